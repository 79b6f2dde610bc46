//! The Windows registry as values: keys, their values with typed data, and
//! key names. Pure data, read on any system; the Windows adapter fills it
//! from the registry's API. Recordings keep a value as `reg query` prints
//! it, and are read back to the same types.

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

/// A value: its name, the type the registry gives it and its data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Written", into = "Written")]
pub struct RegValue {
    pub name: String,
    pub kind: RegKind,
    pub data: RegData,
}

/// A value's type, as the registry names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegKind {
    Sz,
    ExpandSz,
    MultiSz,
    Dword,
    Qword,
    Binary,
    None,
}

/// A value's data, typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegData {
    /// Text (`REG_SZ`, `REG_EXPAND_SZ`), whole in any script; also data of
    /// another type that does not read as that type, kept as written.
    Text(String),
    /// A number (`REG_DWORD`, `REG_QWORD`).
    Number(u64),
    /// A list of texts (`REG_MULTI_SZ`).
    List(Vec<String>),
    /// Bytes (`REG_BINARY`, `REG_NONE`).
    Bytes(Vec<u8>),
}

impl RegKind {
    const ALL: [RegKind; 7] = [
        RegKind::Sz,
        RegKind::ExpandSz,
        RegKind::MultiSz,
        RegKind::Dword,
        RegKind::Qword,
        RegKind::Binary,
        RegKind::None,
    ];

    /// As `reg query` names it.
    pub fn name(self) -> &'static str {
        match self {
            RegKind::Sz => "REG_SZ",
            RegKind::ExpandSz => "REG_EXPAND_SZ",
            RegKind::MultiSz => "REG_MULTI_SZ",
            RegKind::Dword => "REG_DWORD",
            RegKind::Qword => "REG_QWORD",
            RegKind::Binary => "REG_BINARY",
            RegKind::None => "REG_NONE",
        }
    }

    /// A type read by name; one `reg query` may name that AV Switch does
    /// not read is bytes.
    fn named(name: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|kind| kind.name().eq_ignore_ascii_case(name.trim()))
            .unwrap_or(RegKind::Binary)
    }
}

/// A value as recordings keep it and `reg query` prints it: text as is,
/// numbers in hexadecimal (`0x66f8a3b0`), bytes as hex digits, a list's
/// texts joined by a literal `\0`.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Written {
    name: String,
    kind: String,
    data: String,
}

impl From<Written> for RegValue {
    fn from(written: Written) -> Self {
        RegValue::written(&written.name, &written.kind, &written.data)
    }
}

impl From<RegValue> for Written {
    fn from(value: RegValue) -> Self {
        let data = match value.data {
            RegData::Text(text) => text,
            RegData::Number(number) => format!("0x{number:x}"),
            RegData::List(texts) => texts.join("\\0"),
            RegData::Bytes(bytes) => bytes.iter().map(|byte| format!("{byte:02X}")).collect(),
        };
        Written {
            name: value.name,
            kind: value.kind.name().to_owned(),
            data,
        }
    }
}

impl RegValue {
    /// A value as `reg query` prints it, read to its type: data that does
    /// not read as its type is kept as text, so it is never taken for a
    /// number or bytes.
    pub fn written(name: &str, kind: &str, data: &str) -> Self {
        let kind = RegKind::named(kind);
        let text = || RegData::Text(data.to_owned());
        let data = match kind {
            RegKind::Sz | RegKind::ExpandSz => text(),
            RegKind::Dword | RegKind::Qword => {
                parse_number(data).map_or_else(text, RegData::Number)
            }
            RegKind::MultiSz if data.is_empty() => RegData::List(Vec::new()),
            RegKind::MultiSz => RegData::List(data.split("\\0").map(str::to_owned).collect()),
            RegKind::Binary | RegKind::None => parse_hex(data).map_or_else(text, RegData::Bytes),
        };
        RegValue {
            name: name.to_owned(),
            kind,
            data,
        }
    }
}

impl RegKey {
    /// A value's data by its name, in any case.
    pub fn data(&self, name: &str) -> Option<&RegData> {
        self.values
            .iter()
            .find(|v| v.name.eq_ignore_ascii_case(name))
            .map(|v| &v.data)
    }

    /// A text value; an empty one reads as absent.
    pub fn string(&self, name: &str) -> Option<&str> {
        match self.data(name)? {
            RegData::Text(text) if !text.is_empty() => Some(text),
            _ => None,
        }
    }

    /// A number value.
    pub fn number(&self, name: &str) -> Option<u64> {
        match self.data(name)? {
            RegData::Number(number) => Some(*number),
            _ => None,
        }
    }

    /// A bytes value.
    pub fn bytes(&self, name: &str) -> Option<&[u8]> {
        match self.data(name)? {
            RegData::Bytes(bytes) => Some(bytes),
            _ => None,
        }
    }

    /// Whether a value holds anything, of any type.
    pub fn has(&self, name: &str) -> bool {
        self.data(name).is_some_and(|data| match data {
            RegData::Text(text) => !text.trim().is_empty(),
            RegData::Number(_) => true,
            RegData::List(texts) => texts.iter().any(|t| !t.is_empty()),
            RegData::Bytes(bytes) => !bytes.is_empty(),
        })
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

/// A value read through the registry API. `kind` is the API's type
/// number; text arrives as UTF-16, hence whole in any script.
pub fn reg_value(name: String, kind: u32, bytes: &[u8]) -> RegValue {
    let (kind, data) = match kind {
        1 => (RegKind::Sz, RegData::Text(first_string(bytes))),
        2 => (RegKind::ExpandSz, RegData::Text(first_string(bytes))),
        4 if bytes.len() >= 4 => (RegKind::Dword, RegData::Number(number(&bytes[..4]))),
        7 => (RegKind::MultiSz, RegData::List(multi_string(bytes))),
        11 if bytes.len() >= 8 => (RegKind::Qword, RegData::Number(number(&bytes[..8]))),
        0 => (RegKind::None, RegData::Bytes(bytes.to_vec())),
        _ => (RegKind::Binary, RegData::Bytes(bytes.to_vec())),
    };
    RegValue { name, kind, data }
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

/// A list's texts, up to the empty one that ends it.
fn multi_string(bytes: &[u8]) -> Vec<String> {
    utf16_strings(bytes)
        .take_while(|text| !text.is_empty())
        .collect()
}

/// A little-endian number.
fn number(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .rev()
        .fold(0u64, |acc, &byte| (acc << 8) | u64::from(byte))
}

/// A `REG_DWORD` or `REG_QWORD` as `reg query` prints it ("0x66f8a3b0").
fn parse_number(data: &str) -> Option<u64> {
    u64::from_str_radix(data.trim().strip_prefix("0x")?, 16).ok()
}

/// Binary data as printed (`"0A1B..."`) back to its bytes.
fn parse_hex(data: &str) -> Option<Vec<u8>> {
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
    fn api_values_read_to_their_types() {
        let name = "Агент администрирования Kaspersky Security Center";
        let mut bytes = utf16(name);
        bytes.extend(utf16("\0left over"));
        let value = reg_value("DisplayName".into(), 1, &bytes);
        assert_eq!(
            (value.kind, value.data),
            (RegKind::Sz, RegData::Text(name.into()))
        );
        // Without a terminating NUL, and with an odd trailing byte.
        let mut bytes = utf16("卡巴斯基 Café");
        bytes.push(0x41);
        assert_eq!(
            reg_value("x".into(), 2, &bytes).data,
            RegData::Text("卡巴斯基 Café".into())
        );
        let dword = reg_value(
            "LastSuccessfulUpdate".into(),
            4,
            &0x66f8_a3b0u32.to_le_bytes(),
        );
        assert_eq!(dword.data, RegData::Number(0x66f8_a3b0));
        let qword = reg_value("q".into(), 11, &5u64.to_le_bytes());
        assert_eq!(
            (qword.kind, qword.data),
            (RegKind::Qword, RegData::Number(5))
        );
        let list = reg_value("m".into(), 7, &utf16("one\0two\0\0"));
        assert_eq!(list.data, RegData::List(vec!["one".into(), "two".into()]));
        let short = reg_value("d".into(), 4, &[1, 2]);
        assert_eq!(
            (short.kind, short.data),
            (RegKind::Binary, RegData::Bytes(vec![1, 2]))
        );
        assert_eq!(
            reg_value("e".into(), 1, &[]).data,
            RegData::Text(String::new())
        );
    }

    /// Recordings keep values as `reg query` prints them; each reads back
    /// to its type and is written again exactly as it was.
    #[test]
    fn written_values_read_to_their_types_and_back() {
        let cases = [
            ("REG_DWORD", "0x66f8a3b0", RegData::Number(0x66f8_a3b0)),
            ("REG_QWORD", "0x5", RegData::Number(5)),
            ("REG_BINARY", "0102FF", RegData::Bytes(vec![1, 2, 255])),
            ("REG_NONE", "", RegData::Bytes(Vec::new())),
            ("REG_SZ", "Kaspersky", RegData::Text("Kaspersky".into())),
            (
                "REG_EXPAND_SZ",
                r"%SystemRoot%\x",
                RegData::Text(r"%SystemRoot%\x".into()),
            ),
            (
                "REG_MULTI_SZ",
                r"one\0two",
                RegData::List(vec!["one".into(), "two".into()]),
            ),
            ("REG_MULTI_SZ", "", RegData::List(Vec::new())),
            // Garbage of a type: kept as written, never a number or bytes.
            ("REG_DWORD", "12", RegData::Text("12".into())),
            ("REG_DWORD", "0xzz", RegData::Text("0xzz".into())),
            ("REG_BINARY", "012", RegData::Text("012".into())),
            ("REG_BINARY", "zz", RegData::Text("zz".into())),
        ];
        for (kind, data, typed) in cases {
            let json = format!(
                r#"{{"name":"V","kind":"{kind}","data":"{}"}}"#,
                data.replace('\\', r"\\")
            );
            let value: RegValue = serde_json::from_str(&json).expect("reads");
            assert_eq!(value.data, typed, "{kind} {data}");
            assert_eq!(serde_json::to_string(&value).expect("writes"), json);
        }
        let odd: RegValue =
            serde_json::from_str(r#"{"name":"V","kind":"REG_LINK","data":"00"}"#).expect("reads");
        assert_eq!(odd.data, RegData::Bytes(vec![0]));
        let key = RegKey {
            path: r"HKEY_LOCAL_MACHINE\X".into(),
            values: vec![
                RegValue::written("Type", "REG_DWORD", "0x1"),
                RegValue::written("Name", "REG_SZ", "AVP"),
                RegValue::written("Empty", "REG_SZ", " "),
                RegValue::written("Blob", "REG_BINARY", "0A"),
            ],
            subkeys: Vec::new(),
        };
        assert_eq!(key.number("type"), Some(1));
        assert_eq!(key.string("Type"), None, "a number is not text");
        assert_eq!(key.string("NAME"), Some("AVP"));
        assert_eq!(key.bytes("Blob"), Some(&[10][..]));
        assert!(key.has("Blob") && key.has("Type") && !key.has("Empty") && !key.has("Gone"));
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
