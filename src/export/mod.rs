//! The plan as files: Markdown, plain text, printable HTML, JSON and a
//! calendar. Every format renders the same `Document`, so they all carry
//! the same content: title, when it was made, what the check found, the
//! deadlines and today's status, the checklist with progress, and sources.

mod html;
mod ics;
mod json;
mod markdown;
mod text;

use chrono::{DateTime, Days, FixedOffset, NaiveDate, Utc};

use crate::advisory::{Advisory, Phase, Source, When};
use crate::coverage::Coverage;
use crate::detect::{Finding, LeftoverKind, ScanReport};
use crate::fact_id::FactId;
use crate::humanize;
use crate::i18n::Lang;
use crate::plan::{Do, Item, ItemAction, Plan};
use crate::report::FailureDocument;
use crate::situation::Situation;
use crate::store::Progress;
use crate::summary::{Summary, summarize};
use crate::t;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Text,
    Html,
    Json,
    Calendar,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Html,
        Format::Text,
        Format::Markdown,
        Format::Calendar,
        Format::Json,
    ];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Text => "txt",
            Format::Html => "html",
            Format::Json => "json",
            Format::Calendar => "ics",
        }
    }

    /// The text id of the format's name; `.purpose` says what it is for.
    fn key(self) -> &'static str {
        match self {
            Format::Markdown => "format-markdown",
            Format::Text => "format-text",
            Format::Html => "format-html",
            Format::Json => "format-json",
            Format::Calendar => "format-calendar",
        }
    }

    pub fn label(self, lang: Lang) -> String {
        lang.text(self.key(), &[])
    }

    /// One line on what the format is for.
    pub fn purpose(self, lang: Lang) -> String {
        lang.text(&format!("{}.purpose", self.key()), &[])
    }

    /// "avswitch-checklist-2026-11-28.html"
    pub fn file_name(self, day: NaiveDate) -> String {
        format!(
            "avswitch-checklist-{}.{}",
            day.format("%Y-%m-%d"),
            self.extension()
        )
    }
}

pub struct MilestoneLine {
    pub title: String,
    /// Official date (and time, in U.S. Eastern Time, for deadlines).
    pub when: String,
    pub relative: String,
    pub meaning: String,
}

pub struct ItemLine<'a> {
    /// The plan's section it is in: its title, and its place in the plan.
    pub section: &'a str,
    section_at: usize,
    pub item: &'a Item,
    pub done_at: Option<DateTime<Utc>>,
    pub confirmed: bool,
    /// What a file can carry of the item's buttons.
    pub actions: Vec<FileAction<'a>>,
}

/// A button of an item as a file can carry it: a page to open, or a
/// command to type. Uninstallers and AV Switch's own steps need the window.
pub enum FileAction<'a> {
    Link {
        label: &'a str,
        target: &'a str,
    },
    /// Worded for a file (`export-command`), not as the window's button.
    Command {
        command: &'a str,
    },
}

impl<'a> FileAction<'a> {
    fn of(action: &'a ItemAction) -> Option<Self> {
        let label = action.label.as_str();
        match &action.does {
            Do::Open(target) if target.contains(':') => Some(FileAction::Link { label, target }),
            Do::Command(command) => Some(FileAction::Command { command }),
            Do::Open(_) | Do::GoTo(_) | Do::Uninstall(_) => None,
        }
    }
}

/// One kind of thing left behind, with where each was seen, as the Check
/// step shows it.
pub struct LeftBehind {
    pub kind: LeftoverKind,
    pub heading: String,
    pub lines: Vec<String>,
}

/// Everything an export shows, gathered once, in one language.
pub struct Document<'a> {
    pub lang: Lang,
    pub title: String,
    pub generated_at: DateTime<Utc>,
    /// When it was made, in the reader's time zone.
    pub generated_local: String,
    pub phase: Phase,
    pub coverage: Coverage,
    /// Whether the ban covers the reader, in one sentence.
    pub coverage_line: String,
    /// Where today stands for the reader, and what follows from it.
    pub status: String,
    pub status_next: String,
    pub milestones: Vec<MilestoneLine>,
    pub summary: Option<Summary>,
    pub findings: &'a [Finding],
    /// What removed programs left behind, by kind.
    pub left_behind: Vec<LeftBehind>,
    /// The checks that could not run, and why.
    pub failures: Vec<FailureDocument>,
    pub plan: &'a Plan,
    pub items: Vec<ItemLine<'a>>,
    pub progress: &'a Progress,
    pub choice: Option<String>,
    /// The day to finish by, and whether the person picked it.
    pub finish_by: NaiveDate,
    pub finish_by_chosen: bool,
    /// When the facts were last checked, in words (and a warning when that
    /// is long ago).
    pub facts_checked: String,
    pub facts_checked_on: NaiveDate,
    /// The sources of what this document says, in the advisory's order:
    /// its deadlines, status, summary, coverage and items.
    pub sources: Vec<&'a Source>,
    advisory: &'a Advisory,
}

impl<'a> Document<'a> {
    /// `zone` is the reader's time zone for "made on" and the default date.
    #[allow(clippy::too_many_arguments)] // one place gathers everything
    pub fn new(
        lang: Lang,
        advisory: &'a Advisory,
        report: Option<&'a ScanReport>,
        situation: &Situation,
        plan: &'a Plan,
        progress: &'a Progress,
        now: DateTime<Utc>,
        zone: FixedOffset,
    ) -> Self {
        let coverage = situation.coverage;
        let found = report.map(|r| r.findings.iter().any(|f| f.affected));
        let standing = advisory.standing(lang, now, coverage, found);
        let milestones = advisory
            .milestones
            .iter()
            .map(|m| MilestoneLine {
                title: m.title(lang),
                when: match m.when {
                    When::At(at) => advisory.eastern_instant(lang, at),
                    When::Day(day) => humanize::date(lang, day),
                },
                relative: humanize::relative(lang, now, m.when.instant()),
                meaning: m.meaning(lang),
            })
            .collect();
        let items = plan
            .sections
            .iter()
            .enumerate()
            .flat_map(|(at, s)| s.items.iter().map(move |i| (at, s.title.as_str(), i)))
            .map(|(section_at, section, item)| ItemLine {
                section,
                section_at,
                item,
                done_at: progress.done.get(&item.id).copied(),
                confirmed: item.confirmed_by(report),
                actions: item.actions.iter().filter_map(FileAction::of).collect(),
            })
            .collect();
        let left_behind = LeftoverKind::ALL
            .into_iter()
            .filter_map(|kind| {
                let lines: Vec<String> = report?
                    .leftovers
                    .iter()
                    .filter(|l| l.kind == kind)
                    .map(|l| {
                        let probe = lang.text(l.evidence.probe(), &[]);
                        t!(
                            lang,
                            "export-seen-by",
                            probe = probe,
                            detail = lang.msg(&l.evidence.words())
                        )
                    })
                    .collect();
                (!lines.is_empty()).then(|| LeftBehind {
                    kind,
                    heading: lang.text(kind.key(), &[]),
                    lines,
                })
            })
            .collect();
        let today = now.with_timezone(&zone).date_naive();
        let summary = report.map(|r| summarize(r, coverage, lang, now));
        let cited: Vec<FactId> = advisory
            .milestones
            .iter()
            .flat_map(|m| m.facts.iter().copied())
            .chain(standing.facts.iter().copied())
            .chain(summary.iter().flat_map(|s| s.facts.iter().copied()))
            .chain(coverage.facts().iter().copied())
            .chain(plan.items().flat_map(|i| i.facts.iter().copied()))
            .collect();
        let sources = cited_sources(advisory, &cited);
        let (facts_checked_on, facts_checked) = advisory.facts_checked(lang, now);
        Document {
            lang,
            title: t!(lang, "export-title"),
            generated_at: now,
            generated_local: humanize::instant(lang, now, &zone),
            phase: advisory.phase_at(now),
            coverage,
            coverage_line: coverage.line(lang),
            status: standing.headline,
            status_next: standing.next,
            milestones,
            summary,
            findings: report.map_or(&[], |r| r.findings.as_slice()),
            left_behind,
            failures: report.map_or_else(Vec::new, |r| FailureDocument::of(r, lang)),
            plan,
            items,
            progress,
            choice: situation.chosen_name.clone(),
            finish_by: progress
                .finish_by
                .or_else(|| today.checked_add_days(Days::new(7)))
                .unwrap_or(today),
            finish_by_chosen: progress.finish_by.is_some(),
            sources,
            facts_checked,
            facts_checked_on,
            advisory,
        }
    }

    /// The sources of the facts these items rest on, each once, in the
    /// advisory's order: what a file holding only these items cites.
    pub fn sources_of(&self, lines: &[&ItemLine]) -> Vec<&'a Source> {
        let cited: Vec<FactId> = lines
            .iter()
            .flat_map(|line| line.item.facts.iter().copied())
            .collect();
        cited_sources(self.advisory, &cited)
    }

    /// The items to do and tick: every item but the notes.
    pub fn tasks(&self) -> impl Iterator<Item = &ItemLine<'a>> {
        self.items.iter().filter(|i| !i.item.note)
    }

    pub fn done_count(&self) -> usize {
        self.tasks().filter(|i| i.done_at.is_some()).count()
    }

    /// The checks that could not run, one line each: "what: why".
    pub fn failure_lines(&self) -> Vec<String> {
        self.failures.iter().map(|f| f.line(self.lang)).collect()
    }

    /// A text in the document's language.
    pub fn text(&self, id: &str) -> String {
        self.lang.text(id, &[])
    }

    pub fn progress_line(&self) -> String {
        t!(
            self.lang,
            "progress-done",
            done = self.done_count(),
            total = self.tasks().count()
        )
    }

    pub fn finish_line(&self) -> String {
        let day = humanize::weekday_date(self.lang, self.finish_by);
        if self.finish_by_chosen {
            t!(self.lang, "export-finish-by", day = day)
        } else {
            t!(self.lang, "export-finish-by-suggested", day = day)
        }
    }

    pub fn choice_line(&self) -> String {
        match &self.choice {
            Some(name) => t!(self.lang, "export-replacement", name = name),
            None => self.text("export-replacement-none"),
        }
    }

    /// An item's `title` as a format writes it, with "(confirmed by the
    /// check)" after it when so, the remark written by `note`.
    pub fn titled(
        &self,
        line: &ItemLine,
        title: String,
        note: impl FnOnce(String) -> String,
    ) -> String {
        if line.confirmed {
            let remark = note(self.text("export-confirmed"));
            humanize::with_aside(self.lang, &title, &remark)
        } else {
            title
        }
    }

    /// The plan's sections in order, each with its items: as the plan
    /// made them, never regrouped by their titles' words.
    pub fn sections(&self) -> Vec<(&str, Vec<&ItemLine<'a>>)> {
        let mut sections: Vec<(usize, &str, Vec<&ItemLine<'a>>)> = Vec::new();
        for line in &self.items {
            match sections.last_mut() {
                Some((at, _, lines)) if *at == line.section_at => lines.push(line),
                _ => sections.push((line.section_at, line.section, vec![line])),
            }
        }
        sections
            .into_iter()
            .map(|(_, title, lines)| (title, lines))
            .collect()
    }
}

/// The sources of these facts, each once, in the advisory's order.
fn cited_sources<'a>(advisory: &'a Advisory, facts: &[FactId]) -> Vec<&'a Source> {
    let cited: Vec<&str> = facts
        .iter()
        .filter_map(|id| advisory.fact(*id))
        .flat_map(|fact| fact.sources.iter().map(String::as_str))
        .collect();
    advisory
        .sources
        .iter()
        .filter(|s| cited.contains(&s.id.as_str()))
        .collect()
}

pub fn render(format: Format, doc: &Document) -> String {
    match format {
        Format::Markdown => markdown::render(doc),
        Format::Text => text::render(doc),
        Format::Html => html::render(doc),
        Format::Json => json::render(doc),
        Format::Calendar => ics::render(doc),
    }
}
