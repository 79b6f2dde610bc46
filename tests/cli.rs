//! The command line, run as a user would run it.

use std::process::{Command, Output};

use avswitch::i18n::Lang;

/// The program as run from a terminal whose language is `locale`, by a
/// person with nothing saved yet (tests that need saved progress name
/// their own folder).
fn command(locale: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_avswitch"));
    for variable in ["LC_ALL", "LC_MESSAGES", "LANGUAGE", "AVSWITCH_REPLAY"] {
        command.env_remove(variable);
    }
    let nothing_saved =
        std::env::temp_dir().join(format!("avswitch-cli-nothing-saved-{}", std::process::id()));
    command.env("AVSWITCH_DATA_DIR", nothing_saved);
    command.env("LANG", locale);
    command
}

fn avswitch(args: &[&str]) -> Output {
    command("en_US.UTF-8")
        .args(args)
        .output()
        .expect("the binary runs")
}

#[test]
fn check_prints_a_readable_report() {
    let out = avswitch(&["check"]);
    assert!(ran(&out), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        text.starts_with("AV Switch: check of this computer"),
        "{text}"
    );
    assert!(text.contains("Next step: "), "{text}");
    // Nobody said where they are: both cases, briefly, with their sources.
    assert!(
        text.contains("\nThe ban: The U.S. ban stops Kaspersky's updates"),
        "{text}"
    );
    assert!(text.contains("Kaspersky says"), "{text}");
    assert!(text.contains("Source: Federal Register"), "{text}");
    // The question is answered here with flags, not in the window.
    assert!(text.contains("--region us"), "{text}");
    assert!(!text.contains("Check step"), "{text}");
    let answered = avswitch(&["check", "--region", "us"]);
    let answered = String::from_utf8(answered.stdout).expect("UTF-8");
    assert!(!answered.contains("--region"), "{answered}");
}

#[test]
fn who_the_ban_covers_is_given_by_flags() {
    let out = avswitch(&["check", "--region", "elsewhere", "--us-person", "no"]);
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        text.contains("The ban: The U.S. ban on Kaspersky does not apply to you"),
        "{text}"
    );
    assert!(!text.contains("ended on"), "{text}");

    let out = avswitch(&["check", "--json", "--region", "us"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(doc["coverage"], "covered");
    let out = avswitch(&[
        "check",
        "--json",
        "--region",
        "elsewhere",
        "--us-person",
        "yes",
    ]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(
        doc["coverage"], "covered",
        "a U.S. citizen abroad is covered"
    );
    let out = avswitch(&["check", "--json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(doc["coverage"], "unknown");

    let out = avswitch(&["check", "--region", "mars"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("us, elsewhere or unknown"));
}

#[test]
fn the_report_follows_the_terminal_language_and_the_flag() {
    let out = command("es_MX.UTF-8")
        .args(["check"])
        .output()
        .expect("runs");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        text.starts_with("AV Switch: revisión de esta computadora"),
        "{text}"
    );
    assert!(
        text.contains("noviembre") || text.contains("diciembre") || text.contains(" de 20"),
        "{text}"
    );

    let out = command("es_MX.UTF-8")
        .args(["check", "--lang", "id"])
        .output()
        .expect("runs");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        text.starts_with("AV Switch: pemeriksaan komputer ini"),
        "{text}"
    );

    let out = avswitch(&["check", "--lang", "klingon"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("en, id, es"));
}

#[test]
fn check_json_is_a_stable_document() {
    let out = avswitch(&["check", "--json"]);
    assert!(ran(&out), "{}", String::from_utf8_lossy(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(doc["format"], "avswitch-check");
    assert_eq!(doc["version"], 6);
    assert_eq!(doc["phase"], "updates_ended");
    let protection = doc["verdict"]["protection"].as_str().unwrap_or_default();
    assert!(
        ["protected", "nothing", "unknown"].contains(&protection),
        "{}",
        doc["verdict"]
    );
    assert!(doc["findings"].is_array());
    assert!(doc["probe_errors"].is_array());
    assert!(doc["leftovers"].is_array());
    assert!(
        doc["summary"]["headline"]
            .as_str()
            .is_some_and(|h| !h.is_empty())
    );
    for finding in doc["findings"].as_array().into_iter().flatten() {
        for key in [
            "id",
            "name",
            "vendor",
            "kind",
            "state",
            "decided_by",
            "signatures",
            "affected",
            "settings",
            "evidence",
        ] {
            assert!(finding.get(key).is_some(), "finding has {key}: {finding}");
        }
    }
}

#[test]
fn a_wrong_argument_gives_a_message_and_a_failure_exit() {
    let out = avswitch(&["check", "--colour"]);
    assert!(!out.status.success());
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(message.contains("--colour"), "{message}");
    assert!(out.stdout.is_empty());
}

fn avswitch_with_data(args: &[&str], data: &std::path::Path) -> Output {
    command("en_US.UTF-8")
        .args(args)
        .env("AVSWITCH_DATA_DIR", data)
        .output()
        .expect("the binary runs")
}

#[test]
fn export_every_format_to_standard_output() {
    let data = tempfile::tempdir().expect("dir");
    for (format, start) in [
        ("md", "# AV Switch: your plan"),
        ("txt", "AV Switch: your plan"),
        ("html", "<!DOCTYPE html>"),
        ("json", "{"),
        ("ics", "BEGIN:VCALENDAR\r\n"),
    ] {
        let out = avswitch_with_data(&["export", "--format", format, "--no-scan"], data.path());
        assert!(
            out.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        assert!(
            text.starts_with(start),
            "{format}: {}",
            &text[..text.len().min(80)]
        );
    }
}

#[test]
fn export_uses_saved_progress_and_writes_the_out_file() {
    let data = tempfile::tempdir().expect("dir");
    std::fs::write(
        data.path().join("progress.json"),
        r#"{"version":1,"step":"checklist","choice":{"kind":"built_in"},"seen":{"kaspersky":true},"done":{"restart":"2026-11-20T10:00:00Z"},"finish_by":"2026-12-24"}"#,
    )
    .expect("progress");
    let out_file = data.path().join("plan.json");
    let out = avswitch_with_data(
        &[
            "export",
            "--format",
            "json",
            "--out",
            out_file.to_str().expect("path"),
        ],
        data.path(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stdout.is_empty(),
        "nothing on standard output with --out"
    );
    let doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&out_file).expect("written")).expect("JSON");
    assert_eq!(doc["finish_by"], "2026-12-24");
    let restart = doc["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["id"] == "restart")
        .expect("restart item");
    assert_eq!(restart["done"], true);
}

#[test]
fn export_speaks_the_language_chosen_in_the_window_unless_told_otherwise() {
    let data = tempfile::tempdir().expect("dir");
    std::fs::write(
        data.path().join("progress.json"),
        r#"{"version":1,"step":"export","choice":{"kind":"built_in"},"seen":{"kaspersky":true},"display":{"language":"es"}}"#,
    )
    .expect("progress");
    let export = |extra: &[&str]| {
        let mut args = vec!["export", "--format", "txt", "--no-scan"];
        args.extend_from_slice(extra);
        let out = avswitch_with_data(&args, data.path());
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let spanish = export(&[]);
    assert!(spanish.starts_with("AV Switch: su plan"), "{spanish}");
    assert!(spanish.contains("Reinicie la computadora"), "{spanish}");
    let english = export(&["--lang", "en"]);
    assert!(english.starts_with("AV Switch: your plan"), "{english}");
    let json = String::from_utf8(
        avswitch_with_data(&["export", "--format", "json", "--no-scan"], data.path()).stdout,
    )
    .expect("UTF-8");
    let doc: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(doc["language"], "es");
    assert!(doc.get("items").is_some(), "keys stay English");
}

#[test]
fn export_with_a_bad_format_fails_with_a_message() {
    let data = tempfile::tempdir().expect("dir");
    let out = avswitch_with_data(&["export", "--format", "pdf", "--no-scan"], data.path());
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("pdf"));
    assert!(out.stdout.is_empty());
}

#[test]
fn export_to_an_unwritable_path_fails_and_leaves_no_file() {
    let data = tempfile::tempdir().expect("dir");
    let target = data.path().join("missing-folder").join("plan.md");
    let out = avswitch_with_data(
        &[
            "export",
            "--format",
            "md",
            "--no-scan",
            "--out",
            target.to_str().expect("path"),
        ],
        data.path(),
    );
    assert!(!out.status.success());
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(
        message.contains("missing-folder does not exist."),
        "{message}"
    );
    assert!(!target.exists());
    assert!(!data.path().join("missing-folder").exists());
}

#[test]
fn export_without_a_check_or_progress_still_plans_from_the_check() {
    let data = tempfile::tempdir().expect("temp dir");
    let out = avswitch_with_data(&["export", "--format", "json", "--no-scan"], data.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(doc["version"], 5);
    assert_eq!(doc["coverage"], "unknown");
    let ids: Vec<&str> = doc["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["id"].as_str())
        .collect();
    assert_eq!(ids.first(), Some(&"check-computer"), "{ids:?}");
    for id in ["choose-replacement", "check-again"] {
        assert!(ids.contains(&id), "{id}: {ids:?}");
    }

    let out = avswitch_with_data(
        &[
            "export",
            "--format",
            "md",
            "--no-scan",
            "--region",
            "elsewhere",
            "--us-person",
            "no",
        ],
        data.path(),
    );
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(text.contains("the U.S. ban does not cover you"), "{text}");
    assert!(text.contains("Kaspersky says"), "{text}");
}

fn export_to(out: &std::path::Path, data: &std::path::Path) -> Output {
    avswitch_with_data(
        &[
            "export",
            "--format",
            "txt",
            "--no-scan",
            "--out",
            out.to_str().expect("path"),
        ],
        data,
    )
}

#[test]
fn export_to_a_dash_writes_to_standard_output() {
    let data = tempfile::tempdir().expect("dir");
    let out = avswitch_with_data(
        &["export", "--format", "txt", "--no-scan", "--out", "-"],
        data.path(),
    );
    assert!(out.status.success());
    assert!(out.stdout.starts_with(b"AV Switch: your plan"));
    assert!(!data.path().join("-").exists());
}

#[test]
fn export_to_a_folder_is_refused_and_the_folder_kept() {
    let data = tempfile::tempdir().expect("dir");
    let folder = data.path().join("plans");
    std::fs::create_dir(&folder).expect("folder");
    let out = export_to(&folder, data.path());
    assert!(!out.status.success());
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(
        message.contains(&format!("{} is a folder", folder.display())),
        "{message}"
    );
    assert!(folder.is_dir());
}

#[cfg(unix)]
mod unix {
    use super::*;
    use std::os::unix::fs::{FileTypeExt, PermissionsExt, symlink};
    use std::path::Path;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).expect("meta").permissions().mode() & 0o7777
    }

    #[test]
    fn export_to_dev_null_leaves_the_device_a_device() {
        let data = tempfile::tempdir().expect("dir");
        let out = export_to(Path::new("/dev/null"), data.path());
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let kind = std::fs::metadata("/dev/null").expect("meta").file_type();
        assert!(kind.is_char_device(), "still a device");
    }

    #[test]
    fn export_to_a_full_device_names_it_not_a_temporary_file() {
        let full = Path::new("/dev/full");
        if !full.exists() {
            return;
        }
        let data = tempfile::tempdir().expect("dir");
        let out = export_to(full, data.path());
        assert!(!out.status.success());
        let message = String::from_utf8_lossy(&out.stderr);
        assert!(
            message.contains("/dev/full could not be written"),
            "{message}"
        );
        assert!(message.contains("Details: "), "{message}");
        assert!(!message.contains(".tmp"), "{message}");
        let kind = std::fs::metadata(full).expect("meta").file_type();
        assert!(kind.is_char_device());
    }

    #[test]
    fn export_to_a_named_pipe_writes_into_it() {
        let data = tempfile::tempdir().expect("dir");
        let fifo = data.path().join("pipe");
        let made = Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            return;
        }
        let reading = fifo.clone();
        let reader = std::thread::spawn(move || std::fs::read(reading).expect("read pipe"));
        let out = export_to(&fifo, data.path());
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let received = reader.join().expect("reader");
        assert!(received.starts_with(b"AV Switch: your plan"));
        let kind = std::fs::symlink_metadata(&fifo).expect("meta").file_type();
        assert!(kind.is_fifo(), "still a pipe");
    }

    #[test]
    fn export_through_a_link_writes_its_target_and_keeps_the_link() {
        let data = tempfile::tempdir().expect("dir");
        let real = data.path().join("elsewhere");
        std::fs::create_dir(&real).expect("folder");
        let target = real.join("plan.txt");
        std::fs::write(&target, "old").expect("write");
        let link = data.path().join("plan.txt");
        symlink(&target, &link).expect("link");
        let out = export_to(&link, data.path());
        assert!(out.status.success());
        assert!(
            std::fs::symlink_metadata(&link)
                .expect("link")
                .file_type()
                .is_symlink()
        );
        let text = std::fs::read_to_string(&target).expect("target");
        assert!(text.starts_with("AV Switch: your plan"), "{text}");
    }

    #[test]
    fn export_keeps_a_files_mode_and_gives_a_new_one_the_usual_mode() {
        let data = tempfile::tempdir().expect("dir");
        let existing = data.path().join("existing.txt");
        std::fs::write(&existing, "old").expect("write");
        std::fs::set_permissions(&existing, std::fs::Permissions::from_mode(0o644)).expect("mode");
        assert!(export_to(&existing, data.path()).status.success());
        assert_eq!(mode(&existing), 0o644);

        let new = data.path().join("new.txt");
        assert!(export_to(&new, data.path()).status.success());
        // What the umask makes of 0666, as for any file the person creates.
        let probe = data.path().join("probe");
        std::fs::File::create(&probe).expect("probe");
        assert_eq!(mode(&new), mode(&probe));
    }

    #[test]
    fn export_refuses_a_read_only_file() {
        let data = tempfile::tempdir().expect("dir");
        let target = data.path().join("plan.txt");
        std::fs::write(&target, "kept").expect("write");
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o444)).expect("mode");
        let out = export_to(&target, data.path());
        assert!(!out.status.success());
        let message = String::from_utf8_lossy(&out.stderr);
        assert!(
            message.contains(&format!(
                "{} is read-only, so it was not replaced.",
                target.display()
            )),
            "{message}"
        );
        assert_eq!(std::fs::read_to_string(&target).expect("kept"), "kept");
    }
}

#[test]
fn export_reads_a_newer_progress_file_and_leaves_it_where_it_is() {
    let data = tempfile::tempdir().expect("dir");
    let progress = data.path().join("progress.json");
    std::fs::write(&progress, r#"{"version": 999}"#).expect("progress");
    let out = avswitch_with_data(&["export", "--format", "txt", "--no-scan"], data.path());
    assert!(out.status.success());
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(message.contains("newer version of AV Switch"), "{message}");
    assert!(
        message.contains(&progress.display().to_string()),
        "{message}"
    );
    assert_eq!(
        std::fs::read_to_string(&progress).expect("still there"),
        r#"{"version": 999}"#
    );
    assert_eq!(std::fs::read_dir(data.path()).expect("dir").count(), 1);
}

#[test]
fn a_damaged_progress_file_is_said_plainly_with_the_detail_after() {
    let data = tempfile::tempdir().expect("dir");
    std::fs::write(data.path().join("progress.json"), r#"{"version": 1, 5: 1}"#).expect("progress");
    let out = avswitch_with_data(&["export", "--format", "txt", "--no-scan"], data.path());
    assert!(out.status.success());
    let message = String::from_utf8_lossy(&out.stderr);
    let (words, detail) = message.split_once("Details: ").expect("details after");
    assert!(words.contains("the file is damaged"), "{message}");
    assert!(!words.contains("line 1"), "{message}");
    assert!(detail.contains("line 1"), "{message}");
}

#[test]
fn help_and_mistakes_speak_the_chosen_language() {
    let out = command("es_MX.UTF-8")
        .args(["--help"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        help.starts_with("Deje el antivirus Kaspersky con calma y de forma segura."),
        "{help}"
    );
    assert!(help.contains("Uso: avswitch"), "{help}");
    assert!(help.contains("Comandos:"), "{help}");
    assert!(help.contains("Mostrar la ayuda"), "{help}");

    let out = command("en_US.UTF-8")
        .args(["export", "--lang", "id", "--help"])
        .output()
        .expect("runs");
    let help = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        help.contains("Format berkas: md, txt, html, json, atau ics."),
        "{help}"
    );
    assert!(help.contains("--no-scan"), "flags stay English: {help}");

    let out = command("es_MX.UTF-8")
        .args(["check", "--lang", "klingon"])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(
        message.contains("\"klingon\" no es uno de en, id, es"),
        "{message}"
    );
}

fn json_of(out: &Output) -> serde_json::Value {
    assert!(ran(out), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

/// `check` ran: it exits with what it found (0, 3, 4 or 5), never with the
/// statuses of a mistake (2) or a check that could not run (1).
fn ran(out: &Output) -> bool {
    matches!(out.status.code(), Some(0 | 3 | 4 | 5))
}

#[test]
fn a_recorded_check_replays_to_the_same_result() {
    let folder = std::env::temp_dir().join(format!("avswitch-cli-record-{}", std::process::id()));
    let _fresh = std::fs::remove_dir_all(&folder);
    let folder_arg = folder.to_str().expect("UTF-8 path");
    let recorded = json_of(&avswitch(&["check", "--json", "--record", folder_arg]));
    assert!(folder.join("index.json").exists());
    let replayed = json_of(&avswitch(&["check", "--json", "--replay", folder_arg]));
    for key in ["os", "summary", "findings", "probe_errors", "leftovers"] {
        assert_eq!(recorded[key], replayed[key], "{key}");
    }
    let again = avswitch(&["check", "--record", folder_arg]);
    assert!(!again.status.success(), "a used folder is not overwritten");
    assert!(String::from_utf8_lossy(&again.stderr).contains("already has files"));
    let _cleaned = std::fs::remove_dir_all(&folder);
}

#[test]
fn a_damaged_recording_is_a_clear_error_naming_the_file() {
    let folder = std::env::temp_dir().join(format!("avswitch-cli-damaged-{}", std::process::id()));
    let _fresh = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("folder");
    std::fs::write(
        folder.join("index.json"),
        "{\"format\": \"avswitch-recording\",",
    )
    .expect("written");
    let out = avswitch(&["check", "--replay", folder.to_str().expect("UTF-8")]);
    assert!(!out.status.success());
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(message.contains("index.json"), "{message}");
    assert!(
        message.contains("is not a recording AV Switch can read"),
        "{message}"
    );
    assert!(!message.contains("panicked"), "{message}");
    let _cleaned = std::fs::remove_dir_all(&folder);
}

/// What is wrong with a recording is AV Switch's own sentence, in the
/// person's language.
#[test]
fn a_recording_from_a_newer_version_is_refused_in_the_persons_words() {
    let folder = tempfile::tempdir().expect("folder");
    std::fs::write(
        folder.path().join("index.json"),
        r#"{"format": "avswitch-recording", "version": 9, "os": "windows"}"#,
    )
    .expect("written");
    let replay = folder.path().to_str().expect("UTF-8");
    let out = avswitch(&["--lang", "es", "check", "--replay", replay]);
    assert!(!out.status.success());
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(
        message.contains("versión 9, y este AV Switch lee \"avswitch-recording\" versiones 1 a 2"),
        "{message}"
    );
    assert!(!message.contains("expected"), "{message}");
}

#[test]
fn a_folder_without_a_recording_is_named_as_such() {
    let folder = tempfile::tempdir().expect("folder");
    let replay = folder.path().to_str().expect("UTF-8");
    let out = avswitch(&["check", "--replay", replay]);
    assert!(!out.status.success());
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(
        message.contains("holds no recorded computer") && message.contains("check --record"),
        "{message}"
    );
    assert!(!message.contains("os error"), "{message}");
}

fn machine(name: &str) -> String {
    format!("{}/tests/machines/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn a_replayed_windows_machine_shows_what_kaspersky_left_behind() {
    let out = avswitch(&[
        "check",
        "--replay",
        &machine("windows-kaspersky-left-behind"),
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.starts_with("AV Switch: check of this computer (Windows)"),
        "{text}"
    );
    assert!(
        text.contains("Left behind (parts of removed programs):"),
        "{text}"
    );
    assert!(
        text.contains("Kaspersky's trusted root certificate"),
        "{text}"
    );
    assert!(
        text.contains("The Kaspersky Protection browser extension"),
        "{text}"
    );
    assert!(text.contains("Service klif starts"), "{text}");

    let doc = json_of(&avswitch(&[
        "check",
        "--json",
        "--lang",
        "es",
        "--replay",
        &machine("windows-kaspersky-left-behind"),
    ]));
    assert_eq!(doc["os"], "windows");
    let kinds: Vec<&str> = doc["leftovers"]
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|l| l["kind"].as_str())
        .collect();
    for kind in [
        "certificate",
        "browser_extension",
        "service",
        "registry_key",
        "folder",
    ] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }
}

#[test]
fn export_replays_a_machine_too() {
    let data =
        std::env::temp_dir().join(format!("avswitch-cli-replay-export-{}", std::process::id()));
    let _fresh = std::fs::remove_dir_all(&data);
    let out = avswitch_with_data(
        &[
            "export",
            "--format",
            "json",
            "--replay",
            &machine("windows-kaspersky-left-behind"),
        ],
        &data,
    );
    let doc = json_of(&out);
    let ids: Vec<&str> = doc["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["id"].as_str())
        .collect();
    for id in [
        "leftover-certificate",
        "leftover-extension",
        "leftover-services",
    ] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    let _cleaned = std::fs::remove_dir_all(&data);
}

/// English words of clap's own that must not show in another language.
const CLAP_WORDS: &[&str] = &[
    "error",
    "unexpected",
    "unrecognized",
    "invalid",
    "required",
    "argument",
    "Usage",
    "Options",
    "Commands",
    "OPTIONS",
    "COMMAND",
    "<DIR>",
    "<OUT>",
    "<LANG>",
    "tip:",
    "For more information",
    "possible values",
    "Print help",
];

#[test]
fn mistakes_are_said_in_the_persons_language_and_plain_words() {
    let mistakes: [&[&str]; 6] = [
        &["chek"],
        &["check", "--colour"],
        &["check", "--region", "mars"],
        &["export"],
        &["check", "--record", "a", "--replay", "b"],
        &["check", "--json=yes"],
    ];
    for (locale, expected) in [
        (
            "es_MX.UTF-8",
            [
                "\"chek\" no es un comando",
                "\"--colour\" no es una opción de avswitch check",
                "\"mars\" no es posible para --region: use us, elsewhere o unknown",
                "Falta --format",
                "--record y --replay no se pueden usar juntos",
                "--json no se escribió como corresponde",
            ],
        ),
        (
            "id_ID.UTF-8",
            [
                "\"chek\" bukan perintah",
                "\"--colour\" bukan opsi dari avswitch check",
                "\"mars\" tidak bisa dipakai untuk --region: gunakan us, elsewhere atau unknown",
                "--format harus diberikan",
                "--record dan --replay tidak bisa dipakai bersamaan",
                "--json tidak ditulis sebagaimana mestinya",
            ],
        ),
    ] {
        for (args, said) in mistakes.iter().zip(expected) {
            let out = command(locale).args(*args).output().expect("runs");
            assert_eq!(out.status.code(), Some(2), "{args:?}");
            assert!(out.stdout.is_empty());
            let message = String::from_utf8(out.stderr).expect("UTF-8");
            assert!(message.contains(said), "{locale} {args:?}: {message}");
            for word in CLAP_WORDS {
                assert!(
                    !message.contains(word),
                    "{locale} {args:?}: {word:?} in {message}"
                );
            }
        }
    }
    // Where to read more: the help of the command the mistake is in.
    let out = command("es_MX.UTF-8")
        .args(["check", "--colour"])
        .output()
        .expect("runs");
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(
        message.contains("Uso: avswitch check [OPCIONES]"),
        "{message}"
    );
    assert!(message.contains("avswitch check --help"), "{message}");
}

#[test]
fn the_help_is_in_one_language_and_lang_goes_before_the_command_too() {
    let out = command("en_US.UTF-8")
        .args(["--lang", "id", "--help"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        help.starts_with("Beralih dari antivirus Kaspersky"),
        "{help}"
    );
    for args in [&["--help"][..], &["check", "--help"], &["export", "--help"]] {
        for locale in ["es_MX.UTF-8", "id_ID.UTF-8"] {
            let out = command(locale).args(args).output().expect("runs");
            let help = String::from_utf8(out.stdout).expect("UTF-8");
            for word in CLAP_WORDS {
                assert!(
                    !help.contains(word),
                    "{locale} {args:?}: {word:?} in {help}"
                );
            }
        }
    }
    // Before the command or after it, the same.
    for args in [
        &["--lang", "es", "check", "--json"][..],
        &["check", "--lang", "es", "--json"],
    ] {
        let doc: serde_json::Value = serde_json::from_slice(&avswitch(args).stdout).expect("JSON");
        assert_eq!(doc["language"], "es", "{args:?}");
    }
}

#[test]
fn the_help_says_what_avswitch_alone_does_and_how_to_answer_the_question() {
    let help = String::from_utf8(avswitch(&["--help"]).stdout).expect("UTF-8");
    assert!(
        help.contains("Run avswitch alone, with no command, to open the window."),
        "{help}"
    );
    let help = String::from_utf8(avswitch(&["check", "--help"]).stdout).expect("UTF-8");
    let about = help.lines().next().unwrap_or_default();
    assert!(
        about.contains("answer with --region and --us-person"),
        "{about}"
    );
}

#[test]
fn a_folder_that_does_not_exist_is_named_as_such() {
    let data = tempfile::tempdir().expect("dir");
    let missing = data.path().join("no-such-recording");
    let out = avswitch(&["check", "--replay", missing.to_str().expect("path")]);
    assert!(!out.status.success());
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(
        message.contains(&format!("The folder {} does not exist.", missing.display())),
        "{message}"
    );
    for system_words in ["entity not found", "os error", "index.json"] {
        assert!(!message.contains(system_words), "{message}");
    }
    // A missing folder for --out: see export_to_an_unwritable_path_fails_and_leaves_no_file.
}

#[test]
fn without_a_display_the_window_says_what_to_run_instead() {
    let out = command("en_US.UTF-8")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .output()
        .expect("runs");
    let message = String::from_utf8_lossy(&out.stderr);
    if cfg!(not(feature = "gui")) {
        // Built for the command line alone: it says so, on any system.
        assert!(!out.status.success());
        assert!(message.contains("has no window"), "{message}");
        assert!(message.contains("avswitch check"), "{message}");
        return;
    }
    if cfg!(any(target_os = "macos", windows)) {
        return;
    }
    assert!(!out.status.success());
    assert!(message.contains("needs a desktop"), "{message}");
    assert!(message.contains("avswitch check"), "{message}");
    assert!(!message.contains(".rs:"), "{message}");
}

#[test]
fn avswitch_replay_is_the_computer_export_plans_for() {
    let data = tempfile::tempdir().expect("dir");
    let out = command("en_US.UTF-8")
        .args(["export", "--format", "json"])
        .env("AVSWITCH_DATA_DIR", data.path())
        .env("AVSWITCH_REPLAY", machine("windows-kaspersky-left-behind"))
        .output()
        .expect("runs");
    let doc = json_of(&out);
    let ids: Vec<&str> = doc["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["id"].as_str())
        .collect();
    assert!(ids.contains(&"leftover-certificate"), "{ids:?}");
    assert!(doc["findings"].as_array().is_some_and(|f| !f.is_empty()));

    // Recording while replaying would record the recording: refused.
    let folder = data.path().join("recording");
    let out = command("en_US.UTF-8")
        .args(["check", "--record", folder.to_str().expect("path")])
        .env("AVSWITCH_REPLAY", machine("windows-kaspersky-left-behind"))
        .output()
        .expect("runs");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Unset AVSWITCH_REPLAY"));
    assert!(!folder.exists());
}

/// The JSON report carries the verdict and who decided each state, beside
/// the words, and agrees with them.
#[test]
fn check_json_carries_the_verdict_and_its_witnesses() {
    let doc = json_of(&avswitch(&[
        "check",
        "--json",
        "--replay",
        &machine("windows-kaspersky"),
    ]));
    // Kaspersky runs with definitions two years old, Defender is off.
    assert_eq!(doc["verdict"]["protection"], "nothing");
    assert_eq!(doc["verdict"]["case"], "kaspersky");
    assert_eq!(
        doc["summary"]["headline"],
        "Nothing is protecting this computer right now."
    );
    let kaspersky = doc["findings"]
        .as_array()
        .expect("a list")
        .iter()
        .find(|f| f["id"] == "kaspersky")
        .expect("Kaspersky");
    assert_eq!(kaspersky["state"], "on");
    assert_eq!(kaspersky["decided_by"], "registration");
    assert_eq!(kaspersky["signatures"]["status"], "out_of_date");
    // Beside each piece of evidence in words, what was seen as typed values,
    // agreeing with the finding: the newest of two registrations decides.
    let observed: Vec<&serde_json::Value> = kaspersky["evidence"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|e| &e["observed"])
        .collect();
    let registration = observed
        .iter()
        .find(|o| o["seen"] == "security_center")
        .expect("Security Center's registration");
    assert_eq!(registration["state"], kaspersky["state"]);
    assert_eq!(registration["signatures"], "out_of_date");
    let update = observed
        .iter()
        .find(|o| o["seen"] == "kaspersky_update")
        .expect("its own update stamp");
    let at = update["at"].as_str().expect("an instant");
    assert!(
        kaspersky["signatures"]["last_update"]
            .as_str()
            .is_some_and(|last| last.starts_with(&at[..10])),
        "{update} {}",
        kaspersky["signatures"]
    );
    let defender = doc["findings"]
        .as_array()
        .expect("a list")
        .iter()
        .find(|f| f["id"] == "microsoft-defender")
        .expect("Defender");
    let registered = defender["evidence"]
        .as_array()
        .expect("a list")
        .iter()
        .find(|e| e["observed"]["seen"] == "security_center")
        .expect("Defender's registration");
    assert_eq!(registered["observed"]["state"], "off", "{registered}");
    assert_eq!(defender["state"], "off");
    assert!(registered["detail"].as_str().is_some_and(|d| !d.is_empty()));
}

/// A recorded computer is planned from its own check and the flags alone:
/// the runner's own saved evidence (a managed computer here) and answers
/// never reach its plan, and their file is left as it was.
#[test]
fn a_replayed_computer_is_planned_from_its_own_check_alone() {
    let data = tempfile::tempdir().expect("dir");
    let saved = r#"{"version":2,"step":"checklist","answers":{"region":"elsewhere","us_person":"no"},"seen":{"kaspersky":true,"managed":true,"machine":{"os":"windows","checked":"done"}},"display":{"language":"es"}}"#;
    std::fs::write(data.path().join("progress.json"), saved).expect("progress");
    let out = avswitch_with_data(
        &[
            "export",
            "--format",
            "json",
            "--region",
            "us",
            "--replay",
            &machine("mac-kaspersky"),
        ],
        data.path(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    // The window's language is how the person reads: kept.
    assert_eq!(doc["language"], "es");
    assert_eq!(
        doc["coverage"], "covered",
        "from the flag, not the saved answer"
    );
    let ids: Vec<&str> = doc["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["id"].as_str())
        .collect();
    assert!(ids.contains(&"uninstall-kaspersky"), "{ids:?}");
    assert!(
        !ids.contains(&"ask-it"),
        "the runner's managed computer: {ids:?}"
    );
    let text = serde_json::to_string(&doc).expect("text");
    assert!(!text.contains("ms-settings:"), "a Mac's plan: {ids:?}");
    assert!(
        !text.contains(&avswitch::i18n::Lang::Es.text("summary-managed-next", &[])),
        "the runner's managed computer is not the recorded Mac's"
    );
    assert_eq!(
        std::fs::read_to_string(data.path().join("progress.json")).expect("kept"),
        saved
    );
}

/// `check` exits with what it found, documented for scripts: 0 protected,
/// 3 nothing protecting, 4 Kaspersky on for a reader the ban covers, 5
/// could not tell; `--quiet` prints nothing at all.
#[test]
fn check_exits_with_what_it_found() {
    let status = |args: &[&str]| avswitch(args).status.code();
    let replay = |name: &str| machine(name);
    // Kaspersky running with definitions two years old, Defender off.
    assert_eq!(
        status(&["check", "--replay", &replay("windows-kaspersky")]),
        Some(3)
    );
    // UltraAV on and current.
    assert_eq!(
        status(&["check", "--replay", &replay("windows-ultraav")]),
        Some(0)
    );
    // Defender protects; Kaspersky is gone, its parts are left behind.
    assert_eq!(
        status(&[
            "check",
            "--replay",
            &replay("windows-kaspersky-left-behind")
        ]),
        Some(0)
    );
    // Security Center, the running programs and the certificates could
    // not be read under Wine's old tools: what protects is not known.
    assert_eq!(
        status(&["check", "--replay", &replay("windows-wine-v1")]),
        Some(5)
    );
    // A mistake on the command line, and a check that cannot run.
    assert_eq!(status(&["check", "--quite"]), Some(2));
    assert_eq!(
        status(&["check", "--replay", "/nonexistent/folder"]),
        Some(1)
    );

    let quiet = avswitch(&["check", "--quiet", "--replay", &replay("windows-kaspersky")]);
    assert_eq!(quiet.status.code(), Some(3));
    assert!(quiet.stdout.is_empty() && quiet.stderr.is_empty());
}

/// A mistyped command or flag is met kindly: what was meant, in the
/// person's language.
#[test]
fn a_near_miss_is_met_with_what_was_meant() {
    let out = avswitch(&["chek"]);
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("Did you mean check?"), "{said}");
    let out = avswitch(&["export", "--formt", "md"]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("Did you mean --format?"), "{said}");
    let out = command("es_ES.UTF-8")
        .args(["chek"])
        .output()
        .expect("runs");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("¿Quiso decir check?"), "{said}");
}

/// `check` and `export` read a saved answer the same way: a flag first,
/// then what was saved in the window, then nothing.
#[test]
fn check_and_export_read_a_saved_answer_the_same_way() {
    let data = tempfile::tempdir().expect("dir");
    std::fs::write(
        data.path().join("progress.json"),
        r#"{"version":2,"step":"check","answers":{"region":"elsewhere","us_person":"no"}}"#,
    )
    .expect("progress");
    let coverage = |args: &[&str]| {
        let out = avswitch_with_data(args, data.path());
        assert!(
            matches!(out.status.code(), Some(0 | 3 | 4 | 5)),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        doc["coverage"].as_str().unwrap_or_default().to_owned()
    };
    assert_eq!(coverage(&["check", "--json"]), "not_covered");
    assert_eq!(
        coverage(&["export", "--format", "json", "--no-scan"]),
        "not_covered"
    );
    assert_eq!(coverage(&["check", "--json", "--region", "us"]), "covered");
    assert_eq!(
        coverage(&["export", "--format", "json", "--no-scan", "--region", "us"]),
        "covered"
    );
}

/// `check` and `export` speak every language, from `--lang` and from the
/// system's locale alike; a Traditional Chinese system is answered in English.
#[test]
fn check_and_export_speak_every_language() {
    let replay = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/machines/windows-kaspersky"
    );
    for lang in Lang::ALL {
        let code = lang.code();
        let out = avswitch(&["--lang", code, "check", "--replay", replay]);
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        let heading = lang.text("report-found", &[]);
        assert!(text.contains(&heading), "{code}: {text}");
        let data = tempfile::tempdir().expect("dir");
        let json = avswitch_with_data(
            &["export", "--lang", code, "--format", "json", "--no-scan"],
            data.path(),
        );
        let doc: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
        assert_eq!(doc["language"], code);
    }
    for (locale, lang) in [
        ("zh_CN.UTF-8", Lang::ZhHans),
        ("zh_TW.UTF-8", Lang::En),
        ("vi_VN.UTF-8", Lang::Vi),
        ("ru_RU.UTF-8", Lang::Ru),
        ("pt_BR.UTF-8", Lang::PtBr),
    ] {
        let out = command(locale)
            .args(["check", "--replay", replay])
            .output()
            .expect("the binary runs");
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        assert!(
            text.contains(&lang.text("report-found", &[])),
            "{locale}: {text}"
        );
    }
}
