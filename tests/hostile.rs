//! Names read from the machine are data: a product name, a path or a
//! certificate subject can hold control characters, marks that reorder
//! text, and markup. They never reach a terminal as escapes, never break a
//! line of a file, never become markup or a link, and JSON keeps them
//! exactly.

use std::sync::Arc;
use std::time::Duration;

use avswitch::advisory::Advisory;
use avswitch::coverage::{Coverage, Region};
use avswitch::detect::ProductId;
use avswitch::detect::answers::{RootCertificate, SecurityProduct};
use avswitch::detect::catalog::Catalog;
use avswitch::detect::registry::{RegKey, RegValue};
use avswitch::detect::{ScanOptions, ScanReport, SignatureStatus, State, scan};
use avswitch::export::Format;
use avswitch::i18n::Lang;
use avswitch::model::Action;
use avswitch::report::{check_json, check_text};
use chrono::FixedOffset;

mod common;

/// Every C0 and C1 control a name might carry, a right-to-left override
/// and markup that would be a link.
const HOSTILE: &str = "Kaspersky \u{1b}[31mFree\u{7}\r\nX\u{9b}2J\u{85} \u{202E}exe.gpj <b>x</b> [a](https://evil.example)";

fn reg_value(name: &str, data: &str) -> RegValue {
    RegValue::written(name, "REG_SZ", data)
}

fn hostile_machine() -> ScanReport {
    let uninstall = RegKey {
        path: r"HKEY_LOCAL_MACHINE\Software\Microsoft\Windows\CurrentVersion\Uninstall\{HOSTILE}"
            .to_owned(),
        values: vec![
            reg_value("DisplayName", HOSTILE),
            reg_value("Publisher", "Kaspersky"),
            reg_value("DisplayVersion", "21.\u{1b}]0;owned\u{7}16"),
        ],
        subkeys: Vec::new(),
    };
    let machine = common::windows(
        Ok(vec![SecurityProduct {
            name: HOSTILE.to_owned(),
            state: State::On,
            signatures: SignatureStatus::UpToDate,
            reported: Some("\u{1b}[2J".to_owned()),
            path: Some("C:\\\u{202E}evil\r\n".to_owned()),
        }]),
        [None, None, None],
        None,
        Ok(vec!["explorer.exe".into(), "avp.exe".into()]),
    )
    .with_registry_key(uninstall)
    .with_certificates(Ok(vec![RootCertificate {
        subject: "CN=Kaspersky Anti-Virus Personal Root Certificate\u{1b}[0m\n<i>".to_owned(),
        thumbprint: "ABCDEF".to_owned(),
        not_after: None,
        store: "LocalMachine\\Root".to_owned(),
    }]));
    let catalog = Catalog::embedded();
    let options = ScanOptions {
        command_timeout: Duration::from_millis(300),
    };
    scan(&machine, catalog, common::fixed_now(), options)
}

/// No control character but the line ends the format itself writes, and
/// no mark that reorders text.
fn assert_inert(what: &str, text: &str, line_end: &str) {
    let without_line_ends = text.replace(line_end, "");
    for c in without_line_ends.chars() {
        let reorders =
            ('\u{202A}'..='\u{202E}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c);
        assert!(
            !c.is_control() || c == '\t' && what == "json",
            "{what}: control U+{:04X} in {text}",
            u32::from(c)
        );
        assert!(!reorders, "{what}: U+{:04X} reorders text", u32::from(c));
    }
}

#[test]
fn hostile_names_are_shown_as_data_in_check_and_every_export() {
    let report = hostile_machine();
    let kaspersky = report
        .findings
        .iter()
        .find(|f| f.id == Some(ProductId::Kaspersky))
        .expect("found by its name");
    assert_eq!(kaspersky.name, HOSTILE, "the finding keeps it exactly");
    let advisory = Advisory::embedded().expect("advisory");
    let now = common::fixed_now();
    for lang in Lang::ALL {
        let text = check_text(&report, &advisory, Coverage::Covered, lang, now);
        assert_inert("check", &text, "\n");
        assert!(text.contains("Kaspersky ?[31mFree"), "{text}");
        // An unknown date is worded, never a dash.
        assert!(!text.contains("until -"), "{text}");

        let json = check_json(&report, &advisory, Coverage::Covered, lang, now);
        let doc: serde_json::Value = serde_json::from_str(&json).expect("JSON");
        let names: Vec<&str> = doc["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .filter_map(|f| f["name"].as_str())
            .collect();
        assert!(names.contains(&HOSTILE), "JSON keeps it exactly: {names:?}");

        let mut model = common::model_at(now);
        for action in [
            Action::SetLanguage(Some(lang)),
            Action::ScanFinished(Arc::new(report.clone())),
            Action::SetRegion(Region::UnitedStates),
        ] {
            let _ = model.apply(action);
        }
        let utc = FixedOffset::east_opt(0).expect("UTC");
        let export = |format| model.export(format, utc);
        let markdown = export(Format::Markdown);
        assert_inert("markdown", &markdown, "\n");
        let unescaped = markdown.replace("\\<", "").replace("\\[", "");
        assert!(!unescaped.contains("<b>"), "no markup: {markdown}");
        assert!(!unescaped.contains("[a](https://evil"), "no link");
        let text = export(Format::Text);
        assert_inert("text", &text, "\n");
        let html = export(Format::Html);
        assert_inert("html", &html, "\n");
        assert!(!html.contains("<b>x"), "no markup");
        assert!(!html.contains("href=\"https://evil"), "no link");
        assert!(html.contains("&lt;b&gt;x&lt;/b&gt;"), "shown as text");
        let calendar = export(Format::Calendar);
        assert_inert("calendar", &calendar, "\r\n");
        calendar
            .parse::<icalendar::Calendar>()
            .expect("the calendar parses");
        let plan: serde_json::Value =
            serde_json::from_str(&export(Format::Json)).expect("the plan's JSON parses");
        assert!(plan.to_string().contains("\\u001b[31mFree"), "kept exactly");
    }
}
