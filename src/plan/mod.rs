//! The checklist: a pure function from the person's situation to ordered
//! sections of items. Item ids are stable strings, so ticks saved by one
//! version of AV Switch still apply in the next.

use serde::Serialize;

use crate::coverage::Coverage;
use crate::detect::{Finding, LeftoverKind, Os, PackageManager, ScanReport, Setting};
use crate::humanize;
use crate::i18n::{Arg, Lang};
use crate::situation::{
    Antivirus, Checked, Choice, Companion, Device, Removable, Renewal, Situation, built_in_id,
};
use crate::t;

/// The documented Windows Settings pages (fact F33).
pub const INSTALLED_APPS: &str = "ms-settings:appsfeatures";
pub const WINDOWS_SECURITY: &str = "ms-settings:windowsdefender";
/// System Settings' Software Update pane on macOS.
pub const SOFTWARE_UPDATE: &str = "x-apple.systempreferences:com.apple.preferences.softwareupdate";
const KAVREMOVER: &str = "https://support.kaspersky.com/common/uninstall/1464";
const MY_KASPERSKY: &str = "https://my.kaspersky.com/";

/// What a button of an item does, always at the person's click.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "target", rename_all = "snake_case")]
pub enum Do {
    /// Opens a web page, a system settings page (`ms-settings:`), an app or
    /// a folder, or a step of AV Switch (`avswitch:check`).
    Open(String),
    /// Starts a program's own uninstaller, as its uninstall entry names it
    /// (Windows).
    Uninstall(String),
    /// A command to type in a terminal (Linux): shown and copied, never run.
    Command(String),
}

/// A button of an item: its label and what it does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemAction {
    pub label: String,
    #[serde(flatten)]
    pub does: Do,
    /// Asks first: the computer has no other active, current anti-virus.
    pub warn: bool,
}

/// A product a check may find, by catalog id or, for a product the person
/// named, by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Target {
    pub id: Option<String>,
    pub name: String,
}

impl Target {
    fn is(&self, finding: &Finding) -> bool {
        match &self.id {
            Some(id) => finding.id == *id,
            None => {
                let name = self.name.trim().to_lowercase();
                !name.is_empty() && finding.name.to_lowercase().contains(&name)
            }
        }
    }
}

/// What a later check of this computer can confirm about an item: always
/// the very thing the item names, seen in that very state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confirm {
    /// No Kaspersky product is left.
    NoKaspersky,
    /// This product is gone.
    Gone(String),
    /// This anti-virus is on, with current definitions.
    Protecting(Target),
    /// Some anti-virus other than Kaspersky is on, with current
    /// definitions (for "the anti-virus you choose").
    AnyProtecting,
    /// Exactly one active anti-virus, up to date, the one to keep when it
    /// is known; no Kaspersky, and none of the products to remove.
    AllClear {
        keep: Option<Target>,
        gone: Vec<String>,
    },
    /// Exactly one active anti-virus, up to date (Kaspersky may be it).
    OneProtecting,
    /// Nothing of this kind is left behind any more.
    NoLeftover(LeftoverKind),
}

impl Confirm {
    pub fn holds(&self, report: &ScanReport) -> bool {
        let findings = &report.findings;
        let kaspersky_gone = findings.iter().all(|f| !f.affected);
        let current =
            |f: &&Finding| f.signatures.status == crate::detect::SignatureStatus::UpToDate;
        let active: Vec<&Finding> = findings
            .iter()
            .filter(|f| f.is_active_antivirus())
            .collect();
        // A scan with failed checks cannot confirm that something is absent.
        let complete = report.failures.is_empty();
        match self {
            Confirm::NoKaspersky => complete && kaspersky_gone,
            Confirm::Gone(id) => complete && findings.iter().all(|f| f.id != *id),
            Confirm::Protecting(target) => active.iter().any(|f| target.is(f) && current(f)),
            Confirm::AnyProtecting => active.iter().any(|f| !f.affected && current(f)),
            Confirm::AllClear { keep, gone } => {
                complete
                    && kaspersky_gone
                    && findings.iter().all(|f| !gone.contains(&f.id))
                    && matches!(active.as_slice(), [one] if current(one)
                        && keep.as_ref().is_none_or(|keep| keep.is(one)))
            }
            Confirm::OneProtecting => active.len() == 1 && active.iter().all(current),
            Confirm::NoLeftover(kind) => {
                complete && report.leftovers.iter().all(|l| l.kind != *kind)
            }
        }
    }
}

/// Where an item stands in the one safe order of switching: check, decide,
/// prepare while still protected, stop payments, remove, restart, turn on
/// the new protection, update it, check again; then other devices and apps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Check,
    Decide,
    Prepare,
    Pay,
    Remove,
    Restart,
    /// Clear away what removed programs left behind.
    CleanUp,
    Protect,
    Update,
    Verify,
    Elsewhere,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    pub id: String,
    pub stage: Stage,
    pub title: String,
    /// Why it is on this person's list, in one sentence.
    pub why: String,
    pub steps: Vec<String>,
    /// Buttons that do a step: open a page, start an uninstaller, copy a
    /// command.
    pub actions: Vec<ItemAction>,
    pub confirm: Option<Confirm>,
    /// A note, not a task: nothing to do by hand unless something else
    /// failed, so it has no box and never keeps the list from being done.
    pub note: bool,
    /// Advisory facts the item rests on, shown with their sources.
    pub facts: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub sections: Vec<Section>,
}

impl Plan {
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.sections.iter().flat_map(|s| s.items.iter())
    }

    pub fn len(&self) -> usize {
        self.items().count()
    }

    /// The items to do and tick: every item but the notes.
    pub fn tasks(&self) -> impl Iterator<Item = &Item> {
        self.items().filter(|i| !i.note)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What every text of the plan may mention: the replacement's name and how
/// things stand with Kaspersky's updates.
struct Texts {
    lang: Lang,
    name: String,
    updates: String,
}

impl Texts {
    fn args(&self) -> [(&'static str, Arg); 2] {
        [
            ("name", Arg::from(&self.name)),
            ("updates", Arg::from(&self.updates)),
        ]
    }

    fn text(&self, key: &str) -> String {
        self.lang.text(key, &self.args())
    }

    /// Item `id`, worded by text `key`: its value is the title, `.why` says
    /// why, `.step-*` are the steps and `.link` labels its button, if any.
    fn item(&self, id: &str, stage: Stage, key: &str) -> Item {
        self.item_with(id, stage, key, &self.args())
    }

    /// An item whose texts take `args` instead of the plan's own.
    fn item_with(&self, id: &str, stage: Stage, key: &str, args: &[(&str, Arg)]) -> Item {
        Item {
            id: id.to_owned(),
            stage,
            title: self.lang.text(key, args),
            why: self.lang.text(&format!("{key}.why"), args),
            steps: self.lang.list(key, "step-", args),
            actions: Vec::new(),
            confirm: None,
            note: false,
            facts: Vec::new(),
        }
    }

    fn section(&self, id: &str, key: &str, items: Vec<Item>) -> Option<Section> {
        (!items.is_empty()).then(|| Section {
            id: id.to_owned(),
            title: self.text(key),
            items,
        })
    }
}

impl Item {
    /// Whether the last check confirms this item is done.
    pub fn confirmed_by(&self, report: Option<&ScanReport>) -> bool {
        self.confirm
            .as_ref()
            .zip(report)
            .is_some_and(|(c, r)| c.holds(r))
    }

    /// A button labelled by the item's `.link` text.
    fn link(self, t: &Texts, key: &str, target: &str) -> Self {
        let label = t.text(&format!("{key}.link"));
        self.action(label, Do::Open(target.to_owned()))
    }

    fn action(mut self, label: String, does: Do) -> Self {
        self.actions.push(ItemAction {
            label,
            does,
            warn: false,
        });
        self
    }

    fn confirm(mut self, confirm: Confirm) -> Self {
        self.confirm = Some(confirm);
        self
    }

    /// Makes it a note: nothing to do by hand unless something failed.
    fn note(mut self) -> Self {
        self.note = true;
        self
    }

    /// Adds the facts it rests on, each once.
    fn facts(mut self, facts: &[&'static str]) -> Self {
        for fact in facts {
            if !self.facts.contains(fact) {
                self.facts.push(fact);
            }
        }
        self
    }
}

pub fn build(s: &Situation, lang: Lang) -> Plan {
    let goal = Goal::of(s);
    let t = &Texts {
        lang,
        name: goal.name(s, lang),
        updates: t!(lang, updates_key(s)),
    };
    let path = !protected(s, &goal);
    let sections = [
        start(s, t, path),
        before_removing(s, t, &goal, path),
        // Whether a VPN or parental control is still needed is decided
        // before the uninstall removes Kaspersky's.
        companions(s, t),
        payments(s, t),
        removal(s, t),
        left_behind(s, t),
        protection(s, t, &goal, path),
        verify(s, t, &goal, path),
        windows_10(s, t),
    ]
    .into_iter()
    .flatten()
    .chain(s.devices.iter().filter_map(|d| device_section(s, t, *d)))
    .collect();
    Plan { sections }
}

/// What is to protect this computer once the plan is done.
enum Goal<'a> {
    /// What the person chose; `found` when a check saw it installed.
    Chosen {
        id: Option<&'a str>,
        found: Option<&'a Antivirus>,
    },
    /// Nothing chosen, but an anti-virus already here can do it.
    Existing(&'a Antivirus),
    /// Nothing chosen and nothing suitable here.
    Undecided,
}

impl<'a> Goal<'a> {
    fn of(s: &'a Situation) -> Self {
        let machine = &s.machine;
        let chosen = |id: Option<&'a str>, name: &str| Goal::Chosen {
            id,
            found: machine.find(id, name),
        };
        match &s.choice {
            Some(Choice::BuiltIn) => chosen(Some(built_in_id(s.os)), ""),
            Some(Choice::Product(id)) => chosen(Some(id), ""),
            Some(Choice::Other(name)) => chosen(None, name),
            Some(Choice::KeepReplacement) => chosen(Some("ultraav"), ""),
            None => machine
                .antivirus
                .iter()
                .filter(|a| !a.kaspersky || s.coverage == Coverage::NotCovered)
                .max_by_key(|a| (a.active, a.is_current(), !a.kaspersky))
                .map_or(Goal::Undecided, Goal::Existing),
        }
    }

    fn found(&self) -> Option<&'a Antivirus> {
        match self {
            Goal::Chosen { found, .. } => *found,
            Goal::Existing(a) => Some(a),
            Goal::Undecided => None,
        }
    }

    fn id(&self) -> Option<&'a str> {
        match self {
            Goal::Chosen { id, found } => id.or(found.map(|a| a.id.as_str())),
            Goal::Existing(a) => Some(&a.id),
            Goal::Undecided => None,
        }
    }

    fn name(&self, s: &Situation, lang: Lang) -> String {
        match (self, &s.chosen_name) {
            (Goal::Chosen { .. }, Some(name)) => name.clone(),
            (Goal::Existing(a), _) => a.name.clone(),
            _ => t!(lang, "plan-your-new-antivirus"),
        }
    }

    /// What a check must see on, with current definitions, to confirm the
    /// items about this protection: the product itself, never any other.
    fn confirm(&self, s: &Situation) -> Confirm {
        match (self.id(), self, &s.chosen_name) {
            (Some(id), _, _) => Confirm::Protecting(Target {
                id: Some(id.to_owned()),
                name: String::new(),
            }),
            (None, Goal::Chosen { .. }, Some(name)) => Confirm::Protecting(Target {
                id: None,
                name: name.clone(),
            }),
            _ => Confirm::AnyProtecting,
        }
    }
}

/// How the texts speak of Kaspersky's updates: as the ban's consequence only
/// to a person it covers, and never as "no updates" beside recent ones.
fn updates_key(s: &Situation) -> &'static str {
    let current = s.machine.kaspersky().is_some_and(Antivirus::is_current);
    match (s.coverage, current) {
        (Coverage::Covered, false) => "plan-updates-covered",
        (Coverage::Covered, true) => "plan-updates-covered-current",
        (Coverage::Unknown, _) => "plan-updates-unknown",
        (Coverage::NotCovered, _) => "plan-updates-chosen",
    }
}

/// The person is switching away from Kaspersky: the ban covers them (or may),
/// or they chose something else.
fn leaving_kaspersky(s: &Situation) -> bool {
    s.coverage != Coverage::NotCovered || s.choice.is_some()
}

fn kaspersky_goes(s: &Situation) -> bool {
    s.kaspersky_here && leaving_kaspersky(s)
}

/// Kaspersky's anti-virus itself goes (not only its other programs, such
/// as the Network Agent): its quarantine and definitions matter.
fn kaspersky_antivirus_goes(s: &Situation) -> bool {
    s.kaspersky_antivirus_here && leaving_kaspersky(s)
}

/// A home product the person pays for themselves: an employer's or its
/// IT's computer has no subscription of theirs to cancel.
fn consumer(s: &Situation) -> bool {
    !s.managed
}

fn ultraav_goes(s: &Situation) -> bool {
    s.ultraav_here && s.choice.is_some() && s.choice != Some(Choice::KeepReplacement)
}

/// The last check confirms exactly one active anti-virus with current
/// definitions, it is the one to keep, and nothing has to go.
fn protected(s: &Situation, goal: &Goal) -> bool {
    let active: Vec<&Antivirus> = s.machine.active().collect();
    s.machine.checked == Checked::Done
        && !(s.machine.kaspersky && leaving_kaspersky(s))
        && !ultraav_goes(s)
        && matches!(active.as_slice(), [one] if one.is_current()
            && goal.found().is_some_and(|g| g.id == one.id && g.name == one.name))
}

fn start(s: &Situation, t: &Texts, path: bool) -> Option<Section> {
    let mut items = Vec::new();
    let check_key = match s.machine.checked {
        Checked::NotYet => Some("item-check-computer"),
        Checked::Failed => Some("item-check-computer-failed"),
        Checked::Done => None,
    };
    if let Some(key) = check_key {
        items.push(
            t.item("check-computer", Stage::Check, key)
                .link(t, key, "avswitch:check"),
        );
    }
    // An organisation's computer: its IT decides first, and the ban is
    // still explained.
    if s.managed && kaspersky_goes(s) {
        items.push(
            t.item("ask-it", Stage::Check, "item-ask-it")
                .facts(ban_facts(s))
                .confirm(Confirm::NoKaspersky),
        );
    }
    if s.coverage == Coverage::NotCovered && s.kaspersky_here && s.choice.is_none() {
        items.push(
            t.item(
                "switching-optional",
                Stage::Decide,
                "item-switching-optional",
            )
            .facts(&["F21", "F22"]),
        );
    }
    if path && s.choice.is_none() {
        let key = "item-choose-replacement";
        items.push(
            t.item("choose-replacement", Stage::Decide, key)
                .link(t, key, "avswitch:choose")
                .facts(&["F20"]),
        );
    }
    t.section("start", "section-start", items)
}

fn before_removing(s: &Situation, t: &Texts, goal: &Goal, path: bool) -> Option<Section> {
    let mut items = Vec::new();
    let leaving = leaving_kaspersky(s);
    // Every password leaves Kaspersky Password Manager before it is
    // removed, and the plain-text file they travel in is deleted after.
    if leaving && s.companions.contains(&Companion::PasswordManager) {
        items.push(
            t.item("export-passwords", Stage::Prepare, "item-export-passwords")
                .facts(&["F35", "F17"]),
        );
        items.push(
            t.item("import-passwords", Stage::Prepare, "item-import-passwords")
                .facts(&["F35"]),
        );
        items.push(
            t.item("delete-export", Stage::Prepare, "item-delete-export")
                .facts(&["F35"]),
        );
    }
    let pays = consumer(s) && s.choice != Some(Choice::KeepReplacement);
    if pays && (kaspersky_goes(s) || (leaving && s.renewal.is_some_and(|r| r != Renewal::No))) {
        items.push(t.item(
            "note-subscription",
            Stage::Prepare,
            "item-note-subscription",
        ));
    }
    if path && downloads(s, goal) {
        items.push(t.item(
            "download-replacement",
            Stage::Prepare,
            "item-download-replacement",
        ));
    }
    if consumer(s) && kaspersky_antivirus_goes(s) {
        items.push(
            t.item("check-quarantine", Stage::Prepare, "item-check-quarantine")
                .facts(&["F18"]),
        );
    }
    t.section("before", "section-before", items)
}

/// A product the person chose that is not on this computer yet: its
/// installer is fetched while the old protection still runs.
fn downloads(s: &Situation, goal: &Goal) -> bool {
    matches!(s.choice, Some(Choice::Product(_) | Choice::Other(_))) && goal.found().is_none()
}

fn payments(s: &Situation, t: &Texts) -> Option<Section> {
    // An employer's or its IT's computer has no subscription of theirs.
    consumer(s).then_some(())?;
    // Keeping UltraAV keeps the subscription that moved to it: one item to
    // know what it costs, in a section of its own, nothing to cancel.
    if s.choice == Some(Choice::KeepReplacement) {
        let key = "item-check-ultraav-billing-keep";
        let item = t
            .item("check-ultraav-billing", Stage::Pay, key)
            .facts(&["F13"]);
        return t.section("payments", "section-subscription", vec![item]);
    }
    let renews = matches!(s.renewal, Some(Renewal::Yes | Renewal::NotSure));
    let mut items = Vec::new();
    if s.coverage == Coverage::Covered {
        // Charges may now come from UltraAV, a store or Kaspersky, whose
        // U.S. site may not help: one item says where to stop each (F13, F42).
        if renews || s.ultraav_here {
            let key = "item-stop-charges-us";
            items.push(
                t.item("cancel-renewal", Stage::Pay, key)
                    .link(t, key, MY_KASPERSKY)
                    .facts(&["F13", "F42"]),
            );
        }
    } else {
        if renews && leaving_kaspersky(s) {
            let key = "item-cancel-renewal";
            items.push(
                t.item("cancel-renewal", Stage::Pay, key)
                    .link(t, key, MY_KASPERSKY),
            );
        }
        // The hand-over to UltraAV was for U.S. customers (F13): its charges
        // concern anyone else only where UltraAV was found.
        if s.ultraav_here {
            let key = "item-check-ultraav-billing";
            items.push(
                t.item("check-ultraav-billing", Stage::Pay, key)
                    .facts(&["F13"]),
            );
        }
    }
    t.section("payments", "section-payments", items)
}

fn removal(s: &Situation, t: &Texts) -> Option<Section> {
    let mut items = Vec::new();
    let kaspersky = kaspersky_goes(s);
    let ultraav = ultraav_goes(s);
    // Uninstalling with nothing else on and current leaves the computer
    // without protection for a while: the buttons ask first.
    let warn = !s.machine.protected_without_kaspersky();
    if kaspersky {
        // Windows offers no Uninstall for an entry only an administrator may
        // use; the Linux item says to ask first, then gives the command.
        let item = if s.managed && s.os != Os::Linux {
            t.item(
                "uninstall-kaspersky",
                Stage::Remove,
                "item-uninstall-managed",
            )
        } else {
            uninstall_item(s, t, warn)
        };
        items.push(item.facts(ban_facts(s)).confirm(Confirm::NoKaspersky));
        // While Kaspersky is still here; once it is gone, what it left is
        // its own item below.
        if s.os == Os::Windows && !s.managed && s.machine.kaspersky {
            let key = "item-kavremover";
            items.push(
                t.item("kavremover", Stage::Remove, key)
                    .link(t, key, KAVREMOVER)
                    .facts(&["F18"])
                    .note(),
            );
        }
    }
    if ultraav {
        let key = "item-remove-ultraav";
        let mut item = t
            .item("remove-ultraav", Stage::Remove, key)
            .facts(&["F14"])
            .confirm(Confirm::Gone("ultraav".to_owned()));
        if s.os == Os::Windows {
            item = uninstallers(item, s, t, warn, |r| r.id.starts_with("ultra")).link(
                t,
                key,
                INSTALLED_APPS,
            );
        }
        items.push(item);
    }
    if !items.is_empty() {
        items.push(t.item("restart", Stage::Restart, "item-restart"));
    }
    let title = match (kaspersky, ultraav) {
        (false, true) => "section-remove-ultraav",
        (true, true) => "section-remove-both",
        _ => "section-remove",
    };
    t.section("remove", title, items)
}

/// A button per program found that starts its own uninstaller, as Settings >
/// Apps would (Windows), for the programs `which` picks.
fn uninstallers(
    mut item: Item,
    s: &Situation,
    t: &Texts,
    warn: bool,
    which: impl Fn(&Removable) -> bool,
) -> Item {
    for removable in s.machine.removable.iter().filter(|r| which(r)) {
        if let Some(command) = &removable.uninstaller {
            item.actions.push(ItemAction {
                label: t
                    .lang
                    .text("action-uninstall", &[("name", Arg::from(&removable.name))]),
                does: Do::Uninstall(command.clone()),
                warn,
            });
        }
    }
    item
}

/// One item per kind of thing found left behind, each confirmed once a
/// check no longer finds it.
fn left_behind(s: &Situation, t: &Texts) -> Option<Section> {
    let windows = s.os == Os::Windows;
    let item = |id, key| t.item(id, Stage::CleanUp, key);
    // One kavremover run clears services, drivers and settings alike.
    let services_too = s.leftovers.contains(&LeftoverKind::Service) && windows;
    let items = s
        .leftovers
        .iter()
        .map(|kind| {
            let done = match (kind, windows) {
                (LeftoverKind::Registration, _) => {
                    item("leftover-registration", "item-leftover-registration").facts(&["F40"])
                }
                (LeftoverKind::Certificate, true) => {
                    item("leftover-certificate", "item-leftover-certificate-windows")
                        .facts(&["F26"])
                }
                (LeftoverKind::Certificate, false) => {
                    item("leftover-certificate", "item-leftover-certificate-mac").facts(&["F26"])
                }
                (LeftoverKind::BrowserExtension, _) => {
                    item("leftover-extension", "item-leftover-extension").facts(&["F27"])
                }
                (LeftoverKind::Service, true) => {
                    let key = "item-leftover-services-windows";
                    item("leftover-services", key)
                        .link(t, key, KAVREMOVER)
                        .facts(&["F28", "F18"])
                }
                (LeftoverKind::Service, false) => {
                    item("leftover-services", "item-leftover-services-mac")
                }
                (LeftoverKind::RegistryKey, _) if services_too => {
                    item("leftover-registry", "item-leftover-registry-with-services")
                        .facts(&["F28", "F18"])
                        .note()
                }
                (LeftoverKind::RegistryKey, _) => {
                    let key = "item-leftover-registry";
                    item("leftover-registry", key)
                        .link(t, key, KAVREMOVER)
                        .facts(&["F28", "F18"])
                }
                (LeftoverKind::Folder, true) => {
                    item("leftover-folders", "item-leftover-folders-windows").facts(&["F28"])
                }
                (LeftoverKind::Folder, false) => {
                    item("leftover-folders", "item-leftover-folders-mac")
                }
            };
            done.confirm(Confirm::NoLeftover(*kind))
        })
        .collect();
    t.section("left-behind", "section-left-behind", items)
}

fn uninstall_item(s: &Situation, t: &Texts, warn: bool) -> Item {
    let id = "uninstall-kaspersky";
    match s.os {
        Os::Windows => {
            // Said before the person starts when the check saw it; asked as
            // "if it asks for a password" otherwise (FACTS F38, F39).
            let key = if s.machine.saw(Setting::PasswordProtected) {
                "item-uninstall-kaspersky-windows-password"
            } else {
                "item-uninstall-kaspersky-windows"
            };
            // Each Kaspersky program found, the anti-virus first.
            let item = t.item(id, Stage::Remove, key);
            let item = uninstallers(item, s, t, warn, |r| r.id == "kaspersky");
            let others = |r: &Removable| r.id.starts_with("kaspersky") && r.id != "kaspersky";
            uninstallers(item, s, t, warn, others)
                .link(t, key, INSTALLED_APPS)
                .facts(&["F38", "F39"])
        }
        Os::MacOs => {
            let key = "item-uninstall-kaspersky-mac";
            let item = t.item(id, Stage::Remove, key);
            let app = s
                .machine
                .removable
                .iter()
                .filter(|r| r.id.starts_with("kaspersky"))
                .find_map(|r| r.uninstaller.clone());
            match app {
                Some(app) => item.action(t.text("action-open-uninstaller-mac"), Do::Open(app)),
                None => item.action(
                    t.text("action-show-applications"),
                    Do::Open("/Applications".to_owned()),
                ),
            }
        }
        _ => {
            let item = t.item(id, Stage::Remove, "item-uninstall-kaspersky-linux");
            let packages: Vec<String> = s
                .machine
                .removable
                .iter()
                .filter(|r| r.id.starts_with("kaspersky"))
                .flat_map(|r| r.packages.iter().cloned())
                .collect();
            match (s.machine.package_manager, packages.is_empty()) {
                (Some(manager), false) => item.action(
                    t.text("action-copy-command"),
                    Do::Command(manager.remove_command(&packages)),
                ),
                _ => item,
            }
        }
    }
}

/// The facts behind "why switch": the ban's consequences for a person it
/// covers (or may cover); none for a person who simply chose to.
fn ban_facts(s: &Situation) -> &'static [&'static str] {
    match s.coverage {
        Coverage::Covered if s.machine.kaspersky().is_some_and(Antivirus::is_current) => {
            &["F4", "F25"]
        }
        Coverage::Covered => &["F4"],
        Coverage::Unknown => &["F4", "F21"],
        Coverage::NotCovered => &[],
    }
}

fn protection(s: &Situation, t: &Texts, goal: &Goal, path: bool) -> Option<Section> {
    if !path {
        // Defender is no app of its own: Windows Security shows its updates.
        let keep = if s.os == Os::Windows && goal.id() == Some(built_in_id(Os::Windows)) {
            let key = "item-keep-updating-defender";
            t.item("keep-updating", Stage::Update, key)
                .link(t, key, WINDOWS_SECURITY)
        } else {
            t.item("keep-updating", Stage::Update, "item-keep-updating")
        };
        return t.section("keep", "section-keep", vec![keep]);
    }
    let confirm = goal.confirm(s);
    let mut items: Vec<Item> = get_item(s, t, goal).into_iter().collect();
    items.push(update_item(s, t, goal));
    let items = items
        .into_iter()
        .map(|i| i.confirm(confirm.clone()))
        .collect();
    t.section("protect", "section-protect", items)
}

/// Getting or turning on the protection to keep; `None` when there is
/// nothing to do (XProtect is always on; ClamAV runs when asked).
fn get_item(s: &Situation, t: &Texts, goal: &Goal) -> Option<Item> {
    let id = goal.id();
    let built_in = |os: Os| id == Some(built_in_id(os)) && s.os == os;
    if built_in(Os::Windows) {
        // Windows should turn it on by itself (F32); only a check can say.
        // A policy value seen may keep it off (F41).
        let item = if s.machine.saw(Setting::OffByPolicy) {
            let key = "item-confirm-defender-policy";
            t.item("confirm-defender", Stage::Protect, key)
                .link(t, key, WINDOWS_SECURITY)
                .facts(&["F19", "F32", "F41"])
        } else {
            let key = "item-confirm-defender";
            t.item("confirm-defender", Stage::Protect, key)
                .link(t, key, WINDOWS_SECURITY)
                .facts(&["F19", "F32"])
        };
        return Some(item);
    }
    if built_in(Os::MacOs) || (id == Some("clamav") && goal.found().is_some()) {
        return None;
    }
    if id == Some("ultraav") {
        return Some(t.item("keep-ultraav", Stage::Protect, "item-keep-ultraav"));
    }
    if id == Some("clamav") && s.os == Os::Linux {
        let item = t.item("install-clamav", Stage::Protect, "item-install-clamav");
        return Some(match s.machine.package_manager {
            Some(PackageManager::Apt) => item.action(
                t.text("action-copy-command"),
                Do::Command("sudo apt install clamav clamav-freshclam".to_owned()),
            ),
            Some(PackageManager::Dnf) => item.action(
                t.text("action-copy-command"),
                Do::Command("sudo dnf install clamav clamav-update".to_owned()),
            ),
            None => item,
        });
    }
    let item = match (goal, goal.found()) {
        (Goal::Undecided, _) => {
            t.item("install-replacement", Stage::Protect, "item-get-protection")
        }
        (_, Some(_)) => t.item(
            "turn-on-protection",
            Stage::Protect,
            "item-turn-on-protection",
        ),
        (_, None) if s.os == Os::Linux => t.item(
            "install-replacement",
            Stage::Protect,
            "item-install-replacement-linux",
        ),
        (_, None) => t.item(
            "install-replacement",
            Stage::Protect,
            "item-install-replacement",
        ),
    };
    Some(item)
}

/// Bringing the kept protection's virus definitions up to date.
fn update_item(s: &Situation, t: &Texts, goal: &Goal) -> Item {
    match (s.os, goal.id()) {
        (Os::Windows, Some("microsoft-defender")) => {
            let key = "item-update-defender";
            t.item("update-defender", Stage::Update, key)
                .link(t, key, WINDOWS_SECURITY)
        }
        (Os::MacOs, Some("xprotect")) => {
            let key = "item-macos-updates";
            t.item("macos-updates", Stage::Update, key)
                .link(t, key, SOFTWARE_UPDATE)
                .facts(&["F19-mac", "F34"])
        }
        (Os::Linux, Some("clamav")) => {
            let item = t.item("update-clamav", Stage::Update, "item-update-clamav");
            let copy = t.text("action-copy-command");
            match s.machine.package_manager {
                Some(PackageManager::Apt) => item
                    .action(copy.clone(), Do::Command("sudo freshclam".to_owned()))
                    .action(
                        copy,
                        Do::Command("sudo systemctl enable --now clamav-freshclam".to_owned()),
                    ),
                Some(PackageManager::Dnf) => item
                    .action(
                        copy.clone(),
                        Do::Command("sudo dnf install clamav-update".to_owned()),
                    )
                    .action(copy, Do::Command("sudo freshclam".to_owned())),
                None => item,
            }
        }
        _ => t.item(
            "update-definitions",
            Stage::Update,
            "item-update-definitions",
        ),
    }
}

fn verify(s: &Situation, t: &Texts, goal: &Goal, path: bool) -> Option<Section> {
    path.then_some(())?;
    // Confirmed only when the one active, current anti-virus is the one to
    // keep and everything to remove is gone; keeping Kaspersky, the check
    // cannot confirm that it is gone.
    let keep = match goal.confirm(s) {
        Confirm::Protecting(target) => Some(target),
        _ => None,
    };
    let gone = if ultraav_goes(s) {
        vec!["ultraav".to_owned()]
    } else {
        Vec::new()
    };
    let (key, confirm) = if leaving_kaspersky(s) {
        ("item-check-again", Confirm::AllClear { keep, gone })
    } else {
        ("item-check-again-keeping", Confirm::OneProtecting)
    };
    let check = t
        .item("check-again", Stage::Verify, key)
        .link(t, key, "avswitch:check")
        .confirm(confirm);
    t.section("verify", "section-verify", vec![check])
}

/// Windows 10 gets security updates only while enrolled in ESU, and
/// Defender's definitions keep coming for a while (fact F31); the dates are
/// the advisory's.
fn windows_10(s: &Situation, t: &Texts) -> Option<Section> {
    s.machine.windows.as_ref().filter(|w| w.is_windows_10())?;
    let key = "item-windows-10";
    let dates = s.windows_10?;
    let args = [
        (
            "support_end",
            Arg::from(humanize::date(t.lang, dates.support_end)),
        ),
        ("esu_end", Arg::from(humanize::date(t.lang, dates.esu_end))),
    ];
    let item = t
        .item_with("windows-10", Stage::Verify, key, &args)
        .facts(&["F31"]);
    t.section("windows-10", "section-windows-10", vec![item])
}

fn device_section(s: &Situation, t: &Texts, device: Device) -> Option<Section> {
    let e = Stage::Elsewhere;
    let leaving = leaving_kaspersky(s);
    let (id, key, items) = match device {
        // Google Play dropped Kaspersky's apps worldwide (F23); outside the
        // U.S. Kaspersky says installed apps keep updating (F36).
        Device::Android if !leaving => (
            "device-android",
            "section-device-android",
            vec![
                t.item("android-check", e, "item-android-check")
                    .facts(&["F23", "F36"]),
            ],
        ),
        Device::Android => (
            "device-android",
            "section-device-android",
            vec![
                t.item("android-remove", e, "item-android-remove")
                    .facts(&["F4", "F23"]),
                t.item("android-protect", e, "item-android-protect"),
            ],
        ),
        _ if !leaving => return None,
        Device::Iphone => (
            "device-iphone",
            "section-device-iphone",
            vec![
                t.item("iphone-remove", e, "item-iphone-remove")
                    .facts(ban_facts(s)),
            ],
        ),
        Device::Mac => (
            "device-mac",
            "section-device-mac",
            vec![
                t.item("mac-remove", e, "item-mac-remove")
                    .facts(ban_facts(s)),
            ],
        ),
        Device::WindowsPc => (
            "device-windows-pc",
            "section-device-windows-pc",
            vec![t.item("pc-remove", e, "item-pc-remove").facts(ban_facts(s))],
        ),
    };
    t.section(id, key, items)
}

/// Kaspersky's VPN and Safe Kids, replaced too; worded as the ban's reach
/// only for a person it covers.
fn companions(s: &Situation, t: &Texts) -> Option<Section> {
    if !leaving_kaspersky(s) {
        return None;
    }
    let e = Stage::Prepare;
    let (vpn, safe_kids, facts): (_, _, &[&str]) = match s.coverage {
        Coverage::Covered => (
            "item-replace-vpn-covered",
            "item-replace-safe-kids-covered",
            &["F5"],
        ),
        Coverage::Unknown => (
            "item-replace-vpn-unknown",
            "item-replace-safe-kids-unknown",
            &["F5", "F21"],
        ),
        Coverage::NotCovered => (
            "item-replace-vpn-chosen",
            "item-replace-safe-kids-chosen",
            &[],
        ),
    };
    let items = s
        .companions
        .iter()
        .filter_map(|c| match c {
            // Its passwords move before anything is removed (see above).
            Companion::PasswordManager => None,
            Companion::Vpn => Some(t.item("replace-vpn", e, vpn).facts(facts)),
            Companion::SafeKids => Some(t.item("replace-safe-kids", e, safe_kids).facts(facts)),
        })
        .collect();
    t.section("companions", "section-companions", items)
}

#[cfg(test)]
mod tests;
