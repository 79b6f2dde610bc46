use crate::model::{Action, Model, Step};
use crate::t;
use crate::ui::{page, theme};

pub fn welcome_ui(ui: &mut egui::Ui, model: &Model) {
    let lang = model.lang();
    let advisory = &model.advisory;
    let (lead, facts) = advisory.welcome(lang, model.coverage());
    page::page_ui(ui, lang, Step::Welcome, &lead, |ui| {
        let facts: Vec<_> = facts.iter().filter_map(|id| advisory.fact(*id)).collect();
        page::sources_ui(ui, lang, &model.advisory, &facts);
        ui.add_space(theme::SPACE_M);
        ui.label(t!(lang, "welcome-privacy"));
    });
}

/// Begins the wizard, from the bar at the bottom.
pub fn begin_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    let lang = model.lang();
    page::primary_button(ui, &t!(lang, "welcome-begin"))
        .on_hover_text(t!(lang, "welcome-begin-hint"))
        .clicked()
        .then_some(Action::Next)
}
