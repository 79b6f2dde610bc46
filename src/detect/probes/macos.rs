//! macOS: application bundles, Kaspersky's support folder and launch
//! daemons, and the version of Apple's built-in XProtect.

use crate::detect::parse::macos::{is_uninstaller, macos_major, parse_info_plist};
use crate::detect::probe::{Ctx, Evidence, ProbeResult, Sighting, damaged, unreadable};
use crate::detect::product_id::ProductId;
use crate::detect::vocab::{LeftoverKind, State, Witness};

/// Where XProtect keeps its version before macOS 15, newest place first.
const XPROTECT_PLISTS: [&str; 3] = [
    "/Library/Apple/System/Library/CoreServices/XProtect.bundle/Contents/Info.plist",
    "/System/Library/CoreServices/XProtect.bundle/Contents/Info.plist",
    "/System/Library/CoreServices/CoreTypes.bundle/Contents/Resources/XProtect.meta.plist",
];
/// Where the XProtect in use lives on macOS 15 and later (fact F34).
const XPROTECT_IN_USE: &str = "/var/protected/xprotect/XProtect.bundle/Contents/Info.plist";
const SYSTEM_VERSION: &str = "/System/Library/CoreServices/SystemVersion.plist";
const LAUNCH_DAEMONS: &str = "/Library/LaunchDaemons";
const PLIST_LIMIT: u64 = 1024 * 1024;

pub fn applications(ctx: &Ctx) -> ProbeResult {
    let mut folders = vec!["/Applications".to_owned()];
    if let Some(home) = ctx.system.env("HOME") {
        folders.push(format!("{home}/Applications"));
    }
    let mut sightings = Vec::new();
    for (n, folder) in folders.iter().enumerate() {
        let entries = match ctx.list_dir(folder)? {
            Some(entries) => entries,
            None if n > 0 => continue, // a personal Applications folder is optional
            None => return Err(unreadable(folder, &std::io::ErrorKind::NotFound.into()).into()),
        };
        for bundle in entries.iter().filter(|e| e.ends_with(".app")) {
            let Some(product) = ctx.catalog.match_bundle(bundle) else {
                continue;
            };
            let plist_path = format!("{folder}/{bundle}/Contents/Info.plist");
            let info = ctx
                .system
                .read_file(&plist_path, PLIST_LIMIT)
                .ok()
                .and_then(|bytes| parse_info_plist(&bytes).ok())
                .unwrap_or_default();
            let path = format!("{folder}/{bundle}");
            if is_uninstaller(bundle) {
                // Not the product, but how to remove it.
                let seen = Evidence::Uninstaller { path: path.clone() };
                let mut sighting = Sighting::of(product, &product.name, seen).supporting();
                sighting.uninstaller = Some(path);
                sightings.push(sighting);
                continue;
            }
            let name = info
                .name
                .unwrap_or_else(|| bundle.trim_end_matches(".app").to_owned());
            let mut sighting = Sighting::of(product, &name, Evidence::Application { path });
            sighting.version = info.version;
            sightings.push(sighting);
        }
    }
    Ok(sightings)
}

/// Launch daemons and agents start a product's background parts; support
/// folders hold its settings. All of them outlive an uninstall, so they add
/// to a product found by its application, and are left behind otherwise.
pub fn system_files(ctx: &Ctx) -> ProbeResult {
    let home = ctx.system.env("HOME");
    // Daemons start with the Mac; agents when someone logs in.
    let mut launch_folders = vec![
        (LAUNCH_DAEMONS.to_owned(), true),
        ("/Library/LaunchAgents".to_owned(), false),
    ];
    if let Some(home) = &home {
        launch_folders.push((format!("{home}/Library/LaunchAgents"), false));
    }
    let mut sightings = Vec::new();
    for (folder, at_startup) in &launch_folders {
        let items = ctx.list_dir(folder)?.unwrap_or_default();
        for product in &ctx.catalog.products {
            for item in items.iter().filter(|item| {
                product
                    .mac_daemon_prefixes
                    .iter()
                    .any(|prefix| item.starts_with(prefix.as_str()))
            }) {
                let seen = Evidence::LaunchItem {
                    path: format!("{folder}/{item}"),
                    at_startup: *at_startup,
                };
                sightings.push(Sighting::leftover(product.id, LeftoverKind::Service, seen));
            }
        }
    }
    for product in &ctx.catalog.products {
        let personal = home.iter().flat_map(|home| {
            product
                .mac_paths
                .iter()
                .filter(|p| p.starts_with("/Library/"))
                .map(move |p| format!("{home}{p}"))
        });
        let folders: Vec<String> = product.mac_paths.iter().cloned().chain(personal).collect();
        for path in folders {
            if !ctx.exists(&path)? {
                continue;
            }
            let seen = Evidence::ProgramFolder { path };
            sightings.push(Sighting::leftover(product.id, LeftoverKind::Folder, seen));
        }
    }
    Ok(sightings)
}

/// XProtect's version, from where the XProtect in use lives: on macOS 15
/// and later its own protected folder, where the older copy (still read as
/// a fallback) may be stale, so it is said to be so. Never called current:
/// no date comes with it.
pub fn xprotect(ctx: &Ctx) -> ProbeResult {
    let product = ctx.catalog.product(ProductId::XProtect);
    let major = ctx
        .read_file(SYSTEM_VERSION, PLIST_LIMIT)?
        .and_then(|bytes| macos_major(&bytes));
    let sequoia = major.is_some_and(|m| m >= 15);
    let in_use = if sequoia {
        ctx.first_existing(&[XPROTECT_IN_USE])?
    } else {
        None
    };
    let fallback = ctx
        .first_existing(&XPROTECT_PLISTS)?
        .unwrap_or(XPROTECT_PLISTS[0]);
    let path = in_use.unwrap_or(fallback);
    let bytes = ctx
        .system
        .read_file(path, PLIST_LIMIT)
        .map_err(|e| unreadable(path, &e))?;
    let info = parse_info_plist(&bytes).map_err(|e| damaged(path, e))?;
    let seen = Evidence::Xprotect {
        version: info.version.clone(),
        path: path.to_owned(),
        older_copy: sequoia && in_use.is_none(),
    };
    // XProtect is part of macOS and always on.
    let mut sighting =
        Sighting::of(product, &product.name, seen).says(Witness::OwnReport, State::On);
    sighting.definitions = info.version;
    Ok(vec![sighting])
}
