//! What the system answers the check: plain values, the same whether they
//! come from Windows' own APIs, a fake machine in a test or a recording.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::vocab::{SignatureStatus, State};
use crate::i18n::Msg;
use crate::msg;

pub mod windows;

/// Why a question about the system got no answer, in the system's own
/// words (`detail`), so a probe can say what could not be checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "kind", content = "detail", rename_all = "snake_case")]
pub enum Unanswered {
    /// This system has no such source: Security Center on Windows Server
    /// or under Wine, a Windows question on a Mac.
    #[error("not available on this system: {0}")]
    Unavailable(String),
    /// This account may not read it.
    #[error("permission denied: {0}")]
    Denied(String),
    #[error("{0}")]
    Failed(String),
}

impl Unanswered {
    pub fn from_io(error: &std::io::Error) -> Self {
        match error.kind() {
            std::io::ErrorKind::PermissionDenied => Unanswered::Denied(error.to_string()),
            _ => Unanswered::Failed(error.to_string()),
        }
    }

    pub fn detail(&self) -> &str {
        match self {
            Unanswered::Unavailable(detail)
            | Unanswered::Denied(detail)
            | Unanswered::Failed(detail) => detail,
        }
    }

    /// Why it could not be checked, in plain words; the system's own words
    /// go under "Details".
    pub fn msg(&self) -> Msg {
        let id = match self {
            Unanswered::Unavailable(_) => "failure-unavailable",
            Unanswered::Denied(_) => "failure-denied",
            Unanswered::Failed(_) => "failure-no-answer",
        };
        msg!(id, detail = self.detail())
    }
}

/// An answer, or why there is none.
pub type Answer<T> = Result<T, Unanswered>;

/// A list as its source gave it: what could be read, and what could not
/// (as osquery and Chromium keep going), so one unreadable product,
/// certificate or process does not hide the others.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed<T> {
    pub items: Vec<T>,
    pub skipped: Vec<Skipped>,
}

/// One entry of a list that could not be read: which (its name, or its
/// place in the list when it has none), and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skipped {
    pub what: String,
    pub why: Unanswered,
}

impl<T> Default for Listed<T> {
    fn default() -> Self {
        Self {
            items: Vec::new(),
            skipped: Vec::new(),
        }
    }
}

impl<T> From<Vec<T>> for Listed<T> {
    fn from(items: Vec<T>) -> Self {
        Self {
            items,
            skipped: Vec::new(),
        }
    }
}

/// How a list is kept in a recording: a plain list when nothing was
/// skipped, as recordings made before skipping was kept hold it.
#[derive(Deserialize)]
#[serde(untagged)]
enum ListedForm<T> {
    Whole(Vec<T>),
    Partial {
        items: Vec<T>,
        skipped: Vec<Skipped>,
    },
}

impl<T: Serialize> Serialize for Listed<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.skipped.is_empty() {
            self.items.serialize(serializer)
        } else {
            #[derive(Serialize)]
            struct Partial<'a, T> {
                items: &'a [T],
                skipped: &'a [Skipped],
            }
            Partial {
                items: &self.items,
                skipped: &self.skipped,
            }
            .serialize(serializer)
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Listed<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match ListedForm::deserialize(deserializer)? {
            ListedForm::Whole(items) => items.into(),
            ListedForm::Partial { items, skipped } => Self { items, skipped },
        })
    }
}

/// One anti-virus product as Windows Security Center lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecurityProduct {
    pub name: String,
    pub state: State,
    pub signatures: SignatureStatus,
    /// When the product last reported its state, as Windows wrote it
    /// ("Thu, 23 May 2024 12:29:05 GMT").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported: Option<String>,
    /// The program Windows opens for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

/// Microsoft Defender Antivirus as it reports itself (what
/// `Get-MpComputerStatus` shows).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DefenderStatus {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub antivirus_enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub real_time_protection: Option<bool>,
    /// How it runs: `Normal`, `Passive Mode` (another anti-virus protects),
    /// `EDR Block Mode` or `SxS Passive Mode`, as Defender names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub running_mode: Option<String>,
    /// When its security intelligence (virus definitions) was last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signatures_updated: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_version: Option<String>,
}

/// A certificate in one of Windows' trusted root stores.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RootCertificate {
    /// As Windows writes it: `CN=..., O=...`.
    pub subject: String,
    /// The SHA-1 hash, in upper-case hex, as Windows shows it.
    pub thumbprint: String,
    /// The last day it is valid (`2030-02-13`), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_after: Option<String>,
    /// `LocalMachine\Root` or `CurrentUser\Root`.
    pub store: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandOutput {
    pub success: bool,
    pub stdout: Vec<u8>,
    pub stderr: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommandError {
    NotFound(String),
    TimedOut { program: String, seconds: u64 },
    Failed { program: String, reason: String },
}

impl CommandError {
    /// The failure in words the person can act on.
    pub fn msg(&self) -> Msg {
        match self {
            CommandError::NotFound(program) => msg!("command-not-found", program = program),
            CommandError::TimedOut { program, seconds } => {
                msg!("command-timed-out", program = program, seconds = *seconds)
            }
            CommandError::Failed { program, reason } => {
                msg!("command-failed", program = program, reason = reason)
            }
        }
    }
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.msg().fmt(f)
    }
}

impl std::error::Error for CommandError {}
