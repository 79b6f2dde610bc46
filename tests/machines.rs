//! The test machines as recorded folders (`tests/machines/`), in the format
//! of `avswitch check --record`. They were recorded in version 1 of the
//! format, when the Windows check still ran programs, and each still
//! replays to what a scan of the fake machine it was recorded from finds;
//! every fake machine also goes through a version 2 recording and back.

use std::path::PathBuf;
use std::time::Duration;

use avswitch::coverage::Coverage;
use avswitch::detect::ProductId;
use avswitch::detect::adapters::{FakeSystem, RecordingSystem, ReplaySystem};
use avswitch::detect::catalog::Catalog;
use avswitch::detect::port::System;
use avswitch::detect::{Os, ScanOptions, ScanReport, scan};
use avswitch::i18n::Lang;
use avswitch::summary::summarize;

mod common;

fn folder(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/machines")
        .join(name)
}

fn run(system: &dyn System) -> ScanReport {
    let catalog = Catalog::embedded();
    let options = ScanOptions {
        command_timeout: Duration::from_millis(300),
    };
    scan(system, catalog, common::fixed_now(), options)
}

fn machines() -> Vec<(&'static str, FakeSystem)> {
    vec![
        ("windows-kaspersky", common::windows_with_kaspersky()),
        ("windows-ultraav", common::windows_after_the_ultraav_swap()),
        ("mac-kaspersky", common::mac_with_kaspersky()),
        ("linux-kesl-clamav", common::linux_with_kesl_and_clamav()),
        (
            "windows-kaspersky-left-behind",
            common::windows_with_kaspersky_left_behind(),
        ),
        (
            "linux-extension-left-behind",
            common::linux_with_extension_left_behind(),
        ),
    ]
}

fn assert_same(name: &str, replayed: &ScanReport, expected: &ScanReport) {
    assert_eq!(replayed.os, expected.os, "{name}");
    assert_eq!(replayed.findings, expected.findings, "{name}");
    assert_eq!(replayed.failures, expected.failures, "{name}");
    assert_eq!(replayed.leftovers, expected.leftovers, "{name}");
    assert_eq!(replayed.region, expected.region, "{name}");
    for (lang, coverage) in Lang::ALL.into_iter().zip(Coverage::ALL) {
        assert_eq!(
            summarize(replayed, coverage, lang, common::fixed_now()),
            summarize(expected, coverage, lang, common::fixed_now()),
            "{name}"
        );
    }
}

#[test]
fn version_1_recordings_replay_as_the_machines_they_were_recorded_from() {
    for (name, fake) in machines() {
        let replay = ReplaySystem::open(&folder(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_same(name, &run(&replay), &run(&fake));
    }
}

#[test]
fn every_machine_is_recorded_and_replayed_the_same() {
    for (name, fake) in machines() {
        let dir = tempfile::tempdir().expect("folder");
        let recorder = RecordingSystem::new(fake.clone());
        let recorded = run(&recorder);
        recorder.save(dir.path()).expect("recorded");
        let index = std::fs::read_to_string(dir.path().join("index.json")).expect("index");
        assert!(index.contains("\"version\": 2"), "{name}");
        let replay = ReplaySystem::open(dir.path()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_same(name, &run(&replay), &recorded);
        if fake.os() == Os::Windows {
            assert_eq!(
                recorder.programs_run(),
                0,
                "{name}: the Windows check runs no program"
            );
        }
    }
}

#[test]
fn the_recorded_windows_machine_left_behind_what_kaspersky_leaves() {
    let replay = ReplaySystem::open(&folder("windows-kaspersky-left-behind")).expect("a recording");
    let report = run(&replay);
    let mut kinds: Vec<_> = report.leftovers.iter().map(|l| l.kind).collect();
    kinds.dedup();
    assert_eq!(kinds.len(), 5, "{kinds:?}");
}

/// Recorded under Wine by an earlier `scripts/cross-check.sh`, when the
/// check still ran `reg.exe`, PowerShell and `tasklist`: the programs'
/// output is read back into the same findings.
#[test]
fn the_windows_check_recorded_under_wine_in_version_1() {
    let replay = ReplaySystem::open(&folder("windows-wine-v1")).expect("a recording");
    let report = run(&replay);
    assert_the_wine_machine(&report);
    // Wine's PowerShell and tasklist printed nothing: checks that did not run.
    let failed: Vec<&str> = report.failures.iter().map(|f| f.probe).collect();
    for probe in [
        "probe-security-center",
        "probe-running-programs",
        "probe-certificates",
    ] {
        assert!(failed.contains(&probe), "{probe} in {failed:?}");
    }
    assert!(!report.nothing_left_behind());
}

/// What the Wine machine holds, whichever way it was recorded: Kaspersky
/// last updated on the day updates ended, names in Cyrillic and Chinese
/// whole, and the home location Indonesia.
fn assert_the_wine_machine(report: &ScanReport) {
    assert_eq!(report.os, Os::Windows);
    let kaspersky = report
        .findings
        .iter()
        .find(|f| f.id == Some(ProductId::Kaspersky))
        .expect("Kaspersky found");
    assert!(kaspersky.affected);
    assert_eq!(
        kaspersky.signatures.last_update,
        Some("2024-09-29T00:47:44Z".parse().expect("instant"))
    );
    assert_eq!(report.region.as_deref(), Some("ID"));
    let evidence: Vec<String> = report
        .findings
        .iter()
        .flat_map(|f| &f.evidence)
        .map(|e| Lang::En.msg(&e.words()))
        .collect();
    for name in [
        "Kaspersky Standard",
        "Агент администрирования Kaspersky Security Center",
        "АО \"Лаборатория Касперского\"",
        "卡巴斯基安全软件 Kaspersky Plus",
        "卡巴斯基实验室",
    ] {
        assert!(
            evidence.iter().any(|e| e.contains(name)),
            "{name} in {evidence:#?}"
        );
    }
}

/// Recorded under Wine by `scripts/cross-check.sh` (docs/building.md, "Windows and macOS
/// from Linux"): the real Windows executable asking Windows' own APIs, so the
/// Windows path is covered where Wine is absent too. Record it again with
/// `UPDATE_MACHINES=1 scripts/cross-check.sh`.
#[test]
fn the_windows_check_recorded_under_wine() {
    let dir = folder("windows-wine");
    let index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("index.json")).expect("index"))
            .expect("json");
    assert_eq!(index["version"], 2);
    assert!(
        index.get("commands").is_none(),
        "the Windows check ran a program: {}",
        index["commands"]
    );
    let replay = ReplaySystem::open(&dir).expect("a recording");
    let report = run(&replay);
    assert_the_wine_machine(&report);
    // Wine has no Security Center: the one check that could not run. Its
    // process snapshot and certificate stores answered.
    let failed: Vec<&str> = report.failures.iter().map(|f| f.probe).collect();
    assert_eq!(failed, ["probe-security-center"]);
    assert!(
        Lang::En
            .msg(&report.failures[0].reason)
            .contains("not available on this computer")
    );
    assert!(!report.nothing_left_behind());
    assert!(report.windows.is_some(), "which Windows this is was read");
}

/// Security Center asked through its COM path under Wine, with a stand-in
/// Security Center (scripts/wine/security_center.c) listing four products:
/// Kaspersky off, one without a name, one Windows fails to give, and
/// Defender snoozed. Record it again with `UPDATE_MACHINES=1 scripts/cross-check.sh`.
#[test]
fn security_center_recorded_under_wine_keeps_what_it_could_read() {
    let dir = folder("windows-wine-security-center");
    let replay = ReplaySystem::open(&dir).expect("a recording");
    let report = run(&replay);
    let found: Vec<(Option<ProductId>, avswitch::detect::State)> =
        report.findings.iter().map(|f| (f.id, f.state)).collect();
    assert_eq!(
        found,
        [
            (Some(ProductId::Kaspersky), avswitch::detect::State::Off),
            (
                Some(ProductId::MicrosoftDefender),
                avswitch::detect::State::Snoozed
            ),
        ]
    );
    let failed: Vec<&str> = report.failures.iter().map(|f| f.probe).collect();
    assert_eq!(failed, ["probe-security-center"]);
    let reason = &report.failures[0].reason;
    assert!(Lang::En.msg(reason).contains("2 entries"), "{reason:?}");
    let detail = reason.detail().expect("the skipped entries named");
    assert!(
        detail.contains("#2 of 4") && detail.contains("#3 of 4"),
        "{detail}"
    );
    assert!(matches!(
        report.protection(),
        avswitch::detect::Protection::Unknown
    ));
}
