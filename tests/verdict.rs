//! The order of evidence, one machine per rule: each is checked, then read
//! as a person reads it (the window's summary, `check` and the five
//! exports) in every language. Machines marked "public" are built from
//! outputs posted publicly (`tests/fixtures/windows/public/SOURCES.md`).

use std::sync::Arc;
use std::time::Duration;

use avswitch::advisory::Advisory;
use avswitch::coverage::Region;
use avswitch::detect::ProductId;
use avswitch::detect::adapters::{FakeSystem, RecordingSystem, ReplaySystem};
use avswitch::detect::answers::{Answer, DefenderStatus, SecurityProduct, Unanswered};
use avswitch::detect::catalog::Catalog;
use avswitch::detect::port::System;
use avswitch::detect::{
    LeftoverKind, ScanOptions, ScanReport, Setting, SignatureStatus, State, scan,
};
use avswitch::export::Format;
use avswitch::humanize;
use avswitch::i18n::{Arg, Lang};
use avswitch::model::Action;
use avswitch::report::check_text;
use avswitch::situation::{Choice, Definitions, Machine};
use avswitch::summary::{CaseName, Tone, Verdict, summarize};
use chrono::{DateTime, FixedOffset, NaiveDateTime, Utc};

mod common;

fn now() -> DateTime<Utc> {
    common::fixed_now()
}

fn product(name: &str, state: State, signatures: SignatureStatus) -> SecurityProduct {
    SecurityProduct {
        name: name.to_owned(),
        state,
        signatures,
        reported: None,
        path: None,
    }
}

/// A Windows machine: Security Center's list, Kaspersky's uninstall entry
/// (Kaspersky Standard and its companions) or none, its settings, and the
/// running programs.
fn windows(
    security_center: Answer<Vec<SecurityProduct>>,
    kaspersky_installed: bool,
    running: Answer<Vec<String>>,
) -> FakeSystem {
    let uninstall = kaspersky_installed.then_some("windows/uninstall-wow64-kaspersky.txt");
    common::windows(
        security_center,
        [Some("windows/uninstall-hklm.txt"), uninstall, None],
        kaspersky_installed.then_some("windows/kasperskylab.txt"),
        running,
    )
}

fn running(programs: &[&str]) -> Answer<Vec<String>> {
    Ok(programs.iter().map(|p| (*p).to_owned()).collect())
}

fn run(machine: &dyn System) -> ScanReport {
    let catalog = Catalog::embedded();
    let options = ScanOptions {
        command_timeout: Duration::from_millis(300),
    };
    scan(machine, catalog, now(), options)
}

/// Everything a person reads of this check in `lang`: the summary, the
/// `check` report and every export of a plan made from it, as one line.
fn everything(report: &ScanReport, lang: Lang) -> String {
    let mut model = common::model_at(now());
    for action in [
        Action::SetLanguage(Some(lang)),
        Action::ScanFinished(Arc::new(report.clone())),
        Action::SetRegion(Region::UnitedStates),
        Action::SetChoice(Choice::BuiltIn),
    ] {
        let _ = model.apply(action);
    }
    let advisory = Advisory::embedded().expect("advisory");
    let summary = summarize(report, model.coverage(), lang, now());
    let mut parts = vec![summary.headline, summary.next_step];
    parts.extend(summary.details);
    parts.push(check_text(report, &advisory, model.coverage(), lang, now()));
    let utc = FixedOffset::east_opt(0).expect("UTC");
    parts.extend(Format::ALL.iter().map(|f| model.export(*f, utc)));
    flat(&parts.join("\n").replace("\r\n ", ""))
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn text(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    flat(&lang.text(key, args))
}

fn named(name: &str) -> [(&'static str, Arg); 1] {
    [("name", Arg::from(name))]
}

/// A headline every reader gets, in every language, and where it is.
fn assert_headline(report: &ScanReport, key: &str, args: &[(&str, Arg)], tone: Tone) {
    for lang in Lang::ALL {
        let summary = summarize(report, avswitch::coverage::Coverage::Covered, lang, now());
        assert_eq!(flat(&summary.headline), text(lang, key, args), "{lang:?}");
        assert_eq!(summary.tone, tone, "{lang:?}");
        assert!(
            everything(report, lang).contains(&text(lang, key, args)),
            "{lang:?}: {key} is not in every text"
        );
    }
}

fn assert_nowhere(report: &ScanReport, key: &str, args: &[(&str, Arg)]) {
    for lang in Lang::ALL {
        assert!(
            !everything(report, lang).contains(&text(lang, key, args)),
            "{lang:?}: {key} must not be said"
        );
    }
}

fn assert_everywhere(report: &ScanReport, key: &str, args: &[(&str, Arg)]) {
    for lang in Lang::ALL {
        assert!(
            everything(report, lang).contains(&text(lang, key, args)),
            "{lang:?}: {key} is missing"
        );
    }
}

fn kaspersky(report: &ScanReport) -> &avswitch::detect::Finding {
    report
        .findings
        .iter()
        .find(|f| f.affected && f.kind == avswitch::detect::catalog::Kind::Antivirus)
        .expect("Kaspersky's anti-virus")
}

const DEFENDER: &str = "Microsoft Defender Antivirus";

#[test]
fn a_running_program_never_outranks_security_centers_expired_off_or_snoozed() {
    for (reported, sentence) in [
        (State::Expired, "summary-kaspersky-expired"),
        (State::Off, "summary-kaspersky-not-running"),
        (State::Snoozed, "summary-kaspersky-not-running"),
    ] {
        let machine = windows(
            Ok(vec![
                product("Kaspersky Standard", reported, SignatureStatus::OutOfDate),
                product("Windows Defender", State::Off, SignatureStatus::UpToDate),
            ]),
            true,
            running(&["explorer.exe", "avp.exe", "avpui.exe"]),
        );
        let report = run(&machine);
        assert_eq!(kaspersky(&report).state, reported, "{reported:?}");
        assert_headline(&report, "summary-nothing-protects", &[], Tone::Urgent);
        assert_everywhere(&report, sentence, &named("Kaspersky Standard"));
        assert_nowhere(
            &report,
            "summary-kaspersky-running",
            &named("Kaspersky Standard"),
        );
    }
}

#[test]
fn a_stale_duplicate_registration_loses_to_the_live_one() {
    // Security Center lists Kaspersky Standard twice: on (21.16) and off
    // (an old 21.3 entry).
    let report = run(&common::windows_with_kaspersky());
    assert_eq!(kaspersky(&report).state, State::On);
    assert_eq!(
        report
            .findings
            .iter()
            .filter(|f| f.id == Some(ProductId::Kaspersky))
            .count(),
        1,
        "one product, one record"
    );
    // Both entries are shown; the one set aside says so, in every language,
    // in `check` and in the JSON report.
    for lang in Lang::ALL {
        let aside = text(lang, "evidence-outranked", &[]);
        let advisory = Advisory::embedded().expect("advisory");
        let coverage = avswitch::coverage::Coverage::Covered;
        let said = flat(&check_text(&report, &advisory, coverage, lang, now()));
        assert_eq!(said.matches(&aside).count(), 1, "{lang:?}: {said}");
        let json = avswitch::report::check_json(&report, &advisory, coverage, lang, now());
        let doc: serde_json::Value = serde_json::from_str(&json).expect("json");
        let kaspersky = doc["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .find(|f| f["id"] == "kaspersky")
            .expect("Kaspersky");
        let set_aside: Vec<&serde_json::Value> = kaspersky["evidence"]
            .as_array()
            .expect("evidence")
            .iter()
            .filter(|e| {
                e["detail"]
                    .as_str()
                    .is_some_and(|d| flat(d).contains(&aside))
            })
            .collect();
        assert_eq!(set_aside.len(), 1, "{lang:?}");
        assert_eq!(set_aside[0]["observed"]["state"], "off");
    }
}

#[test]
fn never_updated_outranks_security_centers_out_of_date() {
    let never = "\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\KasperskyLab\\protected\\AVP21.16\\Data\r\n    LastSuccessfulUpdate    REG_DWORD    0xffffffff\r\n";
    let machine = windows(
        Ok(vec![product(
            "Kaspersky Free",
            State::On,
            SignatureStatus::OutOfDate,
        )]),
        false,
        running(&["explorer.exe", "avp.exe"]),
    )
    .with_registry(never);
    let report = run(&machine);
    let k = kaspersky(&report);
    assert_eq!(k.signatures.status, SignatureStatus::NeverUpdated);
    let machine = Machine::from_report(&report);
    assert_eq!(
        machine.kaspersky().map(|k| k.definitions),
        Some(Definitions::Never)
    );
    assert_headline(&report, "summary-nothing-protects", &[], Tone::Urgent);
    assert_everywhere(
        &report,
        "summary-kaspersky-running-never",
        &named("Kaspersky Free"),
    );
    assert_nowhere(&report, "summary-definitions-out-of-date", &[]);
}

/// Defender as a posted `wmic ... MSFT_MpComputerStatus get /format:list`
/// report gives it (`Name=Value` lines, CIM dates), read the way the WMI
/// adapter reads those fields.
fn defender_from_wmic_list(file: &str) -> DefenderStatus {
    let text = String::from_utf8_lossy(&common::fixture(file)).into_owned();
    let field = |name: &str| {
        text.lines()
            .filter_map(|line| line.trim().split_once('='))
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.trim().to_owned())
            .filter(|value| !value.is_empty())
    };
    let yes = |name: &str| field(name).map(|v| v.eq_ignore_ascii_case("true"));
    DefenderStatus {
        antivirus_enabled: yes("AntivirusEnabled"),
        real_time_protection: yes("RealTimeProtectionEnabled"),
        running_mode: field("AMRunningMode"),
        signatures_updated: field("AntivirusSignatureLastUpdated").and_then(|cim| {
            let (at, _) = cim.split_once('.')?;
            Some(
                NaiveDateTime::parse_from_str(at, "%Y%m%d%H%M%S")
                    .ok()?
                    .and_utc(),
            )
        }),
        signature_version: field("AntivirusSignatureVersion"),
    }
}

const SERVER_2022: &str = "windows/public/mpcomputerstatus-wmic-server2022-azure-normal.txt";

/// Public: a Windows Server 2022 without Security Center, Defender's report
/// as posted.
fn public_server_2022() -> FakeSystem {
    windows(
        Err(Unanswered::Unavailable("Invalid namespace".into())),
        false,
        running(&["explorer.exe", "MsMpEng.exe"]),
    )
    .with_defender(Ok(defender_from_wmic_list(SERVER_2022)))
}

#[test]
fn without_security_center_defenders_own_report_decides_and_its_age_leads() {
    // Public: a Windows Server 2022 (no Security Center) whose Defender
    // runs normally, with definitions from 11 March 2025.
    let status = defender_from_wmic_list(SERVER_2022);
    assert_eq!(status.running_mode.as_deref(), Some("Normal"));
    let updated = status.signatures_updated.expect("a date");
    let report = run(&public_server_2022());
    let defender = report
        .findings
        .iter()
        .find(|f| f.id == Some(ProductId::MicrosoftDefender))
        .expect("Defender");
    assert_eq!(defender.state, State::On);
    assert_eq!(defender.signatures.status, SignatureStatus::OutOfDate);
    for lang in Lang::ALL {
        let when = humanize::relative(lang, now(), updated);
        let args = [("name", Arg::from(DEFENDER)), ("when", Arg::from(when))];
        let summary = summarize(&report, avswitch::coverage::Coverage::Covered, lang, now());
        assert_eq!(
            flat(&summary.headline),
            text(lang, "summary-stale-since", &args)
        );
        assert!(everything(&report, lang).contains(&text(lang, "summary-stale-since", &args)));
    }
    assert_nowhere(&report, "summary-unknown", &[]);
    assert_nowhere(&report, "summary-nothing-protects", &[]);
}

#[test]
fn security_center_alone_is_a_registration_left_behind() {
    let listed = || {
        Ok(vec![
            product(
                "Kaspersky Internet Security",
                State::On,
                SignatureStatus::UpToDate,
            ),
            product("Windows Defender", State::On, SignatureStatus::UpToDate),
        ])
    };
    let report = run(&windows(listed(), false, running(&["explorer.exe"])));
    assert!(
        report.findings.iter().all(|f| !f.affected),
        "{:#?}",
        report.findings
    );
    let left: Vec<_> = report.leftovers.iter().map(|l| l.kind).collect();
    assert_eq!(left, [LeftoverKind::Registration]);
    assert_everywhere(&report, "check-leftover-registration", &[]);
    assert_everywhere(&report, "item-leftover-registration", &[]);
    assert_nowhere(&report, "item-uninstall-kaspersky-windows", &[]);
    // Defender protects, and it leads.
    assert_headline(
        &report,
        "summary-protected",
        &named(DEFENDER),
        Tone::Attention,
    );

    // A check that could not see the running programs cannot say that.
    let unseen = windows(
        listed(),
        false,
        Err(Unanswered::Denied("Access is denied.".into())),
    );
    let report = run(&unseen);
    assert!(report.leftovers.is_empty());
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.id == Some(ProductId::Kaspersky))
    );
}

#[test]
fn kaspersky_password_protection_seen_is_said_before_the_uninstall() {
    let password = "\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\KasperskyLab\\AVP21.16\\Settings\\PasswordProtectionSettings\r\n    OPEP    REG_BINARY    9F3A77C01D\r\n    PLogin    REG_SZ    KLAdmin\r\n";
    let report = run(&common::windows_with_kaspersky().with_registry(password));
    assert_eq!(kaspersky(&report).settings, [Setting::PasswordProtected]);
    assert_everywhere(
        &report,
        "summary-kaspersky-password",
        &named("Kaspersky Standard"),
    );
    for lang in Lang::ALL {
        let all = everything(&report, lang);
        let why = lang.text("item-uninstall-kaspersky-windows-password.step-1", &[]);
        assert!(all.contains(&flat(&why)), "{lang:?}");
        assert!(
            all.contains("OPEP"),
            "{lang:?}: the evidence names the value"
        );
    }

    // Not seen: a question in the steps, never a claim.
    let report = run(&common::windows_with_kaspersky());
    assert!(kaspersky(&report).settings.is_empty());
    assert_nowhere(
        &report,
        "summary-kaspersky-password",
        &named("Kaspersky Standard"),
    );
    assert_everywhere(&report, "item-uninstall-kaspersky-windows.step-3", &[]);
}

#[test]
fn defender_kept_off_by_a_policy_is_said_with_what_to_do() {
    let policy = "\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows Defender\r\n    DisableAntiSpyware    REG_DWORD    0x1\r\n";
    let off = DefenderStatus {
        antivirus_enabled: Some(false),
        running_mode: Some("Not running".into()),
        ..DefenderStatus::default()
    };
    let machine = windows(
        Ok(vec![product(
            "Windows Defender",
            State::Off,
            SignatureStatus::UpToDate,
        )]),
        false,
        running(&["explorer.exe"]),
    )
    .with_defender(Ok(off.clone()))
    .with_registry(policy);
    let report = run(&machine);
    let defender = report
        .findings
        .iter()
        .find(|f| f.id == Some(ProductId::MicrosoftDefender))
        .expect("Defender");
    assert_eq!(defender.settings, [Setting::OffByPolicy]);
    assert_headline(&report, "summary-nothing-protects", &[], Tone::Urgent);
    assert_everywhere(&report, "summary-defender-policy", &named(DEFENDER));
    assert_everywhere(&report, "item-confirm-defender-policy.step-2", &[]);
    assert_nowhere(&report, "item-confirm-defender.step-2", &[]);

    // The same Defender without the policy: the plain "click Turn on".
    let plain = windows(
        Ok(vec![product(
            "Windows Defender",
            State::Off,
            SignatureStatus::UpToDate,
        )]),
        false,
        running(&["explorer.exe"]),
    )
    .with_defender(Ok(off));
    let report = run(&plain);
    assert_everywhere(&report, "item-confirm-defender.step-2", &[]);
    assert_nowhere(&report, "summary-defender-policy", &named(DEFENDER));
}

/// Public: Defender's report on a computer with Kaspersky Standard
/// installed, as posted: not running, its anti-virus disabled, no date.
fn public_defender_not_running_beside_kaspersky() -> FakeSystem {
    let status = DefenderStatus {
        antivirus_enabled: Some(false),
        real_time_protection: None,
        running_mode: Some("Not running".into()),
        signatures_updated: None,
        signature_version: None,
    };
    windows(
        Err(Unanswered::Unavailable("Class not registered".into())),
        true,
        running(&["explorer.exe", "avp.exe"]),
    )
    .with_defender(Ok(status))
}

#[test]
fn defender_not_running_beside_kaspersky_as_posted() {
    // Public: Defender's report on a computer with Kaspersky Standard
    // installed, as posted: not running, its anti-virus disabled, no date.
    let posted = String::from_utf8_lossy(&common::fixture(
        "windows/public/mpcomputerstatus-kaspersky-standard-not-running-ru.txt",
    ))
    .into_owned();
    for line in [
        "AMRunningMode                    : Not running",
        "AntivirusEnabled                 : False",
        "AntivirusSignatureLastUpdated    :",
    ] {
        assert!(posted.contains(line), "{line}");
    }
    let report = run(&public_defender_not_running_beside_kaspersky());
    let defender = report
        .findings
        .iter()
        .find(|f| f.id == Some(ProductId::MicrosoftDefender))
        .expect("Defender");
    assert_eq!(defender.state, State::Off);
    // Kaspersky runs with two-year-old definitions, Defender is off, and
    // Security Center could not be asked: what could not be seen is said.
    assert_nowhere(&report, "summary-nothing-protects", &[]);
    for lang in Lang::ALL {
        let running = text(
            lang,
            "summary-kaspersky-running-stale",
            &named("Kaspersky Standard"),
        );
        let first = running
            .split([',', '，'])
            .next()
            .unwrap_or_default()
            .to_owned();
        assert!(
            everything(&report, lang).contains(&first),
            "{lang:?}: {first}"
        );
    }
}

#[test]
fn nothing_protecting_is_said_plainly_with_the_next_step() {
    let machine = windows(
        Ok(vec![product(
            "Windows Defender",
            State::Off,
            SignatureStatus::UpToDate,
        )]),
        false,
        running(&["explorer.exe"]),
    );
    let report = run(&machine);
    assert_headline(&report, "summary-nothing-protects", &[], Tone::Urgent);
    assert_everywhere(&report, "summary-turn-on-defender", &[]);
}

#[test]
fn a_failed_look_says_what_could_not_be_seen_never_a_false_alarm() {
    let machine = windows(
        Err(Unanswered::Failed("RPC server unavailable".into())),
        false,
        Err(Unanswered::Failed("snapshot failed".into())),
    );
    let report = run(&machine);
    assert_headline(&report, "summary-unknown", &[], Tone::Attention);
    assert_nowhere(&report, "summary-nothing-protects", &[]);
    assert_nowhere(&report, "summary-none", &[]);
    // "The details are below": every file lists the checks that could not
    // run, with why, under their own heading.
    let model = |lang| {
        let mut model = common::model_at(now());
        let _ = model.apply(Action::SetLanguage(Some(lang)));
        let _ = model.apply(Action::ScanFinished(Arc::new(report.clone())));
        model
    };
    let utc = FixedOffset::east_opt(0).expect("UTC");
    for lang in Lang::ALL {
        let files = Format::ALL.map(|format| (format, model(lang).export(format, utc)));
        for (format, file) in files {
            // A calendar folds its lines and escapes line breaks, commas
            // and semicolons.
            let file = file.replace("\r\n ", "").replace("\\n", " ");
            let file = flat(&file.replace("\\,", ",").replace("\\;", ";"));
            for failure in &report.failures {
                let probe = text(lang, failure.probe, &[]);
                assert!(file.contains(&probe), "{lang:?} {format:?}: {probe}");
            }
            if format != Format::Json {
                let heading = text(lang, "check-failures", &[]);
                assert!(file.contains(&heading), "{lang:?} {format:?}: {heading}");
            }
        }
        assert!(everything(&report, lang).contains(&text(lang, "summary-incomplete", &[])));
    }
}

/// What `avswitch check` exits with follows the verdict and who the ban
/// covers.
#[test]
fn the_check_status_follows_the_verdict_and_the_coverage() {
    use avswitch::coverage::Coverage;
    use avswitch::report::CheckStatus;
    let current = common::report_of(
        avswitch::detect::Os::Windows,
        vec![common::finding(
            "kaspersky",
            "Kaspersky Standard",
            State::On,
            1,
        )],
    );
    assert_eq!(
        CheckStatus::of(&current, Coverage::Covered),
        CheckStatus::KasperskyCovered
    );
    assert_eq!(
        CheckStatus::of(&current, Coverage::NotCovered),
        CheckStatus::Protected
    );
    let stale = common::report_of(
        avswitch::detect::Os::Windows,
        vec![common::finding(
            "kaspersky",
            "Kaspersky Standard",
            State::On,
            790,
        )],
    );
    assert_eq!(
        CheckStatus::of(&stale, Coverage::NotCovered),
        CheckStatus::NotProtected
    );
    assert_eq!(CheckStatus::NotProtected as u8, 3);
    assert_eq!(CheckStatus::KasperskyCovered as u8, 4);
    assert_eq!(CheckStatus::CouldNotTell as u8, 5);
}

/// The public machines are kept in `tests/machines/` as `avswitch check
/// --record` writes them: each replays to what its machine gives now, and
/// to the verdict its posted output shows. After a change to a Windows
/// probe, record them again with `UPDATE_MACHINES=1 cargo test --test verdict`.
#[test]
fn the_public_machines_are_kept_as_recordings() {
    let machines = [
        (
            "windows-server-2022-public",
            public_server_2022(),
            CaseName::Stale,
        ),
        (
            "windows-kaspersky-defender-not-running-public",
            public_defender_not_running_beside_kaspersky(),
            CaseName::Kaspersky,
        ),
    ];
    for (name, machine, case) in machines {
        let folder = common::project(&format!("tests/machines/{name}"));
        let recorder = RecordingSystem::new(machine);
        let recorded = run(&recorder);
        if std::env::var_os("UPDATE_MACHINES").is_some() {
            let _ = std::fs::remove_dir_all(&folder);
            recorder.save(&folder).expect("recorded");
        }
        let replay = ReplaySystem::open(&folder).unwrap_or_else(|e| panic!("{name}: {e}"));
        let replayed = run(&replay);
        assert_eq!(replayed.findings, recorded.findings, "{name}");
        assert_eq!(replayed.failures, recorded.failures, "{name}");
        assert_eq!(replayed.leftovers, recorded.leftovers, "{name}");
        assert_eq!(Verdict::of(&replayed).case.name(), case, "{name}");
        assert_eq!(recorder.programs_run(), 0, "{name}: no program is started");
    }
}
