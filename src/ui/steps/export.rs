//! Saving, copying and printing the plan.

use egui::{self, RichText};

use crate::export::Format;
use crate::i18n::Lang;
use crate::model::{Action, ExportStatus, Model, Step};
use crate::t;
use crate::ui::{page, theme};

pub fn export_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    let lang = model.lang();
    page::page_ui(ui, lang, Step::Export, &t!(lang, "export-lead"), |ui| {
        let mut action = None;
        ui.label(RichText::new(t!(lang, "export-choose-format")).strong());
        for format in Format::ALL {
            if ui
                .radio(model.export_format == format, format.label(lang))
                .clicked()
            {
                action = Some(Action::SelectFormat(format));
            }
            ui.spacing_mut().indent = ui.spacing().icon_width + ui.spacing().icon_spacing;
            ui.indent(("purpose", format.extension()), |ui| {
                ui.label(RichText::new(format.purpose(lang)).color(theme::muted(ui.visuals())));
            });
            ui.add_space(theme::SPACE_S);
        }
        ui.add_space(theme::SPACE_M);

        let saving = model.export == ExportStatus::Saving;
        ui.horizontal_wrapped(|ui| {
            let save_label = if saving {
                t!(lang, "export-saving")
            } else {
                t!(lang, "export-save")
            };
            if ui
                .add_enabled(
                    !saving,
                    egui::Button::new(save_label)
                        .min_size(egui::vec2(120.0, theme::CONTROL_HEIGHT)),
                )
                .on_hover_text(t!(lang, "export-save-hint"))
                .clicked()
            {
                action = Some(Action::SaveExport);
            }
            if ui
                .button(t!(lang, "export-copy"))
                .on_hover_text(t!(lang, "export-copy-hint"))
                .clicked()
            {
                action = Some(Action::CopyExport);
            }
            if ui
                .button(t!(lang, "export-print"))
                .on_hover_text(t!(lang, "export-print-hint"))
                .clicked()
            {
                action = Some(Action::PrintExport);
            }
        });
        ui.add_space(theme::SPACE_M);
        if let Some(a) = status_ui(ui, lang, &model.export) {
            action = Some(a);
        }
        action
    })
}

fn status_ui(ui: &mut egui::Ui, lang: Lang, status: &ExportStatus) -> Option<Action> {
    let visuals = ui.visuals().clone();
    match status {
        ExportStatus::Idle => None,
        ExportStatus::Saving => {
            ui.horizontal(|ui| {
                ui.add(egui::Spinner::new());
                ui.label(t!(lang, "export-waiting"));
            });
            None
        }
        ExportStatus::Saved { path, note } => page::callout_ui(ui, theme::good(&visuals), |ui| {
            ui.label(RichText::new(t!(lang, "export-saved")).strong());
            ui.label(path.display().to_string());
            if let Some(note) = note {
                ui.label(lang.msg(note));
                page::details_ui(ui, lang, note);
            }
            ui.horizontal_wrapped(|ui| {
                let mut action = None;
                if ui.button(t!(lang, "export-open")).clicked() {
                    action = Some(Action::Open(path.display().to_string()));
                }
                if let Some(folder) = path.parent()
                    && ui.button(t!(lang, "export-show-in-folder")).clicked()
                {
                    action = Some(Action::Open(folder.display().to_string()));
                }
                action
            })
            .inner
        }),
        ExportStatus::Copied => {
            page::callout_ui(ui, theme::good(&visuals), |ui| {
                ui.label(t!(lang, "export-copied"));
            });
            None
        }
        ExportStatus::Printing(path) => {
            page::callout_ui(ui, theme::good(&visuals), |ui| {
                ui.label(t!(lang, "export-printing"));
                ui.label(RichText::new(path.display().to_string()).color(theme::muted(&visuals)));
            });
            None
        }
        ExportStatus::Failed(reason) => {
            page::callout_ui(ui, theme::attention(&visuals), |ui| {
                ui.label(RichText::new(t!(lang, "export-not-saved")).strong());
                ui.label(lang.msg(reason));
                page::details_ui(ui, lang, reason);
            });
            None
        }
        ExportStatus::AskReplace(path) => page::callout_ui(ui, theme::attention(&visuals), |ui| {
            let path = path.display().to_string();
            ui.label(t!(lang, "export-read-only", path = path));
            ui.horizontal_wrapped(|ui| {
                let mut action = None;
                if ui.button(t!(lang, "export-replace")).clicked() {
                    action = Some(Action::ReplaceReadOnly);
                }
                if ui.button(t!(lang, "export-keep")).clicked() {
                    action = Some(Action::ExportDone(ExportStatus::Idle));
                }
                action
            })
            .inner
        }),
    }
}
