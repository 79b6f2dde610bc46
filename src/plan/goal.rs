//! What is to protect this computer once the plan is done, and the plain
//! questions about the person's situation every section asks.

use super::*;

/// What is to protect this computer once the plan is done.
pub(super) enum Goal<'a> {
    /// What the person chose; `found` when a check saw it installed.
    Chosen {
        id: Option<ProductId>,
        found: Option<&'a Antivirus>,
    },
    /// Nothing chosen, but an anti-virus already here can do it.
    Existing(&'a Antivirus),
    /// Nothing chosen and nothing suitable here.
    Undecided,
}

impl<'a> Goal<'a> {
    pub(super) fn of(s: &'a Situation) -> Self {
        let machine = &s.machine;
        let chosen = |id: Option<ProductId>, name: &str| Goal::Chosen {
            id,
            found: machine.find(id, name),
        };
        match &s.choice {
            Some(Choice::BuiltIn) => chosen(Some(built_in_id(s.os)), ""),
            Some(Choice::Product(id)) => chosen(Some(*id), ""),
            // A name typed (never Kaspersky's own: the model leaves those
            // out of `chosen_name`).
            Some(Choice::Other(_)) => match &s.chosen_name {
                Some(name) => chosen(None, name),
                None => Goal::Undecided,
            },
            Some(Choice::KeepReplacement) => chosen(Some(Catalog::embedded().replacement().id), ""),
            None => machine
                .antivirus
                .iter()
                .filter(|a| !a.kaspersky || s.coverage == Coverage::NotCovered)
                .max_by_key(|a| (a.active, a.is_current(), !a.kaspersky))
                .map_or(Goal::Undecided, Goal::Existing),
        }
    }

    pub(super) fn found(&self) -> Option<&'a Antivirus> {
        match self {
            Goal::Chosen { found, .. } => *found,
            Goal::Existing(a) => Some(a),
            Goal::Undecided => None,
        }
    }

    pub(super) fn id(&self) -> Option<ProductId> {
        match self {
            Goal::Chosen { id, found } => id.or(found.and_then(|a| a.id)),
            Goal::Existing(a) => a.id,
            Goal::Undecided => None,
        }
    }

    pub(super) fn name(&self, s: &Situation, lang: Lang) -> String {
        match (self, &s.chosen_name) {
            (Goal::Chosen { .. }, Some(name)) => name.clone(),
            (Goal::Existing(a), _) => a.name.clone(),
            _ => t!(lang, "plan-your-new-antivirus"),
        }
    }

    /// What a check must see on, with current definitions, to confirm the
    /// items about this protection: the product itself, never any other.
    pub(super) fn confirm(&self, s: &Situation) -> Confirm {
        match (self.id(), self, &s.chosen_name) {
            (Some(id), _, _) => Confirm::Protecting(Target {
                id: Some(id),
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
pub(super) fn updates_key(s: &Situation) -> &'static str {
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
pub(super) fn leaving_kaspersky(s: &Situation) -> bool {
    s.coverage != Coverage::NotCovered || s.choice.is_some()
}

/// The check looked and saw no anti-virus to remove before the new
/// protection goes on: no Kaspersky, no UltraAV, no product but the one
/// built into the system. Never said before a check has looked.
pub(super) fn nothing_to_remove(s: &Situation) -> bool {
    s.machine.checked == Checked::Done
        && !s.kaspersky_here
        && !s.ultraav_here
        && s.machine.antivirus.iter().all(|a| a.built_in)
}

pub(super) fn kaspersky_goes(s: &Situation) -> bool {
    s.kaspersky_here && leaving_kaspersky(s)
}

/// Kaspersky's anti-virus itself goes (not only its other programs, such
/// as the Network Agent): its quarantine and definitions matter.
pub(super) fn kaspersky_antivirus_goes(s: &Situation) -> bool {
    s.kaspersky_antivirus_here && leaving_kaspersky(s)
}

/// A home product the person pays for themselves: an employer's or its
/// IT's computer has no subscription of theirs to cancel.
pub(super) fn consumer(s: &Situation) -> bool {
    !s.managed
}

pub(super) fn ultraav_goes(s: &Situation) -> bool {
    s.ultraav_here && s.choice.is_some() && s.choice != Some(Choice::KeepReplacement)
}

/// The last check confirms exactly one active anti-virus with current
/// definitions, it is the one to keep, and nothing has to go.
pub(super) fn protected(s: &Situation, goal: &Goal) -> bool {
    let active: Vec<&Antivirus> = s.machine.active().collect();
    s.machine.checked == Checked::Done
        && !(s.machine.kaspersky && leaving_kaspersky(s))
        && !ultraav_goes(s)
        && matches!(active.as_slice(), [one] if one.is_current()
            && goal.found().is_some_and(|g| g.id == one.id && g.name == one.name))
}
