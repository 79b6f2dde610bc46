//! The wizard's state and the actions that change it. No GUI code: the views
//! in `ui` read a `Model` and return `Action`s, which `Model::apply` carries out.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};

use crate::advisory::Advisory;
use crate::coverage::{Coverage, Region, UsPerson};
use crate::detect::Os;
use crate::detect::ScanReport;
use crate::detect::catalog::Catalog;
use crate::export::{self, Document, Format};
use crate::i18n::{Lang, Msg};
use crate::plan::{self, ItemId, Plan};
use crate::situation::{
    Answers, Choice, Companion, Device, Renewal, Seen, Situation, Windows10Dates, built_in_name,
};
pub use crate::step::Step;
use crate::store::{Display, Progress, ThemeChoice};
use crate::t;

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
    SetRegion(Region),
    SetUsPerson(UsPerson),
    SetChoice(Choice),
    /// Tick or untick a checklist item, by its stable id.
    Tick(ItemId, bool),
    SetFinishBy(Option<NaiveDate>),
    /// Ask before clearing everything.
    AskStartOver,
    CancelStartOver,
    StartOver,
    /// Something the person should read once (a damaged file, a failed save).
    Notice(Msg),
    DismissNotice,
    /// Open a system page, web page or file the person clicked.
    Open(String),
    /// Start a program's own uninstaller (its uninstall entry's command);
    /// `warn` asks first, once, when nothing else would protect meanwhile.
    Uninstall {
        command: String,
        warn: bool,
    },
    ConfirmUninstall,
    CancelUninstall,
    /// Put a command on the clipboard, for the person to run themselves.
    CopyCommand(String),
    /// The window became the active one again: the person may have done
    /// something elsewhere.
    WindowActive,
    SelectFormat(Format),
    /// Save the plan in the selected format (asks where, in a dialog).
    SaveExport,
    ExportDone(ExportStatus),
    /// The person confirmed replacing the read-only file they picked.
    ReplaceReadOnly,
    CopyExport,
    PrintExport,
    SetTheme(ThemeChoice),
    /// Text and controls larger or smaller, in percent; 100 is normal.
    SetTextSize(u16),
    /// A language for the window and exports; `None` follows the system.
    SetLanguage(Option<Lang>),
    /// The window cannot draw Chinese: no font on this computer has its
    /// letters. It is shown in English, saying so in both.
    NoChineseFont,
}

pub const MIN_TEXT_SIZE: u16 = 75;
pub const MAX_TEXT_SIZE: u16 = 250;

/// Work the app must do outside the model.
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use]
pub enum Effect {
    /// Check this computer, on a worker thread.
    RunScan,
    /// Open a link, system page or file with the system's handler.
    Open(String),
    /// Start an uninstaller, as its uninstall entry names it.
    Launch(String),
    /// Put text on the clipboard.
    Copy(String),
    /// Ask where to save the export, then write it (off the UI thread).
    SaveExport(Format),
    /// Write the export over the read-only file the person chose to replace.
    ReplaceExport(Format, std::path::PathBuf),
    /// Put the export, as plain text, on the clipboard.
    CopyExport,
    /// Write the printable page to the private folder and open it (off
    /// the window's thread).
    PrintExport,
}

/// Where the Export step stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportStatus {
    Idle,
    /// The save dialog is open; a second one is refused.
    Saving,
    /// A file is being written, off the window's thread (the printable
    /// page, or a read-only file the person chose to replace).
    Writing,
    Saved {
        path: std::path::PathBuf,
        /// Said when the file went somewhere the person did not pick.
        note: Option<Msg>,
    },
    Copied,
    /// The printable page opened in the web browser.
    Printing(std::path::PathBuf),
    /// The printable page is written but no program opened it: `note`
    /// says where it is and what to do.
    PrintSaved {
        path: std::path::PathBuf,
        note: Msg,
    },
    Failed(Msg),
    /// The chosen file is read-only: replace it only if the person says so.
    AskReplace(std::path::PathBuf),
}

impl ExportStatus {
    /// A save window is open or a file is being written: a second save or
    /// print waits for it.
    pub fn busy(&self) -> bool {
        matches!(self, ExportStatus::Saving | ExportStatus::Writing)
    }
}

/// Counts of what screen readers are told as it happens.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct News {
    pub notices: u64,
    pub exports: u64,
    pub checks: u64,
    pub copies: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScanStatus {
    NotStarted,
    Running,
    Done(Arc<ScanReport>),
}

pub struct Model {
    pub advisory: Arc<Advisory>,
    pub catalog: &'static Catalog,
    pub step: Step,
    pub scan: ScanStatus,
    pub answers: Answers,
    pub choice: Option<Choice>,
    /// Ticked checklist items and when they were ticked.
    pub done: BTreeMap<ItemId, DateTime<Utc>>,
    pub finish_by: Option<NaiveDate>,
    pub seen: Seen,
    pub notice: Option<Msg>,
    /// How many notices, export results and finished checks there were:
    /// each is news to say, even in the same words as the one before.
    pub news: News,
    /// The "start over?" question is open.
    pub confirming_start_over: bool,
    /// An uninstaller waits for the person to say "start it anyway".
    pub asking_uninstall: Option<String>,
    /// The person was told once that the computer would be unprotected.
    uninstall_warned: bool,
    /// Something was opened or started outside the window: check again
    /// when the person comes back.
    away: bool,
    /// A check started on coming back runs in the background, while the
    /// last result stays on screen; what it confirmed before.
    rechecking: Option<Vec<ItemId>>,
    /// Items the last check confirmed that the one before did not: said
    /// once, then dismissed.
    pub just_confirmed: Vec<String>,
    /// The command last put on the clipboard.
    pub copied: Option<String>,
    pub display: Display,
    /// The system's language, used while none is chosen in the window.
    pub system_lang: Lang,
    /// No font on this computer draws Chinese: the window is in English
    /// while Chinese is chosen, and the choice is kept for a later start.
    no_chinese_font: bool,
    pub export_format: Format,
    pub export: ExportStatus,
    /// Steps the person has opened at least once.
    visited: [bool; Step::ALL.len()],
    /// The current time, set by the app before each frame; never read from
    /// the system clock inside the model.
    pub now: DateTime<Utc>,
}

impl Model {
    pub fn new(advisory: Arc<Advisory>, catalog: &'static Catalog, now: DateTime<Utc>) -> Self {
        let mut model = Self {
            advisory,
            catalog,
            step: Step::Welcome,
            scan: ScanStatus::NotStarted,
            answers: Answers::default(),
            choice: None,
            done: BTreeMap::new(),
            finish_by: None,
            seen: Seen::default(),
            notice: None,
            news: News::default(),
            confirming_start_over: false,
            asking_uninstall: None,
            uninstall_warned: false,
            away: false,
            rechecking: None,
            just_confirmed: Vec::new(),
            copied: None,
            display: Display::default(),
            system_lang: Lang::default(),
            no_chinese_font: false,
            export_format: Format::Html,
            export: ExportStatus::Idle,
            visited: [false; Step::ALL.len()],
            now,
        };
        let _welcome_has_no_effect = model.go_to(Step::Welcome);
        model
    }

    /// A model that continues saved progress, on the step where it was left.
    /// Returns the scan to start if that step is Check.
    pub fn restore(&mut self, progress: Progress) -> Option<Effect> {
        self.answers = progress.answers;
        self.choice = progress.choice;
        self.done = progress.done;
        self.finish_by = progress.finish_by;
        self.seen = progress.seen;
        self.display = progress.display;
        // Steps up to the saved one count as visited, so the indicator can go back.
        for step in Step::ALL.into_iter().filter(|s| *s < progress.step) {
            self.visited[step.number() - 1] = true;
        }
        self.go_to(progress.step)
    }

    /// What is saved: everything the person entered, and where they are.
    pub fn progress(&self) -> Progress {
        Progress {
            step: self.step,
            answers: self.answers.clone(),
            choice: self.choice.clone(),
            done: self.done.clone(),
            finish_by: self.finish_by,
            seen: self.seen.clone(),
            display: self.display,
            ..Progress::default()
        }
    }

    /// The operating system the plan is for: the checked one, else this one.
    /// The system of the last check, also before this run's first check.
    pub fn os(&self) -> Os {
        self.report()
            .map(|r| r.os)
            .or(self.seen.machine.os)
            .unwrap_or_else(Os::current)
    }

    /// A product typed as "another product" that is one of Kaspersky's own:
    /// it replaces nothing, so no plan is made for it.
    pub fn chosen_kaspersky(&self) -> Option<&str> {
        match &self.choice {
            Some(Choice::Other(name)) => Some(name.trim()).filter(|n| {
                self.catalog
                    .match_program(n, None)
                    .is_some_and(|p| p.affected)
            }),
            _ => None,
        }
    }

    pub fn situation(&self) -> Situation {
        let chosen_name = match &self.choice {
            Some(Choice::Product(id)) => Some(self.catalog.product(*id).name.clone()),
            Some(Choice::Other(name)) if self.chosen_kaspersky().is_none() => {
                Some(name.trim().to_owned()).filter(|n| !n.is_empty())
            }
            Some(Choice::Other(_)) => None,
            Some(Choice::KeepReplacement) => Some(self.catalog.replacement().name.clone()),
            Some(Choice::BuiltIn) => Some(built_in_name(self.os()).to_owned()),
            None => None,
        };
        Situation {
            os: self.os(),
            phase: self.advisory.phase_at(self.now),
            coverage: self.coverage(),
            machine: self.seen.machine.clone(),
            kaspersky_here: self.seen.kaspersky,
            kaspersky_antivirus_here: self.seen.kaspersky_antivirus,
            managed: self.seen.managed,
            ultraav_here: self.seen.ultraav,
            devices: Device::ALL
                .into_iter()
                .filter(|d| self.has_device(*d))
                .collect(),
            companions: Companion::ALL
                .into_iter()
                .filter(|c| self.uses(*c))
                .collect(),
            renewal: self.answers.auto_renewal,
            choice: self.choice.clone(),
            chosen_name,
            leftovers: self.seen.leftovers.clone(),
            windows_10: Windows10Dates::of(&self.advisory),
        }
    }

    /// Whether the U.S. ban covers the person, from their answers.
    pub fn coverage(&self) -> Coverage {
        self.answers.coverage()
    }

    /// The region the system's settings suggest, until the person answers.
    pub fn suggested_region(&self) -> Option<Region> {
        self.report()
            .and_then(|r| r.region.as_deref())
            .and_then(Region::suggested_by)
    }

    /// The language everything is shown in.
    pub fn lang(&self) -> Lang {
        match self.display.language.unwrap_or(self.system_lang) {
            Lang::ZhHans if self.no_chinese_font => Lang::En,
            lang => lang,
        }
    }

    pub fn plan(&self) -> Plan {
        plan::build(&self.situation(), self.lang())
    }

    /// The plan, progress and last check as one export in `format`; `zone`
    /// is the reader's time zone.
    pub fn export(&self, format: Format, zone: FixedOffset) -> String {
        let plan = self.plan();
        let progress = self.progress();
        let situation = self.situation();
        let doc = Document::new(
            self.lang(),
            &self.advisory,
            self.report(),
            &situation,
            &plan,
            &progress,
            self.now,
            zone,
        );
        export::render(format, &doc)
    }

    /// Why an uninstaller asks first, for what this person chose: Defender
    /// is what Windows turns on by itself, another product has an
    /// installer to have ready.
    pub fn uninstall_question(&self) -> String {
        let lang = self.lang();
        match (&self.choice, self.situation().chosen_name) {
            (Some(Choice::BuiltIn), _) if self.os() == Os::Windows => {
                t!(lang, "uninstall-question-body-defender")
            }
            (Some(_), Some(name)) => t!(lang, "uninstall-question-body-chosen", name = name),
            _ => t!(lang, "uninstall-question-body"),
        }
    }

    pub fn is_done(&self, id: ItemId) -> bool {
        self.done.contains_key(&id)
    }

    pub fn apply(&mut self, action: Action) -> Option<Effect> {
        match action {
            Action::Next => self.step.next().and_then(|step| self.go_to(step)),
            Action::Back => self.step.prev().and_then(|step| self.go_to(step)),
            Action::GoTo(step) => self.go_to(step),
            Action::StartScan => self.start_scan(),
            Action::ScanFinished(report) => {
                self.news.checks += 1;
                self.seen.add(&report);
                self.scan = ScanStatus::Done(report);
                if let Some(before) = self.rechecking.take() {
                    self.just_confirmed = self
                        .plan()
                        .items()
                        .filter(|i| i.confirmed_by(self.report()) && !before.contains(&i.id))
                        .map(|i| i.title.clone())
                        .collect();
                }
                None
            }
            Action::WindowActive => self.recheck(),
            Action::Uninstall { command, warn } => {
                if warn && !self.uninstall_warned {
                    self.asking_uninstall = Some(command);
                    return None;
                }
                self.away = true;
                Some(Effect::Launch(command))
            }
            Action::ConfirmUninstall => {
                let command = self.asking_uninstall.take()?;
                self.uninstall_warned = true;
                self.away = true;
                Some(Effect::Launch(command))
            }
            Action::CancelUninstall => {
                self.asking_uninstall = None;
                None
            }
            Action::CopyCommand(command) => {
                self.copied = Some(command.clone());
                self.news.copies += 1;
                Some(Effect::Copy(command))
            }
            Action::SetChoice(choice) => {
                self.choice = Some(choice);
                None
            }
            Action::Tick(id, done) => {
                if done {
                    self.done.insert(id, self.now);
                } else {
                    self.done.remove(&id);
                }
                None
            }
            Action::SetFinishBy(day) => {
                self.finish_by = day;
                None
            }
            Action::AskStartOver => {
                self.confirming_start_over = true;
                None
            }
            Action::CancelStartOver => {
                self.confirming_start_over = false;
                None
            }
            Action::StartOver => {
                // How the window looks is not progress: it stays.
                let (display, system_lang, news) = (self.display, self.system_lang, self.news);
                let no_chinese_font = self.no_chinese_font;
                *self = Self::new(Arc::clone(&self.advisory), self.catalog, self.now);
                self.display = display;
                self.system_lang = system_lang;
                self.no_chinese_font = no_chinese_font;
                self.news = news;
                None
            }
            Action::SetTheme(theme) => {
                self.display.theme = theme;
                None
            }
            Action::SetTextSize(percent) => {
                self.display.text_size_percent = percent.clamp(MIN_TEXT_SIZE, MAX_TEXT_SIZE);
                None
            }
            Action::SetLanguage(language) => {
                self.display.language = language;
                None
            }
            Action::NoChineseFont => {
                self.no_chinese_font = true;
                // The same words in Chinese, drawn with the letters built in.
                let chinese =
                    Lang::ZhHans.text("notice-no-chinese-font", &[("chinese", "".into())]);
                self.apply(Action::Notice(crate::msg!(
                    "notice-no-chinese-font",
                    chinese = chinese.trim()
                )))
            }
            Action::Notice(text) => {
                self.notice = Some(text);
                self.news.notices += 1;
                None
            }
            Action::DismissNotice => {
                self.notice = None;
                None
            }
            Action::Open(target) => {
                self.away = true;
                Some(Effect::Open(target))
            }
            Action::SelectFormat(format) => {
                self.export_format = format;
                self.export = ExportStatus::Idle;
                None
            }
            Action::SaveExport => {
                if self.export.busy() {
                    return None;
                }
                self.export = ExportStatus::Saving;
                Some(Effect::SaveExport(self.export_format))
            }
            Action::ExportDone(status) => {
                self.export = status;
                self.news.exports += 1;
                None
            }
            Action::ReplaceReadOnly => {
                let ExportStatus::AskReplace(path) = &self.export else {
                    return None;
                };
                let path = path.clone();
                self.export = ExportStatus::Writing;
                Some(Effect::ReplaceExport(self.export_format, path))
            }
            Action::CopyExport => Some(Effect::CopyExport),
            Action::PrintExport => {
                if self.export.busy() {
                    return None;
                }
                self.export = ExportStatus::Writing;
                Some(Effect::PrintExport)
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
            Action::SetRegion(region) => {
                self.answers.region = Some(region);
                None
            }
            Action::SetUsPerson(answer) => {
                self.answers.us_person = Some(answer);
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
    /// whether a check found it.
    pub fn uses(&self, companion: Companion) -> bool {
        self.answers
            .companions
            .iter()
            .find(|(c, _)| *c == companion)
            .map(|(_, uses)| *uses)
            .unwrap_or_else(|| self.seen.companions.contains(&companion))
    }

    /// The Check step checks by itself the first time it opens.
    fn go_to(&mut self, step: Step) -> Option<Effect> {
        self.step = step;
        self.visited[step.number() - 1] = true;
        (step == Step::Check && self.scan == ScanStatus::NotStarted)
            .then(|| self.start_scan())
            .flatten()
    }

    /// Back in the window after opening something, or on the checklist:
    /// check again in the background, so what was done elsewhere is
    /// confirmed. Only after a first check, and one at a time; nothing runs
    /// while the window is not active.
    fn recheck(&mut self) -> Option<Effect> {
        let due = std::mem::take(&mut self.away) || self.step == Step::Checklist;
        let ScanStatus::Done(report) = &self.scan else {
            return None;
        };
        if !due || self.rechecking.is_some() {
            return None;
        }
        let report = Arc::clone(report);
        let before = self
            .plan()
            .items()
            .filter(|i| i.confirmed_by(Some(&report)))
            .map(|i| i.id)
            .collect();
        self.rechecking = Some(before);
        self.just_confirmed.clear();
        Some(Effect::RunScan)
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
    use crate::detect::ProductId;

    fn model() -> Model {
        let advisory = Arc::new(Advisory::embedded().expect("advisory"));
        let catalog = Catalog::embedded();
        Model::new(
            advisory,
            catalog,
            "2026-11-28T12:00:00Z".parse().expect("now"),
        )
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
        use crate::detect::{Finding, SignatureStatus, Signatures, State};
        let findings = ids
            .iter()
            .map(|id| Finding {
                id: ProductId::from_name(id),
                name: (*id).to_owned(),
                vendor: "Kaspersky".to_owned(),
                kind: Kind::PasswordManager,
                state: State::Installed,
                decided_by: None,
                version: None,
                signatures: Signatures {
                    status: SignatureStatus::Unknown,
                    last_update: None,
                    version: None,
                },
                affected: true,
                auto_replacement: false,
                built_in: false,
                managed: false,
                uninstaller: None,
                packages: Vec::new(),
                settings: Vec::new(),
                evidence: Vec::new(),
            })
            .collect();
        Arc::new(ScanReport {
            os: Os::Windows,
            scanned_at: "2026-11-28T12:00:00Z".parse().expect("now"),
            findings,
            failures: Vec::new(),
            leftovers: Vec::new(),
            region: Some("US".into()),
            windows: None,
            package_manager: None,
            probe_ms: Vec::new(),
            elapsed_ms: 1,
        })
    }

    #[test]
    fn kaspersky_typed_as_another_product_is_no_replacement() {
        let mut m = model();
        let _ = m.apply(Action::ScanFinished(report(&["kaspersky"])));
        let _ = m.apply(Action::SetRegion(crate::coverage::Region::UnitedStates));
        for typed in ["Kaspersky Plus", "kaspersky", " Kaspersky Premium "] {
            let _ = m.apply(Action::SetChoice(Choice::Other(typed.into())));
            assert_eq!(m.chosen_kaspersky(), Some(typed.trim()));
            assert_eq!(m.situation().chosen_name, None);
            let plan = m.plan();
            for item in plan.items() {
                assert!(
                    !item.title.contains(typed.trim()) && !item.title.contains("Kaspersky Plus"),
                    "{typed}: {}",
                    item.title
                );
            }
            assert!(!m.uninstall_question().contains(typed.trim()));
        }
        let _ = m.apply(Action::SetChoice(Choice::Other("Norton 360".into())));
        assert_eq!(m.chosen_kaspersky(), None);
        assert!(m.plan().items().any(|i| i.title.contains("Norton 360")));
    }

    #[test]
    fn the_uninstall_question_speaks_of_what_was_chosen() {
        let mut m = model();
        let _ = m.apply(Action::ScanFinished(report(&["kaspersky"])));
        assert!(
            m.uninstall_question()
                .contains("until new protection is on")
        );
        let _ = m.apply(Action::SetChoice(Choice::BuiltIn));
        let defender = m.uninstall_question();
        assert!(
            defender.contains("until Microsoft Defender Antivirus is on"),
            "{defender}"
        );
        assert!(!defender.contains("installer"), "{defender}");
        let _ = m.apply(Action::SetChoice(Choice::Product(ProductId::Bitdefender)));
        let other = m.uninstall_question();
        assert!(other.contains("until Bitdefender"), "{other}");
        assert!(!other.contains("Defender Antivirus"), "{other}");
    }

    #[test]
    fn a_reopened_window_plans_for_the_system_last_checked() {
        // Another system than this one: a recorded computer's.
        let elsewhere = if Os::current() == Os::Windows {
            Os::MacOs
        } else {
            Os::Windows
        };
        let mut checked = (*report(&["kaspersky-password-manager"])).clone();
        checked.os = elsewhere;
        let mut m = model();
        let _ = m.apply(Action::ScanFinished(Arc::new(checked)));
        let mut reopened = model();
        let _ = reopened.restore(m.progress());
        assert!(reopened.report().is_none(), "no check in this run yet");
        assert_eq!(reopened.os(), elsewhere);
        assert_eq!(reopened.plan(), m.plan());
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
    fn ticks_choice_and_kaspersky_seen_survive_a_round_trip_through_progress() {
        let mut m = model();
        let _ = m.apply(Action::ScanFinished(report(&[
            "kaspersky-password-manager",
        ])));
        assert!(
            m.seen.kaspersky,
            "a companion app counts as Kaspersky on this computer"
        );
        let _ = m.apply(Action::ScanFinished(report(&[])));
        assert!(m.seen.kaspersky, "a later clean check does not forget it");
        let _ = m.apply(Action::SetChoice(Choice::BuiltIn));
        let _ = m.apply(Action::Tick(ItemId::Restart, true));
        let _ = m.apply(Action::GoTo(Step::Checklist));
        let saved = m.progress();

        let mut again = model();
        assert_eq!(again.restore(saved.clone()), None);
        assert_eq!(again.step, Step::Checklist);
        assert!(again.visited(Step::Choose) && !again.visited(Step::Export));
        assert!(again.is_done(ItemId::Restart));
        assert_eq!(again.progress(), saved);
    }

    #[test]
    fn start_over_asks_first_then_clears_everything() {
        let mut m = model();
        let _ = m.apply(Action::SetChoice(Choice::BuiltIn));
        let _ = m.apply(Action::AskStartOver);
        assert!(m.confirming_start_over);
        let _ = m.apply(Action::CancelStartOver);
        assert_eq!(m.choice, Some(Choice::BuiltIn), "cancel keeps everything");
        let _ = m.apply(Action::AskStartOver);
        let _ = m.apply(Action::StartOver);
        assert_eq!(m.choice, None);
        assert!(!m.confirming_start_over);
        assert_eq!(m.step, Step::Welcome);
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
