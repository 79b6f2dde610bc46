//! Markdown with GitHub task lists (`- [ ]`, `- [x]`).

use super::Document;
use crate::report::finding_line;
use crate::t;

pub fn render(doc: &Document) -> String {
    let mut out = format!(
        "# {}\n\n{}\n\n",
        doc.title,
        t!(doc.lang, "export-made-on", when = &doc.generated_local)
    );

    out.push_str(&format!(
        "## {}\n\n**{}**\n\n{}\n\n{}\n\n",
        doc.text("export-where-things-stand"),
        doc.status,
        doc.status_next,
        doc.coverage_line
    ));
    for m in &doc.milestones {
        out.push_str(&format!(
            "- **{}**: {} ({}). {}\n",
            m.title, m.when, m.relative, m.meaning
        ));
    }

    out.push_str(&format!("\n## {}\n\n", doc.text("export-this-computer")));
    match &doc.summary {
        Some(summary) => {
            out.push_str(&format!("**{}**\n\n", summary.headline));
            for detail in &summary.details {
                out.push_str(&format!("{detail}\n\n"));
            }
            out.push_str(&format!(
                "{}\n\n",
                t!(doc.lang, "export-next", step = &summary.next_step)
            ));
            for finding in doc.findings {
                let line = finding_line(finding, doc.lang, doc.generated_at);
                out.push_str(&format!("- {line}\n"));
            }
        }
        None => out.push_str(&format!("{}\n", doc.text("export-not-checked"))),
    }

    out.push_str(&format!(
        "\n## {} ({})\n\n{}  \n{}\n",
        doc.text("export-checklist"),
        doc.progress_line(),
        doc.finish_line(),
        doc.choice_line()
    ));
    for (section, lines) in doc.sections() {
        out.push_str(&format!("\n### {section}\n\n"));
        for line in lines {
            let mark = if line.done_at.is_some() { "x" } else { " " };
            out.push_str(&format!(
                "- [{mark}] **{}**{}  \n  {}\n",
                line.item.title,
                doc.confirmed_note(line),
                line.item.why
            ));
            for (n, step) in line.item.steps.iter().enumerate() {
                out.push_str(&format!("  {}. {step}\n", n + 1));
            }
        }
    }

    out.push_str(&format!("\n## {}\n\n", doc.text("export-sources")));
    for (n, s) in doc.sources.iter().enumerate() {
        out.push_str(&format!(
            "{}. [{}]({}), {}, {}\n",
            n + 1,
            s.title,
            s.url,
            s.publisher,
            s.date_text(doc.lang)
        ));
    }
    out
}
