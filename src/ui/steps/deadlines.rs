//! The deadlines, what each means, where today stands, and the sources.

use chrono::Local;
use eframe::egui::{self, RichText};

use crate::advisory::{Advisory, Fact, Milestone, Topic, When};
use crate::humanize;
use crate::model::{Model, Step};
use crate::ui::{page, theme, timeline};

pub fn deadlines_ui(ui: &mut egui::Ui, model: &Model) {
    let advisory = &model.advisory;
    let now = model.now;
    page::page_ui(
        ui,
        Step::Deadlines,
        "The ban came in two stages. Here is what each date means for you, and where things stand today.",
        |ui| {
            status_ui(ui, advisory, model);
            ui.add_space(theme::SPACE_L);
            timeline::timeline_ui(ui, advisory, now);

            page::section_ui(ui, "What each date means");
            for milestone in &advisory.milestones {
                milestone_ui(ui, advisory, milestone, model);
            }

            let topics = [
                (
                    Topic::Legal,
                    "Is it against the law to keep using Kaspersky?",
                ),
                (Topic::Scope, "What the ban covers"),
                (Topic::Advice, "What the government advises"),
                (Topic::After, "What happened after the ban"),
            ];
            for (topic, heading) in topics {
                page::section_ui(ui, heading);
                for fact in advisory.facts_about(topic) {
                    fact_ui(ui, advisory, fact);
                }
            }

            page::section_ui(ui, "Sources");
            ui.label("Every statement AV Switch makes about the ban comes from one of these. The links open in your web browser.");
            for (n, source) in advisory.sources.iter().enumerate() {
                ui.horizontal_wrapped(|ui| {
                    ui.label(format!("{}.", n + 1));
                    ui.hyperlink_to(&source.title, &source.url);
                    ui.label(
                        RichText::new(format!("{}, {}", source.publisher, source.date))
                            .color(theme::muted(ui.visuals())),
                    );
                });
            }
        },
    );
}

fn status_ui(ui: &mut egui::Ui, advisory: &Advisory, model: &Model) {
    page::callout_ui(ui, theme::accent(ui.visuals()), |ui| {
        ui.label(
            RichText::new(advisory.status_headline(model.now))
                .size(theme::STATUS_SIZE)
                .strong(),
        );
        ui.add_space(theme::SPACE_S);
        ui.label(advisory.next_step(model.now));
        let facts: Vec<&Fact> = ["F4", "F8"]
            .iter()
            .filter_map(|id| advisory.fact(id))
            .collect();
        page::sources_ui(ui, advisory, &facts);
    });
}

fn milestone_ui(ui: &mut egui::Ui, advisory: &Advisory, milestone: &Milestone, model: &Model) {
    let muted = theme::muted(ui.visuals());
    ui.add_space(theme::SPACE_S);
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(&milestone.title)
                .strong()
                .size(theme::LEAD_SIZE),
        );
        ui.label(
            RichText::new(humanize::relative(model.now, milestone.when.instant())).color(muted),
        );
    });
    match milestone.when {
        When::At(at) => {
            ui.label(format!("Official time: {}", advisory.eastern_instant(at)));
            ui.label(
                RichText::new(format!(
                    "On this computer's clock: {}",
                    humanize::instant(at, &Local)
                ))
                .color(muted),
            );
        }
        When::Day(day) => {
            ui.label(format!("Date: {}", humanize::date(day)));
        }
    }
    ui.label(&milestone.meaning);
    let facts: Vec<&Fact> = milestone
        .facts
        .iter()
        .filter_map(|id| advisory.fact(id))
        .collect();
    page::sources_ui(ui, advisory, &facts);
    ui.add_space(theme::SPACE_M);
}

fn fact_ui(ui: &mut egui::Ui, advisory: &Advisory, fact: &Fact) {
    ui.label(&fact.text);
    page::sources_ui(ui, advisory, &[fact]);
    ui.add_space(theme::SPACE_S);
}
