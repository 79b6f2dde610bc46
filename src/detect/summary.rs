//! A scan in plain words: one headline, a few details, and always a next step.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::catalog::Kind;
use super::system::Os;
use super::{Finding, ScanReport, SignatureStatus, State};
use crate::humanize;

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
    pub facts: Vec<&'static str>,
}

pub fn summarize(report: &ScanReport, now: DateTime<Utc>) -> Summary {
    let findings = &report.findings;
    let protector = findings
        .iter()
        .find(|f| f.is_active_antivirus() && !f.affected);
    let kaspersky_av = findings
        .iter()
        .find(|f| f.affected && matches!(f.kind, Kind::Antivirus));
    let kaspersky_any: Vec<&Finding> = findings.iter().filter(|f| f.affected).collect();
    let replacement = findings.iter().find(|f| f.auto_replacement);

    let mut details = Vec::new();
    let summary = if let Some(k) = kaspersky_av.filter(|k| k.state == State::On) {
        if let Some(age) = definitions_age(k, now) {
            details.push(age);
        }
        Summary {
            facts: vec!["F4"],
            tone: Tone::Attention,
            headline: format!("{} is installed and running on this computer.", k.name),
            details: Vec::new(),
            next_step: "Kaspersky gets no more updates in the United States. The next steps help you choose a replacement and remove Kaspersky without leaving this computer unprotected.".to_owned(),
        }
    } else if let Some(first) = kaspersky_any.first() {
        let names = kaspersky_any
            .iter()
            .map(|f| f.name.as_str())
            .collect::<Vec<_>>();
        let headline = match (kaspersky_any.len(), first.state) {
            (1, State::Off | State::Snoozed | State::Expired) => {
                format!(
                    "{} is installed on this computer, but it is not running.",
                    first.name
                )
            }
            (1, _) => format!("{} is on this computer.", first.name),
            _ => format!(
                "These Kaspersky programs are on this computer: {}.",
                join_names(&names)
            ),
        };
        match protector {
            Some(p) => Summary {
                facts: Vec::new(),
                tone: Tone::Attention,
                headline,
                details: Vec::new(),
                next_step: format!(
                    "{} is protecting this computer. The checklist shows how to remove the Kaspersky programs safely.",
                    p.name
                ),
            },
            None => Summary {
                facts: Vec::new(),
                tone: Tone::Urgent,
                headline,
                details: vec![
                    "No anti-virus is actively protecting this computer right now.".to_owned(),
                ],
                next_step: format!(
                    "{} Then follow the checklist to remove Kaspersky.",
                    turn_on_built_in(report.os)
                ),
            },
        }
    } else if let Some(r) = replacement {
        Summary {
            facts: vec!["F13", "F14"],
            tone: Tone::Attention,
            headline: format!("{} is on this computer. It was installed in place of Kaspersky for many U.S. customers in September 2024, without a separate step asking them.", r.name),
            details: Vec::new(),
            next_step: "You can keep it or switch to something else: the Choose step explains both. If you remove it, use its own uninstaller.".to_owned(),
        }
    } else if let Some(p) = protector {
        if let Some(age) = definitions_age(p, now) {
            details.push(age);
        }
        let tone = if p.signatures.status == SignatureStatus::OutOfDate {
            Tone::Attention
        } else {
            Tone::Good
        };
        Summary {
            facts: Vec::new(),
            tone,
            headline: format!("No Kaspersky program was found. {} is protecting this computer.", p.name),
            details: Vec::new(),
            next_step: "Continue to the deadlines to see what the ban means for your other devices, then make your checklist.".to_owned(),
        }
    } else if let Some(idle) = findings.iter().find(|f| f.kind == Kind::Antivirus) {
        if let Some(age) = definitions_age(idle, now) {
            details.push(age);
        }
        let linux = report.os == Os::Linux;
        Summary {
            facts: Vec::new(),
            tone: if linux { Tone::Attention } else { Tone::Urgent },
            headline: format!(
                "No Kaspersky program was found. {} is installed, but it does not seem to be protecting this computer right now.",
                idle.name
            ),
            details: Vec::new(),
            next_step: if linux {
                format!(
                    "If you rely on {}, make sure it runs and keeps its virus definitions up to date. The Choose step has more.",
                    idle.name
                )
            } else if idle.built_in {
                turn_on_built_in(report.os).to_owned()
            } else {
                format!(
                    "Turn {} on, or {}",
                    idle.name,
                    humanize::lower_first(turn_on_built_in(report.os))
                )
            },
        }
    } else if report.os == Os::Linux {
        Summary {
            facts: Vec::new(),
            tone: Tone::Attention,
            headline: "No Kaspersky program and no anti-virus were found on this computer.".to_owned(),
            details: Vec::new(),
            next_step: "Many Linux home computers run without anti-virus. If you want one, ClamAV is free; the Choose step has more.".to_owned(),
        }
    } else {
        Summary {
            facts: Vec::new(),
            tone: Tone::Urgent,
            headline: "No active anti-virus was found on this computer.".to_owned(),
            details: Vec::new(),
            next_step: turn_on_built_in(report.os).to_owned(),
        }
    };

    let mut summary = summary;
    summary.details.splice(0..0, details);
    if let Some(p) = protector.filter(|p| p.signatures.status == SignatureStatus::Missing) {
        summary.details.push(format!(
            "{} has no virus definitions yet, so it cannot recognize threats.",
            p.name
        ));
    }
    if !report.failures.is_empty() {
        summary.details.push(
            "Some checks could not run, so this result may be incomplete. The details are below."
                .to_owned(),
        );
    }
    summary
}

fn definitions_age(f: &Finding, now: DateTime<Utc>) -> Option<String> {
    match (f.signatures.status, f.signatures.last_update) {
        (SignatureStatus::OutOfDate, Some(at)) => Some(format!(
            "Its virus definitions are out of date: the last update was {}.",
            humanize::relative(now, at)
        )),
        (SignatureStatus::OutOfDate, None) => {
            Some("Its virus definitions are out of date.".to_owned())
        }
        (SignatureStatus::Missing, _) => Some("It has no virus definitions.".to_owned()),
        _ => None,
    }
}

fn turn_on_built_in(os: Os) -> &'static str {
    match os {
        Os::Windows => {
            "Open Windows Security and turn on Microsoft Defender Antivirus: it is built into Windows and free."
        }
        Os::MacOs => {
            "Keep macOS up to date: its built-in protection, XProtect, is updated with it."
        }
        _ => "Install an anti-virus you trust; the Choose step helps.",
    }
}

fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::{ProbeFailure, Signatures};

    fn now() -> DateTime<Utc> {
        "2026-11-28T12:00:00Z".parse().expect("now")
    }

    fn finding(id: &str, name: &str, state: State) -> Finding {
        Finding {
            id: id.to_owned(),
            name: name.to_owned(),
            vendor: String::new(),
            kind: Kind::Antivirus,
            state,
            version: None,
            signatures: Signatures {
                status: SignatureStatus::UpToDate,
                last_update: None,
                version: None,
            },
            affected: id.starts_with("kaspersky"),
            auto_replacement: id == "ultraav",
            built_in: id == "microsoft-defender",
            evidence: Vec::new(),
        }
    }

    fn report(findings: Vec<Finding>) -> ScanReport {
        ScanReport {
            os: Os::Windows,
            scanned_at: now(),
            findings,
            failures: Vec::new(),
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
            now(),
        );
        assert_eq!(summary.tone, Tone::Attention);
        assert_eq!(
            summary.headline,
            "Kaspersky Plus is installed on this computer, but it is not running."
        );
        assert!(
            summary
                .next_step
                .starts_with("Microsoft Defender Antivirus is protecting this computer.")
        );
    }

    #[test]
    fn kaspersky_off_and_nothing_else_is_urgent_with_a_next_step() {
        let summary = summarize(
            &report(vec![finding("kaspersky", "Kaspersky Plus", State::Expired)]),
            now(),
        );
        assert_eq!(summary.tone, Tone::Urgent);
        assert_eq!(
            summary.details,
            ["No anti-virus is actively protecting this computer right now."]
        );
        assert!(
            summary
                .next_step
                .starts_with("Open Windows Security and turn on Microsoft Defender Antivirus")
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
        let summary = summarize(&report(vec![kpm, vpn]), now());
        assert_eq!(
            summary.headline,
            "These Kaspersky programs are on this computer: Kaspersky Password Manager and Kaspersky VPN."
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
            probe: "Running programs".into(),
            reason: "x".into(),
        });
        let summary = summarize(&r, now());
        assert_eq!(
            summary.details.last().map(String::as_str),
            Some(
                "Some checks could not run, so this result may be incomplete. The details are below."
            )
        );
    }
}
