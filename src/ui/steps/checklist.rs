//! The checklist: items grouped by section, ticked over days, with how-to
//! steps, buttons that open the right system page, and a finish-by date.

use chrono::{Days, NaiveDate};
use eframe::egui::{self, RichText};

use crate::humanize;
use crate::model::{Action, Model, Step};
use crate::plan::{Item, Plan};
use crate::ui::{page, theme};

pub fn checklist_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    let plan = model.plan();
    page::page_ui(
        ui,
        Step::Checklist,
        "Your steps for switching safely, in order, made for what the check found and what you told AV Switch. Tick them off as you go: it is fine to spread them over a few days. Your ticks are saved.",
        |ui| {
            if model.choice.is_none() {
                page::callout_ui(ui, theme::attention(ui.visuals()), |ui| {
                    ui.label(
                        "You have not chosen a replacement yet. The list below grows once you do.",
                    );
                    ui.button("Choose a replacement")
                        .clicked()
                        .then_some(Action::GoTo(Step::Choose))
                })
                .or(list_ui(ui, model, &plan))
            } else {
                list_ui(ui, model, &plan)
            }
        },
    )
}

fn list_ui(ui: &mut egui::Ui, model: &Model, plan: &Plan) -> Option<Action> {
    let mut action = None;
    let total = plan.len();
    let done = plan.items().filter(|i| model.is_done(&i.id)).count();
    if total > 0 {
        ui.add_space(theme::SPACE_M);
        let fraction = done as f32 / total as f32;
        ui.add(
            egui::ProgressBar::new(fraction)
                .text(format!("{done} of {total} done"))
                .desired_height(28.0),
        );
        if done == total {
            ui.add_space(theme::SPACE_M);
            page::callout_ui(ui, theme::good(ui.visuals()), |ui| {
                ui.label(RichText::new("All done.").size(theme::STATUS_SIZE).strong());
                ui.label("Every step on your list is ticked. If you have not yet, check this computer once more to confirm it is protected.");
            });
        }
    }
    if let Some(a) = finish_by_ui(ui, model) {
        action = Some(a);
    }

    let report = model.report();
    for section in &plan.sections {
        page::section_ui(ui, &section.title);
        for item in &section.items {
            let confirmed = item.confirmed_by(report);
            if let Some(a) = item_ui(ui, model, item, confirmed) {
                action = Some(a);
            }
        }
    }

    ui.add_space(theme::SPACE_L);
    ui.separator();
    if ui
        .button("Start over")
        .on_hover_text("Clear all answers and ticks (asks first)")
        .clicked()
    {
        action = Some(Action::AskStartOver);
    }
    action
}

fn item_ui(ui: &mut egui::Ui, model: &Model, item: &Item, confirmed: bool) -> Option<Action> {
    let mut action = None;
    let visuals = ui.visuals().clone();
    page::card_ui(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            let mut done = model.is_done(&item.id);
            let title = RichText::new(&item.title).size(theme::LEAD_SIZE);
            if ui.checkbox(&mut done, title).changed() {
                action = Some(Action::Tick(item.id.clone(), done));
            }
            if confirmed {
                page::badge_ui(ui, "Confirmed by the check", theme::good(&visuals));
            }
        });
        ui.label(RichText::new(&item.why).color(theme::muted(&visuals)));
        egui::CollapsingHeader::new("How to do it")
            .id_salt(("how", &item.id))
            .show(ui, |ui| {
                for (n, step) in item.steps.iter().enumerate() {
                    ui.label(format!("{}. {step}", n + 1));
                }
            });
        if let Some(link) = &item.link
            && ui.button(&link.label).on_hover_text(&link.target).clicked()
        {
            action = Some(Action::Open(link.target.clone()));
        }
        if !item.facts.is_empty() {
            let facts: Vec<_> = item
                .facts
                .iter()
                .filter_map(|id| model.advisory.fact(id))
                .collect();
            page::sources_ui(ui, &model.advisory, &facts);
        }
    });
    action
}

/// A date to aim for, picked with a few plain buttons.
fn finish_by_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    let today = model.now.with_timezone(&chrono::Local).date_naive();
    let mut action = None;
    ui.add_space(theme::SPACE_M);
    match model.finish_by {
        Some(day) => {
            let days = (day - today).num_days();
            let when = match days {
                0 => "today".to_owned(),
                1 => "tomorrow".to_owned(),
                d if d > 1 => format!("in {d} days"),
                d => format!("{} days ago", -d),
            };
            ui.label(RichText::new(format!("Finish by {} ({when})", weekday_date(day))).strong());
        }
        None => {
            ui.label(RichText::new("Pick a day to finish by").strong());
        }
    }
    ui.horizontal_wrapped(|ui| {
        for (label, days) in [("In 3 days", 3), ("In a week", 7), ("In two weeks", 14)] {
            if ui.button(label).clicked() {
                action = Some(Action::SetFinishBy(today.checked_add_days(Days::new(days))));
            }
        }
        if model.finish_by.is_some() && ui.button("No date").clicked() {
            action = Some(Action::SetFinishBy(None));
        }
    });
    action
}

fn weekday_date(day: NaiveDate) -> String {
    format!("{}, {}", day.format("%A"), humanize::date(day))
}
