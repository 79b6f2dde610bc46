use eframe::egui;

use crate::model::{Action, Model, Step};
use crate::ui::{page, theme};

pub fn welcome_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    page::page_ui(
        ui,
        Step::Welcome,
        "Since the U.S. ban, Kaspersky anti-virus no longer receives updates in the United States. AV Switch helps you check this computer, understand the deadlines, and replace Kaspersky safely, one step at a time.",
        |ui| {
            let facts: Vec<_> = model.advisory.fact("F4").into_iter().collect();
            page::sources_ui(ui, &model.advisory, &facts);
            ui.add_space(theme::SPACE_M);
            ui.label("It works entirely on this computer: nothing is sent anywhere, you need no account, and it changes nothing on your computer unless you click a button that says so.");
            ui.add_space(theme::SPACE_L);
            page::primary_button(ui, "Begin")
                .on_hover_text("Start with a check of this computer")
                .clicked()
                .then_some(Action::Next)
        },
    )
}
