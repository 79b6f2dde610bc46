//! Who the U.S. ban covers: anyone in the United States, and U.S. citizens
//! and permanent residents anywhere (facts F5, F21). The person's two
//! answers, and what follows from them.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::t;

/// Where the person uses this computer most of the time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    UnitedStates,
    Elsewhere,
    PreferNotToSay,
}

impl Region {
    pub const ALL: [Region; 3] = [
        Region::UnitedStates,
        Region::Elsewhere,
        Region::PreferNotToSay,
    ];

    pub fn label(self, lang: Lang) -> String {
        match self {
            Region::UnitedStates => t!(lang, "region-us"),
            Region::Elsewhere => t!(lang, "region-elsewhere"),
            Region::PreferNotToSay => t!(lang, "answer-prefer-not"),
        }
    }

    /// The answer a system's region setting suggests: an ISO 3166 code
    /// ("US", "ID"). Only a suggestion: the person confirms it.
    pub fn suggested_by(code: &str) -> Option<Region> {
        let code = code.trim();
        (code.len() == 2 && code.chars().all(|c| c.is_ascii_alphabetic())).then(|| {
            if code.eq_ignore_ascii_case("US") {
                Region::UnitedStates
            } else {
                Region::Elsewhere
            }
        })
    }
}

/// "Are you a U.S. citizen or a U.S. permanent resident?"
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UsPerson {
    Yes,
    No,
    PreferNotToSay,
}

impl UsPerson {
    pub const ALL: [UsPerson; 3] = [UsPerson::Yes, UsPerson::No, UsPerson::PreferNotToSay];

    pub fn label(self, lang: Lang) -> String {
        match self {
            UsPerson::Yes => t!(lang, "answer-yes"),
            UsPerson::No => t!(lang, "answer-no"),
            UsPerson::PreferNotToSay => t!(lang, "answer-prefer-not"),
        }
    }
}

/// Whether the U.S. ban covers the person, from their answers: it covers
/// anyone in the United States, and U.S. citizens and permanent residents
/// anywhere (facts F5, F21).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    Covered,
    NotCovered,
    Unknown,
}

impl Coverage {
    pub const ALL: [Coverage; 3] = [Coverage::Covered, Coverage::NotCovered, Coverage::Unknown];

    pub fn from_answers(region: Option<Region>, us_person: Option<UsPerson>) -> Self {
        match (region, us_person) {
            (Some(Region::UnitedStates), _) => Coverage::Covered,
            (Some(Region::Elsewhere), Some(UsPerson::Yes)) => Coverage::Covered,
            (Some(Region::Elsewhere), Some(UsPerson::No)) => Coverage::NotCovered,
            _ => Coverage::Unknown,
        }
    }

    /// "The U.S. ban covers you: ..." in one line, for every export.
    pub fn line(self, lang: Lang) -> String {
        match self {
            Coverage::Covered => t!(lang, "coverage-covered"),
            Coverage::NotCovered => t!(lang, "coverage-not-covered"),
            Coverage::Unknown => t!(lang, "coverage-unknown"),
        }
    }

    /// The facts the coverage line rests on.
    pub fn facts(self) -> &'static [&'static str] {
        match self {
            Coverage::Covered => &["F21"],
            Coverage::NotCovered | Coverage::Unknown => &["F21", "F22"],
        }
    }
}
