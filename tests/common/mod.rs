//! Fake machines built from fixtures, shared by the integration tests.
#![allow(dead_code)] // each test file uses a different part

use std::sync::Arc;
use std::time::Duration;

use avswitch::advisory::Advisory;
use avswitch::coverage::Region;
use avswitch::detect::Os;
use avswitch::detect::adapters::legacy::parse::{
    parse_certificates, parse_security_center, parse_tasklist_csv,
};
use avswitch::detect::adapters::{FakeReply, FakeSystem};
use avswitch::detect::answers::{Answer, CommandOutput, RootCertificate, SecurityProduct};
use avswitch::detect::catalog::{Catalog, Kind};
use avswitch::detect::{
    Finding, ScanOptions, ScanReport, SignatureStatus, Signatures, State, scan,
};
use avswitch::model::{Action, Model};
use avswitch::plan::ItemId;
use avswitch::situation::{Choice, Device, Renewal};
use chrono::{DateTime, NaiveDate, Utc};

/// A path in the project's folder. The window's tests are a package of their
/// own inside it (`window-tests/`), so the folder is found, not assumed.
pub fn project(path: &str) -> std::path::PathBuf {
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = here
        .ancestors()
        .find(|folder| folder.join("tests/fixtures").is_dir())
        .expect("the project folder holds tests/fixtures");
    root.join(path)
}

pub fn fixture(path: &str) -> Vec<u8> {
    let full = project("tests/fixtures").join(path);
    std::fs::read(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// Security Center's products as a fixture of its WMI view holds them.
pub fn security_center(file: &str) -> Answer<Vec<SecurityProduct>> {
    Ok(parse_security_center(&String::from_utf8_lossy(&fixture(file))).expect(file))
}

/// The running programs as a `tasklist` fixture lists them.
pub fn tasklist(file: &str) -> Answer<Vec<String>> {
    Ok(parse_tasklist_csv(&String::from_utf8_lossy(&fixture(file))))
}

/// Registry keys as a `reg query` fixture prints them.
pub fn registry(file: &str) -> String {
    String::from_utf8_lossy(&fixture(file)).into_owned()
}

/// A Windows machine: Security Center's answer, the uninstall keys that
/// exist, Kaspersky's settings if any, and the running programs.
pub fn windows(
    security_center: Answer<Vec<SecurityProduct>>,
    uninstall: [Option<&str>; 3],
    kaspersky: Option<&str>,
    running: Answer<Vec<String>>,
) -> FakeSystem {
    let mut fake = FakeSystem::new(Os::Windows)
        .with_env("SystemRoot", r"C:\Windows")
        .with_antivirus(security_center)
        .with_processes(running)
        // Nothing left behind: no certificate, no Kaspersky service.
        .with_certificates(Ok(Vec::new()))
        .with_registry(&registry("windows/services-imagepath.txt"));
    for file in uninstall.into_iter().chain([kaspersky]).flatten() {
        fake = fake.with_registry(&registry(file));
    }
    fake
}

/// Windows after Kaspersky was uninstalled: Defender protects, but
/// Kaspersky's root certificate, its extension in Chrome and Firefox, two
/// orphan drivers, its registry keys and a folder are left.
pub fn windows_with_kaspersky_left_behind() -> FakeSystem {
    let local = r"C:\Users\pat\AppData\Local";
    let roaming = r"C:\Users\pat\AppData\Roaming";
    let chrome = format!(r"{local}\Google\Chrome\User Data");
    let firefox = format!(r"{roaming}\Mozilla\Firefox");
    let profile = format!(r"{firefox}\Profiles\q8z3t1xk.default-release");
    windows(
        security_center("windows/security-center-defender.json"),
        [Some("windows/uninstall-hklm.txt"), None, None],
        Some("windows/kasperskylab.txt"),
        Ok(vec!["explorer.exe".into()]),
    )
    .with_env("LOCALAPPDATA", local)
    .with_env("APPDATA", roaming)
    .with_env("ProgramFiles", r"C:\Program Files")
    .with_env("ProgramFiles(x86)", r"C:\Program Files (x86)")
    .with_env("ProgramData", r"C:\ProgramData")
    .with_certificates(certificates("windows/certificates-kaspersky.json"))
    .with_registry(&registry("windows/services-imagepath-kaspersky.txt"))
    .with_file(
        r"C:\ProgramData\Kaspersky Lab\AVP21.16\Bases\klids.sys",
        "MZ",
    )
    .with_file(
        &format!(
            r"{chrome}\Default\Extensions\ahkjpbeeocnddjkakilopmfdlnjdpcdm\4.0.4.1_0\manifest.json"
        ),
        fixture("browsers/kaspersky-protection-manifest.json"),
    )
    .with_dir(&format!(
        r"{chrome}\Profile 1\Extensions\nmmhkkegccagdldgiimedpiccmgmieda"
    ))
    .with_dir(&format!(r"{chrome}\System Profile"))
    .with_file(
        &format!(r"{firefox}\profiles.ini"),
        fixture("browsers/firefox-profiles.ini"),
    )
    .with_file(
        &format!(r"{profile}\extensions.json"),
        fixture("browsers/firefox-extensions.json"),
    )
    .with_file(
        &format!(r"{profile}\prefs.js"),
        fixture("browsers/firefox-prefs.js"),
    )
    .with_registry(&registry("windows/kasperskylab-key.txt"))
    .with_registry(&registry("windows/kasperskylab-key-user.txt"))
}

/// The root certificates as a fixture of PowerShell's `Cert:` drive holds them.
pub fn certificates(file: &str) -> Answer<Vec<RootCertificate>> {
    Ok(parse_certificates(&String::from_utf8_lossy(&fixture(file))).expect(file))
}

/// Linux where Kaspersky Protection stayed in a Chrome profile.
pub fn linux_with_extension_left_behind() -> FakeSystem {
    let chrome = "/home/pat/.config/google-chrome";
    FakeSystem::new(Os::Linux)
        .with_env("HOME", "/home/pat")
        .with_file(
            "/var/lib/dpkg/status",
            "Package: google-chrome-stable\nStatus: install ok installed\nVersion: 131.0.6778.85-1\n",
        )
        .with_file(
            &format!("{chrome}/Default/Extensions/ahkjpbeeocnddjkakilopmfdlnjdpcdm/4.0.4.1_0/manifest.json"),
            fixture("browsers/kaspersky-protection-manifest.json"),
        )
        .with_dir(&format!("{chrome}/Profile 2/Extensions"))
        .with_file(&format!("{chrome}/Local State"), "{}")
}

pub fn output(file: &str) -> FakeReply {
    FakeReply::Output(CommandOutput {
        success: true,
        stdout: fixture(file),
        stderr: String::new(),
    })
}

pub fn fixed_now() -> DateTime<Utc> {
    "2026-11-28T12:00:00Z".parse().expect("instant")
}

/// Windows with Kaspersky Standard active and out of date, its Password
/// Manager and VPN.
pub fn windows_with_kaspersky() -> FakeSystem {
    windows(
        security_center("windows/security-center-kaspersky.json"),
        [
            Some("windows/uninstall-hklm.txt"),
            Some("windows/uninstall-wow64-kaspersky.txt"),
            None,
        ],
        Some("windows/kasperskylab.txt"),
        tasklist("windows/tasklist-kaspersky.csv"),
    )
}

/// A model with nothing done yet, at `now`.
pub fn model_at(now: DateTime<Utc>) -> Model {
    let advisory = Arc::new(Advisory::embedded().expect("advisory"));
    let catalog = Catalog::embedded();
    Model::new(advisory, catalog, now)
}

/// A realistic person in the U.S.: Windows with Kaspersky, an Android phone, an
/// auto-renewing subscription, Defender chosen, two items ticked.
pub fn realistic_model() -> Model {
    let advisory = Arc::new(Advisory::embedded().expect("advisory"));
    let catalog = Catalog::embedded();
    let options = ScanOptions {
        command_timeout: Duration::from_millis(300),
    };
    let mut report = scan(&windows_with_kaspersky(), catalog, fixed_now(), options);
    report.elapsed_ms = 12; // the only part of a scan that varies between runs
    let mut model = Model::new(advisory, catalog, fixed_now());
    for action in [
        Action::ScanFinished(Arc::new(report)),
        Action::SetRegion(Region::UnitedStates),
        Action::SetDevice(Device::Android, true),
        Action::SetRenewal(Renewal::Yes),
        Action::SetChoice(Choice::BuiltIn),
        Action::Tick(ItemId::ExportPasswords, true),
        Action::Tick(ItemId::NoteSubscription, true),
        Action::SetFinishBy(NaiveDate::from_ymd_opt(2026, 12, 5)),
    ] {
        let _ = model.apply(action);
    }
    model
}

/// Windows after the September 2024 swap: UltraAV and UltraVPN, no Kaspersky.
pub fn windows_after_the_ultraav_swap() -> FakeSystem {
    // Kaspersky's processes are gone after the swap.
    windows(
        security_center("windows/security-center-ultraav.json"),
        [Some("windows/uninstall-hklm-ultraav.txt"), None, None],
        None,
        Ok(vec!["explorer.exe".into()]),
    )
}

/// `security` finds no such certificate: it says so and exits with 44.
pub fn no_certificate() -> FakeReply {
    FakeReply::Output(CommandOutput {
        success: false,
        stdout: Vec::new(),
        stderr: "security: SecKeychainSearchCopyNext: The specified item could not be found in the keychain.\n".into(),
    })
}

pub const FIND_CERTIFICATE: &str =
    "/usr/bin/security find-certificate -a -c Kaspersky -Z /Library/Keychains/System.keychain";

/// A Mac with Kaspersky Internet Security, its launch daemon and support
/// folder.
pub fn mac_with_kaspersky() -> FakeSystem {
    FakeSystem::new(Os::MacOs)
        .with_reply(FIND_CERTIFICATE, no_certificate())
        .with_env("HOME", "/Users/pat")
        .with_file(
            "/Applications/Kaspersky Internet Security.app/Contents/Info.plist",
            fixture("macos/kaspersky-internet-security-Info.plist"),
        )
        .with_file(
            "/Applications/Safari.app/Contents/Info.plist",
            "<plist><dict/></plist>",
        )
        .with_file("/Library/LaunchDaemons/com.kaspersky.kav.plist", "")
        .with_file("/Library/LaunchDaemons/com.apple.something.plist", "")
        .with_dir("/Library/Application Support/Kaspersky Lab")
        .with_file(
            "/Library/Apple/System/Library/CoreServices/XProtect.bundle/Contents/Info.plist",
            fixture("macos/xprotect-Info.plist"),
        )
}

/// Linux with KESL running and ClamAV with fresh definitions.
pub fn linux_with_kesl_and_clamav() -> FakeSystem {
    FakeSystem::new(Os::Linux)
        .with_file("/var/lib/dpkg/status", fixture("linux/dpkg-status"))
        .with_dir("/opt/kaspersky/kesl/bin")
        .with_file("/var/lib/clamav/daily.cvd", fixture("linux/daily.cvd"))
        .with_file("/usr/bin/systemctl", "")
        .with_command(
            "/usr/bin/systemctl is-active kesl.service clamav-daemon.service clamav-freshclam.service",
            "active\nactive\ninactive\n",
        )
}

/// An anti-virus as a check reports it, its definitions updated some days
/// before `fixed_now` (7 or more is out of date).
pub fn finding(id: &str, name: &str, state: State, updated_days_ago: i64) -> Finding {
    let status = if updated_days_ago < 7 {
        SignatureStatus::UpToDate
    } else {
        SignatureStatus::OutOfDate
    };
    Finding {
        id: avswitch::detect::ProductId::from_name(id),
        name: name.to_owned(),
        vendor: String::new(),
        kind: Kind::Antivirus,
        state,
        decided_by: None,
        version: None,
        signatures: Signatures {
            status,
            last_update: Some(fixed_now() - chrono::Duration::days(updated_days_ago)),
            version: None,
        },
        affected: id == "kaspersky",
        auto_replacement: id == "ultraav",
        built_in: matches!(id, "microsoft-defender" | "xprotect"),
        managed: false,
        uninstaller: None,
        packages: Vec::new(),
        settings: Vec::new(),
        evidence: Vec::new(),
    }
}

/// A check of `os` that found `findings` and nothing failed.
pub fn report_of(os: Os, findings: Vec<Finding>) -> ScanReport {
    ScanReport {
        os,
        scanned_at: fixed_now(),
        findings,
        failures: Vec::new(),
        region: None,
        windows: None,
        package_manager: None,
        probe_ms: Vec::new(),
        leftovers: Vec::new(),
        elapsed_ms: 1,
    }
}
