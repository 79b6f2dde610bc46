//! Markdown with GitHub task lists (`- [ ]`, `- [x]`).

use super::{Document, TITLE};
use crate::report::finding_line;

pub fn render(doc: &Document) -> String {
    let mut out = format!("# {TITLE}\n\nMade on {}.\n\n", doc.generated_local);

    out.push_str(&format!("## Where things stand\n\n**{}**\n\n", doc.status));
    for m in &doc.milestones {
        out.push_str(&format!(
            "- **{}**: {} ({}). {}\n",
            m.title, m.when, m.relative, m.meaning
        ));
    }

    out.push_str("\n## This computer\n\n");
    match &doc.summary {
        Some(summary) => {
            out.push_str(&format!("**{}**\n\n", summary.headline));
            for detail in &summary.details {
                out.push_str(&format!("{detail}\n\n"));
            }
            out.push_str(&format!("Next: {}\n\n", summary.next_step));
            for finding in doc.findings {
                out.push_str(&format!("- {}\n", finding_line(finding, doc.generated_at)));
            }
        }
        None => out.push_str("This computer was not checked for this list.\n"),
    }

    out.push_str(&format!(
        "\n## Your checklist ({})\n\n{}  \n{}\n",
        doc.progress_line(),
        doc.finish_line(),
        doc.choice_line()
    ));
    for (section, lines) in doc.sections() {
        out.push_str(&format!("\n### {section}\n\n"));
        for line in lines {
            let mark = if line.done_at.is_some() { "x" } else { " " };
            let confirmed = if line.confirmed {
                " *(confirmed by the check)*"
            } else {
                ""
            };
            out.push_str(&format!(
                "- [{mark}] **{}**{confirmed}  \n  {}\n",
                line.item.title, line.item.why
            ));
            for (n, step) in line.item.steps.iter().enumerate() {
                out.push_str(&format!("  {}. {step}\n", n + 1));
            }
        }
    }

    out.push_str("\n## Sources\n\n");
    for (n, s) in doc.sources.iter().enumerate() {
        out.push_str(&format!(
            "{}. [{}]({}), {}, {}\n",
            n + 1,
            s.title,
            s.url,
            s.publisher,
            s.date
        ));
    }
    out
}
