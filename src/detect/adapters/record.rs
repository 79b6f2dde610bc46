//! Recording a check: `RecordingSystem` wraps a machine, answers every
//! question with the wrapped machine's answer, and keeps a copy, which
//! `save` writes as a recording (see `recording`).

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::recording::{
    Existence, FORMAT, INDEX, Index, IoFailure, Listing, Recorded, Run, Stored, VERSION, file_name,
};
use super::replay::{RecordingError, unreadable};
use crate::detect::answers::{
    Answer, CommandError, CommandOutput, DefenderStatus, Listed, RootCertificate, SecurityProduct,
};
use crate::detect::port::System;
use crate::detect::registry::RegKey;
use crate::detect::vocab::Os;
use crate::msg;

#[derive(Default)]
struct Log {
    env: BTreeMap<String, Option<String>>,
    files: BTreeMap<String, Result<Vec<u8>, IoFailure>>,
    folders: BTreeMap<String, Result<Vec<String>, IoFailure>>,
    exists: BTreeMap<String, Existence>,
    commands: BTreeMap<Vec<String>, (Result<CommandOutput, CommandError>, u64)>,
    registry_keys: BTreeMap<String, Recorded<Option<RegKey>>>,
    registry_trees: BTreeMap<String, Recorded<Vec<RegKey>>>,
    antivirus: Option<Recorded<Listed<SecurityProduct>>>,
    defender: Option<Recorded<DefenderStatus>>,
    certificates: Option<Recorded<Listed<RootCertificate>>>,
    processes: Option<Recorded<Listed<String>>>,
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

    /// How many programs the check ran: none on Windows.
    pub fn programs_run(&self) -> usize {
        self.log
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .commands
            .len()
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
            registry: BTreeMap::new(),
            registry_keys: log.registry_keys.clone(),
            registry_trees: log.registry_trees.clone(),
            antivirus: log.antivirus.clone(),
            defender: log.defender.clone(),
            certificates: log.certificates.clone(),
            processes: log.processes.clone(),
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

    fn exists(&self, path: &str) -> std::io::Result<bool> {
        let exists = self.inner.exists(path);
        let kept = match &exists {
            Ok(told) => Existence::Told(*told),
            Err(error) => Existence::Failed {
                error: IoFailure::of(error),
            },
        };
        self.note(|log| {
            log.exists.insert(path.to_owned(), kept);
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

    fn registry_key(&self, key: &str) -> Answer<Option<RegKey>> {
        let read = self.inner.registry_key(key);
        let kept = Recorded::of(&read);
        self.note(|log| {
            log.registry_keys.insert(key.to_owned(), kept);
        });
        read
    }

    /// Kept whole, as the wrapped machine answers it.
    fn registry_tree(&self, key: &str) -> Answer<Vec<RegKey>> {
        let read = self.inner.registry_tree(key);
        let kept = Recorded::of(&read);
        self.note(|log| {
            log.registry_trees.insert(key.to_owned(), kept);
        });
        read
    }

    fn antivirus_products(&self) -> Answer<Listed<SecurityProduct>> {
        let answer = self.inner.antivirus_products();
        let kept = Recorded::of(&answer);
        self.note(|log| log.antivirus = Some(kept));
        answer
    }

    fn defender(&self) -> Answer<DefenderStatus> {
        let answer = self.inner.defender();
        let kept = Recorded::of(&answer);
        self.note(|log| log.defender = Some(kept));
        answer
    }

    fn root_certificates(&self) -> Answer<Listed<RootCertificate>> {
        let answer = self.inner.root_certificates();
        let kept = Recorded::of(&answer);
        self.note(|log| log.certificates = Some(kept));
        answer
    }

    fn processes(&self) -> Answer<Listed<String>> {
        let answer = self.inner.processes();
        let kept = Recorded::of(&answer);
        self.note(|log| log.processes = Some(kept));
        answer
    }
}
