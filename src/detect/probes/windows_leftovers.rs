//! What Kaspersky and UltraAV leave in Windows once removed: services and
//! drivers, registry keys and folders, read through the registry's API.

use super::system_root;
use crate::detect::parse::windows::{image_file, is_driver};
use crate::detect::probe::{Ctx, Evidence, ProbeResult, Sighting};
use crate::detect::product_id::ProductId;
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
        let Some(product) = ctx.catalog.match_service(&name).map(|p| p.id) else {
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

fn service_sighting(
    ctx: &Ctx,
    key: &RegKey,
    product: ProductId,
    root: &str,
) -> Result<Sighting, Msg> {
    let file = image_file(key.string("ImagePath").unwrap_or_default(), root);
    let seen = Evidence::WindowsService {
        name: key.name().to_owned(),
        shown_as: key.string("DisplayName").unwrap_or_default().to_owned(),
        driver: is_driver(key),
        file_gone: !ctx.exists(&file)?,
        file,
    };
    Ok(Sighting::leftover(product, LeftoverKind::Service, seen))
}

/// Registry keys that outlive the products.
pub const LEFTOVER_KEYS: [(&str, ProductId); 4] = [
    (r"HKLM\SOFTWARE\KasperskyLab", ProductId::Kaspersky),
    (
        r"HKLM\SOFTWARE\WOW6432Node\KasperskyLab",
        ProductId::Kaspersky,
    ),
    (r"HKCU\Software\KasperskyLab", ProductId::Kaspersky),
    (r"HKLM\SOFTWARE\UltraAV", ProductId::UltraAv),
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
            let seen = Evidence::RegistryKey {
                key: key.to_owned(),
            };
            found.push(Sighting::leftover(product, LeftoverKind::RegistryKey, seen));
        }
    }
    for folder in kaspersky_folders(ctx) {
        if ctx.exists(&folder)? {
            let seen = Evidence::SettingsFolder { path: folder };
            found.push(Sighting::leftover(
                ProductId::Kaspersky,
                LeftoverKind::Folder,
                seen,
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
