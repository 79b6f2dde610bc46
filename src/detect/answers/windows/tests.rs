use super::*;

#[test]
fn security_center_states_and_signatures_as_the_api_gives_them() {
    assert_eq!(
        [0, 1, 2, 3, 4, -1].map(wsc_state),
        [
            State::On,
            State::Off,
            State::Snoozed,
            State::Expired,
            State::Installed,
            State::Installed
        ]
    );
    assert_eq!(
        [0, 1, 2].map(wsc_signatures),
        [
            SignatureStatus::OutOfDate,
            SignatureStatus::UpToDate,
            SignatureStatus::Unknown
        ]
    );
}

#[test]
fn product_state_known_values() {
    let cases = [
        (397568, State::On, SignatureStatus::UpToDate, true),
        (393472, State::Off, SignatureStatus::UpToDate, true),
        (266240, State::On, SignatureStatus::UpToDate, false),
        (266256, State::On, SignatureStatus::OutOfDate, false),
        (262144, State::Off, SignatureStatus::UpToDate, false),
        (270336, State::Snoozed, SignatureStatus::UpToDate, false),
        (274432, State::Expired, SignatureStatus::UpToDate, false),
    ];
    for (value, state, signatures, microsoft) in cases {
        assert_eq!(
            decode_product_state(value),
            ProductState {
                state,
                signatures,
                microsoft
            },
            "{value}"
        );
    }
}

#[test]
fn filetimes() {
    // 2024-10-15 08:30:12 UTC, as Defender writes SignaturesLastUpdated.
    assert_eq!(
        filetime(133_734_546_120_000_000),
        "2024-10-15T08:30:12Z".parse().ok()
    );
    assert_eq!(filetime(0), None);
    assert_eq!(filetime(u64::MAX), None);
}
