//! A scan as a readable text report and as a stable JSON document, for
//! `avswitch check`.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::advisory::{Advisory, Phase};
use crate::detect::catalog::Kind;
use crate::detect::summary::{Summary, summarize};
use crate::detect::system::Os;
use crate::detect::{Finding, ProbeFailure, ScanReport, SignatureStatus, State};
use crate::humanize;

/// Version of the JSON document's shape; bumped on any incompatible change.
pub const CHECK_JSON_VERSION: u32 = 1;

#[derive(Serialize)]
struct CheckDocument<'a> {
    format: &'static str,
    version: u32,
    generated_at: DateTime<Utc>,
    os: Os,
    phase: Phase,
    summary: Summary,
    findings: &'a [Finding],
    probe_errors: &'a [ProbeFailure],
    elapsed_ms: u64,
}

pub fn check_json(report: &ScanReport, advisory: &Advisory, now: DateTime<Utc>) -> String {
    let document = CheckDocument {
        format: "avswitch-check",
        version: CHECK_JSON_VERSION,
        generated_at: now,
        os: report.os,
        phase: advisory.phase_at(now),
        summary: summarize(report, now),
        findings: &report.findings,
        probe_errors: &report.failures,
        elapsed_ms: report.elapsed_ms,
    };
    // Serialising plain data with string keys cannot fail.
    serde_json::to_string_pretty(&document).unwrap_or_default()
}

pub fn check_text(report: &ScanReport, advisory: &Advisory, now: DateTime<Utc>) -> String {
    let summary = summarize(report, now);
    let mut out = format!(
        "AV Switch: check of this computer ({}), {}\n\n",
        report.os.name(),
        humanize::date(now.date_naive())
    );
    out.push_str(&format!("{}\n", summary.headline));
    for detail in &summary.details {
        out.push_str(&format!("{detail}\n"));
    }
    out.push_str(&format!("Next step: {}\n", summary.next_step));
    let facts: Vec<_> = summary
        .facts
        .iter()
        .filter_map(|id| advisory.fact(id))
        .collect();
    for source in advisory.sources_of(&facts) {
        out.push_str(&format!(
            "Source: {}, \"{}\", {}\n",
            source.publisher, source.title, source.url
        ));
    }

    if report.findings.is_empty() {
        out.push_str("\nNo security programs were found.\n");
    } else {
        out.push_str("\nFound:\n");
        for finding in &report.findings {
            out.push_str(&finding_text(finding, now));
        }
    }
    if !report.failures.is_empty() {
        out.push_str("\nChecks that could not run:\n");
        for failure in &report.failures {
            out.push_str(&format!("  * {}: {}\n", failure.probe, failure.reason));
        }
    }
    out.push_str(&format!("\nThe ban: {}\n", advisory.status_headline(now)));
    out
}

fn finding_text(f: &Finding, now: DateTime<Utc>) -> String {
    let mut out = format!("  * {}\n", finding_line(f, now));
    if let Some(version) = &f.version {
        out.push_str(&format!("      Version: {version}\n"));
    }
    for evidence in &f.evidence {
        out.push_str(&format!(
            "      Seen by {}: {}\n",
            evidence.probe, evidence.detail
        ));
    }
    out
}

/// "Kaspersky Standard (Anti-virus, affected by the U.S. ban): on; virus definitions: out of date, ..."
pub fn finding_line(finding: &Finding, now: DateTime<Utc>) -> String {
    let mut tags = vec![finding.kind.label()];
    tags.extend(flags(finding));
    let mut line = format!(
        "{} ({}): {}",
        finding.name,
        tags.join(", "),
        state_words(finding.state)
    );
    if finding.kind == Kind::Antivirus {
        line.push_str(&format!(
            "; virus definitions: {}",
            signature_words(finding, now)
        ));
    }
    line.push('.');
    line
}

/// What sets a finding apart, in a few words each.
pub fn flags(f: &Finding) -> Vec<&'static str> {
    let mut flags = Vec::new();
    if f.affected {
        flags.push("affected by the U.S. ban");
    }
    if f.auto_replacement {
        flags.push("installed in place of Kaspersky");
    }
    if f.built_in {
        flags.push("built into the system");
    }
    flags
}

pub fn state_words(state: State) -> &'static str {
    match state {
        State::On => "on",
        State::Off => "off",
        State::Snoozed => "snoozed (paused for now)",
        State::Expired => "expired (subscription ended)",
        State::Installed => "installed (whether it is running is not known)",
    }
}

pub fn signature_words(f: &Finding, now: DateTime<Utc>) -> String {
    let age = f
        .signatures
        .last_update
        .map(|at| format!(", last updated {}", humanize::relative(now, at)))
        .unwrap_or_default();
    let version = f
        .signatures
        .version
        .as_deref()
        .map(|v| format!(" (version {v})"))
        .unwrap_or_default();
    match f.signatures.status {
        SignatureStatus::UpToDate => format!("up to date{age}{version}"),
        SignatureStatus::OutOfDate => format!("out of date{age}{version}"),
        SignatureStatus::Missing => "none installed".to_owned(),
        SignatureStatus::Unknown => format!("not reported{age}{version}"),
    }
}
