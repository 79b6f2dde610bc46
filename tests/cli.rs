//! The command line, run as a user would run it.

use std::process::{Command, Output};

/// The program as run from a terminal whose language is `locale`.
fn command(locale: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_avswitch"));
    for variable in ["LC_ALL", "LC_MESSAGES", "LANGUAGE"] {
        command.env_remove(variable);
    }
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
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        text.starts_with("AV Switch: check of this computer"),
        "{text}"
    );
    assert!(text.contains("Next step: "), "{text}");
    assert!(text.contains("\nThe ban: Kaspersky"), "{text}");
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
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(doc["format"], "avswitch-check");
    assert_eq!(doc["version"], 2);
    assert_eq!(doc["phase"], "updates_ended");
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
            "signatures",
            "affected",
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
    assert!(message.contains("could not be written"), "{message}");
    assert!(!target.exists());
    assert!(!data.path().join("missing-folder").exists());
}

fn json_of(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
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
