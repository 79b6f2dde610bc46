//! Fake machines built from fixtures, shared by the integration tests.
#![allow(dead_code)] // each test file uses a different part

use std::sync::Arc;
use std::time::Duration;

use avswitch::advisory::Advisory;
use avswitch::detect::catalog::Catalog;
use avswitch::detect::system::{CommandOutput, FakeReply, FakeSystem, Os};
use avswitch::detect::windows::{KASPERSKY_KEYS, SECURITY_CENTER_QUERY, UNINSTALL_KEYS};
use avswitch::detect::{ScanOptions, scan};
use avswitch::model::{Action, Device, Model, Renewal};
use avswitch::plan::Choice;
use chrono::{DateTime, NaiveDate, Utc};

pub fn fixture(path: &str) -> Vec<u8> {
    let full = format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

pub const SYSTEM32: &str = r"C:\Windows\System32";

pub fn powershell_line() -> String {
    format!(
        r"{SYSTEM32}\WindowsPowerShell\v1.0\powershell.exe -NoProfile -NonInteractive -Command {SECURITY_CENTER_QUERY}"
    )
}

pub fn reg_line(key: &str) -> String {
    format!(r"{SYSTEM32}\reg.exe query {key} /s")
}

pub fn missing_key() -> FakeReply {
    FakeReply::Output(CommandOutput {
        success: false,
        stdout: Vec::new(),
        stderr: "ERROR: The system was unable to find the specified registry key or value.\r\n"
            .into(),
    })
}

/// A Windows machine; `None` for a registry key that does not exist.
pub fn windows(
    security_center: FakeReply,
    uninstall: [Option<&str>; 3],
    kaspersky: Option<&str>,
    tasklist: &str,
) -> FakeSystem {
    let mut fake = FakeSystem::new(Os::Windows)
        .with_env("SystemRoot", r"C:\Windows")
        .with_reply(&powershell_line(), security_center)
        .with_command(
            &format!(r"{SYSTEM32}\tasklist.exe /FO CSV /NH"),
            fixture(tasklist),
        );
    for (key, file) in UNINSTALL_KEYS.iter().zip(uninstall) {
        fake = match file {
            Some(file) => fake.with_command(&reg_line(key), fixture(file)),
            None => fake.with_reply(&reg_line(key), missing_key()),
        };
    }
    for key in KASPERSKY_KEYS {
        fake = match kaspersky {
            Some(file) if key.contains("WOW6432Node") => {
                fake.with_command(&reg_line(key), fixture(file))
            }
            _ => fake.with_reply(&reg_line(key), missing_key()),
        };
    }
    fake
}

pub fn output(file: &str) -> FakeReply {
    FakeReply::Output(CommandOutput {
        success: true,
        stdout: fixture(file),
        stderr: String::new(),
    })
}

pub fn fixed_now() -> DateTime<Utc> {
    "2026-11-28T12:00:00Z".parse().expect("instant")
}

/// Windows with Kaspersky Standard active and out of date, its Password
/// Manager and VPN.
pub fn windows_with_kaspersky() -> FakeSystem {
    windows(
        output("windows/security-center-kaspersky.json"),
        [
            Some("windows/uninstall-hklm.txt"),
            Some("windows/uninstall-wow64-kaspersky.txt"),
            None,
        ],
        Some("windows/kasperskylab.txt"),
        "windows/tasklist-kaspersky.csv",
    )
}

/// A realistic person: Windows with Kaspersky, an Android phone, an
/// auto-renewing subscription, Defender chosen, two items ticked.
pub fn realistic_model() -> Model {
    let advisory = Arc::new(Advisory::embedded().expect("advisory"));
    let catalog = Arc::new(Catalog::embedded().expect("catalog"));
    let options = ScanOptions {
        command_timeout: Duration::from_millis(300),
    };
    let mut report = scan(&windows_with_kaspersky(), &catalog, fixed_now(), options);
    report.elapsed_ms = 12; // the only part of a scan that varies between runs
    let mut model = Model::new(advisory, catalog, fixed_now());
    for action in [
        Action::ScanFinished(Arc::new(report)),
        Action::SetDevice(Device::Android, true),
        Action::SetRenewal(Renewal::Yes),
        Action::SetChoice(Choice::BuiltIn),
        Action::Tick("export-passwords".into(), true),
        Action::Tick("note-subscription".into(), true),
        Action::SetFinishBy(NaiveDate::from_ymd_opt(2026, 12, 5)),
    ] {
        let _ = model.apply(action);
    }
    model
}

/// Windows after the September 2024 swap: UltraAV and UltraVPN, no Kaspersky.
pub fn windows_after_the_ultraav_swap() -> FakeSystem {
    windows(
        output("windows/security-center-ultraav.json"),
        [Some("windows/uninstall-hklm-ultraav.txt"), None, None],
        None,
        "windows/tasklist-kaspersky.csv",
    )
    // Kaspersky's processes are gone after the swap.
    .with_command(
        &format!(r"{SYSTEM32}\tasklist.exe /FO CSV /NH"),
        "\"explorer.exe\",\"5512\",\"Console\",\"1\",\"98,440 K\"\r\n",
    )
}

/// A Mac with Kaspersky Internet Security, its launch daemon and support
/// folder.
pub fn mac_with_kaspersky() -> FakeSystem {
    FakeSystem::new(Os::MacOs)
        .with_env("HOME", "/Users/pat")
        .with_file(
            "/Applications/Kaspersky Internet Security.app/Contents/Info.plist",
            fixture("macos/kaspersky-internet-security-Info.plist"),
        )
        .with_file(
            "/Applications/Safari.app/Contents/Info.plist",
            "<plist><dict/></plist>",
        )
        .with_file("/Library/LaunchDaemons/com.kaspersky.kav.plist", "")
        .with_file("/Library/LaunchDaemons/com.apple.something.plist", "")
        .with_dir("/Library/Application Support/Kaspersky Lab")
        .with_file(
            "/Library/Apple/System/Library/CoreServices/XProtect.bundle/Contents/Info.plist",
            fixture("macos/xprotect-Info.plist"),
        )
}

/// Linux with KESL running and ClamAV with fresh definitions.
pub fn linux_with_kesl_and_clamav() -> FakeSystem {
    FakeSystem::new(Os::Linux)
        .with_file("/var/lib/dpkg/status", fixture("linux/dpkg-status"))
        .with_dir("/opt/kaspersky/kesl/bin")
        .with_file("/var/lib/clamav/daily.cvd", fixture("linux/daily.cvd"))
        .with_file("/usr/bin/systemctl", "")
        .with_command(
            "/usr/bin/systemctl is-active kesl.service clamav-daemon.service clamav-freshclam.service",
            "active\nactive\ninactive\n",
        )
}
