//! Windows: Security Center, Microsoft Defender, the installed programs,
//! Kaspersky's last update and the running programs, each asked of Windows
//! directly through the port. No program is started.

use crate::detect::answers::{SecurityProduct, Unanswered};
use crate::detect::catalog::Product;
use crate::detect::evidence::{DefenderSource, Evidence, RunningMode, Stamp};
use crate::detect::parse::windows::{
    DEFENDER_KEYS, PASSWORD_SUBKEYS, UpdateStamp, defender_from_registry, defender_policies,
    defender_state, password_protection, removal_restricted, uninstall_command, update_stamps,
};
use crate::detect::probe::{Ctx, ProbeResult, Sighting, from_list};
use crate::detect::product_id::ProductId;
use crate::detect::registry::RegKey;
use crate::detect::vocab::{Setting, SignatureStatus, State, Witness};
use crate::i18n::Msg;
use crate::msg;

pub fn security_center(ctx: &Ctx) -> ProbeResult {
    let products = ctx.system.antivirus_products().map_err(|e| match e {
        // Windows Server and Wine have no Security Center.
        Unanswered::Unavailable(detail) => msg!("failure-no-security-center", detail = detail),
        other => other.msg(),
    })?;
    let seen = products
        .items
        .iter()
        .map(|product| security_center_sighting(ctx, product))
        .collect();
    from_list(seen, &products.skipped)
}

fn security_center_sighting(ctx: &Ctx, product: &SecurityProduct) -> Sighting {
    let seen = Evidence::SecurityCenter {
        state: product.state,
        signatures: product.signatures,
        reported: product.reported.as_deref().map(Stamp::read),
        program: product.path.clone(),
    };
    let mut sighting = Sighting::program(ctx.catalog, &product.name, None, seen);
    sighting.state = Some((Witness::Registration, product.state));
    sighting.signatures = Some(product.signatures);
    sighting
}

/// Microsoft Defender Antivirus by its own report; where that cannot be
/// asked, by what its registry keeps (what was switched off, the
/// definitions' date). A Windows without Defender adds nothing.
pub fn defender(ctx: &Ctx) -> ProbeResult {
    let product = ctx.catalog.product(ProductId::MicrosoftDefender);
    let (status, source) = match ctx.system.defender() {
        Ok(status) => (status, DefenderSource::Report),
        Err(asked) => {
            let mut keys: [Option<RegKey>; 5] = Default::default();
            for (slot, key) in keys.iter_mut().zip(DEFENDER_KEYS) {
                // Neither way could look: a check that did not run.
                *slot = ctx.system.registry_key(key).map_err(|_| asked.msg())?;
            }
            match defender_from_registry(&keys) {
                Some(status) => (status, DefenderSource::Registry),
                // No report and no key of its own: only a policy set for
                // it may still be said, beside what Security Center lists.
                None => return Ok(defender_policy(ctx, product).into_iter().collect()),
            }
        }
    };
    let seen = Evidence::Defender {
        source,
        antivirus: status.antivirus_enabled,
        realtime: status.real_time_protection,
        mode: status.running_mode.as_deref().map(RunningMode::read),
        definitions_version: status.signature_version.clone(),
        definitions_updated: status.signatures_updated,
    };
    let mut sighting = Sighting::of(product, &product.name, seen);
    sighting.state = Some((Witness::OwnReport, defender_state(&status)));
    sighting.last_update = status.signatures_updated;
    sighting.definitions = status.signature_version;
    Ok(std::iter::once(sighting)
        .chain(defender_policy(ctx, product))
        .collect())
}

/// A policy value that turns Defender off (FACTS F41), when one is set. A
/// key that cannot be read shows nothing: a value not seen proves nothing.
fn defender_policy(ctx: &Ctx, product: &Product) -> Option<Sighting> {
    let [.., policy, realtime] = DEFENDER_KEYS;
    let read = |key| ctx.system.registry_key(key).ok().flatten();
    let (policy_key, realtime_key) = (read(policy), read(realtime));
    let set = defender_policies(policy_key.as_ref(), realtime_key.as_ref());
    if set.is_empty() {
        return None;
    }
    let seen = Evidence::DefenderPolicy {
        key: policy.to_owned(),
        values: set.into_iter().map(str::to_owned).collect(),
    };
    let mut sighting = Sighting::of(product, &product.name, seen).supporting();
    sighting.settings.push(Setting::OffByPolicy);
    Some(sighting)
}

pub const UNINSTALL_KEYS: [&str; 3] = [
    r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall",
    r"HKLM\Software\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall",
    r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall",
];

pub fn installed_programs(ctx: &Ctx) -> ProbeResult {
    let keys = registry_trees(ctx, &UNINSTALL_KEYS)?;
    Ok(keys
        .iter()
        .filter_map(|key| {
            let name = key.string("DisplayName")?;
            let publisher = key.string("Publisher");
            let product = ctx.catalog.match_program(name, publisher)?;
            let seen = Evidence::InstalledProgram {
                name: name.to_owned(),
                publisher: publisher.map(str::to_owned),
            };
            let mut sighting = Sighting::of(product, name, seen);
            sighting.version = key.string("DisplayVersion").map(str::to_owned);
            sighting.uninstaller = uninstall_command(key);
            sighting.managed = removal_restricted(key);
            Some(sighting)
        })
        .collect())
}

/// Where Kaspersky's products keep their settings, each product's update
/// stamp under `protected\<product>\Data`.
pub const KASPERSKY_KEYS: [&str; 2] = [
    r"HKLM\SOFTWARE\KasperskyLab\protected",
    r"HKLM\SOFTWARE\WOW6432Node\KasperskyLab\protected",
];

/// When Kaspersky last updated, or that it never did.
pub fn kaspersky_last_update(ctx: &Ctx) -> ProbeResult {
    let product = ctx.catalog.product(ProductId::Kaspersky);
    let mut data = Vec::new();
    let mut answered = false;
    let mut failure = None;
    for key in KASPERSKY_KEYS {
        match ctx.system.registry_key(key) {
            Ok(Some(protected)) => {
                answered = true;
                for name in &protected.subkeys {
                    let path = format!(r"{}\{name}\Data", protected.path);
                    if let Ok(Some(values)) = ctx.system.registry_key(&path) {
                        data.push(values);
                    }
                }
            }
            Ok(None) => answered = true,
            Err(err) => failure = Some(registry_failure(key, &err)),
        }
    }
    if let (false, Some(failure)) = (answered, failure) {
        return Err(failure.into());
    }
    let stamps = update_stamps(&data);
    let latest = stamps
        .iter()
        .filter_map(|stamp| match stamp {
            UpdateStamp::At(at) => Some(*at),
            UpdateStamp::Never => None,
        })
        .max();
    if latest.is_none() && !stamps.contains(&UpdateStamp::Never) {
        return Ok(Vec::new());
    }
    let seen = Evidence::KasperskyUpdate { at: latest };
    let mut sighting = Sighting::of(product, &product.name, seen).supporting();
    sighting.last_update = latest;
    if latest.is_none() {
        sighting.signatures = Some(SignatureStatus::NeverUpdated);
    }
    Ok(std::iter::once(sighting)
        .chain(kaspersky_password(ctx, product))
        .collect())
}

/// Where Kaspersky's product keys (`AVP21.3`) are, each holding whether its
/// password protection is on.
const KASPERSKY_ROOTS: [&str; 4] = [
    r"HKLM\SOFTWARE\KasperskyLab",
    r"HKLM\SOFTWARE\WOW6432Node\KasperskyLab",
    r"HKLM\SOFTWARE\KasperskyLab\protected",
    r"HKLM\SOFTWARE\WOW6432Node\KasperskyLab\protected",
];

/// Kaspersky's password protection, when a product key says it is on
/// (FACTS F38). Keys that cannot be read show nothing.
fn kaspersky_password(ctx: &Ctx, product: &Product) -> Option<Sighting> {
    let read = |key: &str| ctx.system.registry_key(key).ok().flatten();
    let (key, value) = KASPERSKY_ROOTS.iter().find_map(|root| {
        let products = read(root)?.subkeys;
        products
            .iter()
            .filter(|name| name.to_ascii_uppercase().starts_with("AVP"))
            .find_map(|name| {
                let keys: Vec<RegKey> = PASSWORD_SUBKEYS
                    .iter()
                    .filter_map(|sub| read(&format!(r"{root}\{name}\{sub}")))
                    .collect();
                let value = password_protection(&keys)?;
                Some((format!(r"{root}\{name}"), value))
            })
    })?;
    let seen = Evidence::KasperskyPassword {
        key,
        value: value.to_owned(),
    };
    let mut sighting = Sighting::of(product, &product.name, seen).supporting();
    sighting.settings.push(Setting::PasswordProtected);
    Some(sighting)
}

pub fn running_programs(ctx: &Ctx) -> ProbeResult {
    let images = ctx.system.processes().map_err(|e| e.msg())?;
    // Windows itself always runs, so an empty list was never read.
    if images.items.is_empty() {
        return Err(msg!("failure-running-programs-silent").into());
    }
    let mut sightings: Vec<Sighting> = Vec::new();
    for image in &images.items {
        let (product, helper) = match ctx.catalog.match_process(image) {
            Some(product) => (product, false),
            None => match ctx.catalog.match_helper_process(image) {
                Some(product) => (product, true),
                None => continue,
            },
        };
        if sightings.iter().any(|s| s.product_id == Some(product.id)) {
            continue;
        }
        let seen = Evidence::Running {
            program: image.clone(),
        };
        let mut sighting = Sighting::of(product, &product.name, seen);
        sighting.supporting = helper;
        sighting.state = Some((Witness::Running, State::On));
        sightings.push(sighting);
    }
    from_list(sightings, &images.skipped)
}

/// Reads each key and everything under it. A key that does not exist is
/// simply empty; the probe fails only when no key could be read at all.
pub fn registry_trees(ctx: &Ctx, keys: &[&str]) -> Result<Vec<RegKey>, Msg> {
    let mut found = Vec::new();
    let mut failure = None;
    let mut answered = false;
    for key in keys {
        match ctx.system.registry_tree(key) {
            Ok(tree) => {
                answered = true;
                found.extend(tree);
            }
            Err(err) => failure = Some(registry_failure(key, &err)),
        }
    }
    match (answered, failure) {
        (false, Some(failure)) => Err(failure),
        _ => Ok(found),
    }
}

/// A registry key that could not be read, naming it.
pub fn registry_failure(key: &str, error: &Unanswered) -> Msg {
    msg!("failure-unreadable", path = key, detail = error.detail())
}
