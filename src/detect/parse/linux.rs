//! What Linux prints and keeps: the dpkg database, `rpm -q`, the ClamAV
//! database header, `systemctl is-active` and KESL's own report.

use chrono::{DateTime, NaiveDateTime, Utc};

use crate::detect::vocab::{ParseError, State};
use crate::i18n::Msg;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    pub name: String,
    pub version: Option<String>,
}

/// Installed packages from `/var/lib/dpkg/status`: deb822 stanzas separated
/// by blank lines; a package counts only when its status ends in "installed"
/// (removed packages keep a "deinstall ok config-files" stanza).
pub fn parse_dpkg_status(text: &str) -> Vec<Package> {
    text.split("\n\n")
        .filter_map(|stanza| {
            let mut name = None;
            let mut version = None;
            let mut installed = false;
            for line in stanza.lines() {
                let line = line.trim_end_matches('\r');
                if line.starts_with([' ', '\t']) {
                    continue; // continuation of a multi-line field
                }
                let Some((field, value)) = line.split_once(':') else {
                    continue;
                };
                let value = value.trim();
                match field {
                    "Package" => name = Some(value.to_owned()),
                    "Version" => version = Some(value.to_owned()),
                    "Status" => installed = value.split_whitespace().nth(2) == Some("installed"),
                    _ => {}
                }
            }
            let name = name.filter(|n| !n.is_empty())?;
            installed.then_some(Package { name, version })
        })
        .collect()
}

/// `rpm -q NAME...` prints `name-version-release.arch` for each installed
/// package and `package NAME is not installed` for the others.
pub fn parse_rpm_query(names: &[&str], text: &str) -> Vec<Package> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.starts_with("package ") && !line.is_empty())
        .filter_map(|line| {
            let name = names
                .iter()
                .filter(|n| {
                    line.strip_prefix(**n)
                        .and_then(|rest| rest.strip_prefix('-'))
                        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
                })
                .max_by_key(|n| n.len())?;
            Some(Package {
                name: (*name).to_owned(),
                version: Some(line[name.len() + 1..].to_owned()),
            })
        })
        .collect()
}

/// The header of a ClamAV database (`daily.cvd` / `daily.cld`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClamDatabase {
    pub built: DateTime<Utc>,
    pub version: u32,
    pub signatures: u64,
}

/// Parses the 512-byte header: `ClamAV-VDB:16 Mar 2016 23-17 +0000:57:4218790:...`.
pub fn parse_clamav_header(bytes: &[u8]) -> Result<ClamDatabase, ParseError> {
    let bad = |why: &'static str| {
        ParseError(Msg {
            id: why,
            args: Vec::new(),
        })
    };
    let header = &bytes[..bytes.len().min(512)];
    let header = String::from_utf8_lossy(header);
    let mut fields = header.trim_end_matches(['\0', ' ']).split(':');
    if fields.next() != Some("ClamAV-VDB") {
        return Err(bad("parse-clamav-missing"));
    }
    let built = fields
        .next()
        .ok_or_else(|| bad("parse-clamav-no-build-time"))?;
    let built = DateTime::parse_from_str(built.trim(), "%d %b %Y %H-%M %z")
        .or_else(|_| {
            NaiveDateTime::parse_from_str(built.trim(), "%d %b %Y %H-%M")
                .map(|t| t.and_utc().fixed_offset())
        })
        .map_err(|_| bad("parse-clamav-bad-build-time"))?
        .with_timezone(&Utc);
    let version = fields
        .next()
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(|| bad("parse-clamav-no-version"))?;
    let signatures = fields
        .next()
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(|| bad("parse-clamav-no-count"))?;
    Ok(ClamDatabase {
        built,
        version,
        signatures,
    })
}

/// `systemctl is-active UNIT...` prints one word per unit, in order.
pub fn parse_is_active<'a>(units: &[&'a str], text: &str) -> Vec<(&'a str, State)> {
    units
        .iter()
        .zip(text.lines())
        .filter_map(|(unit, word)| {
            let state = match word.trim() {
                "active" | "reloading" | "activating" => State::On,
                "inactive" | "failed" | "deactivating" => State::Off,
                _ => return None,
            };
            Some((*unit, state))
        })
        .collect()
}

/// What `kesl-control --app-info` says about the anti-virus databases.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KeslInfo {
    pub databases_released: Option<DateTime<Utc>>,
    pub databases_loaded: Option<bool>,
}

/// Parses `kesl-control --app-info`: `Key: value` lines split at the first
/// colon (the dates hold colons too). Keys are English, or Russian on
/// Russian systems; unknown lines are skipped.
pub fn parse_kesl_app_info(text: &str) -> KeslInfo {
    let mut info = KeslInfo::default();
    for line in text.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let key = key.trim().to_lowercase();
        let value = value.trim();
        let about_databases = key.contains("databases") || key.contains("баз");
        if !about_databases {
            continue;
        }
        if let Ok(at) = NaiveDateTime::parse_from_str(value, "%Y-%m-%d %H:%M:%S") {
            info.databases_released = Some(at.and_utc());
        } else if key.contains("loaded") || key.contains("загружен") {
            info.databases_loaded = match value.to_lowercase().as_str() {
                "yes" | "да" => Some(true),
                "no" | "нет" => Some(false),
                _ => None,
            };
        }
    }
    info
}

#[cfg(test)]
mod tests {
    use super::*;

    const STATUS: &str = "Package: kesl\nStatus: install ok installed\nPriority: optional\nVersion: 12.1.0-1297\nDescription: Kaspersky Endpoint Security\n for Linux\n\nPackage: clamav\nStatus: deinstall ok config-files\nVersion: 1.0.7+dfsg-1~deb12u1\n\nPackage: clamav-daemon\nStatus: hold ok installed\nVersion: 1.0.7+dfsg-1~deb12u1\n\nPackage: broken\n";

    #[test]
    fn dpkg_keeps_only_installed_packages() {
        let packages = parse_dpkg_status(STATUS);
        assert_eq!(
            packages,
            [
                Package {
                    name: "kesl".into(),
                    version: Some("12.1.0-1297".into())
                },
                Package {
                    name: "clamav-daemon".into(),
                    version: Some("1.0.7+dfsg-1~deb12u1".into())
                },
            ]
        );
        assert_eq!(
            parse_dpkg_status(&STATUS.replace('\n', "\r\n").replace("\r\n\r\n", "\n\n")).len(),
            2
        );
        assert_eq!(parse_dpkg_status(""), []);
        assert_eq!(
            parse_dpkg_status("Status: install ok installed\n"),
            [],
            "no package name"
        );
    }

    #[test]
    fn rpm_query_lines() {
        let text = "kesl-12.0.0-6672.x86_64\npackage kesl-gui is not installed\nclamav-1.0.6-1.el9.x86_64\nclamav-daemon-garbage\n";
        let found = parse_rpm_query(&["kesl", "kesl-gui", "clamav", "clamav-daemon"], text);
        assert_eq!(
            found
                .iter()
                .map(|p| (p.name.as_str(), p.version.as_deref()))
                .collect::<Vec<_>>(),
            [
                ("kesl", Some("12.0.0-6672.x86_64")),
                ("clamav", Some("1.0.6-1.el9.x86_64"))
            ]
        );
    }

    #[test]
    fn clamav_header() {
        let mut header = b"ClamAV-VDB:16 Mar 2016 23-17 +0000:57:4218790:60:06386f34a16ebeea2733ab037f0536be:X:neo:1458170261".to_vec();
        header.resize(512, b' ');
        header.extend_from_slice(b"\x1f\x8b rest of the archive");
        let db = parse_clamav_header(&header).expect("header");
        assert_eq!(db.version, 57);
        assert_eq!(db.signatures, 4_218_790);
        assert_eq!(
            db.built,
            "2016-03-16T23:17:00Z"
                .parse::<DateTime<Utc>>()
                .expect("instant")
        );
    }

    #[test]
    fn clamav_header_damaged_or_truncated() {
        for bad in [
            &b""[..],
            b"ClamAV-VDB",
            b"ClamAV-VDB:yesterday:57:1",
            b"PK\x03\x04",
            b"ClamAV-VDB:16 Mar 2016 23-17 +0000:x:1",
        ] {
            assert!(
                parse_clamav_header(bad).is_err(),
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
    }

    #[test]
    fn kesl_app_info_in_english_and_russian() {
        let english = "Name:                                 Kaspersky Endpoint Security 11.1.0 for Linux\nVersion:                              11.1.0.3013\nLast release date of databases:       2018-08-23 04:11:00\nAnti-virus databases loaded:          Yes\nApplication update state:             No application updates available\n";
        let info = parse_kesl_app_info(english);
        assert_eq!(info.databases_released, "2018-08-23T04:11:00Z".parse().ok());
        assert_eq!(info.databases_loaded, Some(true));
        let newer = "Application databases loaded:         No\nLast release date of databases:       2024-09-28 21:03:00\n";
        assert_eq!(parse_kesl_app_info(newer).databases_loaded, Some(false));
        let russian = "Дата выпуска баз:                     2024-09-28 21:03:00\nБазы загружены:                       Да\n";
        let info = parse_kesl_app_info(russian);
        assert_eq!(info.databases_released, "2024-09-28T21:03:00Z".parse().ok());
        assert_eq!(info.databases_loaded, Some(true));
        assert_eq!(parse_kesl_app_info(""), KeslInfo::default());
        assert_eq!(
            parse_kesl_app_info("Last release date of databases: soon\n:::\n"),
            KeslInfo::default()
        );
    }

    #[test]
    fn is_active_words_in_order() {
        let states = parse_is_active(
            &["kesl.service", "clamav-daemon.service", "x.service"],
            "inactive\nactive\nunknown\n",
        );
        assert_eq!(
            states,
            [
                ("kesl.service", State::Off),
                ("clamav-daemon.service", State::On)
            ]
        );
    }
}
