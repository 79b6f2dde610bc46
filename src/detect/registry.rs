//! Windows only: the registry read through its API, which hands every name
//! over in UTF-16, whole in any script. The text is shaped as `reg query`
//! shows it (see `windows::reg_value`), so the parsers stay the same.

use std::io::ErrorKind;

use winreg::RegKey as ApiKey;
use winreg::enums::{HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE, KEY_READ};

use super::windows::{RegKey, RegRoot, reg_value, split_reg_root};

/// Far deeper than any key the probes read; stops a looping link.
const MAX_DEPTH: usize = 32;

/// Every key at and under `key` (`HKLM\Software\...`), as `reg query /s`
/// lists them. A key that does not exist is simply empty.
pub fn read_tree(key: &str) -> std::io::Result<Vec<RegKey>> {
    let (root, below) = split_reg_root(key).ok_or(ErrorKind::InvalidInput)?;
    let hkey = match root {
        RegRoot::LocalMachine => HKEY_LOCAL_MACHINE,
        RegRoot::CurrentUser => HKEY_CURRENT_USER,
    };
    let opened = match ApiKey::predef(hkey).open_subkey_with_flags(below, KEY_READ) {
        Ok(opened) => opened,
        Err(err) if err.kind() == ErrorKind::NotFound => return Ok(Vec::new()),
        Err(err) => return Err(err),
    };
    let mut found = Vec::new();
    collect(
        &opened,
        format!(r"{}\{below}", root.full_name()),
        0,
        &mut found,
    );
    Ok(found)
}

fn collect(key: &ApiKey, path: String, depth: usize, found: &mut Vec<RegKey>) {
    let values = key
        .enum_values()
        .filter_map(Result::ok)
        .map(|(name, value)| reg_value(name, value.vtype as u32, &value.bytes))
        .collect();
    let subkeys: Vec<String> = key.enum_keys().filter_map(Result::ok).collect();
    found.push(RegKey {
        path: path.clone(),
        values,
    });
    if depth >= MAX_DEPTH {
        return;
    }
    for name in subkeys {
        // A subkey this account may not read is left out, as reg.exe does.
        if let Ok(sub) = key.open_subkey_with_flags(&name, KEY_READ) {
            collect(&sub, format!(r"{path}\{name}"), depth + 1, found);
        }
    }
}
