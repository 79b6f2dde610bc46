//! The checklist: a pure function from the person's situation to ordered
//! sections of items. Item ids are stable strings, so ticks saved by one
//! version of AV Switch still apply in the next.

use serde::Serialize;

use crate::coverage::Coverage;
use crate::detect::catalog::{Catalog, Kind};
use crate::detect::{Finding, LeftoverKind, Os, PackageManager, ProductId, ScanReport, Setting};
use crate::humanize;
use crate::i18n::{Arg, Lang};
use crate::situation::{
    Antivirus, Checked, Choice, Companion, Device, Removable, Renewal, Situation, built_in_id,
};
use crate::step::Step;
use crate::t;

/// The documented Windows Settings pages (fact F33).
pub const INSTALLED_APPS: &str = "ms-settings:appsfeatures";
pub const WINDOWS_SECURITY: &str = "ms-settings:windowsdefender";
/// System Settings' Software Update pane on macOS.
pub const SOFTWARE_UPDATE: &str = "x-apple.systempreferences:com.apple.preferences.softwareupdate";
pub(super) const KAVREMOVER: &str = "https://support.kaspersky.com/common/uninstall/1464";
pub(super) const MY_KASPERSKY: &str = "https://my.kaspersky.com/";

mod elsewhere;
mod goal;
mod id;
mod item;
mod protect;
mod removal;
mod start;
mod texts;

use elsewhere::*;
use goal::*;
pub use id::ItemId;
pub use item::*;
use protect::*;
use removal::*;
use start::*;
use texts::*;

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

#[cfg(test)]
mod tests;
