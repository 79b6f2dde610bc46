//! The wizard's pages and their order.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::t;

/// The wizard's pages, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Welcome,
    Check,
    Deadlines,
    Choose,
    Checklist,
    Export,
}

impl Step {
    pub const ALL: [Step; 6] = [
        Step::Welcome,
        Step::Check,
        Step::Deadlines,
        Step::Choose,
        Step::Checklist,
        Step::Export,
    ];

    /// Short name for the step indicator.
    pub fn name(self, lang: Lang) -> String {
        match self {
            Step::Welcome => t!(lang, "step-welcome"),
            Step::Check => t!(lang, "step-check"),
            Step::Deadlines => t!(lang, "step-deadlines"),
            Step::Choose => t!(lang, "step-choose"),
            Step::Checklist => t!(lang, "step-checklist"),
            Step::Export => t!(lang, "step-export"),
        }
    }

    /// The page's heading.
    pub fn title(self, lang: Lang) -> String {
        match self {
            Step::Welcome => t!(lang, "step-welcome.title"),
            Step::Check => t!(lang, "step-check.title"),
            Step::Deadlines => t!(lang, "step-deadlines.title"),
            Step::Choose => t!(lang, "step-choose.title"),
            Step::Checklist => t!(lang, "step-checklist.title"),
            Step::Export => t!(lang, "step-export.title"),
        }
    }

    /// Position counted from 1, for "Step 3 of 6".
    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.number()).copied()
    }

    pub fn prev(self) -> Option<Step> {
        self.number()
            .checked_sub(2)
            .and_then(|i| Step::ALL.get(i))
            .copied()
    }
}
