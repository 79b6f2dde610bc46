//! Certificates: what macOS's `security find-certificate` prints.

/// A double quote, written so that no text scanner mistakes it for the
/// start of a string.
const QUOTE: char = '\u{22}';

/// A certificate in a macOS keychain, from `security find-certificate -Z`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeychainCertificate {
    pub name: String,
    pub sha1: String,
}

/// Parses `security find-certificate -a -Z`: each certificate's hashes come
/// first, then a `keychain:` line and its attributes, among them the label
/// (`"labl"<blob>="..."`).
pub fn parse_find_certificate(text: &str) -> Vec<KeychainCertificate> {
    let mut found: Vec<KeychainCertificate> = Vec::new();
    let mut sha1 = String::new();
    for line in text.lines().map(str::trim) {
        if let Some(hash) = line.strip_prefix("SHA-1 hash:") {
            sha1 = hash.trim().to_owned();
        } else if line.starts_with("keychain:") {
            found.push(KeychainCertificate {
                name: String::new(),
                sha1: std::mem::take(&mut sha1),
            });
        } else if let Some(label) = line
            .strip_prefix("\"labl\"<blob>=")
            .or_else(|| line.strip_prefix("\"alis\"<blob>="))
            && let Some(current) = found.last_mut().filter(|c| c.name.is_empty())
        {
            current.name = label.trim_matches(QUOTE).to_owned();
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keychain_certificates_by_label() {
        let text = "SHA-256 hash: 5C4E1B1D2A0F38B6E5A1E0D1F0F8C3A2B4D6E8F0A1B3C5D7E9F1A3B5C7D9E1F3\nSHA-1 hash: 0B5A4E2C1D3F5A7B9C1E3F5A7B9C1D3E5F7A9B1C\nkeychain: \"/Library/Keychains/System.keychain\"\nversion: 512\nclass: 0x80001000\nattributes:\n    \"alis\"<blob>=\"Kaspersky Web Anti-Virus Certification Authority\"\n    \"cenc\"<uint32>=0x00000003\n    \"labl\"<blob>=\"Kaspersky Web Anti-Virus Certification Authority\"\n    \"subj\"<blob>=0x3081\nSHA-1 hash: 1111111111111111111111111111111111111111\nkeychain: \"/Library/Keychains/System.keychain\"\nattributes:\n    \"labl\"<blob>=\"Apple Root CA\"\n";
        assert_eq!(
            parse_find_certificate(text),
            [
                KeychainCertificate {
                    name: "Kaspersky Web Anti-Virus Certification Authority".into(),
                    sha1: "0B5A4E2C1D3F5A7B9C1E3F5A7B9C1D3E5F7A9B1C".into(),
                },
                KeychainCertificate {
                    name: "Apple Root CA".into(),
                    sha1: "1111111111111111111111111111111111111111".into(),
                }
            ]
        );
        assert_eq!(parse_find_certificate(""), []);
        assert_eq!(parse_find_certificate("\"labl\"<blob>=\"Kaspersky\"\n"), []);
    }
}
