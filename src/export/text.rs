//! Plain text, wrapped at 80 columns, readable when printed from any editor.

use super::{Document, TITLE};
use crate::report::finding_line;

const WIDTH: usize = 80;

fn wrap(out: &mut String, text: &str, first: &str, rest: &str) {
    let options = textwrap::Options::new(WIDTH)
        .initial_indent(first)
        .subsequent_indent(rest);
    for line in textwrap::wrap(text, options) {
        out.push_str(&line);
        out.push('\n');
    }
}

fn heading(out: &mut String, text: &str, underline: char) {
    out.push('\n');
    out.push_str(text);
    out.push('\n');
    out.extend(std::iter::repeat_n(underline, text.chars().count()));
    out.push_str("\n\n");
}

pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    out.push_str(TITLE);
    out.push('\n');
    out.extend(std::iter::repeat_n('=', TITLE.chars().count()));
    out.push_str("\n\n");
    wrap(
        &mut out,
        &format!("Made on {}.", doc.generated_local),
        "",
        "",
    );

    heading(&mut out, "Where things stand", '-');
    wrap(&mut out, &doc.status, "", "");
    out.push('\n');
    for m in &doc.milestones {
        let line = format!("{}: {} ({}). {}", m.title, m.when, m.relative, m.meaning);
        wrap(&mut out, &line, "* ", "  ");
    }

    heading(&mut out, "This computer", '-');
    match &doc.summary {
        Some(summary) => {
            wrap(&mut out, &summary.headline, "", "");
            for detail in &summary.details {
                wrap(&mut out, detail, "", "");
            }
            wrap(&mut out, &format!("Next: {}", summary.next_step), "", "");
            out.push('\n');
            for finding in doc.findings {
                wrap(
                    &mut out,
                    &finding_line(finding, doc.generated_at),
                    "* ",
                    "  ",
                );
            }
        }
        None => wrap(
            &mut out,
            "This computer was not checked for this list.",
            "",
            "",
        ),
    }

    heading(
        &mut out,
        &format!("Your checklist ({})", doc.progress_line()),
        '-',
    );
    wrap(&mut out, &doc.finish_line(), "", "");
    wrap(&mut out, &doc.choice_line(), "", "");
    for (section, lines) in doc.sections() {
        heading(&mut out, section, '.');
        for line in lines {
            let mark = if line.done_at.is_some() {
                "[x] "
            } else {
                "[ ] "
            };
            let confirmed = if line.confirmed {
                " (confirmed by the check)"
            } else {
                ""
            };
            wrap(
                &mut out,
                &format!("{}{confirmed}", line.item.title),
                mark,
                "    ",
            );
            wrap(&mut out, &line.item.why, "    ", "    ");
            for (n, step) in line.item.steps.iter().enumerate() {
                wrap(&mut out, step, &format!("    {}. ", n + 1), "       ");
            }
            out.push('\n');
        }
    }

    heading(&mut out, "Sources", '-');
    for (n, s) in doc.sources.iter().enumerate() {
        let line = format!("{}, {}, {}: {}", s.title, s.publisher, s.date, s.url);
        wrap(&mut out, &line, &format!("{:>2}. ", n + 1), "    ");
    }
    out
}
