//! The trusted root certificates of the machine and of the person
//! (Crypt32's `ROOT` system stores), as the `Cert:` drive lists them.

use std::collections::HashSet;

use windows::Win32::Foundation::ERROR_FILE_NOT_FOUND;
use windows::Win32::Security::Cryptography::{
    CERT_CONTEXT, CERT_NAME_STR_REVERSE_FLAG, CERT_OPEN_STORE_FLAGS, CERT_QUERY_ENCODING_TYPE,
    CERT_SHA1_HASH_PROP_ID, CERT_STORE_OPEN_EXISTING_FLAG, CERT_STORE_PROV_SYSTEM_W,
    CERT_STORE_READONLY_FLAG, CERT_STRING_TYPE, CERT_SYSTEM_STORE_CURRENT_USER,
    CERT_SYSTEM_STORE_LOCAL_MACHINE, CERT_X500_NAME_STR, CertCloseStore,
    CertEnumCertificatesInStore, CertGetCertificateContextProperty, CertNameToStrW, CertOpenStore,
    HCERTSTORE, X509_ASN_ENCODING,
};
use windows::core::w;

use crate::detect::answers::{Answer, RootCertificate};
use crate::detect::parse::windows::filetime;

pub fn root_certificates() -> Answer<Vec<RootCertificate>> {
    let mut found = Vec::new();
    let mut seen = HashSet::new();
    for (location, store) in [
        (CERT_SYSTEM_STORE_LOCAL_MACHINE, r"LocalMachine\Root"),
        (CERT_SYSTEM_STORE_CURRENT_USER, r"CurrentUser\Root"),
    ] {
        // The person's store also shows the machine's: each once.
        for certificate in read_store(location, store)? {
            if seen.insert(certificate.thumbprint.clone()) {
                found.push(certificate);
            }
        }
    }
    Ok(found)
}

fn read_store(location: u32, name: &str) -> Answer<Vec<RootCertificate>> {
    let flags =
        CERT_OPEN_STORE_FLAGS(location) | CERT_STORE_READONLY_FLAG | CERT_STORE_OPEN_EXISTING_FLAG;
    // SAFETY: the store is opened read-only, walked with the API's own
    // enumerator (which frees each context as it moves on) and closed.
    unsafe {
        let opened = CertOpenStore(
            CERT_STORE_PROV_SYSTEM_W,
            CERT_QUERY_ENCODING_TYPE(0),
            None,
            flags,
            Some(w!("ROOT").as_ptr().cast()),
        );
        let store: HCERTSTORE = match opened {
            Ok(store) => store,
            // A store that was never made holds no certificates.
            Err(error) if error.code() == ERROR_FILE_NOT_FOUND.to_hresult() => {
                return Ok(Vec::new());
            }
            Err(error) => return Err(super::unanswered(&error)),
        };
        let mut certificates = Vec::new();
        let mut context = CertEnumCertificatesInStore(store, None);
        while !context.is_null() {
            certificates.push(certificate(&*context, name));
            context = CertEnumCertificatesInStore(store, Some(context));
        }
        // Closing a store opened read-only cannot lose anything.
        let _closed = CertCloseStore(Some(store), 0);
        Ok(certificates)
    }
}

/// # Safety
/// `context` must be a live certificate context from a store.
unsafe fn certificate(context: &CERT_CONTEXT, store: &str) -> RootCertificate {
    // SAFETY: the caller passes a live context, whose `pCertInfo` Windows
    // keeps valid as long as the context.
    unsafe {
        let info = &*context.pCertInfo;
        let kind = CERT_STRING_TYPE(CERT_X500_NAME_STR.0 | CERT_NAME_STR_REVERSE_FLAG);
        let length = CertNameToStrW(X509_ASN_ENCODING, &info.Subject, kind, None);
        let mut subject = vec![0u16; length as usize];
        CertNameToStrW(X509_ASN_ENCODING, &info.Subject, kind, Some(&mut subject));
        let mut hash = [0u8; 20];
        let mut size = hash.len() as u32;
        let thumbprint = CertGetCertificateContextProperty(
            context,
            CERT_SHA1_HASH_PROP_ID,
            Some(hash.as_mut_ptr().cast()),
            &mut size,
        )
        .map(|()| hash.iter().map(|b| format!("{b:02X}")).collect())
        .unwrap_or_default();
        let ticks = (u64::from(info.NotAfter.dwHighDateTime) << 32)
            | u64::from(info.NotAfter.dwLowDateTime);
        RootCertificate {
            subject: super::wide(&subject),
            thumbprint,
            not_after: filetime(ticks).map(|at| at.format("%Y-%m-%d").to_string()),
            store: store.to_owned(),
        }
    }
}
