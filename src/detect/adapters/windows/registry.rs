//! The registry, read through its API, which hands every name over in
//! UTF-16, whole in any script.

use std::io::ErrorKind;

use winreg::RegKey as ApiKey;
use winreg::enums::{HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE, KEY_READ};

use crate::detect::answers::{Answer, Unanswered};
use crate::detect::registry::{RegKey, RegRoot, full_key_name, reg_value, split_reg_root};

/// One key (`HKLM\Software\...`) with its values and the names of its
/// subkeys; `None` when it does not exist.
pub fn registry_key(key: &str) -> Answer<Option<RegKey>> {
    let (root, below) = split_reg_root(key)
        .ok_or_else(|| Unanswered::Failed(format!("{key} is not a key AV Switch reads")))?;
    let hkey = match root {
        RegRoot::LocalMachine => HKEY_LOCAL_MACHINE,
        RegRoot::CurrentUser => HKEY_CURRENT_USER,
    };
    let opened = match ApiKey::predef(hkey).open_subkey_with_flags(below, KEY_READ) {
        Ok(opened) => opened,
        Err(err) if err.kind() == ErrorKind::NotFound => return Ok(None),
        Err(err) => return Err(Unanswered::from_io(&err)),
    };
    let values = opened
        .enum_values()
        .filter_map(Result::ok)
        .map(|(name, value)| reg_value(name, value.vtype as u32, &value.bytes))
        .collect();
    let subkeys = opened.enum_keys().filter_map(Result::ok).collect();
    Ok(Some(RegKey {
        path: full_key_name(key),
        values,
        subkeys,
    }))
}
