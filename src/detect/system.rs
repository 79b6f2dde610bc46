//! How probes see the machine: files, folders and commands, behind a small
//! trait so every probe runs against a fake machine in tests.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::windows::{RegKey, reg_query_tree};
use crate::i18n::{Lang, Msg};
use crate::{msg, t};

/// The operating systems AV Switch knows how to check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Os {
    Windows,
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

/// Reading never returns more than this, so a huge or endless file (a
/// device, a damaged database) cannot exhaust memory.
pub const MAX_READ_BYTES: u64 = 32 * 1024 * 1024;

pub trait System: Sync {
    fn os(&self) -> Os;
    fn env(&self, key: &str) -> Option<String>;
    /// Up to `max_bytes` of a file.
    fn read_file(&self, path: &str, max_bytes: u64) -> std::io::Result<Vec<u8>>;
    /// The names of a folder's entries, sorted.
    fn list_dir(&self, path: &str) -> std::io::Result<Vec<String>>;
    fn exists(&self, path: &str) -> bool;
    /// Runs a program directly (no shell), giving up after `timeout`.
    fn run(
        &self,
        program: &str,
        args: &[&str],
        timeout: Duration,
    ) -> Result<CommandOutput, CommandError>;
    /// Windows: every registry key at and under `key`, with its values; a
    /// key that does not exist is simply empty. By default through
    /// `reg query`, so machines made of commands answer it too.
    fn registry_tree(&self, key: &str, timeout: Duration) -> Result<Vec<RegKey>, Msg> {
        reg_query_tree(self, key, timeout)
    }
}

/// The real machine.
pub struct RealSystem;

impl System for RealSystem {
    fn os(&self) -> Os {
        Os::current()
    }

    fn env(&self, key: &str) -> Option<String> {
        std::env::var(key).ok()
    }

    fn read_file(&self, path: &str, max_bytes: u64) -> std::io::Result<Vec<u8>> {
        let mut bytes = Vec::new();
        std::fs::File::open(path)?
            .take(max_bytes.min(MAX_READ_BYTES))
            .read_to_end(&mut bytes)?;
        Ok(bytes)
    }

    fn list_dir(&self, path: &str) -> std::io::Result<Vec<String>> {
        let mut names: Vec<String> = std::fs::read_dir(path)?
            .filter_map(Result::ok)
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        Ok(names)
    }

    fn exists(&self, path: &str) -> bool {
        std::path::Path::new(path).exists()
    }

    fn run(
        &self,
        program: &str,
        args: &[&str],
        timeout: Duration,
    ) -> Result<CommandOutput, CommandError> {
        run_with_timeout(program, args, timeout)
    }

    /// `reg.exe` prints in the console's code page, which garbles names in
    /// other scripts; the API hands them over in UTF-16.
    #[cfg(windows)]
    fn registry_tree(&self, key: &str, _timeout: Duration) -> Result<Vec<RegKey>, Msg> {
        super::registry::read_tree(key).map_err(|err| super::probe::unreadable(key, &err))
    }
}

fn run_with_timeout(
    program: &str,
    args: &[&str],
    timeout: Duration,
) -> Result<CommandOutput, CommandError> {
    use std::process::{Command, Stdio};
    use wait_timeout::ChildExt;

    let mut command = Command::new(program);
    command
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    hide_console_window(&mut command);
    let mut child = command.spawn().map_err(|err| match err.kind() {
        std::io::ErrorKind::NotFound => CommandError::NotFound(program.to_owned()),
        _ => CommandError::Failed {
            program: program.to_owned(),
            reason: err.to_string(),
        },
    })?;

    // Drain both pipes on their own threads so a chatty child never blocks
    // on a full pipe while we wait for it.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(pipe) = pipe {
                let _ignored_partial_read = pipe.take(MAX_READ_BYTES).read_to_end(&mut bytes);
            }
            bytes
        })
    };
    let stdout = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );

    let failed = |err: std::io::Error| CommandError::Failed {
        program: program.to_owned(),
        reason: err.to_string(),
    };
    match child.wait_timeout(timeout).map_err(failed)? {
        Some(status) => Ok(CommandOutput {
            success: status.success(),
            stdout: stdout.join().unwrap_or_default(),
            stderr: String::from_utf8_lossy(&stderr.join().unwrap_or_default()).into_owned(),
        }),
        None => {
            // Best effort: the child may have exited just now.
            let _already_gone = child.kill();
            let _reaped = child.wait();
            Err(CommandError::TimedOut {
                program: program.to_owned(),
                seconds: timeout.as_secs().max(1),
            })
        }
    }
}

/// On Windows, console programs would flash a black window: ask for none.
#[cfg(windows)]
fn hide_console_window(command: &mut std::process::Command) {
    use std::os::windows::process::CommandExt;
    const CREATE_NO_WINDOW: u32 = 0x0800_0000;
    command.creation_flags(CREATE_NO_WINDOW);
}

#[cfg(not(windows))]
fn hide_console_window(_command: &mut std::process::Command) {}

const SEPARATORS: [char; 2] = ['/', '\\'];

/// What a fake command does when run.
#[derive(Debug, Clone)]
pub enum FakeReply {
    Output(CommandOutput),
    /// Never answers: waits out the caller's timeout, as a hung program would.
    Hang,
}

/// A machine made of canned files and command replies, for tests and benchmarks.
#[derive(Debug, Clone)]
pub struct FakeSystem {
    os: Os,
    env: BTreeMap<String, String>,
    files: BTreeMap<String, Vec<u8>>,
    dirs: BTreeSet<String>,
    commands: BTreeMap<String, FakeReply>,
}

impl FakeSystem {
    pub fn new(os: Os) -> Self {
        Self {
            os,
            env: BTreeMap::new(),
            files: BTreeMap::new(),
            dirs: BTreeSet::new(),
            commands: BTreeMap::new(),
        }
    }

    pub fn with_env(mut self, key: &str, value: &str) -> Self {
        self.env.insert(key.to_owned(), value.to_owned());
        self
    }

    /// Adds a file, and its parent folders.
    pub fn with_file(mut self, path: &str, contents: impl Into<Vec<u8>>) -> Self {
        self.add_parents(path);
        self.files.insert(path.to_owned(), contents.into());
        self
    }

    pub fn with_dir(mut self, path: &str) -> Self {
        self.add_parents(path);
        self.dirs
            .insert(path.trim_end_matches(SEPARATORS).to_owned());
        self
    }

    /// A command that prints `stdout` and succeeds.
    pub fn with_command(self, line: &str, stdout: impl Into<Vec<u8>>) -> Self {
        self.with_reply(
            line,
            FakeReply::Output(CommandOutput {
                success: true,
                stdout: stdout.into(),
                stderr: String::new(),
            }),
        )
    }

    /// `line` is the program and its arguments joined by single spaces.
    pub fn with_reply(mut self, line: &str, reply: FakeReply) -> Self {
        self.commands.insert(line.to_owned(), reply);
        self
    }

    /// Windows paths (`C:\Users`) have parents too.
    fn add_parents(&mut self, path: &str) {
        let mut parent = path.trim_end_matches(SEPARATORS);
        while let Some(index) = parent.rfind(SEPARATORS) {
            parent = &parent[..index];
            if !parent.is_empty() {
                self.dirs.insert(parent.to_owned());
            }
        }
    }
}

impl System for FakeSystem {
    fn os(&self) -> Os {
        self.os
    }

    fn env(&self, key: &str) -> Option<String> {
        self.env.get(key).cloned()
    }

    fn read_file(&self, path: &str, max_bytes: u64) -> std::io::Result<Vec<u8>> {
        let bytes = self
            .files
            .get(path)
            .ok_or_else(|| std::io::Error::from(std::io::ErrorKind::NotFound))?;
        let len = usize::try_from(max_bytes)
            .unwrap_or(usize::MAX)
            .min(bytes.len());
        Ok(bytes[..len].to_vec())
    }

    fn list_dir(&self, path: &str) -> std::io::Result<Vec<String>> {
        let path = path.trim_end_matches(SEPARATORS);
        if !self.dirs.contains(path) {
            return Err(std::io::ErrorKind::NotFound.into());
        }
        let children: BTreeSet<String> = self
            .files
            .keys()
            .chain(self.dirs.iter())
            .filter_map(|p| p.strip_prefix(path)?.strip_prefix(SEPARATORS))
            .filter_map(|rest| rest.split(SEPARATORS).next())
            .filter(|name| !name.is_empty())
            .map(str::to_owned)
            .collect();
        Ok(children.into_iter().collect())
    }

    fn exists(&self, path: &str) -> bool {
        let path = path.trim_end_matches(SEPARATORS);
        self.files.contains_key(path) || self.dirs.contains(path)
    }

    fn run(
        &self,
        program: &str,
        args: &[&str],
        timeout: Duration,
    ) -> Result<CommandOutput, CommandError> {
        let line = std::iter::once(program)
            .chain(args.iter().copied())
            .collect::<Vec<_>>()
            .join(" ");
        match self.commands.get(&line) {
            Some(FakeReply::Output(output)) => Ok(output.clone()),
            Some(FakeReply::Hang) => {
                std::thread::sleep(timeout);
                Err(CommandError::TimedOut {
                    program: program.to_owned(),
                    seconds: timeout.as_secs().max(1),
                })
            }
            None => Err(CommandError::NotFound(program.to_owned())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_hanging_command_is_stopped_at_its_timeout() {
        let started = std::time::Instant::now();
        let result = RealSystem.run("/bin/sleep", &["10"], Duration::from_millis(200));
        assert!(
            matches!(result, Err(CommandError::TimedOut { .. })),
            "{result:?}"
        );
        assert!(started.elapsed() < Duration::from_secs(5));
    }

    #[cfg(unix)]
    #[test]
    fn output_and_exit_status_are_returned() {
        let out = RealSystem
            .run(
                "/bin/sh",
                &["-c", "echo hello; echo oops >&2; exit 3"],
                Duration::from_secs(5),
            )
            .expect("ran");
        assert_eq!(out.stdout, b"hello\n");
        assert_eq!(out.stderr, "oops\n");
        assert!(!out.success);
    }

    #[test]
    fn a_missing_program_is_reported_as_such() {
        let result = RealSystem.run("/nonexistent/avswitch-probe", &[], Duration::from_secs(1));
        assert_eq!(
            result,
            Err(CommandError::NotFound("/nonexistent/avswitch-probe".into()))
        );
    }

    #[test]
    fn the_fake_lists_folders_from_its_files() {
        let fake = FakeSystem::new(Os::MacOs)
            .with_file("/Applications/A.app/Contents/Info.plist", "x")
            .with_dir("/Applications/B.app");
        assert_eq!(
            fake.list_dir("/Applications").expect("dir"),
            ["A.app", "B.app"]
        );
        assert!(fake.exists("/Applications/A.app"));
        assert!(fake.list_dir("/Nope").is_err());
        let windows = FakeSystem::new(Os::Windows).with_file(r"C:\Users\pat\a.txt", "x");
        assert_eq!(windows.list_dir(r"C:\Users").expect("dir"), ["pat"]);
        assert!(windows.exists(r"C:\Users\pat"));
        assert_eq!(
            fake.read_file("/Applications/A.app/Contents/Info.plist", 0)
                .expect("file"),
            b""
        );
    }
}
