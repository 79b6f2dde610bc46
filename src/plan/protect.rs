//! Turning on the protection to keep, updating it, checking again, and
//! Windows 10's own item.

use super::*;
use crate::fact_id::FactId;

pub(super) fn protection(s: &Situation, t: &Texts, goal: &Goal, path: bool) -> Option<Section> {
    if !path {
        // Defender is no app of its own: Windows Security shows its updates.
        let keep = if s.os == Os::Windows && goal.id() == Some(built_in_id(Os::Windows)) {
            let key = "item-keep-updating-defender";
            t.item(ItemId::KeepUpdating, Stage::Update, key)
                .link(t, key, WINDOWS_SECURITY)
        } else {
            t.item(ItemId::KeepUpdating, Stage::Update, "item-keep-updating")
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
pub(super) fn get_item(s: &Situation, t: &Texts, goal: &Goal) -> Option<Item> {
    let id = goal.id();
    let built_in = |os: Os| id == Some(built_in_id(os)) && s.os == os;
    if built_in(Os::Windows) {
        // Windows should turn it on by itself (F32); only a check can say.
        // A policy value seen may keep it off (F41).
        let item = if s.machine.saw(Setting::OffByPolicy) {
            let key = "item-confirm-defender-policy";
            t.item(ItemId::ConfirmDefender, Stage::Protect, key)
                .link(t, key, WINDOWS_SECURITY)
                .facts(&[FactId::F19, FactId::F32, FactId::F41])
        } else {
            let key = "item-confirm-defender";
            t.item(ItemId::ConfirmDefender, Stage::Protect, key)
                .link(t, key, WINDOWS_SECURITY)
                .facts(&[FactId::F19, FactId::F32])
        };
        return Some(item);
    }
    let linux_own = id == Some(built_in_id(Os::Linux));
    if built_in(Os::MacOs) || (linux_own && goal.found().is_some()) {
        return None;
    }
    if id == Some(Catalog::embedded().replacement().id) {
        return Some(t.item(ItemId::KeepUltraav, Stage::Protect, "item-keep-ultraav"));
    }
    if linux_own && s.os == Os::Linux {
        let item = t.item(ItemId::InstallClamav, Stage::Protect, "item-install-clamav");
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
    // "Only after the old anti-virus is removed" where there is one; where
    // the check saw none, installing comes first and says why.
    let (get, install, install_linux) = if nothing_to_remove(s) {
        (
            "item-get-protection-now",
            "item-install-replacement-now",
            "item-install-replacement-linux-now",
        )
    } else {
        (
            "item-get-protection",
            "item-install-replacement",
            "item-install-replacement-linux",
        )
    };
    let item = match (goal, goal.found()) {
        (Goal::Undecided, _) => t.item(ItemId::InstallReplacement, Stage::Protect, get),
        (_, Some(_)) => t.item(
            ItemId::TurnOnProtection,
            Stage::Protect,
            "item-turn-on-protection",
        ),
        (_, None) if s.os == Os::Linux => {
            t.item(ItemId::InstallReplacement, Stage::Protect, install_linux)
        }
        (_, None) => t.item(ItemId::InstallReplacement, Stage::Protect, install),
    };
    Some(item)
}

/// Bringing the kept protection's virus definitions up to date.
pub(super) fn update_item(s: &Situation, t: &Texts, goal: &Goal) -> Item {
    let own = goal.id().filter(|id| *id == built_in_id(s.os));
    match (s.os, own) {
        (Os::Windows, Some(_)) => {
            let key = "item-update-defender";
            t.item(ItemId::UpdateDefender, Stage::Update, key)
                .link(t, key, WINDOWS_SECURITY)
        }
        (Os::MacOs, Some(_)) => {
            let key = "item-macos-updates";
            t.item(ItemId::MacosUpdates, Stage::Update, key)
                .link(t, key, SOFTWARE_UPDATE)
                .facts(&[FactId::F19Mac, FactId::F34])
        }
        (Os::Linux, Some(_)) => {
            let item = t.item(ItemId::UpdateClamav, Stage::Update, "item-update-clamav");
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
            ItemId::UpdateDefinitions,
            Stage::Update,
            "item-update-definitions",
        ),
    }
}

pub(super) fn verify(s: &Situation, t: &Texts, goal: &Goal, path: bool) -> Option<Section> {
    path.then_some(())?;
    // Confirmed only when the one active, current anti-virus is the one to
    // keep and everything to remove is gone; keeping Kaspersky, the check
    // cannot confirm that it is gone.
    let keep = match goal.confirm(s) {
        Confirm::Protecting(target) => Some(target),
        _ => None,
    };
    let gone = if ultraav_goes(s) {
        vec![Catalog::embedded().replacement().id]
    } else {
        Vec::new()
    };
    let (key, confirm) = if leaving_kaspersky(s) {
        ("item-check-again", Confirm::AllClear { keep, gone })
    } else {
        ("item-check-again-keeping", Confirm::OneProtecting)
    };
    let check = t
        .item(ItemId::CheckAgain, Stage::Verify, key)
        .step_link(t, key, Step::Check)
        .confirm(confirm);
    t.section("verify", "section-verify", vec![check])
}

/// Windows 10 gets security updates only while enrolled in ESU, and
/// Defender's definitions keep coming for a while (fact F31); the dates are
/// the advisory's.
pub(super) fn windows_10(s: &Situation, t: &Texts) -> Option<Section> {
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
        .item_with(ItemId::Windows10, Stage::Verify, key, &args)
        .facts(&[FactId::F31]);
    t.section("windows-10", "section-windows-10", vec![item])
}
