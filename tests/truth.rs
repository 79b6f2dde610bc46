//! No page contradicts what the check found or who the ban covers: every
//! combination of system, findings, coverage and choice is rendered as the
//! window's summary and Deadlines headline, every export format and the
//! `check` report, in every language, and read for sentences that must not
//! be there.

use std::sync::Arc;

use avswitch::advisory::Advisory;
use avswitch::coverage::{Coverage, Region, UsPerson};
use avswitch::detect::probe::Evidence;
use avswitch::detect::{Leftover, LeftoverKind, ProbeFailure, Protection, ScanReport, State};
use avswitch::detect::{Os, ProductId};
use avswitch::export::Format;
use avswitch::i18n::{Lang, Msg};
use avswitch::model::{Action, Model};
use avswitch::report::check_text;
use avswitch::situation::Choice;
use avswitch::summary::{kaspersky_updates, summarize};
use avswitch::t;
use chrono::{DateTime, FixedOffset, Utc};
use common::finding;

mod common;

fn now() -> DateTime<Utc> {
    common::fixed_now()
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Found {
    Nothing,
    KasperskyStale,
    KasperskyYesterday,
    KasperskyOff,
    /// Security Center says its licence ended while avp.exe runs.
    KasperskyExpired,
    /// Only Security Center still lists it: a registration left behind.
    Registration,
    UltraAv,
    OtherCurrent,
    OtherStale,
}

/// The non-Kaspersky anti-virus each system typically has.
fn other(os: Os) -> (&'static str, &'static str) {
    match os {
        Os::Windows => ("bitdefender", "Bitdefender"),
        Os::MacOs => ("xprotect", "XProtect"),
        _ => ("clamav", "ClamAV"),
    }
}

fn report(os: Os, found: Found) -> ScanReport {
    let (id, name) = other(os);
    let findings = match found {
        Found::Nothing => vec![],
        Found::KasperskyStale => vec![finding("kaspersky", "Kaspersky Standard", State::On, 790)],
        Found::KasperskyYesterday => vec![finding("kaspersky", "Kaspersky Standard", State::On, 1)],
        Found::KasperskyOff => vec![finding("kaspersky", "Kaspersky Standard", State::Off, 790)],
        Found::KasperskyExpired => {
            vec![finding(
                "kaspersky",
                "Kaspersky Standard",
                State::Expired,
                790,
            )]
        }
        Found::Registration => {
            let mut report = common::report_of(os, vec![]);
            report.leftovers.push(Leftover {
                kind: LeftoverKind::Registration,
                product: ProductId::Kaspersky,
                evidence: Evidence::RegistrationLeftBehind {
                    name: "Kaspersky Internet Security".into(),
                },
            });
            return report;
        }
        Found::UltraAv => vec![finding("ultraav", "UltraAV", State::On, 1)],
        Found::OtherCurrent => vec![finding(id, name, State::On, 1)],
        Found::OtherStale => vec![finding(id, name, State::Installed, 700)],
    };
    common::report_of(os, findings)
}

fn answer(model: &mut Model, coverage: Coverage) {
    let answers: &[Action] = match coverage {
        Coverage::Covered => &[Action::SetRegion(Region::UnitedStates)],
        Coverage::NotCovered => &[
            Action::SetRegion(Region::Elsewhere),
            Action::SetUsPerson(UsPerson::No),
        ],
        Coverage::Unknown => &[],
    };
    for action in answers {
        let _ = model.apply(action.clone());
    }
    assert_eq!(model.coverage(), coverage);
}

/// Everything a person can read about this situation, in one text.
fn everything(model: &Model, report: &ScanReport, advisory: &Advisory) -> String {
    let (lang, coverage) = (model.lang(), model.coverage());
    let summary = summarize(report, coverage, lang, now());
    let standing = advisory.standing(lang, now(), coverage, None);
    let mut parts = vec![
        summary.headline,
        summary.next_step,
        standing.headline,
        standing.next,
    ];
    parts.extend(summary.details);
    parts.extend(kaspersky_updates(report, coverage, lang, now()).map(|(line, _)| line));
    parts.push(check_text(report, advisory, coverage, lang, now()));
    let utc = FixedOffset::east_opt(0).expect("UTC");
    parts.extend(Format::ALL.iter().map(|f| model.export(*f, utc)));
    // Line breaks and calendar folding must not hide a sentence.
    parts
        .join("\n")
        .replace("\r\n ", "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn flat(text: String) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn no_rendered_text_contradicts_a_finding_or_the_coverage() {
    let advisory = Arc::new(Advisory::embedded().expect("advisory"));
    let mut cells = 0;
    for lang in Lang::ALL {
        let no_updates = [
            "plan-updates-covered",
            "summary-kaspersky-running-next",
            "machine-kaspersky-out-of-date",
        ]
        .map(|key| flat(lang.text(key, &[])));
        let consequences: Vec<String> = [
            "flag-affected",
            "flag-affected-if-covered",
            "plan-updates-covered",
            "plan-updates-covered-current",
            "plan-updates-unknown",
            "summary-kaspersky-running-next",
            "summary-kaspersky-running-current-next",
            "machine-kaspersky-may-stop",
        ]
        .iter()
        .map(|key| flat(lang.text(key, &[])))
        .chain([flat(
            advisory
                .standing(lang, now(), Coverage::Covered, None)
                .headline,
        )])
        .collect();
        let running = flat(t!(
            lang,
            "summary-kaspersky-running",
            name = "Kaspersky Standard"
        ));
        let uninstall = flat(lang.text("item-uninstall-kaspersky-windows", &[]));
        let nothing_to_uninstall = flat(lang.text("item-leftover-registration", &[]));
        let nothing = flat(lang.text("summary-nothing-protects", &[]));
        for os in [Os::Windows, Os::MacOs, Os::Linux] {
            for found in [
                Found::Nothing,
                Found::KasperskyStale,
                Found::KasperskyYesterday,
                Found::KasperskyOff,
                Found::KasperskyExpired,
                Found::Registration,
                Found::UltraAv,
                Found::OtherCurrent,
                Found::OtherStale,
            ] {
                for coverage in Coverage::ALL {
                    for choice in [
                        None,
                        Some(Choice::BuiltIn),
                        Some(Choice::Product(ProductId::Bitdefender)),
                    ] {
                        let report = report(os, found);
                        let mut model = common::model_at(now());
                        let _ = model.apply(Action::SetLanguage(Some(lang)));
                        let _ = model.apply(Action::ScanFinished(Arc::new(report.clone())));
                        if let Some(choice) = choice.clone() {
                            let _ = model.apply(Action::SetChoice(choice));
                        }
                        answer(&mut model, coverage);
                        let text = everything(&model, &report, &advisory);
                        let cell = format!("{lang:?} {os:?} {found:?} {coverage:?} {choice:?}");
                        cells += 1;

                        if found == Found::KasperskyYesterday {
                            for said in &no_updates {
                                assert!(
                                    !text.contains(said.as_str()),
                                    "{cell}: \"{said}\" beside yesterday's update"
                                );
                            }
                        }
                        if coverage == Coverage::NotCovered {
                            for said in &consequences {
                                assert!(
                                    !text.contains(said.as_str()),
                                    "{cell}: told a person not covered \"{said}\""
                                );
                            }
                        }
                        let kaspersky_found = matches!(
                            found,
                            Found::KasperskyStale
                                | Found::KasperskyYesterday
                                | Found::KasperskyOff
                                | Found::KasperskyExpired
                        );
                        // Only what runs is said to run.
                        if matches!(found, Found::KasperskyOff | Found::KasperskyExpired) {
                            assert!(!text.contains(&running), "{cell}: said to run");
                        }
                        // A registration left behind is never a program to uninstall.
                        if found == Found::Registration {
                            assert!(
                                !text.contains(&uninstall),
                                "{cell}: uninstall a registration"
                            );
                            assert!(text.contains(&nothing_to_uninstall), "{cell}");
                        }
                        // What protects leads; nothing protecting is said plainly.
                        match report.protection() {
                            Protection::Nothing if os != Os::Linux => {
                                assert!(text.contains(&nothing), "{cell}: nothing protects");
                            }
                            Protection::By(_) => {
                                assert!(!text.contains(&nothing), "{cell}: a false alarm");
                            }
                            _ => {}
                        }
                        if !kaspersky_found {
                            assert!(
                                !text.contains("Kaspersky Standard"),
                                "{cell}: a Kaspersky product nobody found"
                            );
                        }
                        let (other_id, other_name) = other(os);
                        let other_found = matches!(found, Found::OtherCurrent | Found::OtherStale);
                        if other_found && other_id == "clamav" && choice == Some(Choice::BuiltIn) {
                            let install = flat(lang.text("item-install-clamav", &[]));
                            assert!(
                                !text.contains(&install),
                                "{cell}: install an installed ClamAV"
                            );
                        }
                        if other_found && other_id == "bitdefender" && choice.is_some() {
                            let install =
                                flat(t!(lang, "item-install-replacement", name = other_name));
                            assert!(
                                !text.contains(&install),
                                "{cell}: install an installed {other_name}"
                            );
                        }
                    }
                }
            }
        }
    }
    assert_eq!(cells, 3 * 3 * 9 * 3 * Lang::ALL.len());
}

/// A check that could not look never says nothing is there: with the
/// probes that tell what protects the computer failed and nothing found,
/// no text says no anti-virus or no program was found.
#[test]
fn a_check_that_could_not_look_never_says_nothing_is_there() {
    let advisory = Arc::new(Advisory::embedded().expect("advisory"));
    for lang in Lang::ALL {
        let nothing: Vec<String> = [
            "summary-none",
            "summary-none-linux",
            "summary-nothing-protects",
            "report-nothing-found",
        ]
        .iter()
        .map(|key| flat(lang.text(key, &[])))
        .collect();
        for (os, probe) in [
            (Os::Windows, "probe-security-center"),
            (Os::MacOs, "probe-xprotect"),
            (Os::Linux, "probe-services"),
        ] {
            let mut report = report(os, Found::Nothing);
            report.failures.push(ProbeFailure {
                probe,
                reason: Msg::of("failure-denied"),
                protection: true,
            });
            assert!(report.protection_unknown());
            let mut model = common::model_at(now());
            let _ = model.apply(Action::SetLanguage(Some(lang)));
            let _ = model.apply(Action::ScanFinished(Arc::new(report.clone())));
            answer(&mut model, Coverage::Covered);
            let text = everything(&model, &report, &advisory);
            for said in &nothing {
                assert!(
                    !text.contains(said.as_str()),
                    "{lang:?} {os:?}: \"{said}\" after a check that could not look"
                );
            }
        }
    }
}
