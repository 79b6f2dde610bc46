//! One settings step for `check` and `export`, by one written precedence:
//! a flag, then what the person saved in the window, then the system's
//! language (for the language) or no answer (for where they use the
//! computer and whether they are a U.S. person). A recorded computer takes
//! no saved answers: those are this computer's, not the recorded one's.

use super::*;
use avswitch::store::{Display, Progress};

pub(super) struct Settings {
    pub(super) lang: Lang,
    /// How the person reads: the window's language and text size.
    pub(super) display: Display,
    /// The answers, saved ones under the flags.
    pub(super) answers: Answers,
    /// What was saved, to plan from (never for a recorded computer).
    pub(super) saved: Option<Progress>,
    /// What the person should be told about the saved progress.
    pub(super) notice: Option<Msg>,
}

impl Settings {
    /// `store` is where progress is kept, `None` where there is none;
    /// `replaying` says the computer checked is a recorded one.
    pub(super) fn resolve(
        flag: Option<Lang>,
        who: &Who,
        store: Option<&Store>,
        replaying: bool,
    ) -> Self {
        // Only read: a newer or damaged file is the window's to set aside.
        let loaded = store.map(Store::read);
        let (progress, notice) = match loaded {
            Some(loaded) => (Some(loaded.progress), loaded.notice),
            None => (None, None),
        };
        let display = progress.as_ref().map(|p| p.display).unwrap_or_default();
        let lang = flag.or(display.language).unwrap_or_else(Lang::system);
        let saved = progress.filter(|_| !replaying);
        let mut answers = saved
            .as_ref()
            .map(|p| p.answers.clone())
            .unwrap_or_default();
        who.apply(&mut answers);
        Self {
            lang,
            display,
            answers,
            saved,
            // A replay reads none of the saved progress: nothing to say.
            notice: notice.filter(|_| !replaying),
        }
    }
}
