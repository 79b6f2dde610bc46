//! The checklist: items grouped by section, ticked over days, with how-to
//! steps, buttons that open the right system page, and a finish-by date.

use chrono::Days;
use egui::RichText;
use egui::accesskit::Role;

use crate::humanize;
use crate::i18n::Lang;
use crate::model::{Action, Model, Step};
use crate::plan::{Do, Item, ItemAction, Plan};
use crate::t;
use crate::ui::{access, page, theme};

pub fn checklist_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    let plan = model.plan();
    let lang = model.lang();
    page::page_ui(
        ui,
        lang,
        Step::Checklist,
        &t!(lang, "checklist-lead"),
        |ui| list_ui(ui, model, &plan),
    )
}

fn list_ui(ui: &mut egui::Ui, model: &Model, plan: &Plan) -> Option<Action> {
    let lang = model.lang();
    let mut action = uninstall_question_ui(ui, model);
    confirmed_notice_ui(ui, model);
    let total = plan.tasks().count();
    let done = plan.tasks().filter(|i| model.is_done(i.id)).count();
    if total > 0 {
        ui.add_space(theme::SPACE_M);
        let fraction = done as f32 / total as f32;
        let visuals = ui.visuals();
        let label = RichText::new(t!(lang, "progress-done", done = done, total = total))
            .color(visuals.text_color());
        ui.add(
            egui::ProgressBar::new(fraction)
                .text(label)
                // Nothing done yet: no fill, not a dot over the first letters.
                .fill(if done == 0 {
                    egui::Color32::TRANSPARENT
                } else {
                    theme::progress_fill(visuals)
                })
                .desired_height(28.0),
        );
        if done == total {
            ui.add_space(theme::SPACE_M);
            page::callout_ui(ui, theme::good(ui.visuals()), |ui| {
                ui.label(
                    RichText::new(t!(lang, "checklist-all-done"))
                        .size(theme::STATUS_SIZE)
                        .strong(),
                );
                ui.label(t!(lang, "checklist-all-done-body"));
            });
        }
    }
    // Each control keeps its id whatever appears above it (a notice that a
    // check confirmed an item, the question before an uninstaller), so a
    // control in focus keeps it.
    if let Some(a) = access::own_ids(ui, "finish_by", |ui| finish_by_ui(ui, model)) {
        action = Some(a);
    }

    let report = model.report();
    for section in &plan.sections {
        page::section_ui(ui, &section.title);
        for item in &section.items {
            let confirmed = item.confirmed_by(report);
            if let Some(a) = access::own_ids(ui, item.id, |ui| item_ui(ui, model, item, confirmed))
            {
                action = Some(a);
            }
        }
    }

    ui.add_space(theme::SPACE_L);
    ui.separator();
    let start_over = access::own_ids(ui, "start_over", |ui| {
        ui.button(t!(lang, "checklist-start-over"))
    })
    .on_hover_text(t!(lang, "checklist-start-over-hint"));
    if start_over.clicked() {
        // Focus comes back here when the question closes.
        access::remember_opener(ui.ctx(), start_over.id);
        action = Some(Action::AskStartOver);
    }
    action
}

fn item_ui(ui: &mut egui::Ui, model: &Model, item: &Item, confirmed: bool) -> Option<Action> {
    let lang = model.lang();
    let mut action = None;
    let visuals = ui.visuals().clone();
    page::card_ui(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            let title = RichText::new(&item.title).size(theme::LEAD_SIZE);
            // A note has nothing to tick.
            if item.note {
                ui.label(title);
            } else {
                let mut done = model.is_done(item.id);
                if ui.checkbox(&mut done, title).changed() {
                    action = Some(Action::Tick(item.id, done));
                }
            }
            if confirmed {
                let confirmed = humanize::upper_first(&t!(lang, "export-confirmed"));
                page::badge_ui(ui, &confirmed, theme::good(&visuals));
            }
        });
        ui.label(RichText::new(&item.why).color(theme::muted(&visuals)));
        let how = t!(lang, "checklist-how");
        let name = t!(lang, "checklist-how-name", item = &item.title);
        page::disclosure_ui(ui, &how, &name, ("how", &item.id), |ui| {
            for (n, step) in item.steps.iter().enumerate() {
                ui.label(format!("{}. {step}", n + 1));
            }
        });
        for button in &item.actions {
            if let Some(a) = action_ui(ui, model, item, button) {
                action = Some(a);
            }
        }
        if !item.facts.is_empty() {
            let facts: Vec<_> = item
                .facts
                .iter()
                .filter_map(|id| model.advisory.fact(*id))
                .collect();
            page::sources_ui(ui, lang, &model.advisory, &facts);
        }
    });
    action
}

/// A button of an item: what it does is in its label, and in words on
/// hover. A command is shown whole, to be copied and run by the person.
fn action_ui(ui: &mut egui::Ui, model: &Model, item: &Item, button: &ItemAction) -> Option<Action> {
    let lang = model.lang();
    match &button.does {
        Do::Open(target) => card_button(ui, lang, item, &button.label, &link_hint(lang, target))
            .clicked()
            .then(|| Action::Open(target.clone())),
        Do::GoTo(step) => {
            let hint = t!(lang, "checklist-link-step");
            card_button(ui, lang, item, &button.label, &hint)
                .clicked()
                .then_some(Action::GoTo(*step))
        }
        Do::Uninstall(command) => {
            let hint = t!(lang, "checklist-uninstall-hint");
            let pressed = card_button(ui, lang, item, &button.label, &hint);
            // Focus comes back here when a question about it closes.
            pressed.clicked().then(|| {
                access::remember_opener(ui.ctx(), pressed.id);
                Action::Uninstall {
                    command: command.clone(),
                    warn: button.warn,
                }
            })
        }
        Do::Command(command) => {
            // A command is one line, never broken in two (which would read
            // as two commands): where it is wider than the card, it scrolls.
            egui::ScrollArea::horizontal()
                .id_salt(("command", command))
                .show(ui, |ui| {
                    ui.add(egui::Label::new(RichText::new(command).monospace()).extend());
                });
            ui.horizontal_wrapped(|ui| {
                let hint = t!(lang, "checklist-copy-hint");
                let copy = ui.button(&button.label).on_hover_text(hint);
                // Two commands on one card are told apart by what they copy.
                let heard = format!("{} {command}", button.label);
                name_with_card(ui, lang, copy.id, &heard, item);
                let copy = copy.clicked();
                if model.copied.as_deref() == Some(command.as_str()) {
                    access::news(ui, ("copied", model.news.copies), |ui| {
                        ui.label(t!(lang, "checklist-copied"));
                    });
                }
                copy.then(|| Action::CopyCommand(command.clone()))
            })
            .inner
        }
    }
}

/// A card's button, heard with the card's title: the same button can be on
/// two cards.
fn card_button(
    ui: &mut egui::Ui,
    lang: Lang,
    item: &Item,
    label: &str,
    hint: &str,
) -> egui::Response {
    let button = ui.button(label).on_hover_text(hint);
    name_with_card(ui, lang, button.id, label, item);
    button
}

/// Names a button for screen readers by what it does and its card's title.
fn name_with_card(ui: &egui::Ui, lang: Lang, id: egui::Id, heard: &str, item: &Item) {
    let name = t!(
        lang,
        "checklist-link-name",
        link = heard,
        item = &item.title
    );
    ui.ctx()
        .accesskit_node_builder(id, |node| node.set_label(name));
}

/// Asks before an uninstaller starts while nothing else would protect the
/// computer; "Not now" is the safe answer. When it closes, focus goes back
/// to the button that asked.
fn uninstall_question_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    let open_id = egui::Id::unique("avswitch_uninstall_question_open");
    let open = model.asking_uninstall.as_ref().map(|_| ());
    if access::dialog_closed(ui.ctx(), open_id, open).is_some() {
        access::return_focus_to_opener(ui.ctx());
    }
    model.asking_uninstall.as_ref()?;
    let lang = model.lang();
    let question = page::Question {
        title: &t!(lang, "uninstall-question-title"),
        body: &model.uninstall_question(),
        keep: &t!(lang, "uninstall-question-cancel"),
        go: &t!(lang, "uninstall-question-confirm"),
    };
    let (go, keep) = (Action::ConfirmUninstall, Action::CancelUninstall);
    page::ask_ui(ui.ctx(), "uninstall_question", &question, go, keep)
}

/// What the check confirmed when the person came back, read out once.
fn confirmed_notice_ui(ui: &mut egui::Ui, model: &Model) {
    if model.just_confirmed.is_empty() {
        return;
    }
    let lang = model.lang();
    ui.add_space(theme::SPACE_M);
    page::callout_ui(ui, theme::good(ui.visuals()), |ui| {
        let names = crate::humanize::list_and(
            lang,
            &model
                .just_confirmed
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
        );
        let notice = t!(lang, "checklist-just-confirmed", items = names);
        access::news(ui, ("confirmed", model.news.checks), |ui| ui.label(notice));
    });
}

/// What a link button opens, in words rather than its address.
fn link_hint(lang: Lang, target: &str) -> String {
    let web = target
        .strip_prefix("https://")
        .or_else(|| target.strip_prefix("http://"));
    match web {
        Some(rest) => {
            let site = rest.split('/').next().unwrap_or(rest);
            t!(lang, "checklist-link-web", site = site)
        }
        // A folder or an app on this computer, named by its path.
        None if target.starts_with('/') => t!(lang, "checklist-link-file"),
        None => t!(lang, "checklist-link-system"),
    }
}

/// A date to aim for, picked with a few plain buttons.
fn finish_by_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    let lang = model.lang();
    let today = model.now.with_timezone(&chrono::Local).date_naive();
    let mut action = None;
    ui.add_space(theme::SPACE_M);
    let heading = match model.finish_by {
        Some(day) => {
            let (key, days) = match (day - today).num_days() {
                d if d < 0 => ("checklist-finish-by-past", -d),
                d => ("checklist-finish-by", d),
            };
            let day = humanize::weekday_date(lang, day);
            lang.text(key, &[("day", day.into()), ("days", days.into())])
        }
        None => t!(lang, "checklist-pick-day"),
    };
    // Said when the day changes.
    access::news(ui, ("finish_by", model.finish_by), |ui| {
        ui.label(RichText::new(heading).strong());
    });
    // Answers to one question, the chosen one shown, all always there: one
    // that went away once used would take the focus with it.
    let question = t!(lang, "checklist-pick-day");
    page::answers_ui(ui, &question, Role::RadioGroup, true, |ui| {
        for days in [3, 7, 14] {
            let day = today.checked_add_days(Days::new(days));
            let chosen = model.finish_by.is_some() && model.finish_by == day;
            if ui
                .radio(chosen, t!(lang, "checklist-in-days", days = days))
                .clicked()
            {
                action = Some(Action::SetFinishBy(day));
            }
        }
        let none = ui.radio(model.finish_by.is_none(), t!(lang, "checklist-no-date"));
        if none.clicked() {
            action = Some(Action::SetFinishBy(None));
        }
    });
    action
}
