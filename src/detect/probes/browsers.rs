//! The Kaspersky Protection browser extension left in Chrome, Edge and
//! Firefox profiles.

use super::firefox_profiles;
use crate::detect::catalog::Product;
use crate::detect::parse::browsers::{join, parse_firefox_extensions};
use crate::detect::probe::{Ctx, Evidence, ProbeResult, Sighting, damaged};
use crate::detect::vocab::{LeftoverKind, Os};

const EXTENSIONS_LIMIT: u64 = 16 * 1024 * 1024;

/// The folders Chrome-like browsers keep their profiles in, by browser.
fn chromium_folders(ctx: &Ctx) -> Vec<(&'static str, String)> {
    let env = |key| ctx.system.env(key);
    match ctx.system.os() {
        Os::Windows => env("LOCALAPPDATA")
            .map(|local| {
                vec![
                    ("Google Chrome", format!(r"{local}\Google\Chrome\User Data")),
                    (
                        "Microsoft Edge",
                        format!(r"{local}\Microsoft\Edge\User Data"),
                    ),
                ]
            })
            .unwrap_or_default(),
        Os::MacOs => env("HOME")
            .map(|home| {
                vec![
                    (
                        "Google Chrome",
                        format!("{home}/Library/Application Support/Google/Chrome"),
                    ),
                    (
                        "Microsoft Edge",
                        format!("{home}/Library/Application Support/Microsoft Edge"),
                    ),
                ]
            })
            .unwrap_or_default(),
        _ => env("HOME")
            .map(|home| {
                vec![
                    ("Google Chrome", format!("{home}/.config/google-chrome")),
                    ("Chromium", format!("{home}/.config/chromium")),
                    ("Microsoft Edge", format!("{home}/.config/microsoft-edge")),
                ]
            })
            .unwrap_or_default(),
    }
}

/// Kaspersky Protection in every Chrome, Edge and Firefox profile. Only the
/// extension's folder is looked for in Chrome and Edge; Firefox's list of
/// add-ons is read, and nothing else.
pub fn browser_extensions(ctx: &Ctx) -> ProbeResult {
    let os = ctx.system.os();
    let mut found = Vec::new();
    let extensions: Vec<(&Product, &String)> = ctx
        .catalog
        .products
        .iter()
        .flat_map(|p| p.chromium_extensions.iter().map(move |id| (p, id)))
        .collect();
    for (browser, folder) in chromium_folders(ctx) {
        // No folder: the browser is not installed for this person.
        let Some(entries) = ctx.list_dir(&folder)? else {
            continue;
        };
        for profile in entries
            .iter()
            .filter(|e| *e == "Default" || e.starts_with("Profile "))
        {
            for (product, id) in &extensions {
                let path = join(os, &folder, &format!("{profile}/Extensions/{id}"));
                if ctx.exists(&path)? {
                    found.push(extension_sighting(product, browser, profile, path));
                }
            }
        }
    }
    for profile in firefox_profiles(ctx)? {
        let path = join(os, &profile, "extensions.json");
        // A profile never started has no list yet.
        let Some(bytes) = ctx.read_file(&path, EXTENSIONS_LIMIT)? else {
            continue;
        };
        let addons = parse_firefox_extensions(&String::from_utf8_lossy(&bytes))
            .map_err(|e| damaged(&path, e))?;
        let product = addons.iter().find_map(|(id, name)| {
            (ctx.catalog.match_mark(id)).or_else(|| ctx.catalog.match_mark(name))
        });
        if let Some(product) = product {
            let name = profile.rsplit(['/', '\\']).next().unwrap_or(&profile);
            found.push(extension_sighting(product, "Firefox", name, path));
        }
    }
    Ok(found)
}

fn extension_sighting(product: &Product, browser: &str, profile: &str, path: String) -> Sighting {
    let evidence = Evidence::BrowserExtension {
        browser: browser.to_owned(),
        profile: profile.to_owned(),
        path,
    };
    Sighting::leftover(product.id, LeftoverKind::BrowserExtension, evidence)
}
