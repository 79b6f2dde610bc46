//! Random and half-valid input never makes a parser panic: each returns a
//! value or an error.

use avswitch::detect::Os;
use avswitch::detect::adapters::legacy::parse as legacy;
use avswitch::detect::answers::windows as windows_values;
use avswitch::detect::parse::{browsers, certificates, linux, macos, region, windows};
use avswitch::detect::registry::{RegKey, RegValue, reg_value};
use proptest::prelude::*;

/// Text built from the pieces the real formats are made of, so the fuzzing
/// reaches past the first line of each parser.
fn format_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "HKEY_LOCAL_MACHINE\\X",
        "    ",
        "REG_SZ",
        "REG_DWORD",
        "0x",
        "ff",
        "\r\n",
        "\n",
        "\n\n",
        "Package: ",
        "Status: ",
        "install ok installed",
        "Version: ",
        " ",
        ":",
        "\"",
        ",",
        "{",
        "}",
        "[",
        "]",
        "\"displayName\"",
        "\"productState\"",
        "266240",
        "\u{feff}",
        "ClamAV-VDB",
        "16 Mar 2016 23-17 +0000",
        "57",
        "Касперского",
        "é",
        "\0",
        "-",
        "Last release date of databases",
        "2024-09-28 21:03:00",
        "\"Subject\"",
        "CN=Kaspersky",
        "SHA-1 hash: ",
        "keychain: ",
        "\"labl\"<blob>=",
        "[Profile0]",
        "Path=",
        "IsRelative=0",
        "\"addons\"",
        "user_pref(",
        "\\SystemRoot\\",
        "\\??\\",
        ".sys",
        "%SystemRoot%",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn security_center(text in any::<String>(), shaped in format_like()) {
        let _ = legacy::parse_security_center(&text);
        let _ = legacy::parse_security_center(&shaped);
    }

    #[test]
    fn reg_query_and_tasklist(text in any::<String>(), shaped in format_like()) {
        for input in [&text, &shaped] {
            let keys = legacy::parse_reg_query(input);
            let _ = windows::update_stamps(&keys);
            for key in &keys {
                let _ = windows::windows_version(key);
                let _ = windows::is_driver(key);
                let _ = region::windows_geo(key);
            }
            let _ = legacy::parse_tasklist_csv(input);
        }
    }

    /// Whatever bytes the registry's API hands over, and whatever its
    /// values say, reading them gives a value or nothing.
    #[test]
    fn registry_values(kind in any::<u32>(), bytes in prop::collection::vec(any::<u8>(), 0..64), text in any::<String>(), ticks in any::<u64>(), state in any::<i32>()) {
        let value = reg_value("x".into(), kind, &bytes);
        // What the API hands over reads back the same from a recording.
        let written = serde_json::to_string(&value).expect("writes");
        prop_assert_eq!(serde_json::from_str::<RegValue>(&written).expect("reads"), value.clone());
        for kind in ["REG_DWORD", "REG_QWORD", "REG_BINARY", "REG_MULTI_SZ", "REG_SZ", "REG_X"] {
            let _ = RegValue::written("x", kind, &text);
        }
        let _ = windows_values::filetime(ticks);
        let _ = windows_values::wsc_state(state);
        let _ = windows_values::wsc_signatures(state);
        let key = |name: &str| Some(RegKey {
            path: "HKEY_LOCAL_MACHINE\\X".into(),
            values: vec![RegValue::written(name, "REG_BINARY", &text), value.clone()],
            subkeys: Vec::new(),
        });
        let keys = [key("PassiveMode"), key("DisableRealtimeMonitoring"), key("SignaturesLastUpdated"), key("DisableAntiSpyware"), key("x")];
        if let Some(status) = windows::defender_from_registry(&keys) {
            let _ = windows::defender_state(&status);
        }
    }

    #[test]
    fn linux_formats(text in any::<String>(), shaped in format_like(), bytes in prop::collection::vec(any::<u8>(), 0..700)) {
        for input in [&text, &shaped] {
            let _ = linux::parse_dpkg_status(input);
            let _ = linux::parse_rpm_query(&["kesl", "kesl-gui", "clamav"], input);
            let _ = linux::parse_is_active(&["a.service", "b.service"], input);
            let _ = linux::parse_clamav_header(input.as_bytes());
        }
        let _ = linux::parse_clamav_header(&bytes);
    }

    #[test]
    fn info_plist(bytes in prop::collection::vec(any::<u8>(), 0..400), text in any::<String>()) {
        let _ = macos::parse_info_plist(&bytes);
        let _ = macos::parse_info_plist(text.as_bytes());
        let mut binary = b"bplist00".to_vec();
        binary.extend_from_slice(&bytes);
        let _ = macos::parse_info_plist(&binary);
    }

    #[test]
    fn kesl_app_info(text in any::<String>(), shaped in format_like()) {
        let _ = linux::parse_kesl_app_info(&text);
        let _ = linux::parse_kesl_app_info(&shaped);
    }

    #[test]
    fn what_is_left_behind(text in any::<String>(), shaped in format_like()) {
        for input in [&text, &shaped] {
            let _ = legacy::parse_certificates(input);
            let _ = certificates::parse_find_certificate(input);
            let _ = browsers::trusts_system_roots(input);
            let _ = browsers::parse_profiles_ini(input, r"C:\Users\pat", Os::Windows);
            let _ = browsers::parse_profiles_ini(input, "/home/pat", Os::Linux);
            let _ = browsers::parse_firefox_extensions(input);
            let _ = windows::image_file(input, r"C:\Windows");
            let _ = region::locale_region(input);
        }
    }
}
