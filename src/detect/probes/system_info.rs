//! What the check notes about the system itself, beside the products: the
//! region its settings name (only ever a suggestion, fact F24) and which
//! version of the system this is.

use crate::detect::parse::region::{locale_region, windows_geo};
use crate::detect::parse::windows::{VERSION_KEY, WindowsVersion, windows_version};
use crate::detect::probe::Ctx;
use crate::detect::vocab::{Os, PackageManager};

/// Windows keeps the home location apart from the language.
pub const WINDOWS_GEO_KEY: &str = r"HKCU\Control Panel\International\Geo";
const MAC_DEFAULTS: &str = "/usr/bin/defaults";

/// The ISO 3166 code of the region the system's settings name ("US", "ID"),
/// or `None` when there is none or it can't be read. Linux has no region
/// setting of its own: its locale (`en_US`) names a language, which says
/// nothing about where someone is.
pub fn system_region(ctx: &Ctx) -> Option<String> {
    match ctx.system.os() {
        Os::Windows => windows_geo(&ctx.system.registry_key(WINDOWS_GEO_KEY).ok()??),
        Os::MacOs => {
            let out = ctx.run(MAC_DEFAULTS, &["read", "-g", "AppleLocale"]).ok()?;
            locale_region(&String::from_utf8_lossy(&out.stdout))
        }
        Os::Linux | Os::Other => None,
    }
}

const DPKG_STATUS: &str = "/var/lib/dpkg/status";
const RPM: [&str; 2] = ["/usr/bin/rpm", "/bin/rpm"];

/// How this Linux installs programs: dpkg's database means `apt`, rpm
/// means `dnf`.
pub fn package_manager(ctx: &Ctx) -> Option<PackageManager> {
    if ctx.system.os() != Os::Linux {
        return None;
    }
    if ctx.exists(DPKG_STATUS).ok()? {
        return Some(PackageManager::Apt);
    }
    ctx.first_existing(&RPM).ok()?.map(|_| PackageManager::Dnf)
}

/// Which Windows this is; `None` elsewhere or when it cannot be read.
pub fn windows_release(ctx: &Ctx) -> Option<WindowsVersion> {
    match ctx.system.os() {
        Os::Windows => windows_version(&ctx.system.registry_key(VERSION_KEY).ok()??),
        _ => None,
    }
}
