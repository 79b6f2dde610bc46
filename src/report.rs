//! A scan as a readable text report and as a stable JSON document, for
//! `avswitch check`.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::advisory::{Advisory, Phase};
use crate::coverage::Coverage;
use crate::detect::LeftoverKind;
use crate::detect::Os;
use crate::detect::catalog::Kind;
use crate::detect::evidence::Evidence;
use crate::detect::parse::windows::WindowsVersion;
use crate::detect::{Finding, ProductId, Protection, ScanReport, SignatureStatus, State};
use crate::fact_id::FactId;
use crate::humanize;
use crate::i18n::{Lang, Msg};
use crate::summary::{CaseName, Summary, Verdict, summarize, word};
use crate::t;

/// Version of the JSON document's shape; bumped on any incompatible change.
/// Version 2 added `coverage` and `region_setting`.
/// Version 3 added `leftovers`.
/// Version 4 added `windows` and `probe_ms`.
/// Version 5 added `verdict`, `facts_checked_on`, and each finding's
/// `decided_by` and `settings`; a leftover's kind may be `registration`.
/// Version 6 added `observed` to each finding's evidence and each leftover:
/// what was seen, as typed values; and the verdict's `case`.
pub const CHECK_JSON_VERSION: u32 = 6;

#[derive(Serialize)]
struct CheckDocument<'a> {
    format: &'static str,
    version: u32,
    language: &'static str,
    generated_at: DateTime<Utc>,
    os: Os,
    phase: Phase,
    coverage: Coverage,
    /// The region the system's settings name: a suggestion, not an answer.
    region_setting: Option<&'a str>,
    /// What protects this computer, as the order of evidence decides it.
    verdict: VerdictDocument<'a>,
    summary: Summary,
    findings: Vec<FindingDocument<'a>>,
    probe_errors: Vec<FailureDocument>,
    leftovers: Vec<LeftoverDocument<'a>>,
    /// Which Windows this is: build, edition, release.
    windows: Option<&'a WindowsVersion>,
    /// The day the newest of the facts was checked against its sources.
    facts_checked_on: chrono::NaiveDate,
    /// How long each check took, by its id (`security-center`).
    probe_ms: BTreeMap<&'static str, u64>,
    elapsed_ms: u64,
}

/// What `avswitch check` exits with, so a scheduled task or a management
/// tool can act on what was found without reading the report. Usage
/// mistakes exit with 2, and a check that could not run at all with 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum CheckStatus {
    /// An anti-virus is on, its definitions not known to be out of date.
    Protected = 0,
    /// Nothing is protecting the computer, and every look that could tell
    /// ran.
    NotProtected = 3,
    /// It is protected, but a Kaspersky anti-virus the ban covers for this
    /// reader (`--region us`, or elsewhere with `--us-person yes`) is on.
    KasperskyCovered = 4,
    /// A look that could tell what protects it did not run.
    CouldNotTell = 5,
}

impl CheckStatus {
    pub fn of(report: &ScanReport, coverage: Coverage) -> Self {
        let kaspersky_runs = report
            .findings
            .iter()
            .any(|f| f.affected && f.is_active_antivirus());
        match report.protection() {
            Protection::Unknown => CheckStatus::CouldNotTell,
            Protection::Nothing => CheckStatus::NotProtected,
            Protection::By(_) if kaspersky_runs && coverage == Coverage::Covered => {
                CheckStatus::KasperskyCovered
            }
            Protection::By(_) => CheckStatus::Protected,
        }
    }
}

/// What protects this computer: `protected` by a product (its catalog id
/// and name), `nothing`, or `unknown` when a look that could tell failed.
#[derive(Serialize)]
#[serde(tag = "protection", rename_all = "snake_case")]
enum ProtectionDocument<'a> {
    Protected {
        #[serde(with = "crate::detect::product_id::or_unknown")]
        by: Option<ProductId>,
        name: &'a str,
    },
    Nothing,
    Unknown,
}

impl<'a> From<Protection<'a>> for ProtectionDocument<'a> {
    fn from(protection: Protection<'a>) -> Self {
        match protection {
            Protection::By(f) => ProtectionDocument::Protected {
                by: f.id,
                name: &f.name,
            },
            Protection::Nothing => ProtectionDocument::Nothing,
            Protection::Unknown => ProtectionDocument::Unknown,
        }
    }
}

/// The verdict: what protects the computer, and the case the summary
/// words (`summary::Verdict`).
#[derive(Serialize)]
struct VerdictDocument<'a> {
    #[serde(flatten)]
    protection: ProtectionDocument<'a>,
    case: CaseName,
}

/// Something a removed product left behind, in words.
#[derive(Serialize)]
struct LeftoverDocument<'a> {
    kind: LeftoverKind,
    product: ProductId,
    #[serde(flatten)]
    evidence: EvidenceDocument<'a>,
}

/// A finding with its evidence put into words.
#[derive(Serialize)]
pub struct FindingDocument<'a> {
    #[serde(flatten)]
    finding: &'a Finding,
    evidence: Vec<EvidenceDocument<'a>>,
}

impl<'a> FindingDocument<'a> {
    pub fn new(finding: &'a Finding, lang: Lang) -> Self {
        let evidence = finding
            .evidence
            .iter()
            .map(|e| EvidenceDocument::new(e, finding.words_of(e), lang))
            .collect();
        Self { finding, evidence }
    }
}

/// What was seen: in words, and as the typed values it was read as.
#[derive(Serialize)]
struct EvidenceDocument<'a> {
    probe: String,
    detail: String,
    observed: &'a Evidence,
}

impl<'a> EvidenceDocument<'a> {
    fn new(evidence: &'a Evidence, words: Msg, lang: Lang) -> Self {
        Self {
            probe: lang.text(evidence.probe(), &[]),
            detail: lang.msg(&words),
            observed: evidence,
        }
    }
}

/// A check that could not run, in words.
#[derive(Serialize)]
pub struct FailureDocument {
    probe: String,
    reason: String,
}

impl FailureDocument {
    pub fn of(report: &ScanReport, lang: Lang) -> Vec<Self> {
        report
            .failures
            .iter()
            .map(|f| FailureDocument {
                probe: lang.text(f.probe, &[]),
                reason: lang.msg(&f.reason),
            })
            .collect()
    }

    /// "Windows Security Center: why", as one line.
    pub fn line(&self, lang: Lang) -> String {
        humanize::labelled(lang, &self.probe, &self.reason)
    }
}

pub fn check_json(
    report: &ScanReport,
    advisory: &Advisory,
    coverage: Coverage,
    lang: Lang,
    now: DateTime<Utc>,
) -> String {
    // Decided once: the verdict's case and its words agree.
    let verdict = Verdict::of(report);
    let document = CheckDocument {
        format: "avswitch-check",
        version: CHECK_JSON_VERSION,
        language: lang.code(),
        generated_at: now,
        os: report.os,
        phase: advisory.phase_at(now),
        coverage,
        region_setting: report.region.as_deref(),
        verdict: VerdictDocument {
            protection: report.protection().into(),
            case: verdict.case.name(),
        },
        summary: word(verdict, coverage, lang, now),
        findings: report
            .findings
            .iter()
            .map(|f| FindingDocument::new(f, lang))
            .collect(),
        probe_errors: FailureDocument::of(report, lang),
        leftovers: report
            .leftovers
            .iter()
            .map(|l| LeftoverDocument {
                kind: l.kind,
                product: l.product,
                evidence: EvidenceDocument::new(&l.evidence, l.evidence.words(), lang),
            })
            .collect(),
        windows: report.windows.as_ref(),
        facts_checked_on: advisory.facts_checked(lang, now).0,
        probe_ms: report
            .probe_ms
            .iter()
            .map(|(probe, ms)| (probe.trim_start_matches("probe-"), *ms))
            .collect(),
        elapsed_ms: report.elapsed_ms,
    };
    // Serialising plain data with string keys cannot fail.
    serde_json::to_string_pretty(&document).unwrap_or_default()
}

pub fn check_text(
    report: &ScanReport,
    advisory: &Advisory,
    coverage: Coverage,
    lang: Lang,
    now: DateTime<Utc>,
) -> String {
    let summary = summarize(report, coverage, lang, now);
    let mut out = t!(
        lang,
        "report-title",
        system = report.os.name(lang),
        date = humanize::date(lang, now.date_naive())
    );
    out.push_str("\n\n");
    out.push_str(&format!("{}\n", summary.headline));
    for detail in &summary.details {
        out.push_str(&format!("{detail}\n"));
    }
    out.push_str(&format!(
        "{}\n",
        t!(lang, "report-next", step = &summary.next_step)
    ));
    sources_text(&mut out, lang, advisory, &summary.facts);

    if report.findings.is_empty() {
        // A check that could not look never says there is nothing.
        let key = if report.failures.is_empty() {
            "report-nothing-found"
        } else {
            "report-nothing-found-partly"
        };
        out.push_str(&format!("\n{}\n", t!(lang, key)));
    } else {
        out.push_str(&format!("\n{}\n", t!(lang, "report-found")));
        for finding in &report.findings {
            out.push_str(&finding_text(finding, lang, now, coverage));
        }
    }
    out.push_str(&leftovers_text(report, lang));
    if !report.failures.is_empty() {
        out.push_str(&format!("\n{}\n", t!(lang, "report-failures")));
        for failure in FailureDocument::of(report, lang) {
            out.push_str(&format!("  * {}\n", failure.line(lang)));
        }
    }
    let found = report.findings.iter().any(|f| f.affected);
    let standing = advisory.standing(lang, now, coverage, Some(found));
    // Unknown, the command line names its own flags rather than the window.
    let (next, coverage_line) = match coverage {
        Coverage::Unknown => (
            t!(
                lang,
                "status-next-unknown-command-line",
                vendor = &advisory.vendor
            ),
            format!(
                "{}\n{}",
                t!(lang, "coverage-unknown-command-line"),
                t!(lang, "report-answer-coverage")
            ),
        ),
        _ => (standing.next.clone(), coverage.line(lang)),
    };
    out.push_str(&format!(
        "\n{}\n{}\n{}\n",
        t!(lang, "report-ban", status = &standing.headline),
        next,
        coverage_line
    ));
    let facts: Vec<FactId> = standing
        .facts
        .iter()
        .chain(coverage.facts())
        .copied()
        .collect();
    sources_text(&mut out, lang, advisory, &facts);
    out.push_str(&format!("\n{}\n", advisory.facts_checked(lang, now).1));
    out
}

/// What removed products left behind, by kind, or that nothing was found.
fn leftovers_text(report: &ScanReport, lang: Lang) -> String {
    if report.nothing_left_behind() {
        return format!("\n{}\n", t!(lang, "report-left-behind-clean"));
    }
    if report.leftovers.is_empty() {
        return String::new();
    }
    let mut out = format!("\n{}\n", t!(lang, "report-left-behind"));
    for kind in LeftoverKind::ALL {
        let mut of_kind = report
            .leftovers
            .iter()
            .filter(|l| l.kind == kind)
            .peekable();
        if of_kind.peek().is_none() {
            continue;
        }
        out.push_str(&format!("  * {}\n", lang.text(kind.key(), &[])));
        for leftover in of_kind {
            let seen = t!(
                lang,
                "report-seen-by",
                probe = lang.text(leftover.evidence.probe(), &[]),
                detail = lang.msg(&leftover.evidence.words())
            );
            out.push_str(&format!("      {seen}\n"));
        }
    }
    out
}

/// "Source: publisher, "title", address" for each source of `facts`.
fn sources_text(out: &mut String, lang: Lang, advisory: &Advisory, facts: &[FactId]) {
    let facts: Vec<_> = facts.iter().filter_map(|id| advisory.fact(*id)).collect();
    for source in advisory.sources_of(&facts) {
        out.push_str(&t!(
            lang,
            "report-source",
            publisher = &source.publisher,
            title = &source.title,
            url = source.address(lang)
        ));
        out.push('\n');
    }
}

fn finding_text(f: &Finding, lang: Lang, now: DateTime<Utc>, coverage: Coverage) -> String {
    let mut out = format!("  * {}\n", finding_line(f, lang, now, coverage));
    if let Some(version) = &f.version {
        out.push_str(&format!(
            "      {}\n",
            t!(lang, "report-version", version = version)
        ));
    }
    for evidence in &f.evidence {
        out.push_str(&format!(
            "      {}\n",
            t!(
                lang,
                "report-seen-by",
                probe = lang.text(evidence.probe(), &[]),
                detail = lang.msg(&f.words_of(evidence))
            )
        ));
    }
    out
}

/// "Kaspersky Standard (Anti-virus, affected by the U.S. ban): on; virus definitions: out of date, ..."
pub fn finding_line(
    finding: &Finding,
    lang: Lang,
    now: DateTime<Utc>,
    coverage: Coverage,
) -> String {
    let mut tags = vec![finding.kind.label(lang)];
    tags.extend(flags(finding, lang, coverage));
    let tags: Vec<&str> = tags.iter().map(String::as_str).collect();
    let name = crate::i18n::shown(&finding.name).into_owned();
    let tags = tags.join(&t!(lang, "list-separator"));
    let state = state_words(finding.state, lang);
    if finding.kind == Kind::Antivirus {
        let words = signature_words(finding, lang, now);
        let definitions = t!(lang, "finding-definitions", words = words);
        t!(
            lang,
            "finding-line-antivirus",
            name = name,
            tags = tags,
            state = state,
            definitions = definitions
        )
    } else {
        t!(
            lang,
            "finding-line",
            name = name,
            tags = tags,
            state = state
        )
    }
}

/// What sets a finding apart, in a few words each. A Kaspersky product is
/// "affected by the U.S. ban" only for a reader the ban covers.
pub fn flags(f: &Finding, lang: Lang, coverage: Coverage) -> Vec<String> {
    let affected = match coverage {
        Coverage::Covered => "flag-affected",
        Coverage::Unknown => "flag-affected-if-covered",
        Coverage::NotCovered => "flag-made-by-kaspersky",
    };
    [
        (f.affected, affected),
        (f.auto_replacement, "flag-replacement"),
        (f.built_in, "flag-built-in"),
    ]
    .into_iter()
    .filter(|(set, _)| *set)
    .map(|(_, key)| lang.text(key, &[]))
    .collect()
}

pub fn state_words(state: State, lang: Lang) -> String {
    lang.text(state.words_key(), &[])
}

pub fn signature_words(f: &Finding, lang: Lang, now: DateTime<Utc>) -> String {
    let age = f.signatures.last_update.map(|at| {
        let when = humanize::relative(lang, now, at);
        t!(lang, "definitions-age", when = when)
    });
    let version = f
        .signatures
        .version
        .as_deref()
        .map(|v| t!(lang, "definitions-version", version = v));
    let status = match f.signatures.status {
        SignatureStatus::UpToDate => t!(lang, "definitions-up-to-date"),
        SignatureStatus::OutOfDate => t!(lang, "definitions-out-of-date"),
        SignatureStatus::Missing => return t!(lang, "definitions-missing"),
        SignatureStatus::NeverUpdated => return t!(lang, "definitions-never-updated"),
        SignatureStatus::Unknown => t!(lang, "definitions-unknown"),
    };
    let words = match age {
        Some(age) => t!(lang, "definitions-with-age", status = status, age = age),
        None => status,
    };
    match version {
        Some(version) => t!(
            lang,
            "definitions-with-version",
            words = words,
            version = version
        ),
        None => words,
    }
}
