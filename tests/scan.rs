//! The whole scan against fake machines built from fixtures in the real
//! output formats of each operating system.

use std::time::{Duration, Instant};

use avswitch::advisory::FactId;
use avswitch::coverage::Coverage;
use avswitch::detect::Os;
use avswitch::detect::ProductId;
use avswitch::detect::adapters::{FakeReply, FakeSystem};
use avswitch::detect::answers::{CommandOutput, Unanswered};
use avswitch::detect::catalog::{Catalog, Kind};
use avswitch::i18n::Lang;
use avswitch::summary::{Tone, summarize};

mod common;
use avswitch::detect::{
    Finding, LeftoverKind, ScanOptions, ScanReport, SignatureStatus, State, scan,
};
use chrono::{DateTime, Utc};
use common::{FIND_CERTIFICATE, fixture, registry, security_center, tasklist, windows};

fn now() -> DateTime<Utc> {
    "2026-11-28T12:00:00Z".parse().expect("instant")
}

fn run(system: &FakeSystem) -> ScanReport {
    let catalog = Catalog::embedded();
    scan(
        system,
        catalog,
        now(),
        ScanOptions {
            command_timeout: Duration::from_millis(300),
        },
    )
}

fn find<'a>(report: &'a ScanReport, id: &str) -> &'a Finding {
    report
        .findings
        .iter()
        .find(|f| id_of(f) == id)
        .unwrap_or_else(|| panic!("no {id} in {:#?}", report.findings))
}

/// A finding's product id as reports write it.
fn id_of(f: &Finding) -> &'static str {
    f.id.map_or("unknown", ProductId::as_str)
}

#[test]
fn windows_with_kaspersky_standard_active_and_out_of_date() {
    let machine = common::windows_with_kaspersky();
    let report = run(&machine);
    assert_eq!(report.failures, []);

    let kaspersky = find(&report, "kaspersky");
    assert_eq!(kaspersky.name, "Kaspersky Standard");
    assert_eq!(
        kaspersky.state,
        State::On,
        "the stale 'off' duplicate loses to the live entry"
    );
    assert_eq!(kaspersky.version.as_deref(), Some("21.16.6.467"));
    assert_eq!(kaspersky.signatures.status, SignatureStatus::OutOfDate);
    assert_eq!(
        kaspersky.signatures.last_update,
        "2024-09-29T00:47:44Z".parse().ok()
    );
    assert!(kaspersky.affected);
    let probes: Vec<String> = kaspersky
        .evidence
        .iter()
        .map(|e| Lang::En.text(e.probe(), &[]))
        .collect();
    for probe in [
        "Windows Security Center",
        "Installed programs",
        "Kaspersky settings",
        "Running programs",
    ] {
        assert!(probes.iter().any(|p| p == probe), "{probe} in {probes:?}");
    }
    assert_eq!(
        report
            .findings
            .iter()
            .filter(|f| f.id == Some(ProductId::Kaspersky))
            .count(),
        1,
        "one card per product"
    );

    assert_eq!(
        find(&report, "kaspersky-password-manager").kind,
        Kind::PasswordManager
    );
    assert_eq!(find(&report, "kaspersky-vpn").kind, Kind::Vpn);
    let defender = find(&report, "microsoft-defender");
    assert_eq!(
        (defender.state, defender.built_in, defender.affected),
        (State::Off, true, false)
    );
    assert!(
        report
            .findings
            .iter()
            .all(|f| !f.name.contains("Browser") && !f.name.contains("7-Zip"))
    );
    assert_eq!(
        report.findings[0].id,
        Some(ProductId::Kaspersky),
        "Kaspersky comes first"
    );

    // Running, with definitions two years old: it protects against
    // nothing new, and that leads.
    let summary = summarize(&report, Coverage::Covered, Lang::En, now());
    assert_eq!(summary.tone, Tone::Urgent);
    assert_eq!(
        summary.headline,
        "Nothing is protecting this computer right now."
    );
    assert_eq!(
        summary.details,
        [
            "Kaspersky Standard is running, but its virus definitions were last updated \
             2 years and 1 month ago, so it cannot protect against new threats.",
            "These Kaspersky programs are on this computer: Kaspersky Standard, \
             Kaspersky Password Manager and Kaspersky VPN."
        ]
    );
}

#[test]
fn windows_after_the_ultraav_swap() {
    let machine = common::windows_after_the_ultraav_swap();
    let report = run(&machine);
    assert!(
        report.findings.iter().all(|f| !f.affected),
        "{:#?}",
        report.findings
    );
    let ultra = find(&report, "ultraav");
    assert_eq!((ultra.state, ultra.auto_replacement), (State::On, true));
    assert_eq!(ultra.signatures.status, SignatureStatus::UpToDate);
    assert_eq!(find(&report, "ultravpn").kind, Kind::Vpn);
    let summary = summarize(&report, Coverage::Covered, Lang::En, now());
    // What protects leads; how UltraAV came to be here follows.
    assert_eq!(summary.headline, "UltraAV is protecting this computer.");
    assert!(
        summary.details[0].starts_with("UltraAV is on this computer."),
        "{:?}",
        summary.details
    );
    assert!(summary.next_step.contains("its own uninstaller"));
    assert_eq!(
        summary.facts,
        [FactId::F13, FactId::F14],
        "the swap's sources are shown"
    );
}

#[test]
fn windows_server_without_security_center_still_finds_kaspersky() {
    let machine = windows(
        Err(Unanswered::Unavailable(
            "Class not registered (0x80040154)".into(),
        )),
        [None, Some("windows/uninstall-wow64-kaspersky.txt"), None],
        None,
        tasklist("windows/tasklist-kaspersky.csv"),
    );
    let report = run(&machine);
    assert_eq!(report.failures.len(), 1);
    assert_eq!(report.failures[0].probe, "probe-security-center");
    assert!(
        report.failures[0]
            .reason
            .to_string()
            .contains("Windows Server"),
        "{}",
        report.failures[0].reason
    );
    assert_eq!(
        report.failures[0].reason.detail().as_deref(),
        Some("Class not registered (0x80040154)"),
        "Windows' own words go under Details"
    );
    let kaspersky = find(&report, "kaspersky");
    assert_eq!(
        kaspersky.state,
        State::On,
        "known to run from the running programs"
    );
    let summary = summarize(&report, Coverage::Covered, Lang::En, now());
    assert!(
        summary
            .details
            .iter()
            .any(|d| d.contains("Some checks could not run"))
    );
}

/// Security Center that could not be asked, and a process list that came
/// back empty: no answer, not an empty computer.
#[test]
fn windows_whose_security_center_fails_and_process_list_is_empty() {
    let machine = windows(
        Err(Unanswered::Failed(
            "The RPC server is unavailable. (0x800706BA)".into(),
        )),
        [Some("windows/uninstall-hklm.txt"), None, None],
        None,
        Ok(Vec::new()),
    );
    let report = run(&machine);
    let reasons: Vec<(&str, String)> = report
        .failures
        .iter()
        .map(|f| (f.probe, f.reason.to_string()))
        .collect();
    assert_eq!(reasons.len(), 2, "{reasons:#?}");
    assert_eq!(reasons[0].0, "probe-security-center");
    assert!(
        reasons[0].1.contains("Windows did not answer"),
        "{}",
        reasons[0].1
    );
    assert_eq!(reasons[1].0, "probe-running-programs");
    assert!(
        reasons[1].1.contains("listed no running programs"),
        "{}",
        reasons[1].1
    );

    // An empty list from Security Center is an answer: nothing registered.
    let answered = windows(
        Ok(Vec::new()),
        [Some("windows/uninstall-hklm.txt"), None, None],
        None,
        tasklist("windows/tasklist-kaspersky.csv"),
    );
    assert_eq!(run(&answered).failures, []);
}

#[test]
fn windows_where_nothing_answers() {
    let machine = FakeSystem::new(Os::Windows)
        .with_registry_failure("HKLM", Unanswered::Denied("Access is denied.".into()))
        .with_registry_failure("HKCU", Unanswered::Denied("Access is denied.".into()));
    let report = run(&machine);
    assert_eq!(report.findings, []);
    let probes: Vec<&str> = report.failures.iter().map(|f| f.probe).collect();
    assert_eq!(
        probes,
        [
            "probe-security-center",
            "probe-defender",
            "probe-installed-programs",
            "probe-kaspersky-update",
            "probe-running-programs",
            "probe-certificates",
            "probe-windows-services",
            "probe-leftover-settings",
        ],
        "{:#?}",
        report.failures
    );
    assert!(!report.nothing_left_behind());
}

#[test]
fn mac_with_kaspersky() {
    let report = run(&common::mac_with_kaspersky());
    assert_eq!(report.failures, []);
    let kaspersky = find(&report, "kaspersky");
    assert_eq!(kaspersky.name, "Kaspersky Internet Security");
    assert_eq!(kaspersky.version.as_deref(), Some("21.0.29.310"));
    assert_eq!(kaspersky.state, State::Installed);
    assert_eq!(kaspersky.evidence.len(), 3, "{:#?}", kaspersky.evidence);
    let xprotect = find(&report, "xprotect");
    assert_eq!((xprotect.state, xprotect.built_in), (State::On, true));
    assert_eq!(xprotect.signatures.version.as_deref(), Some("5277"));
    assert_eq!(report.findings.len(), 2);
    assert_eq!(
        summarize(&report, Coverage::Covered, Lang::En, now()).headline,
        "XProtect is protecting this computer. Kaspersky Internet Security is on this computer."
    );
}

#[test]
fn mac_leftover_support_folder_alone_is_not_a_finding() {
    let machine = FakeSystem::new(Os::MacOs)
        .with_dir("/Applications")
        .with_dir("/Library/Application Support/Kaspersky Lab")
        .with_file(
            "/Library/Apple/System/Library/CoreServices/XProtect.bundle/Contents/Info.plist",
            fixture("macos/xprotect-Info.plist"),
        );
    let report = run(&machine);
    assert_eq!(
        report.findings.iter().map(id_of).collect::<Vec<_>>(),
        ["xprotect"]
    );
}

#[test]
fn linux_with_kesl_and_clamav() {
    let report = run(&common::linux_with_kesl_and_clamav());
    assert_eq!(report.failures, []);
    let kesl = find(&report, "kaspersky-endpoint-linux");
    assert_eq!((kesl.state, kesl.affected), (State::On, true));
    assert_eq!(kesl.version.as_deref(), Some("12.1.0-1297"));
    let clam = find(&report, "clamav");
    assert_eq!(clam.state, State::On);
    assert_eq!(clam.signatures.status, SignatureStatus::UpToDate);
    assert_eq!(clam.signatures.version.as_deref(), Some("daily 27832"));
    assert_eq!(
        clam.signatures.last_update,
        "2026-11-26T09:21:00Z".parse().ok()
    );
    assert!(
        report
            .findings
            .iter()
            .all(|f| f.id != Some(ProductId::KasperskyNetworkAgent)),
        "removed package is not a finding"
    );
    assert_eq!(
        summarize(&report, Coverage::Covered, Lang::En, now()).headline,
        "Kaspersky Endpoint Security for Linux is installed and running on this computer."
    );
}

#[test]
fn linux_clamav_without_definitions() {
    let machine = FakeSystem::new(Os::Linux).with_file(
        "/var/lib/dpkg/status",
        "Package: clamav\nStatus: install ok installed\nVersion: 1.0.7\n",
    );
    let report = run(&machine);
    let clam = find(&report, "clamav");
    assert_eq!(clam.signatures.status, SignatureStatus::Missing);
    assert_eq!(clam.state, State::Installed);
    let summary = summarize(&report, Coverage::Covered, Lang::En, now());
    assert_eq!(
        summary.headline,
        "No Kaspersky program was found. ClamAV is installed, but it does not seem to be protecting this computer right now."
    );
    assert_eq!(summary.details, ["It has no virus definitions."]);
}

#[test]
fn a_hanging_probe_is_reported_and_the_scan_still_finishes() {
    let machine = common::linux_with_kesl_and_clamav().with_reply(
        "/usr/bin/systemctl is-active kesl.service clamav-daemon.service clamav-freshclam.service",
        FakeReply::Hang,
    );
    let started = Instant::now();
    let report = run(&machine);
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(report.failures.len(), 1);
    assert_eq!(report.failures[0].probe, "probe-services");
    assert!(
        report.failures[0]
            .reason
            .to_string()
            .contains("did not answer"),
        "{}",
        report.failures[0].reason
    );
    assert_eq!(
        find(&report, "kaspersky-endpoint-linux").state,
        State::Installed
    );
}

#[test]
fn garbage_system_files_give_a_reason_not_a_panic() {
    let machine = FakeSystem::new(Os::Linux)
        .with_file(
            "/var/lib/dpkg/status",
            vec![0xff, 0xfe, 0x00, b'\n', b'\n', 0x80],
        )
        .with_file("/var/lib/clamav/daily.cvd", "PK\u{3}\u{4} not a database")
        .with_file("/var/lib/dpkg/status.bak", "");
    let report = run(&machine);
    assert_eq!(report.findings, []);
    let machine = machine.with_file(
        "/var/lib/dpkg/status",
        "Package: clamav\nStatus: install ok installed\n",
    );
    let report = run(&machine);
    let failure = report
        .failures
        .iter()
        .find(|f| f.probe == "probe-clamav-database")
        .expect("reported");
    assert!(
        failure.reason.to_string().contains("header is missing"),
        "{}",
        failure.reason
    );
}

#[test]
fn an_unsupported_system_says_so() {
    let report = run(&FakeSystem::new(Os::Other));
    assert_eq!(report.failures.len(), 1);
    assert!(
        report.failures[0]
            .reason
            .to_string()
            .contains("only Windows, macOS and Linux")
    );
}

/// A Russian Windows with Kaspersky Endpoint Security and the Security
/// Center agent, named as `reg query` prints them there.
fn russian_windows(
    security_center: avswitch::detect::answers::Answer<
        Vec<avswitch::detect::answers::SecurityProduct>,
    >,
    kaspersky: Option<&str>,
) -> FakeSystem {
    windows(
        security_center,
        [
            None,
            Some("windows/uninstall-wow64-russian-kes-agent.txt"),
            None,
        ],
        kaspersky,
        tasklist("windows/tasklist-kaspersky.csv"),
    )
}

#[test]
fn the_russian_network_agent_is_told_apart_from_endpoint_security() {
    let report = run(&russian_windows(
        security_center("windows/security-center-russian-kes.json"),
        None,
    ));
    let agent = find(&report, "kaspersky-network-agent");
    assert_eq!(agent.kind, Kind::EndpointAgent);
    assert_eq!(
        agent.name,
        "Агент администрирования Kaspersky Security Center"
    );
    let kes = find(&report, "kaspersky");
    assert_eq!(
        kes.name, "Kaspersky Endpoint Security для Windows",
        "the card is named after the anti-virus, not the agent"
    );
    assert_eq!(kes.version.as_deref(), Some("11.11.0.452"));
}

#[test]
fn an_update_stamp_of_never_is_told_as_such_never_as_current() {
    // Windows Server: no Security Center to say whether the definitions are current.
    let report = run(&russian_windows(
        Err(Unanswered::Unavailable("Class not registered".into())),
        Some("windows/kasperskylab-never.txt"),
    ));
    let kes = find(&report, "kaspersky");
    assert_eq!(kes.signatures.last_update, None, "0xFFFFFFFF is never");
    assert_eq!(kes.signatures.status, SignatureStatus::NeverUpdated);
    let evidence: Vec<String> = kes
        .evidence
        .iter()
        .map(|e| Lang::En.msg(&e.words()))
        .collect();
    assert!(
        evidence
            .iter()
            .any(|e| e.contains("never completed an update")),
        "{evidence:#?}"
    );
    let summary = summarize(&report, Coverage::Covered, Lang::En, now());
    // Running, and never updated: one sentence says both.
    assert_eq!(
        summary.headline,
        "Kaspersky Endpoint Security для Windows is running, but it has never completed \
         an update of its virus definitions, so it cannot protect against new threats.",
        "{summary:#?}"
    );
}

const KESL_CONTROL: &str = "/opt/kaspersky/kesl/bin/kesl-control";

#[test]
fn kesl_reports_its_databases_to_an_administrator() {
    let machine = common::linux_with_kesl_and_clamav()
        .with_file(KESL_CONTROL, "")
        .with_command(
            &format!("{KESL_CONTROL} --app-info"),
            fixture("linux/kesl-app-info.txt"),
        );
    let report = run(&machine);
    assert_eq!(report.failures, []);
    let kesl = find(&report, "kaspersky-endpoint-linux");
    assert_eq!(
        kesl.signatures.last_update,
        "2024-09-28T21:03:00Z".parse().ok()
    );
    assert_eq!(kesl.signatures.status, SignatureStatus::OutOfDate);
}

#[test]
fn kesl_without_permission_is_a_failed_check_with_its_reason() {
    let denied = FakeReply::Output(CommandOutput {
        success: false,
        stdout: Vec::new(),
        stderr: "Error: Not enough privileges to perform the operation\n".into(),
    });
    let machine = common::linux_with_kesl_and_clamav()
        .with_file(KESL_CONTROL, "")
        .with_reply(&format!("{KESL_CONTROL} --app-info"), denied);
    let report = run(&machine);
    let failure = report
        .failures
        .iter()
        .find(|f| f.probe == "probe-kesl-state")
        .expect("a failed check");
    let reason = failure.reason.to_string();
    assert!(reason.contains("keslaudit group"), "{reason}");
    assert!(reason.contains("Not enough privileges"), "{reason}");
    let kesl = find(&report, "kaspersky-endpoint-linux");
    assert_ne!(
        kesl.signatures.status,
        SignatureStatus::UpToDate,
        "never up to date without a report"
    );
}

#[test]
fn an_older_mac_keeps_xprotect_elsewhere() {
    let meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n\t<key>LastModification</key>\n\t<string>Tue, 21 Jan 2020 19:29:59 GMT</string>\n\t<key>Version</key>\n\t<integer>2113</integer>\n</dict>\n</plist>\n";
    let machine = FakeSystem::new(Os::MacOs)
        .with_reply(FIND_CERTIFICATE, common::no_certificate())
        .with_dir("/Applications")
        .with_file(
            "/System/Library/CoreServices/CoreTypes.bundle/Contents/Resources/XProtect.meta.plist",
            meta,
        );
    let report = run(&machine);
    assert_eq!(report.failures, []);
    let xprotect = find(&report, "xprotect");
    assert_eq!(xprotect.signatures.version.as_deref(), Some("2113"));
}

fn left_behind(report: &ScanReport) -> Vec<(LeftoverKind, String)> {
    report
        .leftovers
        .iter()
        .map(|l| (l.kind, Lang::En.msg(&l.evidence.words())))
        .collect()
}

#[test]
fn windows_after_kaspersky_was_removed_shows_what_it_left_behind() {
    let report = run(&common::windows_with_kaspersky_left_behind());
    assert_eq!(report.failures, []);
    assert_eq!(
        report.findings.iter().map(id_of).collect::<Vec<_>>(),
        ["microsoft-defender"],
        "leftovers alone are not a Kaspersky program"
    );
    let left = left_behind(&report);
    let of = |kind: LeftoverKind| -> Vec<&str> {
        left.iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, d)| d.as_str())
            .collect()
    };
    assert_eq!(
        of(LeftoverKind::Certificate),
        [
            r"CN=Kaspersky Anti-Virus Personal Root Certificate, O=AO Kaspersky Lab, in the LocalMachine\Root store, thumbprint B2E4F3C1A09D8E7F6A5B4C3D2E1F0A9B8C7D6E5F, valid until 2031-03-02",
            r"Firefox is set to trust the certificates Windows or macOS trusts, Kaspersky's included (C:\Users\pat\AppData\Roaming\Mozilla\Firefox\Profiles\q8z3t1xk.default-release\prefs.js)",
        ]
    );
    let extensions = of(LeftoverKind::BrowserExtension);
    assert_eq!(extensions.len(), 2, "{extensions:?}");
    assert!(
        extensions[0].starts_with("Kaspersky Protection in Google Chrome, profile \"Default\"")
    );
    assert!(
        extensions[1]
            .starts_with("Kaspersky Protection in Firefox, profile \"q8z3t1xk.default-release\"")
    );
    assert_eq!(
        of(LeftoverKind::Service),
        [
            r"Service klhk starts C:\Windows\system32\DRIVERS\klhk.sys (that file is gone: it is an orphan)",
            r"Service klids.K4W-21-16 starts C:\ProgramData\Kaspersky Lab\AVP21.16\Bases\klids.sys (that file is still there)",
            r"Service klif starts C:\Windows\system32\DRIVERS\klif.sys (that file is gone: it is an orphan)",
        ]
    );
    assert_eq!(
        of(LeftoverKind::RegistryKey),
        [
            r"Registry key HKLM\SOFTWARE\WOW6432Node\KasperskyLab",
            r"Registry key HKCU\Software\KasperskyLab",
        ]
    );
    assert_eq!(
        of(LeftoverKind::Folder),
        [r"C:\ProgramData\Kaspersky Lab exists"]
    );
    // Defender protects, but what Kaspersky left is listed: never a green
    // all-clear beside it.
    let summary = summarize(&report, Coverage::Covered, Lang::En, now());
    assert_eq!(summary.tone, Tone::Attention);
    assert!(
        summary
            .details
            .iter()
            .any(|d| d.contains("were left behind")),
        "{summary:#?}"
    );
}

#[test]
fn parts_of_a_product_still_installed_are_its_evidence_not_leftovers() {
    let machine = common::windows_with_kaspersky()
        .with_certificates(common::certificates("windows/certificates-kaspersky.json"))
        .with_registry(&registry("windows/services-imagepath-kaspersky.txt"));
    let report = run(&machine);
    assert_eq!(report.leftovers, []);
    let kaspersky = find(&report, "kaspersky");
    for probe in ["probe-certificates", "probe-windows-services"] {
        assert!(
            kaspersky.evidence.iter().any(|e| e.probe() == probe),
            "{probe} in {:#?}",
            kaspersky.evidence
        );
    }
}

#[test]
fn ultraav_parts_support_its_finding() {
    let machine = windows(
        security_center("windows/security-center-ultraav.json"),
        [Some("windows/uninstall-hklm-ultraav.txt"), None, None],
        None,
        Ok(vec!["AuWatchDogService.exe".into(), "AuTray.exe".into()]),
    )
    .with_registry("\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\UltraAV\\Settings\r\n");
    let report = run(&machine);
    assert_eq!(report.leftovers, []);
    let ultra = find(&report, "ultraav");
    let details: Vec<String> = ultra
        .evidence
        .iter()
        .map(|e| Lang::En.msg(&e.words()))
        .collect();
    assert!(
        details
            .iter()
            .any(|d| d == "AuWatchDogService.exe is running"),
        "{details:?}"
    );
    assert!(
        details
            .iter()
            .any(|d| d == r"Registry key HKLM\SOFTWARE\UltraAV"),
        "{details:?}"
    );

    // Its processes alone are not UltraAV: another product may share them.
    let only_processes = windows(
        security_center("windows/security-center-defender.json"),
        [None, None, None],
        None,
        Ok(vec!["AuTray.exe".into()]),
    );
    assert!(
        run(&only_processes)
            .findings
            .iter()
            .all(|f| f.id != Some(ProductId::UltraAv))
    );
}

#[test]
fn linux_with_kaspersky_protection_left_in_chrome() {
    let report = run(&common::linux_with_extension_left_behind());
    assert_eq!(report.failures, []);
    assert_eq!(
        left_behind(&report),
        [(
            LeftoverKind::BrowserExtension,
            "Kaspersky Protection in Google Chrome, profile \"Default\": /home/pat/.config/google-chrome/Default/Extensions/ahkjpbeeocnddjkakilopmfdlnjdpcdm".to_owned()
        )]
    );
}

#[test]
fn a_mac_after_kaspersky_keeps_its_certificate_agent_and_folder() {
    let machine = FakeSystem::new(Os::MacOs)
        .with_env("HOME", "/Users/pat")
        .with_dir("/Applications")
        .with_command(
            FIND_CERTIFICATE,
            fixture("macos/find-certificate-kaspersky.txt"),
        )
        .with_file(
            "/Users/pat/Library/LaunchAgents/com.kaspersky.kav.gui.plist",
            "",
        )
        .with_dir("/Users/pat/Library/Application Support/Kaspersky Lab")
        .with_file(
            "/Library/Apple/System/Library/CoreServices/XProtect.bundle/Contents/Info.plist",
            fixture("macos/xprotect-Info.plist"),
        );
    let report = run(&machine);
    assert_eq!(report.failures, []);
    assert_eq!(
        report.findings.iter().map(id_of).collect::<Vec<_>>(),
        ["xprotect"]
    );
    assert_eq!(
        left_behind(&report),
        [
            (
                LeftoverKind::Certificate,
                "Kaspersky Web Anti-Virus Certification Authority, in /Library/Keychains/System.keychain (SHA-1 7C3F1A2B9E8D7C6B5A4F3E2D1C0B9A8F7E6D5C4B)".to_owned()
            ),
            (
                LeftoverKind::Service,
                "/Users/pat/Library/LaunchAgents/com.kaspersky.kav.gui.plist starts it when someone logs in".to_owned()
            ),
            (
                LeftoverKind::Folder,
                "/Users/pat/Library/Application Support/Kaspersky Lab exists".to_owned()
            ),
        ]
    );
}

/// Each probe, made to meet a part it may not read: a part of the check
/// that could not run, with its reason, never "nothing there".
#[test]
fn a_part_that_cannot_be_read_is_a_failed_check_never_an_absence() {
    let denied = || Unanswered::Denied("Access is denied. (0x80070005)".into());
    let cases: Vec<(&str, FakeSystem)> = vec![
        (
            "probe-leftover-settings",
            common::windows_with_kaspersky_left_behind().with_denied(r"C:\ProgramData"),
        ),
        (
            "probe-leftover-settings",
            common::windows_with_kaspersky_left_behind()
                .with_registry_failure(r"HKLM\SOFTWARE\UltraAV", denied()),
        ),
        (
            "probe-windows-services",
            common::windows_with_kaspersky_left_behind()
                .with_registry_failure(r"HKLM\SYSTEM\CurrentControlSet\Services\klif", denied()),
        ),
        (
            "probe-browser-extensions",
            common::windows_with_kaspersky_left_behind()
                .with_denied(r"C:\Users\pat\AppData\Local\Google\Chrome\User Data"),
        ),
        (
            "probe-certificates",
            common::windows_with_kaspersky_left_behind()
                .with_denied(r"C:\Users\pat\AppData\Roaming\Mozilla\Firefox"),
        ),
        (
            "probe-installed-programs",
            common::windows_with_kaspersky()
                .with_registry_failure(r"HKLM\Software\Microsoft", denied())
                .with_registry_failure(r"HKLM\Software\WOW6432Node", denied())
                .with_registry_failure(r"HKCU\Software\Microsoft", denied()),
        ),
        (
            "probe-background-services",
            common::mac_with_kaspersky().with_denied("/Library/LaunchDaemons"),
        ),
        (
            "probe-applications",
            common::mac_with_kaspersky().with_denied("/Applications"),
        ),
        (
            "probe-xprotect",
            common::mac_with_kaspersky().with_denied("/Library/Apple/System/Library/CoreServices"),
        ),
        (
            "probe-packages",
            common::linux_with_kesl_and_clamav().with_denied("/var/lib/dpkg"),
        ),
        (
            "probe-program-folders",
            common::linux_with_kesl_and_clamav().with_denied("/opt/kaspersky"),
        ),
        (
            "probe-clamav-database",
            common::linux_with_kesl_and_clamav().with_denied("/var/lib/clamav"),
        ),
        (
            "probe-browser-extensions",
            common::linux_with_extension_left_behind().with_denied("/home/pat/.config"),
        ),
    ];
    for (probe, machine) in cases {
        let report = run(&machine);
        let failure = report
            .failures
            .iter()
            .find(|f| f.probe == probe)
            .unwrap_or_else(|| panic!("{probe} did not say it could not look: {report:#?}"));
        let reason = Lang::En.msg(&failure.reason);
        assert!(
            reason.contains("could not be read")
                || reason.contains("not allowed")
                || reason.contains("denied"),
            "{probe}: {reason}"
        );
        assert!(!report.nothing_left_behind(), "{probe}");
        for coverage in Coverage::ALL {
            let summary = summarize(&report, coverage, Lang::En, now());
            let said = format!("{} {}", summary.headline, summary.details.join(" "));
            assert!(!said.contains("No anti-virus"), "{probe}: {said}");
            assert!(!said.contains("nothing was left behind"), "{probe}: {said}");
        }
    }
}

#[test]
fn security_center_unread_never_says_nothing_protects() {
    let machine = windows(
        Err(Unanswered::Failed(
            "The RPC server is unavailable. (0x800706BA)".into(),
        )),
        [Some("windows/uninstall-hklm.txt"), None, None],
        None,
        Ok(vec!["explorer.exe".into()]),
    );
    let report = run(&machine);
    assert_eq!(report.findings, []);
    for lang in Lang::ALL {
        let summary = summarize(&report, Coverage::Covered, lang, now());
        assert_eq!(
            summary.tone,
            Tone::Attention,
            "never urgent about what was not seen"
        );
        assert_ne!(summary.headline, lang.text("summary-none", &[]));
        assert!(
            !summary
                .details
                .contains(&lang.text("summary-nothing-protects", &[]))
        );
    }
    let summary = summarize(&report, Coverage::Covered, Lang::En, now());
    assert_eq!(
        summary.headline,
        "AV Switch could not tell whether an anti-virus is protecting this computer."
    );
    assert!(
        summary.next_step.contains("Windows Security"),
        "{}",
        summary.next_step
    );
}

/// A computer an organisation manages: Kaspersky Endpoint Security, whose
/// entry only an administrator may use, and the Network Agent.
#[test]
fn a_business_edition_is_managed_and_the_summary_says_to_ask_first() {
    let report = run(&russian_windows(
        security_center("windows/security-center-russian-kes.json"),
        None,
    ));
    let kes = find(&report, "kaspersky");
    assert!(kes.managed, "KES is made for organisations");
    assert_eq!(
        kes.uninstaller.as_deref(),
        Some("MsiExec.exe /I{9A017278-F7F4-4DF9-A482-0B97B70DD7ED}")
    );
    assert!(find(&report, "kaspersky-network-agent").managed);
    let summary = summarize(&report, Coverage::Covered, Lang::En, now());
    assert!(
        summary
            .next_step
            .starts_with("Ask whoever manages this computer"),
        "{summary:#?}"
    );
}

#[test]
fn the_network_agents_own_parts_are_not_left_behind() {
    // Only the agent, as the Russian inventory lists it.
    let agent_only = "HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{7EC66A95-AC2D-4127-940B-0445A526AB2F}\r\n    DisplayName    REG_SZ    Агент администрирования Kaspersky Security Center\r\n    Publisher    REG_SZ    \"Лаборатория Касперского\"\r\n";
    let machine = windows(
        security_center("windows/security-center-defender.json"),
        [None, None, None],
        None,
        Ok(vec!["explorer.exe".into()]),
    )
    .with_registry(agent_only)
    .with_env("ProgramFiles(x86)", r"C:\Program Files (x86)")
    .with_dir(r"C:\Program Files (x86)\Kaspersky Lab\NetworkAgent")
    .with_registry(
        "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\klnagent\r\n    ImagePath    REG_EXPAND_SZ    \"C:\\Program Files (x86)\\Kaspersky Lab\\NetworkAgent\\klnagent.exe\"\r\n\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\KasperskyLab\\Components\\34\r\n",
    );
    let report = run(&machine);
    let agent = find(&report, "kaspersky-network-agent");
    assert_eq!(report.leftovers, [], "the agent's parts are its own");
    let probes: Vec<&str> = agent.evidence.iter().map(|e| e.probe()).collect();
    for probe in ["probe-windows-services", "probe-leftover-settings"] {
        assert!(probes.contains(&probe), "{probe} in {probes:?}");
    }
    assert!(
        report
            .findings
            .iter()
            .all(|f| f.id != Some(ProductId::Kaspersky))
    );
}

#[test]
fn a_stale_anti_virus_is_never_called_protecting() {
    // ClamAV running, with definitions from 2016.
    let mut header = b"ClamAV-VDB:16 Mar 2016 23-17 +0000:57:4218790:60:06386f34a16ebeea2733ab037f0536be:X:neo:1458170261".to_vec();
    header.resize(512, b' ');
    let report = run(&common::linux_with_kesl_and_clamav()
        .with_file("/var/lib/clamav/daily.cvd", header)
        .with_command(
            "/usr/bin/systemctl is-active kesl.service clamav-daemon.service clamav-freshclam.service",
            "inactive\nactive\ninactive\n",
        ));
    let clamav = find(&report, "clamav");
    assert_eq!(clamav.state, State::On);
    assert_eq!(clamav.signatures.status, SignatureStatus::OutOfDate);
    assert!(!clamav.is_protecting());
    for lang in Lang::ALL {
        let summary = summarize(&report, Coverage::Covered, lang, now());
        let protecting = lang.text("summary-protected", &[("name", "ClamAV".into())]);
        assert_ne!(summary.headline, protecting);
    }
}

#[test]
fn an_expired_anti_virus_has_its_licence_ended_not_stopped() {
    let expired = vec![avswitch::detect::answers::SecurityProduct {
        name: "Norton 360".into(),
        state: State::Expired,
        signatures: SignatureStatus::OutOfDate,
        reported: None,
        path: None,
    }];
    let machine = windows(
        Ok(expired),
        [Some("windows/uninstall-hklm.txt"), None, None],
        None,
        Ok(vec!["explorer.exe".into()]),
    );
    let summary = summarize(&run(&machine), Coverage::Covered, Lang::En, now());
    assert_eq!(
        summary.headline,
        "Nothing is protecting this computer right now."
    );
    assert!(
        summary.details[0].contains("its licence or subscription has ended"),
        "{summary:#?}"
    );
}

fn system_version(version: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict><key>ProductName</key><string>macOS</string><key>ProductVersion</key><string>{version}</string></dict></plist>"#
    )
}

fn xprotect_plist(version: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict><key>CFBundleShortVersionString</key><string>{version}</string></dict></plist>"#
    )
}

/// macOS 15 keeps the XProtect in use in its own folder; the older copy
/// may be stuck (fact F34), so it is read only as a fallback, and said so.
#[test]
fn xprotect_is_read_where_the_one_in_use_lives() {
    const IN_USE: &str = "/var/protected/xprotect/XProtect.bundle/Contents/Info.plist";
    const OLD: &str =
        "/Library/Apple/System/Library/CoreServices/XProtect.bundle/Contents/Info.plist";
    let mac = |version: &str| {
        FakeSystem::new(Os::MacOs)
            .with_reply(FIND_CERTIFICATE, common::no_certificate())
            .with_dir("/Applications")
            .with_file(
                "/System/Library/CoreServices/SystemVersion.plist",
                system_version(version),
            )
            .with_file(OLD, xprotect_plist("5324"))
    };
    let xprotect = |machine: &FakeSystem| {
        let report = run(machine);
        let x = find(&report, "xprotect").clone();
        let said = Lang::En.msg(&x.evidence[0].words());
        (x, said)
    };
    let (x, said) = xprotect(&mac("15.2").with_file(IN_USE, xprotect_plist("5331")));
    assert_eq!(x.signatures.version.as_deref(), Some("5331"));
    assert!(said.contains(IN_USE), "{said}");
    let (x, said) = xprotect(&mac("15.2"));
    assert_eq!(x.signatures.version.as_deref(), Some("5324"));
    assert!(said.contains("no longer updated"), "{said}");
    assert_ne!(
        x.signatures.status,
        SignatureStatus::UpToDate,
        "never called current"
    );
    let (x, said) = xprotect(&mac("14.7.1").with_file(IN_USE, xprotect_plist("5331")));
    assert_eq!(
        x.signatures.version.as_deref(),
        Some("5324"),
        "before 15 the old place is in use"
    );
    assert!(!said.contains("no longer updated"), "{said}");
}
