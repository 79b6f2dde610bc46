//! What a plan is made of: sections of items, each with its buttons, what
//! a later check can confirm, and its place in the safe order.

use super::*;
use crate::fact_id::FactId;

/// What a button of an item does, always at the person's click.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "target", rename_all = "snake_case")]
pub enum Do {
    /// Opens a web page, a system settings page (`ms-settings:`), an app or
    /// a folder.
    Open(String),
    /// Goes to a step of AV Switch itself (the window only).
    GoTo(Step),
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
    pub id: Option<ProductId>,
    pub name: String,
}

impl Target {
    pub(super) fn is(&self, finding: &Finding) -> bool {
        match &self.id {
            Some(id) => finding.id == Some(*id),
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
    Gone(ProductId),
    /// This anti-virus is on, with current definitions.
    Protecting(Target),
    /// Some anti-virus other than Kaspersky is on, with current
    /// definitions (for "the anti-virus you choose").
    AnyProtecting,
    /// Exactly one active anti-virus, up to date, the one to keep when it
    /// is known; no Kaspersky, and none of the products to remove.
    AllClear {
        keep: Option<Target>,
        gone: Vec<ProductId>,
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
            Confirm::Gone(id) => complete && findings.iter().all(|f| f.id != Some(*id)),
            Confirm::Protecting(target) => active.iter().any(|f| target.is(f) && current(f)),
            Confirm::AnyProtecting => active.iter().any(|f| !f.affected && current(f)),
            Confirm::AllClear { keep, gone } => {
                complete
                    && kaspersky_gone
                    && findings
                        .iter()
                        .all(|f| f.id.is_none_or(|id| !gone.contains(&id)))
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
    pub id: ItemId,
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
    pub facts: Vec<FactId>,
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

impl Item {
    /// Whether the last check confirms this item is done.
    pub fn confirmed_by(&self, report: Option<&ScanReport>) -> bool {
        self.confirm
            .as_ref()
            .zip(report)
            .is_some_and(|(c, r)| c.holds(r))
    }

    /// A button labelled by the item's `.link` text.
    pub(super) fn link(self, t: &Texts, key: &str, target: &str) -> Self {
        let label = t.text(&format!("{key}.link"));
        self.action(label, Do::Open(target.to_owned()))
    }

    /// A button labelled by the item's `.link` text that goes to `step`.
    pub(super) fn step_link(self, t: &Texts, key: &str, step: Step) -> Self {
        let label = t.text(&format!("{key}.link"));
        self.action(label, Do::GoTo(step))
    }

    pub(super) fn action(mut self, label: String, does: Do) -> Self {
        self.actions.push(ItemAction {
            label,
            does,
            warn: false,
        });
        self
    }

    pub(super) fn confirm(mut self, confirm: Confirm) -> Self {
        self.confirm = Some(confirm);
        self
    }

    /// Makes it a note: nothing to do by hand unless something failed.
    pub(super) fn note(mut self) -> Self {
        self.note = true;
        self
    }

    /// Adds the facts it rests on, each once.
    pub(super) fn facts(mut self, facts: &[FactId]) -> Self {
        for fact in facts {
            if !self.facts.contains(fact) {
                self.facts.push(*fact);
            }
        }
        self
    }
}
