//! Saving, copying and printing the plan.

use egui::RichText;
use egui::accesskit::Role;

use crate::export::Format;
use crate::i18n::Lang;
use crate::model::{Action, ExportStatus, Model, Step};
use crate::t;
use crate::ui::{access, page, theme};

pub fn export_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    let lang = model.lang();
    page::page_ui(ui, lang, Step::Export, &t!(lang, "export-lead"), |ui| {
        let mut action = None;
        let question = t!(lang, "export-choose-format");
        page::question_ui(ui, &question);
        page::answers_ui(ui, &question, Role::RadioGroup, false, |ui| {
            for format in Format::ALL {
                if ui
                    .radio(model.export_format == format, format.label(lang))
                    .clicked()
                {
                    action = Some(Action::SelectFormat(format));
                }
                ui.spacing_mut().indent = ui.spacing().icon_width + ui.spacing().icon_spacing;
                ui.indent(("purpose", format.extension()), |ui| {
                    let purpose = RichText::new(format.purpose(lang));
                    ui.label(purpose.color(theme::muted(ui.visuals())));
                });
                ui.add_space(theme::SPACE_S);
            }
        });
        ui.add_space(theme::SPACE_M);

        ui.horizontal_wrapped(|ui| {
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
        let status = ui.scope(|ui| status_ui(ui, lang, &model.export, model.news.exports));
        if new_status(ui, &model.export) {
            // A result appears where the person is looking.
            status.response.scroll_to_me(None);
            // A save window took the focus: once it is done, it goes back
            // to Save..., which was disabled meanwhile.
            if matches!(
                model.export,
                ExportStatus::Saved { .. } | ExportStatus::Failed(_)
            ) {
                access::hand_focus(ui.ctx(), "save");
            }
        }
        if let Some(a) = status.inner {
            action = Some(a);
        }
        action
    })
}

/// Save..., in the bar at the bottom, so it is always in view; disabled
/// while the save window is open.
pub fn save_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    let lang = model.lang();
    let saving = model.export.busy();
    let label = if saving {
        t!(lang, "export-saving")
    } else {
        t!(lang, "export-save")
    };
    let save = ui
        .add_enabled_ui(!saving, |ui| page::primary_button(ui, &label))
        .inner
        .on_hover_text(t!(lang, "export-save-hint"));
    // Disabled while saving, Save... lost the focus: a finished save
    // hands it back (see `status_ui`).
    access::takes_focus(&save, "save");
    save.clicked().then_some(Action::SaveExport)
}

/// Whether `status` changed since the last frame.
fn new_status(ui: &egui::Ui, status: &ExportStatus) -> bool {
    let id = egui::Id::unique("avswitch_export_status");
    let now = egui::Id::unique(format!("{status:?}"));
    let before = ui.data_mut(|d| d.get_temp::<egui::Id>(id));
    ui.data_mut(|d| d.insert_temp(id, now));
    before.is_some_and(|before| before != now)
}

/// Open (where it can help) and Show in folder, for a file just written.
fn open_buttons_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    path: &std::path::Path,
    openable: bool,
) -> Option<Action> {
    ui.horizontal_wrapped(|ui| {
        let mut action = None;
        if openable && ui.button(t!(lang, "export-open")).clicked() {
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
}

fn status_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    status: &ExportStatus,
    occasion: u64,
) -> Option<Action> {
    let visuals = ui.visuals().clone();
    // The words of a result are said once, when new; its buttons are not.
    let news = |ui: &mut egui::Ui, add_words: &dyn Fn(&mut egui::Ui)| {
        access::news(ui, ("export", occasion), add_words);
    };
    match status {
        ExportStatus::Idle => None,
        ExportStatus::Saving | ExportStatus::Writing => {
            let waiting = if *status == ExportStatus::Saving {
                t!(lang, "export-waiting")
            } else {
                t!(lang, "export-writing")
            };
            ui.horizontal_wrapped(|ui| {
                ui.add(egui::Spinner::new());
                ui.label(waiting);
            });
            None
        }
        ExportStatus::Saved { path, note } => page::callout_ui(ui, theme::good(&visuals), |ui| {
            // One text, so it is read in its order: where, then why there.
            news(ui, &|ui| {
                let saved = t!(lang, "export-saved-at", path = path.display().to_string());
                let mut words = egui::text::LayoutJob::default();
                let style = ui.style();
                RichText::new(saved).strong().append_to(
                    &mut words,
                    style,
                    egui::FontSelection::Default,
                    egui::Align::Min,
                );
                if let Some(note) = note {
                    // After the sentence above, as the language joins two.
                    let then = crate::humanize::sentences(lang, "", &lang.msg(note));
                    RichText::new(then).append_to(
                        &mut words,
                        style,
                        egui::FontSelection::Default,
                        egui::Align::Min,
                    );
                }
                ui.label(words);
            });
            if let Some(note) = note {
                page::details_ui(ui, lang, note);
            }
            open_buttons_ui(ui, lang, path, true)
        }),
        ExportStatus::PrintSaved { path, note } => {
            page::callout_ui(ui, theme::attention(&visuals), |ui| {
                // The message names the page; nothing could open it, so
                // Open would only fail again.
                news(ui, &|ui| {
                    ui.label(lang.msg(note));
                });
                page::details_ui(ui, lang, note);
                open_buttons_ui(ui, lang, path, false)
            })
        }
        ExportStatus::Copied => {
            page::callout_ui(ui, theme::good(&visuals), |ui| {
                news(ui, &|ui| {
                    ui.label(t!(lang, "export-copied"));
                });
            });
            None
        }
        ExportStatus::Printing(path) => {
            page::callout_ui(ui, theme::good(&visuals), |ui| {
                news(ui, &|ui| {
                    ui.label(t!(lang, "export-printing"));
                });
                ui.label(RichText::new(path.display().to_string()).color(theme::muted(&visuals)));
            });
            None
        }
        ExportStatus::Failed(reason) => {
            page::callout_ui(ui, theme::attention(&visuals), |ui| {
                news(ui, &|ui| {
                    ui.label(RichText::new(t!(lang, "export-not-saved")).strong());
                    ui.label(lang.msg(reason));
                });
                page::details_ui(ui, lang, reason);
            });
            None
        }
        ExportStatus::AskReplace(path) => page::callout_ui(ui, theme::attention(&visuals), |ui| {
            news(ui, &|ui| {
                ui.label(t!(
                    lang,
                    "export-read-only",
                    path = path.display().to_string()
                ));
            });
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
