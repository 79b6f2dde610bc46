//! The deadlines, what each means, where today stands, and the sources.

use chrono::Local;
use egui::RichText;

use crate::advisory::{Advisory, Fact, Milestone, Topic, When};
use crate::humanize;
use crate::i18n::Lang;
use crate::model::{Model, Step};
use crate::summary::kaspersky_updates;
use crate::t;
use crate::ui::{page, theme, timeline};

pub fn deadlines_ui(ui: &mut egui::Ui, model: &Model) {
    let advisory = &model.advisory;
    let now = model.now;
    let lang = model.lang();
    page::page_ui(
        ui,
        lang,
        Step::Deadlines,
        &t!(lang, "deadlines-lead"),
        |ui| {
            status_ui(ui, advisory, model);
            ui.add_space(theme::SPACE_L);
            timeline::timeline_ui(ui, lang, advisory, now);

            page::section_ui(ui, &t!(lang, "deadlines-meanings"));
            for milestone in &advisory.milestones {
                milestone_ui(ui, advisory, milestone, model);
            }

            let topics = [
                (Topic::Legal, "deadlines-topic-legal"),
                (Topic::Scope, "deadlines-topic-scope"),
                (Topic::Advice, "deadlines-topic-advice"),
                (Topic::After, "deadlines-topic-after"),
            ];
            for (topic, heading) in topics {
                page::section_ui(ui, &lang.text(heading, &[]));
                for fact in advisory.facts_about(topic) {
                    fact_ui(ui, lang, advisory, fact);
                }
            }

            page::section_ui(ui, &t!(lang, "deadlines-sources"));
            ui.label(t!(lang, "deadlines-sources-body"));
            ui.label(advisory.facts_checked(lang, model.now).1);
            // The ban's own sources; each step of the checklist shows its own.
            for (n, source) in advisory.ban_sources().into_iter().enumerate() {
                // A hanging indent: a title that wraps stays one link, one
                // stop for Tab.
                ui.horizontal_top(|ui| {
                    ui.label(t!(lang, "deadlines-source-number", number = n + 1));
                    ui.vertical(|ui| {
                        match &source.url {
                            Some(url) => {
                                ui.hyperlink_to(&source.title, url);
                            }
                            None => {
                                let title =
                                    t!(lang, "source-named-not-linked", name = &source.title);
                                ui.label(title);
                            }
                        }
                        let about = t!(
                            lang,
                            "deadlines-source-about",
                            publisher = &source.publisher,
                            date = source.date_text(lang)
                        );
                        ui.label(RichText::new(about).color(theme::muted(ui.visuals())));
                    });
                });
            }
        },
    );
}

fn status_ui(ui: &mut egui::Ui, advisory: &Advisory, model: &Model) {
    let lang = model.lang();
    let coverage = model.coverage();
    let found = model
        .report()
        .map(|r| r.findings.iter().any(|f| f.affected));
    let standing = advisory.standing(lang, model.now, coverage, found);
    // What the check saw of this computer's Kaspersky comes beside the rule.
    let seen = model
        .report()
        .and_then(|r| kaspersky_updates(r, coverage, lang, model.now));
    page::callout_ui(ui, theme::accent(ui.visuals()), |ui| {
        ui.label(
            RichText::new(&standing.headline)
                .size(theme::STATUS_SIZE)
                .strong(),
        );
        ui.add_space(theme::SPACE_S);
        if let Some((line, _)) = &seen {
            ui.label(RichText::new(line).strong());
        }
        ui.label(&standing.next);
        ui.label(RichText::new(coverage.line(lang)).color(theme::muted(ui.visuals())));
        let facts: Vec<&Fact> = standing
            .facts
            .iter()
            .chain(seen.iter().flat_map(|(_, facts)| facts))
            .filter_map(|id| advisory.fact(*id))
            .collect();
        page::sources_ui(ui, lang, advisory, &facts);
    });
}

fn milestone_ui(ui: &mut egui::Ui, advisory: &Advisory, milestone: &Milestone, model: &Model) {
    let lang = model.lang();
    let muted = theme::muted(ui.visuals());
    ui.add_space(theme::SPACE_S);
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(milestone.title(lang))
                .strong()
                .size(theme::LEAD_SIZE),
        );
        let when = humanize::relative(lang, model.now, milestone.when.instant());
        ui.label(RichText::new(when).color(muted));
    });
    match milestone.when {
        When::At(at) => {
            let official = advisory.eastern_instant(lang, at);
            ui.label(t!(lang, "deadlines-official-time", time = official));
            let local = humanize::instant(lang, at, &Local);
            ui.label(RichText::new(t!(lang, "deadlines-local-time", time = local)).color(muted));
        }
        When::Day(day) => {
            ui.label(t!(lang, "deadlines-date", date = humanize::date(lang, day)));
        }
    }
    ui.label(milestone.meaning(lang));
    let facts: Vec<&Fact> = milestone
        .facts
        .iter()
        .filter_map(|id| advisory.fact(*id))
        .collect();
    page::sources_ui(ui, lang, advisory, &facts);
    ui.add_space(theme::SPACE_M);
}

fn fact_ui(ui: &mut egui::Ui, lang: Lang, advisory: &Advisory, fact: &Fact) {
    ui.label(fact.text(lang));
    page::sources_ui(ui, lang, advisory, &[fact]);
    ui.add_space(theme::SPACE_S);
}
