//! What Kaspersky and UltraAV leave in Windows once removed: services and
//! drivers, registry keys and folders, read through the registry's API.

use super::{leftover, system_root};
use crate::detect::parse::windows::{image_file, is_driver, service_product};
use crate::detect::probe::{Ctx, Evidence, ProbeResult, Sighting};
use crate::detect::registry::RegKey;
use crate::detect::vocab::LeftoverKind;
use crate::i18n::Msg;
use crate::msg;

pub const SERVICES_KEY: &str = r"HKLM\SYSTEM\CurrentControlSet\Services";

/// Services and drivers of Kaspersky and UltraAV, with whether the file
/// each starts is still there (an orphan when it is gone). Only the keys
/// of services named like theirs are opened.
pub fn windows_services(ctx: &Ctx) -> ProbeResult {
    let services = ctx
        .system
        .registry_key(SERVICES_KEY)
        .map_err(|e| unreadable_key(SERVICES_KEY, e.detail()))?
        .map(|key| key.subkeys)
        .unwrap_or_default();
    let root = system_root(ctx);
    let mut found = Vec::new();
    for name in services {
        let Some(product) = service_product(&name) else {
            continue;
        };
        let path = format!(r"{SERVICES_KEY}\{name}");
        let key = ctx
            .system
            .registry_key(&path)
            .map_err(|e| unreadable_key(&path, e.detail()))?;
        if let Some(key) = key {
            found.push(service_sighting(ctx, &key, product, &root)?);
        }
    }
    Ok(found)
}

fn service_sighting(ctx: &Ctx, key: &RegKey, product: &str, root: &str) -> Result<Sighting, Msg> {
    let file = image_file(key.value("ImagePath").unwrap_or_default(), root);
    let gone = if ctx.exists(&file)? { "no" } else { "yes" };
    let shown = key.value("DisplayName").unwrap_or_default();
    let detail = msg!(
        "evidence-leftover-service",
        name = key.name(),
        named = if shown.is_empty() { "no" } else { "yes" },
        shown = shown,
        driver = if is_driver(key) { "yes" } else { "no" },
        file = file,
        gone = gone
    );
    Ok(leftover(
        product,
        LeftoverKind::Service,
        Evidence::new("probe-windows-services", detail),
    ))
}

/// Registry keys that outlive the products.
pub const LEFTOVER_KEYS: [(&str, &str); 4] = [
    (r"HKLM\SOFTWARE\KasperskyLab", "kaspersky"),
    (r"HKLM\SOFTWARE\WOW6432Node\KasperskyLab", "kaspersky"),
    (r"HKCU\Software\KasperskyLab", "kaspersky"),
    (r"HKLM\SOFTWARE\UltraAV", "ultraav"),
];

/// Kaspersky's and UltraAV's registry keys, and Kaspersky's folders.
pub fn windows_settings(ctx: &Ctx) -> ProbeResult {
    let mut found = Vec::new();
    for (key, product) in LEFTOVER_KEYS {
        let read = ctx
            .system
            .registry_key(key)
            .map_err(|e| unreadable_key(key, e.detail()))?;
        if read.is_some() {
            let detail = msg!("evidence-leftover-key", key = key);
            found.push(leftover(
                product,
                LeftoverKind::RegistryKey,
                Evidence::new("probe-leftover-settings", detail),
            ));
        }
    }
    for folder in kaspersky_folders(ctx) {
        if ctx.exists(&folder)? {
            let detail = msg!("evidence-folder", path = &folder);
            found.push(leftover(
                "kaspersky",
                LeftoverKind::Folder,
                Evidence::new("probe-leftover-settings", detail),
            ));
        }
    }
    Ok(found)
}

fn kaspersky_folders(ctx: &Ctx) -> Vec<String> {
    let env = |key: &str, default: &str| ctx.system.env(key).unwrap_or_else(|| default.to_owned());
    let mut folders = vec![
        env("ProgramFiles", r"C:\Program Files"),
        env("ProgramFiles(x86)", r"C:\Program Files (x86)"),
        env("ProgramData", r"C:\ProgramData"),
    ];
    folders.dedup();
    folders
        .into_iter()
        .map(|base| format!(r"{base}\Kaspersky Lab"))
        .collect()
}

fn unreadable_key(key: &str, detail: &str) -> Msg {
    msg!("failure-unreadable", path = key, detail = detail)
}
