//! A scan in plain words: one headline, a few details, and always a next step.

use chrono::{DateTime, Utc};
use serde::Serialize;

mod verdict;

pub use verdict::{Case, CaseName, Note, Standing, Verdict};

use crate::coverage::Coverage;
use crate::detect::catalog::Kind;
use crate::detect::{Finding, Os, ScanReport, SignatureStatus, State};
use crate::fact_id::FactId;
use crate::humanize;
use crate::i18n::Lang;
use crate::t;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    Good,
    Attention,
    Urgent,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub tone: Tone,
    pub headline: String,
    pub details: Vec<String>,
    pub next_step: String,
    /// The advisory's facts the wording rests on, so their sources can be shown.
    pub facts: Vec<FactId>,
}

/// The scan in words for this person: its verdict (`Verdict::of`) put
/// into words, the ban's consequences only where `coverage` makes them
/// theirs, and what the scan saw of Kaspersky's updates before any general
/// statement about them.
pub fn summarize(
    report: &ScanReport,
    coverage: Coverage,
    lang: Lang,
    now: DateTime<Utc>,
) -> Summary {
    word(Verdict::of(report), coverage, lang, now)
}

/// `verdict` in words for a reader whom the ban covers as `coverage` says.
pub fn word(verdict: Verdict, coverage: Coverage, lang: Lang, now: DateTime<Utc>) -> Summary {
    let os = verdict.os;
    let summary = |tone, headline, next_step| Summary {
        tone,
        headline,
        details: Vec::new(),
        next_step,
        facts: Vec::new(),
    };
    // Nothing protects, and every look that could tell ran: said first,
    // plainly, with what was seen below it.
    let nothing = |seen: Vec<String>, next_step| Summary {
        details: seen,
        ..summary(
            Tone::Urgent,
            t!(lang, "summary-nothing-protects"),
            next_step,
        )
    };

    let mut summary = match verdict.case {
        Case::KasperskyProtecting {
            kaspersky: k,
            stale,
        } => {
            let mut details: Vec<String> = definitions_age(k, lang, now).into_iter().collect();
            let current = k.signatures.status == SignatureStatus::UpToDate;
            if let (true, Some(at)) = (current, k.signatures.last_update) {
                let when = humanize::relative(lang, now, at);
                details.push(t!(lang, "summary-definitions-recent", when = when));
            }
            // "Running" is never read as "current" where no date was seen.
            if k.signatures.status == SignatureStatus::Unknown {
                details.push(t!(lang, "summary-definitions-unknown"));
            }
            details.extend(stale_words(stale, lang, now));
            let (tone, next, facts) = kaspersky_running_next(k, coverage, lang);
            Summary {
                details,
                facts: facts.to_vec(),
                ..summary(
                    tone,
                    t!(lang, "summary-kaspersky-running", name = &k.name),
                    next,
                )
            }
        }
        Case::Kaspersky {
            antivirus,
            programs,
            protection,
        } => kaspersky_here(antivirus, &programs, protection, os, coverage, lang, now),
        Case::ReplacementIdle { replacement: r } => {
            let mut seen = vec![t!(lang, "summary-replacement", name = &r.name)];
            seen.extend(not_protecting(r, lang, now));
            Summary {
                facts: FactId::SWAP.to_vec(),
                ..nothing(
                    seen,
                    t!(
                        lang,
                        "summary-idle-next",
                        name = &r.name,
                        turn_on = humanize::lower_first(&turn_on_built_in(os, lang))
                    ),
                )
            }
        }
        Case::Replacement { replacement: r } => {
            let installed = t!(lang, "summary-replacement", name = &r.name);
            // What protects leads; how it came to be here follows.
            let (headline, details) = if r.is_protecting() {
                let protects = t!(lang, "summary-protects", name = &r.name);
                (protects, vec![installed])
            } else {
                (installed, Vec::new())
            };
            Summary {
                details,
                facts: FactId::SWAP.to_vec(),
                ..summary(
                    Tone::Attention,
                    headline,
                    t!(lang, "summary-replacement-next"),
                )
            }
        }
        Case::Protected { by: p } => Summary {
            details: definitions_age(p, lang, now).into_iter().collect(),
            ..summary(
                Tone::Good,
                t!(lang, "summary-protected", name = &p.name),
                t!(lang, "summary-protected-next"),
            )
        },
        Case::Stale { stale: s, unknown } => {
            let next_step = t!(lang, "summary-stale-next", name = &s.name);
            if unknown {
                // What was seen leads; what could not be seen follows.
                Summary {
                    details: vec![t!(lang, "summary-unknown-detail", system = os.name(lang))],
                    ..summary(Tone::Attention, stale_headline(s, lang, now), next_step)
                }
            } else {
                nothing(stale_words(Some(s), lang, now), next_step)
            }
        }
        Case::Unknown { seen } => Summary {
            details: seen
                .map(|f| not_protecting(f, lang, now))
                .unwrap_or_default(),
            ..summary(
                Tone::Attention,
                t!(lang, "summary-unknown"),
                look_in_security_settings(os, lang),
            )
        },
        Case::Idle { idle } => {
            let linux = os == Os::Linux;
            let next_step = if linux {
                t!(lang, "summary-idle-next-linux", name = &idle.name)
            } else if idle.built_in {
                turn_on_built_in(os, lang)
            } else {
                t!(
                    lang,
                    "summary-idle-next",
                    name = &idle.name,
                    turn_on = humanize::lower_first(&turn_on_built_in(os, lang))
                )
            };
            let headline = if idle.state == State::Expired {
                t!(lang, "summary-idle-expired", name = &idle.name)
            } else {
                t!(lang, "summary-idle", name = &idle.name)
            };
            let age = definitions_age(idle, lang, now);
            if linux {
                // Many Linux home computers run without anti-virus: a calm word.
                Summary {
                    details: age.into_iter().collect(),
                    ..summary(Tone::Attention, headline, next_step)
                }
            } else {
                nothing(std::iter::once(headline).chain(age).collect(), next_step)
            }
        }
        Case::NoneFound if os == Os::Linux => summary(
            Tone::Attention,
            t!(lang, "summary-none-linux"),
            t!(lang, "summary-none-linux-next"),
        ),
        Case::NoneFound => nothing(vec![t!(lang, "summary-none")], turn_on_built_in(os, lang)),
    };

    for note in verdict.notes {
        match note {
            Note::NoDefinitions(p) => {
                let said = t!(lang, "summary-no-definitions", name = &p.name);
                summary.details.push(said);
            }
            Note::PasswordProtected(k) => {
                let said = t!(lang, "summary-kaspersky-password", name = &k.name);
                summary.details.push(said);
            }
            Note::KeptOffByPolicy(d) => {
                let said = t!(lang, "summary-defender-policy", name = &d.name);
                summary.details.push(said);
            }
            Note::Managed(m) => {
                let said = t!(lang, "summary-managed", name = &m.name);
                summary.details.push(said);
                summary.next_step = t!(lang, "summary-managed-next");
            }
            Note::LeftBehind => {
                summary.details.push(t!(lang, "summary-left-behind"));
                // Never a green all-clear beside a list of what was left behind.
                if summary.tone == Tone::Good {
                    summary.tone = Tone::Attention;
                }
            }
            Note::Incomplete => summary.details.push(t!(lang, "summary-incomplete")),
        }
    }
    summary
}

/// Kaspersky's programs are here and none protects: its anti-virus told by
/// its state, the most telling first, its other programs named after it,
/// then what protects instead, or that nothing does.
fn kaspersky_here(
    kaspersky_av: Option<&Finding>,
    programs: &[&Finding],
    protection: Standing,
    os: Os,
    coverage: Coverage,
    lang: Lang,
    now: DateTime<Utc>,
) -> Summary {
    let running = kaspersky_av.filter(|k| k.state == State::On);
    let names: Vec<&str> = programs.iter().map(|f| f.name.as_str()).collect();
    let several = (names.len() > 1).then(|| {
        t!(
            lang,
            "summary-kaspersky-several",
            names = humanize::list_and(lang, &names)
        )
    });
    let (present, others) = match kaspersky_av.map(|k| (k, k.state)) {
        // Running, but not protecting: both in one sentence, so "on" never
        // stands beside "nothing protects" unexplained.
        Some((k, State::On)) => (running_stale(k, lang, now), several),
        Some((k, State::Expired)) => (
            t!(lang, "summary-kaspersky-expired", name = &k.name),
            several,
        ),
        Some((k, State::Off | State::Snoozed)) => (
            t!(lang, "summary-kaspersky-not-running", name = &k.name),
            several,
        ),
        _ => match (several, programs.first()) {
            (Some(several), _) => (several, None),
            (None, first) => (
                t!(
                    lang,
                    "summary-kaspersky-present",
                    name = first.map_or("", |f| f.name.as_str())
                ),
                None,
            ),
        },
    };
    // Said in the running sentence itself when it runs.
    let age = kaspersky_av
        .filter(|k| k.state != State::On)
        .and_then(|k| definitions_age(k, lang, now));
    // Running, but its definitions are stale: what to do depends on whether
    // the ban covers the reader, as for a current one.
    let running_next = running.map(|k| kaspersky_running_next(k, coverage, lang));
    let facts = running_next
        .as_ref()
        .map_or(&[][..], |(_, _, facts)| facts)
        .to_vec();
    let unknown = matches!(protection, Standing::Unknown { .. });
    let unprotected_next = match kaspersky_av.filter(|_| coverage == Coverage::NotCovered) {
        _ if let Some((_, next, _)) = running_next => next,
        Some(k) => t!(
            lang,
            "summary-kaspersky-unprotected-not-covered-next",
            name = &k.name
        ),
        None if kaspersky_av.is_some() => t!(lang, "summary-kaspersky-unprotected-next"),
        None if unknown => look_in_security_settings(os, lang),
        None => turn_on_built_in(os, lang),
    };
    // Kaspersky's other programs, then its definitions' age.
    let also: Vec<String> = others.into_iter().chain(age).collect();
    let summary = |tone, headline, details, next_step| Summary {
        tone,
        headline,
        details,
        next_step,
        facts: Vec::new(),
    };
    match protection {
        Standing::By(p) => summary(
            Tone::Attention,
            format!("{} {present}", t!(lang, "summary-protects", name = &p.name)),
            also,
            if coverage == Coverage::NotCovered {
                t!(lang, "summary-kaspersky-remove-not-covered-next")
            } else {
                t!(lang, "summary-kaspersky-remove-next")
            },
        ),
        Standing::Unknown { stale } => {
            let mut details = also;
            details.extend(unknown_details(os, stale, lang, now));
            Summary {
                facts,
                ..summary(Tone::Attention, present, details, unprotected_next)
            }
        }
        Standing::Nothing { stale } => {
            let mut seen = vec![present];
            seen.extend(also);
            seen.extend(stale_words(stale, lang, now));
            Summary {
                facts,
                ..summary(
                    Tone::Urgent,
                    t!(lang, "summary-nothing-protects"),
                    seen,
                    unprotected_next,
                )
            }
        }
    }
}

/// Kaspersky's anti-virus runs but does not protect: its definitions are
/// stale ("last updated 2 years ago"), missing or never updated.
fn running_stale(k: &Finding, lang: Lang, now: DateTime<Utc>) -> String {
    match (k.signatures.status, k.signatures.last_update) {
        (SignatureStatus::OutOfDate, Some(at)) => t!(
            lang,
            "summary-kaspersky-running-stale-since",
            name = &k.name,
            when = humanize::relative(lang, now, at)
        ),
        (SignatureStatus::NeverUpdated, _) => {
            t!(lang, "summary-kaspersky-running-never", name = &k.name)
        }
        _ => t!(lang, "summary-kaspersky-running-stale", name = &k.name),
    }
}

/// What to do about Kaspersky's running anti-virus `k`, and the facts it
/// rests on: the ban's consequences only for a reader it covers.
fn kaspersky_running_next(
    k: &Finding,
    coverage: Coverage,
    lang: Lang,
) -> (Tone, String, &'static [FactId]) {
    let current = k.signatures.status == SignatureStatus::UpToDate;
    match (coverage, current) {
        (Coverage::Covered, false) => (
            Tone::Attention,
            t!(lang, "summary-kaspersky-running-next"),
            &[FactId::F4],
        ),
        (Coverage::Covered, true) => (
            Tone::Attention,
            t!(lang, "summary-kaspersky-running-current-next"),
            &[FactId::F4, FactId::F25],
        ),
        (Coverage::Unknown, _) => (
            Tone::Attention,
            t!(lang, "summary-kaspersky-running-unknown-next"),
            &[FactId::F21, FactId::F22],
        ),
        (Coverage::NotCovered, true) => (
            Tone::Good,
            t!(lang, "summary-kaspersky-running-not-covered-next"),
            &[FactId::F21, FactId::F22],
        ),
        (Coverage::NotCovered, false) => (
            Tone::Attention,
            t!(lang, "summary-kaspersky-update-next", name = &k.name),
            &[],
        ),
    }
}

/// Why an anti-virus that was seen does not protect: the state it is in,
/// or, when it is on, its stale definitions; with their age.
fn not_protecting(f: &Finding, lang: Lang, now: DateTime<Utc>) -> Vec<String> {
    if f.state == State::On {
        return stale_words(Some(f), lang, now);
    }
    let state = lang.text(f.state.words_key(), &[]);
    std::iter::once(t!(
        lang,
        "summary-not-protecting",
        name = &f.name,
        state = state
    ))
    .chain(definitions_age(f, lang, now))
    .collect()
}

/// An anti-virus that is on with stale definitions, with their age.
fn stale_words(stale: Option<&Finding>, lang: Lang, now: DateTime<Utc>) -> Vec<String> {
    stale
        .map(|s| {
            std::iter::once(t!(lang, "summary-stale", name = &s.name))
                .chain(definitions_age(s, lang, now))
                .collect()
        })
        .unwrap_or_default()
}

/// "X is on, but its definitions were last updated 2 years ago": the age
/// in the headline itself, where it is known.
fn stale_headline(s: &Finding, lang: Lang, now: DateTime<Utc>) -> String {
    match (s.signatures.status, s.signatures.last_update) {
        (SignatureStatus::OutOfDate, Some(at)) => t!(
            lang,
            "summary-stale-since",
            name = &s.name,
            when = humanize::relative(lang, now, at)
        ),
        _ => t!(lang, "summary-stale", name = &s.name),
    }
}

/// Why no anti-virus is named as protecting while a look failed: the one
/// that is on has stale definitions, or the check could not see.
fn unknown_details(os: Os, stale: Option<&Finding>, lang: Lang, now: DateTime<Utc>) -> Vec<String> {
    match stale {
        Some(_) => stale_words(stale, lang, now),
        None => vec![t!(lang, "summary-unknown-detail", system = os.name(lang))],
    }
}

/// Where the person can see for themselves what protects the computer.
fn look_in_security_settings(os: Os, lang: Lang) -> String {
    match os {
        Os::Windows => t!(lang, "summary-unknown-next-windows"),
        Os::MacOs => t!(lang, "summary-unknown-next-mac"),
        _ => t!(lang, "summary-unknown-next-linux"),
    }
}

/// What this computer's check saw of Kaspersky's own updates, for the
/// Deadlines page: the evidence beside the rule, worded for this person.
pub fn kaspersky_updates(
    report: &ScanReport,
    coverage: Coverage,
    lang: Lang,
    now: DateTime<Utc>,
) -> Option<(String, Vec<FactId>)> {
    let k = report
        .findings
        .iter()
        .find(|f| f.affected && f.kind == Kind::Antivirus)?;
    let at = k.signatures.last_update?;
    let mut line = t!(
        lang,
        "machine-kaspersky-updated",
        name = &k.name,
        when = humanize::relative(lang, now, at)
    );
    let current = k.signatures.status == SignatureStatus::UpToDate;
    let (more, facts): (Option<&str>, &[FactId]) = match (current, coverage) {
        (false, _) => (Some("machine-kaspersky-out-of-date"), &[]),
        (true, Coverage::Covered) => (Some("machine-kaspersky-may-stop"), &[FactId::F25]),
        (true, Coverage::Unknown) => (Some("machine-kaspersky-may-stop-unknown"), &[FactId::F21]),
        (true, Coverage::NotCovered) => (None, &[]),
    };
    if let Some(key) = more {
        line = humanize::sentences(lang, &line, &lang.text(key, &[]));
    }
    Some((line, facts.to_vec()))
}

fn definitions_age(f: &Finding, lang: Lang, now: DateTime<Utc>) -> Option<String> {
    match (f.signatures.status, f.signatures.last_update) {
        (SignatureStatus::OutOfDate, Some(at)) => Some(t!(
            lang,
            "summary-definitions-old",
            when = humanize::relative(lang, now, at)
        )),
        (SignatureStatus::OutOfDate, None) => Some(t!(lang, "summary-definitions-out-of-date")),
        (SignatureStatus::Missing, _) => Some(t!(lang, "summary-definitions-missing")),
        (SignatureStatus::NeverUpdated, _) => Some(t!(lang, "summary-definitions-never")),
        _ => None,
    }
}

fn turn_on_built_in(os: Os, lang: Lang) -> String {
    match os {
        Os::Windows => t!(lang, "summary-turn-on-defender"),
        Os::MacOs => t!(lang, "summary-update-macos"),
        _ => t!(lang, "summary-install-antivirus"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::{ProbeFailure, Setting, Signatures};
    use crate::i18n::Msg;

    fn now() -> DateTime<Utc> {
        "2026-11-28T12:00:00Z".parse().expect("now")
    }

    fn finding(id: &str, name: &str, state: State) -> Finding {
        Finding {
            id: crate::detect::ProductId::from_name(id),
            name: name.to_owned(),
            vendor: String::new(),
            kind: Kind::Antivirus,
            state,
            decided_by: None,
            version: None,
            signatures: Signatures {
                status: SignatureStatus::UpToDate,
                last_update: None,
                version: None,
            },
            affected: id.starts_with("kaspersky"),
            auto_replacement: id == "ultraav",
            built_in: id == "microsoft-defender",
            managed: false,
            uninstaller: None,
            packages: Vec::new(),
            settings: Vec::new(),
            evidence: Vec::new(),
        }
    }

    fn report(findings: Vec<Finding>) -> ScanReport {
        ScanReport {
            os: Os::Windows,
            scanned_at: now(),
            findings,
            failures: Vec::new(),
            leftovers: Vec::new(),
            region: None,
            windows: None,
            package_manager: None,
            probe_ms: Vec::new(),
            elapsed_ms: 1,
        }
    }

    #[test]
    fn kaspersky_installed_but_off_while_defender_protects() {
        let summary = summarize(
            &report(vec![
                finding("kaspersky", "Kaspersky Plus", State::Off),
                finding(
                    "microsoft-defender",
                    "Microsoft Defender Antivirus",
                    State::On,
                ),
            ]),
            Coverage::Covered,
            Lang::En,
            now(),
        );
        assert_eq!(summary.tone, Tone::Attention);
        // What protects leads; what else is there follows.
        assert_eq!(
            summary.headline,
            "Microsoft Defender Antivirus is protecting this computer. \
             Kaspersky Plus is installed on this computer, but it is not running."
        );
        assert_eq!(
            summary.next_step,
            "The checklist shows how to remove the Kaspersky programs safely."
        );
    }

    #[test]
    fn kaspersky_off_and_nothing_else_is_urgent_with_a_next_step() {
        let summary = summarize(
            &report(vec![finding("kaspersky", "Kaspersky Plus", State::Expired)]),
            Coverage::Covered,
            Lang::En,
            now(),
        );
        assert_eq!(summary.tone, Tone::Urgent);
        assert_eq!(
            summary.headline,
            "Nothing is protecting this computer right now."
        );
        assert_eq!(
            summary.details,
            [
                "Kaspersky Plus is on this computer, but its licence has ended: \
                 it no longer protects this computer."
            ]
        );
        assert!(
            summary
                .next_step
                .starts_with("The checklist takes you through it in a safe order")
        );
    }

    #[test]
    fn no_kaspersky_and_protected_is_good_news() {
        let summary = summarize(
            &report(vec![finding(
                "microsoft-defender",
                "Microsoft Defender Antivirus",
                State::On,
            )]),
            Coverage::Covered,
            Lang::En,
            now(),
        );
        assert_eq!(summary.tone, Tone::Good);
        assert_eq!(
            summary.headline,
            "No Kaspersky program was found. Microsoft Defender Antivirus is protecting this computer."
        );
        assert!(summary.facts.is_empty());
    }

    #[test]
    fn several_kaspersky_programs_are_named_together() {
        let mut vpn = finding("kaspersky-vpn", "Kaspersky VPN", State::Installed);
        vpn.kind = Kind::Vpn;
        let mut kpm = finding(
            "kaspersky-password-manager",
            "Kaspersky Password Manager",
            State::Installed,
        );
        kpm.kind = Kind::PasswordManager;
        let summary = summarize(&report(vec![kpm, vpn]), Coverage::Covered, Lang::En, now());
        // No anti-virus at all: that leads, then what is there.
        assert_eq!(
            summary.headline,
            "Nothing is protecting this computer right now."
        );
        assert_eq!(
            summary.details.first().map(String::as_str),
            Some(
                "These Kaspersky programs are on this computer: \
                 Kaspersky Password Manager and Kaspersky VPN."
            )
        );
    }

    #[test]
    fn a_failed_check_is_mentioned() {
        let mut r = report(vec![finding(
            "microsoft-defender",
            "Microsoft Defender Antivirus",
            State::On,
        )]);
        r.failures.push(ProbeFailure {
            probe: "probe-running-programs",
            reason: Msg::of("failure-stopped-unexpectedly"),
            protection: true,
        });
        let summary = summarize(&r, Coverage::Covered, Lang::En, now());
        assert_eq!(
            summary.details.last().map(String::as_str),
            Some(
                "Some checks could not run, so this result may be incomplete. The details are below."
            )
        );
    }

    #[test]
    fn kaspersky_running_without_a_date_and_another_stale_are_both_said() {
        let mut k = finding(
            "kaspersky-endpoint-linux",
            "Kaspersky Endpoint Security",
            State::On,
        );
        k.signatures.status = SignatureStatus::Unknown;
        let mut clam = finding("clamav", "ClamAV", State::On);
        clam.signatures.status = SignatureStatus::OutOfDate;
        let r = report(vec![k, clam]);
        let summary = summarize(&r, Coverage::NotCovered, Lang::En, now());
        assert_eq!(
            summary.headline,
            "Kaspersky Endpoint Security is installed and running on this computer."
        );
        assert!(
            summary
                .details
                .contains(&t!(Lang::En, "summary-definitions-unknown")),
            "{:?}",
            summary.details
        );
        assert!(
            summary
                .details
                .iter()
                .any(|d| d.starts_with("ClamAV is on, but")),
            "{:?}",
            summary.details
        );
    }

    /// One case per question of the verdict's order, each decided by what
    /// the check saw and never by its words.
    #[test]
    fn each_case_of_the_verdict_comes_from_what_was_seen() {
        let defender = || {
            finding(
                "microsoft-defender",
                "Microsoft Defender Antivirus",
                State::On,
            )
        };
        let kaspersky = |state| finding("kaspersky", "Kaspersky Plus", state);
        let stale = |mut f: Finding| {
            f.signatures.status = SignatureStatus::OutOfDate;
            f
        };
        let failed = |mut r: ScanReport| {
            r.failures.push(ProbeFailure {
                probe: "probe-security-center",
                reason: Msg::of("failure-stopped-unexpectedly"),
                protection: true,
            });
            r
        };
        let cases = [
            (
                report(vec![kaspersky(State::On)]),
                CaseName::KasperskyProtecting,
            ),
            (
                report(vec![stale(kaspersky(State::On))]),
                CaseName::Kaspersky,
            ),
            (
                report(vec![kaspersky(State::Expired), defender()]),
                CaseName::Kaspersky,
            ),
            (
                report(vec![finding("ultraav", "UltraAV", State::Off)]),
                CaseName::ReplacementIdle,
            ),
            (
                failed(report(vec![finding("ultraav", "UltraAV", State::Off)])),
                CaseName::Replacement,
            ),
            (report(vec![defender()]), CaseName::Protected),
            (report(vec![stale(defender())]), CaseName::Stale),
            (failed(report(vec![])), CaseName::Unknown),
            (
                report(vec![finding("avast", "Avast", State::Snoozed)]),
                CaseName::Idle,
            ),
            (report(vec![]), CaseName::NoneFound),
        ];
        for (at, (r, case)) in cases.iter().enumerate() {
            assert_eq!(Verdict::of(r).case.name(), *case, "case {at}");
        }
        let Case::Kaspersky { protection, .. } = Verdict::of(&cases[2].0).case else {
            panic!("Kaspersky's case");
        };
        assert!(matches!(protection, Standing::By(f) if f.name == "Microsoft Defender Antivirus"));
        let Case::Kaspersky { protection, .. } = Verdict::of(&cases[1].0).case else {
            panic!("Kaspersky's case");
        };
        assert_eq!(protection, Standing::Nothing { stale: None });
    }

    #[test]
    fn what_changes_what_to_do_is_noted_in_one_order() {
        let mut k = finding("kaspersky", "Kaspersky Plus", State::Off);
        k.settings.push(Setting::PasswordProtected);
        k.managed = true;
        let mut d = finding(
            "microsoft-defender",
            "Microsoft Defender Antivirus",
            State::Off,
        );
        d.settings.push(Setting::OffByPolicy);
        let r = report(vec![k, d]);
        let notes: Vec<&str> = Verdict::of(&r)
            .notes
            .iter()
            .map(|note| match note {
                Note::PasswordProtected(f) | Note::KeptOffByPolicy(f) | Note::Managed(f) => {
                    f.name.as_str()
                }
                _ => "other",
            })
            .collect();
        assert_eq!(
            notes,
            [
                "Kaspersky Plus",
                "Microsoft Defender Antivirus",
                "Kaspersky Plus"
            ]
        );
    }
}
