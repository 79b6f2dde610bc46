//! Markdown with GitHub task lists (`- [ ]`, `- [x]`).
//!
//! Every text is escaped: names typed by the person or found on the
//! computer show as written (`*y*`, `<b>x</b>`), never as markup, and AV
//! Switch's own sentences lose nothing by it.

use super::{Document, FileAction};
use crate::humanize;
use crate::i18n::shown;
use crate::report::finding_line;
use crate::t;

/// `text` with every character Markdown (or HTML inside it) could read as
/// markup escaped by a backslash, which CommonMark allows before any
/// punctuation. `>` and `!` need none once `<` and `[` are escaped, and `&`
/// only where it could start an entity (`&lt;`), so sentences stay readable.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let entity = c == '&'
            && chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#');
        if entity || "\\`*_[]<#|~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub fn render(doc: &Document) -> String {
    let made_on = t!(doc.lang, "export-made-on", when = &doc.generated_local);
    let mut out = format!("# {}\n\n{}\n\n", esc(&doc.title), esc(&made_on));

    out.push_str(&format!(
        "## {}\n\n**{}**\n\n{}\n\n{}\n\n",
        esc(&doc.text("export-where-things-stand")),
        esc(&doc.status),
        esc(&doc.status_next),
        esc(&doc.coverage_line)
    ));
    for m in &doc.milestones {
        let line = t!(
            doc.lang,
            "export-milestone",
            title = format!("**{}**", esc(&m.title)),
            when = esc(&m.when),
            relative = esc(&m.relative),
            meaning = esc(&m.meaning)
        );
        out.push_str(&format!("- {line}\n"));
    }

    out.push_str(&format!(
        "\n## {}\n\n",
        esc(&doc.text("export-this-computer"))
    ));
    match &doc.summary {
        Some(summary) => {
            out.push_str(&format!("**{}**\n\n", esc(&summary.headline)));
            for detail in &summary.details {
                out.push_str(&format!("{}\n\n", esc(detail)));
            }
            let next = t!(doc.lang, "export-next", step = &summary.next_step);
            out.push_str(&format!("{}\n\n", esc(&next)));
            for finding in doc.findings {
                let line = finding_line(finding, doc.lang, doc.generated_at, doc.coverage);
                out.push_str(&format!("- {}\n", esc(&line)));
            }
        }
        None => out.push_str(&format!("{}\n", esc(&doc.text("export-not-checked")))),
    }
    if !doc.failures.is_empty() {
        out.push_str(&format!("\n### {}\n\n", esc(&doc.text("check-failures"))));
        for line in doc.failure_lines() {
            out.push_str(&format!("- {}\n", esc(&line)));
        }
    }
    if !doc.left_behind.is_empty() {
        out.push_str(&format!("\n### {}\n", esc(&doc.text("check-left-behind"))));
        for group in &doc.left_behind {
            out.push_str(&format!("\n**{}**\n\n", esc(&group.heading)));
            for line in &group.lines {
                out.push_str(&format!("- {}\n", esc(line)));
            }
        }
    }

    let checklist = humanize::with_aside(
        doc.lang,
        &doc.text("export-checklist"),
        &doc.progress_line(),
    );
    out.push_str(&format!(
        "\n## {}\n\n{}  \n{}\n",
        esc(&checklist),
        esc(&doc.finish_line()),
        esc(&doc.choice_line())
    ));
    for (section, lines) in doc.sections() {
        out.push_str(&format!("\n### {}\n\n", esc(section)));
        for line in lines {
            // A note has no box.
            let mark = match (line.item.note, line.done_at.is_some()) {
                (true, _) => "",
                (false, true) => "[x] ",
                (false, false) => "[ ] ",
            };
            let title = doc.titled(line, format!("**{}**", esc(&line.item.title)), |note| {
                esc(&note)
            });
            out.push_str(&format!("- {mark}{title}  \n  {}\n", esc(&line.item.why)));
            for (n, step) in line.item.steps.iter().enumerate() {
                out.push_str(&format!("  {}. {}\n", n + 1, esc(step)));
            }
            for action in &line.actions {
                out.push_str(&match action {
                    FileAction::Link { label, target } => {
                        format!("  - [{}](<{target}>)\n", esc(label))
                    }
                    FileAction::Command { command } => format!(
                        "  - {}: `{}`\n",
                        esc(&doc.text("export-command")),
                        shown(command)
                    ),
                });
            }
        }
    }

    out.push_str(&format!("\n## {}\n\n", esc(&doc.text("export-sources"))));
    out.push_str(&format!("{}\n\n", esc(&doc.facts_checked)));
    for (n, s) in doc.sources.iter().enumerate() {
        let title = match &s.url {
            Some(url) => format!("[{}]({url})", esc(&s.title)),
            None => format!("{} {}", esc(&s.title), esc(&s.address(doc.lang))),
        };
        out.push_str(&format!(
            "{}. {title}, {}, {}\n",
            n + 1,
            esc(&s.publisher),
            esc(&s.date_text(doc.lang))
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn markup_is_shown_as_written() {
        assert_eq!(esc("<b>x</b> *y* _z_"), r"\<b>x\</b> \*y\* \_z\_");
        assert_eq!(
            esc("[a](b) `c` # d | e ~f~"),
            r"\[a\](b) \`c\` \# d \| e \~f\~"
        );
        assert_eq!(esc("&lt; &#60; a & b"), r"\&lt; \&\#60; a & b");
        assert_eq!(esc("Settings > Apps!"), "Settings > Apps!");
    }
}
