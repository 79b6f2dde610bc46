//! Registry keys kept as values, answering the registry's two questions
//! (one key, a key and all below it) the way Windows would: shared by the
//! fake machine and replayed recordings.

use std::collections::BTreeMap;

use crate::detect::answers::{Answer, Unanswered};
use crate::detect::registry::{RegKey, child_names, full_key_name, is_within};

#[derive(Debug, Clone, Default)]
pub struct RegistryStore {
    /// By full name in lower case: registry names ignore case.
    keys: BTreeMap<String, RegKey>,
    /// Keys that could not be read, with everything below them.
    failures: Vec<(String, Unanswered)>,
}

impl RegistryStore {
    /// A key with its values. Keys without the names of their subkeys get
    /// them from the keys below them that the store holds.
    pub fn insert(&mut self, mut key: RegKey) {
        key.path = full_key_name(&key.path);
        self.keys.insert(key.path.to_ascii_lowercase(), key);
    }

    pub fn insert_all(&mut self, keys: impl IntoIterator<Item = RegKey>) {
        for key in keys {
            self.insert(key);
        }
    }

    /// `key` and everything below it could not be read, and why.
    pub fn fail(&mut self, key: &str, why: Unanswered) {
        self.failures.push((full_key_name(key), why));
    }

    fn failure(&self, key: &str) -> Option<&Unanswered> {
        self.failures
            .iter()
            .find(|(failed, _)| is_within(key, failed))
            .map(|(_, why)| why)
    }

    pub fn key(&self, key: &str) -> Answer<Option<RegKey>> {
        let key = full_key_name(key);
        if let Some(why) = self.failure(&key) {
            return Err(why.clone());
        }
        let below: Vec<RegKey> = self.below(&key).cloned().collect();
        // A key with keys below it exists, listed or not (recordings of
        // `reg query` output may leave out keys without values).
        let mut found = match self.keys.get(&key.to_ascii_lowercase()) {
            Some(found) => found.clone(),
            None if below.is_empty() => return Ok(None),
            None => RegKey {
                path: key.clone(),
                values: Vec::new(),
                subkeys: Vec::new(),
            },
        };
        if found.subkeys.is_empty() {
            found.subkeys = child_names(&below, &found.path);
        }
        Ok(Some(found))
    }

    pub fn tree(&self, key: &str) -> Answer<Vec<RegKey>> {
        let key = full_key_name(key);
        if let Some(why) = self.failure(&key) {
            return Err(why.clone());
        }
        Ok(self.below(&key).cloned().collect())
    }

    /// `key` and every key under it, parents first.
    fn below(&self, key: &str) -> impl Iterator<Item = &RegKey> {
        let lower = key.to_ascii_lowercase();
        let within = lower.clone();
        self.keys
            .range(lower.clone()..)
            .take_while(move |(path, _)| path.starts_with(&lower))
            .filter(move |(path, _)| is_within(path, &within))
            .map(|(_, key)| key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::adapters::legacy::parse::parse_reg_query;

    #[test]
    fn keys_and_trees_answer_as_windows_would() {
        let mut store = RegistryStore::default();
        store.insert_all(parse_reg_query(
            "HKEY_LOCAL_MACHINE\\SOFTWARE\\KasperskyLab\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\KasperskyLab\\protected\\AVP21.16\\Data\r\n    LastSuccessfulUpdate    REG_DWORD    0x66f8a3b0\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\KasperskyLabs\r\n",
        ));
        let top = store
            .key(r"HKLM\software\kasperskylab")
            .expect("read")
            .expect("there");
        assert_eq!(top.path, r"HKEY_LOCAL_MACHINE\SOFTWARE\KasperskyLab");
        assert_eq!(top.subkeys, ["protected"]);
        let unlisted = store
            .key(r"HKLM\SOFTWARE\KasperskyLab\protected")
            .expect("read")
            .expect("a key with keys below it exists");
        assert_eq!(unlisted.subkeys, ["AVP21.16"]);
        assert_eq!(
            store
                .tree(r"HKLM\SOFTWARE\KasperskyLab")
                .expect("read")
                .iter()
                .map(|k| k.name())
                .collect::<Vec<_>>(),
            ["KasperskyLab", "Data"],
            "a neighbour with a longer name is not below it"
        );
        assert_eq!(store.key(r"HKLM\SOFTWARE\Nothing"), Ok(None));
        assert_eq!(store.tree(r"HKLM\SOFTWARE\Nothing"), Ok(Vec::new()));
        store.fail(
            r"HKCU\Software",
            Unanswered::Denied("access is denied".into()),
        );
        assert!(matches!(
            store.key(r"HKCU\Software\KasperskyLab"),
            Err(Unanswered::Denied(_))
        ));
    }
}
