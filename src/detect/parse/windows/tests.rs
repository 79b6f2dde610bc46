use super::*;
use crate::detect::registry::RegValue;

fn key(path: &str, values: &[(&str, &str, &str)]) -> RegKey {
    RegKey {
        path: path.to_owned(),
        values: values
            .iter()
            .map(|(name, kind, data)| RegValue::written(name, kind, data))
            .collect(),
        subkeys: Vec::new(),
    }
}

#[test]
fn defender_from_its_registry_values() {
    let updated = 133_734_546_120_000_000u64.to_le_bytes();
    let hex: String = updated.iter().map(|b| format!("{b:02X}")).collect();
    let main = key(
        r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows Defender",
        &[],
    );
    let keys = [
        Some(main.clone()),
        Some(key(
            r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows Defender\Real-Time Protection",
            &[("DisableRealtimeMonitoring", "REG_DWORD", "0x1")],
        )),
        Some(key(
            r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows Defender\Signature Updates",
            &[
                ("AVSignatureVersion", "REG_SZ", "1.419.221.0"),
                ("SignaturesLastUpdated", "REG_BINARY", &hex),
            ],
        )),
        None,
        None,
    ];
    let status = defender_from_registry(&keys).expect("Defender is there");
    assert_eq!(status.real_time_protection, Some(false));
    assert_eq!(
        status.antivirus_enabled, None,
        "the registry cannot say it runs"
    );
    assert_eq!(status.signature_version.as_deref(), Some("1.419.221.0"));
    assert_eq!(
        status.signatures_updated,
        "2024-10-15T08:30:12Z".parse().ok()
    );
    assert_eq!(defender_state(&status), State::Off);
    // Only its main key: whether it runs stays unknown.
    let quiet =
        defender_from_registry(&[Some(main.clone()), None, None, None, None]).expect("there");
    assert_eq!(defender_state(&quiet), State::Installed);
    assert_eq!(
        defender_from_registry(&[None, None, None, None, None]),
        None
    );
    // A policy that switches it off.
    let policy = key(
        r"HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Windows Defender",
        &[("DisableAntiSpyware", "REG_DWORD", "0x1")],
    );
    let off = defender_from_registry(&[Some(main.clone()), None, None, Some(policy), None])
        .expect("there");
    assert_eq!(off.antivirus_enabled, Some(false));
    // Damaged data is left out, not guessed.
    let bad = key(
        r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows Defender\Signature Updates",
        &[("SignaturesLastUpdated", "REG_BINARY", "0A0B")],
    );
    assert_eq!(
        defender_from_registry(&[Some(main), None, Some(bad), None, None])
            .expect("there")
            .signatures_updated,
        None
    );
}

#[test]
fn defender_states_from_its_own_report() {
    let status = |av, rtp, mode: &str| DefenderStatus {
        antivirus_enabled: av,
        real_time_protection: rtp,
        running_mode: Some(mode.to_owned()),
        ..DefenderStatus::default()
    };
    assert_eq!(
        defender_state(&status(Some(true), Some(true), "Normal")),
        State::On
    );
    assert_eq!(
        defender_state(&status(Some(true), Some(true), "Passive Mode")),
        State::Off
    );
    assert_eq!(
        defender_state(&status(Some(true), Some(true), "SxS Passive Mode")),
        State::Off
    );
    assert_eq!(
        defender_state(&status(Some(true), Some(false), "Normal")),
        State::Off
    );
    assert_eq!(
        defender_state(&status(Some(false), None, "Normal")),
        State::Off
    );
    assert_eq!(
        defender_state(&status(Some(true), Some(true), "EDR Block Mode")),
        State::Installed
    );
    // Normal mode with its anti-virus enabled decides, whether or not the
    // report says anything of real-time protection.
    assert_eq!(
        defender_state(&status(Some(true), None, "Normal")),
        State::On
    );
    assert_eq!(
        defender_state(&status(Some(false), Some(false), "Not running")),
        State::Off
    );
}

#[test]
fn kaspersky_password_protection_as_public_removal_tools_read_it() {
    let older = key(
        r"HKEY_LOCAL_MACHINE\SOFTWARE\WOW6432Node\KasperskyLab\AVP20.0\Data\FlushedMsiCriticalSettings",
        &[("EnablePswrdProtect", "REG_DWORD", "0x1")],
    );
    assert_eq!(password_protection(&[older]), Some("EnablePswrdProtect"));
    let newer = key(
        r"HKEY_LOCAL_MACHINE\SOFTWARE\WOW6432Node\KasperskyLab\AVP21.3\Settings\PasswordProtectionSettings",
        &[
            ("OPEP", "REG_BINARY", "5A3F9C01"),
            ("PLogin", "REG_SZ", "KLAdmin"),
        ],
    );
    assert_eq!(password_protection(&[newer]), Some("OPEP"));
    // Switched off, empty, or damaged: nothing is claimed.
    for (name, kind, data) in [
        ("EnablePswrdProtect", "REG_DWORD", "0x0"),
        ("OPEP", "REG_BINARY", ""),
        ("EnablePswrdProtect", "REG_DWORD", "yes"),
    ] {
        let k = key(
            r"HKEY_LOCAL_MACHINE\SOFTWARE\KasperskyLab\AVP21.3\Settings",
            &[(name, kind, data)],
        );
        assert_eq!(password_protection(&[k]), None, "{name} {data}");
    }
    assert_eq!(password_protection(&[]), None);
}

#[test]
fn defender_policies_that_keep_it_off() {
    let policy = key(
        r"HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Windows Defender",
        &[
            ("DisableAntiSpyware", "REG_DWORD", "0x1"),
            ("DisableAntiVirus", "REG_DWORD", "0x0"),
            ("ServiceKeepAlive", "REG_DWORD", "0x0"),
        ],
    );
    let realtime = key(
        r"HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Windows Defender\Real-Time Protection",
        &[("DisableRealtimeMonitoring", "REG_DWORD", "0x1")],
    );
    assert_eq!(
        defender_policies(Some(&policy), Some(&realtime)),
        ["DisableAntiSpyware", "DisableRealtimeMonitoring"]
    );
    assert!(defender_policies(None, None).is_empty());
    let garbage = key(
        r"HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Windows Defender",
        &[("DisableAntiSpyware", "REG_SZ", "\u{1b}[31m1")],
    );
    assert!(defender_policies(Some(&garbage), None).is_empty());
}

#[test]
fn kaspersky_update_stamps() {
    let keys = [
        key(
            r"HKEY_LOCAL_MACHINE\SOFTWARE\WOW6432Node\KasperskyLab\protected\AVP21.3\Data",
            &[("LastSuccessfulUpdate", "REG_DWORD", "0x66f8a3b0")],
        ),
        key(
            r"HKEY_LOCAL_MACHINE\SOFTWARE\KasperskyLab\protected\KES\Data",
            &[("LastSuccessfulUpdate", "REG_DWORD", "0xffffffff")],
        ),
        key(r"HKEY_X", &[("LastSuccessfulUpdate", "REG_DWORD", "0xzz")]),
    ];
    assert_eq!(
        update_stamps(&keys),
        [
            UpdateStamp::At(DateTime::from_timestamp(0x66f8_a3b0, 0).expect("instant")),
            UpdateStamp::Never
        ]
    );
}

#[test]
fn windows_versions() {
    let eleven = key(
        r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion",
        &[
            ("CurrentBuildNumber", "REG_SZ", "22631"),
            ("DisplayVersion", "REG_SZ", "23H2"),
            ("EditionID", "REG_SZ", "Professional"),
            ("InstallationType", "REG_SZ", "Client"),
            ("ProductName", "REG_SZ", "Windows 10 Pro"),
        ],
    );
    let version = windows_version(&eleven).expect("version");
    assert_eq!(version.build, 22631);
    assert!(!version.is_windows_10(), "the build decides, not the name");
    assert_eq!(version.release.as_deref(), Some("23H2"));
    let ten = key(
        "HKEY_X",
        &[
            ("CurrentBuild", "REG_SZ", "19045"),
            ("EditionID", "REG_SZ", "Core"),
        ],
    );
    assert!(windows_version(&ten).expect("version").is_windows_10());
    let server = key(
        "HKEY_X",
        &[
            ("CurrentBuildNumber", "REG_SZ", "20348"),
            ("EditionID", "REG_SZ", "ServerStandard"),
        ],
    );
    let server = windows_version(&server).expect("version");
    assert!(server.server && !server.is_windows_10());
    assert_eq!(
        windows_version(&key("HKEY_X", &[("CurrentBuild", "REG_SZ", "x")])),
        None
    );
    assert_eq!(windows_version(&key("HKEY_X", &[])), None);
}

#[test]
fn uninstallers_as_settings_runs_them_never_quietly() {
    let entry = |command: &str, no_remove: Option<&str>| {
        let mut values = vec![("UninstallString", "REG_EXPAND_SZ", command)];
        values.extend(no_remove.map(|v| ("NoRemove", "REG_DWORD", v)));
        key("HKEY_X", &values)
    };
    // Kaspersky Endpoint Security as business inventories list it.
    let kes = entry(
        "msiexec.exe /x {7A4192A1-84C4-4E90-A31B-B4847CA8E23A} /qn",
        Some("0x1"),
    );
    assert_eq!(
        uninstall_command(&kes).as_deref(),
        Some("msiexec.exe /x {7A4192A1-84C4-4E90-A31B-B4847CA8E23A}")
    );
    assert!(removal_restricted(&kes));
    let restart = entry("MsiExec.exe /X{675A6D5C} /norestart /qn", None);
    assert_eq!(
        uninstall_command(&restart).as_deref(),
        Some("MsiExec.exe /X{675A6D5C} /norestart")
    );
    for quiet in ["/quiet", "/QN", "/qb-", "-q", "/passive"] {
        let e = entry(&format!("MsiExec.exe /X{{675A6D5C}} {quiet}"), None);
        assert_eq!(
            uninstall_command(&e).as_deref(),
            Some("MsiExec.exe /X{675A6D5C}"),
            "{quiet}"
        );
    }
    let consumer = entry(
        r#""C:\Program Files (x86)\Kaspersky Lab\Kaspersky 21.16\avp.com" uninstall /q"#,
        Some("0x0"),
    );
    assert_eq!(
        uninstall_command(&consumer).as_deref(),
        Some(r#""C:\Program Files (x86)\Kaspersky Lab\Kaspersky 21.16\avp.com" uninstall /q"#),
        "only Windows Installer's switches are known to be quiet"
    );
    assert!(!removal_restricted(&consumer));
    assert_eq!(uninstall_command(&key("HKEY_X", &[])), None);
}

#[test]
fn command_lines_split_as_windows_reads_them() {
    assert_eq!(
        split_command_line(r#""C:\Program Files\UltraAV\uninstall.exe" /S"#),
        (r"C:\Program Files\UltraAV\uninstall.exe", "/S")
    );
    assert_eq!(
        split_command_line(r"C:\Program Files\UltraAV\uninst.exe /x now"),
        (r"C:\Program Files\UltraAV\uninst.exe", "/x now")
    );
    assert_eq!(
        split_command_line("MsiExec.exe /X{675A6D5C}"),
        ("MsiExec.exe", "/X{675A6D5C}")
    );
    assert_eq!(split_command_line("uninstall"), ("uninstall", ""));
    assert_eq!(
        split_command_line(r#""C:\a b\unclosed"#),
        (r"C:\a b\unclosed", "")
    );
    assert_eq!(
        split_command_line(r"C:\Tools\a.exeX\b.exe -x"),
        (r"C:\Tools\a.exeX\b.exe", "-x"),
        "a name merely containing .exe is not the end"
    );
    assert_eq!(split_command_line(""), ("", ""));
}

#[test]
fn services_by_name_and_their_files() {
    assert!(is_driver(&key("x", &[("Type", "REG_DWORD", "0x1")])));
    assert!(is_driver(&key("x", &[("Type", "REG_DWORD", "0x2")])));
    assert!(!is_driver(&key("x", &[("Type", "REG_DWORD", "0x10")])));
    assert!(!is_driver(&key("x", &[])));
    let root = r"C:\WINDOWS";
    for (image, file) in [
        (
            r"system32\DRIVERS\klif.sys",
            r"C:\WINDOWS\system32\DRIVERS\klif.sys",
        ),
        (
            r"\SystemRoot\System32\drivers\klhk.sys",
            r"C:\WINDOWS\System32\drivers\klhk.sys",
        ),
        (
            r"\??\C:\ProgramData\Kaspersky Lab\klids.sys",
            r"C:\ProgramData\Kaspersky Lab\klids.sys",
        ),
        (
            r#""C:\Program Files (x86)\Kaspersky Lab\Kaspersky 21.3\avp.exe" -r"#,
            r"C:\Program Files (x86)\Kaspersky Lab\Kaspersky 21.3\avp.exe",
        ),
        (
            r"C:\Program Files\UltraAV\AuWatchDogService.exe /service",
            r"C:\Program Files\UltraAV\AuWatchDogService.exe",
        ),
        (
            r"%SystemRoot%\system32\klim6.sys",
            r"C:\WINDOWS\system32\klim6.sys",
        ),
        // Letters whose lower case is longer or shorter cut nothing.
        (
            "\u{130}\u{130}\u{212a}.EXE -x",
            "C:\\WINDOWS\\\u{130}\u{130}\u{212a}.EXE",
        ),
        ("", r"C:\WINDOWS\"),
    ] {
        assert_eq!(image_file(image, root), file, "{image}");
    }
}
