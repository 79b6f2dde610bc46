//! What the app needs from the outside world, injected so tests can replace
//! each part: the clock, the scan, and the save dialog.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use crate::detect::ScanReport;

/// Where the app reads the time.
pub type Clock = Box<dyn Fn() -> DateTime<Utc>>;

/// Checks this computer; runs on a worker thread.
pub type Scanner = Arc<dyn Fn(DateTime<Utc>) -> ScanReport + Send + Sync>;

/// What the save dialog answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogOutcome {
    Chosen(PathBuf),
    Cancelled,
    /// No dialog could be shown (for example no desktop portal on Linux).
    Unavailable,
}

/// Asks where to save: given the window's title, a suggested file name and
/// a starting folder. Runs on a worker thread, so it may block.
pub type PickSavePath = Arc<dyn Fn(&str, &str, &Path) -> DialogOutcome + Send + Sync>;

/// Opens a web address, file or folder with the system's handler.
pub type Opener = Arc<dyn Fn(&str) -> std::io::Result<()> + Send + Sync>;

/// The system's handler, without waiting for the program it starts. On
/// Windows it is asked directly (`ShellExecuteW`), never through a shell
/// such as PowerShell or cmd.
pub fn system_opener() -> Opener {
    Arc::new(open_target)
}

#[cfg(windows)]
fn open_target(target: &str) -> std::io::Result<()> {
    use windows::Win32::UI::Shell::ShellExecuteW;
    use windows::Win32::UI::WindowsAndMessaging::SW_SHOWNORMAL;
    use windows::core::{HSTRING, w};

    let target = HSTRING::from(target);
    // SAFETY: the string lives until the call returns; no window is given.
    let opened = unsafe { ShellExecuteW(None, w!("open"), &target, None, None, SW_SHOWNORMAL) };
    // Values above 32 mean it was opened (the documented contract).
    if opened.0 as usize > 32 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(not(windows))]
fn open_target(target: &str) -> std::io::Result<()> {
    open::that_detached(target)
}

/// Starts a program's own uninstaller, as its uninstall entry names it
/// (`UninstallString`), without waiting for it.
pub type Launcher = Arc<dyn Fn(&str) -> std::io::Result<()> + Send + Sync>;

/// Windows starts the uninstaller as Settings > Apps does, so it may ask
/// for an administrator's permission; other systems have no uninstall
/// entries.
pub fn system_launcher() -> Launcher {
    Arc::new(launch)
}

#[cfg(windows)]
fn launch(command: &str) -> std::io::Result<()> {
    use windows::Win32::UI::Shell::ShellExecuteW;
    use windows::Win32::UI::WindowsAndMessaging::SW_SHOWNORMAL;
    use windows::core::{HSTRING, w};

    let (program, args) = crate::detect::parse::windows::split_command_line(command);
    let (program, args) = (HSTRING::from(program), HSTRING::from(args));
    // SAFETY: both strings live until the call returns; no window is given.
    let started = unsafe { ShellExecuteW(None, w!("open"), &program, &args, None, SW_SHOWNORMAL) };
    // Values above 32 mean the program started (the documented contract).
    if started.0 as usize > 32 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(not(windows))]
fn launch(_command: &str) -> std::io::Result<()> {
    Err(std::io::Error::new(
        std::io::ErrorKind::Unsupported,
        "only Windows has uninstall entries",
    ))
}

#[derive(Clone)]
pub struct Saver {
    pub pick: PickSavePath,
    /// Where files go when no dialog can be shown: the Documents folder,
    /// or the home folder where there is none.
    pub documents: PathBuf,
}

impl Saver {
    /// The system's own save dialog, starting in the Documents folder.
    pub fn system() -> Self {
        let documents = directories::UserDirs::new()
            .and_then(|dirs| {
                dirs.document_dir()
                    .map(Path::to_path_buf)
                    .or_else(|| Some(dirs.home_dir().to_path_buf()))
            })
            .unwrap_or_else(|| PathBuf::from("."));
        Self {
            pick: Arc::new(system_dialog),
            documents,
        }
    }
}

fn system_dialog(title: &str, name: &str, folder: &Path) -> DialogOutcome {
    let started = Instant::now();
    let dialog = rfd::AsyncFileDialog::new()
        .set_title(title)
        .set_file_name(name)
        .set_directory(folder);
    match pollster::block_on(dialog.save_file()) {
        Some(file) => DialogOutcome::Chosen(file.path().to_path_buf()),
        // rfd answers "no file" both when the person cancels and when no
        // dialog could be shown. Nobody cancels within a quarter second, so
        // an instant answer means there was no dialog.
        None if started.elapsed() < Duration::from_millis(250) => DialogOutcome::Unavailable,
        None => DialogOutcome::Cancelled,
    }
}

pub struct Services {
    pub clock: Clock,
    pub scanner: Scanner,
    pub saver: Saver,
    pub opener: Opener,
    pub launcher: Launcher,
    /// Where the printable page is written: a folder only the person can
    /// open, emptied of earlier pages at each start.
    pub print_folder: PathBuf,
}
