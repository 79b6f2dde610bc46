//! An iCalendar file (RFC 5545): an all-day event on the finish-by day with
//! a reminder the day before, and a to-do for each open item.

use crate::humanize;
use chrono::Days;

use super::Document;

/// Lines are folded so none is longer than this many octets.
const FOLD_OCTETS: usize = 75;

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (never inside a character), each
/// continuation starting with a space, and ends it with CRLF.
pub fn fold(line: &str, out: &mut String) {
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > FOLD_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

pub fn render(doc: &Document) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!(
            "PRODID:-//AV Switch//avswitch {}//EN",
            env!("CARGO_PKG_VERSION")
        ),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    let stamp = doc.generated_at.format("%Y%m%dT%H%M%SZ").to_string();
    let day = doc.finish_by.format("%Y%m%d").to_string();
    let next_day = doc
        .finish_by
        .checked_add_days(Days::new(1))
        .unwrap_or(doc.finish_by)
        .format("%Y%m%d")
        .to_string();
    let open: Vec<_> = doc.tasks().filter(|i| i.done_at.is_none()).collect();
    let mut description = format!("{}\n{}\n", doc.progress_line(), doc.choice_line());
    if !open.is_empty() {
        description.push_str(&format!("{}\n", doc.text("calendar-still-to-do")));
        for line in &open {
            description.push_str(&format!("- {}\n", line.item.title));
        }
    }
    if let Some(summary) = &doc.summary {
        let this_computer = doc.text("export-this-computer");
        // The headline says what protects; the details, what else is here.
        let seen = summary
            .details
            .iter()
            .fold(summary.headline.clone(), |seen, detail| {
                humanize::sentences(doc.lang, &seen, detail)
            });
        let line = humanize::labelled(doc.lang, &this_computer, &seen);
        description.push_str(&format!("{line}\n"));
    }
    if !doc.failures.is_empty() {
        description.push_str(&humanize::label(doc.lang, &doc.text("check-failures")));
        for line in doc.failure_lines() {
            description.push_str(&format!("\n- {line}"));
        }
        description.push('\n');
    }
    for paragraph in [&doc.status, &doc.status_next, &doc.coverage_line] {
        description.push_str(paragraph);
        description.push('\n');
    }
    // Only the sources of what this file says: its own items.
    let sources = doc.sources_of(&open);
    description.push_str(&format!("{}\n", doc.facts_checked));
    if !sources.is_empty() {
        description.push_str(&humanize::label(doc.lang, &doc.text("export-sources")));
    }
    for source in sources {
        let address = source.address(doc.lang);
        let line = humanize::labelled(doc.lang, &source.publisher, &address);
        description.push_str(&format!("\n- {line}"));
    }

    lines.extend([
        "BEGIN:VEVENT".into(),
        format!("UID:avswitch-finish-{day}"),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART;VALUE=DATE:{day}"),
        format!("DTEND;VALUE=DATE:{next_day}"),
        format!("SUMMARY:{}", escape(&doc.text("calendar-event"))),
        format!("DESCRIPTION:{}", escape(&description)),
        "TRANSP:TRANSPARENT".into(),
        "BEGIN:VALARM".into(),
        "ACTION:DISPLAY".into(),
        format!("DESCRIPTION:{}", escape(&doc.text("calendar-reminder"))),
        "TRIGGER:-P1D".into(),
        "END:VALARM".into(),
        "END:VEVENT".into(),
    ]);
    for line in open {
        lines.extend([
            "BEGIN:VTODO".into(),
            format!("UID:avswitch-item-{}", line.item.id),
            format!("DTSTAMP:{stamp}"),
            format!("DUE;VALUE=DATE:{day}"),
            "STATUS:NEEDS-ACTION".into(),
            format!("SUMMARY:{}", escape(&line.item.title)),
            format!(
                "DESCRIPTION:{}",
                escape(&format!(
                    "{}\n{}",
                    line.item.why,
                    line.item.steps.join("\n")
                ))
            ),
            "END:VTODO".into(),
        ]);
    }
    lines.push("END:VCALENDAR".into());

    let mut out = String::new();
    for line in &lines {
        fold(line, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_counts_octets_and_never_splits_a_character() {
        let mut out = String::new();
        let line = format!("DESCRIPTION:{}", "é".repeat(60));
        fold(&line, &mut out);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a;b,c\\d\ne\r\n"), "a\\;b\\,c\\\\d\\ne\\n");
    }
}
