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
        id: id.to_owned(),
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
        Some(Choice::Product("bitdefender".into())),
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
            || (ids.contains(&"update-clamav") && s.machine.find(Some("clamav"), "").is_some());
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
        Some(Choice::Product(id)) => Some(id.as_str()),
        Some(Choice::KeepReplacement) => Some("ultraav"),
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
        let cites = item
            .facts
            .iter()
            .filter_map(|id| advisory.fact(id))
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

#[test]
fn kaspersky_with_password_manager_and_renewal_on_windows() {
    let mut s = situation(
        Os::Windows,
        Found::SeveralKaspersky,
        Some(Choice::Product("bitdefender".into())),
        Coverage::Covered,
        Scan::Done,
    );
    s.renewal = Some(Renewal::Yes);
    s.devices.clear();
    let plan = build(&s, Lang::En);
    assert_eq!(
        ids(&plan),
        [
            "export-passwords",
            "import-passwords",
            "delete-export",
            "note-subscription",
            "download-replacement",
            "check-quarantine",
            "cancel-renewal",
            "uninstall-kaspersky",
            "kavremover",
            "restart",
            "install-replacement",
            "update-definitions",
            "check-again",
        ]
    );
    let item = |id: &str| plan.items().find(|i| i.id == id).expect(id);
    assert_eq!(
        item("download-replacement").title,
        "Download Bitdefender from its maker's own website"
    );
    let uninstall = item("uninstall-kaspersky");
    assert_eq!(opens(uninstall), Some("ms-settings:appsfeatures"));
    assert_eq!(uninstall.confirm, Some(Confirm::NoKaspersky));
    assert!(uninstall.why.contains("United States"), "{}", uninstall.why);
}

#[test]
fn no_check_yet_starts_with_the_check_and_still_plans_the_whole_path() {
    let s = situation(
        Os::Linux,
        Found::Nothing,
        None,
        Coverage::Unknown,
        Scan::NotRun,
    );
    let plan = build(&s, Lang::En);
    assert_eq!(
        ids(&plan)[..2],
        ["check-computer", "choose-replacement"],
        "{:?}",
        ids(&plan)
    );
    let check = plan.items().next().expect("first item");
    assert_eq!(opens(check), Some("avswitch:check"));
    assert!(ids(&plan).contains(&"check-again"));
}

#[test]
fn installed_clamav_with_old_definitions_is_updated_not_installed() {
    let s = situation(
        Os::Linux,
        Found::OtherStale,
        Some(Choice::BuiltIn),
        Coverage::Covered,
        Scan::Done,
    );
    let plan = build(&s, Lang::En);
    let ids = ids(&plan);
    assert!(ids.contains(&"update-clamav"), "{ids:?}");
    assert!(!ids.contains(&"install-clamav"), "{ids:?}");
    let update = plan
        .items()
        .find(|i| i.id == "update-clamav")
        .expect("update");
    assert!(update.steps.iter().any(|s| s.contains("sudo freshclam")));
    assert!(update.steps.iter().any(|s| s.contains("clamav-update")));
    // Nothing chosen yet: the same machine still gets a plan to make it current.
    let undecided = Situation {
        choice: None,
        chosen_name: None,
        ..s
    };
    let ids_undecided: Vec<String> = build(&undecided, Lang::En)
        .items()
        .map(|i| i.id.clone())
        .collect();
    assert!(
        ids_undecided.contains(&"update-clamav".to_owned()),
        "{ids_undecided:?}"
    );
}

#[test]
fn a_person_not_covered_with_current_kaspersky_gets_a_short_optional_plan() {
    let s = situation(
        Os::Windows,
        Found::KasperskyCurrent,
        None,
        Coverage::NotCovered,
        Scan::Done,
    );
    let plan = build(&s, Lang::En);
    assert_eq!(
        ids(&plan),
        ["switching-optional", "keep-updating", "android-check"]
    );
    let first = plan.items().next().expect("first");
    assert!(
        first.title.contains("Switching is your choice"),
        "{}",
        first.title
    );
    // Once they choose something else, the whole switch is planned.
    let switching = Situation {
        choice: Some(Choice::BuiltIn),
        chosen_name: Some(built_in_name(Os::Windows).into()),
        ..s
    };
    let ids_switching: Vec<String> = build(&switching, Lang::En)
        .items()
        .map(|i| i.id.clone())
        .collect();
    for id in [
        "uninstall-kaspersky",
        "confirm-defender",
        "update-defender",
        "check-again",
    ] {
        assert!(
            ids_switching.contains(&id.to_owned()),
            "{id}: {ids_switching:?}"
        );
    }
}

#[test]
fn protected_without_kaspersky_keeps_it_up_to_date() {
    let s = Situation {
        renewal: None,
        ..situation(
            Os::Windows,
            Found::OtherCurrent,
            None,
            Coverage::Covered,
            Scan::Done,
        )
    };
    let plan = build(&s, Lang::En);
    assert_eq!(
        ids(&plan),
        [
            "keep-updating",
            "android-remove",
            "android-protect",
            "iphone-remove"
        ]
    );
    assert!(
        plan.items()
            .next()
            .is_some_and(|i| i.title.contains("Bitdefender"))
    );
}

#[test]
fn linux_never_offers_a_windows_installer() {
    let s = situation(
        Os::Linux,
        Found::KasperskyStale,
        Some(Choice::Other("Example AV".into())),
        Coverage::Covered,
        Scan::Done,
    );
    let plan = build(&s, Lang::En);
    let text = all_text(&plan);
    assert!(!text.contains("installer you downloaded"), "{text}");
    assert!(!ids(&plan).contains(&"kavremover"));
    let uninstall = plan
        .items()
        .find(|i| i.id == "uninstall-kaspersky")
        .expect("uninstall");
    assert!(
        uninstall
            .steps
            .iter()
            .any(|s| s.contains("apt remove kesl"))
    );
}

#[test]
fn kaspersky_updated_yesterday_is_never_called_without_updates() {
    let s = situation(
        Os::Windows,
        Found::KasperskyCurrent,
        None,
        Coverage::Covered,
        Scan::Done,
    );
    let plan = build(&s, Lang::En);
    let uninstall = plan
        .items()
        .find(|i| i.id == "uninstall-kaspersky")
        .expect("uninstall");
    assert!(
        uninstall.why.contains("can stop at any time"),
        "{}",
        uninstall.why
    );
    // The password trap's facts (Windows), then the ban's.
    assert_eq!(uninstall.facts, ["F38", "F39", "F4", "F25"]);
}

#[test]
fn ultraav_in_kaspersky_place_kept_or_removed() {
    let keep = situation(
        Os::Windows,
        Found::UltraAvInstead,
        Some(Choice::KeepReplacement),
        Coverage::Covered,
        Scan::Done,
    );
    let ids_keep: Vec<String> = build(&keep, Lang::En)
        .items()
        .map(|i| i.id.clone())
        .collect();
    assert!(ids_keep.contains(&"check-ultraav-billing".to_owned()));
    assert!(!ids_keep.contains(&"remove-ultraav".to_owned()));
    let switch = Situation {
        choice: Some(Choice::BuiltIn),
        chosen_name: Some(built_in_name(Os::Windows).into()),
        ..keep
    };
    let plan = build(&switch, Lang::En);
    let removed = position(&plan, "remove-ultraav").expect("remove UltraAV");
    let defender = position(&plan, "confirm-defender").expect("Defender");
    assert!(
        removed < defender,
        "removed before the built-in one is turned on"
    );
}

#[test]
fn what_was_left_behind_gets_an_item_per_kind_with_its_source() {
    let s = Situation {
        leftovers: LeftoverKind::ALL.to_vec(),
        ..situation(
            Os::Windows,
            Found::Nothing,
            Some(Choice::BuiltIn),
            Coverage::Covered,
            Scan::Done,
        )
    };
    let plan = build(&s, Lang::En);
    let section = plan
        .sections
        .iter()
        .find(|s| s.id == "left-behind")
        .expect("a section");
    assert_eq!(section.title, "Clear away what was left behind");
    let ids: Vec<&str> = section.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "leftover-registration",
            "leftover-certificate",
            "leftover-extension",
            "leftover-services",
            "leftover-registry",
            "leftover-folders"
        ]
    );
    for item in &section.items {
        assert!(!item.facts.is_empty(), "{} has a source", item.id);
        assert_eq!(item.stage, Stage::CleanUp);
        assert!(matches!(item.confirm, Some(Confirm::NoLeftover(_))));
    }
    assert!(section.items[0].title.starts_with("Nothing to uninstall"));
    assert!(section.items[1].steps[0].contains("Manage computer certificates"));
    let services = &section.items[3];
    assert!(services.title.contains("kavremover"));
    assert_eq!(
        opens(services),
        Some("https://support.kaspersky.com/common/uninstall/1464")
    );

    let mac = Situation {
        leftovers: vec![LeftoverKind::Certificate],
        ..situation(
            Os::MacOs,
            Found::Nothing,
            Some(Choice::BuiltIn),
            Coverage::Covered,
            Scan::Done,
        )
    };
    let item = build(&mac, Lang::Es)
        .items()
        .find(|i| i.id == "leftover-certificate")
        .cloned()
        .expect("the item");
    assert!(
        item.steps[0].contains("Acceso a Llaveros"),
        "{:?}",
        item.steps
    );
}

#[test]
fn a_clean_machine_has_nothing_to_clear_away() {
    for os in [Os::Windows, Os::MacOs, Os::Linux] {
        let s = situation(
            os,
            Found::Nothing,
            Some(Choice::BuiltIn),
            Coverage::Covered,
            Scan::Done,
        );
        let plan = build(&s, Lang::En);
        assert!(plan.sections.iter().all(|s| s.id != "left-behind"));
    }
}

#[test]
fn a_leftover_item_is_confirmed_once_a_complete_check_no_longer_finds_it() {
    use crate::detect::Leftover;
    use crate::detect::probe::Evidence;
    let mut report = crate::detect::ScanReport::stopped(now(), crate::msg!("probe-all"));
    let confirm = Confirm::NoLeftover(LeftoverKind::Certificate);
    assert!(!confirm.holds(&report), "a failed check confirms nothing");
    report.failures.clear();
    report.leftovers.push(Leftover {
        kind: LeftoverKind::Certificate,
        product: "kaspersky".into(),
        evidence: Evidence::new("probe-certificates", crate::msg!("probe-all")),
    });
    assert!(!confirm.holds(&report));
    report.leftovers.clear();
    assert!(confirm.holds(&report));
}

fn removable(id: &str, name: &str, uninstaller: Option<&str>, packages: &[&str]) -> Removable {
    Removable {
        id: id.to_owned(),
        name: name.to_owned(),
        uninstaller: uninstaller.map(str::to_owned),
        packages: packages.iter().map(|p| (*p).to_owned()).collect(),
    }
}

fn item<'a>(plan: &'a Plan, id: &str) -> &'a Item {
    plan.items()
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("no {id} in {:?}", ids(plan)))
}

#[test]
fn a_computer_an_employer_manages_asks_its_it_first_and_keeps_to_the_ban() {
    let mut s = situation(
        Os::Windows,
        Found::KasperskyStale,
        None,
        Coverage::Covered,
        Scan::Done,
    );
    s.managed = true;
    s.renewal = Some(Renewal::Yes);
    let plan = build(&s, Lang::En);
    let ids = ids(&plan);
    assert_eq!(ids[0], "ask-it", "{ids:?}");
    let ask = item(&plan, "ask-it");
    assert!(
        ask.why.contains("United States"),
        "the ban explained: {}",
        ask.why
    );
    assert_eq!(ask.facts, ["F4"]);
    for consumer_only in [
        "note-subscription",
        "cancel-renewal",
        "check-quarantine",
        "kavremover",
        "check-ultraav-billing",
    ] {
        assert!(!ids.contains(&consumer_only), "{consumer_only}: {ids:?}");
    }
    let uninstall = item(&plan, "uninstall-kaspersky");
    assert!(
        uninstall.actions.is_empty(),
        "no Uninstall Windows does not offer"
    );
    assert!(
        uninstall.title.contains("whoever manages"),
        "{}",
        uninstall.title
    );
}

#[test]
fn the_network_agent_alone_gets_no_anti_virus_steps() {
    let mut s = situation(
        Os::Windows,
        Found::OtherCurrent,
        Some(Choice::BuiltIn),
        Coverage::Covered,
        Scan::Done,
    );
    s.kaspersky_here = true;
    s.kaspersky_antivirus_here = false;
    s.managed = true;
    s.machine.kaspersky = true;
    let plan = build(&s, Lang::En);
    let ids = ids(&plan);
    for about_an_antivirus in ["check-quarantine", "note-subscription", "cancel-renewal"] {
        assert!(
            !ids.contains(&about_an_antivirus),
            "{about_an_antivirus}: {ids:?}"
        );
    }
    assert!(ids.contains(&"ask-it"), "{ids:?}");
}

#[test]
fn confirmed_only_by_the_very_product_in_that_very_state() {
    use crate::detect::{Finding, SignatureStatus, Signatures, State};
    let finding = |id: &str, state: State, status: SignatureStatus| Finding {
        id: id.to_owned(),
        name: id.to_owned(),
        vendor: String::new(),
        kind: crate::detect::catalog::Kind::Antivirus,
        state,
        decided_by: None,
        version: None,
        signatures: Signatures {
            status,
            last_update: Some(now()),
            version: None,
        },
        affected: false,
        auto_replacement: id == "ultraav",
        built_in: id == "microsoft-defender",
        managed: false,
        uninstaller: None,
        packages: Vec::new(),
        settings: Vec::new(),
        evidence: Vec::new(),
    };
    let s = situation(
        Os::Windows,
        Found::UltraAvInstead,
        Some(Choice::BuiltIn),
        Coverage::Covered,
        Scan::Done,
    );
    let plan = build(&s, Lang::En);
    let defender = item(&plan, "confirm-defender");
    let mut report = crate::detect::ScanReport::stopped(now(), crate::msg!("probe-all"));
    report.failures.clear();
    report.findings = vec![
        finding("ultraav", State::On, SignatureStatus::UpToDate),
        finding("microsoft-defender", State::Off, SignatureStatus::UpToDate),
    ];
    assert!(
        !defender.confirmed_by(Some(&report)),
        "UltraAV on does not confirm Defender"
    );
    report.findings[1].state = State::On;
    report.findings[1].signatures.status = SignatureStatus::OutOfDate;
    assert!(!defender.confirmed_by(Some(&report)), "on but out of date");
    report.findings[1].signatures.status = SignatureStatus::UpToDate;
    assert!(defender.confirmed_by(Some(&report)));
    let ultraav_gone = item(&plan, "remove-ultraav");
    assert!(!ultraav_gone.confirmed_by(Some(&report)));
    report.findings.remove(0);
    assert!(ultraav_gone.confirmed_by(Some(&report)));
}

#[test]
fn ultraav_alone_is_removed_under_its_own_name() {
    let s = Situation {
        kaspersky_here: false,
        ..situation(
            Os::Windows,
            Found::UltraAvInstead,
            Some(Choice::BuiltIn),
            Coverage::Covered,
            Scan::Done,
        )
    };
    let plan = build(&s, Lang::En);
    let section = plan
        .sections
        .iter()
        .find(|s| s.id == "remove")
        .expect("removal");
    assert_eq!(section.title, "Remove UltraAV");
    let keep = Situation {
        choice: Some(Choice::KeepReplacement),
        chosen_name: Some("UltraAV".into()),
        renewal: Some(Renewal::Yes),
        ..s
    };
    let ids_keep: Vec<String> = build(&keep, Lang::En)
        .items()
        .map(|i| i.id.clone())
        .collect();
    assert!(
        !ids_keep.contains(&"cancel-renewal".to_owned()),
        "{ids_keep:?}"
    );
}

#[test]
fn windows_10_gets_its_own_item_with_its_source_and_windows_11_none() {
    use crate::detect::parse::windows::WindowsVersion;
    let version = |build| WindowsVersion {
        build,
        edition: Some("Core".into()),
        release: None,
        product_name: Some("Windows 10 Home".into()),
        server: false,
    };
    let mut s = situation(
        Os::Windows,
        Found::OtherCurrent,
        None,
        Coverage::Covered,
        Scan::Done,
    );
    s.machine.windows = Some(version(19045));
    for lang in Lang::ALL {
        let plan = build(&s, lang);
        let ten = item(&plan, "windows-10");
        assert_eq!(ten.facts, ["F31"]);
        assert!(ten.why.contains("2028"), "{}", ten.why);
        // The end of its Extended Security Updates, as the advisory has it,
        // in the language's own words; never "no longer gets updates".
        let esu = crate::humanize::date(lang, NaiveDate::from_ymd_opt(2027, 10, 12).expect("day"));
        assert!(ten.why.contains(&esu), "{lang:?}: {}", ten.why);
        assert!(ten.steps.iter().any(|step| step.contains("Windows Update")));
    }
    let en = item(&build(&s, Lang::En), "windows-10").clone();
    assert!(en.why.contains("only if it is enrolled"), "{}", en.why);
    assert!(
        !en.why.contains("no longer gets security updates"),
        "{}",
        en.why
    );
    // The date is data: another advisory, another date, the same sentence.
    let mut later = s.clone();
    later.windows_10 = later.windows_10.map(|d| Windows10Dates {
        esu_end: NaiveDate::from_ymd_opt(2028, 10, 10).expect("day"),
        ..d
    });
    assert!(
        item(&build(&later, Lang::En), "windows-10")
            .why
            .contains("10 October 2028")
    );
    s.machine.windows = Some(version(22631));
    assert!(build(&s, Lang::En).items().all(|i| i.id != "windows-10"));
    // A Windows whose version could not be read gets no such item.
    s.machine.windows = None;
    assert!(build(&s, Lang::En).items().all(|i| i.id != "windows-10"));
}

#[test]
fn each_system_gets_its_own_buttons_for_removal() {
    let mut s = situation(
        Os::Windows,
        Found::KasperskyStale,
        Some(Choice::BuiltIn),
        Coverage::Covered,
        Scan::Done,
    );
    s.machine.removable = vec![
        removable(
            "kaspersky-password-manager",
            "Kaspersky Password Manager",
            Some(r#""C:\Program Files (x86)\Kaspersky Lab\KPM\uninstall.exe""#),
            &[],
        ),
        removable(
            "kaspersky",
            "Kaspersky Standard",
            Some("MsiExec.exe /X{1D8B4B7B}"),
            &[],
        ),
    ];
    let plan = build(&s, Lang::En);
    let actions = &item(&plan, "uninstall-kaspersky").actions;
    let does: Vec<&Do> = actions.iter().map(|a| &a.does).collect();
    assert_eq!(
        does,
        [
            &Do::Uninstall("MsiExec.exe /X{1D8B4B7B}".into()),
            &Do::Uninstall(r#""C:\Program Files (x86)\Kaspersky Lab\KPM\uninstall.exe""#.into()),
            &Do::Open(INSTALLED_APPS.into()),
        ],
        "the anti-virus first, then its other programs, then Installed apps"
    );
    assert_eq!(
        actions[0].label,
        "Open the uninstaller of Kaspersky Standard"
    );
    assert!(actions[0].warn, "nothing else protects: ask first");
    assert!(!actions[2].warn);
    // Another anti-virus on and current: nothing to warn about.
    s.machine
        .antivirus
        .push(av("bitdefender", "Bitdefender", true, Definitions::Current));
    let plan = build(&s, Lang::En);
    assert!(!item(&plan, "uninstall-kaspersky").actions[0].warn);

    let mut mac = situation(
        Os::MacOs,
        Found::KasperskyStale,
        Some(Choice::BuiltIn),
        Coverage::Covered,
        Scan::Done,
    );
    let open = |s: &Situation| {
        item(&build(s, Lang::En), "uninstall-kaspersky").actions[0]
            .does
            .clone()
    };
    assert_eq!(open(&mac), Do::Open("/Applications".into()));
    mac.machine.removable = vec![removable(
        "kaspersky",
        "Kaspersky Internet Security",
        Some("/Applications/Kaspersky Uninstaller.app"),
        &[],
    )];
    assert_eq!(
        open(&mac),
        Do::Open("/Applications/Kaspersky Uninstaller.app".into())
    );

    let mut linux = situation(
        Os::Linux,
        Found::KasperskyStale,
        Some(Choice::BuiltIn),
        Coverage::Covered,
        Scan::Done,
    );
    linux.machine.removable = vec![removable(
        "kaspersky-endpoint-linux",
        "Kaspersky Endpoint Security for Linux",
        None,
        &["kesl", "kesl-gui"],
    )];
    for (manager, command) in [
        (PackageManager::Apt, "sudo apt remove kesl kesl-gui"),
        (PackageManager::Dnf, "sudo dnf remove kesl kesl-gui"),
    ] {
        linux.machine.package_manager = Some(manager);
        linux.kaspersky_here = true;
        let plan = build(&linux, Lang::En);
        let actions = &item(&plan, "uninstall-kaspersky").actions;
        assert_eq!(actions[0].does, Do::Command(command.into()));
    }
}

/// Where charges come from is true for every reader: the hand-over to
/// UltraAV was for U.S. customers (F13), and a U.S. reader gets one item
/// about where charges can come from now, never two that contradict.
#[test]
fn the_payments_are_true_for_every_reader() {
    let reader = |coverage, found, choice| {
        let mut s = situation(Os::Windows, found, choice, coverage, Scan::Done);
        s.renewal = Some(Renewal::Yes);
        build(&s, Lang::En)
    };
    let payments = |plan: &Plan| -> Vec<String> {
        plan.sections
            .iter()
            .filter(|s| s.id == "payments")
            .flat_map(|s| s.items.iter().map(|i| i.title.clone()))
            .collect()
    };
    let bitdefender = || Some(Choice::Product("bitdefender".into()));

    // Elsewhere, with Kaspersky renewing itself: Kaspersky's own renewal,
    // and nothing about UltraAV, which never reached them.
    let plan = reader(Coverage::NotCovered, Found::KasperskyStale, bitdefender());
    assert_eq!(
        payments(&plan),
        ["Turn off automatic renewal of your Kaspersky subscription"]
    );
    assert!(!format!("{plan:?}").contains("UltraAV"), "{plan:?}");

    // In the United States: one item, where charges can come from now.
    let plan = reader(Coverage::Covered, Found::KasperskyStale, bitdefender());
    assert_eq!(
        payments(&plan),
        ["Stop the charges for your old Kaspersky subscription"]
    );
    let item = plan
        .items()
        .find(|i| i.id == "cancel-renewal")
        .expect("one");
    assert_eq!(item.facts, ["F13", "F42"]);
    assert!(item.steps.iter().any(|s| s.contains("bank or card issuer")));

    // Keeping UltraAV: a neutral section, and nothing to cancel.
    let plan = reader(
        Coverage::Covered,
        Found::UltraAvInstead,
        Some(Choice::KeepReplacement),
    );
    let section = plan
        .sections
        .iter()
        .find(|s| s.id == "payments")
        .expect("the subscription");
    assert_eq!(section.title, "Your subscription");
    assert_eq!(section.items.len(), 1);
    assert!(
        section.items[0].steps.iter().all(|s| !s.contains("cancel")),
        "{:?}",
        section.items[0].steps
    );
}

/// "Check this computer again" confirms only the chosen protection, alone,
/// with everything to remove gone.
#[test]
fn checking_again_confirms_only_the_chosen_one_with_everything_gone() {
    use crate::detect::{Finding, SignatureStatus, Signatures, State};
    let s = situation(
        Os::Windows,
        Found::UltraAvInstead,
        Some(Choice::BuiltIn),
        Coverage::Covered,
        Scan::Done,
    );
    let plan = build(&s, Lang::En);
    let check = plan.items().find(|i| i.id == "check-again").expect("item");
    let finding = |id: &str, state: State| Finding {
        id: id.to_owned(),
        name: id.to_owned(),
        vendor: String::new(),
        kind: crate::detect::catalog::Kind::Antivirus,
        state,
        decided_by: None,
        version: None,
        signatures: Signatures {
            status: SignatureStatus::UpToDate,
            last_update: Some(now()),
            version: None,
        },
        affected: false,
        auto_replacement: id == "ultraav",
        built_in: id == "microsoft-defender",
        managed: false,
        uninstaller: None,
        packages: Vec::new(),
        settings: Vec::new(),
        evidence: Vec::new(),
    };
    let report = |findings| crate::detect::ScanReport {
        os: Os::Windows,
        scanned_at: now(),
        findings,
        failures: Vec::new(),
        leftovers: Vec::new(),
        region: None,
        windows: None,
        package_manager: None,
        probe_ms: Vec::new(),
        elapsed_ms: 1,
    };
    // UltraAV still here and on, the chosen Defender off.
    let not_yet = report(vec![
        finding("ultraav", State::On),
        finding("microsoft-defender", State::Off),
    ]);
    assert!(!check.confirmed_by(Some(&not_yet)));
    // UltraAV gone, but Defender still off: nothing protects.
    let off = report(vec![finding("microsoft-defender", State::Off)]);
    assert!(!check.confirmed_by(Some(&off)));
    // Defender on, alone, UltraAV gone.
    let done = report(vec![finding("microsoft-defender", State::On)]);
    assert!(check.confirmed_by(Some(&done)));
}

/// Steps with nothing to do by hand are notes: no box, and never in the
/// way of "All done".
#[test]
fn only_if_something_failed_is_a_note_not_a_task() {
    let s = situation(
        Os::Windows,
        Found::KasperskyStale,
        Some(Choice::BuiltIn),
        Coverage::Covered,
        Scan::Done,
    );
    let plan = build(&s, Lang::En);
    let kavremover = plan
        .items()
        .find(|i| i.id == "kavremover")
        .expect("the tool");
    assert!(kavremover.note, "{}", kavremover.title);
    assert!(plan.tasks().all(|i| i.id != "kavremover"));
    assert_eq!(plan.tasks().count() + 1, plan.len());
    assert!(
        plan.tasks().all(|i| !i.title.starts_with("Only if")),
        "every conditional step is a note"
    );
}
