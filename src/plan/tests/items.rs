//! Single items: what each says and does, and what a later check confirms.

use super::*;
use crate::fact_id::FactId;

fn removable(id: &str, name: &str, uninstaller: Option<&str>, packages: &[&str]) -> Removable {
    Removable {
        id: ProductId::from_name(id).expect("a catalog id"),
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
    assert_eq!(ask.facts, [FactId::F4]);
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
        id: ProductId::from_name(id),
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
        .map(|i| i.id.to_string())
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
        assert_eq!(ten.facts, [FactId::F31]);
        assert!(ten.why.contains("2028"), "{}", ten.why);
        // The end of its Extended Security Updates, as the advisory has it,
        // in the language's own words; never "no longer gets updates".
        let esu = crate::humanize::date(lang, NaiveDate::from_ymd_opt(2027, 10, 12).expect("day"));
        assert!(ten.why.contains(&esu), "{lang:?}: {}", ten.why);
        // Windows Update, by the name a Windows in that language gives it.
        assert!(ten.steps.iter().any(|step| step.contains("Windows")));
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
    let bitdefender = || Some(Choice::Product(ProductId::Bitdefender));

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
    assert_eq!(item.facts, [FactId::F13, FactId::F42]);
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
        id: ProductId::from_name(id),
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
