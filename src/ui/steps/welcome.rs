use eframe::egui;

use crate::model::{Action, Model, Step};
use crate::t;
use crate::ui::{page, theme};

pub fn welcome_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    let lang = model.lang();
    page::page_ui(ui, lang, Step::Welcome, &t!(lang, "welcome-lead"), |ui| {
        let facts: Vec<_> = model.advisory.fact("F4").into_iter().collect();
        page::sources_ui(ui, lang, &model.advisory, &facts);
        ui.add_space(theme::SPACE_M);
        ui.label(t!(lang, "welcome-privacy"));
        ui.add_space(theme::SPACE_L);
        page::primary_button(ui, &t!(lang, "welcome-begin"))
            .on_hover_text(t!(lang, "welcome-begin-hint"))
            .clicked()
            .then_some(Action::Next)
    })
}
