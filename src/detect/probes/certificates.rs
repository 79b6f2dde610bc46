//! Kaspersky's trusted root certificate: in Windows' root stores, asked of
//! Windows directly, or in the macOS System keychain; and whether Firefox
//! trusts the system's roots, Kaspersky's with them.

use super::{firefox_profiles, leftover};
use crate::detect::answers::RootCertificate;
use crate::detect::parse::browsers::{join, trusts_system_roots};
use crate::detect::parse::certificates::{is_kaspersky_subject, parse_find_certificate};
use crate::detect::probe::{Ctx, Evidence, ProbeResult, Sighting, from_list};
use crate::detect::vocab::{LeftoverKind, Os};
use crate::i18n::{Msg, or_not_known};
use crate::msg;

pub const SYSTEM_KEYCHAIN: &str = "/Library/Keychains/System.keychain";
const SECURITY: &str = "/usr/bin/security";
const PREFS_LIMIT: u64 = 16 * 1024 * 1024;

pub fn certificates(ctx: &Ctx) -> ProbeResult {
    let (mut found, skipped) = match ctx.system.os() {
        Os::Windows => {
            let roots = ctx.system.root_certificates().map_err(|e| e.msg())?;
            (windows_certificates(&roots.items), roots.skipped)
        }
        Os::MacOs => (keychain_certificates(ctx)?, Vec::new()),
        _ => (Vec::new(), Vec::new()),
    };
    // Firefox keeps its own store, but may be set to trust the system's.
    if !found.is_empty() {
        let os = ctx.system.os();
        for profile in firefox_profiles(ctx)? {
            let prefs = join(os, &profile, "prefs.js");
            let Some(bytes) = ctx.read_file(&prefs, PREFS_LIMIT)? else {
                continue;
            };
            if trusts_system_roots(&String::from_utf8_lossy(&bytes)) {
                let detail = msg!("evidence-firefox-system-roots", path = &prefs);
                found.push(certificate(detail));
            }
        }
    }
    from_list(found, &skipped)
}

fn certificate(detail: Msg) -> Sighting {
    leftover(
        "kaspersky",
        LeftoverKind::Certificate,
        Evidence::new("probe-certificates", detail),
    )
}

fn windows_certificates(roots: &[RootCertificate]) -> Vec<Sighting> {
    roots
        .iter()
        .filter(|c| is_kaspersky_subject(&c.subject))
        .map(|c: &RootCertificate| {
            certificate(msg!(
                "evidence-leftover-certificate",
                subject = &c.subject,
                store = &c.store,
                thumbprint = &c.thumbprint,
                until = or_not_known(c.not_after.as_deref())
            ))
        })
        .collect()
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
            certificate(msg!(
                "evidence-leftover-keychain",
                name = c.name,
                keychain = SYSTEM_KEYCHAIN,
                sha1 = c.sha1
            ))
        })
        .collect())
}
