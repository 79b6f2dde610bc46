//! The ban as data: milestones, sourced facts and sources, loaded from
//! `assets/advisory.toml`, validated once, then queried for any `now`.

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::coverage::Coverage;
pub use crate::fact_id::FactId;
use crate::humanize;
use crate::i18n::{Arg, Lang};
use crate::t;

const EMBEDDED: &str = include_str!("../assets/advisory.toml");

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum AdvisoryError {
    #[error("the advisory file could not be read: {0}")]
    Syntax(String),
    #[error("the advisory file is inconsistent: {0}")]
    Invalid(String),
}

/// Where `now` stands relative to the two cutoffs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Kaspersky could still be bought and was updated.
    BeforeSalesBan,
    /// No new sales, but existing installations were still updated.
    SalesBanned,
    /// No more updates for U.S. customers.
    UpdatesEnded,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneKind {
    Announcement,
    SalesCutoff,
    UpdatesCutoff,
}

/// When a milestone happened: an exact instant for deadlines, a calendar day
/// for events known only by their date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    At(DateTime<Utc>),
    Day(NaiveDate),
}

impl When {
    /// A point on the time line (a day counts from its start, UTC).
    pub fn instant(self) -> DateTime<Utc> {
        match self {
            When::At(at) => at,
            When::Day(day) => day.and_time(Default::default()).and_utc(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Milestone {
    pub id: String,
    pub kind: MilestoneKind,
    pub when: When,
    pub facts: Vec<FactId>,
}

impl Milestone {
    fn key(&self) -> String {
        format!("milestone-{}", self.id)
    }

    pub fn title(&self, lang: Lang) -> String {
        lang.text(&self.key(), &[])
    }

    /// What it means for a home user, in plain words.
    pub fn meaning(&self, lang: Lang) -> String {
        lang.text(&format!("{}.meaning", self.key()), &[])
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MilestoneEntry {
    id: String,
    kind: MilestoneKind,
    at: Option<DateTime<Utc>>,
    date: Option<NaiveDate>,
    facts: Vec<FactId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    Ruling,
    Scope,
    Legal,
    Advice,
    After,
    /// How to switch: shown in the plan, not on the Deadlines page.
    Switching,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub id: FactId,
    pub topic: Topic,
    pub sources: Vec<String>,
    /// The dates the fact names, by name (`esu_end`): kept here, so a
    /// changed date is a data change, never a sentence to find.
    #[serde(default)]
    pub dates: BTreeMap<String, NaiveDate>,
    /// When it was last checked against its sources: `2026-12` or
    /// `2026-12-05` (required, checked on load).
    pub checked: String,
}

impl Fact {
    /// The fact in the app's own words (`fact-<id>` in the Fluent files),
    /// with its dates as the language writes them.
    pub fn text(&self, lang: Lang) -> String {
        let dates: Vec<(&str, Arg)> = self
            .dates
            .iter()
            .map(|(name, day)| (name.as_str(), Arg::from(humanize::date(lang, *day))))
            .collect();
        lang.text(&format!("fact-{}", self.id.as_str()), &dates)
    }

    /// The date named `name`.
    pub fn date(&self, name: &str) -> Option<NaiveDate> {
        self.dates.get(name).copied()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    /// As precise as the source is known: `2024-06-20`, `2024-06`, `2024`
    /// or `ongoing`.
    pub date: String,
    /// The article itself; `None` where its exact address is not known, so
    /// that no claim points at a site's home page.
    #[serde(default)]
    pub url: Option<String>,
}

impl Source {
    /// The address, or "(article not linked)", for text exports.
    pub fn address(&self, lang: Lang) -> String {
        self.url
            .clone()
            .unwrap_or_else(|| t!(lang, "source-not-linked"))
    }

    /// The date in words: "20 June 2024", "June 2024", "2024", "ongoing".
    pub fn date_text(&self, lang: Lang) -> String {
        match parse_source_date(&self.date) {
            Some(SourceDate::Day(day)) => humanize::date(lang, day),
            Some(SourceDate::Month(day)) => humanize::month_year(lang, day),
            Some(SourceDate::Year(year)) => year.to_string(),
            Some(SourceDate::Ongoing) | None => t!(lang, "source-ongoing"),
        }
    }
}

enum SourceDate {
    Day(NaiveDate),
    Month(NaiveDate),
    Year(i32),
    Ongoing,
}

/// A fact's `checked`: a day, or a month (read as its last day).
fn checked_on(text: &str) -> Option<NaiveDate> {
    match parse_source_date(text)? {
        SourceDate::Day(day) => Some(day),
        SourceDate::Month(first) => first.checked_add_months(chrono::Months::new(1))?.pred_opt(),
        SourceDate::Year(_) | SourceDate::Ongoing => None,
    }
}

fn parse_source_date(text: &str) -> Option<SourceDate> {
    if text == "ongoing" {
        return Some(SourceDate::Ongoing);
    }
    let parts: Vec<&str> = text.split('-').collect();
    let number = |i: usize| parts.get(i)?.parse::<u32>().ok();
    let year = i32::try_from(number(0)?).ok()?;
    match parts.len() {
        1 => Some(SourceDate::Year(year)),
        2 => NaiveDate::from_ymd_opt(year, number(1)?, 1).map(SourceDate::Month),
        3 => NaiveDate::from_ymd_opt(year, number(1)?, number(2)?).map(SourceDate::Day),
        _ => None,
    }
}

#[derive(Debug, Clone, Deserialize)]
struct EasternTime {
    abbreviation: String,
    utc_offset_minutes: i32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AdvisoryFile {
    vendor: String,
    eastern_time: EasternTime,
    milestones: Vec<MilestoneEntry>,
    facts: Vec<Fact>,
    sources: Vec<Source>,
}

/// A validated advisory: both cutoffs exist, are in order, and every
/// reference between milestones, facts and sources resolves.
#[derive(Debug, Clone)]
pub struct Advisory {
    pub vendor: String,
    pub milestones: Vec<Milestone>,
    pub facts: Vec<Fact>,
    pub sources: Vec<Source>,
    eastern: FixedOffset,
    eastern_abbreviation: String,
    sales_cutoff: DateTime<Utc>,
    updates_cutoff: DateTime<Utc>,
}

impl Advisory {
    /// Whether `publisher` is the publisher of more than one source, so
    /// that its name alone does not say which.
    pub fn publishes_several(&self, publisher: &str) -> bool {
        self.sources
            .iter()
            .filter(|s| s.publisher == publisher)
            .count()
            > 1
    }

    /// The advisory compiled into the program.
    pub fn embedded() -> Result<Self, AdvisoryError> {
        Self::parse(EMBEDDED)
    }

    pub fn parse(text: &str) -> Result<Self, AdvisoryError> {
        let file: AdvisoryFile =
            toml::from_str(text).map_err(|e| AdvisoryError::Syntax(e.message().to_owned()))?;
        validate(file)
    }

    pub fn sales_cutoff(&self) -> DateTime<Utc> {
        self.sales_cutoff
    }

    pub fn updates_cutoff(&self) -> DateTime<Utc> {
        self.updates_cutoff
    }

    pub fn phase_at(&self, now: DateTime<Utc>) -> Phase {
        if now < self.sales_cutoff {
            Phase::BeforeSalesBan
        } else if now < self.updates_cutoff {
            Phase::SalesBanned
        } else {
            Phase::UpdatesEnded
        }
    }

    /// When the newest of the facts was checked, and that in words:
    /// "Facts checked in December 2026.", with a plain warning when `now`
    /// is more than six months past it (AV Switch never looks online).
    pub fn facts_checked(&self, lang: Lang, now: DateTime<Utc>) -> (NaiveDate, String) {
        let newest = self
            .facts
            .iter()
            .filter_map(|f| checked_on(&f.checked))
            .max()
            .unwrap_or(NaiveDate::MIN);
        let to_the_day = self.facts.iter().any(|f| {
            checked_on(&f.checked) == Some(newest)
                && matches!(parse_source_date(&f.checked), Some(SourceDate::Day(_)))
        });
        let mut line = if to_the_day {
            t!(lang, "facts-checked-on", day = humanize::date(lang, newest))
        } else {
            t!(
                lang,
                "facts-checked",
                month = humanize::month_year(lang, newest)
            )
        };
        let stale_after = newest.checked_add_months(chrono::Months::new(6));
        if stale_after.is_some_and(|day| now.date_naive() > day) {
            line = humanize::sentences(lang, &line, &t!(lang, "facts-may-be-old"));
        }
        (newest, line)
    }

    pub fn fact(&self, id: FactId) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn facts_about(&self, topic: Topic) -> impl Iterator<Item = &Fact> {
        self.facts.iter().filter(move |f| f.topic == topic)
    }

    /// The sources of what is said about the ban itself (every fact but
    /// those about how to switch), each once, in file order.
    pub fn ban_sources(&self) -> Vec<&Source> {
        let facts: Vec<&Fact> = self
            .facts
            .iter()
            .filter(|f| f.topic != Topic::Switching)
            .collect();
        self.sources_of(&facts)
    }

    /// The sources behind a set of facts, each once, in file order.
    pub fn sources_of<'a>(&'a self, facts: &[&Fact]) -> Vec<&'a Source> {
        self.sources
            .iter()
            .filter(|s| facts.iter().any(|f| f.sources.contains(&s.id)))
            .collect()
    }

    /// The official calendar day of a milestone, as the ruling names it
    /// (in U.S. Eastern Time).
    pub fn official_date(&self, milestone: &Milestone) -> NaiveDate {
        match milestone.when {
            When::Day(day) => day,
            When::At(at) => at.with_timezone(&self.eastern).date_naive(),
        }
    }

    /// The calendar day of an instant in U.S. Eastern Time.
    pub fn official_day(&self, at: DateTime<Utc>) -> NaiveDate {
        at.with_timezone(&self.eastern).date_naive()
    }

    /// "29 September 2024, 12:00 a.m. EDT".
    pub fn eastern_instant(&self, lang: Lang, at: DateTime<Utc>) -> String {
        let local = at.with_timezone(&self.eastern);
        t!(
            lang,
            "date-eastern",
            date = humanize::date(lang, local.date_naive()),
            time = humanize::clock(lang, &local),
            zone = &self.eastern_abbreviation
        )
    }

    /// What the Welcome page opens with for this person, and the facts it
    /// rests on.
    pub fn welcome(&self, lang: Lang, coverage: Coverage) -> (String, &'static [FactId]) {
        match coverage {
            Coverage::Covered => (t!(lang, "welcome-lead"), &[FactId::F4]),
            Coverage::NotCovered => (
                t!(lang, "welcome-lead-not-covered"),
                &[FactId::F21, FactId::F22],
            ),
            Coverage::Unknown => {
                let day = humanize::date(lang, self.official_day(self.updates_cutoff()));
                (
                    t!(lang, "welcome-lead-unknown", updates_day = day),
                    &[FactId::F4, FactId::F21],
                )
            }
        }
    }

    /// Where today stands for this person, in plain sentences: the rule for
    /// those it covers, the other countries' story for those it does not,
    /// and both briefly when that is not known. `kaspersky_found` is what a
    /// check of this computer saw (`None` before any check), so the next
    /// step never doubts what the check already said.
    pub fn standing(
        &self,
        lang: Lang,
        now: DateTime<Utc>,
        coverage: Coverage,
        kaspersky_found: Option<bool>,
    ) -> Standing {
        let day =
            |at: DateTime<Utc>| humanize::date(lang, at.with_timezone(&self.eastern).date_naive());
        let vendor = &self.vendor;
        let (headline, next, facts): (String, String, &[FactId]) = match coverage {
            Coverage::NotCovered => (
                t!(lang, "status-not-covered", vendor = vendor),
                t!(lang, "status-next-not-covered", vendor = vendor),
                &[FactId::F21, FactId::F22, FactId::F23],
            ),
            Coverage::Unknown => (
                t!(
                    lang,
                    "status-unknown",
                    vendor = vendor,
                    updates_day = day(self.updates_cutoff),
                    updates_when = humanize::relative(lang, now, self.updates_cutoff)
                ),
                t!(lang, "status-next-unknown", vendor = vendor),
                &[FactId::F4, FactId::F21, FactId::F22],
            ),
            Coverage::Covered => {
                let headline = match self.phase_at(now) {
                    Phase::BeforeSalesBan => t!(
                        lang,
                        "status-before-sales-ban",
                        vendor = vendor,
                        sales_day = day(self.sales_cutoff),
                        sales_when = humanize::relative(lang, now, self.sales_cutoff),
                        updates_day = day(self.updates_cutoff)
                    ),
                    Phase::SalesBanned => t!(
                        lang,
                        "status-sales-banned",
                        vendor = vendor,
                        updates_day = day(self.updates_cutoff),
                        updates_when = humanize::relative(lang, now, self.updates_cutoff)
                    ),
                    Phase::UpdatesEnded => t!(
                        lang,
                        "status-updates-ended",
                        vendor = vendor,
                        updates_day = day(self.updates_cutoff),
                        since = humanize::span(lang, self.updates_cutoff, now)
                    ),
                };
                let next = match self.phase_at(now) {
                    Phase::BeforeSalesBan | Phase::SalesBanned => {
                        t!(lang, "status-next-before-updates-end")
                    }
                    Phase::UpdatesEnded => match kaspersky_found {
                        Some(true) => t!(lang, "status-next-after-updates-end-found"),
                        Some(false) => t!(lang, "status-next-after-updates-end-not-found"),
                        None => t!(lang, "status-next-after-updates-end"),
                    },
                };
                (headline, next, &[FactId::F4, FactId::F8])
            }
        };
        Standing {
            headline,
            next,
            facts: facts.to_vec(),
        }
    }
}

/// Where today stands for one person: a headline, what follows from it,
/// and the facts both rest on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub headline: String,
    pub next: String,
    pub facts: Vec<FactId>,
}

fn validate(file: AdvisoryFile) -> Result<Advisory, AdvisoryError> {
    let invalid = |msg: String| Err(AdvisoryError::Invalid(msg));
    let source_ids = unique_ids(file.sources.iter().map(|s| s.id.as_str()), "source")?;
    let fact_ids = unique_ids(file.facts.iter().map(|f| f.id.as_str()), "fact")?;
    unique_ids(file.milestones.iter().map(|m| m.id.as_str()), "milestone")?;

    // Code names facts by `FactId`: each must be here.
    if let Some(missing) = FactId::ALL
        .iter()
        .find(|id| !fact_ids.contains(id.as_str()))
    {
        return invalid(format!("fact {missing} is not defined"));
    }
    for fact in &file.facts {
        if fact.sources.is_empty() {
            return invalid(format!("fact {} has no source", fact.id));
        }
        if let Some(missing) = fact
            .sources
            .iter()
            .find(|s| !source_ids.contains(s.as_str()))
        {
            return invalid(format!(
                "fact {} names source \"{missing}\", which is not listed",
                fact.id
            ));
        }
    }
    if let Some(fact) = file.facts.iter().find(|f| checked_on(&f.checked).is_none()) {
        return invalid(format!(
            "fact {} was checked on \"{}\"; use YYYY-MM-DD or YYYY-MM",
            fact.id, fact.checked
        ));
    }
    if let Some(source) = file
        .sources
        .iter()
        .find(|s| parse_source_date(&s.date).is_none())
    {
        return invalid(format!(
            "source {} has the date \"{}\"; use YYYY-MM-DD, YYYY-MM, YYYY or ongoing",
            source.id, source.date
        ));
    }
    let mut milestones = Vec::with_capacity(file.milestones.len());
    for entry in file.milestones {
        if let Some(missing) = entry.facts.iter().find(|f| !fact_ids.contains(f.as_str())) {
            return invalid(format!(
                "milestone {} names fact \"{missing}\", which is not listed",
                entry.id
            ));
        }
        let when = match (entry.at, entry.date) {
            (Some(at), None) => When::At(at),
            (None, Some(day)) => When::Day(day),
            _ => {
                return invalid(format!(
                    "milestone {} needs exactly one of `at` and `date`",
                    entry.id
                ));
            }
        };
        milestones.push(Milestone {
            id: entry.id,
            kind: entry.kind,
            when,
            facts: entry.facts,
        });
    }
    milestones.sort_by_key(|m| m.when.instant());

    let cutoff = |kind: MilestoneKind, name: &str| -> Result<DateTime<Utc>, AdvisoryError> {
        let mut found = milestones.iter().filter(|m| m.kind == kind);
        match (found.next(), found.next()) {
            (Some(m), None) => match m.when {
                When::At(at) => Ok(at),
                When::Day(_) => Err(AdvisoryError::Invalid(format!(
                    "the {name} needs an exact instant (`at`)"
                ))),
            },
            (None, _) => Err(AdvisoryError::Invalid(format!("the {name} is missing"))),
            (Some(_), Some(_)) => Err(AdvisoryError::Invalid(format!(
                "the {name} is given more than once"
            ))),
        }
    };
    let sales_cutoff = cutoff(MilestoneKind::SalesCutoff, "new-sales cutoff")?;
    let updates_cutoff = cutoff(MilestoneKind::UpdatesCutoff, "updates cutoff")?;
    if sales_cutoff >= updates_cutoff {
        return invalid("the new-sales cutoff must come before the updates cutoff".to_owned());
    }

    let eastern = FixedOffset::east_opt(file.eastern_time.utc_offset_minutes * 60)
        .ok_or_else(|| AdvisoryError::Invalid("eastern_time offset is out of range".to_owned()))?;

    Ok(Advisory {
        vendor: file.vendor,
        milestones,
        facts: file.facts,
        sources: file.sources,
        eastern,
        eastern_abbreviation: file.eastern_time.abbreviation,
        sales_cutoff,
        updates_cutoff,
    })
}

fn unique_ids<'a>(
    ids: impl Iterator<Item = &'a str>,
    what: &str,
) -> Result<HashSet<&'a str>, AdvisoryError> {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(AdvisoryError::Invalid(format!(
                "{what} id \"{id}\" is used twice"
            )));
        }
    }
    Ok(seen)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    fn advisory() -> Advisory {
        Advisory::embedded().expect("the embedded advisory is valid")
    }

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().expect("test instant")
    }

    #[test]
    fn cutoffs_are_the_published_instants() {
        let a = advisory();
        assert_eq!(a.sales_cutoff(), utc("2024-07-20T04:00:00Z"));
        assert_eq!(a.updates_cutoff(), utc("2024-09-29T04:00:00Z"));
    }

    #[test]
    fn phase_changes_exactly_at_each_cutoff() {
        let a = advisory();
        let second = Duration::seconds(1);
        let sales = utc("2024-07-20T04:00:00Z");
        let updates = utc("2024-09-29T04:00:00Z");
        assert_eq!(a.phase_at(sales - second), Phase::BeforeSalesBan);
        assert_eq!(a.phase_at(sales), Phase::SalesBanned);
        assert_eq!(a.phase_at(sales + second), Phase::SalesBanned);
        assert_eq!(a.phase_at(updates - second), Phase::SalesBanned);
        assert_eq!(a.phase_at(updates), Phase::UpdatesEnded);
        assert_eq!(a.phase_at(updates + second), Phase::UpdatesEnded);
    }

    #[test]
    fn official_dates_are_eastern_calendar_days() {
        let a = advisory();
        let days: Vec<String> = a
            .milestones
            .iter()
            .map(|m| humanize::date(Lang::En, a.official_date(m)))
            .collect();
        assert_eq!(days, ["20 June 2024", "20 July 2024", "29 September 2024"]);
        assert_eq!(
            a.eastern_instant(Lang::En, a.updates_cutoff()),
            "29 September 2024, 12:00 a.m. EDT"
        );
    }

    #[test]
    fn headline_in_each_phase() {
        let a = advisory();
        let headline = |at| {
            a.standing(Lang::En, utc(at), Coverage::Covered, None)
                .headline
        };
        assert_eq!(
            headline("2024-07-15T04:00:00Z"),
            "Kaspersky can still be bought until 20 July 2024 (in 5 days), and it is updated until 29 September 2024."
        );
        assert_eq!(
            headline("2024-09-17T04:00:00Z"),
            "Kaspersky can no longer be bought. Its updates stop on 29 September 2024, in 12 days."
        );
        assert_eq!(
            headline("2026-11-29T04:00:00Z"),
            "Kaspersky's updates to U.S. customers ended on 29 September 2024, 2 years and 2 months ago."
        );
    }

    #[test]
    fn the_standing_follows_who_the_ban_covers() {
        let a = advisory();
        let now = utc("2026-11-28T12:00:00Z");
        let not_covered = a.standing(Lang::En, now, Coverage::NotCovered, None);
        assert!(
            not_covered
                .headline
                .starts_with("The U.S. ban on Kaspersky does not apply to you"),
            "{}",
            not_covered.headline
        );
        assert!(
            not_covered.next.contains("Kaspersky says"),
            "{}",
            not_covered.next
        );
        assert!(
            not_covered.next.contains("Google Play"),
            "{}",
            not_covered.next
        );
        assert_eq!(not_covered.facts, [FactId::F21, FactId::F22, FactId::F23]);
        let unknown = a.standing(Lang::En, now, Coverage::Unknown, None);
        assert!(
            unknown
                .headline
                .contains("U.S. citizens and permanent residents"),
            "{}",
            unknown.headline
        );
        assert!(unknown.next.contains("Kaspersky says"), "{}", unknown.next);
        for lang in Lang::ALL {
            for coverage in Coverage::ALL {
                let standing = a.standing(lang, now, coverage, None);
                assert!(!standing.headline.is_empty() && !standing.next.is_empty());
                for id in &standing.facts {
                    assert!(a.fact(*id).is_some(), "{id}");
                }
            }
        }
    }

    #[test]
    fn articles_are_linked_themselves_or_said_to_be_unlinked() {
        let a = advisory();
        // The labs are sources as sites: their tests, not one article.
        let sites = ["av-test", "av-comparatives"];
        for source in a.sources.iter().filter(|s| !sites.contains(&s.id.as_str())) {
            let Some(url) = &source.url else {
                continue;
            };
            let path = url
                .trim_start_matches("https://")
                .split_once('/')
                .map_or("", |(_, path)| path);
            assert!(path.len() > 3, "{} links a home page: {url}", source.id);
        }
        let pcworld = a.source("pcworld").expect("pcworld");
        assert_eq!(pcworld.url, None);
        assert_eq!(pcworld.address(Lang::En), "(article not linked)");
        assert_eq!(pcworld.address(Lang::Es), "(artículo sin enlace)");
        assert_eq!(
            a.source("seed-viva").and_then(|s| s.url.as_deref()),
            Some(
                "https://viva.co.id/digital/digilife/1726362-dilarang-mendag-jualan-kaspersky-enggak-ngaruh"
            )
        );
    }

    #[test]
    fn every_fact_and_milestone_resolves_to_sources() {
        let a = advisory();
        for m in &a.milestones {
            for f in &m.facts {
                let fact = a.fact(*f).expect("milestone fact exists");
                assert!(!a.sources_of(&[fact]).is_empty(), "{f} has sources");
            }
        }
        for topic in [Topic::Legal, Topic::Scope, Topic::Advice, Topic::After] {
            assert!(a.facts_about(topic).count() > 0, "{topic:?} has facts");
        }
    }

    fn replace(from: &str, to: &str) -> Result<Advisory, AdvisoryError> {
        assert!(EMBEDDED.contains(from), "fixture text {from:?} present");
        Advisory::parse(&EMBEDDED.replacen(from, to, 1))
    }

    #[test]
    fn cutoffs_out_of_order_are_rejected() {
        let err = replace("2024-07-20T04:00:00Z", "2024-10-01T04:00:00Z").expect_err("refused");
        assert_eq!(
            err,
            AdvisoryError::Invalid(
                "the new-sales cutoff must come before the updates cutoff".into()
            )
        );
    }

    #[test]
    fn unknown_source_is_rejected() {
        let err =
            replace("sources = [\"techzine\"]", "sources = [\"nowhere\"]").expect_err("refused");
        assert!(err.to_string().contains("\"nowhere\""), "{err}");
    }

    #[test]
    fn a_fact_without_the_day_it_was_checked_is_rejected() {
        let first = "sources = [\"bis-press\", \"bis-kaspersky\"]\nchecked = \"2026-11\"";
        let err =
            replace(first, "sources = [\"bis-press\", \"bis-kaspersky\"]").expect_err("refused");
        assert!(err.to_string().contains("checked"), "{err}");
        let err = replace(
            first,
            "sources = [\"bis-press\", \"bis-kaspersky\"]\nchecked = \"soon\"",
        )
        .expect_err("refused");
        assert!(err.to_string().contains("fact F1"), "{err}");
    }

    #[test]
    fn the_facts_date_is_said_and_a_stale_one_is_warned_of() {
        let advisory = Advisory::embedded().expect("advisory");
        let now: DateTime<Utc> = "2026-12-05T12:00:00Z".parse().expect("now");
        let (day, line) = advisory.facts_checked(Lang::En, now);
        assert_eq!(day, NaiveDate::from_ymd_opt(2026, 12, 31).expect("day"));
        assert_eq!(line, "Facts checked in December 2026.");
        let (_, es) = advisory.facts_checked(Lang::Es, now);
        assert_eq!(es, "Datos comprobados en diciembre de 2026.");
        let later: DateTime<Utc> = "2027-07-01T12:00:00Z".parse().expect("later");
        let (_, old) = advisory.facts_checked(Lang::En, later);
        assert!(old.contains("more than six months ago"), "{old}");
        assert!(old.contains("A newer version of AV Switch"), "{old}");
    }

    #[test]
    fn unknown_fact_is_rejected() {
        let err = replace("facts = [\"F3\"]", "facts = [\"F99\"]").expect_err("refused");
        assert!(err.to_string().contains("F99"), "{err}");
    }

    #[test]
    fn missing_cutoff_is_rejected() {
        let err =
            replace("kind = \"updates_cutoff\"", "kind = \"announcement\"").expect_err("refused");
        assert_eq!(
            err,
            AdvisoryError::Invalid("the updates cutoff is missing".into())
        );
    }

    #[test]
    fn broken_syntax_and_bad_instants_are_errors() {
        assert!(matches!(
            Advisory::parse("title = [unclosed"),
            Err(AdvisoryError::Syntax(_))
        ));
        assert!(matches!(
            replace("2024-09-29T04:00:00Z", "the day after tomorrow"),
            Err(AdvisoryError::Syntax(_))
        ));
        assert!(matches!(Advisory::parse(""), Err(AdvisoryError::Syntax(_))));
    }
}
