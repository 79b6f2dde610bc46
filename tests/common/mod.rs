//! Fake machines built from fixtures, shared by the integration tests.
#![allow(dead_code)] // each test file uses a different part

use std::sync::Arc;
use std::time::Duration;

use avswitch::advisory::Advisory;
use avswitch::detect::catalog::Catalog;
use avswitch::detect::catalog::Kind;
use avswitch::detect::system::{CommandOutput, FakeReply, FakeSystem, Os};
use avswitch::detect::windows::{KASPERSKY_KEYS, SECURITY_CENTER_QUERY, UNINSTALL_KEYS};
use avswitch::detect::{
    Finding, ScanOptions, ScanReport, SignatureStatus, Signatures, State, scan,
};
use avswitch::model::{Action, Model};
use avswitch::situation::{Choice, Device, Region, Renewal};
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

/// A model with nothing done yet, at `now`.
pub fn model_at(now: DateTime<Utc>) -> Model {
    let advisory = Arc::new(Advisory::embedded().expect("advisory"));
    let catalog = Arc::new(Catalog::embedded().expect("catalog"));
    Model::new(advisory, catalog, now)
}

/// A realistic person in the U.S.: Windows with Kaspersky, an Android phone, an
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
        Action::SetRegion(Region::UnitedStates),
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

/// An anti-virus as a check reports it, its definitions updated some days
/// before `fixed_now` (7 or more is out of date).
pub fn finding(id: &str, name: &str, state: State, updated_days_ago: i64) -> Finding {
    let status = if updated_days_ago < 7 {
        SignatureStatus::UpToDate
    } else {
        SignatureStatus::OutOfDate
    };
    Finding {
        id: id.to_owned(),
        name: name.to_owned(),
        vendor: String::new(),
        kind: Kind::Antivirus,
        state,
        version: None,
        signatures: Signatures {
            status,
            last_update: Some(fixed_now() - chrono::Duration::days(updated_days_ago)),
            version: None,
        },
        affected: id == "kaspersky",
        auto_replacement: id == "ultraav",
        built_in: matches!(id, "microsoft-defender" | "xprotect"),
        evidence: Vec::new(),
    }
}

/// A check of `os` that found `findings` and nothing failed.
pub fn report_of(os: Os, findings: Vec<Finding>) -> ScanReport {
    ScanReport {
        os,
        scanned_at: fixed_now(),
        findings,
        failures: Vec::new(),
        region: None,
        elapsed_ms: 1,
    }
}
