//! The test machines as recorded folders (`tests/machines/`), in the same
//! format as `avswitch check --record`: each replays to exactly what a scan
//! of the fake machine it was recorded from finds. After changing a fake
//! machine or a probe, record them again with
//! `UPDATE_MACHINES=1 cargo test --test machines`.

use std::path::PathBuf;
use std::time::Duration;

use avswitch::detect::catalog::Catalog;
use avswitch::detect::replay::{RecordingSystem, ReplaySystem};
use avswitch::detect::summary::summarize;
use avswitch::detect::system::{FakeSystem, System};
use avswitch::detect::{ScanOptions, ScanReport, scan};
use avswitch::i18n::Lang;
use avswitch::situation::Coverage;

mod common;

fn folder(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/machines")
        .join(name)
}

fn run(system: &dyn System) -> ScanReport {
    let catalog = Catalog::embedded().expect("catalog");
    let options = ScanOptions {
        command_timeout: Duration::from_millis(300),
    };
    scan(system, &catalog, common::fixed_now(), options)
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

#[test]
fn every_recorded_machine_replays_as_the_machine_it_was_recorded_from() {
    for (name, fake) in machines() {
        let dir = folder(name);
        if std::env::var_os("UPDATE_MACHINES").is_some() {
            let _old = std::fs::remove_dir_all(&dir);
            let recorder = RecordingSystem::new(fake.clone());
            let _recorded = run(&recorder);
            recorder.save(&dir).expect("recorded");
        }
        let replay = ReplaySystem::open(&dir).unwrap_or_else(|e| panic!("{name}: {e}"));
        let (expected, replayed) = (run(&fake), run(&replay));
        assert_eq!(replayed.os, expected.os, "{name}");
        assert_eq!(replayed.findings, expected.findings, "{name}");
        assert_eq!(replayed.failures, expected.failures, "{name}");
        assert_eq!(replayed.leftovers, expected.leftovers, "{name}");
        for (lang, coverage) in Lang::ALL.into_iter().zip(Coverage::ALL) {
            assert_eq!(
                summarize(&replayed, coverage, lang, common::fixed_now()),
                summarize(&expected, coverage, lang, common::fixed_now()),
                "{name}"
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

/// Recorded under Wine by `scripts/cross-check.sh` (README, "Windows and macOS
/// from Linux"): the real Windows executable, its registry read through the
/// API, so the Windows path is covered where Wine is absent too. Record it
/// again with `UPDATE_MACHINES=1 scripts/cross-check.sh`.
#[test]
fn the_windows_check_recorded_under_wine() {
    let replay = ReplaySystem::open(&folder("windows-wine")).expect("a recording");
    let report = run(&replay);
    assert_eq!(report.os, avswitch::detect::system::Os::Windows);
    let kaspersky = report
        .findings
        .iter()
        .find(|f| f.id == "kaspersky")
        .expect("Kaspersky found");
    assert!(kaspersky.affected);
    assert_eq!(
        kaspersky.signatures.last_update,
        Some("2024-09-29T00:47:44Z".parse().expect("instant"))
    );
    let evidence: Vec<String> = report
        .findings
        .iter()
        .flat_map(|f| &f.evidence)
        .map(|e| Lang::En.msg(&e.detail))
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
    assert_eq!(report.region.as_deref(), Some("ID"));
    // Wine's PowerShell and tasklist print nothing: checks that did not run.
    let failed: Vec<(&str, String)> = report
        .failures
        .iter()
        .map(|f| (f.probe, Lang::En.msg(&f.reason)))
        .collect();
    assert!(
        failed
            .iter()
            .any(|(probe, why)| *probe == "probe-security-center" && why.contains("gave no answer")),
        "{failed:#?}"
    );
    assert!(
        failed
            .iter()
            .any(|(probe, why)| *probe == "probe-running-programs"
                && why.contains("came back empty")),
        "{failed:#?}"
    );
    // Nor its certificate list: so nothing may be called clean.
    assert!(
        failed
            .iter()
            .any(|(probe, why)| *probe == "probe-certificates"
                && why.contains("could not be checked")),
        "{failed:#?}"
    );
    assert!(!report.nothing_left_behind());
}
