//! One module per wizard step; each draws from the model and may return an
//! action.

mod check;
mod checklist;
mod choose;
mod deadlines;
mod export;
mod welcome;

use crate::model::{Action, Model, Step};
use crate::t;
use crate::ui::page;

pub fn step_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    match model.step {
        Step::Welcome => {
            welcome::welcome_ui(ui, model);
            None
        }
        Step::Deadlines => {
            deadlines::deadlines_ui(ui, model);
            None
        }
        Step::Check => check::check_ui(ui, model),
        Step::Choose => choose::choose_ui(ui, model),
        Step::Checklist => checklist::checklist_ui(ui, model),
        Step::Export => export::export_ui(ui, model),
    }
}

/// The step's main action, for the bar at the bottom of the window.
pub fn main_action_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    match model.step {
        Step::Welcome => welcome::begin_ui(ui, model),
        Step::Export => export::save_ui(ui, model),
        _ => next_ui(ui, model),
    }
}

/// Next, with where it leads.
fn next_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    let lang = model.lang();
    let next = model.step.next()?;
    let hint = t!(lang, "wizard-next-hint", step = next.name(lang));
    page::primary_button(ui, &t!(lang, "wizard-next"))
        .on_hover_text(hint)
        .clicked()
        .then_some(Action::Next)
}
