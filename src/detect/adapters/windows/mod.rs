//! Windows, asked directly and in-process: Security Center, Defender's own
//! report (WMI), the certificate stores (Crypt32), the registry and a
//! process snapshot (Toolhelp). No program is started, so nothing depends
//! on PowerShell being allowed, and no anti-virus sees an unknown program
//! launch a shell. Every answer is a plain value (see `answers`).

mod certificates;
mod com;
mod defender;
mod processes;
mod registry;
mod security_center;

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

pub use certificates::root_certificates;
pub use defender::defender;
pub use processes::processes;
pub use registry::registry_key;
pub use security_center::antivirus_products;

use crate::detect::answers::{Answer, Unanswered};

/// How long a COM service (Security Center, WMI) may take: one that hangs
/// must not hold up the whole check.
const ANSWER_TIMEOUT: Duration = Duration::from_secs(20);

/// A source asked on a thread of its own, at most one question at a time.
/// A call stuck inside Windows cannot be stopped: its thread is left to
/// finish, and until it does, asking again is answered at once instead of
/// leaving one more stuck thread behind at each check.
pub struct Source {
    name: &'static str,
    asking: AtomicBool,
}

impl Source {
    pub const fn new(name: &'static str) -> Self {
        Self {
            name,
            asking: AtomicBool::new(false),
        }
    }

    /// `ask`'s answer, given up after `ANSWER_TIMEOUT`.
    pub fn ask<T: Send + 'static>(
        &'static self,
        ask: impl FnOnce() -> Answer<T> + Send + 'static,
    ) -> Answer<T> {
        if self.asking.swap(true, Ordering::AcqRel) {
            return Err(Unanswered::Failed(format!(
                "{} has still not answered the previous check",
                self.name
            )));
        }
        let (send, receive) = std::sync::mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("avswitch-windows-question".to_owned())
            .spawn(move || {
                let answer = ask();
                self.asking.store(false, Ordering::Release);
                // The receiver may have given up already.
                let _late = send.send(answer);
            });
        if let Err(error) = spawned {
            self.asking.store(false, Ordering::Release);
            return Err(Unanswered::Failed(error.to_string()));
        }
        receive.recv_timeout(ANSWER_TIMEOUT).unwrap_or_else(|_| {
            Err(Unanswered::Failed(format!(
                "{} gave no answer within {} seconds",
                self.name,
                ANSWER_TIMEOUT.as_secs()
            )))
        })
    }
}

/// A Windows error as an unanswered question: a component that is not
/// there (Security Center on Windows Server, a WMI namespace Defender
/// brings) is unavailable, a refusal is denied, anything else failed.
fn unanswered(error: &windows::core::Error) -> Unanswered {
    const REGDB_E_CLASSNOTREG: u32 = 0x8004_0154;
    const E_ACCESSDENIED: u32 = 0x8007_0005;
    const WBEM_E_ACCESS_DENIED: u32 = 0x8004_1003;
    const WBEM_E_NOT_FOUND: u32 = 0x8004_1002;
    const WBEM_E_INVALID_NAMESPACE: u32 = 0x8004_100E;
    const WBEM_E_INVALID_CLASS: u32 = 0x8004_1010;
    // HRESULTs are compared as the unsigned numbers Windows documents.
    let code = error.code().0.cast_unsigned();
    let message = error.message();
    let detail = match message.trim() {
        "" => format!("0x{code:08X}"),
        words => format!("{words} (0x{code:08X})"),
    };
    match code {
        REGDB_E_CLASSNOTREG
        | WBEM_E_NOT_FOUND
        | WBEM_E_INVALID_NAMESPACE
        | WBEM_E_INVALID_CLASS => Unanswered::Unavailable(detail),
        E_ACCESSDENIED | WBEM_E_ACCESS_DENIED => Unanswered::Denied(detail),
        _ => Unanswered::Failed(detail),
    }
}

/// A NUL-terminated UTF-16 buffer as text.
fn wide(buffer: &[u16]) -> String {
    let end = buffer.iter().position(|&c| c == 0).unwrap_or(buffer.len());
    String::from_utf16_lossy(&buffer[..end])
}
