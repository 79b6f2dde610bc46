//! The running programs, from a process snapshot (Toolhelp32), as Task
//! Manager lists them.

use windows::Win32::Foundation::ERROR_NO_MORE_FILES;
use windows::Win32::System::Diagnostics::ToolHelp::{
    CreateToolhelp32Snapshot, PROCESSENTRY32W, Process32FirstW, Process32NextW, TH32CS_SNAPPROCESS,
};
use windows::core::Owned;

use crate::detect::answers::{Answer, Listed, Skipped};

pub fn processes() -> Answer<Listed<String>> {
    // SAFETY: the snapshot handle is owned by a guard that closes it on
    // every path; each entry is a plain struct the API fills, sized as it
    // requires.
    unsafe {
        let snapshot = Owned::new(
            CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0).map_err(|e| super::unanswered(&e))?,
        );
        let mut entry = PROCESSENTRY32W {
            dwSize: size_of::<PROCESSENTRY32W>() as u32,
            ..Default::default()
        };
        let mut listed = Listed::default();
        let mut next = Process32FirstW(*snapshot, &mut entry);
        loop {
            match next {
                Ok(()) => listed.items.push(super::wide(&entry.szExeFile)),
                // The end of the list, told apart from a failure on the way.
                Err(error) if error.code() == ERROR_NO_MORE_FILES.to_hresult() => break,
                Err(error) => {
                    listed.skipped.push(Skipped {
                        what: format!("the programs after the first {}", listed.items.len()),
                        why: super::unanswered(&error),
                    });
                    break;
                }
            }
            next = Process32NextW(*snapshot, &mut entry);
        }
        Ok(listed)
    }
}
