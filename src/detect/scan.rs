//! The check: runs every probe for the system at once, each on its own
//! thread, and merges what they saw into one `Finding` per product and a
//! list of what removed products left behind.

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::catalog::{Catalog, Kind, Product};
use super::parse::windows::WindowsVersion;
use super::port::System;
use super::probe::{Ctx, Evidence, Probe, ProbeResult, Sighting, Unseen};
use super::probes::{
    browsers, certificates, linux, macos, system_info, windows, windows_leftovers,
};
use super::product_id::ProductId;
use super::verdict;
use super::vocab::{LeftoverKind, Os, PackageManager, Setting, SignatureStatus, State, Witness};
use crate::i18n::Msg;
use crate::msg;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Signatures {
    pub status: SignatureStatus,
    pub last_update: Option<DateTime<Utc>>,
    /// The definitions' own version, where the product reports one.
    pub version: Option<String>,
}

/// One product on this computer, with everything the probes saw of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The catalog's product; `None` (written `unknown`) for a product the
    /// catalog does not know.
    #[serde(with = "super::product_id::or_unknown")]
    pub id: Option<ProductId>,
    pub name: String,
    pub vendor: String,
    pub kind: Kind,
    pub state: State,
    /// Who said it is in that state: the most telling witness (`verdict`).
    pub decided_by: Option<Witness>,
    pub version: Option<String>,
    pub signatures: Signatures,
    /// Covered by the U.S. ban.
    pub affected: bool,
    /// Installed in Kaspersky's place without a separate consent step.
    pub auto_replacement: bool,
    pub built_in: bool,
    /// Managed by an employer or its IT: a business product, or an
    /// uninstall entry only an administrator may use.
    pub managed: bool,
    /// How its own uninstaller is started, where the check saw one.
    pub uninstaller: Option<String>,
    /// The Linux packages it was installed with.
    pub packages: Vec<String>,
    /// Settings read that bear on what to do about it: its password
    /// protection, a policy keeping it off.
    pub settings: Vec<Setting>,
    /// Put into words where it is shown (see `report::FindingDocument`).
    #[serde(skip)]
    pub evidence: Vec<Evidence>,
}

impl Finding {
    pub fn is_active_antivirus(&self) -> bool {
        self.kind == Kind::Antivirus && self.state == State::On
    }

    /// What `evidence` of this product shows, in words: a Security Center
    /// entry whose state the order of evidence set aside says so.
    pub fn words_of(&self, evidence: &Evidence) -> Msg {
        let set_aside = self.decided_by == Some(Witness::Registration)
            && matches!(evidence, Evidence::SecurityCenter { state, .. } if *state != self.state);
        if set_aside {
            msg!(
                "with-aside",
                text = evidence.words(),
                aside = Msg::of("evidence-outranked")
            )
        } else {
            evidence.words()
        }
    }

    /// On, with definitions that are not known to be stale: an anti-virus
    /// whose definitions are years old protects against nothing new.
    pub fn is_protecting(&self) -> bool {
        self.is_active_antivirus() && !self.signatures.status.is_stale()
    }
}

/// What protects this computer, as the order of evidence decides it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protection<'a> {
    /// This anti-virus is on, with definitions not known to be stale.
    By(&'a Finding),
    /// Every look that could tell ran, and none is on with current
    /// definitions.
    Nothing,
    /// None was seen, but a look that could tell did not run.
    Unknown,
}

impl<'a> Protection<'a> {
    pub fn by(self) -> Option<&'a Finding> {
        match self {
            Protection::By(finding) => Some(finding),
            Protection::Nothing | Protection::Unknown => None,
        }
    }
}

/// A check that could not run: the text id of its label, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProbeFailure {
    pub probe: &'static str,
    pub reason: Msg,
    /// It would have said what protects this computer.
    pub protection: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScanReport {
    pub os: Os,
    pub scanned_at: DateTime<Utc>,
    pub findings: Vec<Finding>,
    pub failures: Vec<ProbeFailure>,
    /// What removed products left behind (see `leftovers`).
    pub leftovers: Vec<Leftover>,
    /// The region the system's settings name (ISO 3166, "US"): a suggestion
    /// for the person to confirm, never an answer.
    pub region: Option<String>,
    /// Which Windows this is, on Windows.
    pub windows: Option<WindowsVersion>,
    /// The Linux package manager, for the commands the checklist shows.
    pub package_manager: Option<PackageManager>,
    /// How long each probe took (the text id of its label, milliseconds).
    pub probe_ms: Vec<(&'static str, u64)>,
    pub elapsed_ms: u64,
}

impl ScanReport {
    /// Whether to say that nothing was left behind: only where no Kaspersky
    /// or UltraAV program is still here to own its parts.
    pub fn nothing_left_behind(&self) -> bool {
        // A check with failed parts cannot say that something is absent.
        self.failures.is_empty()
            && self.leftovers.is_empty()
            && !self
                .findings
                .iter()
                .any(|f| f.affected || f.auto_replacement)
    }

    /// What protects this computer: an anti-virus that is on with current
    /// definitions, one not made by Kaspersky first; otherwise nothing, or
    /// not known when a look that could tell did not run.
    pub fn protection(&self) -> Protection<'_> {
        let protecting = || self.findings.iter().filter(|f| f.is_protecting());
        match protecting()
            .find(|f| !f.affected)
            .or_else(|| protecting().next())
        {
            Some(finding) => Protection::By(finding),
            None if self.protection_unknown() => Protection::Unknown,
            None => Protection::Nothing,
        }
    }

    /// A check that says whether anything protects this computer could not
    /// run, so "nothing protects it" cannot be said.
    pub fn protection_unknown(&self) -> bool {
        self.failures.iter().any(|f| f.protection)
    }

    /// Every probe failed, so nothing is known about this computer.
    pub fn all_failed(&self) -> bool {
        self.findings.is_empty() && self.failures.len() >= probes_for(self.os).len().max(1)
    }

    /// A scan that could not run at all.
    pub fn stopped(now: DateTime<Utc>, reason: Msg) -> Self {
        Self {
            os: Os::current(),
            scanned_at: now,
            findings: Vec::new(),
            failures: vec![ProbeFailure {
                probe: "probe-all",
                reason,
                protection: true,
            }],
            leftovers: Vec::new(),
            region: None,
            windows: None,
            package_manager: None,
            probe_ms: Vec::new(),
            elapsed_ms: 0,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct ScanOptions {
    /// How long one command may take before it is given up.
    pub command_timeout: Duration,
}

impl Default for ScanOptions {
    fn default() -> Self {
        Self {
            command_timeout: Duration::from_secs(20),
        }
    }
}

pub fn probes_for(os: Os) -> Vec<Probe> {
    // Probes that say what protects the computer, those that would see a
    // product's programs, and the others.
    let probe = |label, run| Probe {
        label,
        run,
        protection: false,
        programs: false,
    };
    let protection = |label, run| Probe {
        protection: true,
        ..probe(label, run)
    };
    let programs = |label, run, protection| Probe {
        protection,
        programs: true,
        ..probe(label, run)
    };
    match os {
        Os::Windows => vec![
            protection("probe-security-center", windows::security_center),
            protection("probe-defender", windows::defender),
            programs(
                "probe-installed-programs",
                windows::installed_programs,
                false,
            ),
            probe("probe-kaspersky-update", windows::kaspersky_last_update),
            programs("probe-running-programs", windows::running_programs, true),
            probe("probe-certificates", certificates::certificates),
            probe("probe-browser-extensions", browsers::browser_extensions),
            programs(
                "probe-windows-services",
                windows_leftovers::windows_services,
                false,
            ),
            probe(
                "probe-leftover-settings",
                windows_leftovers::windows_settings,
            ),
        ],
        Os::MacOs => vec![
            probe("probe-applications", macos::applications),
            probe("probe-background-services", macos::system_files),
            protection("probe-xprotect", macos::xprotect),
            probe("probe-certificates", certificates::certificates),
            probe("probe-browser-extensions", browsers::browser_extensions),
        ],
        Os::Linux => vec![
            probe("probe-packages", linux::packages),
            probe("probe-program-folders", linux::install_folders),
            protection("probe-services", linux::services),
            protection("probe-clamav-database", linux::clamav_database),
            protection("probe-kesl-state", linux::kesl_state),
            probe("probe-browser-extensions", browsers::browser_extensions),
        ],
        Os::Other => Vec::new(),
    }
}

/// Runs every probe for the system's OS at once and merges what they saw.
/// `now` judges how old the virus definitions are.
pub fn scan(
    system: &dyn System,
    catalog: &Catalog,
    now: DateTime<Utc>,
    options: ScanOptions,
) -> ScanReport {
    let started = Instant::now();
    let ctx = Ctx {
        system,
        catalog,
        timeout: options.command_timeout,
    };
    let probes = probes_for(system.os());
    let (results, region, windows) = std::thread::scope(|scope| {
        let ctx = &ctx;
        let region = scope.spawn(move || system_info::system_region(ctx));
        let windows = scope.spawn(move || system_info::windows_release(ctx));
        let handles: Vec<_> = probes
            .iter()
            .map(|probe| {
                let timed = move || {
                    let started = Instant::now();
                    ((probe.run)(ctx), millis(started))
                };
                (*probe, scope.spawn(timed))
            })
            .collect();
        let results = handles
            .into_iter()
            .map(|(probe, handle)| {
                let (result, ms) = handle
                    .join()
                    .unwrap_or_else(|_| (Err(msg!("failure-stopped-unexpectedly").into()), 0));
                (probe, result, ms)
            })
            .collect::<Vec<(Probe, ProbeResult, u64)>>();
        (
            results,
            region.join().ok().flatten(),
            windows.join().ok().flatten(),
        )
    });

    let mut sightings = Vec::new();
    let mut failures = Vec::new();
    if probes.is_empty() {
        failures.push(ProbeFailure {
            probe: "probe-all",
            reason: msg!("failure-unsupported-system"),
            protection: true,
        });
    }
    let programs_unseen = results.iter().any(|(p, r, _)| p.programs && r.is_err());
    let mut probe_ms = Vec::new();
    for (probe, result, ms) in results {
        probe_ms.push((probe.label, ms));
        match result {
            Ok(found) => sightings.extend(found),
            // What it saw of the rest counts; that it did not see all of
            // it is said.
            Err(Unseen { reason, seen }) => {
                sightings.extend(seen);
                failures.push(ProbeFailure {
                    probe: probe.label,
                    reason,
                    protection: probe.protection,
                });
            }
        }
    }
    // Products of which something more than a registration is here; a
    // check that could not look for their programs cannot tell.
    let present: Vec<ProductId> = sightings
        .iter()
        .filter(|s| programs_unseen || s.shows_presence())
        .filter_map(|s| s.product_id)
        .collect();
    let (left, sightings): (Vec<Sighting>, Vec<Sighting>) =
        sightings.into_iter().partition(|s| s.leftover.is_some());
    let mut findings = merge(catalog, sightings, now);
    let registrations = registrations_left_behind(&mut findings, &present, programs_unseen);
    let mut leftovers = left_behind(catalog, &mut findings, left);
    leftovers.extend(registrations);
    leftovers.sort_by_key(|l| l.kind);
    ScanReport {
        os: system.os(),
        scanned_at: now,
        findings,
        failures,
        leftovers,
        region,
        windows,
        package_manager: system_info::package_manager(&ctx),
        probe_ms,
        elapsed_ms: millis(started),
    }
}

fn millis(since: Instant) -> u64 {
    u64::try_from(since.elapsed().as_millis()).unwrap_or(u64::MAX)
}

/// One thing left behind, the product it belongs to (a catalog id) and
/// where it was seen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leftover {
    pub kind: LeftoverKind,
    pub product: ProductId,
    pub evidence: Evidence,
}

/// Kaspersky's or UltraAV's products that only Security Center still lists
/// (with, at most, the settings they keep in the registry), while every
/// probe that would see their programs looked and found none: registrations
/// left behind (FACTS F40), not installed products, so never a reason to
/// uninstall.
fn registrations_left_behind(
    findings: &mut Vec<Finding>,
    present: &[ProductId],
    programs_unseen: bool,
) -> Vec<Leftover> {
    if programs_unseen {
        return Vec::new();
    }
    let mut left = Vec::new();
    findings.retain(|f| {
        let registered_only =
            f.id.filter(|id| (f.affected || f.auto_replacement) && !present.contains(id));
        if let Some(product) = registered_only {
            left.push(Leftover {
                kind: LeftoverKind::Registration,
                product,
                evidence: Evidence::RegistrationLeftBehind {
                    name: f.name.clone(),
                },
            });
        }
        registered_only.is_none()
    });
    left
}

/// What is left of products that are gone. Parts of a product that is
/// still here are not left behind: they add to its finding's evidence.
/// Kaspersky's registry keys and folders are shared by all its programs,
/// so while any of them (the Network Agent, the Password Manager) is here,
/// they are that program's own.
fn left_behind(
    catalog: &Catalog,
    findings: &mut [Finding],
    sightings: Vec<Sighting>,
) -> Vec<Leftover> {
    let mut leftovers: Vec<Leftover> = Vec::new();
    for sighting in sightings {
        let (Some(kind), Some(product)) = (sighting.leftover, sighting.product_id) else {
            continue;
        };
        let shared = matches!(kind, LeftoverKind::RegistryKey | LeftoverKind::Folder);
        let vendor = &catalog.product(product).vendor;
        let owner = findings
            .iter()
            .position(|f| f.id == Some(product))
            .or_else(|| {
                findings
                    .iter()
                    .position(|f| shared && f.affected && f.vendor == *vendor)
            });
        match owner.and_then(|at| findings.get_mut(at)) {
            Some(finding) => {
                if !finding.evidence.contains(&sighting.evidence) {
                    finding.evidence.push(sighting.evidence);
                }
            }
            None => {
                let leftover = Leftover {
                    kind,
                    product,
                    evidence: sighting.evidence,
                };
                if !leftovers.contains(&leftover) {
                    leftovers.push(leftover);
                }
            }
        }
    }
    leftovers
}

/// One finding per product: sightings of the same catalog product (or, for
/// unknown products, the same name) merge, and supporting sightings only add
/// to products another probe found.
pub fn merge(catalog: &Catalog, sightings: Vec<Sighting>, now: DateTime<Utc>) -> Vec<Finding> {
    let key = |s: &Sighting| match s.product_id {
        Some(id) => id.as_str().to_owned(),
        None => format!("unknown:{}", s.name.to_lowercase()),
    };
    let (primary, supporting): (Vec<Sighting>, Vec<Sighting>) =
        sightings.into_iter().partition(|s| !s.supporting);
    let mut groups: Vec<(String, Vec<Sighting>)> = Vec::new();
    for sighting in primary {
        let k = key(&sighting);
        match groups.iter_mut().find(|(g, _)| *g == k) {
            Some((_, group)) => group.push(sighting),
            None => groups.push((k, vec![sighting])),
        }
    }
    for sighting in supporting {
        let k = key(&sighting);
        if let Some((_, group)) = groups.iter_mut().find(|(g, _)| *g == k) {
            group.push(sighting);
        }
    }
    let mut findings: Vec<Finding> = groups
        .into_iter()
        .map(|(_, group)| finding(catalog, group, now))
        .collect();
    findings.sort_by_key(|f| {
        (
            !f.affected,
            !f.auto_replacement,
            std::cmp::Reverse(f.state.rank()),
            f.name.to_lowercase(),
        )
    });
    findings
}

/// Security Center's name is the product's own; otherwise the first name a
/// probe saw (probes report in a fixed order), otherwise the catalog's. The
/// length of a name says nothing: the same product is named in many scripts.
/// A system's own protection keeps one name everywhere, the catalog's
/// (Security Center still says "Windows Defender" on some computers).
fn finding_name(group: &[Sighting], product: Option<&Product>) -> String {
    if let Some(p) = product.filter(|p| p.is_built_in()) {
        return p.name.clone();
    }
    let generic = product.map(|p| p.name.as_str());
    let seen = |s: &&Sighting| Some(s.name.as_str()) != generic && !s.name.is_empty();
    group
        .iter()
        .filter(seen)
        // The name the product gives Security Center with its state.
        .find(|s| matches!(s.state, Some((Witness::Registration, _))))
        .or_else(|| group.iter().find(seen))
        .map(|s| s.name.as_str())
        .or(generic)
        .unwrap_or_default()
        .to_owned()
}

fn finding(catalog: &Catalog, group: Vec<Sighting>, now: DateTime<Utc>) -> Finding {
    let product = group
        .iter()
        .find_map(|s| s.product_id)
        .map(|id| catalog.product(id));
    let name = finding_name(&group, product);
    // The order of evidence decides (see `verdict`).
    let state = verdict::state(group.iter().filter_map(|s| s.state));
    let decisive = group
        .iter()
        .filter(|s| s.state.is_some_and(|(_, said)| said == state))
        .min_by_key(|s| s.state.map(|(witness, _)| witness));
    // A date in the future is a clock or a placeholder, never proof of an
    // update.
    let latest_believable = now + chrono::Duration::days(1);
    let last_update = group
        .iter()
        .filter_map(|s| s.last_update)
        .filter(|at| *at <= latest_believable)
        .max();
    let status = verdict::signatures(
        decisive.and_then(|s| s.signatures),
        group.iter().filter_map(|s| s.signatures),
        last_update,
        now,
    );
    let mut evidence: Vec<Evidence> = Vec::new();
    for s in &group {
        if !evidence.contains(&s.evidence) {
            evidence.push(s.evidence.clone());
        }
    }
    Finding {
        id: product.map(|p| p.id),
        name,
        vendor: product.map_or_else(String::new, |p| p.vendor.clone()),
        kind: product.map_or(Kind::Antivirus, |p| p.kind),
        state,
        decided_by: decisive.and_then(|s| s.state).map(|(witness, _)| witness),
        version: group.iter().find_map(|s| s.version.clone()),
        signatures: Signatures {
            status,
            last_update,
            version: group.iter().find_map(|s| s.definitions.clone()),
        },
        affected: product.is_some_and(|p| p.affected),
        auto_replacement: product.is_some_and(|p| p.auto_replacement),
        built_in: product.is_some_and(Product::is_built_in),
        managed: product.is_some_and(|p| p.managed)
            || group
                .iter()
                .any(|s| s.managed || product.is_some_and(|p| p.is_managed_name(&s.name))),
        uninstaller: group.iter().find_map(|s| s.uninstaller.clone()),
        packages: group.iter().filter_map(|s| s.package.clone()).collect(),
        settings: {
            let mut settings: Vec<Setting> = group
                .iter()
                .flat_map(|s| s.settings.iter().copied())
                .collect();
            settings.sort_unstable();
            settings.dedup();
            settings
        },
        evidence,
    }
}
