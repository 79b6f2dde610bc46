//! Kaspersky's trusted root certificate: in Windows' root stores, asked of
//! Windows directly, or in the macOS System keychain; and whether Firefox
//! trusts the system's roots, Kaspersky's with them.

use super::firefox_profiles;
use crate::detect::answers::RootCertificate;
use crate::detect::parse::browsers::{join, trusts_system_roots};
use crate::detect::parse::certificates::parse_find_certificate;
use crate::detect::probe::{Ctx, Evidence, ProbeResult, Sighting, from_list};
use crate::detect::product_id::ProductId;
use crate::detect::vocab::{LeftoverKind, Os};
use crate::i18n::Msg;

pub const SYSTEM_KEYCHAIN: &str = "/Library/Keychains/System.keychain";
const SECURITY: &str = "/usr/bin/security";
const PREFS_LIMIT: u64 = 16 * 1024 * 1024;

pub fn certificates(ctx: &Ctx) -> ProbeResult {
    let (mut found, skipped) = match ctx.system.os() {
        Os::Windows => {
            let roots = ctx.system.root_certificates().map_err(|e| e.msg())?;
            (windows_certificates(ctx, &roots.items), roots.skipped)
        }
        Os::MacOs => (keychain_certificates(ctx)?, Vec::new()),
        _ => (Vec::new(), Vec::new()),
    };
    // Firefox keeps its own store, but may be set to trust the system's.
    if let Some(product) = found.first().and_then(|s| s.product_id) {
        let os = ctx.system.os();
        for profile in firefox_profiles(ctx)? {
            let prefs = join(os, &profile, "prefs.js");
            let Some(bytes) = ctx.read_file(&prefs, PREFS_LIMIT)? else {
                continue;
            };
            if trusts_system_roots(&String::from_utf8_lossy(&bytes)) {
                let seen = Evidence::FirefoxTrustsSystemRoots { settings: prefs };
                found.push(certificate(product, seen));
            }
        }
    }
    from_list(found, &skipped)
}

fn certificate(product: ProductId, evidence: Evidence) -> Sighting {
    Sighting::leftover(product, LeftoverKind::Certificate, evidence)
}

fn windows_certificates(ctx: &Ctx, roots: &[RootCertificate]) -> Vec<Sighting> {
    roots
        .iter()
        .filter_map(|c: &RootCertificate| {
            let product = ctx.catalog.match_mark(&c.subject)?;
            let seen = Evidence::RootCertificate {
                subject: c.subject.clone(),
                store: c.store.clone(),
                thumbprint: c.thumbprint.clone(),
                valid_until: c.not_after.clone(),
            };
            Some(certificate(product.id, seen))
        })
        .collect()
}

/// The certificates in the system keychain whose names mark a product,
/// searched by each mark.
fn keychain_certificates(ctx: &Ctx) -> Result<Vec<Sighting>, Msg> {
    let mut found = Vec::new();
    for mark in ctx.catalog.products.iter().flat_map(|p| &p.marks) {
        let args = ["find-certificate", "-a", "-c", mark, "-Z", SYSTEM_KEYCHAIN];
        // `security` exits non-zero when it finds nothing; only the output counts.
        let output = ctx.run(SECURITY, &args)?;
        let text = String::from_utf8_lossy(&output.stdout);
        for c in parse_find_certificate(&text) {
            let Some(product) = ctx.catalog.match_mark(&c.name) else {
                continue;
            };
            let seen = Evidence::KeychainCertificate {
                name: c.name,
                keychain: SYSTEM_KEYCHAIN.to_owned(),
                sha1: c.sha1,
            };
            found.push(certificate(product.id, seen));
        }
    }
    Ok(found)
}
