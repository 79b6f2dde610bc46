//! The words every layer of the check shares: systems, states, signature
//! status, the kinds of things left behind, and a parse error. Nothing here
//! reads the machine.

use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, Msg};
use crate::t;

/// The operating systems AV Switch knows how to check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Os {
    Windows,
    // The catalog writes it as its users do.
    #[serde(alias = "macos")]
    MacOs,
    Linux,
    Other,
}

impl Os {
    pub fn current() -> Os {
        if cfg!(windows) {
            Os::Windows
        } else if cfg!(target_os = "macos") {
            Os::MacOs
        } else if cfg!(target_os = "linux") {
            Os::Linux
        } else {
            Os::Other
        }
    }

    pub fn name(self, lang: Lang) -> String {
        match self {
            Os::Windows => "Windows".to_owned(),
            Os::MacOs => "macOS".to_owned(),
            Os::Linux => "Linux".to_owned(),
            Os::Other => t!(lang, "os-other"),
        }
    }
}

/// How a Linux system installs and removes programs, for the commands the
/// checklist shows (never runs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PackageManager {
    /// Debian, Ubuntu, Mint: `apt`.
    Apt,
    /// Fedora, Red Hat and the like: `dnf`.
    Dnf,
}

impl PackageManager {
    /// The command that removes `packages`, as a person types it.
    pub fn remove_command(self, packages: &[String]) -> String {
        let tool = match self {
            PackageManager::Apt => "apt",
            PackageManager::Dnf => "dnf",
        };
        format!("sudo {tool} remove {}", packages.join(" "))
    }
}

/// Whether a product protects: what Security Center, a service manager or
/// a process list says of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    On,
    Off,
    Snoozed,
    Expired,
    /// Installed, but whether it is running is not known.
    Installed,
}

impl State {
    /// The text id of the state's name.
    pub fn key(self) -> &'static str {
        match self {
            State::On => "state-on",
            State::Off => "state-off",
            State::Snoozed => "state-snoozed",
            State::Expired => "state-expired",
            State::Installed => "state-installed",
        }
    }

    pub fn label(self, lang: Lang) -> String {
        lang.text(self.key(), &[])
    }

    /// The text id of the state in a sentence: "snoozed (paused for now)".
    pub fn words_key(self) -> &'static str {
        match self {
            State::On => "state-words-on",
            State::Off => "state-words-off",
            State::Snoozed => "state-words-snoozed",
            State::Expired => "state-words-expired",
            State::Installed => "state-words-installed",
        }
    }

    /// Among witnesses of equal standing (stale Security Center entries of
    /// one product are common), the most active state wins.
    pub fn rank(self) -> u8 {
        match self {
            State::On => 4,
            State::Snoozed => 3,
            State::Expired => 2,
            State::Off => 1,
            State::Installed => 0,
        }
    }
}

/// Who said what state a product is in, the most telling first: the order
/// of evidence (`verdict`) lets the first that speaks decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Witness {
    /// The product's own report to the system: Security Center's list,
    /// where a product says whether it is on and its licence current.
    Registration,
    /// The product's own status report: Defender's, or XProtect's bundle.
    OwnReport,
    /// The system's service manager: running or stopped.
    ServiceManager,
    /// One of its programs is running, which says nothing of its licence.
    Running,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignatureStatus {
    UpToDate,
    OutOfDate,
    /// No virus definitions at all.
    Missing,
    /// The product says it never completed an update of its definitions.
    NeverUpdated,
    Unknown,
}

impl SignatureStatus {
    /// Definitions too old to protect against today's threats.
    pub fn is_stale(self) -> bool {
        matches!(
            self,
            SignatureStatus::OutOfDate | SignatureStatus::Missing | SignatureStatus::NeverUpdated
        )
    }
}

/// A setting the check read that bears on what to do about a product.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Setting {
    /// Kaspersky's password protection is on, so uninstalling asks for its
    /// password (FACTS F38).
    PasswordProtected,
    /// A policy value that turns Microsoft Defender Antivirus off is set
    /// (FACTS F41): a possible cause of it being off, not proof.
    OffByPolicy,
}

/// A raw format that could not be read, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ParseError(pub Msg);

/// The kinds of things left behind, each with its own checklist item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeftoverKind {
    /// Security Center still lists a product that is gone (FACTS F40).
    Registration,
    Certificate,
    BrowserExtension,
    Service,
    RegistryKey,
    Folder,
}

impl LeftoverKind {
    pub const ALL: [LeftoverKind; 6] = [
        LeftoverKind::Registration,
        LeftoverKind::Certificate,
        LeftoverKind::BrowserExtension,
        LeftoverKind::Service,
        LeftoverKind::RegistryKey,
        LeftoverKind::Folder,
    ];

    /// The text id of the kind's heading.
    pub fn key(self) -> &'static str {
        match self {
            LeftoverKind::Certificate => "check-leftover-certificate",
            LeftoverKind::BrowserExtension => "check-leftover-extension",
            LeftoverKind::Service => "check-leftover-service",
            LeftoverKind::RegistryKey => "check-leftover-registry",
            LeftoverKind::Folder => "check-leftover-folder",
            LeftoverKind::Registration => "check-leftover-registration",
        }
    }
}
