//! Browsers' own files: Firefox's `profiles.ini`, its list of add-ons and
//! its settings.

use serde_json::Value;

use crate::detect::vocab::{Os, ParseError};
use crate::msg;

/// Whether a Firefox `prefs.js` makes Firefox trust the system's root
/// certificates, and so Kaspersky's too.
pub fn trusts_system_roots(prefs: &str) -> bool {
    prefs.lines().any(|line| {
        let line: String = line.chars().filter(|c| !c.is_whitespace()).collect();
        line == "user_pref(\"security.enterprise_roots.enabled\",true);"
    })
}

/// The profile folders `profiles.ini` names, relative ones joined to
/// `base` (their `Path=` uses forward slashes on every system).
pub fn parse_profiles_ini(text: &str, base: &str, os: Os) -> Vec<String> {
    let mut profiles = Vec::new();
    let mut path: Option<String> = None;
    let mut relative = true;
    let mut finish = |path: &mut Option<String>, relative: bool| {
        if let Some(p) = path.take().filter(|p| !p.is_empty()) {
            profiles.push(if relative { join(os, base, &p) } else { p });
        }
    };
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            finish(&mut path, relative);
            relative = true;
        } else if let Some(value) = line.strip_prefix("Path=") {
            path = Some(value.to_owned());
        } else if let Some(value) = line.strip_prefix("IsRelative=") {
            relative = value.trim() != "0";
        }
    }
    finish(&mut path, relative);
    profiles
}

/// The add-ons in a Firefox profile's `extensions.json`: their ids and
/// names.
pub fn parse_firefox_extensions(text: &str) -> Result<Vec<(String, String)>, ParseError> {
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| ParseError(msg!("parse-extensions-json", detail = e.to_string())))?;
    let addons = value
        .get("addons")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    Ok(addons
        .iter()
        .map(|addon| {
            let id = addon.get("id").and_then(Value::as_str).unwrap_or_default();
            let name = addon
                .pointer("/defaultLocale/name")
                .or_else(|| addon.get("name"))
                .and_then(Value::as_str)
                .unwrap_or_default();
            (id.to_owned(), name.to_owned())
        })
        .collect())
}

/// `base` and `part` joined the way the system writes paths.
pub fn join(os: Os, base: &str, part: &str) -> String {
    match os {
        Os::Windows => format!("{base}\\{}", part.replace('/', "\\")),
        _ => format!("{base}/{part}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn firefox_trusting_the_system_roots() {
        let prefs = "// Mozilla User Preferences\nuser_pref(\"browser.startup.page\", 3);\nuser_pref(\"security.enterprise_roots.enabled\", true);\n";
        assert!(trusts_system_roots(prefs));
        assert!(!trusts_system_roots(
            "user_pref(\"security.enterprise_roots.enabled\", false);\n"
        ));
        assert!(!trusts_system_roots(""));
    }

    #[test]
    fn profiles_ini_relative_and_absolute() {
        let ini = "[Install4F96D1932A9F858E]\nDefault=Profiles/abcd1234.default-release\nLocked=1\n\n[Profile1]\nName=default\nIsRelative=1\nPath=Profiles/wxyz9876.default\nDefault=1\n\n[Profile0]\nName=work\nIsRelative=0\nPath=D:\\Firefox\\work\n\n[General]\nStartWithLastProfile=1\nVersion=2\n";
        assert_eq!(
            parse_profiles_ini(
                ini,
                r"C:\Users\pat\AppData\Roaming\Mozilla\Firefox",
                Os::Windows
            ),
            [
                r"C:\Users\pat\AppData\Roaming\Mozilla\Firefox\Profiles\wxyz9876.default",
                r"D:\Firefox\work"
            ]
        );
        assert_eq!(
            parse_profiles_ini(
                "[Profile0]\nPath=x.default\n",
                "/home/pat/.mozilla/firefox",
                Os::Linux
            ),
            ["/home/pat/.mozilla/firefox/x.default"]
        );
        assert_eq!(
            parse_profiles_ini("garbage\n[", "/x", Os::Linux),
            Vec::<String>::new()
        );
    }

    #[test]
    fn firefox_extensions_with_their_ids_and_names() {
        let json = r#"{"schemaVersion":36,"addons":[{"id":"uBlock0@raymondhill.net","defaultLocale":{"name":"uBlock Origin"},"active":true},{"id":"light_plugin_F6F079488B53499DB99380A7E11A93F6@kaspersky.com","defaultLocale":{"name":"Kaspersky Protection"},"active":true}]}"#;
        let found = parse_firefox_extensions(json).expect("json");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].1, "uBlock Origin");
        assert_eq!(found[1].1, "Kaspersky Protection");
        let unnamed = r#"{"addons":[{"id":"a@b","name":"Plain"},{"name":5}]}"#;
        let found = parse_firefox_extensions(unnamed).expect("json");
        assert_eq!(
            found,
            [
                ("a@b".into(), "Plain".into()),
                (String::new(), String::new())
            ]
        );
        assert_eq!(parse_firefox_extensions("{}").expect("no add-ons"), []);
        assert!(parse_firefox_extensions("{\"addons\":[").is_err());
    }
}
