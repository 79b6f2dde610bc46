//! The running programs, from a process snapshot (Toolhelp32), as Task
//! Manager lists them.

use windows::Win32::Foundation::CloseHandle;
use windows::Win32::System::Diagnostics::ToolHelp::{
    CreateToolhelp32Snapshot, PROCESSENTRY32W, Process32FirstW, Process32NextW, TH32CS_SNAPPROCESS,
};

use crate::detect::answers::Answer;

pub fn processes() -> Answer<Vec<String>> {
    // SAFETY: the snapshot handle is owned here and closed; each entry is
    // a plain struct the API fills, sized as it requires.
    unsafe {
        let snapshot =
            CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0).map_err(|e| super::unanswered(&e))?;
        let mut entry = PROCESSENTRY32W {
            dwSize: size_of::<PROCESSENTRY32W>() as u32,
            ..Default::default()
        };
        let mut names = Vec::new();
        let mut next = Process32FirstW(snapshot, &mut entry);
        while next.is_ok() {
            names.push(super::wide(&entry.szExeFile));
            next = Process32NextW(snapshot, &mut entry);
        }
        let _closed = CloseHandle(snapshot);
        Ok(names)
    }
}
