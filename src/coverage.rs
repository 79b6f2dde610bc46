//! Who the U.S. ban covers: anyone in the United States, and U.S. citizens
//! and permanent residents anywhere (facts F5, F21). The person's two
//! answers, and what follows from them.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::fact_id::FactId;
use crate::i18n::Lang;
use crate::t;

/// Region names by ISO 3166 code in each language, from the Unicode CLDR.
const REGION_NAMES: &str = include_str!("../assets/regions.tsv");

/// The name of a region in `lang` ("ID" is "Indonesia"); `None` for a code
/// that names no region.
pub fn region_name(code: &str, lang: Lang) -> Option<&'static str> {
    static TABLE: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        REGION_NAMES
            .lines()
            .filter(|line| !line.starts_with('#'))
            .map(|line| line.split('\t').collect())
            .collect()
    });
    // The columns, in the order the file's heading names them.
    let column = match lang {
        Lang::En => 1,
        Lang::Es => 2,
        Lang::Id => 3,
        Lang::ZhHans => 4,
        Lang::Vi => 5,
        Lang::Ru => 6,
        Lang::PtBr => 7,
    };
    table
        .iter()
        .find(|row| row[0].eq_ignore_ascii_case(code.trim()))
        .and_then(|row| row.get(column).copied())
}

/// Where the person uses this computer most of the time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
    /// ("US", "ID") that names a region. Only a suggestion: the person
    /// confirms it.
    pub fn suggested_by(code: &str) -> Option<Region> {
        region_name(code, Lang::En)?;
        Some(if code.trim().eq_ignore_ascii_case("US") {
            Region::UnitedStates
        } else {
            Region::Elsewhere
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
    pub fn facts(self) -> &'static [FactId] {
        match self {
            Coverage::Covered => &[FactId::F21],
            Coverage::NotCovered | Coverage::Unknown => &[FactId::F21, FactId::F22],
        }
    }

    /// The facts under the questions about the person: the coverage line's,
    /// and how a suggested region is read (`suggested`) while the person
    /// has not answered.
    pub fn question_facts(self, suggested: bool) -> Vec<FactId> {
        let mut facts = self.facts().to_vec();
        if suggested {
            facts.push(FactId::F24);
        }
        facts
    }

    /// Whether the coverage line is worth showing: not while unknown, when
    /// the questions above it are what to answer.
    pub fn is_known(self) -> bool {
        self != Coverage::Unknown
    }

    /// Whether the ban may cover this person: what it covers is marked for
    /// attention unless it is known not to.
    pub fn may_cover(self) -> bool {
        self != Coverage::NotCovered
    }

    /// What to say of Kaspersky's Password Manager, VPN or Safe Kids
    /// (`$apps`) while choosing: the ban's reach only to a person it
    /// covers; the checklist holds them once the person is switching.
    pub fn companions_text(self) -> &'static str {
        match self {
            Coverage::Covered => "choose-guide-companions-covered",
            Coverage::Unknown => "choose-guide-companions-unknown",
            Coverage::NotCovered => "choose-guide-companions-chosen",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_by_name_in_each_language() {
        assert_eq!(region_name("ID", Lang::En), Some("Indonesia"));
        assert_eq!(region_name("us", Lang::Es), Some("Estados Unidos"));
        assert_eq!(region_name("US", Lang::Id), Some("Amerika Serikat"));
        assert_eq!(region_name("DE", Lang::Id), Some("Jerman"));
        assert_eq!(region_name("US", Lang::ZhHans), Some("美国"));
        assert_eq!(region_name("VN", Lang::Vi), Some("Việt Nam"));
        assert_eq!(region_name("RU", Lang::Ru), Some("Россия"));
        assert_eq!(region_name("BR", Lang::PtBr), Some("Brasil"));
        // Every row names the region in every language.
        for code in REGION_NAMES.lines().filter(|l| !l.starts_with('#')) {
            let code = code.split('\t').next().unwrap_or_default();
            for lang in Lang::ALL {
                assert!(
                    region_name(code, lang).is_some_and(|n| !n.is_empty()),
                    "{code}"
                );
            }
        }
        assert_eq!(region_name("ZZ", Lang::En), None);
        assert_eq!(region_name("", Lang::En), None);
        assert_eq!(region_name("USA", Lang::En), None);
    }

    #[test]
    fn coverage_follows_the_person_and_the_place() {
        use Coverage::*;
        let cases = [
            (None, None, Unknown),
            (Some(Region::UnitedStates), None, Covered),
            (Some(Region::UnitedStates), Some(UsPerson::No), Covered),
            (Some(Region::Elsewhere), None, Unknown),
            (Some(Region::Elsewhere), Some(UsPerson::Yes), Covered),
            (Some(Region::Elsewhere), Some(UsPerson::No), NotCovered),
            (
                Some(Region::Elsewhere),
                Some(UsPerson::PreferNotToSay),
                Unknown,
            ),
            (Some(Region::PreferNotToSay), Some(UsPerson::No), Unknown),
        ];
        for (region, us_person, expected) in cases {
            assert_eq!(
                Coverage::from_answers(region, us_person),
                expected,
                "{region:?} {us_person:?}"
            );
        }
    }

    #[test]
    fn a_region_code_only_suggests() {
        assert_eq!(Region::suggested_by("US"), Some(Region::UnitedStates));
        assert_eq!(Region::suggested_by("us\r\n"), Some(Region::UnitedStates));
        assert_eq!(Region::suggested_by("ID"), Some(Region::Elsewhere));
        assert_eq!(Region::suggested_by(""), None);
        assert_eq!(Region::suggested_by("USA"), None);
        assert_eq!(Region::suggested_by("4!"), None);
    }
}
