//! COM, started once for the whole process in its multithreaded apartment,
//! so the check's worker threads may ask Security Center and WMI.

use std::sync::OnceLock;

use windows::Win32::Foundation::RPC_E_TOO_LATE;
use windows::Win32::System::Com::{
    CoIncrementMTAUsage, CoInitializeSecurity, EOAC_NONE, RPC_C_AUTHN_LEVEL_DEFAULT,
    RPC_C_IMP_LEVEL_IMPERSONATE,
};

use crate::detect::answers::Unanswered;

pub fn ensure() -> Result<(), Unanswered> {
    static STARTED: OnceLock<Result<(), Unanswered>> = OnceLock::new();
    STARTED
        .get_or_init(|| {
            // SAFETY: plain calls with no pointers; the apartment is kept
            // for the life of the process, so the cookie is never used.
            unsafe {
                CoIncrementMTAUsage().map_err(|e| super::unanswered(&e))?;
                // WMI wants to impersonate the caller, as its own examples
                // set up. Only "too late" (the process chose its security
                // already) is harmless; any other failure is said.
                let security = CoInitializeSecurity(
                    None,
                    -1,
                    None,
                    None,
                    RPC_C_AUTHN_LEVEL_DEFAULT,
                    RPC_C_IMP_LEVEL_IMPERSONATE,
                    None,
                    EOAC_NONE,
                    None,
                );
                match security {
                    Err(error) if error.code() != RPC_E_TOO_LATE => {
                        return Err(super::unanswered(&error));
                    }
                    _ => {}
                }
            }
            Ok(())
        })
        .clone()
}
