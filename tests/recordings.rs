//! A recording is data, never a way in: whatever a folder holds, opening it
//! as a recording follows no link, opens no device, pipe or socket, reads no
//! more than AV Switch ever writes, and answers within a second with an
//! error naming the file. And a list Windows answered in part replays as it
//! was: the entries read, and the ones skipped.

use std::path::Path;
use std::time::{Duration, Instant};

use avswitch::detect::ProductId;
use avswitch::detect::adapters::{FakeSystem, RecordingSystem, ReplaySystem};
use avswitch::detect::answers::{Listed, SecurityProduct, Skipped, Unanswered};
use avswitch::detect::catalog::Catalog;
use avswitch::detect::{LeftoverKind, Os, ScanOptions, ScanReport, SignatureStatus, State, scan};
use avswitch::i18n::Lang;

mod common;

/// What opening `folder` as a recording says, in English; it must fail,
/// and within a second.
fn refused(folder: &Path) -> String {
    let started = Instant::now();
    let opened = ReplaySystem::open(folder);
    let took = started.elapsed();
    assert!(took < Duration::from_secs(1), "took {took:?}");
    match opened {
        Ok(_) => panic!("{} was opened as a recording", folder.display()),
        Err(error) => Lang::En.msg(&error.0),
    }
}

/// A recording of a Linux machine whose one file is `files/1.bin`.
fn with_one_file(folder: &Path) {
    std::fs::create_dir_all(folder.join("files")).expect("folder");
    std::fs::write(
        folder.join("index.json"),
        r#"{"format": "avswitch-recording", "version": 2, "os": "linux",
            "files": {"/var/lib/clamav/daily.cvd": {"data": "files/1.bin"}}}"#,
    )
    .expect("index");
}

#[test]
fn a_plain_recording_opens() {
    let folder = tempfile::tempdir().expect("folder");
    with_one_file(folder.path());
    std::fs::write(folder.path().join("files/1.bin"), b"ClamAV-VDB").expect("file");
    assert!(ReplaySystem::open(folder.path()).is_ok());
}

#[cfg(unix)]
mod hostile {
    use super::*;
    use std::os::unix::fs::symlink;

    fn fifo(path: &Path) {
        let made = std::process::Command::new("mkfifo")
            .arg(path)
            .status()
            .expect("mkfifo runs");
        assert!(made.success());
    }

    #[test]
    fn an_index_that_is_a_link_to_an_endless_device() {
        let folder = tempfile::tempdir().expect("folder");
        symlink("/dev/zero", folder.path().join("index.json")).expect("link");
        let said = refused(folder.path());
        assert!(said.contains("index.json"), "{said}");
        assert!(said.contains("not a plain file"), "{said}");
    }

    #[test]
    fn an_index_that_is_a_pipe_nobody_writes_to() {
        let folder = tempfile::tempdir().expect("folder");
        fifo(&folder.path().join("index.json"));
        let said = refused(folder.path());
        assert!(said.contains("not a plain file"), "{said}");
    }

    #[test]
    fn a_file_that_is_a_link_or_a_pipe() {
        let folder = tempfile::tempdir().expect("folder");
        with_one_file(folder.path());
        symlink("/dev/zero", folder.path().join("files/1.bin")).expect("link");
        let said = refused(folder.path());
        assert!(
            said.contains("1.bin") && said.contains("not a plain file"),
            "{said}"
        );

        std::fs::remove_file(folder.path().join("files/1.bin")).expect("removed");
        fifo(&folder.path().join("files/1.bin"));
        let said = refused(folder.path());
        assert!(
            said.contains("1.bin") && said.contains("not a plain file"),
            "{said}"
        );

        // A link to a plain file outside the recording is not followed either.
        std::fs::remove_file(folder.path().join("files/1.bin")).expect("removed");
        let outside = tempfile::NamedTempFile::new().expect("file");
        symlink(outside.path(), folder.path().join("files/1.bin")).expect("link");
        let said = refused(folder.path());
        assert!(said.contains("not a plain file"), "{said}");
    }
}

#[test]
fn a_two_gigabyte_file_is_refused_without_reading_it() {
    let folder = tempfile::tempdir().expect("folder");
    with_one_file(folder.path());
    // Sparse: it takes no room on the disk, but says it is 2 GB long.
    let huge = std::fs::File::create(folder.path().join("files/1.bin")).expect("file");
    huge.set_len(2 << 30).expect("length");
    let said = refused(folder.path());
    assert!(
        said.contains("1.bin") && said.contains("larger than 32 MB"),
        "{said}"
    );

    let index = std::fs::File::create(folder.path().join("index.json")).expect("file");
    index.set_len(2 << 30).expect("length");
    let said = refused(folder.path());
    assert!(
        said.contains("index.json") && said.contains("larger than"),
        "{said}"
    );
}

#[test]
fn deeply_nested_json_is_damaged_not_a_crash() {
    let folder = tempfile::tempdir().expect("folder");
    let deep = "[".repeat(200_000) + &"]".repeat(200_000);
    std::fs::write(folder.path().join("index.json"), deep).expect("index");
    let said = refused(folder.path());
    assert!(said.contains("index.json"), "{said}");
    assert!(
        said.contains("is not a recording AV Switch can read"),
        "{said}"
    );
}

#[test]
fn a_file_outside_the_folder_is_refused() {
    let folder = tempfile::tempdir().expect("folder");
    std::fs::write(
        folder.path().join("index.json"),
        r#"{"format": "avswitch-recording", "version": 2, "os": "linux",
            "files": {"/etc/passwd": {"data": "../../../etc/passwd"}}}"#,
    )
    .expect("index");
    let said = refused(folder.path());
    assert!(said.contains("index.json"), "{said}");
}

fn product(name: &str, state: State) -> SecurityProduct {
    SecurityProduct {
        name: name.to_owned(),
        state,
        signatures: SignatureStatus::UpToDate,
        reported: None,
        path: None,
    }
}

fn run(system: &dyn avswitch::detect::port::System) -> ScanReport {
    let catalog = Catalog::embedded();
    let options = ScanOptions {
        command_timeout: Duration::from_millis(300),
    };
    scan(system, catalog, common::fixed_now(), options)
}

/// Security Center lists three products and one cannot be read: the two
/// others are still findings, the check says one entry was skipped, and
/// "nothing protects this computer" is not said, since the skipped one
/// could be what protects it.
#[test]
fn one_unreadable_product_does_not_hide_the_others_and_replays_as_it_was() {
    let listed = Listed {
        items: vec![
            product("Kaspersky Standard", State::Expired),
            product("Windows Defender", State::Off),
        ],
        skipped: vec![Skipped {
            what: "#2 of 3".to_owned(),
            why: Unanswered::Failed("Unspecified error (0x80004005)".to_owned()),
        }],
    };
    let machine = FakeSystem::new(Os::Windows)
        .with_antivirus(Ok(listed))
        .with_processes(Ok(vec!["explorer.exe".to_owned()]))
        .with_certificates(Ok(Vec::new()));
    let report = run(&machine);
    let names: Vec<&str> = report.findings.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["Microsoft Defender Antivirus"]);
    // No program of Kaspersky's was seen: its entry is a registration left
    // behind (FACTS F40), still shown.
    assert!(
        report
            .leftovers
            .iter()
            .any(|l| l.product == ProductId::Kaspersky && l.kind == LeftoverKind::Registration),
        "{:?}",
        report.leftovers
    );
    let failure = report
        .failures
        .iter()
        .find(|f| f.probe == "probe-security-center")
        .expect("the skipped entry is said");
    let said = Lang::En.msg(&failure.reason);
    assert!(
        said.contains("One entry in Windows' list could not be read"),
        "{said}"
    );
    assert_eq!(
        failure.reason.detail().as_deref(),
        Some("#2 of 3: Unspecified error (0x80004005)")
    );
    assert!(
        matches!(report.protection(), avswitch::detect::Protection::Unknown),
        "a skipped product could be what protects the computer"
    );

    // Recorded and replayed, the list keeps what was skipped.
    let folder = tempfile::tempdir().expect("folder");
    let recording = folder.path().join("recording");
    let recorder = RecordingSystem::new(machine);
    let recorded = run(&recorder);
    recorder.save(&recording).expect("saved");
    let replayed = run(&ReplaySystem::open(&recording).expect("opened"));
    assert_eq!(replayed.findings, recorded.findings);
    assert_eq!(replayed.failures, recorded.failures);
}
