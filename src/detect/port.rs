//! The one way the check reaches the machine: `System` asks typed questions
//! (files, folders, environment, registry keys, Security Center, Defender,
//! certificates, processes) and gets values or the reason there are none.
//! Adapters answer them: the real machine per system, a fake for tests,
//! and record/replay (see `adapters`). Probes never know which one it is.

use std::time::Duration;

use super::answers::{
    Answer, CommandError, CommandOutput, DefenderStatus, Listed, RootCertificate, SecurityProduct,
};
use super::registry::{RegKey, full_key_name};
use super::vocab::Os;

/// Reading never returns more than this, so a huge or endless file (a
/// device, a damaged database) cannot exhaust memory.
pub const MAX_READ_BYTES: u64 = 32 * 1024 * 1024;

/// Far deeper than any key the probes read; stops a looping link.
const MAX_REGISTRY_DEPTH: usize = 32;

pub trait System: Sync {
    fn os(&self) -> Os;
    fn env(&self, key: &str) -> Option<String>;
    /// Up to `max_bytes` of a file.
    fn read_file(&self, path: &str, max_bytes: u64) -> std::io::Result<Vec<u8>>;
    /// The names of a folder's entries, sorted.
    fn list_dir(&self, path: &str) -> std::io::Result<Vec<String>>;
    /// Whether `path` exists; an error when that cannot be told, as in a
    /// folder this account may not open.
    fn exists(&self, path: &str) -> std::io::Result<bool>;
    /// Runs a program directly (no shell), giving up after `timeout`: only
    /// where a system has no API for the question (macOS, Linux).
    fn run(
        &self,
        program: &str,
        args: &[&str],
        timeout: Duration,
    ) -> Result<CommandOutput, CommandError>;

    /// Windows: one registry key (`HKLM\...`) with its values and the names
    /// of its subkeys; `None` when it does not exist.
    fn registry_key(&self, key: &str) -> Answer<Option<RegKey>>;

    /// Windows: every key at and under `key`, parents before their
    /// subkeys; empty when it does not exist. A subkey this account may not
    /// read is left out, as `reg query` leaves it out.
    fn registry_tree(&self, key: &str) -> Answer<Vec<RegKey>> {
        let mut found = Vec::new();
        let Some(top) = self.registry_key(&full_key_name(key))? else {
            return Ok(found);
        };
        walk(self, top, 0, &mut found);
        Ok(found)
    }

    /// Windows: the anti-virus products Security Center lists.
    fn antivirus_products(&self) -> Answer<Listed<SecurityProduct>>;
    /// Windows: Microsoft Defender Antivirus's own report of itself.
    fn defender(&self) -> Answer<DefenderStatus>;
    /// Windows: the certificates in the machine's and the user's trusted
    /// root stores.
    fn root_certificates(&self) -> Answer<Listed<RootCertificate>>;
    /// Windows: the file names of the running programs (`avp.exe`).
    fn processes(&self) -> Answer<Listed<String>>;
}

fn walk<S: System + ?Sized>(system: &S, key: RegKey, depth: usize, found: &mut Vec<RegKey>) {
    let children: Vec<String> = key
        .subkeys
        .iter()
        .map(|name| format!(r"{}\{name}", key.path))
        .collect();
    found.push(key);
    if depth >= MAX_REGISTRY_DEPTH {
        return;
    }
    for child in children {
        if let Ok(Some(sub)) = system.registry_key(&child) {
            walk(system, sub, depth + 1, found);
        }
    }
}
