//! What Kaspersky and UltraAV leave behind once removed: Kaspersky's trusted
//! root certificate, its browser extension, Windows services and drivers,
//! registry keys and folders. Only read; nothing is ever removed here.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::ParseError;
use super::probe::{Ctx, Evidence, ProbeResult, Sighting};
use super::system::Os;
use super::windows::{RegKey, parse_reg_query};
use crate::i18n::Msg;
use crate::msg;

/// A double quote, written so that no text scanner mistakes it for the
/// start of a string.
const QUOTE: char = '\u{22}';

/// Kaspersky Protection's id in the Chrome Web Store (its manifest's name
/// is a placeholder, so the folder named by this id is what identifies it).
pub const KASPERSKY_EXTENSION_ID: &str = "ahkjpbeeocnddjkakilopmfdlnjdpcdm";

/// The kinds of things left behind, each with its own checklist item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeftoverKind {
    Certificate,
    BrowserExtension,
    Service,
    RegistryKey,
    Folder,
}

impl LeftoverKind {
    pub const ALL: [LeftoverKind; 5] = [
        LeftoverKind::Certificate,
        LeftoverKind::BrowserExtension,
        LeftoverKind::Service,
        LeftoverKind::RegistryKey,
        LeftoverKind::Folder,
    ];

    /// The text id of the kind's heading.
    pub fn key(self) -> &'static str {
        match self {
            LeftoverKind::Certificate => "check-leftover-certificate",
            LeftoverKind::BrowserExtension => "check-leftover-extension",
            LeftoverKind::Service => "check-leftover-service",
            LeftoverKind::RegistryKey => "check-leftover-registry",
            LeftoverKind::Folder => "check-leftover-folder",
        }
    }
}

/// One thing left behind, the product it belongs to (a catalog id) and
/// where it was seen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leftover {
    pub kind: LeftoverKind,
    pub product: String,
    pub evidence: Evidence,
}

fn leftover(product: &str, kind: LeftoverKind, evidence: Evidence) -> Sighting {
    let mut sighting = Sighting::leftover(product, kind);
    sighting.evidence = evidence;
    sighting
}

// ── Certificates ────────────────────────────────────────────────────────────

/// A certificate in a Windows root store, as the query below prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certificate {
    pub subject: String,
    pub thumbprint: String,
    pub not_after: String,
    /// `LocalMachine\Root` or `CurrentUser\Root`.
    pub store: String,
}

/// Kaspersky's root certificate is matched on its subject: its thumbprint
/// differs on every computer.
pub fn is_kaspersky_subject(subject: &str) -> bool {
    subject.to_lowercase().contains("kaspersky")
}

/// Parses the certificates query: one object, an array or nothing, with or
/// without a byte order mark. Only Kaspersky's certificates are kept.
pub fn parse_certificates(text: &str) -> Result<Vec<Certificate>, ParseError> {
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Ok(Vec::new());
    }
    let value: Value = serde_json::from_str(text)
        .map_err(|e| ParseError(msg!("parse-certificates-json", detail = e.to_string())))?;
    let items = match value {
        Value::Array(items) => items,
        Value::Object(_) => vec![value],
        Value::Null => Vec::new(),
        _ => return Err(ParseError(msg!("parse-certificates-not-list"))),
    };
    Ok(items
        .iter()
        .filter_map(|item| {
            let text = |key: &str| {
                item.get(key)
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .trim()
                    .to_owned()
            };
            let subject = text("Subject");
            is_kaspersky_subject(&subject).then(|| Certificate {
                subject,
                thumbprint: text("Thumbprint"),
                not_after: text("NotAfter"),
                store: text("Store"),
            })
        })
        .collect())
}

/// A certificate in a macOS keychain, from `security find-certificate -Z`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeychainCertificate {
    pub name: String,
    pub sha1: String,
}

/// Parses `security find-certificate -a -Z`: each certificate's hashes come
/// first, then a `keychain:` line and its attributes, among them the label
/// (`"labl"<blob>="..."`). Only Kaspersky's are kept.
pub fn parse_find_certificate(text: &str) -> Vec<KeychainCertificate> {
    let mut found: Vec<KeychainCertificate> = Vec::new();
    let mut sha1 = String::new();
    for line in text.lines().map(str::trim) {
        if let Some(hash) = line.strip_prefix("SHA-1 hash:") {
            sha1 = hash.trim().to_owned();
        } else if line.starts_with("keychain:") {
            found.push(KeychainCertificate {
                name: String::new(),
                sha1: std::mem::take(&mut sha1),
            });
        } else if let Some(label) = line
            .strip_prefix("\"labl\"<blob>=")
            .or_else(|| line.strip_prefix("\"alis\"<blob>="))
            && let Some(current) = found.last_mut().filter(|c| c.name.is_empty())
        {
            current.name = label.trim_matches(QUOTE).to_owned();
        }
    }
    found.retain(|c| is_kaspersky_subject(&c.name));
    found
}

/// Whether a Firefox `prefs.js` makes Firefox trust the system's root
/// certificates, and so Kaspersky's too.
pub fn trusts_system_roots(prefs: &str) -> bool {
    prefs.lines().any(|line| {
        let line: String = line.chars().filter(|c| !c.is_whitespace()).collect();
        line == "user_pref(\"security.enterprise_roots.enabled\",true);"
    })
}

// ── Browser extensions ──────────────────────────────────────────────────────

/// The profile folders `profiles.ini` names, relative ones joined to
/// `base` (their `Path=` uses forward slashes on every system).
pub fn parse_profiles_ini(text: &str, base: &str, os: Os) -> Vec<String> {
    let mut profiles = Vec::new();
    let mut path: Option<String> = None;
    let mut relative = true;
    let mut finish = |path: &mut Option<String>, relative: bool| {
        if let Some(p) = path.take().filter(|p| !p.is_empty()) {
            profiles.push(if relative { join(os, base, &p) } else { p });
        }
    };
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            finish(&mut path, relative);
            relative = true;
        } else if let Some(value) = line.strip_prefix("Path=") {
            path = Some(value.to_owned());
        } else if let Some(value) = line.strip_prefix("IsRelative=") {
            relative = value.trim() != "0";
        }
    }
    finish(&mut path, relative);
    profiles
}

/// Kaspersky's add-ons in a Firefox profile's `extensions.json`: their ids
/// and names.
pub fn parse_firefox_extensions(text: &str) -> Result<Vec<(String, String)>, ParseError> {
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| ParseError(msg!("parse-extensions-json", detail = e.to_string())))?;
    let addons = value
        .get("addons")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    Ok(addons
        .iter()
        .filter_map(|addon| {
            let id = addon.get("id").and_then(Value::as_str).unwrap_or_default();
            let name = addon
                .pointer("/defaultLocale/name")
                .or_else(|| addon.get("name"))
                .and_then(Value::as_str)
                .unwrap_or_default();
            (is_kaspersky_subject(id) || is_kaspersky_subject(name))
                .then(|| (id.to_owned(), name.to_owned()))
        })
        .collect())
}

/// `base` and `part` joined the way the system writes paths.
fn join(os: Os, base: &str, part: &str) -> String {
    match os {
        Os::Windows => format!("{base}\\{}", part.replace('/', "\\")),
        _ => format!("{base}/{part}"),
    }
}

/// The folders Chrome-like browsers keep their profiles in, by browser.
fn chromium_folders(ctx: &Ctx) -> Vec<(&'static str, String)> {
    let env = |key| ctx.system.env(key);
    match ctx.system.os() {
        Os::Windows => env("LOCALAPPDATA")
            .map(|local| {
                vec![
                    ("Google Chrome", format!(r"{local}\Google\Chrome\User Data")),
                    (
                        "Microsoft Edge",
                        format!(r"{local}\Microsoft\Edge\User Data"),
                    ),
                ]
            })
            .unwrap_or_default(),
        Os::MacOs => env("HOME")
            .map(|home| {
                vec![
                    (
                        "Google Chrome",
                        format!("{home}/Library/Application Support/Google/Chrome"),
                    ),
                    (
                        "Microsoft Edge",
                        format!("{home}/Library/Application Support/Microsoft Edge"),
                    ),
                ]
            })
            .unwrap_or_default(),
        _ => env("HOME")
            .map(|home| {
                vec![
                    ("Google Chrome", format!("{home}/.config/google-chrome")),
                    ("Chromium", format!("{home}/.config/chromium")),
                    ("Microsoft Edge", format!("{home}/.config/microsoft-edge")),
                ]
            })
            .unwrap_or_default(),
    }
}

/// The folders holding Firefox's `profiles.ini`.
fn firefox_folders(ctx: &Ctx) -> Vec<String> {
    let env = |key| ctx.system.env(key);
    match ctx.system.os() {
        Os::Windows => env("APPDATA")
            .map(|roaming| vec![format!(r"{roaming}\Mozilla\Firefox")])
            .unwrap_or_default(),
        Os::MacOs => env("HOME")
            .map(|home| vec![format!("{home}/Library/Application Support/Firefox")])
            .unwrap_or_default(),
        _ => env("HOME")
            .map(|home| {
                vec![
                    format!("{home}/.mozilla/firefox"),
                    format!("{home}/snap/firefox/common/.mozilla/firefox"),
                ]
            })
            .unwrap_or_default(),
    }
}

/// Every Firefox profile folder on this computer.
fn firefox_profiles(ctx: &Ctx) -> Vec<String> {
    let os = ctx.system.os();
    firefox_folders(ctx)
        .into_iter()
        .filter_map(|folder| {
            let ini = join(os, &folder, "profiles.ini");
            let bytes = ctx.system.read_file(&ini, SMALL_FILE).ok()?;
            Some(parse_profiles_ini(
                &String::from_utf8_lossy(&bytes),
                &folder,
                os,
            ))
        })
        .flatten()
        .collect()
}

const SMALL_FILE: u64 = 1024 * 1024;
const EXTENSIONS_LIMIT: u64 = 16 * 1024 * 1024;

/// Kaspersky Protection in every Chrome, Edge and Firefox profile. Only the
/// extension's folder is looked for in Chrome and Edge; Firefox's list of
/// add-ons is read, and nothing else.
pub fn browser_extensions(ctx: &Ctx) -> ProbeResult {
    let os = ctx.system.os();
    let mut found = Vec::new();
    for (browser, folder) in chromium_folders(ctx) {
        let Ok(entries) = ctx.system.list_dir(&folder) else {
            continue; // the browser is not installed for this person
        };
        for profile in entries
            .iter()
            .filter(|e| *e == "Default" || e.starts_with("Profile "))
        {
            let extension = join(
                os,
                &folder,
                &format!("{profile}/Extensions/{KASPERSKY_EXTENSION_ID}"),
            );
            if ctx.system.exists(&extension) {
                found.push(extension_sighting(browser, profile, &extension));
            }
        }
    }
    for profile in firefox_profiles(ctx) {
        let path = join(os, &profile, "extensions.json");
        let Ok(bytes) = ctx.system.read_file(&path, EXTENSIONS_LIMIT) else {
            continue; // a profile never started has no list yet
        };
        let addons = parse_firefox_extensions(&String::from_utf8_lossy(&bytes))
            .map_err(|e| super::probe::damaged(&path, e))?;
        if !addons.is_empty() {
            let name = profile.rsplit(['/', '\\']).next().unwrap_or(&profile);
            found.push(extension_sighting("Firefox", name, &path));
        }
    }
    Ok(found)
}

fn extension_sighting(browser: &str, profile: &str, path: &str) -> Sighting {
    let detail = msg!(
        "evidence-leftover-extension",
        browser = browser,
        profile = profile,
        path = path
    );
    leftover(
        "kaspersky",
        LeftoverKind::BrowserExtension,
        Evidence::new("probe-browser-extensions", detail),
    )
}

// ── Certificates probe ──────────────────────────────────────────────────────

/// Asks for Kaspersky's certificates in both Windows root stores, with
/// their expiry as a plain date.
pub const CERTIFICATES_QUERY: &str = "[Console]::OutputEncoding = [Text.Encoding]::UTF8; ConvertTo-Json -Compress -InputObject @(Get-ChildItem Cert:\\LocalMachine\\Root, Cert:\\CurrentUser\\Root | Where-Object Subject -like '*Kaspersky*' | Select-Object Subject,Thumbprint,@{n='NotAfter';e={$_.NotAfter.ToString('yyyy-MM-dd')}},@{n='Store';e={$_.PSParentPath -replace '^.*::',''}})";

pub const SYSTEM_KEYCHAIN: &str = "/Library/Keychains/System.keychain";
const SECURITY: &str = "/usr/bin/security";

pub fn certificates(ctx: &Ctx) -> ProbeResult {
    let mut found = match ctx.system.os() {
        Os::Windows => windows_certificates(ctx)?,
        Os::MacOs => keychain_certificates(ctx)?,
        _ => Vec::new(),
    };
    // Firefox keeps its own store, but may be set to trust the system's.
    if !found.is_empty() {
        let os = ctx.system.os();
        for profile in firefox_profiles(ctx) {
            let prefs = join(os, &profile, "prefs.js");
            let Ok(bytes) = ctx.system.read_file(&prefs, EXTENSIONS_LIMIT) else {
                continue;
            };
            if trusts_system_roots(&String::from_utf8_lossy(&bytes)) {
                let detail = msg!("evidence-firefox-system-roots", path = &prefs);
                found.push(leftover(
                    "kaspersky",
                    LeftoverKind::Certificate,
                    Evidence::new("probe-certificates", detail),
                ));
            }
        }
    }
    Ok(found)
}

fn windows_certificates(ctx: &Ctx) -> Result<Vec<Sighting>, Msg> {
    let powershell = super::windows::system_program(ctx, r"WindowsPowerShell\v1.0\powershell.exe");
    let args = [
        "-NoProfile",
        "-NonInteractive",
        "-Command",
        CERTIFICATES_QUERY,
    ];
    let output = ctx.run(&powershell, &args)?;
    if !output.success {
        return Err(msg!(
            "failure-certificates",
            detail = first_line(&output.stderr)
        ));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    if super::windows::printed_nothing(&text) {
        return Err(msg!("failure-certificates-silent"));
    }
    let certificates = parse_certificates(&text).map_err(|e| e.0)?;
    Ok(certificates
        .into_iter()
        .map(|c| {
            let detail = msg!(
                "evidence-leftover-certificate",
                subject = c.subject,
                store = c.store,
                thumbprint = c.thumbprint,
                until = c.not_after
            );
            leftover(
                "kaspersky",
                LeftoverKind::Certificate,
                Evidence::new("probe-certificates", detail),
            )
        })
        .collect())
}

fn keychain_certificates(ctx: &Ctx) -> Result<Vec<Sighting>, Msg> {
    let args = [
        "find-certificate",
        "-a",
        "-c",
        "Kaspersky",
        "-Z",
        SYSTEM_KEYCHAIN,
    ];
    // `security` exits non-zero when it finds nothing; only the output counts.
    let output = ctx.run(SECURITY, &args)?;
    let text = String::from_utf8_lossy(&output.stdout);
    Ok(parse_find_certificate(&text)
        .into_iter()
        .map(|c| {
            let detail = msg!(
                "evidence-leftover-keychain",
                name = c.name,
                keychain = SYSTEM_KEYCHAIN,
                sha1 = c.sha1
            );
            leftover(
                "kaspersky",
                LeftoverKind::Certificate,
                Evidence::new("probe-certificates", detail),
            )
        })
        .collect())
}

fn first_line(text: &str) -> &str {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("-")
}

// ── Windows services, registry keys and folders ─────────────────────────────

pub const SERVICES_KEY: &str = r"HKLM\SYSTEM\CurrentControlSet\Services";

/// The product a service belongs to, by its key's name: Kaspersky's
/// `AVP21.3`, `klif`, `klids.K4W-21-25`; UltraAV's watchdog and monitor.
pub fn service_product(name: &str) -> Option<&'static str> {
    let name = name.to_lowercase();
    if name.starts_with("avp") || name.starts_with("kl") || name.contains("k4w-") {
        Some("kaspersky")
    } else if ["auwatchdogservice", "auactmon"].contains(&name.as_str()) {
        Some("ultraav")
    } else {
        None
    }
}

/// The file a service's `ImagePath` starts, as a full path: quotes and
/// arguments dropped, `\SystemRoot`, `%SystemRoot%` and `\??\` resolved,
/// and paths relative to the Windows folder (`System32\drivers\klif.sys`)
/// made whole.
pub fn image_file(image_path: &str, system_root: &str) -> String {
    let image = image_path.trim();
    let image = match image.strip_prefix(QUOTE) {
        Some(quoted) => quoted.split(QUOTE).next().unwrap_or_default(),
        None => {
            // ASCII case only: byte positions must stay those of `image`.
            let lower = image.to_ascii_lowercase();
            [".exe", ".sys"]
                .iter()
                .filter_map(|ext| lower.find(ext).map(|at| at + ext.len()))
                .min()
                .map_or(image, |end| &image[..end])
        }
    };
    let image = image.strip_prefix(r"\??\").unwrap_or(image);
    let lower = image.to_ascii_lowercase();
    for prefix in [r"\systemroot\", r"%systemroot%\", r"%windir%\"] {
        if lower.starts_with(prefix) {
            return format!(r"{system_root}\{}", &image[prefix.len()..]);
        }
    }
    let absolute = image.starts_with('\\') || image.get(1..2) == Some(":");
    if absolute || image.starts_with('%') {
        image.to_owned()
    } else {
        format!(r"{system_root}\{image}")
    }
}

/// Services and drivers of Kaspersky and UltraAV, with whether the file
/// each starts is still there (an orphan when it is gone).
pub fn windows_services(ctx: &Ctx) -> ProbeResult {
    let reg = super::windows::system_program(ctx, "reg.exe");
    let output = ctx.run(&reg, &["query", SERVICES_KEY, "/s", "/v", "ImagePath"])?;
    let root = ctx
        .system
        .env("SystemRoot")
        .unwrap_or_else(|| r"C:\Windows".to_owned());
    let keys = parse_reg_query(&String::from_utf8_lossy(&output.stdout));
    Ok(keys
        .iter()
        .filter_map(|key| service_sighting(ctx, key, &root))
        .collect())
}

fn service_sighting(ctx: &Ctx, key: &RegKey, root: &str) -> Option<Sighting> {
    let name = key.path.rsplit('\\').next()?;
    let product = service_product(name)?;
    let image = key.value("ImagePath").unwrap_or_default();
    let file = image_file(image, root);
    let gone = if ctx.system.exists(&file) {
        "no"
    } else {
        "yes"
    };
    let detail = msg!(
        "evidence-leftover-service",
        name = name,
        file = file,
        gone = gone
    );
    Some(leftover(
        product,
        LeftoverKind::Service,
        Evidence::new("probe-windows-services", detail),
    ))
}

/// Registry keys that outlive the products.
pub const LEFTOVER_KEYS: [(&str, &str); 4] = [
    (r"HKLM\SOFTWARE\KasperskyLab", "kaspersky"),
    (r"HKLM\SOFTWARE\WOW6432Node\KasperskyLab", "kaspersky"),
    (r"HKCU\Software\KasperskyLab", "kaspersky"),
    (r"HKLM\SOFTWARE\UltraAV", "ultraav"),
];

/// Kaspersky's and UltraAV's registry keys, and Kaspersky's folders.
pub fn windows_settings(ctx: &Ctx) -> ProbeResult {
    let reg = super::windows::system_program(ctx, "reg.exe");
    let mut found = Vec::new();
    let mut answered = false;
    let mut last_error = None;
    for (key, product) in LEFTOVER_KEYS {
        match ctx.run(&reg, &["query", key]) {
            // `reg query` fails for a key that does not exist.
            Ok(output) => {
                answered = true;
                if output.success {
                    let detail = msg!("evidence-leftover-key", key = key);
                    found.push(leftover(
                        product,
                        LeftoverKind::RegistryKey,
                        Evidence::new("probe-leftover-settings", detail),
                    ));
                }
            }
            Err(error) => last_error = Some(error),
        }
    }
    if let (false, Some(error)) = (answered, last_error) {
        return Err(error);
    }
    for folder in kaspersky_folders(ctx) {
        if ctx.system.exists(&folder) {
            let detail = msg!("evidence-folder", path = &folder);
            found.push(leftover(
                "kaspersky",
                LeftoverKind::Folder,
                Evidence::new("probe-leftover-settings", detail),
            ));
        }
    }
    Ok(found)
}

fn kaspersky_folders(ctx: &Ctx) -> Vec<String> {
    let env = |key: &str, default: &str| ctx.system.env(key).unwrap_or_else(|| default.to_owned());
    let mut folders = vec![
        env("ProgramFiles", r"C:\Program Files"),
        env("ProgramFiles(x86)", r"C:\Program Files (x86)"),
        env("ProgramData", r"C:\ProgramData"),
    ];
    folders.dedup();
    folders
        .into_iter()
        .map(|base| format!(r"{base}\Kaspersky Lab"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn certificates_from_powershell_object_array_and_nothing() {
        let one = "\u{feff}{\"Subject\":\"CN=Kaspersky Anti-Virus Personal Root Certificate, O=AO Kaspersky Lab\",\"Thumbprint\":\"2A1B0C3D4E5F60718293A4B5C6D7E8F901234567\",\"NotAfter\":\"2030-02-13\",\"Store\":\"LocalMachine\\\\Root\"}\r\n";
        let certs = parse_certificates(one).expect("object");
        assert_eq!(certs.len(), 1);
        assert_eq!(certs[0].store, r"LocalMachine\Root");
        assert_eq!(certs[0].not_after, "2030-02-13");
        let two = "[{\"Subject\":\"CN=Microsoft Root Authority, OU=Microsoft Corporation\",\"Thumbprint\":\"A43489159A520F0D93D032CCAF37E7FE20A8B419\",\"NotAfter\":\"2020-12-31\",\"Store\":\"LocalMachine\\\\Root\"},{\"Subject\":\"CN=Kaspersky Anti-Virus Personal Root Certificate, O=AO Kaspersky Lab\",\"Thumbprint\":\"99\",\"NotAfter\":null,\"Store\":\"CurrentUser\\\\Root\"}]";
        let certs = parse_certificates(two).expect("array");
        assert_eq!(certs.len(), 1, "only Kaspersky's");
        assert_eq!(certs[0].not_after, "");
        assert_eq!(parse_certificates("").expect("nothing"), []);
        assert_eq!(parse_certificates("[]").expect("empty"), []);
        for bad in ["{\"Subject\":", "42", "<html>"] {
            assert!(parse_certificates(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn keychain_certificates_by_label() {
        let text = "SHA-256 hash: 5C4E1B1D2A0F38B6E5A1E0D1F0F8C3A2B4D6E8F0A1B3C5D7E9F1A3B5C7D9E1F3\nSHA-1 hash: 0B5A4E2C1D3F5A7B9C1E3F5A7B9C1D3E5F7A9B1C\nkeychain: \"/Library/Keychains/System.keychain\"\nversion: 512\nclass: 0x80001000\nattributes:\n    \"alis\"<blob>=\"Kaspersky Web Anti-Virus Certification Authority\"\n    \"cenc\"<uint32>=0x00000003\n    \"labl\"<blob>=\"Kaspersky Web Anti-Virus Certification Authority\"\n    \"subj\"<blob>=0x3081\nSHA-1 hash: 1111111111111111111111111111111111111111\nkeychain: \"/Library/Keychains/System.keychain\"\nattributes:\n    \"labl\"<blob>=\"Apple Root CA\"\n";
        assert_eq!(
            parse_find_certificate(text),
            [KeychainCertificate {
                name: "Kaspersky Web Anti-Virus Certification Authority".into(),
                sha1: "0B5A4E2C1D3F5A7B9C1E3F5A7B9C1D3E5F7A9B1C".into(),
            }]
        );
        assert_eq!(parse_find_certificate(""), []);
        assert_eq!(parse_find_certificate("\"labl\"<blob>=\"Kaspersky\"\n"), []);
    }

    #[test]
    fn firefox_trusting_the_system_roots() {
        let prefs = "// Mozilla User Preferences\nuser_pref(\"browser.startup.page\", 3);\nuser_pref(\"security.enterprise_roots.enabled\", true);\n";
        assert!(trusts_system_roots(prefs));
        assert!(!trusts_system_roots(
            "user_pref(\"security.enterprise_roots.enabled\", false);\n"
        ));
        assert!(!trusts_system_roots(""));
    }

    #[test]
    fn profiles_ini_relative_and_absolute() {
        let ini = "[Install4F96D1932A9F858E]\nDefault=Profiles/abcd1234.default-release\nLocked=1\n\n[Profile1]\nName=default\nIsRelative=1\nPath=Profiles/wxyz9876.default\nDefault=1\n\n[Profile0]\nName=work\nIsRelative=0\nPath=D:\\Firefox\\work\n\n[General]\nStartWithLastProfile=1\nVersion=2\n";
        assert_eq!(
            parse_profiles_ini(
                ini,
                r"C:\Users\pat\AppData\Roaming\Mozilla\Firefox",
                Os::Windows
            ),
            [
                r"C:\Users\pat\AppData\Roaming\Mozilla\Firefox\Profiles\wxyz9876.default",
                r"D:\Firefox\work"
            ]
        );
        assert_eq!(
            parse_profiles_ini(
                "[Profile0]\nPath=x.default\n",
                "/home/pat/.mozilla/firefox",
                Os::Linux
            ),
            ["/home/pat/.mozilla/firefox/x.default"]
        );
        assert_eq!(
            parse_profiles_ini("garbage\n[", "/x", Os::Linux),
            Vec::<String>::new()
        );
    }

    #[test]
    fn firefox_extensions_by_id_or_name() {
        let json = r#"{"schemaVersion":36,"addons":[{"id":"uBlock0@raymondhill.net","defaultLocale":{"name":"uBlock Origin"},"active":true},{"id":"light_plugin_F6F079488B53499DB99380A7E11A93F6@kaspersky.com","defaultLocale":{"name":"Kaspersky Protection"},"active":true}]}"#;
        let found = parse_firefox_extensions(json).expect("json");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, "Kaspersky Protection");
        assert_eq!(parse_firefox_extensions("{}").expect("no add-ons"), []);
        assert!(parse_firefox_extensions("{\"addons\":[").is_err());
    }

    #[test]
    fn services_by_name_and_their_files() {
        assert_eq!(service_product("AVP21.3"), Some("kaspersky"));
        assert_eq!(service_product("klif"), Some("kaspersky"));
        assert_eq!(service_product("klids.K4W-21-25"), Some("kaspersky"));
        assert_eq!(service_product("AuWatchDogService"), Some("ultraav"));
        assert_eq!(service_product("WinDefend"), None);
        assert_eq!(service_product("kbdclass"), None);
        let root = r"C:\WINDOWS";
        for (image, file) in [
            (
                r"system32\DRIVERS\klif.sys",
                r"C:\WINDOWS\system32\DRIVERS\klif.sys",
            ),
            (
                r"\SystemRoot\System32\drivers\klhk.sys",
                r"C:\WINDOWS\System32\drivers\klhk.sys",
            ),
            (
                r"\??\C:\ProgramData\Kaspersky Lab\klids.sys",
                r"C:\ProgramData\Kaspersky Lab\klids.sys",
            ),
            (
                r#""C:\Program Files (x86)\Kaspersky Lab\Kaspersky 21.3\avp.exe" -r"#,
                r"C:\Program Files (x86)\Kaspersky Lab\Kaspersky 21.3\avp.exe",
            ),
            (
                r"C:\Program Files\UltraAV\AuWatchDogService.exe /service",
                r"C:\Program Files\UltraAV\AuWatchDogService.exe",
            ),
            (
                r"%SystemRoot%\system32\klim6.sys",
                r"C:\WINDOWS\system32\klim6.sys",
            ),
            // Letters whose lower case is longer or shorter cut nothing.
            (
                "\u{130}\u{130}\u{212a}.EXE -x",
                "C:\\WINDOWS\\\u{130}\u{130}\u{212a}.EXE",
            ),
            ("", r"C:\WINDOWS\"),
        ] {
            assert_eq!(image_file(image, root), file, "{image}");
        }
    }
}
