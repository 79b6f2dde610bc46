//! What macOS keeps: property lists (`Info.plist`), XML or binary.

use crate::detect::vocab::ParseError;
use crate::msg;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BundleInfo {
    pub name: Option<String>,
    pub version: Option<String>,
}

/// Reads an `Info.plist`, XML or binary.
pub fn parse_info_plist(bytes: &[u8]) -> Result<BundleInfo, ParseError> {
    let value = plist::Value::from_reader(std::io::Cursor::new(bytes))
        .map_err(|e| ParseError(msg!("parse-plist-unreadable", detail = e.to_string())))?;
    let dict = value
        .as_dictionary()
        .ok_or_else(|| ParseError(msg!("parse-plist-not-dictionary")))?;
    let text = |key: &str| {
        dict.get(key)
            .and_then(plist::Value::as_string)
            .map(str::to_owned)
    };
    // XProtect.meta.plist (older macOS) has a number `Version` instead.
    let number = |key: &str| {
        dict.get(key)
            .and_then(plist::Value::as_unsigned_integer)
            .map(|n| n.to_string())
    };
    Ok(BundleInfo {
        name: text("CFBundleDisplayName").or_else(|| text("CFBundleName")),
        version: text("CFBundleShortVersionString")
            .or_else(|| text("CFBundleVersion"))
            .or_else(|| number("Version")),
    })
}

/// The major version of macOS from `SystemVersion.plist`'s
/// `ProductVersion` ("15.2" is 15).
pub fn macos_major(bytes: &[u8]) -> Option<u32> {
    let value = plist::Value::from_reader(std::io::Cursor::new(bytes)).ok()?;
    let version = value.as_dictionary()?.get("ProductVersion")?.as_string()?;
    version.split('.').next()?.trim().parse().ok()
}

/// Whether an application bundle is a product's uninstaller
/// ("Kaspersky Uninstaller.app", "Uninstall Kaspersky Internet Security.app").
pub fn is_uninstaller(bundle: &str) -> bool {
    bundle.to_lowercase().contains("uninstall")
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleName</key>
	<string>Kaspersky Internet Security</string>
	<key>CFBundleShortVersionString</key>
	<string>21.0.29.310</string>
</dict>
</plist>"#;

    #[test]
    fn xml_and_binary_plists() {
        let info = parse_info_plist(XML.as_bytes()).expect("xml");
        assert_eq!(info.name.as_deref(), Some("Kaspersky Internet Security"));
        assert_eq!(info.version.as_deref(), Some("21.0.29.310"));

        let value = plist::Value::from_reader_xml(XML.as_bytes()).expect("value");
        let mut binary = Vec::new();
        value.to_writer_binary(&mut binary).expect("binary");
        assert!(binary.starts_with(b"bplist00"));
        assert_eq!(parse_info_plist(&binary).expect("binary plist"), info);
    }

    #[test]
    fn the_older_xprotect_meta_plist_has_a_number_version() {
        let meta = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>JavaWebComponentVersionMinimum</key>
	<string>1.6.0_45-b06-451</string>
	<key>LastModification</key>
	<string>Tue, 21 Jan 2020 19:29:59 GMT</string>
	<key>Version</key>
	<integer>2113</integer>
</dict>
</plist>"#;
        let info = parse_info_plist(meta.as_bytes()).expect("meta plist");
        assert_eq!(info.version.as_deref(), Some("2113"));
    }

    #[test]
    fn macos_versions() {
        let plist = |version: &str| {
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict><key>ProductName</key><string>macOS</string><key>ProductVersion</key><string>{version}</string></dict></plist>"#
            )
        };
        assert_eq!(macos_major(plist("15.2").as_bytes()), Some(15));
        assert_eq!(macos_major(plist("14.7.1").as_bytes()), Some(14));
        assert_eq!(macos_major(plist("soon").as_bytes()), None);
        assert_eq!(macos_major(b"garbage"), None);
    }

    #[test]
    fn uninstallers_by_their_bundle_names() {
        assert!(is_uninstaller("Kaspersky Uninstaller.app"));
        assert!(is_uninstaller("Uninstall Kaspersky Internet Security.app"));
        assert!(!is_uninstaller("Kaspersky Internet Security.app"));
    }

    #[test]
    fn damaged_plists_are_errors() {
        let truncated = &XML.as_bytes()[..XML.len() / 2];
        assert!(parse_info_plist(truncated).is_err());
        assert!(parse_info_plist(b"bplist00\x00\x01").is_err());
        assert!(parse_info_plist(b"").is_err());
        let array = r#"<?xml version="1.0"?><plist version="1.0"><array/></plist>"#;
        assert!(parse_info_plist(array.as_bytes()).is_err());
    }
}
