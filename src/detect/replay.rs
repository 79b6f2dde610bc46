//! Recording a check and running it again: `RecordingSystem` wraps a machine
//! and keeps exactly what the probes read from it; `ReplaySystem` answers
//! from such a recording, on any operating system. Neither is visible to
//! the probes, which only see `System`.
//!
//! A recording is a folder: `index.json` lists every environment value,
//! file, folder listing, existence test and command the check used, and
//! the bytes of each file and command output are plain files beside it
//! (`files/`, `commands/`), so a person can read them before sharing.
//! Windows registry keys, read through the registry's API, are kept in the
//! index itself, as text.

use std::collections::BTreeMap;
use std::path::{Component, Path};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::system::{CommandError, CommandOutput, MAX_READ_BYTES, Os, System};
use super::windows::{RegKey, reg_query_tree};
use crate::i18n::{Lang, Msg};
use crate::msg;

/// The name of the index file, and the format and version written in it.
pub const INDEX: &str = "index.json";
pub const FORMAT: &str = "avswitch-recording";
pub const VERSION: u32 = 1;

/// A recording that could not be written or read, naming the file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct RecordingError(pub Msg);

fn unreadable(path: &Path, detail: impl ToString) -> RecordingError {
    RecordingError(msg!(
        "recording-unreadable",
        path = path.display().to_string(),
        detail = detail.to_string()
    ))
}

fn damaged(path: &Path, detail: impl ToString) -> RecordingError {
    RecordingError(msg!(
        "recording-damaged",
        path = path.display().to_string(),
        detail = detail.to_string()
    ))
}

// ── The index ───────────────────────────────────────────────────────────────

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Index {
    format: String,
    version: u32,
    os: Os,
    /// Each environment value a probe asked for; `null` when it was not set.
    #[serde(default)]
    env: BTreeMap<String, Option<String>>,
    /// Each file read: the file holding its bytes, or why it could not be read.
    #[serde(default)]
    files: BTreeMap<String, Stored>,
    /// Each folder listed: its entries, or why it could not be listed.
    #[serde(default)]
    folders: BTreeMap<String, Listing>,
    /// Each path whose existence was tested.
    #[serde(default)]
    exists: BTreeMap<String, bool>,
    #[serde(default)]
    commands: Vec<Run>,
    /// Each registry key read with everything under it, or why it could not
    /// be read; absent from recordings of other systems.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    registry: BTreeMap<String, RegistryRead>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistryRead {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    keys: Option<Vec<RegKey>>,
    /// Why it could not be read, in English words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

impl RegistryRead {
    fn of(read: &Result<Vec<RegKey>, Msg>) -> Self {
        match read {
            Ok(keys) => Self {
                keys: Some(keys.clone()),
                error: None,
            },
            Err(reason) => Self {
                keys: None,
                error: Some(Lang::En.msg(reason)),
            },
        }
    }

    fn read(&self) -> Option<Result<Vec<RegKey>, Msg>> {
        match (&self.keys, &self.error) {
            (Some(keys), None) => Some(Ok(keys.clone())),
            (None, Some(reason)) => Some(Err(msg!("failure-registry-recorded", reason = reason))),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Stored {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    data: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    error: Option<IoFailure>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Listing {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    entries: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    error: Option<IoFailure>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct IoFailure {
    /// `not_found`, `permission_denied` or `other`.
    kind: String,
    message: String,
}

impl IoFailure {
    fn of(error: &std::io::Error) -> Self {
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

    fn error(&self) -> std::io::Error {
        let kind = match self.kind.as_str() {
            "not_found" => std::io::ErrorKind::NotFound,
            "permission_denied" => std::io::ErrorKind::PermissionDenied,
            _ => std::io::ErrorKind::Other,
        };
        std::io::Error::new(kind, self.message.clone())
    }
}

/// A command as it was run, and what came of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Run {
    program: String,
    args: Vec<String>,
    duration_ms: u64,
    /// Whether it exited with status 0; absent when it did not run to the end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    success: Option<bool>,
    /// The file holding its standard output.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    stdout: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    stderr: String,
    /// `not_found`, `timed_out` or `failed`, when it did not run to the end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    error: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    reason: String,
}

impl Run {
    /// A command line (program first) that has not reported yet.
    fn of(line: &[String], duration_ms: u64) -> Self {
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

    fn failed(&mut self, error: &CommandError) {
        let (kind, reason) = match error {
            CommandError::NotFound(_) => ("not_found", String::new()),
            CommandError::TimedOut { seconds, .. } => ("timed_out", seconds.to_string()),
            CommandError::Failed { reason, .. } => ("failed", reason.clone()),
        };
        self.error = Some(kind.to_owned());
        self.reason = reason;
    }
}

// ── Recording ───────────────────────────────────────────────────────────────

#[derive(Default)]
struct Log {
    env: BTreeMap<String, Option<String>>,
    files: BTreeMap<String, Result<Vec<u8>, IoFailure>>,
    folders: BTreeMap<String, Result<Vec<String>, IoFailure>>,
    exists: BTreeMap<String, bool>,
    commands: BTreeMap<Vec<String>, (Result<CommandOutput, CommandError>, u64)>,
    registry: BTreeMap<String, RegistryRead>,
}

/// A machine that keeps a copy of everything read from the one it wraps.
pub struct RecordingSystem<S> {
    inner: S,
    log: Mutex<Log>,
}

impl<S: System> RecordingSystem<S> {
    pub fn new(inner: S) -> Self {
        Self {
            inner,
            log: Mutex::new(Log::default()),
        }
    }

    fn note(&self, write: impl FnOnce(&mut Log)) {
        // A probe that panicked while holding the lock leaves a usable log.
        let mut log = self.log.lock().unwrap_or_else(|e| e.into_inner());
        write(&mut log);
    }

    /// Writes the recording into `folder`, which must be new or empty.
    pub fn save(&self, folder: &Path) -> Result<(), RecordingError> {
        if std::fs::read_dir(folder).is_ok_and(|mut d| d.next().is_some()) {
            return Err(RecordingError(msg!(
                "recording-folder-not-empty",
                path = folder.display().to_string()
            )));
        }
        let log = self.log.lock().unwrap_or_else(|e| e.into_inner());
        // The bytes of files and outputs, each with the name it is saved as.
        let mut blobs: Vec<(String, &[u8])> = Vec::new();
        let mut files = BTreeMap::new();
        for (path, read) in &log.files {
            let stored = match read {
                Ok(bytes) => {
                    let name = format!("files/{:03}-{}", blobs.len() + 1, file_name(path));
                    blobs.push((name.clone(), bytes));
                    Stored {
                        data: Some(name),
                        error: None,
                    }
                }
                Err(failure) => Stored {
                    data: None,
                    error: Some(failure.clone()),
                },
            };
            files.insert(path.clone(), stored);
        }
        let mut commands = Vec::new();
        for (n, (line, (result, duration_ms))) in (1..).zip(&log.commands) {
            let mut run = Run::of(line, *duration_ms);
            match result {
                Ok(output) => {
                    let name = format!("commands/{n:03}-{}.out", file_name(&run.program));
                    blobs.push((name.clone(), &output.stdout));
                    run.success = Some(output.success);
                    run.stdout = Some(name);
                    run.stderr = output.stderr.clone();
                }
                Err(error) => run.failed(error),
            }
            commands.push(run);
        }
        let index = Index {
            format: FORMAT.to_owned(),
            version: VERSION,
            os: self.inner.os(),
            env: log.env.clone(),
            files,
            folders: log
                .folders
                .iter()
                .map(|(path, listed)| (path.clone(), listing(listed)))
                .collect(),
            exists: log.exists.clone(),
            commands,
            registry: log.registry.clone(),
        };
        for (name, bytes) in blobs {
            write(&folder.join(&name), bytes)?;
        }
        // Serialising plain data with string keys cannot fail.
        let text = serde_json::to_string_pretty(&index).unwrap_or_default();
        write(&folder.join(INDEX), format!("{text}\n").as_bytes())
    }
}

fn listing(listed: &Result<Vec<String>, IoFailure>) -> Listing {
    match listed {
        Ok(entries) => Listing {
            entries: Some(entries.clone()),
            error: None,
        },
        Err(failure) => Listing {
            entries: None,
            error: Some(failure.clone()),
        },
    }
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), RecordingError> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| unreadable(parent, e))?;
    }
    std::fs::write(path, bytes).map_err(|e| unreadable(path, e))
}

/// The last part of a Windows or Unix path, in letters safe on any system,
/// so a person sees at a glance which file is which.
fn file_name(path: &str) -> String {
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

impl<S: System> System for RecordingSystem<S> {
    fn os(&self) -> Os {
        self.inner.os()
    }

    fn env(&self, key: &str) -> Option<String> {
        let value = self.inner.env(key);
        self.note(|log| {
            log.env.insert(key.to_owned(), value.clone());
        });
        value
    }

    fn read_file(&self, path: &str, max_bytes: u64) -> std::io::Result<Vec<u8>> {
        let read = self.inner.read_file(path, max_bytes);
        let kept = read.as_ref().map(Clone::clone).map_err(IoFailure::of);
        self.note(|log| {
            // Of two reads of one file, the longer holds the shorter.
            let longer = match (log.files.get(path), &kept) {
                (Some(Ok(before)), Ok(now)) => now.len() >= before.len(),
                _ => true,
            };
            if longer {
                log.files.insert(path.to_owned(), kept);
            }
        });
        read
    }

    fn list_dir(&self, path: &str) -> std::io::Result<Vec<String>> {
        let listed = self.inner.list_dir(path);
        let kept = listed.as_ref().map(Clone::clone).map_err(IoFailure::of);
        self.note(|log| {
            log.folders.insert(path.to_owned(), kept);
        });
        listed
    }

    fn exists(&self, path: &str) -> bool {
        let exists = self.inner.exists(path);
        self.note(|log| {
            log.exists.insert(path.to_owned(), exists);
        });
        exists
    }

    fn run(
        &self,
        program: &str,
        args: &[&str],
        timeout: Duration,
    ) -> Result<CommandOutput, CommandError> {
        let started = Instant::now();
        let result = self.inner.run(program, args, timeout);
        let duration_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        let line: Vec<String> = std::iter::once(program)
            .chain(args.iter().copied())
            .map(str::to_owned)
            .collect();
        let kept = result.clone();
        self.note(|log| {
            log.commands.insert(line, (kept, duration_ms));
        });
        result
    }

    /// Kept as the wrapped machine answers it: on Windows, through the
    /// registry's API rather than `reg query`.
    fn registry_tree(&self, key: &str, timeout: Duration) -> Result<Vec<RegKey>, Msg> {
        let read = self.inner.registry_tree(key, timeout);
        let kept = RegistryRead::of(&read);
        self.note(|log| {
            log.registry.insert(key.to_owned(), kept);
        });
        read
    }
}

// ── Replaying ───────────────────────────────────────────────────────────────

/// A machine answering from a recording folder: what was recorded, and for
/// anything else what an empty machine would answer.
#[derive(Debug, Clone)]
pub struct ReplaySystem {
    os: Os,
    env: BTreeMap<String, Option<String>>,
    files: BTreeMap<String, Result<Vec<u8>, IoFailure>>,
    folders: BTreeMap<String, Result<Vec<String>, IoFailure>>,
    exists: BTreeMap<String, bool>,
    commands: BTreeMap<Vec<String>, Result<CommandOutput, CommandError>>,
    registry: BTreeMap<String, RegistryRead>,
}

impl ReplaySystem {
    /// Reads a recording folder whole, so a damaged one is refused at once,
    /// naming the file at fault.
    pub fn open(folder: &Path) -> Result<Self, RecordingError> {
        let index_path = folder.join(INDEX);
        let text = std::fs::read_to_string(&index_path).map_err(|e| unreadable(&index_path, e))?;
        let index: Index = serde_json::from_str(&text).map_err(|e| damaged(&index_path, e))?;
        if index.format != FORMAT || index.version != VERSION {
            return Err(damaged(
                &index_path,
                format!(
                    "format \"{}\" version {}, expected \"{FORMAT}\" version {VERSION}",
                    index.format, index.version
                ),
            ));
        }
        let blob = |name: &str| -> Result<Vec<u8>, RecordingError> {
            let relative = Path::new(name);
            let inside = relative
                .components()
                .all(|c| matches!(c, Component::Normal(_)));
            if !inside {
                return Err(damaged(
                    &index_path,
                    format!("\"{name}\" is outside the recording's folder"),
                ));
            }
            let path = folder.join(relative);
            let mut bytes = std::fs::read(&path).map_err(|e| unreadable(&path, e))?;
            bytes.truncate(usize::try_from(MAX_READ_BYTES).unwrap_or(usize::MAX));
            Ok(bytes)
        };
        let mut files = BTreeMap::new();
        for (path, stored) in &index.files {
            let read = match (&stored.data, &stored.error) {
                (Some(name), None) => Ok(blob(name)?),
                (None, Some(failure)) => Err(failure.clone()),
                _ => {
                    return Err(damaged(
                        &index_path,
                        format!("\"{path}\" needs either data or error"),
                    ));
                }
            };
            files.insert(path.clone(), read);
        }
        let mut folders = BTreeMap::new();
        for (path, listed) in &index.folders {
            let listed = match (&listed.entries, &listed.error) {
                (Some(entries), None) => Ok(entries.clone()),
                (None, Some(failure)) => Err(failure.clone()),
                _ => {
                    return Err(damaged(
                        &index_path,
                        format!("\"{path}\" needs either entries or error"),
                    ));
                }
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
                (Some(kind), None, None) => Err(command_error(&run.program, kind, &run.reason)
                    .ok_or_else(|| {
                        damaged(&index_path, format!("unknown command error \"{kind}\""))
                    })?),
                _ => {
                    return Err(damaged(
                        &index_path,
                        format!(
                            "the command \"{}\" needs either success and stdout, or error",
                            run.program
                        ),
                    ));
                }
            };
            commands.insert(line, result);
        }
        if let Some(key) = index.registry.iter().find(|(_, r)| r.read().is_none()) {
            return Err(damaged(
                &index_path,
                format!("the registry key \"{}\" needs either keys or error", key.0),
            ));
        }
        Ok(Self {
            os: index.os,
            env: index.env,
            files,
            folders,
            exists: index.exists,
            commands,
            registry: index.registry,
        })
    }
}

fn command_error(program: &str, kind: &str, reason: &str) -> Option<CommandError> {
    let program = program.to_owned();
    Some(match kind {
        "not_found" => CommandError::NotFound(program),
        "timed_out" => CommandError::TimedOut {
            program,
            seconds: reason.parse().unwrap_or(1),
        },
        "failed" => CommandError::Failed {
            program,
            reason: reason.to_owned(),
        },
        _ => return None,
    })
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

    fn exists(&self, path: &str) -> bool {
        self.exists.get(path).copied().unwrap_or(false)
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

    /// A key recorded as read, else what the recorded `reg query` printed
    /// (recordings made before the registry was kept).
    fn registry_tree(&self, key: &str, timeout: Duration) -> Result<Vec<RegKey>, Msg> {
        match self.registry.get(key).and_then(RegistryRead::read) {
            Some(read) => read,
            None => reg_query_tree(self, key, timeout),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::system::{FakeReply, FakeSystem};

    fn folder(name: &str) -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("avswitch-replay-{name}-{}", std::process::id()));
        let _fresh = std::fs::remove_dir_all(&dir);
        dir
    }

    fn machine() -> FakeSystem {
        FakeSystem::new(Os::Windows)
            .with_env("SystemRoot", r"C:\Windows")
            .with_file(r"C:\Users\pat\prefs.js", "user_pref(\"a\", true);\n")
            .with_dir(r"C:\Users\pat\Profiles\x")
            .with_command(r"C:\Windows\System32\reg.exe query HKLM\X", "HKEY_X\r\n")
            .with_reply(r"C:\slow.exe", FakeReply::Hang)
    }

    #[test]
    fn what_was_read_is_answered_again_and_nothing_else() {
        let recorder = RecordingSystem::new(machine());
        assert_eq!(recorder.env("SystemRoot").as_deref(), Some(r"C:\Windows"));
        assert_eq!(recorder.env("HOME"), None);
        assert_eq!(
            recorder
                .read_file(r"C:\Users\pat\prefs.js", 4)
                .expect("read"),
            b"user"
        );
        let _whole = recorder.read_file(r"C:\Users\pat\prefs.js", 1000);
        assert!(recorder.read_file(r"C:\nothing", 10).is_err());
        assert_eq!(
            recorder.list_dir(r"C:\Users\pat\Profiles").expect("listed"),
            ["x"]
        );
        assert!(recorder.exists(r"C:\Users\pat\Profiles\x"));
        let args = ["query", r"HKLM\X"];
        let ran = recorder
            .run(
                r"C:\Windows\System32\reg.exe",
                &args,
                Duration::from_secs(1),
            )
            .expect("ran");
        let timed_out = recorder.run(r"C:\slow.exe", &[], Duration::from_millis(10));

        let dir = folder("roundtrip");
        recorder.save(&dir).expect("saved");
        let replay = ReplaySystem::open(&dir).expect("opened");
        assert_eq!(replay.os(), Os::Windows);
        assert_eq!(replay.env("SystemRoot").as_deref(), Some(r"C:\Windows"));
        assert_eq!(replay.env("HOME"), None);
        assert_eq!(
            replay
                .read_file(r"C:\Users\pat\prefs.js", 100)
                .expect("read"),
            b"user_pref(\"a\", true);\n"
        );
        assert_eq!(
            replay
                .read_file(r"C:\nothing", 10)
                .map_err(|e| e.kind())
                .unwrap_err(),
            std::io::ErrorKind::NotFound
        );
        assert_eq!(
            replay.list_dir(r"C:\Users\pat\Profiles").expect("listed"),
            ["x"]
        );
        assert!(replay.exists(r"C:\Users\pat\Profiles\x"));
        assert!(!replay.exists(r"C:\never\asked"));
        assert_eq!(
            replay.run(r"C:\Windows\System32\reg.exe", &args, Duration::ZERO),
            Ok(ran)
        );
        assert_eq!(replay.run(r"C:\slow.exe", &[], Duration::ZERO), timed_out);
        assert_eq!(
            replay.run(r"C:\other.exe", &[], Duration::ZERO),
            Err(CommandError::NotFound(r"C:\other.exe".into()))
        );
        // The bytes are plain files a person can open.
        let index = std::fs::read_to_string(dir.join(INDEX)).expect("index");
        assert!(index.contains("\"files/001-prefs.js\""), "{index}");
        assert_eq!(
            std::fs::read(dir.join("files/001-prefs.js")).expect("file"),
            b"user_pref(\"a\", true);\n"
        );
        assert!(
            recorder.save(&dir).is_err(),
            "a folder with a recording in it is not overwritten"
        );
        let _cleaned = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn registry_keys_are_replayed_as_read_and_so_are_their_failures() {
        let tree = "HKEY_LOCAL_MACHINE\\Software\\U\\{1}\r\n    DisplayName    REG_SZ    Агент администрирования Kaspersky Security Center\r\n    NoModify    REG_DWORD    0x1\r\n";
        let machine = FakeSystem::new(Os::Windows)
            .with_env("SystemRoot", r"C:\Windows")
            .with_command(
                r"C:\Windows\System32\reg.exe query HKLM\Software\U /s",
                tree,
            );
        let recorder = RecordingSystem::new(machine);
        let read = recorder.registry_tree(r"HKLM\Software\U", Duration::from_secs(1));
        let keys = read.clone().expect("read");
        assert_eq!(
            keys[0].value("DisplayName"),
            Some("Агент администрирования Kaspersky Security Center")
        );
        let missing = recorder.registry_tree(r"HKLM\Software\Gone", Duration::from_secs(1));
        let _ = recorder.registry_tree(r"HKLM\Software\Gone", Duration::from_secs(1));

        let dir = folder("registry");
        recorder.save(&dir).expect("saved");
        let index = std::fs::read_to_string(dir.join(INDEX)).expect("index");
        assert!(index.contains("Агент администрирования"), "{index}");
        let replay = ReplaySystem::open(&dir).expect("opened");
        assert_eq!(
            replay.registry_tree(r"HKLM\Software\U", Duration::ZERO),
            read
        );
        let failure = replay
            .registry_tree(r"HKLM\Software\Gone", Duration::ZERO)
            .expect_err("recorded as failed");
        assert_ne!(
            Err(failure.clone()),
            missing,
            "worded as a recorded failure"
        );
        assert!(
            Lang::En
                .msg(&failure)
                .contains("reg.exe is not on this computer"),
            "{failure:?}"
        );

        std::fs::write(
            dir.join(INDEX),
            "{\"format\": \"avswitch-recording\", \"version\": 1, \"os\": \"windows\", \"registry\": {\"HKLM\\\\X\": {}}}",
        )
        .expect("written");
        let error = ReplaySystem::open(&dir).expect_err("neither keys nor error");
        assert!(error.to_string().contains("HKLM"), "{error}");
        let _cleaned = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_damaged_recording_names_the_file_at_fault() {
        let dir = folder("damaged");
        let recorder = RecordingSystem::new(machine());
        let _read = recorder.read_file(r"C:\Users\pat\prefs.js", 100);
        recorder.save(&dir).expect("saved");

        std::fs::remove_file(dir.join("files/001-prefs.js")).expect("removed");
        let error = ReplaySystem::open(&dir).expect_err("a file is missing");
        assert!(error.to_string().contains("001-prefs.js"), "{error}");

        let index = dir.join(INDEX);
        for broken in [
            "{\"format\": \"avswitch-recording\", \"version\": 1, \"os\": ",
            "{\"format\": \"something-else\", \"version\": 1, \"os\": \"linux\"}",
            "{\"format\": \"avswitch-recording\", \"version\": 1, \"os\": \"linux\", \"files\": {\"/a\": {\"data\": \"../../etc/passwd\"}}}",
            "{\"format\": \"avswitch-recording\", \"version\": 1, \"os\": \"linux\", \"files\": {\"/a\": {}}}",
            "{\"format\": \"avswitch-recording\", \"version\": 1, \"os\": \"linux\", \"commands\": [{\"program\": \"/x\", \"args\": [], \"duration_ms\": 1, \"error\": \"exploded\"}]}",
            "\u{0}\u{1}binary",
        ] {
            std::fs::write(&index, broken).expect("written");
            let error = ReplaySystem::open(&dir).expect_err(broken);
            assert!(error.to_string().contains("index.json"), "{error}");
        }
        std::fs::remove_file(&index).expect("removed");
        let error = ReplaySystem::open(&dir).expect_err("no index");
        assert!(error.to_string().contains("index.json"), "{error}");
        let _cleaned = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn recorded_file_names_are_safe_everywhere() {
        assert_eq!(file_name(r"C:\Users\pat\Local State"), "Local_State");
        assert_eq!(file_name("/var/lib/dpkg/status"), "status");
        assert_eq!(file_name("/"), "file");
        assert_eq!(file_name(r"C:\..\"), "file");
    }
}
