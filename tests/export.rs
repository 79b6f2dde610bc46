//! Every export format for one fixed plan, progress and time: compared with
//! golden files, and parsed back where a parser exists.
//!
//! After an intended change, regenerate the golden files with
//! `UPDATE_GOLDEN=1 cargo test --test export` and review the diff.

use avswitch::advisory::Advisory;
use avswitch::export::Format;
use avswitch::i18n::Lang;
use avswitch::model::Action;
use avswitch::plan::Do;
use avswitch::situation::Choice;
use chrono::FixedOffset;

mod common;

fn rendered(format: Format) -> String {
    common::realistic_model().export(format, FixedOffset::east_opt(0).expect("UTC"))
}

fn golden(format: Format) {
    matches_golden(&rendered(format), &format!("plan.{}", format.extension()));
}

/// `text` is the golden file `name` under tests/golden (rewritten instead
/// when UPDATE_GOLDEN is set).
fn matches_golden(text: &str, name: &str) {
    let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, text).expect("golden written");
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    assert!(
        text == expected,
        "{path} differs; if intended, run UPDATE_GOLDEN=1 cargo test --test export"
    );
}

#[test]
fn golden_markdown() {
    golden(Format::Markdown);
}

#[test]
fn golden_text() {
    golden(Format::Text);
}

#[test]
fn golden_html() {
    golden(Format::Html);
}

#[test]
fn golden_json() {
    golden(Format::Json);
}

#[test]
fn golden_calendar() {
    golden(Format::Calendar);
}

#[test]
fn rendering_is_deterministic() {
    for format in Format::ALL {
        assert_eq!(rendered(format), rendered(format), "{format:?}");
    }
}

#[test]
fn every_document_carries_the_same_content() {
    for format in [Format::Markdown, Format::Text, Format::Html] {
        // Text wraps lines, so compare with white space collapsed.
        let text = rendered(format)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        for needle in [
            "AV Switch: your plan for switching anti-virus",
            "28 November 2026",
            "Nothing is protecting this computer right now.",
            "Kaspersky Standard is running, but its virus definitions were last updated 2 years and 1 month ago, so it cannot protect against new threats.",
            "updates to U.S. customers ended on 29 September 2024, 2 years and 1 month ago.",
            "By your answers, the U.S. ban covers you",
            "29 September 2024, 12:00 a.m. EDT",
            "2 of 14 done",
            "Export your passwords from Kaspersky Password Manager",
            "Your Android phone or tablet",
            "https://www.federalregister.gov/d/2024-13532",
        ] {
            assert!(text.contains(needle), "{format:?} lacks {needle:?}");
        }
    }
}

#[test]
fn markdown_uses_task_lists() {
    let md = rendered(Format::Markdown);
    assert!(md.contains("- [x] **Export your passwords from Kaspersky Password Manager**"));
    assert!(md.contains("- [ ] **Uninstall Kaspersky from this computer**"));
}

#[test]
fn text_is_wrapped_at_80_columns() {
    let text = rendered(Format::Text);
    for line in text.lines() {
        // Only a web address too long for a line may stand longer, alone.
        let alone = line.trim_start();
        let long_address = alone.starts_with("https://") && !alone.contains(' ');
        assert!(
            line.chars().count() <= 80 || long_address,
            "{} columns: {line}",
            line.chars().count()
        );
    }
    assert!(text.contains("[x] Export your passwords"));
}

#[test]
fn text_never_breaks_a_web_address() {
    let advisory = Advisory::embedded().expect("advisory");
    let plan = common::realistic_model().plan();
    let opened: Vec<&str> = plan
        .items()
        .flat_map(|i| &i.actions)
        .filter_map(|a| match &a.does {
            Do::Open(target) => Some(target.as_str()),
            _ => None,
        })
        .collect();
    assert!(opened.contains(&"https://my.kaspersky.com/"));
    for text in [rendered(Format::Text), rendered_in(Lang::Id, Format::Text)] {
        let words: Vec<&str> = text.split_whitespace().collect();
        let whole = |address: &&str| words.contains(address);
        // The sources this file cites (only those of what it says).
        let cited = advisory
            .sources
            .iter()
            .filter_map(|s| s.url.as_deref())
            .filter(|url| text.contains(*url));
        let mut cited_count = 0;
        for url in cited {
            assert!(whole(&url), "{url} is whole");
            cited_count += 1;
        }
        assert!(cited_count >= 5, "{cited_count} sources cited");
        for address in opened.iter().filter(|a| a.starts_with("http")) {
            assert!(whole(address), "{address} is whole");
        }
        for word in words.iter().filter(|w| w.starts_with("http")) {
            let known = advisory
                .sources
                .iter()
                .any(|s| s.url.as_deref() == Some(word))
                || opened.contains(word);
            assert!(known, "{word} is a whole address");
        }
    }
}

#[test]
fn markdown_shows_what_the_person_typed_as_written() {
    let mut model = common::realistic_model();
    let _no_effect = model.apply(Action::SetChoice(Choice::Other(
        "<b>x</b> *y* [z](w)".into(),
    )));
    let md = model.export(Format::Markdown, FixedOffset::east_opt(0).expect("UTC"));
    assert!(md.contains(r"\<b>x\</b> \*y\* \[z\](w)"), "{md}");
    assert!(!md.replace(r"\<b>", "").contains("<b>"), "{md}");
    assert!(!md.contains("*y*"), "{md}");
}

#[test]
fn sources_without_a_known_article_say_so_instead_of_linking_a_home_page() {
    let viva = "https://viva.co.id/digital/digilife/1726362-dilarang-mendag-jualan-kaspersky-enggak-ngaruh";
    // The calendar cites only its own items' sources (tested above).
    for format in [Format::Markdown, Format::Text, Format::Html] {
        let text = rendered(format);
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let pcworld = flat
            .split("Still use Kaspersky antivirus?")
            .nth(1)
            .unwrap_or(&flat);
        assert!(
            flat.contains("(article not linked)"),
            "{format:?} says the article is not linked"
        );
        assert!(
            pcworld[..200.min(pcworld.len())].contains("(article not linked)"),
            "{format:?}: {pcworld}"
        );
        assert!(!text.contains("https://www.pcworld.com/"), "{format:?}");
        assert!(!text.contains("https://www.viva.co.id/"), "{format:?}");
        // Nothing in this plan rests on the VIVA article: not cited.
        assert!(!text.contains(viva), "{format:?} cites only what it says");
    }
}

#[test]
fn json_parses_back() {
    let doc: serde_json::Value = serde_json::from_str(&rendered(Format::Json)).expect("valid JSON");
    assert_eq!(doc["format"], "avswitch-plan");
    assert_eq!(doc["version"], 5);
    assert_eq!(doc["phase"], "updates_ended");
    assert_eq!(doc["coverage"], "covered");
    assert_eq!(
        (doc["done"].as_u64(), doc["total"].as_u64()),
        (Some(2), Some(14))
    );
    let items = doc["items"].as_array().expect("items");
    let first = &items[0];
    assert_eq!(first["id"], "export-passwords");
    assert_eq!(first["done"], true);
    assert_eq!(first["done_at"], "2026-11-28T12:00:00Z");
    assert!(doc["sources"].as_array().is_some_and(|s| s.len() > 5));
    assert_eq!(doc["answers"]["devices"][0], "android");
    assert_eq!(doc["choice"]["kind"], "built_in");
}

#[test]
fn calendar_parses_back_and_follows_rfc_5545() {
    let ics = rendered(Format::Calendar);
    assert!(ics.ends_with("\r\n"));
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        assert!(!line.contains('\n'), "bare line feed");
    }
    let calendar: icalendar::Calendar = ics.parse().expect("parses as iCalendar");
    let components = &calendar.components;
    assert_eq!(
        components.len(),
        13,
        "one event and a to-do per open task (12): notes have none"
    );
    let unfolded = ics.replace("\r\n ", "");
    assert_eq!(unfolded.matches("BEGIN:VEVENT").count(), 1);
    assert_eq!(unfolded.matches("BEGIN:VALARM").count(), 1);
    assert_eq!(unfolded.matches("UID:").count(), 13);
    assert_eq!(unfolded.matches("DTSTAMP:20261128T120000Z").count(), 13);
    assert!(unfolded.contains("DTSTART;VALUE=DATE:20261205"));
    assert!(unfolded.contains("TRIGGER:-P1D"));
    assert!(unfolded.contains("SUMMARY:Check that Microsoft Defender Antivirus is on"));
    assert!(
        !unfolded.contains("UID:avswitch-item-export-passwords"),
        "done items get no to-do"
    );
    // The event carries the findings, and the sources of what it lists: the
    // open items' facts, and no others.
    assert!(unfolded.contains(
        "This computer: Nothing is protecting this computer right now. \
         Kaspersky Standard is running\\, but"
    ));
    let advisory = Advisory::embedded().expect("advisory");
    let model = common::realistic_model();
    let plan = model.plan();
    let cited: Vec<&str> = plan
        .items()
        .filter(|i| !model.is_done(i.id))
        .flat_map(|i| &i.facts)
        .filter_map(|id| advisory.fact(*id))
        .flat_map(|f| f.sources.iter().map(String::as_str))
        .collect();
    for source in &advisory.sources {
        let address = source.address(Lang::En);
        assert_eq!(
            unfolded.contains(&address),
            cited.contains(&source.id.as_str()),
            "{}: cited only if an open item rests on it",
            source.id
        );
    }
}

#[test]
fn html_is_well_formed_and_loads_nothing() {
    let html = rendered(Format::Html);
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    let doc = roxmltree::Document::parse_with_options(&html, options).expect("well-formed");
    assert_eq!(doc.root_element().tag_name().name(), "html");
    let lower = html.to_lowercase();
    for forbidden in [
        "<script", "<link", "<img", "<iframe", "src=", "url(", "@import",
    ] {
        assert!(!lower.contains(forbidden), "contains {forbidden}");
    }
    assert!(lower.contains("@media print"));
    // A box per task; the note ("only if the normal removal failed") has none.
    assert_eq!(html.matches("class=\"box\"").count(), 14);
}

fn rendered_in(lang: Lang, format: Format) -> String {
    let mut model = common::realistic_model();
    let _no_effect = model.apply(Action::SetLanguage(Some(lang)));
    model.export(format, FixedOffset::east_opt(0).expect("UTC"))
}

#[test]
fn every_format_speaks_the_chosen_language() {
    let text = rendered_in(Lang::Es, Format::Text);
    assert!(text.starts_with("AV Switch: su plan para cambiar de antivirus\n"));
    assert!(
        text.contains("Desinstale Kaspersky de esta computadora"),
        "{text}"
    );
    assert!(text.contains("29 de septiembre de 2024"), "{text}");
    assert!(!text.contains("September"), "no English month: {text}");

    let html = rendered_in(Lang::Id, Format::Html);
    assert!(html.contains("<html lang=\"id\">"));
    assert!(html.contains("Daftar periksa Anda"), "{html}");
    assert!(
        html.contains("29 September 2024, pukul 00.00 EDT"),
        "{html}"
    );

    let markdown = rendered_in(Lang::Es, Format::Markdown);
    assert!(markdown.contains("## Fuentes"), "{markdown}");

    let calendar = rendered_in(Lang::Id, Format::Calendar);
    assert!(calendar.contains("SUMMARY:Selesaikan penggantian antivirus"));

    // JSON keys stay English; the words in it follow the language.
    let json: serde_json::Value =
        serde_json::from_str(&rendered_in(Lang::Es, Format::Json)).expect("JSON");
    assert_eq!(json["language"], "es");
    assert_eq!(json["phase"], "updates_ended");
    let first = &json["items"][0];
    assert!(
        first["title"]
            .as_str()
            .is_some_and(|t| t.starts_with("Exporte")),
        "{first}"
    );
    assert_eq!(first["id"], "export-passwords");
}

/// A few realistic people, each in every language, as Markdown: a Linux
/// computer with an old ClamAV and nothing chosen yet, and a reader in
/// Indonesia whose Kaspersky updated yesterday.
#[test]
fn golden_cells_in_every_language() {
    use avswitch::coverage::{Region, UsPerson};
    use avswitch::detect::Os;
    use avswitch::detect::State;
    let cells = [
        (
            "linux-clamav-stale",
            Os::Linux,
            common::finding("clamav", "ClamAV", State::Installed, 700),
            vec![Action::SetRegion(Region::UnitedStates)],
        ),
        (
            "windows-kaspersky-current-not-covered",
            Os::Windows,
            common::finding("kaspersky", "Kaspersky Standard", State::On, 1),
            vec![
                Action::SetRegion(Region::Elsewhere),
                Action::SetUsPerson(UsPerson::No),
            ],
        ),
    ];
    for (name, os, found, answers) in cells {
        for lang in Lang::ALL {
            let mut model = common::model_at(common::fixed_now());
            let report = common::report_of(os, vec![found.clone()]);
            let _ = model.apply(Action::ScanFinished(std::sync::Arc::new(report)));
            let _ = model.apply(Action::SetLanguage(Some(lang)));
            for action in answers.clone() {
                let _ = model.apply(action);
            }
            let text = model.export(Format::Markdown, FixedOffset::east_opt(0).expect("UTC"));
            matches_golden(&text, &format!("cells/{name}.{}.md", lang.code()));
        }
    }
}

/// Every format in every language: the JSON, the calendar and the page
/// parse as they do in English, and each speaks its language, dates too.
#[test]
fn every_format_parses_in_every_language() {
    let updates_end = chrono::NaiveDate::from_ymd_opt(2024, 9, 29).expect("day");
    for lang in Lang::ALL {
        let code = lang.code();
        let json: serde_json::Value =
            serde_json::from_str(&rendered_in(lang, Format::Json)).expect("JSON");
        assert_eq!(json["language"], code);
        assert_eq!(json["items"][0]["id"], "export-passwords", "{code}");

        let ics = rendered_in(lang, Format::Calendar);
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{code}: {} octets: {line}", line.len());
        }
        let calendar: icalendar::Calendar = ics.parse().expect("parses as iCalendar");
        assert_eq!(calendar.components.len(), 13, "{code}");

        let html = rendered_in(lang, Format::Html);
        let options = roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        };
        let page = roxmltree::Document::parse_with_options(&html, options).expect("well-formed");
        let declared = page
            .root_element()
            .attributes()
            .find(|a| a.name() == "lang")
            .map(|a| a.value());
        assert_eq!(declared, Some(code));

        let day = avswitch::humanize::date(lang, updates_end);
        for format in [Format::Text, Format::Markdown] {
            let text = rendered_in(lang, format);
            if format == Format::Text {
                // Chinese wraps between characters, two columns each, and
                // no line starts with a mark that closes.
                let columns = |line: &str| {
                    line.chars()
                        .map(|c| {
                            if ('\u{2e80}'..='\u{ffef}').contains(&c) {
                                2
                            } else {
                                1
                            }
                        })
                        .sum::<usize>()
                };
                for line in text.lines() {
                    let han = line.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
                    assert!(!han || columns(line) <= 80, "{code}: {line}");
                    assert!(
                        !line.starts_with(['，', '。', '、', '）']),
                        "{code}: {line}"
                    );
                }
            }
            // A sentence ending in an abbreviation ("2026 г.") ends once.
            // (Text underlines its headings with dots: only lines with words.)
            let words: Vec<&str> = text
                .lines()
                .filter(|l| l.chars().any(char::is_alphabetic))
                .collect();
            let doubled = words.join("\n").replace("...", "").replace("…", "");
            if let Some(at) = doubled.find("..") {
                let around: String = doubled[at.saturating_sub(60)..].chars().take(80).collect();
                panic!("{code} {format:?}: a doubled full stop in {around:?}");
            }
            assert!(text.contains(&day), "{code} {format:?}: {day}");
            let title = lang.text("export-title", &[]);
            assert!(text.contains(&title), "{code} {format:?}: {title}");
        }
    }
}
