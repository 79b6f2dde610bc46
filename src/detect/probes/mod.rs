//! The probes: each asks the port what it needs and reads the answers
//! with the pure parsers, reporting sightings or why it could not look.
//! Probes never call each other; what several share is here.

pub mod browsers;
pub mod certificates;
pub mod linux;
pub mod macos;
pub mod system_info;
pub mod windows;
pub mod windows_leftovers;

use super::parse::browsers::{join, parse_profiles_ini};
use super::probe::Ctx;
use super::vocab::Os;
use crate::i18n::Msg;

const SMALL_FILE: u64 = 1024 * 1024;

/// The Windows folder, as the system names it.
fn system_root(ctx: &Ctx) -> String {
    ctx.system
        .env("SystemRoot")
        .unwrap_or_else(|| r"C:\Windows".to_owned())
}

/// The folders holding Firefox's `profiles.ini`.
fn firefox_folders(ctx: &Ctx) -> Vec<String> {
    let env = |key| ctx.system.env(key);
    match ctx.system.os() {
        Os::Windows => env("APPDATA")
            .map(|roaming| vec![format!(r"{roaming}\Mozilla\Firefox")])
            .unwrap_or_default(),
        Os::MacOs => env("HOME")
            .map(|home| vec![format!("{home}/Library/Application Support/Firefox")])
            .unwrap_or_default(),
        _ => env("HOME")
            .map(|home| {
                vec![
                    format!("{home}/.mozilla/firefox"),
                    format!("{home}/snap/firefox/common/.mozilla/firefox"),
                ]
            })
            .unwrap_or_default(),
    }
}

/// Every Firefox profile folder on this computer. A Firefox that was never
/// started has no `profiles.ini`.
fn firefox_profiles(ctx: &Ctx) -> Result<Vec<String>, Msg> {
    let os = ctx.system.os();
    let mut profiles = Vec::new();
    for folder in firefox_folders(ctx) {
        let ini = join(os, &folder, "profiles.ini");
        if let Some(bytes) = ctx.read_file(&ini, SMALL_FILE)? {
            profiles.extend(parse_profiles_ini(
                &String::from_utf8_lossy(&bytes),
                &folder,
                os,
            ));
        }
    }
    Ok(profiles)
}
