//! Whole plans for situations people are in: what they get, in order.

use super::*;
use crate::fact_id::FactId;

#[test]
fn kaspersky_with_password_manager_and_renewal_on_windows() {
    let mut s = situation(
        Os::Windows,
        Found::SeveralKaspersky,
        Some(Choice::Product(ProductId::Bitdefender)),
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
    assert!(
        check
            .actions
            .iter()
            .any(|a| a.does == Do::GoTo(Step::Check)),
        "{:?}",
        check.actions
    );
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
        .map(|i| i.id.to_string())
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
        .map(|i| i.id.to_string())
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
    assert_eq!(
        uninstall.facts,
        [FactId::F38, FactId::F39, FactId::F4, FactId::F25]
    );
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
        .map(|i| i.id.to_string())
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
        product: ProductId::Kaspersky,
        evidence: Evidence::RootCertificate {
            subject: "CN=Kaspersky Anti-Virus Personal Root Certificate".into(),
            store: "Root".into(),
            thumbprint: "0B5A4E2C".into(),
            valid_until: None,
        },
    });
    assert!(!confirm.holds(&report));
    report.leftovers.clear();
    assert!(confirm.holds(&report));
}

/// Where the check saw no anti-virus at all, nothing is "removed first":
/// no "Before removing anything", no installer kept waiting, and the new
/// protection goes on at once, saying why. Where it saw Kaspersky, the
/// safe order stays.
#[test]
fn nothing_found_means_nothing_to_remove_first() {
    let before = Lang::En.text("section-before", &[]);
    let waits = [
        "item-install-replacement.why",
        "item-install-replacement-linux.why",
        "item-get-protection.why",
        "item-download-replacement.step-2",
    ]
    .map(|key| Lang::En.text(key, &[("name", "Example AV".into())]));
    for os in [Os::Windows, Os::MacOs, Os::Linux] {
        for choice in choices() {
            for coverage in Coverage::ALL {
                let s = situation(os, Found::Nothing, choice.clone(), coverage, Scan::Done);
                let plan = build(&s, Lang::En);
                let text = all_text(&plan);
                let what = format!("{os:?} {choice:?} {coverage:?}");
                let titles: Vec<&str> = plan.sections.iter().map(|x| x.title.as_str()).collect();
                assert!(!titles.contains(&before.as_str()), "{what}: {titles:?}");
                for said in &waits {
                    assert!(!text.contains(said.as_str()), "{what}: {said}");
                }
            }
        }
        // Not checked yet: nothing is claimed about what is there.
        let s = situation(
            os,
            Found::Nothing,
            Some(Choice::Other("Example AV".into())),
            Coverage::Covered,
            Scan::NotRun,
        );
        let text = all_text(&build(&s, Lang::En));
        assert!(!text.contains("found no other anti-virus"), "{os:?}");
    }
    let s = situation(
        Os::Windows,
        Found::KasperskyStale,
        Some(Choice::Product(ProductId::Bitdefender)),
        Coverage::Covered,
        Scan::Done,
    );
    let plan = build(&s, Lang::En);
    assert!(plan.sections.iter().any(|x| x.title == before));
    assert!(all_text(&plan).contains(waits[0].as_str()));
}
