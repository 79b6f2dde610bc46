//! Other devices, and Kaspersky's other apps.

use super::*;
use crate::fact_id::FactId;

pub(super) fn device_section(s: &Situation, t: &Texts, device: Device) -> Option<Section> {
    let e = Stage::Elsewhere;
    let leaving = leaving_kaspersky(s);
    let (id, key, items) = match device {
        // Google Play dropped Kaspersky's apps worldwide (F23); outside the
        // U.S. Kaspersky says installed apps keep updating (F36).
        Device::Android if !leaving => (
            "device-android",
            "section-device-android",
            vec![
                t.item(ItemId::AndroidCheck, e, "item-android-check")
                    .facts(&[FactId::F23, FactId::F36]),
            ],
        ),
        Device::Android => (
            "device-android",
            "section-device-android",
            vec![
                t.item(ItemId::AndroidRemove, e, "item-android-remove")
                    .facts(&[FactId::F4, FactId::F23]),
                t.item(ItemId::AndroidProtect, e, "item-android-protect"),
            ],
        ),
        _ if !leaving => return None,
        Device::Iphone => (
            "device-iphone",
            "section-device-iphone",
            vec![
                t.item(ItemId::IphoneRemove, e, "item-iphone-remove")
                    .facts(ban_facts(s)),
            ],
        ),
        Device::Mac => (
            "device-mac",
            "section-device-mac",
            vec![
                t.item(ItemId::MacRemove, e, "item-mac-remove")
                    .facts(ban_facts(s)),
            ],
        ),
        Device::WindowsPc => (
            "device-windows-pc",
            "section-device-windows-pc",
            vec![
                t.item(ItemId::PcRemove, e, "item-pc-remove")
                    .facts(ban_facts(s)),
            ],
        ),
    };
    t.section(id, key, items)
}

/// Kaspersky's VPN and Safe Kids, replaced too; worded as the ban's reach
/// only for a person it covers.
pub(super) fn companions(s: &Situation, t: &Texts) -> Option<Section> {
    if !leaving_kaspersky(s) {
        return None;
    }
    let e = Stage::Prepare;
    let (vpn, safe_kids, facts): (_, _, &[FactId]) = match s.coverage {
        Coverage::Covered => (
            "item-replace-vpn-covered",
            "item-replace-safe-kids-covered",
            &[FactId::F5],
        ),
        Coverage::Unknown => (
            "item-replace-vpn-unknown",
            "item-replace-safe-kids-unknown",
            &[FactId::F5, FactId::F21],
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
            Companion::Vpn => Some(t.item(ItemId::ReplaceVpn, e, vpn).facts(facts)),
            Companion::SafeKids => Some(t.item(ItemId::ReplaceSafeKids, e, safe_kids).facts(facts)),
        })
        .collect();
    t.section("companions", "section-companions", items)
}
