//! The plan over every situation: a matrix of systems, findings, choices,
//! coverage and checks, each cell held to the same invariants; then a few
//! cells spelled out.

use chrono::{DateTime, NaiveDate, Utc};

use super::*;
use crate::advisory::{Advisory, Phase};
use crate::situation::{Definitions, Machine, Windows10Dates, built_in_name};

fn now() -> DateTime<Utc> {
    "2026-11-28T12:00:00Z".parse().expect("now")
}

fn av(id: &str, name: &str, active: bool, definitions: Definitions) -> Antivirus {
    Antivirus {
        id: ProductId::from_name(id),
        name: name.to_owned(),
        kaspersky: id.starts_with("kaspersky"),
        replacement: id == "ultraav",
        built_in: matches!(id, "microsoft-defender" | "xprotect"),
        active,
        definitions,
        last_update: Some(now()),
        settings: Vec::new(),
    }
}

/// What a check found, one row of the matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Found {
    Nothing,
    KasperskyStale,
    KasperskyCurrent,
    KasperskyOff,
    SeveralKaspersky,
    UltraAvInstead,
    OtherCurrent,
    OtherStale,
}

const FOUND: [Found; 8] = [
    Found::Nothing,
    Found::KasperskyStale,
    Found::KasperskyCurrent,
    Found::KasperskyOff,
    Found::SeveralKaspersky,
    Found::UltraAvInstead,
    Found::OtherCurrent,
    Found::OtherStale,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scan {
    Done,
    NotRun,
    AllFailed,
}

/// The non-Kaspersky anti-virus a system typically has.
fn other(os: Os) -> (&'static str, &'static str) {
    match os {
        Os::Windows => ("bitdefender", "Bitdefender"),
        Os::MacOs => ("xprotect", "XProtect"),
        _ => ("clamav", "ClamAV"),
    }
}

fn machine(os: Os, found: Found) -> Machine {
    use Definitions::{Current, Stale};
    let kaspersky = |active, defs| av("kaspersky", "Kaspersky Standard", active, defs);
    let (other_id, other_name) = other(os);
    let antivirus = match found {
        Found::Nothing => vec![],
        Found::KasperskyStale | Found::SeveralKaspersky => vec![kaspersky(true, Stale)],
        Found::KasperskyCurrent => vec![kaspersky(true, Current)],
        Found::KasperskyOff => vec![kaspersky(false, Definitions::Unknown)],
        Found::UltraAvInstead => vec![av("ultraav", "UltraAV", true, Current)],
        Found::OtherCurrent => vec![av(other_id, other_name, true, Current)],
        Found::OtherStale => vec![av(other_id, other_name, false, Stale)],
    };
    Machine {
        checked: Checked::Done,
        kaspersky: antivirus.iter().any(|a| a.kaspersky),
        antivirus,
        ..Machine::default()
    }
}

fn choices() -> [Option<Choice>; 5] {
    [
        None,
        Some(Choice::BuiltIn),
        Some(Choice::Product(ProductId::Bitdefender)),
        Some(Choice::Other("Example AV".into())),
        Some(Choice::KeepReplacement),
    ]
}

fn chosen_name(os: Os, choice: &Option<Choice>) -> Option<String> {
    match choice {
        Some(Choice::BuiltIn) => Some(built_in_name(os).to_owned()),
        Some(Choice::Product(_)) => Some("Bitdefender".into()),
        Some(Choice::Other(name)) => Some(name.clone()),
        Some(Choice::KeepReplacement) => Some("UltraAV".into()),
        None => None,
    }
}

fn situation(
    os: Os,
    found: Found,
    choice: Option<Choice>,
    coverage: Coverage,
    scan: Scan,
) -> Situation {
    let machine = match scan {
        Scan::Done => machine(os, found),
        Scan::NotRun => Machine::default(),
        Scan::AllFailed => Machine {
            checked: Checked::Failed,
            ..Machine::default()
        },
    };
    let checked = scan == Scan::Done;
    let kaspersky = checked && machine.kaspersky().is_some();
    Situation {
        os,
        phase: Phase::UpdatesEnded,
        coverage,
        kaspersky_here: kaspersky || (checked && found == Found::UltraAvInstead),
        kaspersky_antivirus_here: kaspersky,
        managed: false,
        ultraav_here: checked && found == Found::UltraAvInstead,
        devices: vec![Device::Android, Device::Iphone],
        companions: if checked && found == Found::SeveralKaspersky {
            vec![Companion::PasswordManager]
        } else {
            Vec::new()
        },
        renewal: Some(Renewal::NotSure),
        chosen_name: chosen_name(os, &choice),
        choice,
        machine,
        leftovers: Vec::new(),
        windows_10: Windows10Dates::of(&Advisory::embedded().expect("advisory")),
    }
}

/// Every situation of the matrix, with a label for failures.
fn matrix() -> Vec<(String, Situation)> {
    let mut cells = Vec::new();
    for os in [Os::Windows, Os::MacOs, Os::Linux] {
        for found in FOUND {
            for choice in choices() {
                for coverage in Coverage::ALL {
                    for scan in [Scan::Done, Scan::NotRun, Scan::AllFailed] {
                        if scan != Scan::Done && found != Found::Nothing {
                            continue; // without a check, nothing was found
                        }
                        let label = format!("{os:?} {found:?} {choice:?} {coverage:?} {scan:?}");
                        let cell = situation(os, found, choice.clone(), coverage, scan);
                        if scan == Scan::Done && found == Found::Nothing {
                            // After the switch: everything ever left behind.
                            let left = Situation {
                                leftovers: LeftoverKind::ALL.to_vec(),
                                ..cell.clone()
                            };
                            cells.push((format!("{label} with leftovers"), left));
                        }
                        cells.push((label, cell));
                    }
                }
            }
        }
    }
    cells
}

/// Where the first button of an item that opens something leads.
fn opens(item: &Item) -> Option<&str> {
    item.actions.iter().find_map(|a| match &a.does {
        Do::Open(target) => Some(target.as_str()),
        _ => None,
    })
}

fn ids(plan: &Plan) -> Vec<&str> {
    plan.items().map(|i| i.id.as_str()).collect()
}

fn position(plan: &Plan, id: &str) -> Option<usize> {
    ids(plan).iter().position(|i| *i == id)
}

/// The spec's own words, independent of the code: the check confirms exactly
/// one active anti-virus with current definitions, the one to keep, and
/// nothing has to go.
fn confirmed_protected(s: &Situation) -> bool {
    let active: Vec<&Antivirus> = s.machine.active().collect();
    let [one] = active.as_slice() else {
        return false;
    };
    let kaspersky_left =
        s.machine.kaspersky && (s.coverage != Coverage::NotCovered || s.choice.is_some());
    let ultraav_must_go =
        s.ultraav_here && s.choice.is_some() && s.choice != Some(Choice::KeepReplacement);
    let keeps_it = match &s.choice {
        None => !one.kaspersky || s.coverage == Coverage::NotCovered,
        Some(_) => s.chosen_name.as_deref() == Some(one.name.as_str()),
    };
    s.machine.checked == Checked::Done
        && one.is_current()
        && keeps_it
        && !kaspersky_left
        && !ultraav_must_go
}

/// Texts that state the ban's consequences to the reader.
fn consequence_texts(lang: Lang) -> Vec<String> {
    [
        "plan-updates-covered",
        "plan-updates-covered-current",
        "plan-updates-unknown",
    ]
    .iter()
    .map(|key| lang.text(key, &[]))
    .collect()
}

fn all_text(plan: &Plan) -> String {
    plan.items()
        .flat_map(|i| [&i.title, &i.why].into_iter().chain(&i.steps))
        .cloned()
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every invariant the issue names, for one cell; `Err` says which broke.
fn check_cell(s: &Situation, plan: &Plan, lang: Lang) -> Result<(), String> {
    let ids = ids(plan);
    if plan.is_empty() {
        return Err("the plan is empty".into());
    }
    if s.machine.checked != Checked::Done && ids.first() != Some(&"check-computer") {
        return Err(format!(
            "no check yet, but the plan starts with {:?}",
            ids.first()
        ));
    }
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    if unique.len() != ids.len() {
        return Err(format!("repeated ids: {ids:?}"));
    }
    let stages: Vec<Stage> = plan.items().map(|i| i.stage).collect();
    if stages.windows(2).any(|w| w[0] > w[1]) {
        return Err(format!("out of the safe order: {stages:?} {ids:?}"));
    }
    if plan
        .items()
        .any(|i| i.why.is_empty() || i.steps.is_empty() || i.title.is_empty())
    {
        return Err("an item without its title, why or steps".into());
    }
    let has_stage = |stage| plan.items().any(|i| i.stage == stage);
    if !confirmed_protected(s) {
        // XProtect is always on, updated with macOS; an installed ClamAV
        // scans when asked: neither has anything to turn on.
        let always_on = ids.contains(&"macos-updates")
            || (ids.contains(&"update-clamav")
                && s.machine.find(Some(ProductId::ClamAv), "").is_some());
        if !always_on && !has_stage(Stage::Protect) {
            return Err(format!("nothing gets or turns on protection: {ids:?}"));
        }
        if !has_stage(Stage::Update) || !ids.contains(&"check-again") {
            return Err(format!("no update or no check again: {ids:?}"));
        }
        if (s.choice.is_none()) != ids.contains(&"choose-replacement") {
            return Err(format!("choose item and choice disagree: {ids:?}"));
        }
    }
    let kaspersky_must_go =
        s.kaspersky_here && (s.coverage != Coverage::NotCovered || s.choice.is_some());
    if kaspersky_must_go != ids.contains(&"uninstall-kaspersky") {
        return Err(format!(
            "Kaspersky's removal and the situation disagree: {ids:?}"
        ));
    }
    // A plan that keeps Kaspersky never promises a check that finds it gone.
    let gone = lang.text("item-check-again.why", &[]);
    if !kaspersky_must_go && s.kaspersky_here && all_text(plan).contains(&gone) {
        return Err(format!(
            "keeps Kaspersky, yet checks that it is gone: {ids:?}"
        ));
    }
    // Installed products are never told to be installed.
    let chosen_id = match &s.choice {
        Some(Choice::BuiltIn) => Some(built_in_id(s.os)),
        Some(Choice::Product(id)) => Some(*id),
        Some(Choice::KeepReplacement) => Some(ProductId::UltraAv),
        _ => None,
    };
    let chosen_installed = s
        .machine
        .find(chosen_id, s.chosen_name.as_deref().unwrap_or(""))
        .is_some();
    if chosen_installed
        && [
            "install-replacement",
            "install-clamav",
            "download-replacement",
        ]
        .iter()
        .any(|id| ids.contains(id))
    {
        return Err(format!("an installed product is to be installed: {ids:?}"));
    }
    let text = all_text(plan);
    let told = consequence_texts(lang)
        .into_iter()
        .find(|c| text.contains(c.as_str()));
    if let (Coverage::NotCovered, Some(said)) = (s.coverage, told) {
        return Err(format!(
            "ban consequences told to a person not covered: {said}"
        ));
    }
    let kaspersky_current = s.machine.kaspersky().is_some_and(Antivirus::is_current);
    let no_updates = lang.text("plan-updates-covered", &[]);
    if kaspersky_current && text.contains(&no_updates) {
        return Err("\"no updates\" beside Kaspersky's recent update".into());
    }
    // The ban's reach is said only to a person it covers.
    if s.coverage == Coverage::NotCovered && lang == Lang::En && text.contains("part of the ban") {
        return Err("\"part of the ban\" told to a person not covered".into());
    }
    // No step is given twice.
    let mut steps: Vec<&String> = plan.items().flat_map(|i| &i.steps).collect();
    steps.sort_unstable();
    if let Some(twice) = steps.windows(2).find(|w| w[0] == w[1]) {
        return Err(format!("a step given twice: {}", twice[0]));
    }
    // Each system's items cite their own system's sources only.
    let advisory = crate::advisory::Advisory::embedded().map_err(|e| e.to_string())?;
    let foreign = match s.os {
        Os::Windows => Some("apple-xprotect"),
        Os::MacOs => Some("defender-compat"),
        _ => None,
    };
    for item in plan.items() {
        // Every fact an item cites is one the advisory has: a mistyped id
        // would show no source.
        if let Some(missing) = item.facts.iter().find(|id| advisory.fact(**id).is_none()) {
            return Err(format!(
                "{} cites {missing}, which the advisory lacks",
                item.id
            ));
        }
        let cites = item
            .facts
            .iter()
            .filter_map(|id| advisory.fact(*id))
            .any(|f| foreign.is_some_and(|source| f.sources.iter().any(|s| s == source)));
        if cites {
            return Err(format!("{} cites another system's source", item.id));
        }
    }
    // Keeping UltraAV keeps its subscription: nothing tells to cancel it.
    if s.choice == Some(Choice::KeepReplacement) && ids.contains(&"cancel-renewal") {
        return Err("renewal cancelled for the product kept".into());
    }
    Ok(())
}

#[test]
fn every_cell_of_the_matrix_holds_every_invariant_in_every_language() {
    let cells = matrix();
    assert!(cells.len() > 400, "{}", cells.len());
    for lang in Lang::ALL {
        for (label, s) in &cells {
            let plan = build(s, lang);
            if let Err(broken) = check_cell(s, &plan, lang) {
                panic!("{label} ({lang:?}): {broken}");
            }
        }
    }
}

#[test]
fn the_invariants_catch_a_broken_plan() {
    // Each deliberate break of a good plan must be caught.
    let s = situation(
        Os::Windows,
        Found::KasperskyStale,
        None,
        Coverage::Covered,
        Scan::Done,
    );
    let good = build(&s, Lang::En);
    assert_eq!(check_cell(&s, &good, Lang::En), Ok(()));
    let without = |id: &str| {
        let mut plan = good.clone();
        for section in &mut plan.sections {
            section.items.retain(|i| i.id != id);
        }
        plan
    };
    for id in [
        "uninstall-kaspersky",
        "update-definitions",
        "check-again",
        "choose-replacement",
    ] {
        assert!(check_cell(&s, &without(id), Lang::En).is_err(), "{id}");
    }
    let mut reversed = good.clone();
    reversed.sections.reverse();
    assert!(check_cell(&s, &reversed, Lang::En).is_err(), "order");
    assert!(check_cell(&s, &Plan { sections: vec![] }, Lang::En).is_err());
}

mod items;
mod situations;
