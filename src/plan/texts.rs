//! The plan's words: every item's title, reason and steps in the person's
//! language, with what every text may mention.

use super::*;

/// What every text of the plan may mention: the replacement's name and how
/// things stand with Kaspersky's updates.
pub(super) struct Texts {
    pub(super) lang: Lang,
    pub(super) name: String,
    pub(super) updates: String,
}

impl Texts {
    pub(super) fn args(&self) -> [(&'static str, Arg); 2] {
        [
            ("name", Arg::from(&self.name)),
            ("updates", Arg::from(&self.updates)),
        ]
    }

    pub(super) fn text(&self, key: &str) -> String {
        self.lang.text(key, &self.args())
    }

    /// Item `id`, worded by text `key`: its value is the title, `.why` says
    /// why, `.step-*` are the steps and `.link` labels its button, if any.
    pub(super) fn item(&self, id: ItemId, stage: Stage, key: &str) -> Item {
        self.item_with(id, stage, key, &self.args())
    }

    /// An item whose texts take `args` instead of the plan's own.
    pub(super) fn item_with(
        &self,
        id: ItemId,
        stage: Stage,
        key: &str,
        args: &[(&str, Arg)],
    ) -> Item {
        Item {
            id,
            stage,
            title: self.lang.text(key, args),
            why: self.lang.text(&format!("{key}.why"), args),
            steps: self.lang.list(key, "step-", args),
            actions: Vec::new(),
            confirm: None,
            note: false,
            facts: Vec::new(),
        }
    }

    pub(super) fn section(&self, id: &str, key: &str, items: Vec<Item>) -> Option<Section> {
        (!items.is_empty()).then(|| Section {
            id: id.to_owned(),
            title: self.text(key),
            items,
        })
    }
}
