//! The wizard's state and the actions that change it. No GUI code: the views
//! in `ui` read a `Model` and return `Action`s, which `Model::apply` carries out.

use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::advisory::Advisory;

/// The wizard's pages, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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
    pub fn name(self) -> &'static str {
        match self {
            Step::Welcome => "Welcome",
            Step::Check => "Check",
            Step::Deadlines => "Deadlines",
            Step::Choose => "Choose",
            Step::Checklist => "Checklist",
            Step::Export => "Export",
        }
    }

    /// The page's heading.
    pub fn title(self) -> &'static str {
        match self {
            Step::Welcome => "Welcome to AV Switch",
            Step::Check => "Check this computer",
            Step::Deadlines => "The deadlines, and where today stands",
            Step::Choose => "Choose a replacement",
            Step::Checklist => "Your checklist",
            Step::Export => "Save, print or share your plan",
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

/// What a view asks the model to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Next,
    Back,
    GoTo(Step),
}

pub struct Model {
    pub advisory: Arc<Advisory>,
    pub step: Step,
    /// Steps the person has opened at least once.
    visited: [bool; Step::ALL.len()],
    /// The current time, set by the app before each frame; never read from
    /// the system clock inside the model.
    pub now: DateTime<Utc>,
}

impl Model {
    pub fn new(advisory: Arc<Advisory>, now: DateTime<Utc>) -> Self {
        let mut model = Self {
            advisory,
            step: Step::Welcome,
            visited: [false; Step::ALL.len()],
            now,
        };
        model.go_to(Step::Welcome);
        model
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Next => {
                if let Some(step) = self.step.next() {
                    self.go_to(step);
                }
            }
            Action::Back => {
                if let Some(step) = self.step.prev() {
                    self.go_to(step);
                }
            }
            Action::GoTo(step) => self.go_to(step),
        }
    }

    pub fn visited(&self, step: Step) -> bool {
        self.visited[step.number() - 1]
    }

    fn go_to(&mut self, step: Step) {
        self.step = step;
        self.visited[step.number() - 1] = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model() -> Model {
        let advisory = Arc::new(Advisory::embedded().expect("advisory"));
        Model::new(advisory, "2026-11-28T12:00:00Z".parse().expect("now"))
    }

    #[test]
    fn steps_walk_in_order_both_ways() {
        assert_eq!(Step::Welcome.prev(), None);
        assert_eq!(Step::Export.next(), None);
        let forward: Vec<Step> = std::iter::successors(Some(Step::Welcome), |s| s.next()).collect();
        assert_eq!(forward, Step::ALL);
        let back: Vec<Step> = std::iter::successors(Some(Step::Export), |s| s.prev()).collect();
        assert_eq!(back.into_iter().rev().collect::<Vec<_>>(), Step::ALL);
        assert_eq!(Step::Deadlines.number(), 3);
    }

    #[test]
    fn navigation_marks_visited_and_stops_at_the_ends() {
        let mut m = model();
        assert!(m.visited(Step::Welcome));
        assert!(!m.visited(Step::Check));
        m.apply(Action::Back);
        assert_eq!(m.step, Step::Welcome);
        m.apply(Action::Next);
        m.apply(Action::Next);
        assert_eq!(m.step, Step::Deadlines);
        assert!(m.visited(Step::Check));
        m.apply(Action::GoTo(Step::Export));
        m.apply(Action::Next);
        assert_eq!(m.step, Step::Export);
        assert!(!m.visited(Step::Choose));
    }
}
