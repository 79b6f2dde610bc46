//! Plain text, wrapped at 80 columns, readable when printed from any editor.

use super::{Document, FileAction};
use crate::humanize;
use crate::i18n::shown;
use crate::report::finding_line;
use crate::t;

const WIDTH: usize = 80;

/// Breaks at spaces, and between Chinese characters as Chinese is written:
/// a web address, or a word with hyphens, stays whole, on a line of its own
/// when it is longer than the width, so that it can still be copied or typed.
fn wrap(out: &mut String, text: &str, first: &str, rest: &str) {
    let options = textwrap::Options::new(WIDTH)
        .initial_indent(first)
        .subsequent_indent(rest)
        .word_separator(textwrap::WordSeparator::Custom(words))
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false);
    for line in textwrap::wrap(text, options) {
        out.push_str(&line);
        out.push('\n');
    }
}

/// The words of a line: split at spaces, and after each Chinese character
/// or mark, but never before a mark that closes (，。）) nor after one that
/// opens (（“), as a line of Chinese may not start or end with one.
fn words(line: &str) -> Box<dyn Iterator<Item = textwrap::core::Word<'_>> + '_> {
    let mut words = Vec::new();
    let mut start = 0;
    let mut chars = line.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|(_, n)| *n);
        let end = at + c.len_utf8();
        let after_space = c == ' ' && next.is_some_and(|n| n != ' ');
        let after_han = is_han(c) && !opens(c) && next.is_some_and(|n| n != ' ' && !closes(n));
        if after_space || after_han {
            words.push(textwrap::core::Word::from(&line[start..end]));
            start = end;
        }
    }
    if start < line.len() {
        words.push(textwrap::core::Word::from(&line[start..]));
    }
    Box::new(words.into_iter())
}

/// A character of Chinese, Japanese or Korean writing, or its punctuation.
fn is_han(c: char) -> bool {
    matches!(c, '\u{2e80}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{ff00}'..='\u{ffef}')
}

fn closes(c: char) -> bool {
    "，。、；：？！）」』》〉”’…".contains(c)
}

fn opens(c: char) -> bool {
    "（「『《〈“‘".contains(c)
}

fn heading(out: &mut String, text: &str, underline: char) {
    out.push('\n');
    out.push_str(text);
    out.push('\n');
    // As wide as the heading: a Chinese character takes two columns.
    out.extend(std::iter::repeat_n(
        underline,
        textwrap::core::display_width(text),
    ));
    out.push_str("\n\n");
}

pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    out.push_str(&doc.title);
    out.push('\n');
    out.extend(std::iter::repeat_n(
        '=',
        textwrap::core::display_width(&doc.title),
    ));
    out.push_str("\n\n");
    let made_on = t!(doc.lang, "export-made-on", when = &doc.generated_local);
    wrap(&mut out, &made_on, "", "");

    heading(&mut out, &doc.text("export-where-things-stand"), '-');
    for paragraph in [&doc.status, &doc.status_next, &doc.coverage_line] {
        wrap(&mut out, paragraph, "", "");
        out.push('\n');
    }
    for m in &doc.milestones {
        let line = t!(
            doc.lang,
            "export-milestone",
            title = &m.title,
            when = &m.when,
            relative = &m.relative,
            meaning = &m.meaning
        );
        wrap(&mut out, &line, "* ", "  ");
    }

    heading(&mut out, &doc.text("export-this-computer"), '-');
    match &doc.summary {
        Some(summary) => {
            wrap(&mut out, &summary.headline, "", "");
            for detail in &summary.details {
                wrap(&mut out, detail, "", "");
            }
            let next = t!(doc.lang, "export-next", step = &summary.next_step);
            wrap(&mut out, &next, "", "");
            out.push('\n');
            for finding in doc.findings {
                let line = finding_line(finding, doc.lang, doc.generated_at, doc.coverage);
                wrap(&mut out, &line, "* ", "  ");
            }
        }
        None => wrap(&mut out, &doc.text("export-not-checked"), "", ""),
    }
    if !doc.failures.is_empty() {
        heading(&mut out, &doc.text("check-failures"), '.');
        for line in doc.failure_lines() {
            wrap(&mut out, &line, "* ", "  ");
        }
    }
    if !doc.left_behind.is_empty() {
        heading(&mut out, &doc.text("check-left-behind"), '.');
        for group in &doc.left_behind {
            wrap(&mut out, &group.heading, "", "");
            for line in &group.lines {
                wrap(&mut out, line, "* ", "  ");
            }
        }
    }

    let checklist = doc.text("export-checklist");
    heading(
        &mut out,
        &humanize::with_aside(doc.lang, &checklist, &doc.progress_line()),
        '-',
    );
    wrap(&mut out, &doc.finish_line(), "", "");
    wrap(&mut out, &doc.choice_line(), "", "");
    for (section, lines) in doc.sections() {
        heading(&mut out, section, '.');
        for line in lines {
            // A note has no box.
            let mark = match (line.item.note, line.done_at.is_some()) {
                (true, _) => "  - ",
                (false, true) => "[x] ",
                (false, false) => "[ ] ",
            };
            let title = doc.titled(line, line.item.title.clone(), |note| note);
            wrap(&mut out, &title, mark, "    ");
            wrap(&mut out, &line.item.why, "    ", "    ");
            for (n, step) in line.item.steps.iter().enumerate() {
                wrap(&mut out, step, &format!("    {}. ", n + 1), "       ");
            }
            for action in &line.actions {
                // The address or command on a line of its own, whole.
                let (label, whole) = match action {
                    FileAction::Link { label, target } => ((*label).to_owned(), *target),
                    FileAction::Command { command } => (doc.text("export-command"), *command),
                };
                wrap(&mut out, &humanize::label(doc.lang, &label), "    ", "    ");
                out.push_str(&format!("      {}\n", shown(whole)));
            }
            out.push('\n');
        }
    }

    heading(&mut out, &doc.text("export-sources"), '-');
    wrap(&mut out, &doc.facts_checked, "", "");
    out.push('\n');
    for (n, s) in doc.sources.iter().enumerate() {
        let date = s.date_text(doc.lang);
        let number = format!("{:>2}. ", n + 1);
        match &s.url {
            // The address on a line of its own, whole, however long.
            Some(url) => {
                let line = format!("{}, {}, {date}:", s.title, s.publisher);
                wrap(&mut out, &line, &number, "    ");
                out.push_str(&format!("    {url}\n"));
            }
            None => {
                let not_linked = s.address(doc.lang);
                let line = format!("{}, {}, {date}: {not_linked}", s.title, s.publisher);
                wrap(&mut out, &line, &number, "    ");
            }
        }
    }
    out
}
