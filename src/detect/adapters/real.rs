//! The real machine. Files, folders and the environment through the
//! standard library; on Windows every other question goes to Windows' own
//! APIs in-process (`adapters::windows`), so no program is ever started
//! there. macOS and Linux answer a few questions only a program knows.

use std::io::Read;
use std::time::Duration;

use crate::detect::answers::{
    Answer, CommandError, CommandOutput, DefenderStatus, Listed, RootCertificate, SecurityProduct,
};
use crate::detect::port::{MAX_READ_BYTES, System};
use crate::detect::registry::RegKey;
use crate::detect::vocab::Os;

pub struct RealSystem;

impl System for RealSystem {
    fn os(&self) -> Os {
        Os::current()
    }

    fn env(&self, key: &str) -> Option<String> {
        std::env::var(key).ok()
    }

    fn read_file(&self, path: &str, max_bytes: u64) -> std::io::Result<Vec<u8>> {
        let mut bytes = Vec::new();
        std::fs::File::open(path)?
            .take(max_bytes.min(MAX_READ_BYTES))
            .read_to_end(&mut bytes)?;
        Ok(bytes)
    }

    fn list_dir(&self, path: &str) -> std::io::Result<Vec<String>> {
        let mut names: Vec<String> = std::fs::read_dir(path)?
            .filter_map(Result::ok)
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        Ok(names)
    }

    fn exists(&self, path: &str) -> std::io::Result<bool> {
        match std::fs::symlink_metadata(path) {
            Ok(_) => Ok(true),
            Err(err)
                if matches!(
                    err.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) =>
            {
                Ok(false)
            }
            Err(err) => Err(err),
        }
    }

    /// Never on Windows: every Windows question has an API, and a program
    /// started by an unknown tool is what anti-virus behaviour monitors
    /// watch for.
    fn run(
        &self,
        program: &str,
        args: &[&str],
        timeout: Duration,
    ) -> Result<CommandOutput, CommandError> {
        if cfg!(windows) {
            return Err(CommandError::Failed {
                program: program.to_owned(),
                reason: "AV Switch starts no programs on Windows".to_owned(),
            });
        }
        run_with_timeout(program, args, timeout)
    }

    fn registry_key(&self, key: &str) -> Answer<Option<RegKey>> {
        platform::registry_key(key)
    }

    fn antivirus_products(&self) -> Answer<Listed<SecurityProduct>> {
        platform::antivirus_products()
    }

    fn defender(&self) -> Answer<DefenderStatus> {
        platform::defender()
    }

    fn root_certificates(&self) -> Answer<Listed<RootCertificate>> {
        platform::root_certificates()
    }

    fn processes(&self) -> Answer<Listed<String>> {
        platform::processes()
    }
}

#[cfg(windows)]
use super::windows as platform;

/// Elsewhere the Windows questions have no source to ask.
#[cfg(not(windows))]
mod platform {
    use crate::detect::answers::{
        Answer, DefenderStatus, Listed, RootCertificate, SecurityProduct, Unanswered,
    };
    use crate::detect::registry::RegKey;

    fn not_windows<T>() -> Answer<T> {
        Err(Unanswered::Unavailable("only Windows has it".to_owned()))
    }

    pub fn registry_key(_key: &str) -> Answer<Option<RegKey>> {
        not_windows()
    }

    pub fn antivirus_products() -> Answer<Listed<SecurityProduct>> {
        not_windows()
    }

    pub fn defender() -> Answer<DefenderStatus> {
        not_windows()
    }

    pub fn root_certificates() -> Answer<Listed<RootCertificate>> {
        not_windows()
    }

    pub fn processes() -> Answer<Listed<String>> {
        not_windows()
    }
}

fn run_with_timeout(
    program: &str,
    args: &[&str],
    timeout: Duration,
) -> Result<CommandOutput, CommandError> {
    use std::process::{Command, Stdio};
    use wait_timeout::ChildExt;

    let mut command = Command::new(program);
    command
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().map_err(|err| match err.kind() {
        std::io::ErrorKind::NotFound => CommandError::NotFound(program.to_owned()),
        _ => CommandError::Failed {
            program: program.to_owned(),
            reason: err.to_string(),
        },
    })?;

    // Drain both pipes on their own threads so a chatty child never blocks
    // on a full pipe while we wait for it.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(pipe) = pipe {
                let _ignored_partial_read = pipe.take(MAX_READ_BYTES).read_to_end(&mut bytes);
            }
            bytes
        })
    };
    let stdout = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );

    let failed = |err: std::io::Error| CommandError::Failed {
        program: program.to_owned(),
        reason: err.to_string(),
    };
    match child.wait_timeout(timeout).map_err(failed)? {
        Some(status) => Ok(CommandOutput {
            success: status.success(),
            stdout: stdout.join().unwrap_or_default(),
            stderr: String::from_utf8_lossy(&stderr.join().unwrap_or_default()).into_owned(),
        }),
        None => {
            // Best effort: the child may have exited just now.
            let _already_gone = child.kill();
            let _reaped = child.wait();
            Err(CommandError::TimedOut {
                program: program.to_owned(),
                seconds: timeout.as_secs().max(1),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_hanging_command_is_stopped_at_its_timeout() {
        let started = std::time::Instant::now();
        let result = RealSystem.run("/bin/sleep", &["10"], Duration::from_millis(200));
        assert!(
            matches!(result, Err(CommandError::TimedOut { .. })),
            "{result:?}"
        );
        assert!(started.elapsed() < Duration::from_secs(5));
    }

    #[cfg(unix)]
    #[test]
    fn output_and_exit_status_are_returned() {
        let out = RealSystem
            .run(
                "/bin/sh",
                &["-c", "echo hello; echo oops >&2; exit 3"],
                Duration::from_secs(5),
            )
            .expect("ran");
        assert_eq!(out.stdout, b"hello\n");
        assert_eq!(out.stderr, "oops\n");
        assert!(!out.success);
    }

    #[test]
    fn a_missing_program_is_reported_as_such() {
        let result = RealSystem.run("/nonexistent/avswitch-probe", &[], Duration::from_secs(1));
        assert_eq!(
            result,
            Err(CommandError::NotFound("/nonexistent/avswitch-probe".into()))
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_path_that_cannot_be_looked_into_is_not_called_absent() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("folder");
        let closed = dir.path().join("closed");
        std::fs::create_dir(&closed).expect("made");
        std::fs::write(closed.join("inside"), "x").expect("written");
        std::fs::set_permissions(&closed, std::fs::Permissions::from_mode(0o000)).expect("closed");
        let inside = closed.join("inside");
        let inside = inside.to_str().expect("utf-8");
        let answer = RealSystem.exists(inside);
        // Root may look anywhere; anyone else is refused, never told "no".
        let root = std::fs::read_dir(&closed).is_ok();
        std::fs::set_permissions(&closed, std::fs::Permissions::from_mode(0o755)).expect("opened");
        if root {
            assert!(answer.expect("root reads it"));
        } else {
            assert_eq!(
                answer.map_err(|e| e.kind()),
                Err(std::io::ErrorKind::PermissionDenied)
            );
        }
        let missing = dir.path().join("missing");
        assert!(
            !RealSystem
                .exists(missing.to_str().expect("utf-8"))
                .expect("told")
        );
        let file = dir.path().join("file");
        std::fs::write(&file, "x").expect("written");
        let through_a_file = file.join("inside");
        assert!(
            !RealSystem
                .exists(through_a_file.to_str().expect("utf-8"))
                .expect("a file has nothing inside")
        );
    }
}
