//! A machine made of canned answers, for tests and benchmarks: files,
//! folders, environment, programs' replies, registry keys and Windows'
//! typed answers, each set by a builder method.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use super::legacy::parse::parse_reg_query;
use super::registry_store::RegistryStore;
use crate::detect::answers::{
    Answer, CommandError, CommandOutput, DefenderStatus, Listed, RootCertificate, SecurityProduct,
    Unanswered,
};
use crate::detect::port::System;
use crate::detect::registry::RegKey;
use crate::detect::vocab::Os;

const SEPARATORS: [char; 2] = ['/', '\\'];

/// What a fake command does when run.
#[derive(Debug, Clone)]
pub enum FakeReply {
    Output(CommandOutput),
    /// Never answers: waits out the caller's timeout, as a hung program would.
    Hang,
}

#[derive(Debug, Clone)]
pub struct FakeSystem {
    os: Os,
    env: BTreeMap<String, String>,
    files: BTreeMap<String, Vec<u8>>,
    dirs: BTreeSet<String>,
    /// Paths (and all below them) this account may not read.
    denied: BTreeSet<String>,
    commands: BTreeMap<String, FakeReply>,
    registry: RegistryStore,
    antivirus: Answer<Listed<SecurityProduct>>,
    defender: Answer<DefenderStatus>,
    certificates: Answer<Listed<RootCertificate>>,
    processes: Answer<Listed<String>>,
}

fn none_here<T>() -> Answer<T> {
    Err(Unanswered::Unavailable(
        "this machine has no such source".to_owned(),
    ))
}

impl FakeSystem {
    pub fn new(os: Os) -> Self {
        Self {
            os,
            env: BTreeMap::new(),
            files: BTreeMap::new(),
            dirs: BTreeSet::new(),
            denied: BTreeSet::new(),
            commands: BTreeMap::new(),
            registry: RegistryStore::default(),
            antivirus: none_here(),
            defender: none_here(),
            certificates: none_here(),
            processes: none_here(),
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

    /// `path` and everything below it exist but cannot be read by this
    /// account: reading, listing and even telling whether something is
    /// there fail with "permission denied".
    pub fn with_denied(mut self, path: &str) -> Self {
        self.add_parents(path);
        self.denied
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

    /// Registry keys as `reg query KEY /s` prints them.
    pub fn with_registry(mut self, reg_query: &str) -> Self {
        self.registry.insert_all(parse_reg_query(reg_query));
        self
    }

    pub fn with_registry_key(mut self, key: RegKey) -> Self {
        self.registry.insert(key);
        self
    }

    /// `key` and everything below it cannot be read.
    pub fn with_registry_failure(mut self, key: &str, why: Unanswered) -> Self {
        self.registry.fail(key, why);
        self
    }

    /// A whole list (`Ok(vec![..])`), a partial one (`Listed`) or no answer.
    pub fn with_antivirus(mut self, answer: Answer<impl Into<Listed<SecurityProduct>>>) -> Self {
        self.antivirus = answer.map(Into::into);
        self
    }

    pub fn with_defender(mut self, answer: Answer<DefenderStatus>) -> Self {
        self.defender = answer;
        self
    }

    /// A whole list (`Ok(vec![..])`), a partial one (`Listed`) or no answer.
    pub fn with_certificates(mut self, answer: Answer<impl Into<Listed<RootCertificate>>>) -> Self {
        self.certificates = answer.map(Into::into);
        self
    }

    /// A whole list (`Ok(vec![..])`), a partial one (`Listed`) or no answer.
    pub fn with_processes(mut self, answer: Answer<impl Into<Listed<String>>>) -> Self {
        self.processes = answer.map(Into::into);
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

    fn check_access(&self, path: &str) -> std::io::Result<()> {
        let path = path.trim_end_matches(SEPARATORS);
        let inside = |denied: &String| {
            path == denied
                || path
                    .strip_prefix(denied.as_str())
                    .is_some_and(|rest| rest.starts_with(SEPARATORS))
        };
        if self.denied.iter().any(inside) {
            return Err(std::io::ErrorKind::PermissionDenied.into());
        }
        Ok(())
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
        self.check_access(path)?;
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
        self.check_access(path)?;
        let path = path.trim_end_matches(SEPARATORS);
        if !self.dirs.contains(path) {
            return Err(std::io::ErrorKind::NotFound.into());
        }
        let children: BTreeSet<String> = self
            .files
            .keys()
            .chain(self.dirs.iter())
            .chain(self.denied.iter())
            .filter_map(|p| p.strip_prefix(path)?.strip_prefix(SEPARATORS))
            .filter_map(|rest| rest.split(SEPARATORS).next())
            .filter(|name| !name.is_empty())
            .map(str::to_owned)
            .collect();
        Ok(children.into_iter().collect())
    }

    fn exists(&self, path: &str) -> std::io::Result<bool> {
        let trimmed = path.trim_end_matches(SEPARATORS);
        // The denied folder itself can be seen; only what is inside cannot.
        if self.denied.contains(trimmed) {
            return Ok(true);
        }
        self.check_access(path)?;
        Ok(self.files.contains_key(trimmed) || self.dirs.contains(trimmed))
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

    fn registry_key(&self, key: &str) -> Answer<Option<RegKey>> {
        self.registry.key(key)
    }

    fn registry_tree(&self, key: &str) -> Answer<Vec<RegKey>> {
        self.registry.tree(key)
    }

    fn antivirus_products(&self) -> Answer<Listed<SecurityProduct>> {
        self.antivirus.clone()
    }

    fn defender(&self) -> Answer<DefenderStatus> {
        self.defender.clone()
    }

    fn root_certificates(&self) -> Answer<Listed<RootCertificate>> {
        self.certificates.clone()
    }

    fn processes(&self) -> Answer<Listed<String>> {
        self.processes.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fake_lists_folders_from_its_files() {
        let fake = FakeSystem::new(Os::MacOs)
            .with_file("/Applications/A.app/Contents/Info.plist", "x")
            .with_dir("/Applications/B.app");
        assert_eq!(
            fake.list_dir("/Applications").expect("dir"),
            ["A.app", "B.app"]
        );
        assert!(fake.exists("/Applications/A.app").expect("told"));
        assert!(fake.list_dir("/Nope").is_err());
        let windows = FakeSystem::new(Os::Windows).with_file(r"C:\Users\pat\a.txt", "x");
        assert_eq!(windows.list_dir(r"C:\Users").expect("dir"), ["pat"]);
        assert!(windows.exists(r"C:\Users\pat").expect("told"));
        assert_eq!(
            fake.read_file("/Applications/A.app/Contents/Info.plist", 0)
                .expect("file"),
            b""
        );
    }

    #[test]
    fn a_denied_folder_is_seen_but_not_looked_into() {
        let fake = FakeSystem::new(Os::Linux).with_denied("/home/pat/.mozilla");
        assert!(fake.exists("/home/pat/.mozilla").expect("seen"));
        assert_eq!(fake.list_dir("/home/pat").expect("listed"), [".mozilla"]);
        for failed in [
            fake.exists("/home/pat/.mozilla/firefox").map(|_| ()),
            fake.list_dir("/home/pat/.mozilla").map(|_| ()),
            fake.read_file("/home/pat/.mozilla/firefox/profiles.ini", 10)
                .map(|_| ()),
        ] {
            assert_eq!(
                failed.map_err(|e| e.kind()),
                Err(std::io::ErrorKind::PermissionDenied)
            );
        }
        assert!(!fake.exists("/home/pat/.mozillas").expect("told"));
    }
}
