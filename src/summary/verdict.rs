//! What a check says of this computer, decided once and in one order: what
//! protects it comes first, then what else is there. No words here: the
//! summary puts a verdict into words for each reader, and the JSON report
//! carries it as it is.

use serde::Serialize;

use crate::detect::catalog::Kind;
use crate::detect::{Finding, Os, Protection, ScanReport, Setting, SignatureStatus, State};

/// The check's verdict: the case it is, and what is said beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict<'a> {
    pub os: Os,
    pub case: Case<'a>,
    /// Seen beside the case, each said after it, in this order.
    pub notes: Vec<Note<'a>>,
}

/// The case, in the order of the questions asked: is Kaspersky's own
/// anti-virus protecting; is any Kaspersky program here; did UltraAV
/// replace it; what protects; what was seen that does not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Case<'a> {
    /// Kaspersky's anti-virus is on, its definitions not known to be stale;
    /// `stale`: another anti-virus that is on with stale definitions.
    KasperskyProtecting {
        kaspersky: &'a Finding,
        stale: Option<&'a Finding>,
    },
    /// Kaspersky's programs are here and none protects the computer.
    Kaspersky {
        /// Its anti-virus, in the state the order of evidence gave it.
        antivirus: Option<&'a Finding>,
        /// Every Kaspersky program here, its anti-virus among them.
        programs: Vec<&'a Finding>,
        protection: Standing<'a>,
    },
    /// UltraAV, installed in Kaspersky's place, does not protect, and
    /// every look that could tell ran.
    ReplacementIdle {
        replacement: &'a Finding,
    },
    /// UltraAV is here and protects, or whether it does is not known.
    Replacement {
        replacement: &'a Finding,
    },
    Protected {
        by: &'a Finding,
    },
    /// An anti-virus is on, but its definitions are stale.
    Stale {
        stale: &'a Finding,
        unknown: bool,
    },
    /// A look that could tell did not run, and nothing seen protects.
    Unknown {
        seen: Option<&'a Finding>,
    },
    /// An anti-virus is here but not on.
    Idle {
        idle: &'a Finding,
    },
    /// No anti-virus at all, and every look ran.
    NoneFound,
}

/// What protects the computer beside Kaspersky's programs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing<'a> {
    By(&'a Finding),
    /// Nothing, and every look that could tell ran; `stale`: an anti-virus
    /// that is on with stale definitions.
    Nothing {
        stale: Option<&'a Finding>,
    },
    Unknown {
        stale: Option<&'a Finding>,
    },
}

/// Something seen that changes what to do, said after the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note<'a> {
    /// What protects has no virus definitions at all.
    NoDefinitions(&'a Finding),
    /// Kaspersky's uninstall password is on (FACTS F38).
    PasswordProtected(&'a Finding),
    /// A policy setting may keep it off (FACTS F41).
    KeptOffByPolicy(&'a Finding),
    /// An employer or its IT manages this Kaspersky.
    Managed(&'a Finding),
    /// Removed programs left things behind.
    LeftBehind,
    /// Some parts of the check could not run.
    Incomplete,
}

/// The case's name in the JSON report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseName {
    KasperskyProtecting,
    Kaspersky,
    ReplacementIdle,
    Replacement,
    Protected,
    Stale,
    Unknown,
    Idle,
    NoneFound,
}

impl Case<'_> {
    pub fn name(&self) -> CaseName {
        match self {
            Case::KasperskyProtecting { .. } => CaseName::KasperskyProtecting,
            Case::Kaspersky { .. } => CaseName::Kaspersky,
            Case::ReplacementIdle { .. } => CaseName::ReplacementIdle,
            Case::Replacement { .. } => CaseName::Replacement,
            Case::Protected { .. } => CaseName::Protected,
            Case::Stale { .. } => CaseName::Stale,
            Case::Unknown { .. } => CaseName::Unknown,
            Case::Idle { .. } => CaseName::Idle,
            Case::NoneFound => CaseName::NoneFound,
        }
    }
}

impl<'a> Verdict<'a> {
    /// Decides the verdict of `report`, by what protects the computer
    /// (`ScanReport::protection`, the order of evidence).
    pub fn of(report: &'a ScanReport) -> Self {
        let findings = &report.findings;
        let protection = report.protection();
        // What protects, when it is not Kaspersky's own.
        let protector = protection.by().filter(|p| !p.affected);
        let unknown = protection == Protection::Unknown;
        // On, but with definitions too old to protect against anything new.
        let stale = findings
            .iter()
            .find(|f| f.is_active_antivirus() && !f.affected && f.signatures.status.is_stale());
        let kaspersky_av = findings
            .iter()
            .find(|f| f.affected && f.kind == Kind::Antivirus);
        let programs: Vec<&Finding> = findings.iter().filter(|f| f.affected).collect();
        let replacement = findings.iter().find(|f| f.auto_replacement);
        let antivirus = || findings.iter().find(|f| f.kind == Kind::Antivirus);
        let case = if let Some(kaspersky) = kaspersky_av.filter(|k| k.is_protecting()) {
            Case::KasperskyProtecting { kaspersky, stale }
        } else if !programs.is_empty() {
            let protection = match (protector, unknown) {
                (Some(by), _) => Standing::By(by),
                (None, true) => Standing::Unknown { stale },
                (None, false) => Standing::Nothing { stale },
            };
            Case::Kaspersky {
                antivirus: kaspersky_av,
                programs,
                protection,
            }
        } else if let Some(r) = replacement.filter(|r| !r.is_protecting() && !unknown) {
            Case::ReplacementIdle { replacement: r }
        } else if let Some(replacement) = replacement {
            Case::Replacement { replacement }
        } else if let Some(by) = protector {
            Case::Protected { by }
        } else if let Some(stale) = stale {
            Case::Stale { stale, unknown }
        } else if unknown {
            Case::Unknown { seen: antivirus() }
        } else if let Some(idle) = antivirus() {
            Case::Idle { idle }
        } else {
            Case::NoneFound
        };
        let mut notes = Vec::new();
        notes.extend(
            protector
                .filter(|p| p.signatures.status == SignatureStatus::Missing)
                .map(Note::NoDefinitions),
        );
        notes.extend(
            kaspersky_av
                .filter(|k| k.settings.contains(&Setting::PasswordProtected))
                .map(Note::PasswordProtected),
        );
        notes.extend(
            findings
                .iter()
                .find(|f| f.state != State::On && f.settings.contains(&Setting::OffByPolicy))
                .map(Note::KeptOffByPolicy),
        );
        notes.extend(
            findings
                .iter()
                .find(|f| f.affected && f.managed)
                .map(Note::Managed),
        );
        if !report.leftovers.is_empty() {
            notes.push(Note::LeftBehind);
        }
        if !report.failures.is_empty() {
            notes.push(Note::Incomplete);
        }
        Verdict {
            os: report.os,
            case,
            notes,
        }
    }
}
