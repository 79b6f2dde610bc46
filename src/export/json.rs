//! A versioned JSON document of the whole plan, described in
//! docs/command-line.md.

use crate::fact_id::FactId;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::Document;
use crate::advisory::{Phase, Source};
use crate::coverage::Coverage;
use crate::detect::LeftoverKind;
use crate::plan::{ItemAction, Stage};
use crate::report::{FailureDocument, FindingDocument};
use crate::situation::{Answers, Choice};
use crate::summary::Summary;

/// Version 2 added `coverage`, `status_next` and each item's `stage`.
/// Version 3 replaced each item's `link` with `actions`, and added
/// `leftovers`.
/// Version 4: a button that goes to a step of AV Switch is `go_to` with the
/// step (it was `open` with `avswitch:<step>`); items may be a `note`; and
/// `facts_checked_on`, `facts_checked`.
/// Version 5: each finding's evidence carries `observed`, what was seen as
/// typed values (as in `check --json` version 6); and `probe_errors`, the
/// checks that could not run.
pub const PLAN_JSON_VERSION: u32 = 5;

#[derive(Serialize)]
struct PlanDocument<'a> {
    format: &'static str,
    version: u32,
    title: &'a str,
    language: &'static str,
    generated_at: DateTime<Utc>,
    phase: Phase,
    coverage: Coverage,
    status: &'a str,
    status_next: &'a str,
    summary: Option<&'a Summary>,
    findings: Vec<FindingDocument<'a>>,
    leftovers: Vec<LeftoverDocument<'a>>,
    /// The checks that could not run, as in `check --json`.
    probe_errors: &'a [FailureDocument],
    answers: &'a Answers,
    choice: Option<&'a Choice>,
    finish_by: Option<NaiveDate>,
    done: usize,
    total: usize,
    items: Vec<ItemDocument<'a>>,
    /// The day the newest fact was checked, and that in words.
    facts_checked_on: NaiveDate,
    facts_checked: &'a str,
    sources: &'a [&'a Source],
}

/// A kind of thing left behind, in words, and where each was seen.
#[derive(Serialize)]
struct LeftoverDocument<'a> {
    kind: LeftoverKind,
    heading: &'a str,
    seen: &'a [String],
}

#[derive(Serialize)]
struct ItemDocument<'a> {
    id: &'a str,
    stage: Stage,
    section: &'a str,
    title: &'a str,
    why: &'a str,
    steps: &'a [String],
    actions: &'a [ItemAction],
    done: bool,
    done_at: Option<DateTime<Utc>>,
    confirmed_by_check: bool,
    /// A note, not a task: nothing to do by hand unless something failed;
    /// not counted in `total`.
    note: bool,
    facts: &'a [FactId],
}

pub fn render(doc: &Document) -> String {
    let document = PlanDocument {
        format: "avswitch-plan",
        version: PLAN_JSON_VERSION,
        title: &doc.title,
        language: doc.lang.code(),
        generated_at: doc.generated_at,
        phase: doc.phase,
        coverage: doc.coverage,
        status: &doc.status,
        status_next: &doc.status_next,
        summary: doc.summary.as_ref(),
        findings: doc
            .findings
            .iter()
            .map(|f| FindingDocument::new(f, doc.lang))
            .collect(),
        leftovers: doc
            .left_behind
            .iter()
            .map(|group| LeftoverDocument {
                kind: group.kind,
                heading: &group.heading,
                seen: &group.lines,
            })
            .collect(),
        probe_errors: &doc.failures,
        answers: &doc.progress.answers,
        choice: doc.progress.choice.as_ref(),
        finish_by: doc.progress.finish_by,
        done: doc.done_count(),
        total: doc.tasks().count(),
        items: doc
            .items
            .iter()
            .map(|line| ItemDocument {
                id: line.item.id.as_str(),
                stage: line.item.stage,
                section: line.section,
                title: &line.item.title,
                why: &line.item.why,
                steps: &line.item.steps,
                actions: &line.item.actions,
                done: line.done_at.is_some(),
                done_at: line.done_at,
                confirmed_by_check: line.confirmed,
                note: line.item.note,
                facts: &line.item.facts,
            })
            .collect(),
        facts_checked_on: doc.facts_checked_on,
        facts_checked: &doc.facts_checked,
        sources: &doc.sources,
    };
    // Plain data with string keys always serialises.
    let mut json = serde_json::to_string_pretty(&document).unwrap_or_default();
    json.push('\n');
    json
}
