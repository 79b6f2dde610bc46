//! The order of evidence, written once: when the probes disagree about one
//! product, which of them decides the state it is in and how current its
//! virus definitions are. `docs/architecture.md` shows it as a table.
//!
//! 1. A product's own report to the system (Security Center: on, off,
//!    snoozed, expired) outranks its own status report (Defender's), which
//!    outranks the service manager, which outranks "a program of it is
//!    running": a running program whose licence ended is expired.
//! 2. Among witnesses of equal standing, the most active state wins: a
//!    stale duplicate registration loses to the live one.
//! 3. "No definitions at all" outranks everything; then a known date of the
//!    last update (a week or older is out of date); then "never updated";
//!    then the decisive witness's own word.

use chrono::{DateTime, Utc};

use super::vocab::{SignatureStatus, State, Witness};

/// Definitions older than this are out of date: vendors publish several a day.
pub const STALE_AFTER_DAYS: i64 = 7;

/// The state the most telling witness gives; `Installed` when none spoke.
pub fn state(said: impl IntoIterator<Item = (Witness, State)>) -> State {
    said.into_iter()
        .min_by_key(|(witness, state)| (*witness, std::cmp::Reverse(state.rank())))
        .map_or(State::Installed, |(_, state)| state)
}

/// How current the definitions are: `decisive` is the status word of the
/// witness whose state counts, `others` every other status word said,
/// `last_update` the newest believable date of an update.
pub fn signatures(
    decisive: Option<SignatureStatus>,
    others: impl IntoIterator<Item = SignatureStatus>,
    last_update: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> SignatureStatus {
    let mut said: Vec<SignatureStatus> = decisive.into_iter().collect();
    said.extend(others);
    if said.contains(&SignatureStatus::Missing) {
        return SignatureStatus::Missing;
    }
    if let Some(at) = last_update {
        return if (now - at).num_days() >= STALE_AFTER_DAYS {
            SignatureStatus::OutOfDate
        } else {
            SignatureStatus::UpToDate
        };
    }
    if said.contains(&SignatureStatus::NeverUpdated) {
        return SignatureStatus::NeverUpdated;
    }
    said.into_iter()
        .find(|status| *status != SignatureStatus::Unknown)
        .unwrap_or(SignatureStatus::Unknown)
}

#[cfg(test)]
mod tests {
    use super::*;
    use SignatureStatus::*;
    use State::*;
    use Witness::*;

    fn now() -> DateTime<Utc> {
        "2026-12-05T12:00:00Z".parse().expect("now")
    }

    #[test]
    fn the_products_own_report_outranks_a_running_program() {
        for reported in [Off, Snoozed, Expired] {
            assert_eq!(state([(Running, On), (Registration, reported)]), reported);
        }
        assert_eq!(state([(Running, On), (OwnReport, Off)]), Off);
        assert_eq!(state([(ServiceManager, Off), (Running, On)]), Off);
        assert_eq!(state([(Running, On)]), On);
    }

    #[test]
    fn a_stale_duplicate_registration_loses_to_the_live_one() {
        assert_eq!(state([(Registration, Off), (Registration, On)]), On);
        assert_eq!(state([(Registration, Expired), (Registration, On)]), On);
    }

    #[test]
    fn no_witness_leaves_it_installed() {
        assert_eq!(state([]), Installed);
    }

    #[test]
    fn never_updated_outranks_out_of_date_and_a_date_outranks_a_word() {
        assert_eq!(
            signatures(Some(OutOfDate), [NeverUpdated], None, now()),
            NeverUpdated
        );
        let yesterday = now() - chrono::Duration::days(1);
        let old = now() - chrono::Duration::days(900);
        assert_eq!(
            signatures(Some(OutOfDate), [], Some(yesterday), now()),
            UpToDate
        );
        assert_eq!(signatures(Some(UpToDate), [], Some(old), now()), OutOfDate);
        assert_eq!(
            signatures(Some(UpToDate), [Missing], Some(yesterday), now()),
            Missing
        );
        assert_eq!(
            signatures(None, [Unknown, OutOfDate], None, now()),
            OutOfDate
        );
        assert_eq!(signatures(None, [], None, now()), Unknown);
    }
}
