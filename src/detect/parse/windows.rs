//! What Windows' answers mean: Security Center's states, Defender's
//! report and registry values, Kaspersky's update stamp, the Windows
//! version, services and the files they start. Plain functions.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::detect::answers::DefenderStatus;
use crate::detect::answers::windows::filetime;
use crate::detect::evidence::RunningMode;
use crate::detect::registry::RegKey;
use crate::detect::vocab::State;

/// A double quote, written so that no text scanner mistakes it for the
/// start of a string.
const QUOTE: char = '\u{22}';

// ── Security Center ─────────────────────────────────────────────────────────

// ── Defender ────────────────────────────────────────────────────────────────

/// Where Defender keeps its settings and its definitions' date, and where
/// a policy may switch it off: main, real-time protection, signature
/// updates, policy, policy's real-time protection.
pub const DEFENDER_KEYS: [&str; 5] = [
    r"HKLM\SOFTWARE\Microsoft\Windows Defender",
    r"HKLM\SOFTWARE\Microsoft\Windows Defender\Real-Time Protection",
    r"HKLM\SOFTWARE\Microsoft\Windows Defender\Signature Updates",
    r"HKLM\SOFTWARE\Policies\Microsoft\Windows Defender",
    r"HKLM\SOFTWARE\Policies\Microsoft\Windows Defender\Real-Time Protection",
];

/// Defender's state from its registry keys (`DEFENDER_KEYS`, in that
/// order), where its own report cannot be asked; `None` when Defender has
/// no key at all. The registry keeps what was switched off and the
/// definitions' date, never whether Defender runs now, so "on" stays
/// unknown.
pub fn defender_from_registry(keys: &[Option<RegKey>; 5]) -> Option<DefenderStatus> {
    let [main, realtime, signatures, policy, policy_realtime] = keys;
    let main = main.as_ref()?;
    let set =
        |key: &Option<RegKey>, value: &str| key.as_ref().and_then(|k| k.number(value)) == Some(1);
    let switched_off = [Some(main.clone()), policy.clone()]
        .iter()
        .any(|key| set(key, "DisableAntiSpyware") || set(key, "DisableAntiVirus"));
    let realtime_off = set(realtime, "DisableRealtimeMonitoring")
        || set(policy_realtime, "DisableRealtimeMonitoring");
    let signatures = signatures.as_ref();
    let updated = signatures
        .and_then(|k| {
            k.bytes("SignaturesLastUpdated")
                .or(k.bytes("AVSignatureApplied"))
        })
        .and_then(|bytes| Some(u64::from_le_bytes(bytes.get(..8)?.try_into().ok()?)))
        .and_then(filetime);
    Some(DefenderStatus {
        antivirus_enabled: switched_off.then_some(false),
        real_time_protection: realtime_off.then_some(false),
        running_mode: set(&Some(main.clone()), "PassiveMode").then(|| "Passive Mode".to_owned()),
        signatures_updated: updated,
        signature_version: signatures
            .and_then(|k| k.string("AVSignatureVersion"))
            .map(str::to_owned),
    })
}

/// Whether Defender protects, by its own report: on when it runs in normal
/// mode with its anti-virus enabled (a report without a running mode, as
/// older versions give, counts as normal); off when it runs passive or not
/// at all, or says its anti-virus or real-time protection is off.
pub fn defender_state(status: &DefenderStatus) -> State {
    let mode = status.running_mode.as_deref().map(RunningMode::read);
    let passive = mode.as_ref().is_some_and(RunningMode::stands_aside);
    let normal = mode.is_none_or(|mode| mode == RunningMode::Normal);
    if passive
        || status.antivirus_enabled == Some(false)
        || status.real_time_protection == Some(false)
    {
        State::Off
    } else if normal && status.antivirus_enabled == Some(true) {
        State::On
    } else {
        State::Installed
    }
}

// ── Kaspersky's update stamp ────────────────────────────────────────────────

/// What a `LastSuccessfulUpdate` value says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpdateStamp {
    At(DateTime<Utc>),
    /// Zero or `0xFFFFFFFF`: Kaspersky never completed an update.
    Never,
}

/// Every `LastSuccessfulUpdate` under Kaspersky's keys (Unix seconds as a
/// DWORD). Unreadable values are left out.
pub fn update_stamps(keys: &[RegKey]) -> Vec<UpdateStamp> {
    keys.iter()
        .filter_map(|k| k.number("LastSuccessfulUpdate"))
        .filter_map(|secs| match secs {
            0 | 0xFFFF_FFFF => Some(UpdateStamp::Never),
            secs => DateTime::from_timestamp(i64::try_from(secs).ok()?, 0).map(UpdateStamp::At),
        })
        .collect()
}

// ── Kaspersky's uninstall password (FACTS F38) ──────────────────────────────

/// Where a Kaspersky product key keeps whether its password protection is
/// on, below `KasperskyLab\<product>`: older versions in the first, 21.2
/// and later in the second.
pub const PASSWORD_SUBKEYS: [&str; 2] = [
    r"Data\FlushedMsiCriticalSettings",
    r"Settings\PasswordProtectionSettings",
];

/// The value that says Kaspersky's password protection is on, if one of
/// `keys` (read from `PASSWORD_SUBKEYS`) holds it: `EnablePswrdProtect` set
/// to 1, or a password hash in `OPEP`. Not documented by Kaspersky: a value
/// seen is evidence, one not seen proves nothing.
pub fn password_protection(keys: &[RegKey]) -> Option<&'static str> {
    keys.iter().find_map(|key| {
        if key.number("EnablePswrdProtect") == Some(1) {
            Some("EnablePswrdProtect")
        } else if key.has("OPEP") {
            Some("OPEP")
        } else {
            None
        }
    })
}

// ── Defender kept off by a policy (FACTS F41) ───────────────────────────────

/// The policy values that turn Defender off and are set to 1, named as
/// Windows shows them, from its policy keys (`DEFENDER_KEYS[3]` and
/// `DEFENDER_KEYS[4]`). With tamper protection on, Windows ignores them, so
/// each is a possible cause, not proof.
pub fn defender_policies(policy: Option<&RegKey>, realtime: Option<&RegKey>) -> Vec<&'static str> {
    let set = |key: Option<&RegKey>, value: &str| key.and_then(|k| k.number(value)) == Some(1);
    [
        (policy, "DisableAntiSpyware"),
        (policy, "DisableAntiVirus"),
        (realtime, "DisableRealtimeMonitoring"),
    ]
    .into_iter()
    .filter(|(key, value)| set(*key, value))
    .map(|(_, value)| value)
    .collect()
}

// ── The Windows version ─────────────────────────────────────────────────────

pub const VERSION_KEY: &str = r"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion";

/// Windows 11 starts at this build (fact F31).
pub const WINDOWS_11_BUILD: u32 = 22000;

/// Which Windows this is, from `VERSION_KEY`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WindowsVersion {
    pub build: u32,
    /// `Core` (Home), `Professional`, `Enterprise`, `ServerStandard`...
    pub edition: Option<String>,
    /// The release people see in Settings: `22H2`, `23H2`.
    pub release: Option<String>,
    /// As Windows names itself. Windows 11 still says "Windows 10" here, so
    /// the build decides which it is.
    pub product_name: Option<String>,
    pub server: bool,
}

impl WindowsVersion {
    /// Windows 10 (or older), which gets no security updates any more.
    pub fn is_windows_10(&self) -> bool {
        !self.server && self.build < WINDOWS_11_BUILD
    }
}

pub fn windows_version(key: &RegKey) -> Option<WindowsVersion> {
    let build = key
        .string("CurrentBuildNumber")
        .or(key.string("CurrentBuild"))?
        .trim()
        .parse()
        .ok()?;
    let text = |name: &str| key.string(name).map(|v| v.trim().to_owned());
    let edition = text("EditionID");
    let server = key
        .string("InstallationType")
        .is_some_and(|t| t.eq_ignore_ascii_case("server"))
        || edition
            .as_deref()
            .is_some_and(|e| e.to_ascii_lowercase().starts_with("server"));
    Some(WindowsVersion {
        build,
        edition,
        release: text("DisplayVersion").or_else(|| text("ReleaseId")),
        product_name: text("ProductName"),
        server,
    })
}

// ── Uninstall entries ───────────────────────────────────────────────────────

/// How an uninstall entry's own uninstaller is started: its
/// `UninstallString`, the command Settings > Apps runs, never the quiet one.
/// Windows Installer entries of business editions carry `/qn` or `/quiet`,
/// which would remove the program without a window: those switches are
/// dropped, so the person always sees what is removed.
pub fn uninstall_command(entry: &RegKey) -> Option<String> {
    let command = entry.string("UninstallString")?.trim();
    let (program, args) = split_command_line(command);
    let file = program.rsplit(['\\', '/']).next().unwrap_or(program);
    if !file.to_ascii_lowercase().starts_with("msiexec") {
        return Some(command.to_owned());
    }
    let kept: Vec<&str> = args
        .split_whitespace()
        .filter(|arg| !is_quiet_switch(arg))
        .collect();
    Some(format!("{program} {}", kept.join(" ")).trim().to_owned())
}

fn is_quiet_switch(arg: &str) -> bool {
    let lower = arg.to_ascii_lowercase();
    let Some(switch) = lower.strip_prefix(['/', '-']) else {
        return false;
    };
    switch == "passive" || switch.starts_with('q')
}

/// Whether the entry says only an administrator may remove it.
pub fn removal_restricted(entry: &RegKey) -> bool {
    entry.number("NoRemove") == Some(1)
}

/// A command line split into its program and the rest, as Windows reads
/// it: a quoted program, or one up to `.exe` (paths with spaces are often
/// written unquoted), or up to the first space.
pub fn split_command_line(command: &str) -> (&str, &str) {
    let command = command.trim();
    if let Some(quoted) = command.strip_prefix(QUOTE) {
        return match quoted.find(QUOTE) {
            Some(end) => (&quoted[..end], quoted[end + 1..].trim()),
            None => (quoted, ""),
        };
    }
    // ASCII case only: byte positions must stay those of `command`.
    let lower = command.to_ascii_lowercase();
    let end = lower
        .match_indices(".exe")
        .map(|(at, _)| at + 4)
        .find(|&end| command[end..].is_empty() || command[end..].starts_with(' '))
        .or_else(|| command.find(' '))
        .unwrap_or(command.len());
    (&command[..end], command[end..].trim())
}

// ── Services and their files ────────────────────────────────────────────────

/// Whether a service's `Type` makes it a driver (kernel or file system).
pub fn is_driver(service: &RegKey) -> bool {
    service.number("Type").is_some_and(|kind| kind & 0x3 != 0)
}

/// The file a service's `ImagePath` starts, as a full path: quotes and
/// arguments dropped, `\SystemRoot`, `%SystemRoot%` and `\??\` resolved,
/// and paths relative to the Windows folder (`System32\drivers\klif.sys`)
/// made whole.
pub fn image_file(image_path: &str, system_root: &str) -> String {
    let image = image_path.trim();
    let image = match image.strip_prefix(QUOTE) {
        Some(quoted) => quoted.split(QUOTE).next().unwrap_or_default(),
        None => {
            // ASCII case only: byte positions must stay those of `image`.
            let lower = image.to_ascii_lowercase();
            [".exe", ".sys"]
                .iter()
                .filter_map(|ext| lower.find(ext).map(|at| at + ext.len()))
                .min()
                .map_or(image, |end| &image[..end])
        }
    };
    let image = image.strip_prefix(r"\??\").unwrap_or(image);
    let lower = image.to_ascii_lowercase();
    for prefix in [r"\systemroot\", r"%systemroot%\", r"%windir%\"] {
        if lower.starts_with(prefix) {
            return format!(r"{system_root}\{}", &image[prefix.len()..]);
        }
    }
    let absolute = image.starts_with('\\') || image.get(1..2) == Some(":");
    if absolute || image.starts_with('%') {
        image.to_owned()
    } else {
        format!(r"{system_root}\{image}")
    }
}

#[cfg(test)]
mod tests;
