//! The Windows registry as values: keys, their values as `reg query` would
//! print them, and key names. Pure data, read on any system; the Windows
//! adapter fills it from the registry's API.

use serde::{Deserialize, Serialize};

/// One registry key: its full name (`HKEY_LOCAL_MACHINE\...`), its values
/// and the names of the keys right below it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegKey {
    pub path: String,
    pub values: Vec<RegValue>,
    /// Left out of recordings made before subkeys were kept.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subkeys: Vec<String>,
}

/// A value as `reg query` shows it: `REG_SZ` text as is, numbers in
/// hexadecimal (`0x66f8a3b0`), binary data as hex digits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegValue {
    pub name: String,
    pub kind: String,
    pub data: String,
}

impl RegKey {
    /// A value's data; an empty one reads as absent.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|v| v.name.eq_ignore_ascii_case(name))
            .map(|v| v.data.as_str())
            .filter(|d| !d.is_empty())
    }

    /// The last part of the key's name: `klif` for `...\Services\klif`.
    pub fn name(&self) -> &str {
        self.path.rsplit('\\').next().unwrap_or_default()
    }
}

/// The two roots the probes read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegRoot {
    LocalMachine,
    CurrentUser,
}

impl RegRoot {
    /// The root as `reg query` names it in its output.
    pub fn full_name(self) -> &'static str {
        match self {
            RegRoot::LocalMachine => "HKEY_LOCAL_MACHINE",
            RegRoot::CurrentUser => "HKEY_CURRENT_USER",
        }
    }
}

/// Splits `HKLM\Software\X` into its root and the path below it.
pub fn split_reg_root(key: &str) -> Option<(RegRoot, &str)> {
    let (root, rest) = key.split_once('\\').unwrap_or((key, ""));
    let root = match root.to_ascii_uppercase().as_str() {
        "HKLM" | "HKEY_LOCAL_MACHINE" => RegRoot::LocalMachine,
        "HKCU" | "HKEY_CURRENT_USER" => RegRoot::CurrentUser,
        _ => return None,
    };
    Some((root, rest.trim_end_matches('\\')))
}

/// `HKLM\Software\X` as `reg query` prints it: `HKEY_LOCAL_MACHINE\Software\X`.
/// Names the probes write by hand and names the system reports then match.
pub fn full_key_name(key: &str) -> String {
    match split_reg_root(key) {
        Some((root, "")) => root.full_name().to_owned(),
        Some((root, below)) => format!(r"{}\{below}", root.full_name()),
        None => key.to_owned(),
    }
}

/// Whether `key` is `ancestor` or below it; registry names ignore case.
pub fn is_within(key: &str, ancestor: &str) -> bool {
    let (key, ancestor) = (key.to_ascii_lowercase(), ancestor.to_ascii_lowercase());
    key == ancestor
        || key
            .strip_prefix(&ancestor)
            .is_some_and(|rest| rest.starts_with('\\'))
}

/// The names of the keys right below `parent` among `keys` (a tree as read
/// whole), for keys read without their subkeys' names. A key listed deeper
/// down names the one below `parent` that holds it.
pub fn child_names(keys: &[RegKey], parent: &str) -> Vec<String> {
    // ASCII case only: byte positions must stay those of the names.
    let prefix = format!("{}\\", parent.to_ascii_lowercase());
    let mut names: Vec<String> = Vec::new();
    for key in keys {
        let Some(rest) = key
            .path
            .get(prefix.len()..)
            .filter(|_| key.path.to_ascii_lowercase().starts_with(&prefix))
        else {
            continue;
        };
        let name = rest.split('\\').next().unwrap_or_default();
        if !name.is_empty() && !names.iter().any(|n| n.eq_ignore_ascii_case(name)) {
            names.push(name.to_owned());
        }
    }
    names
}

/// A value read through the registry API, written as `reg query` shows it.
/// `kind` is the API's type number; text arrives as UTF-16, hence whole in
/// any script.
pub fn reg_value(name: String, kind: u32, bytes: &[u8]) -> RegValue {
    let (kind, data) = match kind {
        1 => ("REG_SZ", first_string(bytes)),
        2 => ("REG_EXPAND_SZ", first_string(bytes)),
        4 if bytes.len() >= 4 => ("REG_DWORD", number(&bytes[..4])),
        7 => ("REG_MULTI_SZ", multi_string(bytes)),
        11 if bytes.len() >= 8 => ("REG_QWORD", number(&bytes[..8])),
        0 => ("REG_NONE", hex(bytes)),
        _ => ("REG_BINARY", hex(bytes)),
    };
    RegValue {
        name,
        kind: kind.to_owned(),
        data,
    }
}

fn utf16_strings(bytes: &[u8]) -> impl Iterator<Item = String> + '_ {
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|pair| u16::from_le_bytes([pair[0], pair[1]]))
        .collect();
    let strings: Vec<String> = units
        .split(|&unit| unit == 0)
        .map(String::from_utf16_lossy)
        .collect();
    strings.into_iter()
}

/// Text up to its terminating NUL: data after it is not part of the value.
fn first_string(bytes: &[u8]) -> String {
    utf16_strings(bytes).next().unwrap_or_default()
}

/// `reg query` joins the strings of a list with a literal `\0`.
fn multi_string(bytes: &[u8]) -> String {
    let strings: Vec<String> = utf16_strings(bytes).collect();
    let end = strings
        .iter()
        .position(String::is_empty)
        .unwrap_or(strings.len());
    strings[..end].join("\\0")
}

/// A little-endian number as `reg query` prints it, in hexadecimal.
fn number(bytes: &[u8]) -> String {
    let value = bytes
        .iter()
        .rev()
        .fold(0u64, |acc, &byte| (acc << 8) | u64::from(byte));
    format!("0x{value:x}")
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02X}")).collect()
}

/// A `REG_DWORD` or `REG_QWORD` as `reg query` prints it ("0x66f8a3b0").
pub fn parse_number(data: &str) -> Option<u64> {
    u64::from_str_radix(data.trim().strip_prefix("0x")?, 16).ok()
}

/// Binary data as printed (`"0A1B..."`) back to its bytes.
pub fn parse_hex(data: &str) -> Option<Vec<u8>> {
    let data = data.trim();
    if !data.len().is_multiple_of(2) {
        return None;
    }
    (0..data.len())
        .step_by(2)
        .map(|at| u8::from_str_radix(data.get(at..at + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str) -> Vec<u8> {
        text.encode_utf16().flat_map(u16::to_le_bytes).collect()
    }

    #[test]
    fn api_values_read_as_reg_query_prints_them() {
        let name = "Агент администрирования Kaspersky Security Center";
        let mut bytes = utf16(name);
        bytes.extend(utf16("\0left over"));
        let value = reg_value("DisplayName".into(), 1, &bytes);
        assert_eq!((value.kind.as_str(), value.data.as_str()), ("REG_SZ", name));
        // Without a terminating NUL, and with an odd trailing byte.
        let mut bytes = utf16("卡巴斯基 Café");
        bytes.push(0x41);
        assert_eq!(reg_value("x".into(), 2, &bytes).data, "卡巴斯基 Café");

        let dword = reg_value(
            "LastSuccessfulUpdate".into(),
            4,
            &0x66f8_a3b0u32.to_le_bytes(),
        );
        assert_eq!(dword.data, "0x66f8a3b0");
        assert_eq!(parse_number(&dword.data), Some(0x66f8_a3b0));
        assert_eq!(reg_value("q".into(), 11, &5u64.to_le_bytes()).data, "0x5");
        let list = reg_value("m".into(), 7, &utf16("one\0two\0\0"));
        assert_eq!(
            (list.kind.as_str(), list.data.as_str()),
            ("REG_MULTI_SZ", "one\\0two")
        );
        let short = reg_value("d".into(), 4, &[1, 2]);
        assert_eq!(
            (short.kind.as_str(), short.data.as_str()),
            ("REG_BINARY", "0102")
        );
        assert_eq!(parse_hex("0102FF"), Some(vec![1, 2, 255]));
        assert_eq!(parse_hex("012"), None);
        assert_eq!(parse_hex("zz"), None);
        assert_eq!(reg_value("e".into(), 1, &[]).data, "");
        assert_eq!(parse_number("12"), None);
        assert_eq!(parse_number("0xzz"), None);
    }

    #[test]
    fn registry_roots_and_names() {
        assert_eq!(
            split_reg_root(r"HKLM\Software\WOW6432Node\Uninstall"),
            Some((RegRoot::LocalMachine, r"Software\WOW6432Node\Uninstall"))
        );
        assert_eq!(
            split_reg_root(r"hkey_current_user\Control Panel"),
            Some((RegRoot::CurrentUser, "Control Panel"))
        );
        assert_eq!(split_reg_root("HKCU"), Some((RegRoot::CurrentUser, "")));
        assert_eq!(split_reg_root(r"HKCR\.txt"), None);
        assert_eq!(split_reg_root(""), None);
        assert_eq!(
            full_key_name(r"HKLM\SOFTWARE\KasperskyLab"),
            r"HKEY_LOCAL_MACHINE\SOFTWARE\KasperskyLab"
        );
        assert!(is_within(
            r"HKEY_LOCAL_MACHINE\software\kasperskylab\protected",
            r"HKEY_LOCAL_MACHINE\SOFTWARE\KasperskyLab"
        ));
        assert!(!is_within(
            r"HKEY_LOCAL_MACHINE\SOFTWARE\KasperskyLabs",
            r"HKEY_LOCAL_MACHINE\SOFTWARE\KasperskyLab"
        ));
        let key = |path: &str| RegKey {
            path: path.into(),
            values: Vec::new(),
            subkeys: Vec::new(),
        };
        let tree = [
            key(r"HKEY_X\A"),
            key(r"HKEY_X\A\b"),
            key(r"HKEY_X\A\b\c"),
            key(r"HKEY_X\A\Д\deeper"),
            key(r"HKEY_X\AB\c"),
        ];
        assert_eq!(child_names(&tree, r"HKEY_X\a"), ["b", "Д"]);
        assert_eq!(tree[1].name(), "b");
    }
}
