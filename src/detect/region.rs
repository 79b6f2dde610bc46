//! The region set in the system's settings: only ever a suggestion for the
//! "where do you use this computer?" question, which the person confirms.
//! A language or locale is not a country (fact F24), so each system's own
//! region setting is read where there is one.

use super::probe::Ctx;
use super::system::Os;
use super::windows::{parse_reg_query, system_program};

/// Windows keeps the home location apart from the language.
pub const WINDOWS_GEO_KEY: &str = r"HKCU\Control Panel\International\Geo";
const MAC_DEFAULTS: &str = "/usr/bin/defaults";

/// The ISO 3166 code of the region the system's settings name ("US", "ID"),
/// or `None` when there is none or it can't be read.
pub fn system_region(ctx: &Ctx) -> Option<String> {
    let text = match ctx.system.os() {
        Os::Windows => {
            let reg = system_program(ctx, "reg.exe");
            let out = ctx
                .run(&reg, &["query", WINDOWS_GEO_KEY, "/v", "Name"])
                .ok()?;
            return windows_geo(&String::from_utf8_lossy(&out.stdout));
        }
        Os::MacOs => {
            let out = ctx.run(MAC_DEFAULTS, &["read", "-g", "AppleLocale"]).ok()?;
            String::from_utf8_lossy(&out.stdout).into_owned()
        }
        Os::Linux => ["LC_ALL", "LC_ADDRESS", "LANG"]
            .iter()
            .find_map(|key| ctx.system.env(key).filter(|v| !v.is_empty()))?,
        Os::Other => return None,
    };
    locale_region(&text)
}

/// `Name    REG_SZ    US` under the Geo key.
pub fn windows_geo(text: &str) -> Option<String> {
    let keys = parse_reg_query(text);
    let name = keys.iter().find_map(|k| k.value("Name"))?;
    country_code(name)
}

/// The region of a locale: "en_US.UTF-8" -> US, "en_GB@rg=idzzzz" (a
/// macOS region override) -> ID; "C" and "POSIX" name none.
pub fn locale_region(locale: &str) -> Option<String> {
    let locale = locale.trim();
    if let Some((_, overridden)) = locale.split_once("@rg=") {
        return country_code(overridden.get(..2)?);
    }
    let base = locale.split(['.', '@']).next()?;
    let region = base.split(['_', '-']).nth(1)?;
    country_code(region)
}

fn country_code(text: &str) -> Option<String> {
    let text = text.trim();
    (text.len() == 2 && text.chars().all(|c| c.is_ascii_alphabetic()))
        .then(|| text.to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_home_location() {
        let out = "\r\nHKEY_CURRENT_USER\\Control Panel\\International\\Geo\r\n    Name    REG_SZ    ID\r\n\r\n";
        assert_eq!(windows_geo(out).as_deref(), Some("ID"));
        let nation_only = "HKEY_CURRENT_USER\\Control Panel\\International\\Geo\r\n    Nation    REG_SZ    244\r\n";
        assert_eq!(windows_geo(nation_only), None);
        assert_eq!(
            windows_geo(
                "ERROR: The system was unable to find the specified registry key or value.\r\n"
            ),
            None
        );
        assert_eq!(
            windows_geo("HKEY_CURRENT_USER\\Geo\r\n    Name    REG_SZ    001\r\n"),
            None
        );
    }

    #[test]
    fn locales_and_their_regions() {
        for (locale, region) in [
            ("en_US.UTF-8", Some("US")),
            ("id_ID.utf8", Some("ID")),
            ("es_US", Some("US")),
            ("en-GB", Some("GB")),
            ("en_GB@rg=idzzzz\n", Some("ID")),
            ("de_DE@euro", Some("DE")),
            ("C.UTF-8", None),
            ("POSIX", None),
            ("en", None),
            ("", None),
            ("\u{0}garbage_ÄÖ", None),
        ] {
            assert_eq!(locale_region(locale).as_deref(), region, "{locale:?}");
        }
    }
}
