//! Replaying a recording: `ReplaySystem` answers every question the check
//! asks exactly as the recorded machine did, on any operating system;
//! whatever was not recorded counts as absent.

use std::collections::BTreeMap;
use std::path::{Component, Path};
use std::time::Duration;

use super::legacy;
use super::recording::{Existence, FORMAT, INDEX, Index, IoFailure, Recorded, VERSION};
use super::registry_store::RegistryStore;
use crate::detect::answers::{
    Answer, CommandError, CommandOutput, DefenderStatus, Listed, RootCertificate, SecurityProduct,
    Unanswered,
};
use crate::detect::port::{MAX_READ_BYTES, System};
use crate::detect::registry::{RegKey, full_key_name};
use crate::detect::vocab::Os;
use crate::fsutil::read_data;
use crate::i18n::{Arg, Msg};
use crate::msg;

/// A recording that could not be written or read, naming the file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct RecordingError(pub Msg);

pub fn unreadable(path: &Path, detail: impl ToString) -> RecordingError {
    RecordingError(msg!(
        "recording-unreadable",
        path = path.display().to_string(),
        detail = detail.to_string()
    ))
}

/// `detail`: the parser's own words, or AV Switch's as a message.
fn damaged(path: &Path, detail: impl Into<Arg>) -> RecordingError {
    RecordingError(msg!(
        "recording-damaged",
        path = path.display().to_string(),
        detail = detail.into()
    ))
}

/// An entry of the index that holds both of two answers, or neither.
fn neither(entry: &str, one: &str, other: &str) -> Msg {
    msg!(
        "recording-detail-either",
        entry = entry,
        one = one,
        other = other
    )
}

/// Far more than any recording's index; a bigger one was not made by
/// AV Switch.
const MAX_INDEX_BYTES: u64 = 64 * 1024 * 1024;

/// A machine answering from a recording folder.
#[derive(Debug, Clone)]
pub struct ReplaySystem {
    os: Os,
    env: BTreeMap<String, Option<String>>,
    files: BTreeMap<String, Result<Vec<u8>, IoFailure>>,
    folders: BTreeMap<String, Result<Vec<String>, IoFailure>>,
    exists: BTreeMap<String, Existence>,
    commands: BTreeMap<Vec<String>, Result<CommandOutput, CommandError>>,
    /// Registry answers as recorded, by key name in lower case.
    registry_keys: BTreeMap<String, Recorded<Option<RegKey>>>,
    registry_trees: BTreeMap<String, Recorded<Vec<RegKey>>>,
    /// What version 1 recordings read of the registry, as keys.
    registry: RegistryStore,
    antivirus: Option<Recorded<Listed<SecurityProduct>>>,
    defender: Option<Recorded<DefenderStatus>>,
    certificates: Option<Recorded<Listed<RootCertificate>>>,
    processes: Option<Recorded<Listed<String>>>,
}

impl ReplaySystem {
    /// Reads a recording folder whole, so a damaged one is refused at once,
    /// naming the file at fault.
    pub fn open(folder: &Path) -> Result<Self, RecordingError> {
        let index_path = folder.join(INDEX);
        let bytes = read_data(&index_path, MAX_INDEX_BYTES).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound && folder.is_dir() {
                RecordingError(msg!(
                    "recording-none-here",
                    path = folder.display().to_string()
                ))
            } else {
                unreadable(&index_path, e)
            }
        })?;
        let index: Index =
            serde_json::from_slice(&bytes).map_err(|e| damaged(&index_path, e.to_string()))?;
        if index.format != FORMAT || !(1..=VERSION).contains(&index.version) {
            let detail = msg!(
                "recording-detail-version",
                format = &index.format,
                version = index.version,
                expected = FORMAT,
                latest = VERSION
            );
            return Err(damaged(&index_path, detail));
        }
        let bad = |detail: Msg| damaged(&index_path, detail);
        let blob = |name: &str| -> Result<Vec<u8>, RecordingError> {
            let relative = Path::new(name);
            let inside = relative
                .components()
                .all(|c| matches!(c, Component::Normal(_)));
            if !inside {
                return Err(bad(msg!("recording-detail-outside", name = name)));
            }
            let path = folder.join(relative);
            // A recording never holds more than a read returns.
            read_data(&path, MAX_READ_BYTES).map_err(|e| unreadable(&path, e))
        };
        let mut files = BTreeMap::new();
        for (path, stored) in &index.files {
            let read = match (&stored.data, &stored.error) {
                (Some(name), None) => Ok(blob(name)?),
                (None, Some(failure)) => Err(failure.clone()),
                _ => return Err(bad(neither(path, "data", "error"))),
            };
            files.insert(path.clone(), read);
        }
        let mut folders = BTreeMap::new();
        for (path, listed) in &index.folders {
            let listed = match (&listed.entries, &listed.error) {
                (Some(entries), None) => Ok(entries.clone()),
                (None, Some(failure)) => Err(failure.clone()),
                _ => return Err(bad(neither(path, "entries", "error"))),
            };
            folders.insert(path.clone(), listed);
        }
        let mut commands = BTreeMap::new();
        for run in &index.commands {
            let line: Vec<String> = std::iter::once(run.program.clone())
                .chain(run.args.iter().cloned())
                .collect();
            let result = match (&run.error, &run.stdout, run.success) {
                (None, Some(name), Some(success)) => Ok(CommandOutput {
                    success,
                    stdout: blob(name)?,
                    stderr: run.stderr.clone(),
                }),
                (Some(kind), None, None) => Err(run
                    .error()
                    .ok_or_else(|| bad(msg!("recording-detail-command-error", kind = kind)))?),
                _ => {
                    return Err(bad(neither(&run.program, "success, stdout", "error")));
                }
            };
            commands.insert(line, result);
        }
        let mut replay = Self {
            os: index.os,
            env: index.env,
            files,
            folders,
            exists: index.exists,
            commands,
            registry_keys: lower_keys(index.registry_keys),
            registry_trees: lower_keys(index.registry_trees),
            registry: RegistryStore::default(),
            antivirus: index.antivirus,
            defender: index.defender,
            certificates: index.certificates,
            processes: index.processes,
        };
        for (key, read) in &index.registry {
            match (&read.keys, &read.error) {
                (Some(keys), None) => replay.registry.insert_all(keys.iter().cloned()),
                (None, Some(reason)) => replay
                    .registry
                    .fail(key, Unanswered::Failed(reason.clone())),
                _ => {
                    return Err(bad(neither(key, "keys", "error")));
                }
            }
        }
        if index.version == 1 && index.os == Os::Windows {
            let read = legacy::read_programs(&replay.commands, &mut replay.registry);
            replay.antivirus = read.antivirus.map(|answer| Recorded::of(&answer));
            replay.certificates = read.certificates.map(|answer| Recorded::of(&answer));
            replay.processes = read.processes.map(|answer| Recorded::of(&answer));
        }
        Ok(replay)
    }
}

fn lower_keys<T>(map: BTreeMap<String, T>) -> BTreeMap<String, T> {
    map.into_iter()
        .map(|(key, value)| (full_key_name(&key).to_ascii_lowercase(), value))
        .collect()
}

/// A Windows question this recording never asked.
fn not_recorded<T>(what: Option<&Recorded<T>>) -> Answer<T>
where
    T: Clone,
{
    what.map_or_else(
        || {
            Err(Unanswered::Unavailable(
                "this recording does not hold it".to_owned(),
            ))
        },
        Recorded::answer,
    )
}

impl System for ReplaySystem {
    fn os(&self) -> Os {
        self.os
    }

    fn env(&self, key: &str) -> Option<String> {
        self.env.get(key).cloned().flatten()
    }

    fn read_file(&self, path: &str, max_bytes: u64) -> std::io::Result<Vec<u8>> {
        match self.files.get(path) {
            Some(Ok(bytes)) => {
                let len = usize::try_from(max_bytes)
                    .unwrap_or(usize::MAX)
                    .min(bytes.len());
                Ok(bytes[..len].to_vec())
            }
            Some(Err(failure)) => Err(failure.error()),
            None => Err(std::io::ErrorKind::NotFound.into()),
        }
    }

    fn list_dir(&self, path: &str) -> std::io::Result<Vec<String>> {
        match self.folders.get(path) {
            Some(Ok(entries)) => Ok(entries.clone()),
            Some(Err(failure)) => Err(failure.error()),
            None => Err(std::io::ErrorKind::NotFound.into()),
        }
    }

    fn exists(&self, path: &str) -> std::io::Result<bool> {
        match self.exists.get(path) {
            Some(Existence::Told(told)) => Ok(*told),
            Some(Existence::Failed { error }) => Err(error.error()),
            None => Ok(false),
        }
    }

    fn run(
        &self,
        program: &str,
        args: &[&str],
        _timeout: Duration,
    ) -> Result<CommandOutput, CommandError> {
        let line: Vec<String> = std::iter::once(program)
            .chain(args.iter().copied())
            .map(str::to_owned)
            .collect();
        self.commands
            .get(&line)
            .cloned()
            .unwrap_or_else(|| Err(CommandError::NotFound(program.to_owned())))
    }

    fn registry_key(&self, key: &str) -> Answer<Option<RegKey>> {
        match self
            .registry_keys
            .get(&full_key_name(key).to_ascii_lowercase())
        {
            Some(recorded) => recorded.answer(),
            None => self.registry.key(key),
        }
    }

    fn registry_tree(&self, key: &str) -> Answer<Vec<RegKey>> {
        match self
            .registry_trees
            .get(&full_key_name(key).to_ascii_lowercase())
        {
            Some(recorded) => recorded.answer(),
            None => self.registry.tree(key),
        }
    }

    fn antivirus_products(&self) -> Answer<Listed<SecurityProduct>> {
        not_recorded(self.antivirus.as_ref())
    }

    fn defender(&self) -> Answer<DefenderStatus> {
        not_recorded(self.defender.as_ref())
    }

    fn root_certificates(&self) -> Answer<Listed<RootCertificate>> {
        not_recorded(self.certificates.as_ref())
    }

    fn processes(&self) -> Answer<Listed<String>> {
        not_recorded(self.processes.as_ref())
    }
}
