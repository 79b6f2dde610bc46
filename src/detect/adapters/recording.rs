//! The recording format: a folder with `index.json`, which lists every
//! question the check asked and its answer, and the bytes of each file
//! read and each program's output as plain files beside it (`files/`,
//! `commands/`), so a person can read them before sharing.
//!
//! Version 2 keeps Windows' answers as typed values (registry keys,
//! Security Center's products, Defender, certificates, processes).
//! Version 1, written when the Windows check still ran programs, is read
//! too: its programs' output is read back into the same answers.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::detect::answers::{
    Answer, CommandError, DefenderStatus, Listed, RootCertificate, SecurityProduct, Unanswered,
};
use crate::detect::registry::RegKey;
use crate::detect::vocab::Os;

/// The name of the index file, and the format and version written in it.
pub const INDEX: &str = "index.json";
pub const FORMAT: &str = "avswitch-recording";
pub const VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Index {
    pub format: String,
    pub version: u32,
    pub os: Os,
    /// Each environment value a probe asked for; `null` when it was not set.
    #[serde(default)]
    pub env: BTreeMap<String, Option<String>>,
    /// Each file read: the file holding its bytes, or why it could not be read.
    #[serde(default)]
    pub files: BTreeMap<String, Stored>,
    /// Each folder listed: its entries, or why it could not be listed.
    #[serde(default)]
    pub folders: BTreeMap<String, Listing>,
    /// Each path whose existence was tested: `true`, `false`, or why that
    /// could not be told.
    #[serde(default)]
    pub exists: BTreeMap<String, Existence>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub commands: Vec<Run>,
    /// Version 1: each registry tree read, or why it could not be read.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub registry: BTreeMap<String, RegistryRead>,
    /// Each registry key read on its own: the key, `null` when it does not
    /// exist, or why it could not be read.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub registry_keys: BTreeMap<String, Recorded<Option<RegKey>>>,
    /// Each registry key read with everything under it.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub registry_trees: BTreeMap<String, Recorded<Vec<RegKey>>>,
    /// The anti-virus products Security Center lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub antivirus: Option<Recorded<Listed<SecurityProduct>>>,
    /// Microsoft Defender's report of itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub defender: Option<Recorded<DefenderStatus>>,
    /// The certificates in Windows' trusted root stores.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificates: Option<Recorded<Listed<RootCertificate>>>,
    /// The running programs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub processes: Option<Recorded<Listed<String>>>,
}

/// An answer as kept in a recording: `{"answer": ...}` or
/// `{"unanswered": {"kind": ..., "detail": ...}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Recorded<T> {
    Answer(T),
    Unanswered(Unanswered),
}

impl<T: Clone> Recorded<T> {
    pub fn of(answer: &Answer<T>) -> Self {
        match answer {
            Ok(value) => Recorded::Answer(value.clone()),
            Err(why) => Recorded::Unanswered(why.clone()),
        }
    }

    pub fn answer(&self) -> Answer<T> {
        match self {
            Recorded::Answer(value) => Ok(value.clone()),
            Recorded::Unanswered(why) => Err(why.clone()),
        }
    }
}

/// A version 1 registry tree: its keys, or why it could not be read, in
/// English words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegistryRead {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keys: Option<Vec<RegKey>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stored {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<IoFailure>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Listing {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entries: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<IoFailure>,
}

/// Whether a path exists (version 1 kept only this), or why that could
/// not be told.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Existence {
    Told(bool),
    Failed { error: IoFailure },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IoFailure {
    /// `not_found`, `permission_denied` or `other`.
    pub kind: String,
    pub message: String,
}

impl IoFailure {
    pub fn of(error: &std::io::Error) -> Self {
        let kind = match error.kind() {
            std::io::ErrorKind::NotFound => "not_found",
            std::io::ErrorKind::PermissionDenied => "permission_denied",
            _ => "other",
        };
        Self {
            kind: kind.to_owned(),
            message: error.to_string(),
        }
    }

    pub fn error(&self) -> std::io::Error {
        let kind = match self.kind.as_str() {
            "not_found" => std::io::ErrorKind::NotFound,
            "permission_denied" => std::io::ErrorKind::PermissionDenied,
            _ => std::io::ErrorKind::Other,
        };
        std::io::Error::new(kind, self.message.clone())
    }
}

/// A program as it was run, and what came of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Run {
    pub program: String,
    pub args: Vec<String>,
    pub duration_ms: u64,
    /// Whether it exited with status 0; absent when it did not run to the end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// The file holding its standard output.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stdout: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub stderr: String,
    /// `not_found`, `timed_out` or `failed`, when it did not run to the end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

impl Run {
    /// A command line (program first) that has not reported yet.
    pub fn of(line: &[String], duration_ms: u64) -> Self {
        Self {
            program: line.first().cloned().unwrap_or_default(),
            args: line.iter().skip(1).cloned().collect(),
            duration_ms,
            success: None,
            stdout: None,
            stderr: String::new(),
            error: None,
            reason: String::new(),
        }
    }

    pub fn failed(&mut self, error: &CommandError) {
        let (kind, reason) = match error {
            CommandError::NotFound(_) => ("not_found", String::new()),
            CommandError::TimedOut { seconds, .. } => ("timed_out", seconds.to_string()),
            CommandError::Failed { reason, .. } => ("failed", reason.clone()),
        };
        self.error = Some(kind.to_owned());
        self.reason = reason;
    }

    /// The error it recorded, as the program would have failed.
    pub fn error(&self) -> Option<CommandError> {
        let program = self.program.clone();
        Some(match self.error.as_deref()? {
            "not_found" => CommandError::NotFound(program),
            "timed_out" => CommandError::TimedOut {
                program,
                seconds: self.reason.parse().unwrap_or(1),
            },
            "failed" => CommandError::Failed {
                program,
                reason: self.reason.clone(),
            },
            _ => return None,
        })
    }
}

/// The last part of a Windows or Unix path, in letters safe on any system,
/// so a person sees at a glance which file is which.
pub fn file_name(path: &str) -> String {
    let last = path
        .trim_end_matches(['/', '\\'])
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or_default();
    let safe: String = last
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "._-".contains(c) {
                c
            } else {
                '_'
            }
        })
        .take(60)
        .collect();
    if safe.trim_matches(['.', '_']).is_empty() {
        "file".to_owned()
    } else {
        safe
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recorded_file_names_are_safe_everywhere() {
        assert_eq!(file_name(r"C:\Users\pat\Local State"), "Local_State");
        assert_eq!(file_name("/var/lib/dpkg/status"), "status");
        assert_eq!(file_name("/"), "file");
        assert_eq!(file_name(r"C:\..\"), "file");
    }

    #[test]
    fn answers_and_existence_read_as_written() {
        let answer: Recorded<Vec<String>> = Recorded::Answer(vec!["avp.exe".into()]);
        let text = serde_json::to_string(&answer).expect("json");
        assert_eq!(text, r#"{"answer":["avp.exe"]}"#);
        let none: Recorded<Vec<String>> =
            Recorded::Unanswered(Unanswered::Unavailable("Class not registered".into()));
        let text = serde_json::to_string(&none).expect("json");
        assert_eq!(
            text,
            r#"{"unanswered":{"kind":"unavailable","detail":"Class not registered"}}"#
        );
        assert_eq!(
            serde_json::from_str::<Recorded<Vec<String>>>(&text).expect("read"),
            none
        );
        assert_eq!(
            serde_json::from_str::<Existence>("true").expect("v1"),
            Existence::Told(true)
        );
        let denied = r#"{"error":{"kind":"permission_denied","message":"Permission denied"}}"#;
        assert!(matches!(
            serde_json::from_str::<Existence>(denied).expect("v2"),
            Existence::Failed { .. }
        ));
    }
}
