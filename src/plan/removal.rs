//! Removing Kaspersky (and UltraAV, when it goes), and clearing away what
//! removed programs left behind.

use super::*;
use crate::fact_id::FactId;

pub(super) fn removal(s: &Situation, t: &Texts) -> Option<Section> {
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
                ItemId::UninstallKaspersky,
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
                t.item(ItemId::Kavremover, Stage::Remove, key)
                    .link(t, key, KAVREMOVER)
                    .facts(&[FactId::F18])
                    .note(),
            );
        }
    }
    if ultraav {
        let key = "item-remove-ultraav";
        let mut item = t
            .item(ItemId::RemoveUltraav, Stage::Remove, key)
            .facts(&[FactId::F14])
            .confirm(Confirm::Gone(Catalog::embedded().replacement().id));
        if s.os == Os::Windows {
            item = uninstallers(item, s, t, warn, |r| r.product().auto_replacement).link(
                t,
                key,
                INSTALLED_APPS,
            );
        }
        items.push(item);
    }
    if !items.is_empty() {
        items.push(t.item(ItemId::Restart, Stage::Restart, "item-restart"));
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
pub(super) fn uninstallers(
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
pub(super) fn left_behind(s: &Situation, t: &Texts) -> Option<Section> {
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
                    item(ItemId::LeftoverRegistration, "item-leftover-registration")
                        .facts(&[FactId::F40])
                }
                (LeftoverKind::Certificate, true) => item(
                    ItemId::LeftoverCertificate,
                    "item-leftover-certificate-windows",
                )
                .facts(&[FactId::F26]),
                (LeftoverKind::Certificate, false) => {
                    item(ItemId::LeftoverCertificate, "item-leftover-certificate-mac")
                        .facts(&[FactId::F26])
                }
                (LeftoverKind::BrowserExtension, _) => {
                    item(ItemId::LeftoverExtension, "item-leftover-extension").facts(&[FactId::F27])
                }
                (LeftoverKind::Service, true) => {
                    let key = "item-leftover-services-windows";
                    item(ItemId::LeftoverServices, key)
                        .link(t, key, KAVREMOVER)
                        .facts(&[FactId::F28, FactId::F18])
                }
                (LeftoverKind::Service, false) => {
                    item(ItemId::LeftoverServices, "item-leftover-services-mac")
                }
                (LeftoverKind::RegistryKey, _) if services_too => item(
                    ItemId::LeftoverRegistry,
                    "item-leftover-registry-with-services",
                )
                .facts(&[FactId::F28, FactId::F18])
                .note(),
                (LeftoverKind::RegistryKey, _) => {
                    let key = "item-leftover-registry";
                    item(ItemId::LeftoverRegistry, key)
                        .link(t, key, KAVREMOVER)
                        .facts(&[FactId::F28, FactId::F18])
                }
                (LeftoverKind::Folder, true) => {
                    item(ItemId::LeftoverFolders, "item-leftover-folders-windows")
                        .facts(&[FactId::F28])
                }
                (LeftoverKind::Folder, false) => {
                    item(ItemId::LeftoverFolders, "item-leftover-folders-mac")
                }
            };
            done.confirm(Confirm::NoLeftover(*kind))
        })
        .collect();
    t.section("left-behind", "section-left-behind", items)
}

pub(super) fn uninstall_item(s: &Situation, t: &Texts, warn: bool) -> Item {
    let id = ItemId::UninstallKaspersky;
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
            let antivirus =
                |r: &Removable| r.product().affected && r.product().kind == Kind::Antivirus;
            let item = uninstallers(item, s, t, warn, antivirus);
            let others = |r: &Removable| r.product().affected && !antivirus(r);
            uninstallers(item, s, t, warn, others)
                .link(t, key, INSTALLED_APPS)
                .facts(&[FactId::F38, FactId::F39])
        }
        Os::MacOs => {
            let key = "item-uninstall-kaspersky-mac";
            let item = t.item(id, Stage::Remove, key);
            let app = s
                .machine
                .removable
                .iter()
                .filter(|r| r.product().affected)
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
                .filter(|r| r.product().affected)
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
pub(super) fn ban_facts(s: &Situation) -> &'static [FactId] {
    match s.coverage {
        Coverage::Covered if s.machine.kaspersky().is_some_and(Antivirus::is_current) => {
            &[FactId::F4, FactId::F25]
        }
        Coverage::Covered => &[FactId::F4],
        Coverage::Unknown => &[FactId::F4, FactId::F21],
        Coverage::NotCovered => &[],
    }
}
