//! What the probes saw, as they saw it: each observation keeps its values
//! typed (a state, an instant, a path, a registry value), so the verdict,
//! the window and the reports read the same record. It is put into words
//! only where it is shown (`Evidence::words`), and reports carry it whole.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::vocab::{SignatureStatus, State};
use crate::i18n::{Arg, Msg, or_not_known};
use crate::msg;

/// One thing a probe saw of a product, or of what a product left behind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "seen", rename_all = "snake_case")]
pub enum Evidence {
    /// The product's own registration with Windows Security Center.
    SecurityCenter {
        state: State,
        signatures: SignatureStatus,
        /// When the product last reported.
        reported: Option<Stamp>,
        /// The program it registered.
        program: Option<String>,
    },
    /// Security Center lists a product none of whose programs is here.
    RegistrationLeftBehind { name: String },
    /// Microsoft Defender's own report, or what its registry keeps.
    Defender {
        source: DefenderSource,
        antivirus: Option<bool>,
        realtime: Option<bool>,
        mode: Option<RunningMode>,
        definitions_version: Option<String>,
        definitions_updated: Option<DateTime<Utc>>,
    },
    /// Policy values set to 1 that turn Defender off (FACTS F41).
    DefenderPolicy { key: String, values: Vec<String> },
    /// An entry in Windows' list of installed programs.
    InstalledProgram {
        name: String,
        publisher: Option<String>,
    },
    /// Kaspersky's own record of its last update; `None`: it never
    /// completed one.
    KasperskyUpdate { at: Option<DateTime<Utc>> },
    /// A registry value saying Kaspersky's uninstall password is on
    /// (FACTS F38).
    KasperskyPassword { key: String, value: String },
    /// A running program.
    Running { program: String },
    /// A Windows service or driver, with whether the file it starts is gone.
    WindowsService {
        name: String,
        shown_as: String,
        driver: bool,
        file: String,
        file_gone: bool,
    },
    /// A registry key that outlives its product.
    RegistryKey { key: String },
    /// A program's folder.
    ProgramFolder { path: String },
    /// A folder of settings and data that outlives its product.
    SettingsFolder { path: String },
    /// An installed Linux package, from the package database named.
    Package {
        name: String,
        version: Option<String>,
        database: &'static str,
    },
    /// A systemd unit and whether it runs.
    Unit { unit: String, running: bool },
    /// ClamAV's daily virus database.
    ClamavDatabase {
        path: String,
        version: u32,
        signatures: u64,
        built: DateTime<Utc>,
    },
    /// No ClamAV virus database in its folder.
    ClamavMissing { folder: String },
    /// Kaspersky Endpoint Security for Linux's own report.
    Kesl {
        released: Option<DateTime<Utc>>,
        loaded: Option<bool>,
    },
    /// A macOS application bundle.
    Application { path: String },
    /// A product's own uninstaller app.
    Uninstaller { path: String },
    /// A launch daemon (at startup) or agent (at log in) that starts it.
    LaunchItem { path: String, at_startup: bool },
    /// XProtect's version, from the copy in use or its older copy.
    Xprotect {
        version: Option<String>,
        path: String,
        older_copy: bool,
    },
    /// Kaspersky's extension in a browser profile.
    BrowserExtension {
        browser: String,
        profile: String,
        path: String,
    },
    /// A trusted root certificate in a Windows store.
    RootCertificate {
        subject: String,
        store: String,
        thumbprint: String,
        valid_until: Option<String>,
    },
    /// A certificate in a macOS keychain.
    KeychainCertificate {
        name: String,
        keychain: String,
        sha1: String,
    },
    /// Firefox trusts the system's root certificates.
    FirefoxTrustsSystemRoots { settings: String },
}

/// Where Defender's state was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DefenderSource {
    Report,
    Registry,
}

/// How Defender runs (`AMRunningMode`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RunningMode {
    /// The anti-virus protecting the computer.
    Normal,
    /// Another anti-virus protects; Defender only scans when asked.
    Passive,
    SxsPassive,
    EdrBlock,
    NotRunning,
    /// A mode this version does not know, as Defender wrote it.
    Other(String),
}

impl RunningMode {
    /// Reads Defender's words, in any case.
    pub fn read(text: &str) -> Self {
        match text.trim().to_ascii_lowercase().as_str() {
            "normal" => RunningMode::Normal,
            "passive mode" | "passive" => RunningMode::Passive,
            "sxs passive mode" => RunningMode::SxsPassive,
            "edr block mode" => RunningMode::EdrBlock,
            "not running" => RunningMode::NotRunning,
            _ => RunningMode::Other(text.trim().to_owned()),
        }
    }

    /// In words of any language; a mode this version does not know, as
    /// Defender wrote it.
    fn words(&self) -> Arg {
        let key = match self {
            RunningMode::Normal => "defender-mode-normal",
            RunningMode::Passive => "defender-mode-passive",
            RunningMode::SxsPassive => "defender-mode-sxs-passive",
            RunningMode::EdrBlock => "defender-mode-edr-block",
            RunningMode::NotRunning => "defender-mode-not-running",
            RunningMode::Other(text) => return Arg::from(text.as_str()),
        };
        Arg::from(Msg::of(key))
    }

    /// Passive or not running: Defender does not protect the computer.
    pub fn stands_aside(&self) -> bool {
        matches!(
            self,
            RunningMode::Passive | RunningMode::SxsPassive | RunningMode::NotRunning
        ) || matches!(self, RunningMode::Other(text) if {
            let text = text.to_ascii_lowercase();
            text.contains("passive") || text.contains("not running")
        })
    }
}

/// An instant a product reported: a date when it reads as one, otherwise
/// kept as Windows wrote it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Stamp {
    At(DateTime<Utc>),
    Written(String),
}

impl Stamp {
    /// Security Center's stamp ("Thu, 23 May 2024 12:29:05 GMT").
    pub fn read(text: &str) -> Self {
        DateTime::parse_from_rfc2822(text.trim()).map_or_else(
            |_| Stamp::Written(text.to_owned()),
            |at| Stamp::At(at.with_timezone(&Utc)),
        )
    }

    /// As the evidence writes instants, the same in every language.
    fn shown(&self) -> String {
        match self {
            Stamp::At(at) => utc(*at),
            Stamp::Written(text) => text.clone(),
        }
    }
}

fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}

fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
}

fn known(value: Option<bool>) -> &'static str {
    value.map_or("unknown", yes_no)
}

fn signature_words(status: SignatureStatus) -> &'static str {
    match status {
        SignatureStatus::UpToDate => "signature-words-up-to-date",
        SignatureStatus::OutOfDate => "signature-words-out-of-date",
        SignatureStatus::Missing => "signature-words-missing",
        SignatureStatus::NeverUpdated => "signature-words-never-updated",
        SignatureStatus::Unknown => "signature-words-unknown",
    }
}

impl Evidence {
    /// The text id of the part of the check that saw it.
    pub fn probe(&self) -> &'static str {
        match self {
            Evidence::SecurityCenter { .. } | Evidence::RegistrationLeftBehind { .. } => {
                "probe-security-center"
            }
            Evidence::Defender { .. } | Evidence::DefenderPolicy { .. } => "probe-defender",
            Evidence::InstalledProgram { .. } => "probe-installed-programs",
            Evidence::KasperskyUpdate { .. } | Evidence::KasperskyPassword { .. } => {
                "probe-kaspersky-settings"
            }
            Evidence::Running { .. } => "probe-running-programs",
            Evidence::WindowsService { .. } => "probe-windows-services",
            Evidence::RegistryKey { .. } | Evidence::SettingsFolder { .. } => {
                "probe-leftover-settings"
            }
            Evidence::ProgramFolder { .. } => "probe-program-folders",
            Evidence::Package { .. } => "probe-packages",
            Evidence::Unit { .. } => "probe-services",
            Evidence::ClamavDatabase { .. } | Evidence::ClamavMissing { .. } => {
                "probe-clamav-database"
            }
            Evidence::Kesl { .. } => "probe-kesl-state",
            Evidence::Application { .. } | Evidence::Uninstaller { .. } => "probe-applications",
            Evidence::LaunchItem { .. } => "probe-background-services",
            Evidence::Xprotect { .. } => "probe-xprotect",
            Evidence::BrowserExtension { .. } => "probe-browser-extensions",
            Evidence::RootCertificate { .. }
            | Evidence::KeychainCertificate { .. }
            | Evidence::FirefoxTrustsSystemRoots { .. } => "probe-certificates",
        }
    }

    /// What was seen, in words of any language.
    pub fn words(&self) -> Msg {
        match self {
            Evidence::SecurityCenter {
                state,
                signatures,
                reported,
                program,
            } => msg!(
                "evidence-security-center",
                state = Msg::of(state.words_key()),
                definitions = Msg::of(signature_words(*signatures)),
                reported = or_not_known(reported.as_ref().map(Stamp::shown)),
                program = or_not_known(program.as_deref())
            ),
            Evidence::RegistrationLeftBehind { name } => {
                msg!("evidence-registration-left-behind", name = name)
            }
            Evidence::Defender {
                source,
                antivirus,
                realtime,
                mode,
                definitions_version,
                definitions_updated,
            } => msg!(
                "evidence-defender",
                source = match source {
                    DefenderSource::Report => "report",
                    DefenderSource::Registry => "registry",
                },
                antivirus = known(*antivirus),
                realtime = known(*realtime),
                mode = mode
                    .as_ref()
                    .map_or_else(|| or_not_known(None::<&str>), RunningMode::words),
                version = or_not_known(definitions_version.as_deref()),
                updated = or_not_known(definitions_updated.map(utc))
            ),
            Evidence::DefenderPolicy { key, values } => msg!(
                "evidence-defender-policy",
                values = values.join(", "),
                key = key
            ),
            Evidence::InstalledProgram {
                name,
                publisher: Some(publisher),
            } => msg!(
                "evidence-installed-program-by",
                name = name,
                publisher = publisher
            ),
            Evidence::InstalledProgram {
                name,
                publisher: None,
            } => msg!("evidence-installed-program", name = name),
            Evidence::KasperskyUpdate { at: Some(at) } => {
                msg!("evidence-kaspersky-update", at = utc(*at))
            }
            Evidence::KasperskyUpdate { at: None } => msg!("evidence-kaspersky-never-updated"),
            Evidence::KasperskyPassword { key, value } => {
                msg!("evidence-kaspersky-password", value = value, key = key)
            }
            Evidence::Running { program } => msg!("evidence-running", program = program),
            Evidence::WindowsService {
                name,
                shown_as,
                driver,
                file,
                file_gone,
            } => msg!(
                "evidence-leftover-service",
                name = name,
                named = yes_no(!shown_as.is_empty()),
                shown = shown_as,
                driver = yes_no(*driver),
                file = file,
                gone = yes_no(*file_gone)
            ),
            Evidence::RegistryKey { key } => msg!("evidence-leftover-key", key = key),
            Evidence::ProgramFolder { path } | Evidence::SettingsFolder { path } => {
                msg!("evidence-folder", path = path)
            }
            Evidence::Package {
                name,
                version,
                database,
            } => msg!(
                "evidence-package",
                name = name,
                version = version.as_deref().unwrap_or_default(),
                manager = *database
            ),
            Evidence::Unit { unit, running } => {
                msg!("evidence-service", unit = unit, running = yes_no(*running))
            }
            Evidence::ClamavDatabase {
                path,
                version,
                signatures,
                built,
            } => msg!(
                "evidence-clamav",
                path = path,
                version = *version,
                count = *signatures,
                built = utc(*built)
            ),
            Evidence::ClamavMissing { folder } => {
                msg!("evidence-clamav-missing", folder = folder)
            }
            Evidence::Kesl { released, loaded } => msg!(
                "evidence-kesl",
                released = or_not_known(released.map(|at| at.format("%Y-%m-%d %H:%M").to_string())),
                loaded = known(*loaded)
            ),
            Evidence::Application { path } => msg!("evidence-bundle", path = path),
            Evidence::Uninstaller { path } => msg!("evidence-uninstaller", path = path),
            Evidence::LaunchItem {
                path,
                at_startup: true,
            } => msg!("evidence-launch-daemon", path = path),
            Evidence::LaunchItem {
                path,
                at_startup: false,
            } => msg!("evidence-launch-agent", path = path),
            Evidence::Xprotect {
                version,
                path,
                older_copy,
            } => {
                let version = version.as_deref().unwrap_or_default();
                if *older_copy {
                    msg!("evidence-xprotect-old-copy", version = version, path = path)
                } else {
                    msg!("evidence-xprotect", version = version, path = path)
                }
            }
            Evidence::BrowserExtension {
                browser,
                profile,
                path,
            } => msg!(
                "evidence-leftover-extension",
                browser = browser,
                profile = profile,
                path = path
            ),
            Evidence::RootCertificate {
                subject,
                store,
                thumbprint,
                valid_until,
            } => msg!(
                "evidence-leftover-certificate",
                subject = subject,
                store = store,
                thumbprint = thumbprint,
                until = or_not_known(valid_until.as_deref())
            ),
            Evidence::KeychainCertificate {
                name,
                keychain,
                sha1,
            } => msg!(
                "evidence-leftover-keychain",
                name = name,
                keychain = keychain,
                sha1 = sha1
            ),
            Evidence::FirefoxTrustsSystemRoots { settings } => {
                msg!("evidence-firefox-system-roots", path = settings)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn defenders_running_modes_read_in_any_case() {
        for (text, mode, aside) in [
            ("Normal", RunningMode::Normal, false),
            ("passive mode", RunningMode::Passive, true),
            ("SxS Passive Mode", RunningMode::SxsPassive, true),
            ("EDR Block Mode", RunningMode::EdrBlock, false),
            ("Not running", RunningMode::NotRunning, true),
            (" Normal ", RunningMode::Normal, false),
        ] {
            let read = RunningMode::read(text);
            assert_eq!(read, mode, "{text}");
            assert_eq!(read.stands_aside(), aside, "{text}");
        }
        let said = |mode: RunningMode, lang: Lang| {
            let seen = Evidence::Defender {
                source: DefenderSource::Report,
                antivirus: Some(true),
                realtime: Some(true),
                mode: Some(mode),
                definitions_version: None,
                definitions_updated: None,
            };
            lang.msg(&seen.words())
        };
        assert!(said(RunningMode::Passive, Lang::En).contains("running mode: passive;"));
        assert!(said(RunningMode::NotRunning, Lang::Ru).contains("режим: не запущен;"));
        assert!(said(RunningMode::Normal, Lang::ZhHans).contains("模式：正常"));
        let new = RunningMode::read("Passive Audit Mode");
        assert_eq!(new, RunningMode::Other("Passive Audit Mode".into()));
        assert!(said(new.clone(), Lang::Es).contains("modo: Passive Audit Mode;"));
        assert!(new.stands_aside());
        assert!(!RunningMode::read("").stands_aside());
    }

    #[test]
    fn security_centers_stamp_is_an_instant_when_it_reads_as_one() {
        let at = Stamp::read("Thu, 23 May 2024 12:29:05 GMT");
        assert_eq!(
            at,
            Stamp::At("2024-05-23T12:29:05Z".parse().expect("instant"))
        );
        assert_eq!(at.shown(), "2024-05-23 12:29 UTC");
        let east = Stamp::read("Sun, 29 Sep 2024 00:50:12 +0300");
        assert_eq!(east.shown(), "2024-09-28 21:50 UTC");
        // Not a date: kept as Windows wrote it.
        let odd = Stamp::read("23.05.2024");
        assert_eq!(odd, Stamp::Written("23.05.2024".into()));
        assert_eq!(odd.shown(), "23.05.2024");
        assert_eq!(Stamp::read("").shown(), "");
    }

    #[test]
    fn each_observation_names_the_part_that_saw_it_and_a_text_it_has() {
        let english = crate::i18n::Lang::En;
        let samples = [
            Evidence::KasperskyUpdate { at: None },
            Evidence::LaunchItem {
                path: "/Library/LaunchDaemons/com.kaspersky.kav.plist".into(),
                at_startup: true,
            },
            Evidence::Defender {
                source: DefenderSource::Registry,
                antivirus: Some(false),
                realtime: None,
                mode: Some(RunningMode::Passive),
                definitions_version: None,
                definitions_updated: None,
            },
        ];
        for evidence in samples {
            let probe = english.text(evidence.probe(), &[]);
            let words = english.msg(&evidence.words());
            assert!(!probe.starts_with("probe-") && !words.starts_with("evidence-"));
        }
        let defender = Evidence::Defender {
            source: DefenderSource::Report,
            antivirus: Some(true),
            realtime: Some(true),
            mode: Some(RunningMode::Normal),
            definitions_version: Some("1.421.77.0".into()),
            definitions_updated: Some("2026-12-04T06:00:00Z".parse().expect("instant")),
        };
        let json = serde_json::to_value(&defender).expect("json");
        assert_eq!(json["seen"], "defender");
        assert_eq!(json["mode"], "normal");
        assert_eq!(json["definitions_updated"], "2026-12-04T06:00:00Z");
    }
}
