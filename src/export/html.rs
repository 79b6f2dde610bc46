//! One self-contained, printable web page: no scripts, nothing loaded from
//! elsewhere, boxes that print as empty squares to tick by hand.

use super::{Document, FileAction};
use crate::humanize;
use crate::i18n::shown;
use crate::report::finding_line;
use crate::t;

fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = "
body { font-family: Georgia, 'Times New Roman', serif; font-size: 17px; line-height: 1.5; color: #111; background: #fff; max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.7em; margin-bottom: 0.2em; }
h2 { font-size: 1.35em; margin-top: 1.6em; border-bottom: 2px solid #444; }
h3 { font-size: 1.15em; margin-top: 1.2em; }
.status { font-size: 1.2em; font-weight: bold; border: 2px solid #175cc4; padding: 0.6em 0.8em; }
ul.checklist { list-style: none; padding-left: 0; }
ul.checklist > li { margin: 0.8em 0; padding-left: 2.2em; position: relative; page-break-inside: avoid; }
.box { position: absolute; left: 0; top: 0.2em; width: 1.1em; height: 1.1em; border: 2px solid #000; text-align: center; line-height: 1.1em; font-weight: bold; }
.why { color: #333; }
.confirmed { font-style: italic; }
.muted { color: #444; }
ol.steps { margin: 0.3em 0; }
@page { margin: 16mm; }
@media print { body { font-size: 13pt; margin: 0; max-width: none; } a { color: #000; } .status { border-color: #000; } }
";

pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\" />\n",
        doc.lang.code()
    ));
    out.push_str(&format!(
        "<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(&doc.title)
    ));
    out.push_str(&format!(
        "<h1>{}</h1>\n<p class=\"muted\">{}</p>\n",
        esc(&doc.title),
        esc(&t!(doc.lang, "export-made-on", when = &doc.generated_local))
    ));

    out.push_str(&format!(
        "<h2>{}</h2>\n<p class=\"status\">{}</p>\n<p>{}</p>\n<p>{}</p>\n<ul>\n",
        esc(&doc.text("export-where-things-stand")),
        esc(&doc.status),
        esc(&doc.status_next),
        esc(&doc.coverage_line)
    ));
    for m in &doc.milestones {
        let line = t!(
            doc.lang,
            "export-milestone",
            title = format!("<strong>{}</strong>", esc(&m.title)),
            when = esc(&m.when),
            relative = esc(&m.relative),
            meaning = esc(&m.meaning)
        );
        out.push_str(&format!("<li>{line}</li>\n"));
    }
    out.push_str(&format!(
        "</ul>\n<h2>{}</h2>\n",
        esc(&doc.text("export-this-computer"))
    ));
    match &doc.summary {
        Some(summary) => {
            out.push_str(&format!(
                "<p><strong>{}</strong></p>\n",
                esc(&summary.headline)
            ));
            for detail in &summary.details {
                out.push_str(&format!("<p>{}</p>\n", esc(detail)));
            }
            let next = t!(doc.lang, "export-next", step = &summary.next_step);
            out.push_str(&format!("<p>{}</p>\n<ul>\n", esc(&next)));
            for finding in doc.findings {
                let line = finding_line(finding, doc.lang, doc.generated_at, doc.coverage);
                out.push_str(&format!("<li>{}</li>\n", esc(&line)));
            }
            out.push_str("</ul>\n");
        }
        None => out.push_str(&format!(
            "<p>{}</p>\n",
            esc(&doc.text("export-not-checked"))
        )),
    }
    if !doc.failures.is_empty() {
        out.push_str(&format!(
            "<h3>{}</h3>\n<ul>\n",
            esc(&doc.text("check-failures"))
        ));
        for line in doc.failure_lines() {
            out.push_str(&format!("<li>{}</li>\n", esc(&line)));
        }
        out.push_str("</ul>\n");
    }
    if !doc.left_behind.is_empty() {
        out.push_str(&format!(
            "<h3>{}</h3>\n",
            esc(&doc.text("check-left-behind"))
        ));
        for group in &doc.left_behind {
            out.push_str(&format!(
                "<p><strong>{}</strong></p>\n<ul>\n",
                esc(&group.heading)
            ));
            for line in &group.lines {
                out.push_str(&format!("<li>{}</li>\n", esc(line)));
            }
            out.push_str("</ul>\n");
        }
    }

    let checklist = humanize::with_aside(
        doc.lang,
        &doc.text("export-checklist"),
        &doc.progress_line(),
    );
    out.push_str(&format!(
        "<h2>{}</h2>\n<p>{}<br />{}</p>\n",
        esc(&checklist),
        esc(&doc.finish_line()),
        esc(&doc.choice_line())
    ));
    for (section, lines) in doc.sections() {
        out.push_str(&format!(
            "<h3>{}</h3>\n<ul class=\"checklist\">\n",
            esc(section)
        ));
        for line in lines {
            let mark = if line.done_at.is_some() {
                "&#10003;"
            } else {
                ""
            };
            let title = doc.titled(
                line,
                format!("<strong>{}</strong>", esc(&line.item.title)),
                |note| format!("<span class=\"confirmed\">{}</span>", esc(&note)),
            );
            // A note has no box.
            let boxed = if line.item.note {
                String::new()
            } else {
                format!("<span class=\"box\">{mark}</span>")
            };
            out.push_str(&format!(
                "<li>{boxed}{title}<br />\n<span class=\"why\">{}</span>\n<ol class=\"steps\">\n",
                esc(&line.item.why)
            ));
            for step in &line.item.steps {
                out.push_str(&format!("<li>{}</li>\n", esc(step)));
            }
            out.push_str("</ol>\n");
            for action in &line.actions {
                out.push_str(&match action {
                    FileAction::Link { label, target } => format!(
                        "<p class=\"action\"><a href=\"{}\">{}</a></p>\n",
                        esc(target),
                        esc(label)
                    ),
                    FileAction::Command { command } => format!(
                        "<p class=\"action\">{}: <code>{}</code></p>\n",
                        esc(&doc.text("export-command")),
                        esc(&shown(command))
                    ),
                });
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }

    out.push_str(&format!(
        "<h2>{}</h2>\n<p>{}</p>\n<ol>\n",
        esc(&doc.text("export-sources")),
        esc(&doc.facts_checked)
    ));
    for s in &doc.sources {
        let title = match &s.url {
            Some(url) => format!("<a href=\"{}\">{}</a>", esc(url), esc(&s.title)),
            None => esc(&s.title),
        };
        out.push_str(&format!(
            "<li>{title}, {}, {}<br /><span class=\"muted\">{}</span></li>\n",
            esc(&s.publisher),
            esc(&s.date_text(doc.lang)),
            esc(&s.address(doc.lang))
        ));
    }
    out.push_str("</ol>\n</body>\n</html>\n");
    out
}
