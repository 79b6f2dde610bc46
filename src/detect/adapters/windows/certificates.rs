//! The trusted root certificates of the machine and of the person
//! (Crypt32's `ROOT` system stores), as the `Cert:` drive lists them.

use std::collections::HashSet;

use windows::Win32::Foundation::{ERROR_FILE_NOT_FOUND, ERROR_NO_MORE_FILES, GetLastError};
use windows::Win32::Security::Cryptography::{
    CERT_CONTEXT, CERT_NAME_STR_REVERSE_FLAG, CERT_OPEN_STORE_FLAGS, CERT_QUERY_ENCODING_TYPE,
    CERT_SHA1_HASH_PROP_ID, CERT_STORE_OPEN_EXISTING_FLAG, CERT_STORE_PROV_SYSTEM_W,
    CERT_STORE_READONLY_FLAG, CERT_STRING_TYPE, CERT_SYSTEM_STORE_CURRENT_USER,
    CERT_SYSTEM_STORE_LOCAL_MACHINE, CERT_X500_NAME_STR, CertCloseStore,
    CertEnumCertificatesInStore, CertGetCertificateContextProperty, CertNameToStrW, CertOpenStore,
    HCERTSTORE, X509_ASN_ENCODING,
};
use windows::core::w;

use crate::detect::answers::windows::filetime;
use crate::detect::answers::{Answer, Listed, RootCertificate, Skipped};

/// `CRYPT_E_NOT_FOUND`: what the enumerator leaves when it ran out.
const CRYPT_E_NOT_FOUND: u32 = 0x8009_2004;

/// Both stores; one that cannot be opened is skipped by name while the
/// other still answers.
pub fn root_certificates() -> Answer<Listed<RootCertificate>> {
    let mut listed = Listed::default();
    let mut seen = HashSet::new();
    let mut failures = Vec::new();
    for (location, store) in [
        (CERT_SYSTEM_STORE_LOCAL_MACHINE, r"LocalMachine\Root"),
        (CERT_SYSTEM_STORE_CURRENT_USER, r"CurrentUser\Root"),
    ] {
        match read_store(location, store) {
            Ok(read) => {
                // The person's store also shows the machine's: each once.
                for certificate in read.items {
                    if seen.insert(certificate.thumbprint.clone()) {
                        listed.items.push(certificate);
                    }
                }
                listed.skipped.extend(read.skipped);
            }
            Err(why) => {
                listed.skipped.push(Skipped {
                    what: store.to_owned(),
                    why: why.clone(),
                });
                failures.push(why);
            }
        }
    }
    // Neither store could be opened: no answer at all.
    if failures.len() == 2 {
        return Err(failures.swap_remove(0));
    }
    Ok(listed)
}

/// A store opened here, closed when this is dropped, on every path.
struct Store(HCERTSTORE);

impl Drop for Store {
    fn drop(&mut self) {
        // SAFETY: the handle came from CertOpenStore and is closed once.
        // Closing a store opened read-only cannot lose anything.
        let _closed = unsafe { CertCloseStore(Some(self.0), 0) };
    }
}

fn read_store(location: u32, name: &str) -> Answer<Listed<RootCertificate>> {
    let flags =
        CERT_OPEN_STORE_FLAGS(location) | CERT_STORE_READONLY_FLAG | CERT_STORE_OPEN_EXISTING_FLAG;
    // SAFETY: the store is opened read-only, walked with the API's own
    // enumerator (which frees each context as it moves on) and closed by
    // its guard.
    unsafe {
        let opened = CertOpenStore(
            CERT_STORE_PROV_SYSTEM_W,
            CERT_QUERY_ENCODING_TYPE(0),
            None,
            flags,
            Some(w!("ROOT").as_ptr().cast()),
        );
        let store = match opened {
            Ok(store) => Store(store),
            // A store that was never made holds no certificates.
            Err(error) if error.code() == ERROR_FILE_NOT_FOUND.to_hresult() => {
                return Ok(Listed::default());
            }
            Err(error) => return Err(super::unanswered(&error)),
        };
        let mut listed = Listed::default();
        let mut context = CertEnumCertificatesInStore(store.0, None);
        while !context.is_null() {
            match certificate(&*context, name) {
                Ok(found) => listed.items.push(found),
                Err(skipped) => listed.skipped.push(skipped),
            }
            context = CertEnumCertificatesInStore(store.0, Some(context));
        }
        // The end of the store, told apart from a failure on the way.
        let last = GetLastError();
        if last.0 != CRYPT_E_NOT_FOUND && last != ERROR_NO_MORE_FILES {
            listed.skipped.push(Skipped {
                what: format!("{name}, after {} certificates", listed.items.len()),
                why: super::unanswered(&windows::core::Error::from_hresult(last.to_hresult())),
            });
        }
        Ok(listed)
    }
}

/// # Safety
/// `context` must be a live certificate context from a store.
unsafe fn certificate(context: &CERT_CONTEXT, store: &str) -> Result<RootCertificate, Skipped> {
    // SAFETY: the caller passes a live context, whose `pCertInfo` Windows
    // keeps valid as long as the context.
    unsafe {
        let info = &*context.pCertInfo;
        let kind = CERT_STRING_TYPE(CERT_X500_NAME_STR.0 | CERT_NAME_STR_REVERSE_FLAG);
        let length = CertNameToStrW(X509_ASN_ENCODING, &info.Subject, kind, None);
        let mut subject = vec![0u16; length as usize];
        CertNameToStrW(X509_ASN_ENCODING, &info.Subject, kind, Some(&mut subject));
        let subject = super::wide(&subject);
        let mut hash = [0u8; 20];
        let mut size = hash.len() as u32;
        let thumbprint = CertGetCertificateContextProperty(
            context,
            CERT_SHA1_HASH_PROP_ID,
            Some(hash.as_mut_ptr().cast()),
            &mut size,
        )
        .map(|()| hash.iter().map(|b| format!("{b:02X}")).collect())
        .map_err(|error| Skipped {
            what: format!(r"{store}\{subject}"),
            why: super::unanswered(&error),
        })?;
        let ticks = (u64::from(info.NotAfter.dwHighDateTime) << 32)
            | u64::from(info.NotAfter.dwLowDateTime);
        Ok(RootCertificate {
            subject,
            thumbprint,
            not_after: filetime(ticks).map(|at| at.format("%Y-%m-%d").to_string()),
            store: store.to_owned(),
        })
    }
}
