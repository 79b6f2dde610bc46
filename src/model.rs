//! The wizard's state and the actions that change it. No GUI code: the views
//! in `ui` read a `Model` and return `Action`s, which `Model::apply` carries out.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::advisory::Advisory;
use crate::detect::ScanReport;

/// The wizard's pages, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    Welcome,
    Check,
    Deadlines,
    Choose,
    Checklist,
    Export,
}

impl Step {
    pub const ALL: [Step; 6] = [
        Step::Welcome,
        Step::Check,
        Step::Deadlines,
        Step::Choose,
        Step::Checklist,
        Step::Export,
    ];

    /// Short name for the step indicator.
    pub fn name(self) -> &'static str {
        match self {
            Step::Welcome => "Welcome",
            Step::Check => "Check",
            Step::Deadlines => "Deadlines",
            Step::Choose => "Choose",
            Step::Checklist => "Checklist",
            Step::Export => "Export",
        }
    }

    /// The page's heading.
    pub fn title(self) -> &'static str {
        match self {
            Step::Welcome => "Welcome to AV Switch",
            Step::Check => "Check this computer",
            Step::Deadlines => "The deadlines, and where today stands",
            Step::Choose => "Choose a replacement",
            Step::Checklist => "Your checklist",
            Step::Export => "Save, print or share your plan",
        }
    }

    /// Position counted from 1, for "Step 3 of 6".
    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.number()).copied()
    }

    pub fn prev(self) -> Option<Step> {
        self.number()
            .checked_sub(2)
            .and_then(|i| Step::ALL.get(i))
            .copied()
    }
}

/// What a view (or a finished background job) asks the model to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Next,
    Back,
    GoTo(Step),
    /// Check this computer (again).
    StartScan,
    ScanFinished(Arc<ScanReport>),
    SetDevice(Device, bool),
    SetCompanion(Companion, bool),
    SetRenewal(Renewal),
}

/// Work the app must do outside the model, off the UI thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use]
pub enum Effect {
    RunScan,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScanStatus {
    NotStarted,
    Running,
    Done(Arc<ScanReport>),
}

/// Other devices that may have Kaspersky: a scan of this one can't know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Device {
    Android,
    Iphone,
    Mac,
    WindowsPc,
}

impl Device {
    pub const ALL: [Device; 4] = [
        Device::Android,
        Device::Iphone,
        Device::Mac,
        Device::WindowsPc,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Device::Android => "An Android phone or tablet",
            Device::Iphone => "An iPhone or iPad",
            Device::Mac => "A Mac",
            Device::WindowsPc => "Another Windows PC",
        }
    }
}

/// Kaspersky's companion apps, which need replacing too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Companion {
    PasswordManager,
    Vpn,
    SafeKids,
}

impl Companion {
    pub const ALL: [Companion; 3] = [
        Companion::PasswordManager,
        Companion::Vpn,
        Companion::SafeKids,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Companion::PasswordManager => "Kaspersky Password Manager",
            Companion::Vpn => "Kaspersky VPN Secure Connection",
            Companion::SafeKids => "Kaspersky Safe Kids",
        }
    }

    /// The catalog product a scan finds it as.
    pub fn product_id(self) -> &'static str {
        match self {
            Companion::PasswordManager => "kaspersky-password-manager",
            Companion::Vpn => "kaspersky-vpn",
            Companion::SafeKids => "kaspersky-safe-kids",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Renewal {
    Yes,
    No,
    NotSure,
}

impl Renewal {
    pub const ALL: [Renewal; 3] = [Renewal::Yes, Renewal::No, Renewal::NotSure];

    pub fn label(self) -> &'static str {
        match self {
            Renewal::Yes => "Yes",
            Renewal::No => "No",
            Renewal::NotSure => "Not sure",
        }
    }
}

/// What the person told us. `None` means not answered yet.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    #[serde(default)]
    pub devices: Vec<Device>,
    /// Explicit answers; unanswered companions follow the scan.
    #[serde(default)]
    pub companions: Vec<(Companion, bool)>,
    #[serde(default)]
    pub auto_renewal: Option<Renewal>,
}

pub struct Model {
    pub advisory: Arc<Advisory>,
    pub step: Step,
    pub scan: ScanStatus,
    pub answers: Answers,
    /// Steps the person has opened at least once.
    visited: [bool; Step::ALL.len()],
    /// The current time, set by the app before each frame; never read from
    /// the system clock inside the model.
    pub now: DateTime<Utc>,
}

impl Model {
    pub fn new(advisory: Arc<Advisory>, now: DateTime<Utc>) -> Self {
        let mut model = Self {
            advisory,
            step: Step::Welcome,
            scan: ScanStatus::NotStarted,
            answers: Answers::default(),
            visited: [false; Step::ALL.len()],
            now,
        };
        let _welcome_has_no_effect = model.go_to(Step::Welcome);
        model
    }

    pub fn apply(&mut self, action: Action) -> Option<Effect> {
        match action {
            Action::Next => self.step.next().and_then(|step| self.go_to(step)),
            Action::Back => self.step.prev().and_then(|step| self.go_to(step)),
            Action::GoTo(step) => self.go_to(step),
            Action::StartScan => self.start_scan(),
            Action::ScanFinished(report) => {
                self.scan = ScanStatus::Done(report);
                None
            }
            Action::SetDevice(device, has) => {
                self.answers.devices.retain(|d| *d != device);
                if has {
                    self.answers.devices.push(device);
                }
                None
            }
            Action::SetCompanion(companion, uses) => {
                self.answers.companions.retain(|(c, _)| *c != companion);
                self.answers.companions.push((companion, uses));
                None
            }
            Action::SetRenewal(renewal) => {
                self.answers.auto_renewal = Some(renewal);
                None
            }
        }
    }

    pub fn visited(&self, step: Step) -> bool {
        self.visited[step.number() - 1]
    }

    pub fn report(&self) -> Option<&ScanReport> {
        match &self.scan {
            ScanStatus::Done(report) => Some(report),
            _ => None,
        }
    }

    pub fn has_device(&self, device: Device) -> bool {
        self.answers.devices.contains(&device)
    }

    /// Whether the person uses a companion app: their answer, or else
    /// whether the scan found it.
    pub fn uses(&self, companion: Companion) -> bool {
        self.answers
            .companions
            .iter()
            .find(|(c, _)| *c == companion)
            .map(|(_, uses)| *uses)
            .unwrap_or_else(|| {
                self.report()
                    .is_some_and(|r| r.findings.iter().any(|f| f.id == companion.product_id()))
            })
    }

    /// The Check step checks by itself the first time it opens.
    fn go_to(&mut self, step: Step) -> Option<Effect> {
        self.step = step;
        self.visited[step.number() - 1] = true;
        (step == Step::Check && self.scan == ScanStatus::NotStarted)
            .then(|| self.start_scan())
            .flatten()
    }

    /// A second start while one runs is refused.
    fn start_scan(&mut self) -> Option<Effect> {
        if self.scan == ScanStatus::Running {
            return None;
        }
        self.scan = ScanStatus::Running;
        Some(Effect::RunScan)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model() -> Model {
        let advisory = Arc::new(Advisory::embedded().expect("advisory"));
        Model::new(advisory, "2026-11-28T12:00:00Z".parse().expect("now"))
    }

    #[test]
    fn steps_walk_in_order_both_ways() {
        assert_eq!(Step::Welcome.prev(), None);
        assert_eq!(Step::Export.next(), None);
        let forward: Vec<Step> = std::iter::successors(Some(Step::Welcome), |s| s.next()).collect();
        assert_eq!(forward, Step::ALL);
        let back: Vec<Step> = std::iter::successors(Some(Step::Export), |s| s.prev()).collect();
        assert_eq!(back.into_iter().rev().collect::<Vec<_>>(), Step::ALL);
        assert_eq!(Step::Deadlines.number(), 3);
    }

    #[test]
    fn navigation_marks_visited_and_stops_at_the_ends() {
        let mut m = model();
        assert!(m.visited(Step::Welcome));
        assert!(!m.visited(Step::Check));
        assert_eq!(m.apply(Action::Back), None);
        assert_eq!(m.step, Step::Welcome);
        assert_eq!(
            m.apply(Action::Next),
            Some(Effect::RunScan),
            "Check scans on first visit"
        );
        assert_eq!(m.apply(Action::Next), None);
        assert_eq!(m.step, Step::Deadlines);
        assert!(m.visited(Step::Check));
        assert_eq!(m.apply(Action::GoTo(Step::Export)), None);
        assert_eq!(m.apply(Action::Next), None);
        assert_eq!(m.step, Step::Export);
        assert!(!m.visited(Step::Choose));
    }

    fn report(ids: &[&str]) -> Arc<ScanReport> {
        use crate::detect::catalog::Kind;
        use crate::detect::system::Os;
        use crate::detect::{Finding, SignatureStatus, Signatures, State};
        let findings = ids
            .iter()
            .map(|id| Finding {
                id: (*id).to_owned(),
                name: (*id).to_owned(),
                vendor: "Kaspersky".to_owned(),
                kind: Kind::PasswordManager,
                state: State::Installed,
                version: None,
                signatures: Signatures {
                    status: SignatureStatus::Unknown,
                    last_update: None,
                    version: None,
                },
                affected: true,
                auto_replacement: false,
                built_in: false,
                evidence: Vec::new(),
            })
            .collect();
        Arc::new(ScanReport {
            os: Os::Windows,
            scanned_at: "2026-11-28T12:00:00Z".parse().expect("now"),
            findings,
            failures: Vec::new(),
            elapsed_ms: 1,
        })
    }

    #[test]
    fn a_running_scan_refuses_a_second_start_and_returns_to_the_check_only_once() {
        let mut m = model();
        assert_eq!(m.apply(Action::GoTo(Step::Check)), Some(Effect::RunScan));
        assert_eq!(m.apply(Action::StartScan), None, "already running");
        assert_eq!(m.apply(Action::ScanFinished(report(&[]))), None);
        assert_eq!(m.apply(Action::GoTo(Step::Welcome)), None);
        assert_eq!(
            m.apply(Action::GoTo(Step::Check)),
            None,
            "no automatic second scan"
        );
        assert_eq!(
            m.apply(Action::StartScan),
            Some(Effect::RunScan),
            "Check again"
        );
        assert_eq!(m.scan, ScanStatus::Running);
    }

    #[test]
    fn companions_follow_the_scan_until_answered() {
        let mut m = model();
        assert!(!m.uses(Companion::PasswordManager));
        let _ = m.apply(Action::ScanFinished(report(&[
            "kaspersky-password-manager",
        ])));
        assert!(m.uses(Companion::PasswordManager));
        assert!(!m.uses(Companion::Vpn));
        let _ = m.apply(Action::SetCompanion(Companion::PasswordManager, false));
        assert!(
            !m.uses(Companion::PasswordManager),
            "the answer wins over the scan"
        );
        let _ = m.apply(Action::SetCompanion(Companion::Vpn, true));
        assert!(m.uses(Companion::Vpn));
        assert_eq!(m.answers.companions.len(), 2);
    }

    #[test]
    fn devices_and_renewal_answers() {
        let mut m = model();
        let _ = m.apply(Action::SetDevice(Device::Android, true));
        let _ = m.apply(Action::SetDevice(Device::Android, true));
        assert_eq!(m.answers.devices, [Device::Android]);
        let _ = m.apply(Action::SetDevice(Device::Android, false));
        assert!(!m.has_device(Device::Android));
        let _ = m.apply(Action::SetRenewal(Renewal::NotSure));
        assert_eq!(m.answers.auto_renewal, Some(Renewal::NotSure));
    }
}
