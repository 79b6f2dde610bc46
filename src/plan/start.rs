//! Before anything is removed: the check, the choice, what to save while
//! still protected, and the payments.

use super::*;
use crate::fact_id::FactId;

pub(super) fn start(s: &Situation, t: &Texts, path: bool) -> Option<Section> {
    let mut items = Vec::new();
    let check_key = match s.machine.checked {
        Checked::NotYet => Some("item-check-computer"),
        Checked::Failed => Some("item-check-computer-failed"),
        Checked::Done => None,
    };
    if let Some(key) = check_key {
        items.push(
            t.item(ItemId::CheckComputer, Stage::Check, key)
                .step_link(t, key, Step::Check),
        );
    }
    // An organisation's computer: its IT decides first, and the ban is
    // still explained.
    if s.managed && kaspersky_goes(s) {
        items.push(
            t.item(ItemId::AskIt, Stage::Check, "item-ask-it")
                .facts(ban_facts(s))
                .confirm(Confirm::NoKaspersky),
        );
    }
    if s.coverage == Coverage::NotCovered && s.kaspersky_here && s.choice.is_none() {
        items.push(
            t.item(
                ItemId::SwitchingOptional,
                Stage::Decide,
                "item-switching-optional",
            )
            .facts(&[FactId::F21, FactId::F22])
            // Nothing to tick: it says what is theirs to decide.
            .note(),
        );
    }
    if path && s.choice.is_none() {
        let key = "item-choose-replacement";
        items.push(
            t.item(ItemId::ChooseReplacement, Stage::Decide, key)
                .step_link(t, key, Step::Choose)
                .facts(FactId::LAB_TESTS),
        );
    }
    t.section("start", "section-start", items)
}

pub(super) fn before_removing(
    s: &Situation,
    t: &Texts,
    goal: &Goal,
    path: bool,
) -> Option<Section> {
    let mut items = Vec::new();
    let leaving = leaving_kaspersky(s);
    // Every password leaves Kaspersky Password Manager before it is
    // removed, and the plain-text file they travel in is deleted after.
    if leaving && s.companions.contains(&Companion::PasswordManager) {
        items.push(
            t.item(
                ItemId::ExportPasswords,
                Stage::Prepare,
                "item-export-passwords",
            )
            .facts(&[FactId::F35, FactId::F17]),
        );
        items.push(
            t.item(
                ItemId::ImportPasswords,
                Stage::Prepare,
                "item-import-passwords",
            )
            .facts(&[FactId::F35]),
        );
        items.push(
            t.item(ItemId::DeleteExport, Stage::Prepare, "item-delete-export")
                .facts(&[FactId::F35]),
        );
    }
    let pays = consumer(s) && s.choice != Some(Choice::KeepReplacement);
    if pays && (kaspersky_goes(s) || (leaving && s.renewal.is_some_and(|r| r != Renewal::No))) {
        items.push(t.item(
            ItemId::NoteSubscription,
            Stage::Prepare,
            "item-note-subscription",
        ));
    }
    // With nothing to remove, the new protection goes on at once (see
    // `protection`): no installer waits beside the old one.
    let clear = nothing_to_remove(s);
    if path && downloads(s, goal) && !clear {
        items.push(t.item(
            ItemId::DownloadReplacement,
            Stage::Prepare,
            "item-download-replacement",
        ));
    }
    if consumer(s) && kaspersky_antivirus_goes(s) {
        items.push(
            t.item(
                ItemId::CheckQuarantine,
                Stage::Prepare,
                "item-check-quarantine",
            )
            .facts(&[FactId::F18]),
        );
    }
    let title = if clear {
        "section-before-switching"
    } else {
        "section-before"
    };
    t.section("before", title, items)
}

/// A product the person chose that is not on this computer yet: its
/// installer is fetched while the old protection still runs.
pub(super) fn downloads(s: &Situation, goal: &Goal) -> bool {
    matches!(s.choice, Some(Choice::Product(_) | Choice::Other(_))) && goal.found().is_none()
}

pub(super) fn payments(s: &Situation, t: &Texts) -> Option<Section> {
    // An employer's or its IT's computer has no subscription of theirs.
    consumer(s).then_some(())?;
    // Keeping UltraAV keeps the subscription that moved to it: one item to
    // know what it costs, in a section of its own, nothing to cancel.
    if s.choice == Some(Choice::KeepReplacement) {
        let key = "item-check-ultraav-billing-keep";
        let item = t
            .item(ItemId::CheckUltraavBilling, Stage::Pay, key)
            .facts(&[FactId::F13]);
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
                t.item(ItemId::CancelRenewal, Stage::Pay, key)
                    .link(t, key, MY_KASPERSKY)
                    .facts(&[FactId::F13, FactId::F42]),
            );
        }
    } else {
        if renews && leaving_kaspersky(s) {
            let key = "item-cancel-renewal";
            items.push(
                t.item(ItemId::CancelRenewal, Stage::Pay, key)
                    .link(t, key, MY_KASPERSKY),
            );
        }
        // The hand-over to UltraAV was for U.S. customers (F13): its charges
        // concern anyone else only where UltraAV was found.
        if s.ultraav_here {
            let key = "item-check-ultraav-billing-elsewhere";
            items.push(t.item(ItemId::CheckUltraavBilling, Stage::Pay, key));
        }
    }
    t.section("payments", "section-payments", items)
}
