//! Windows' own values as the typed answers hold them: Security Center's
//! enums and its `productState` number, and FILETIMEs. Plain functions, so
//! the values Windows documents are tested on any system.

use chrono::{DateTime, Utc};

use crate::detect::vocab::{SignatureStatus, State};

/// `WSC_SECURITY_PRODUCT_STATE`: on 0, off 1, snoozed 2, expired 3.
pub fn wsc_state(value: i32) -> State {
    match value {
        0 => State::On,
        1 => State::Off,
        2 => State::Snoozed,
        3 => State::Expired,
        _ => State::Installed,
    }
}

/// `WSC_SECURITY_SIGNATURE_STATUS`: out of date 0, up to date 1.
pub fn wsc_signatures(value: i32) -> SignatureStatus {
    match value {
        0 => SignatureStatus::OutOfDate,
        1 => SignatureStatus::UpToDate,
        _ => SignatureStatus::Unknown,
    }
}

/// What the `productState` number of `root/SecurityCenter2` says (the
/// WMI view of the same list, kept in older recordings).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProductState {
    pub state: State,
    pub signatures: SignatureStatus,
    /// Microsoft's own product (Defender).
    pub microsoft: bool,
}

pub fn decode_product_state(value: u32) -> ProductState {
    let state = match value & 0xF000 {
        0x0000 => State::Off,
        0x1000 => State::On,
        0x2000 => State::Snoozed,
        0x3000 => State::Expired,
        _ => State::Installed,
    };
    let signatures = match value & 0x00F0 {
        0x00 => SignatureStatus::UpToDate,
        0x10 => SignatureStatus::OutOfDate,
        _ => SignatureStatus::Unknown,
    };
    ProductState {
        state,
        signatures,
        microsoft: value & 0x0F00 == 0x0100,
    }
}

/// Windows' FILETIME (100-nanosecond ticks since 1601) as an instant;
/// zero and the largest values mean "never".
pub fn filetime(ticks: u64) -> Option<DateTime<Utc>> {
    const TICKS_PER_SECOND: u64 = 10_000_000;
    const SECONDS_1601_TO_1970: i64 = 11_644_473_600;
    if ticks == 0 || ticks >= 0x7FFF_FFFF_FFFF_FFFF {
        return None;
    }
    let seconds = i64::try_from(ticks / TICKS_PER_SECOND).ok()? - SECONDS_1601_TO_1970;
    let nanos = u32::try_from(ticks % TICKS_PER_SECOND).ok()? * 100;
    DateTime::from_timestamp(seconds, nanos)
}

#[cfg(test)]
mod tests;
