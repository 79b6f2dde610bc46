//! The command line, run as a user would run it.

use std::process::{Command, Output};

fn avswitch(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_avswitch"))
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
fn check_json_is_a_stable_document() {
    let out = avswitch(&["check", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(doc["format"], "avswitch-check");
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["phase"], "updates_ended");
    assert!(doc["findings"].is_array());
    assert!(doc["probe_errors"].is_array());
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
