//! `avswitch` opens the window; `avswitch check` prints what protects this
//! computer; `avswitch export` writes the checklist as a file.

// A window program on Windows: no console window opens with it. The command
// line subcommands reattach to the terminal they were started from.
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

mod cli;

fn main() -> ExitCode {
    if std::env::args_os().len() > 1 {
        attach_parent_console();
    }
    cli::main()
}

/// Lets `check`, `export` and `--help` print to the terminal that started
/// them, although the program has no console of its own on Windows.
#[cfg(windows)]
fn attach_parent_console() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: AttachConsole has no preconditions. It fails harmlessly when
    // there is no parent console (started from Explorer).
    let _attached = unsafe { AttachConsole(ATTACH_PARENT_PROCESS) };
}

#[cfg(not(windows))]
fn attach_parent_console() {}
