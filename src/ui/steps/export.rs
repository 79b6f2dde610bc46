//! Saving, copying and printing the plan.

use eframe::egui::{self, RichText};

use crate::export::Format;
use crate::model::{Action, ExportStatus, Model, Step};
use crate::ui::{page, theme};

pub fn export_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    page::page_ui(
        ui,
        Step::Export,
        "Keep your plan where you will see it: print it and keep it by the computer, add a reminder to your calendar, or send it to someone who helps you.",
        |ui| {
            let mut action = None;
            ui.label(RichText::new("Choose a format").strong());
            for format in Format::ALL {
                if ui
                    .radio(model.export_format == format, format.label())
                    .clicked()
                {
                    action = Some(Action::SelectFormat(format));
                }
                ui.spacing_mut().indent = ui.spacing().icon_width + ui.spacing().icon_spacing;
                ui.indent(("purpose", format.extension()), |ui| {
                    ui.label(RichText::new(format.purpose()).color(theme::muted(ui.visuals())));
                });
                ui.add_space(theme::SPACE_S);
            }
            ui.add_space(theme::SPACE_M);

            let saving = model.export == ExportStatus::Saving;
            ui.horizontal_wrapped(|ui| {
                let save_label = if saving { "Saving..." } else { "Save..." };
                if ui
                    .add_enabled(
                        !saving,
                        egui::Button::new(save_label)
                            .min_size(egui::vec2(120.0, theme::CONTROL_HEIGHT)),
                    )
                    .on_hover_text("Choose where to save the file")
                    .clicked()
                {
                    action = Some(Action::SaveExport);
                }
                if ui
                    .button("Copy as text")
                    .on_hover_text("Put the plan on the clipboard, to paste into an e-mail")
                    .clicked()
                {
                    action = Some(Action::CopyExport);
                }
                if ui
                    .button("Print")
                    .on_hover_text("Open the printable page in your web browser")
                    .clicked()
                {
                    action = Some(Action::PrintExport);
                }
            });
            ui.add_space(theme::SPACE_M);
            if let Some(a) = status_ui(ui, &model.export) {
                action = Some(a);
            }
            action
        },
    )
}

fn status_ui(ui: &mut egui::Ui, status: &ExportStatus) -> Option<Action> {
    let visuals = ui.visuals().clone();
    match status {
        ExportStatus::Idle => None,
        ExportStatus::Saving => {
            ui.horizontal(|ui| {
                ui.add(egui::Spinner::new());
                ui.label("Waiting for you to pick a place in the save window...");
            });
            None
        }
        ExportStatus::Saved { path, note } => page::callout_ui(ui, theme::good(&visuals), |ui| {
            ui.label(RichText::new("Saved.").strong());
            ui.label(path.display().to_string());
            if let Some(note) = note {
                ui.label(note);
            }
            ui.horizontal(|ui| {
                let mut action = None;
                if ui.button("Open").clicked() {
                    action = Some(Action::Open(path.display().to_string()));
                }
                if let Some(folder) = path.parent()
                    && ui.button("Show in folder").clicked()
                {
                    action = Some(Action::Open(folder.display().to_string()));
                }
                action
            })
            .inner
        }),
        ExportStatus::Copied => {
            page::callout_ui(ui, theme::good(&visuals), |ui| {
                ui.label("Copied as plain text. You can paste it into an e-mail or a document.");
            });
            None
        }
        ExportStatus::Printing(path) => {
            page::callout_ui(ui, theme::good(&visuals), |ui| {
                ui.label("The printable page opened in your web browser. Use its Print command (Ctrl+P, or Cmd+P on a Mac).");
                ui.label(RichText::new(path.display().to_string()).color(theme::muted(&visuals)));
            });
            None
        }
        ExportStatus::Failed(reason) => {
            page::callout_ui(ui, theme::attention(&visuals), |ui| {
                ui.label(RichText::new("Not saved.").strong());
                ui.label(reason);
            });
            None
        }
    }
}
