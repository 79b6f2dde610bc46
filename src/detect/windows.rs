//! Windows: Security Center, the uninstall keys, Kaspersky's last update and
//! the running programs. Parsers are plain functions, tested on any OS; the
//! probes only decide which command to run.

use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::probe::{Ctx, Evidence, ProbeResult, Sighting};
use super::system::System;
use super::{ParseError, SignatureStatus, State};
use crate::i18n::Msg;
use crate::msg;

// ── Security Center ─────────────────────────────────────────────────────────

/// One `AntiVirusProduct` entry of `root/SecurityCenter2`.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityCenterEntry {
    pub display_name: String,
    pub instance_guid: String,
    pub product_exe: String,
    pub product_state: u32,
    /// When the product last reported, as Security Center wrote it.
    pub timestamp: Option<String>,
}

/// A `ConvertTo-Json` query prints a list even when it is empty ("[]"), so
/// no text at all means it never ran, as with the stand-in PowerShell of Wine.
pub fn printed_nothing(text: &str) -> bool {
    text.trim_start_matches('\u{feff}').trim().is_empty()
}

/// Parses `ConvertTo-Json` output: one object, an array, or nothing at all,
/// with or without a byte order mark.
pub fn parse_security_center(text: &str) -> Result<Vec<SecurityCenterEntry>, ParseError> {
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Ok(Vec::new());
    }
    let value: Value = serde_json::from_str(text)
        .map_err(|e| ParseError(msg!("parse-security-center-json", detail = e.to_string())))?;
    let items = match value {
        Value::Array(items) => items,
        Value::Object(_) => vec![value],
        Value::Null => Vec::new(),
        _ => {
            return Err(ParseError(msg!("parse-security-center-not-list")));
        }
    };
    items.iter().map(security_center_entry).collect()
}

fn security_center_entry(item: &Value) -> Result<SecurityCenterEntry, ParseError> {
    let text = |key: &str| item.get(key).and_then(Value::as_str).map(str::to_owned);
    let display_name = text("displayName")
        .filter(|n| !n.trim().is_empty())
        .ok_or_else(|| ParseError(msg!("parse-security-center-no-name")))?;
    let state = item.get("productState");
    let product_state = state
        .and_then(Value::as_u64)
        .or_else(|| {
            state
                .and_then(Value::as_str)
                .and_then(|s| s.trim().parse().ok())
        })
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| ParseError(msg!("parse-security-center-no-state", name = &display_name)))?;
    Ok(SecurityCenterEntry {
        display_name,
        instance_guid: text("instanceGuid").unwrap_or_default(),
        product_exe: text("pathToSignedProductExe").unwrap_or_default(),
        product_state,
        timestamp: text("timestamp"),
    })
}

/// What Security Center's `productState` number says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProductState {
    pub state: State,
    pub signatures: SignatureStatus,
    /// Microsoft's own product (Defender).
    pub microsoft: bool,
}

pub fn decode_product_state(value: u32) -> ProductState {
    let state = match value & 0xF000 {
        0x0000 => State::Off,
        0x1000 => State::On,
        0x2000 => State::Snoozed,
        0x3000 => State::Expired,
        _ => State::Installed,
    };
    let signatures = match value & 0x00F0 {
        0x00 => SignatureStatus::UpToDate,
        0x10 => SignatureStatus::OutOfDate,
        _ => SignatureStatus::Unknown,
    };
    ProductState {
        state,
        signatures,
        microsoft: value & 0x0F00 == 0x0100,
    }
}

// ── reg query ───────────────────────────────────────────────────────────────

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegKey {
    pub path: String,
    pub values: Vec<RegValue>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegValue {
    pub name: String,
    pub kind: String,
    pub data: String,
}

impl RegKey {
    pub fn value(&self, name: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|v| v.name.eq_ignore_ascii_case(name))
            .map(|v| v.data.as_str())
            .filter(|d| !d.is_empty())
    }
}

const REG_INDENT: &str = "    ";

/// Parses `reg query KEY /s`: key lines at column 0, value lines indented by
/// four spaces as `NAME    TYPE    DATA` (data may hold spaces, or be absent).
pub fn parse_reg_query(text: &str) -> Vec<RegKey> {
    let mut keys: Vec<RegKey> = Vec::new();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.starts_with("HKEY_") {
            keys.push(RegKey {
                path: line.trim_end().to_owned(),
                values: Vec::new(),
            });
        } else if let (Some(rest), Some(key)) = (line.strip_prefix(REG_INDENT), keys.last_mut()) {
            let mut columns = rest.splitn(3, REG_INDENT);
            let (Some(name), Some(kind)) = (columns.next(), columns.next()) else {
                continue;
            };
            if !kind.starts_with("REG_") {
                continue;
            }
            key.values.push(RegValue {
                name: name.to_owned(),
                kind: kind.trim().to_owned(),
                data: columns.next().unwrap_or("").to_owned(),
            });
        }
    }
    keys
}

/// The two roots the probes read, as `reg query` names them in its output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegRoot {
    LocalMachine,
    CurrentUser,
}

impl RegRoot {
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
    Some((root, rest))
}

/// A value read through the registry API, written as `reg query` shows it,
/// so both ways of reading give the parsers the same data. `kind` is the
/// API's type number; text arrives as UTF-16, hence whole in any script.
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

/// Every key at and under `key`, by running `reg query KEY /s`: how machines
/// known only by their commands (fakes, other systems) answer.
pub fn reg_query_tree<S: System + ?Sized>(
    system: &S,
    key: &str,
    timeout: Duration,
) -> Result<Vec<RegKey>, Msg> {
    let reg = system32(system, "reg.exe");
    let output = system
        .run(&reg, &["query", key, "/s"], timeout)
        .map_err(|e| e.msg())?;
    Ok(parse_reg_query(&String::from_utf8_lossy(&output.stdout)))
}

/// A `REG_DWORD` as `reg query` prints it ("0x66f8a3b0").
pub fn parse_dword(data: &str) -> Option<u32> {
    u32::from_str_radix(data.trim().strip_prefix("0x")?, 16).ok()
}

/// Every `LastSuccessfulUpdate` under Kaspersky's keys, as an instant. Zero
/// and `0xFFFFFFFF` both mean "never".
pub fn last_successful_updates(keys: &[RegKey]) -> Vec<DateTime<Utc>> {
    keys.iter()
        .filter_map(|k| k.value("LastSuccessfulUpdate"))
        .filter_map(parse_dword)
        .filter(|&secs| secs > 0 && secs != u32::MAX)
        .filter_map(|secs| DateTime::from_timestamp(i64::from(secs), 0))
        .collect()
}

// ── tasklist ────────────────────────────────────────────────────────────────

/// The image names in `tasklist /FO CSV /NH` output (`"avp.exe","1234",...`).
pub fn parse_tasklist_csv(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| {
            let rest = line
                .trim_start_matches('\u{feff}')
                .trim()
                .strip_prefix('"')?;
            let name = &rest[..rest.find('"')?];
            (!name.is_empty()).then(|| name.to_owned())
        })
        .collect()
}

// ── Probes ──────────────────────────────────────────────────────────────────

/// A program of Windows itself, by its full path.
pub fn system_program(ctx: &Ctx, relative: &str) -> String {
    system32(ctx.system, relative)
}

fn system32<S: System + ?Sized>(system: &S, relative: &str) -> String {
    let root = system
        .env("SystemRoot")
        .unwrap_or_else(|| r"C:\Windows".to_owned());
    format!(r"{root}\System32\{relative}")
}

/// Output is asked for in UTF-8 (with a BOM, which the parser accepts):
/// by default PowerShell writes redirected text in the console code page.
pub const SECURITY_CENTER_QUERY: &str = "[Console]::OutputEncoding = [Text.Encoding]::UTF8; ConvertTo-Json -Compress -InputObject @(Get-CimInstance -Namespace root/SecurityCenter2 -ClassName AntiVirusProduct | Select-Object displayName,instanceGuid,pathToSignedProductExe,pathToSignedReportingExe,productState,timestamp)";

pub fn security_center(ctx: &Ctx) -> ProbeResult {
    let powershell = system_program(ctx, r"WindowsPowerShell\v1.0\powershell.exe");
    let args = [
        "-NoProfile",
        "-NonInteractive",
        "-Command",
        SECURITY_CENTER_QUERY,
    ];
    let output = ctx.run(&powershell, &args)?;
    if !output.success {
        // 0x8004100e: the namespace does not exist, as on Windows Server.
        return Err(
            if output.stderr.contains("0x8004100e") || output.stderr.contains("Invalid namespace") {
                msg!("failure-no-security-center")
            } else {
                msg!(
                    "failure-security-center",
                    detail = first_line(&output.stderr)
                )
            },
        );
    }
    let text = String::from_utf8_lossy(&output.stdout);
    if printed_nothing(&text) {
        return Err(msg!("failure-security-center-silent"));
    }
    let entries = parse_security_center(&text).map_err(|e| e.0)?;
    Ok(entries
        .into_iter()
        .map(|entry| {
            let decoded = decode_product_state(entry.product_state);
            let detail = msg!(
                "evidence-security-center",
                state = Msg::of(decoded.state.words_key()),
                code = entry.product_state,
                reported = entry.timestamp.as_deref().unwrap_or("-"),
                program = Some(entry.product_exe.as_str())
                    .filter(|p| !p.is_empty())
                    .unwrap_or("-")
            );
            let mut sighting = Sighting::program(ctx.catalog, &entry.display_name, None);
            sighting.state = Some(decoded.state);
            sighting.signatures = Some(decoded.signatures);
            sighting.evidence = Evidence::new("probe-security-center", detail);
            sighting
        })
        .collect())
}

pub const UNINSTALL_KEYS: [&str; 3] = [
    r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall",
    r"HKLM\Software\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall",
    r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall",
];

pub fn installed_programs(ctx: &Ctx) -> ProbeResult {
    let keys = query_registry(ctx, &UNINSTALL_KEYS)?;
    Ok(keys
        .iter()
        .filter_map(|key| {
            let name = key.value("DisplayName")?;
            let publisher = key.value("Publisher");
            let product = ctx.catalog.match_program(name, publisher)?;
            let mut sighting = Sighting::of(product, name);
            sighting.version = key.value("DisplayVersion").map(str::to_owned);
            let detail = match publisher {
                Some(publisher) => msg!(
                    "evidence-installed-program-by",
                    name = name,
                    publisher = publisher
                ),
                None => msg!("evidence-installed-program", name = name),
            };
            sighting.evidence = Evidence::new("probe-installed-programs", detail);
            Some(sighting)
        })
        .collect())
}

pub const KASPERSKY_KEYS: [&str; 2] = [
    r"HKLM\SOFTWARE\KasperskyLab",
    r"HKLM\SOFTWARE\WOW6432Node\KasperskyLab",
];

pub fn kaspersky_last_update(ctx: &Ctx) -> ProbeResult {
    let keys = query_registry(ctx, &KASPERSKY_KEYS)?;
    let Some(last) = last_successful_updates(&keys).into_iter().max() else {
        return Ok(Vec::new());
    };
    let Some(product) = ctx.catalog.product("kaspersky") else {
        return Ok(Vec::new());
    };
    let mut sighting = Sighting::of(product, &product.name).supporting();
    sighting.last_update = Some(last);
    sighting.evidence = Evidence::new(
        "probe-kaspersky-settings",
        msg!(
            "evidence-kaspersky-update",
            at = last.format("%Y-%m-%d %H:%M UTC").to_string()
        ),
    );
    Ok(vec![sighting])
}

pub fn running_programs(ctx: &Ctx) -> ProbeResult {
    let tasklist = system_program(ctx, "tasklist.exe");
    let output = ctx.run(&tasklist, &["/FO", "CSV", "/NH"])?;
    let images = parse_tasklist_csv(&String::from_utf8_lossy(&output.stdout));
    // Windows itself always runs, so an empty list was never read (Wine's
    // tasklist is a stand-in that prints nothing).
    if images.is_empty() {
        return Err(msg!("failure-running-programs-silent"));
    }
    let mut sightings: Vec<Sighting> = Vec::new();
    for image in images {
        let (product, helper) = match ctx.catalog.match_process(&image) {
            Some(product) => (product, false),
            None => match ctx.catalog.match_helper_process(&image) {
                Some(product) => (product, true),
                None => continue,
            },
        };
        if sightings
            .iter()
            .any(|s| s.product_id.as_deref() == Some(&product.id))
        {
            continue;
        }
        let mut sighting = Sighting::of(product, &product.name);
        sighting.supporting = helper;
        sighting.state = Some(State::On);
        sighting.evidence = Evidence::new(
            "probe-running-programs",
            msg!("evidence-running", program = &image),
        );
        sightings.push(sighting);
    }
    Ok(sightings)
}

/// Reads each key and everything under it. A key that does not exist is
/// simply empty; the probe fails only when no key could be read at all.
fn query_registry(ctx: &Ctx, keys: &[&str]) -> Result<Vec<RegKey>, Msg> {
    let mut found = Vec::new();
    let mut last_error = None;
    let mut answered = false;
    for key in keys {
        match ctx.system.registry_tree(key, ctx.timeout) {
            Ok(tree) => {
                answered = true;
                found.extend(tree);
            }
            Err(err) => last_error = Some(err),
        }
    }
    match (answered, last_error) {
        (false, Some(err)) => Err(err),
        _ => Ok(found),
    }
}

fn first_line(text: &str) -> &str {
    text.lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("no details")
        .trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEFENDER: &str = r#"{"displayName":"Windows Defender","instanceGuid":"{D68DDC3A-831F-4fae-9E44-DA132C1ACF46}","pathToSignedProductExe":"windowsdefender://","pathToSignedReportingExe":"%ProgramFiles%\\Windows Defender\\MsMpeng.exe","productState":397568,"timestamp":"Thu, 23 May 2024 12:29:05 GMT"}"#;

    #[test]
    fn product_state_known_values() {
        let cases = [
            (397568, State::On, SignatureStatus::UpToDate, true),
            (393472, State::Off, SignatureStatus::UpToDate, true),
            (266240, State::On, SignatureStatus::UpToDate, false),
            (266256, State::On, SignatureStatus::OutOfDate, false),
            (262144, State::Off, SignatureStatus::UpToDate, false),
            (270336, State::Snoozed, SignatureStatus::UpToDate, false),
            (274432, State::Expired, SignatureStatus::UpToDate, false),
        ];
        for (value, state, signatures, microsoft) in cases {
            assert_eq!(
                decode_product_state(value),
                ProductState {
                    state,
                    signatures,
                    microsoft
                },
                "{value}"
            );
        }
    }

    #[test]
    fn security_center_object_array_empty_and_bom() {
        let one = parse_security_center(DEFENDER).expect("object");
        assert_eq!(one.len(), 1);
        assert_eq!(one[0].display_name, "Windows Defender");
        assert_eq!(one[0].product_state, 397568);
        assert_eq!(
            one[0].timestamp.as_deref(),
            Some("Thu, 23 May 2024 12:29:05 GMT")
        );

        let with_bom = format!(
            "\u{feff}[{DEFENDER},{}]\r\n",
            DEFENDER.replace("397568", "\"393472\"")
        );
        let two = parse_security_center(&with_bom).expect("array with BOM");
        assert_eq!(
            two.iter().map(|e| e.product_state).collect::<Vec<_>>(),
            [397568, 393472]
        );

        assert_eq!(parse_security_center("").expect("empty"), []);
        assert_eq!(
            parse_security_center("\u{feff}\r\n").expect("only a BOM"),
            []
        );
        assert_eq!(parse_security_center("[]").expect("empty array"), []);
    }

    #[test]
    fn security_center_garbage_is_an_error() {
        for bad in [
            "{\"displayName\":\"Cut off",
            "<html>",
            "42",
            r#"[{"displayName":"No state"}]"#,
            r#"[{"productState":266240}]"#,
            r#"[{"displayName":"Huge","productState":99999999999}]"#,
        ] {
            assert!(parse_security_center(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn reg_query_values_with_spaces_empty_data_and_crlf() {
        let text = "\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{675A6D5C}\r\n    Comments    REG_SZ\r\n    DisplayName    REG_SZ    Kaspersky Standard\r\n    DisplayVersion    REG_SZ    21.16.6.467\r\n    NoModify    REG_DWORD    0x1\r\n    UninstallString    REG_EXPAND_SZ    MsiExec.exe /X{675A6D5C}  /qn\r\n\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Other\r\n    Publisher    REG_SZ    Лаборатория Касперского\r\n\r\nEnd of search: 7 match(es) found.\r\n";
        let keys = parse_reg_query(text);
        assert_eq!(keys.len(), 2);
        assert_eq!(keys[0].value("displayname"), Some("Kaspersky Standard"));
        assert_eq!(
            keys[0].value("Comments"),
            None,
            "empty data reads as absent"
        );
        assert_eq!(keys[0].values[0].kind, "REG_SZ");
        assert_eq!(
            keys[0].value("UninstallString"),
            Some("MsiExec.exe /X{675A6D5C}  /qn")
        );
        assert_eq!(keys[1].value("Publisher"), Some("Лаборатория Касперского"));
    }

    #[test]
    fn reg_query_garbage_yields_nothing_usable() {
        assert_eq!(parse_reg_query(""), []);
        assert_eq!(parse_reg_query("    Orphan    REG_SZ    value\r\n"), []);
        let keys = parse_reg_query("HKEY_X\n    NotAType    here\n        deeper    REG_SZ    x\n");
        assert_eq!(keys.len(), 1);
        assert_eq!(keys[0].values.len(), 0);
    }

    #[test]
    fn last_update_dwords() {
        let text = "HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\KasperskyLab\\protected\\AVP21.3\\Data\r\n    LastSuccessfulUpdate    REG_DWORD    0x66f8a3b0\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\KasperskyLab\\protected\\AVP21.3\\Data\r\n    LastSuccessfulUpdate    REG_DWORD    0xzz\r\n";
        let updates = last_successful_updates(&parse_reg_query(text));
        assert_eq!(
            updates,
            [DateTime::from_timestamp(0x66f8_a3b0, 0).expect("instant")]
        );
        assert_eq!(parse_dword("12"), None);
        let never = "HKEY_LOCAL_MACHINE\\SOFTWARE\\KasperskyLab\\protected\\KES\\Data\r\n    LastSuccessfulUpdate    REG_DWORD    0xffffffff\r\n";
        assert!(last_successful_updates(&parse_reg_query(never)).is_empty());
    }

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
        let key = RegKey {
            path: "HKEY_LOCAL_MACHINE\\X".into(),
            values: vec![dword],
        };
        assert_eq!(
            last_successful_updates(&[key]),
            [DateTime::from_timestamp(0x66f8_a3b0, 0).expect("instant")]
        );

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
        assert_eq!(reg_value("e".into(), 1, &[]).data, "");
    }

    #[test]
    fn registry_roots() {
        assert_eq!(
            split_reg_root(UNINSTALL_KEYS[1]),
            Some((
                RegRoot::LocalMachine,
                r"Software\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall"
            ))
        );
        assert_eq!(
            split_reg_root(r"hkey_current_user\Control Panel"),
            Some((RegRoot::CurrentUser, "Control Panel"))
        );
        assert_eq!(split_reg_root("HKCU"), Some((RegRoot::CurrentUser, "")));
        assert_eq!(split_reg_root(r"HKCR\.txt"), None);
        assert_eq!(split_reg_root(""), None);
    }

    #[test]
    fn tasklist_csv() {
        let text = "\"System Idle Process\",\"0\",\"Services\",\"0\",\"8 K\"\r\n\"avp.exe\",\"4120\",\"Services\",\"0\",\"120,000 K\"\r\nINFO: garbage\r\n\"\r\n";
        assert_eq!(parse_tasklist_csv(text), ["System Idle Process", "avp.exe"]);
    }
}
