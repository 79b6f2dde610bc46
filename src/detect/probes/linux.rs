//! Linux: installed packages (dpkg, rpm), known install folders, systemd
//! units, the ClamAV virus database and KESL's own report.

use crate::detect::parse::linux::{
    Package, parse_clamav_header, parse_dpkg_status, parse_is_active, parse_kesl_app_info,
    parse_rpm_query,
};
use crate::detect::probe::{Ctx, Evidence, ProbeResult, Sighting, damaged, unreadable};
use crate::detect::product_id::ProductId;
use crate::detect::vocab::{SignatureStatus, State, Witness};
use crate::msg;

// ── Probes ──────────────────────────────────────────────────────────────────

const DPKG_STATUS: &str = "/var/lib/dpkg/status";
const RPM: [&str; 2] = ["/usr/bin/rpm", "/bin/rpm"];
const SYSTEMCTL: [&str; 2] = ["/usr/bin/systemctl", "/bin/systemctl"];
const KESL_CONTROL: &str = "/opt/kaspersky/kesl/bin/kesl-control";
const CLAMAV_FOLDER: &str = "/var/lib/clamav";
const CLAMAV_DATABASES: [&str; 2] = ["/var/lib/clamav/daily.cvd", "/var/lib/clamav/daily.cld"];

pub fn packages(ctx: &Ctx) -> ProbeResult {
    let mut found: Vec<(Package, &str)> = Vec::new();
    if let Some(bytes) = ctx.read_file(DPKG_STATUS, u64::MAX)? {
        let listed = parse_dpkg_status(&String::from_utf8_lossy(&bytes));
        found.extend(listed.into_iter().map(|p| (p, "dpkg")));
    }
    if let Some(rpm) = ctx.first_existing(&RPM)? {
        let names: Vec<&str> = ctx
            .catalog
            .products
            .iter()
            .flat_map(|p| p.linux_packages.iter().map(String::as_str))
            .collect();
        let args: Vec<&str> = std::iter::once("-q").chain(names.iter().copied()).collect();
        // rpm exits non-zero when any package is missing; the output still counts.
        let output = ctx.run(rpm, &args)?;
        let listed = parse_rpm_query(&names, &String::from_utf8_lossy(&output.stdout));
        found.extend(listed.into_iter().map(|p| (p, "rpm")));
    }
    Ok(found
        .into_iter()
        .filter_map(|(package, manager)| {
            let product = ctx.catalog.match_package(&package.name)?;
            let seen = Evidence::Package {
                name: package.name.clone(),
                version: package.version.clone(),
                database: manager,
            };
            let mut sighting = Sighting::of(product, &product.name, seen);
            sighting.version = package.version;
            sighting.package = Some(package.name);
            Some(sighting)
        })
        .collect())
}

pub fn install_folders(ctx: &Ctx) -> ProbeResult {
    let mut found = Vec::new();
    for product in &ctx.catalog.products {
        for path in &product.linux_paths {
            if ctx.exists(path)? {
                let seen = Evidence::ProgramFolder { path: path.clone() };
                found.push(Sighting::of(product, &product.name, seen));
            }
        }
    }
    Ok(found)
}

pub fn services(ctx: &Ctx) -> ProbeResult {
    let Some(systemctl) = ctx.first_existing(&SYSTEMCTL)? else {
        return Ok(Vec::new()); // no systemd (a container, another init): nothing to ask
    };
    let units: Vec<(ProductId, &str)> = ctx
        .catalog
        .products
        .iter()
        .flat_map(|p| p.linux_units.iter().map(move |u| (p.id, u.as_str())))
        .collect();
    let names: Vec<&str> = units.iter().map(|(_, unit)| *unit).collect();
    let args: Vec<&str> = std::iter::once("is-active")
        .chain(names.iter().copied())
        .collect();
    let output = ctx.run(systemctl, &args)?;
    let states = parse_is_active(&names, &String::from_utf8_lossy(&output.stdout));
    Ok(states
        .into_iter()
        .filter_map(|(unit, state)| {
            let id = units.iter().find(|(_, u)| *u == unit)?.0;
            let product = ctx.catalog.product(id);
            let seen = Evidence::Unit {
                unit: unit.to_owned(),
                running: state == State::On,
            };
            let sighting = Sighting::of(product, &product.name, seen)
                .supporting()
                .says(Witness::ServiceManager, state);
            Some(sighting)
        })
        .collect())
}

/// KESL's own report of its databases. It answers only root and the
/// kesladmin/keslaudit groups; anyone else gets a failed check saying so.
pub fn kesl_state(ctx: &Ctx) -> ProbeResult {
    let product = ctx.catalog.product(ProductId::KasperskyEndpointLinux);
    if !ctx.exists(KESL_CONTROL)? {
        return Ok(Vec::new());
    }
    let output = ctx.run(KESL_CONTROL, &["--app-info"])?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.success {
        let said = [output.stderr.as_str(), &stdout]
            .into_iter()
            .flat_map(str::lines)
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("-")
            .to_owned();
        return Err(msg!("failure-kesl-permission", detail = said).into());
    }
    let info = parse_kesl_app_info(&stdout);
    let seen = Evidence::Kesl {
        released: info.databases_released,
        loaded: info.databases_loaded,
    };
    let mut sighting = Sighting::of(product, &product.name, seen).supporting();
    sighting.last_update = info.databases_released;
    if info.databases_loaded == Some(false) {
        sighting.signatures = Some(SignatureStatus::Missing);
    }
    Ok(vec![sighting])
}

pub fn clamav_database(ctx: &Ctx) -> ProbeResult {
    let product = ctx.catalog.product(ProductId::ClamAv);
    let sighting = match ctx.first_existing(&CLAMAV_DATABASES)? {
        None => {
            let folder = CLAMAV_FOLDER.to_owned();
            let seen = Evidence::ClamavMissing { folder };
            let mut sighting = Sighting::of(product, &product.name, seen);
            sighting.signatures = Some(SignatureStatus::Missing);
            sighting
        }
        Some(path) => {
            let header = ctx
                .system
                .read_file(path, 512)
                .map_err(|e| unreadable(path, &e))?;
            let db = parse_clamav_header(&header).map_err(|e| damaged(path, e))?;
            let seen = Evidence::ClamavDatabase {
                path: path.to_owned(),
                version: db.version,
                signatures: db.signatures,
                built: db.built,
            };
            let mut sighting = Sighting::of(product, &product.name, seen);
            sighting.last_update = Some(db.built);
            sighting.definitions = Some(format!("daily {}", db.version));
            sighting
        }
    };
    Ok(vec![sighting.supporting()])
}
