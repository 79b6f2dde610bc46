//! The region a system's settings name: a Windows home location, a macOS
//! region, the region part of a locale. A language or locale is not a
//! country (fact F24), so these only ever suggest an answer.

use crate::detect::registry::RegKey;

/// The home location under `HKCU\Control Panel\International\Geo`
/// (value `Name`: `US`, `ID`).
pub fn windows_geo(key: &RegKey) -> Option<String> {
    country_code(key.string("Name")?)
}

/// The region of a macOS locale: "en_US" -> US, "en_GB@rg=idzzzz" (a region
/// override) -> ID; "C" and "POSIX" name none.
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
    use crate::detect::registry::RegValue;

    fn geo(values: &[(&str, &str)]) -> RegKey {
        RegKey {
            path: r"HKEY_CURRENT_USER\Control Panel\International\Geo".into(),
            values: values
                .iter()
                .map(|(name, data)| RegValue::written(name, "REG_SZ", data))
                .collect(),
            subkeys: Vec::new(),
        }
    }

    #[test]
    fn windows_home_location() {
        assert_eq!(
            windows_geo(&geo(&[("Name", "ID"), ("Nation", "111")])).as_deref(),
            Some("ID")
        );
        assert_eq!(windows_geo(&geo(&[("Nation", "244")])), None);
        assert_eq!(windows_geo(&geo(&[("Name", "001")])), None);
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
