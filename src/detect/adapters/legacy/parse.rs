//! The text that Windows programs printed for checks recorded before the
//! check asked Windows directly (recording version 1): `reg query`,
//! PowerShell's JSON of Security Center and of the certificate stores, and
//! `tasklist`. Read only to replay such recordings as typed answers.

use serde_json::Value;

use crate::detect::answers::windows::decode_product_state;
use crate::detect::answers::{RootCertificate, SecurityProduct};
use crate::detect::registry::{RegKey, RegValue, child_names};
use crate::detect::vocab::ParseError;
use crate::msg;

/// A `ConvertTo-Json` query prints a list even when it is empty ("[]"), so
/// no text at all means it never ran, as with the stand-in PowerShell of Wine.
pub fn printed_nothing(text: &str) -> bool {
    text.trim_start_matches('\u{feff}').trim().is_empty()
}

/// The items of `ConvertTo-Json` output: one object, an array, or nothing
/// at all, with or without a byte order mark.
fn json_items(
    text: &str,
    broken: &'static str,
    not_list: &'static str,
) -> Result<Vec<Value>, ParseError> {
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Ok(Vec::new());
    }
    let value: Value = serde_json::from_str(text).map_err(|e| {
        ParseError(crate::i18n::Msg {
            id: broken,
            args: vec![("detail", e.to_string().into())],
        })
    })?;
    match value {
        Value::Array(items) => Ok(items),
        Value::Object(_) => Ok(vec![value]),
        Value::Null => Ok(Vec::new()),
        _ => Err(ParseError(crate::i18n::Msg::of(not_list))),
    }
}

/// Security Center's `AntiVirusProduct` list as PowerShell printed it.
pub fn parse_security_center(text: &str) -> Result<Vec<SecurityProduct>, ParseError> {
    json_items(
        text,
        "parse-security-center-json",
        "parse-security-center-not-list",
    )?
    .iter()
    .map(security_product)
    .collect()
}

fn security_product(item: &Value) -> Result<SecurityProduct, ParseError> {
    let text = |key: &str| {
        item.get(key)
            .and_then(Value::as_str)
            .map(str::to_owned)
            .filter(|t| !t.trim().is_empty())
    };
    let name =
        text("displayName").ok_or_else(|| ParseError(msg!("parse-security-center-no-name")))?;
    let state = item.get("productState");
    let product_state = state
        .and_then(Value::as_u64)
        .or_else(|| {
            state
                .and_then(Value::as_str)
                .and_then(|s| s.trim().parse().ok())
        })
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| ParseError(msg!("parse-security-center-no-state", name = &name)))?;
    let decoded = decode_product_state(product_state);
    Ok(SecurityProduct {
        name,
        state: decoded.state,
        signatures: decoded.signatures,
        reported: text("timestamp"),
        path: text("pathToSignedProductExe"),
    })
}

/// The root certificates as PowerShell's `Cert:` drive printed them.
pub fn parse_certificates(text: &str) -> Result<Vec<RootCertificate>, ParseError> {
    Ok(json_items(
        text,
        "parse-certificates-json",
        "parse-certificates-not-list",
    )?
    .iter()
    .map(|item| {
        let text = |key: &str| {
            item.get(key)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .trim()
                .to_owned()
        };
        RootCertificate {
            subject: text("Subject"),
            thumbprint: text("Thumbprint"),
            not_after: Some(text("NotAfter")).filter(|d| !d.is_empty()),
            store: text("Store"),
        }
    })
    .collect())
}

const REG_INDENT: &str = "    ";

/// Parses `reg query KEY /s`: key lines at column 0, value lines indented by
/// four spaces as `NAME    TYPE    DATA` (data may hold spaces, or be absent).
/// Each key's subkeys are those listed below it.
pub fn parse_reg_query(text: &str) -> Vec<RegKey> {
    let mut keys: Vec<RegKey> = Vec::new();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.starts_with("HKEY_") {
            keys.push(RegKey {
                path: line.trim_end().to_owned(),
                values: Vec::new(),
                subkeys: Vec::new(),
            });
        } else if let (Some(rest), Some(key)) = (line.strip_prefix(REG_INDENT), keys.last_mut()) {
            let mut columns = rest.splitn(3, REG_INDENT);
            let (Some(name), Some(kind)) = (columns.next(), columns.next()) else {
                continue;
            };
            if !kind.starts_with("REG_") {
                continue;
            }
            let data = columns.next().unwrap_or("");
            key.values.push(RegValue::written(name, kind, data));
        }
    }
    with_subkeys(keys)
}

/// Fills in each key's subkeys from a tree read whole.
pub fn with_subkeys(mut keys: Vec<RegKey>) -> Vec<RegKey> {
    let names: Vec<Vec<String>> = keys.iter().map(|k| child_names(&keys, &k.path)).collect();
    for (key, names) in keys.iter_mut().zip(names) {
        if key.subkeys.is_empty() {
            key.subkeys = names;
        }
    }
    keys
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::registry::RegKind;
    use crate::detect::vocab::{SignatureStatus, State};

    const DEFENDER: &str = r#"{"displayName":"Windows Defender","instanceGuid":"{D68DDC3A-831F-4fae-9E44-DA132C1ACF46}","pathToSignedProductExe":"windowsdefender://","pathToSignedReportingExe":"%ProgramFiles%\\Windows Defender\\MsMpeng.exe","productState":397568,"timestamp":"Thu, 23 May 2024 12:29:05 GMT"}"#;

    #[test]
    fn security_center_object_array_empty_and_bom() {
        let one = parse_security_center(DEFENDER).expect("object");
        assert_eq!(
            one,
            [SecurityProduct {
                name: "Windows Defender".into(),
                state: State::On,
                signatures: SignatureStatus::UpToDate,
                reported: Some("Thu, 23 May 2024 12:29:05 GMT".into()),
                path: Some("windowsdefender://".into()),
            }]
        );
        let with_bom = format!(
            "\u{feff}[{DEFENDER},{}]\r\n",
            DEFENDER.replace("397568", "\"393472\"")
        );
        let two = parse_security_center(&with_bom).expect("array with BOM");
        assert_eq!(
            two.iter().map(|e| e.state).collect::<Vec<_>>(),
            [State::On, State::Off]
        );
        assert_eq!(parse_security_center("").expect("empty"), []);
        assert_eq!(
            parse_security_center("\u{feff}\r\n").expect("only a BOM"),
            []
        );
        assert_eq!(parse_security_center("[]").expect("empty array"), []);
        assert!(printed_nothing("\u{feff} \r\n"));
        assert!(!printed_nothing("[]"));
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
    fn certificates_from_powershell_object_array_and_nothing() {
        let one = "\u{feff}{\"Subject\":\"CN=Kaspersky Anti-Virus Personal Root Certificate, O=AO Kaspersky Lab\",\"Thumbprint\":\"2A1B0C3D4E5F60718293A4B5C6D7E8F901234567\",\"NotAfter\":\"2030-02-13\",\"Store\":\"LocalMachine\\\\Root\"}\r\n";
        let certs = parse_certificates(one).expect("object");
        assert_eq!(certs.len(), 1);
        assert_eq!(certs[0].store, r"LocalMachine\Root");
        assert_eq!(certs[0].not_after.as_deref(), Some("2030-02-13"));
        let two = "[{\"Subject\":\"CN=Microsoft Root Authority, OU=Microsoft Corporation\",\"Thumbprint\":\"A43489159A520F0D93D032CCAF37E7FE20A8B419\",\"NotAfter\":\"2020-12-31\",\"Store\":\"LocalMachine\\\\Root\"},{\"Subject\":\"CN=Kaspersky Anti-Virus Personal Root Certificate, O=AO Kaspersky Lab\",\"Thumbprint\":\"99\",\"NotAfter\":null,\"Store\":\"CurrentUser\\\\Root\"}]";
        let certs = parse_certificates(two).expect("array");
        assert_eq!(certs.len(), 2);
        assert_eq!(certs[1].not_after, None);
        assert_eq!(parse_certificates("").expect("nothing"), []);
        assert_eq!(parse_certificates("[]").expect("empty"), []);
        for bad in ["{\"Subject\":", "42", "<html>"] {
            assert!(parse_certificates(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn reg_query_values_with_spaces_empty_data_crlf_and_subkeys() {
        let text = "\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\r\n\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{675A6D5C}\r\n    Comments    REG_SZ\r\n    DisplayName    REG_SZ    Kaspersky Standard\r\n    DisplayVersion    REG_SZ    21.16.6.467\r\n    NoModify    REG_DWORD    0x1\r\n    UninstallString    REG_EXPAND_SZ    MsiExec.exe /X{675A6D5C}  /qn\r\n\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Other\r\n    Publisher    REG_SZ    Лаборатория Касперского\r\n\r\nEnd of search: 7 match(es) found.\r\n";
        let keys = parse_reg_query(text);
        assert_eq!(keys.len(), 3);
        assert_eq!(keys[0].subkeys, ["{675A6D5C}"]);
        assert_eq!(keys[1].string("displayname"), Some("Kaspersky Standard"));
        assert_eq!(
            keys[1].string("Comments"),
            None,
            "empty data reads as absent"
        );
        assert_eq!(keys[1].values[0].kind, RegKind::Sz);
        assert_eq!(
            keys[1].string("UninstallString"),
            Some("MsiExec.exe /X{675A6D5C}  /qn")
        );
        assert_eq!(keys[2].string("Publisher"), Some("Лаборатория Касперского"));
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
    fn tasklist_csv() {
        let text = "\"System Idle Process\",\"0\",\"Services\",\"0\",\"8 K\"\r\n\"avp.exe\",\"4120\",\"Services\",\"0\",\"120,000 K\"\r\nINFO: garbage\r\n\"\r\n";
        assert_eq!(parse_tasklist_csv(text), ["System Idle Process", "avp.exe"]);
    }
}
