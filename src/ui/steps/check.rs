//! What protects this computer: the scan's summary, a card per product,
//! checks that could not run, and the questions a scan can't answer.

use egui::RichText;
use egui::accesskit::Role;

use crate::coverage::region_name;
use crate::coverage::{Region, UsPerson};
use crate::detect::{Finding, ScanReport, SignatureStatus, State};
use crate::detect::{Leftover, LeftoverKind};
use crate::humanize;
use crate::i18n::Lang;
use crate::model::{Action, Model, ScanStatus, Step};
use crate::report;
use crate::situation::{Companion, Device, Renewal};
use crate::summary::{Tone, summarize};
use crate::t;
use crate::ui::{access, page, theme};

pub fn check_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    let lang = model.lang();
    page::page_ui(ui, lang, Step::Check, &t!(lang, "check-lead"), |ui| {
        let mut action = match &model.scan {
            ScanStatus::NotStarted => check_button_ui(ui, lang, &t!(lang, "check-start"), true),
            ScanStatus::Running => {
                running_ui(ui, lang);
                None
            }
            ScanStatus::Done(report) => summary_ui(ui, model, report),
        };
        // Who the ban covers decides what the result means: asked right
        // below it, before the list of what was found.
        ui.add_space(theme::SPACE_M);
        if let Some(answer) = coverage_ui(ui, model) {
            action = Some(answer);
        }
        if let ScanStatus::Done(report) = &model.scan {
            found_ui(ui, model, report);
        }
        page::section_ui(ui, &t!(lang, "check-questions"));
        if let Some(answer) = questions_ui(ui, model) {
            action = Some(answer);
        }
        action
    })
}

fn check_button_ui(ui: &mut egui::Ui, lang: Lang, label: &str, enabled: bool) -> Option<Action> {
    ui.add_enabled(
        enabled,
        egui::Button::new(label).min_size(egui::vec2(160.0, theme::CONTROL_HEIGHT)),
    )
    .on_disabled_hover_text(t!(lang, "check-running-hint"))
    .clicked()
    .then_some(Action::StartScan)
}

fn running_ui(ui: &mut egui::Ui, lang: Lang) {
    page::callout_ui(ui, theme::muted(ui.visuals()), |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.add(egui::Spinner::new().size(24.0));
            ui.label(RichText::new(t!(lang, "check-running")).size(theme::LEAD_SIZE));
        });
        ui.label(t!(lang, "check-running-body"));
    });
    ui.add_space(theme::SPACE_M);
    let _disabled_while_running = check_button_ui(ui, lang, &t!(lang, "check-again"), false);
}

/// The check's result in plain words, and the button to check again.
fn summary_ui(ui: &mut egui::Ui, model: &Model, report: &ScanReport) -> Option<Action> {
    let lang = model.lang();
    let summary = summarize(report, model.coverage(), lang, model.now);
    let visuals = ui.visuals().clone();
    let edge = match summary.tone {
        Tone::Good => theme::good(&visuals),
        Tone::Attention => theme::attention(&visuals),
        Tone::Urgent => theme::urgent(&visuals),
    };
    page::callout_ui(ui, edge, |ui| {
        // Said when a check finishes, wherever focus is.
        // A heading, so a screen reader can go straight to it.
        access::news(ui, ("check", model.news.checks), |ui| {
            let headline = RichText::new(&summary.headline)
                .size(theme::STATUS_SIZE)
                .strong();
            access::heading_ui(ui, headline, 2);
        });
        for detail in &summary.details {
            ui.label(detail);
        }
        ui.add_space(theme::SPACE_S);
        ui.label(RichText::new(t!(lang, "export-next", step = &summary.next_step)).strong());
        let facts: Vec<_> = summary
            .facts
            .iter()
            .filter_map(|id| model.advisory.fact(*id))
            .collect();
        if !facts.is_empty() {
            page::sources_ui(ui, lang, &model.advisory, &facts);
        }
    });
    ui.add_space(theme::SPACE_M);
    // Wrapped, so that a long time at a large size stays on the page.
    ui.horizontal_wrapped(|ui| {
        let action = check_button_ui(ui, lang, &t!(lang, "check-again"), true);
        let at = report.scanned_at.with_timezone(&chrono::Local);
        let checked = t!(
            lang,
            "check-checked-at",
            time = humanize::clock(lang, &at),
            seconds = match report.elapsed_ms {
                0..1000 => 0,
                ms => ms.div_ceil(1000),
            }
        );
        ui.label(RichText::new(checked).color(theme::muted(&visuals)));
        action
    })
    .inner
}

/// What was found, what was left behind, and what could not be checked.
fn found_ui(ui: &mut egui::Ui, model: &Model, report: &ScanReport) {
    let lang = model.lang();
    if !report.findings.is_empty() {
        page::section_ui(ui, &t!(lang, "check-found"));
        for finding in &report.findings {
            finding_card_ui(ui, model, finding);
        }
    }
    left_behind_ui(ui, lang, report);
    if !report.failures.is_empty() {
        page::section_ui(ui, &t!(lang, "check-failures"));
        ui.label(t!(lang, "check-failures-body"));
        for failure in &report.failures {
            ui.horizontal_wrapped(|ui| {
                let probe = lang.text(failure.probe, &[]);
                ui.label(RichText::new(humanize::label(lang, &probe)).strong());
                ui.label(lang.msg(&failure.reason));
            });
        }
    }
}

/// What removed programs left behind, a card per kind, or that nothing was.
fn left_behind_ui(ui: &mut egui::Ui, lang: Lang, report: &ScanReport) {
    if report.nothing_left_behind() {
        page::section_ui(ui, &t!(lang, "check-left-behind"));
        ui.label(t!(lang, "check-left-behind-clean"));
        return;
    }
    if report.leftovers.is_empty() {
        return;
    }
    page::section_ui(ui, &t!(lang, "check-left-behind"));
    ui.label(t!(lang, "check-left-behind-body"));
    for kind in LeftoverKind::ALL {
        let found: Vec<&Leftover> = report.leftovers.iter().filter(|l| l.kind == kind).collect();
        if found.is_empty() {
            continue;
        }
        page::card_ui(ui, |ui| {
            let heading = lang.text(kind.key(), &[]);
            ui.label(RichText::new(&heading).size(theme::LEAD_SIZE).strong());
            let how = t!(lang, "check-how-known");
            let name = t!(lang, "check-how-known-name", name = &heading);
            page::disclosure_ui(ui, &how, &name, ("left-behind", kind), |ui| {
                for leftover in &found {
                    let probe = lang.text(leftover.evidence.probe(), &[]);
                    ui.label(humanize::labelled(
                        lang,
                        &probe,
                        &lang.msg(&leftover.evidence.words()),
                    ));
                }
            });
        });
    }
}

fn finding_card_ui(ui: &mut egui::Ui, model: &Model, finding: &Finding) {
    let lang = model.lang();
    let visuals = ui.visuals().clone();
    page::card_ui(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            // A heading each, so a screen reader goes from product to product.
            let name = crate::i18n::shown(&finding.name);
            access::heading_ui(ui, RichText::new(name).size(theme::LEAD_SIZE).strong(), 3);
            page::badge_ui(
                ui,
                &finding.state.label(lang),
                state_color(finding, &visuals),
            );
            let coverage = model.coverage();
            for flag in report::flags(finding, lang, coverage) {
                let color = if finding.affected && coverage.may_cover() {
                    theme::attention(&visuals)
                } else {
                    theme::muted(&visuals)
                };
                page::badge_ui(ui, &humanize::upper_first(&flag), color);
            }
        });
        let kind = finding.kind.label(lang);
        let mut facts = if finding.vendor.is_empty() {
            kind
        } else {
            t!(lang, "check-kind-by", kind = kind, vendor = &finding.vendor)
        };
        if let Some(version) = &finding.version {
            facts = t!(lang, "check-with-version", text = facts, version = version);
        }
        ui.label(RichText::new(facts).color(theme::muted(&visuals)));
        let state = report::state_words(finding.state, lang);
        ui.label(t!(lang, "check-status", state = state));
        if finding.kind == crate::detect::catalog::Kind::Antivirus {
            let words = report::signature_words(finding, lang, model.now);
            let color = match finding.signatures.status {
                SignatureStatus::UpToDate => theme::good(&visuals),
                SignatureStatus::OutOfDate
                | SignatureStatus::Missing
                | SignatureStatus::NeverUpdated => theme::attention(&visuals),
                SignatureStatus::Unknown => visuals.text_color(),
            };
            let definitions = t!(lang, "check-definitions", words = words);
            ui.label(RichText::new(definitions).color(color));
        }
        let how = t!(lang, "check-how-known");
        let name = t!(lang, "check-how-known-name", name = &finding.name);
        let salt = ("evidence", &finding.id, &finding.name);
        page::disclosure_ui(ui, &how, &name, salt, |ui| {
            for evidence in &finding.evidence {
                let probe = lang.text(evidence.probe(), &[]);
                ui.label(humanize::labelled(
                    lang,
                    &probe,
                    &lang.msg(&finding.words_of(evidence)),
                ));
            }
        });
    });
}

fn state_color(finding: &Finding, visuals: &egui::Visuals) -> egui::Color32 {
    match finding.state {
        State::On if finding.affected => theme::attention(visuals),
        State::On => theme::good(visuals),
        State::Snoozed | State::Expired => theme::attention(visuals),
        State::Off | State::Installed => theme::muted(visuals),
    }
}

/// Where the person uses this computer, and, outside the U.S., whether they
/// are a U.S. person: the ban's coverage follows from both. The system's
/// region setting only suggests an answer, which the person confirms.
fn coverage_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    let lang = model.lang();
    let muted = theme::muted(ui.visuals());
    let mut action = None;
    let question = t!(lang, "check-question-region");
    page::question_ui(ui, &question);
    ui.label(RichText::new(t!(lang, "check-question-region-why")).color(muted));
    let answered = model.answers.region;
    page::answers_ui(ui, &question, Role::RadioGroup, true, |ui| {
        for region in Region::ALL {
            // Only an answer is drawn as chosen, never a suggestion.
            let radio = ui.radio(answered == Some(region), region.label(lang));
            // Where "Confirm" hands focus once it is gone.
            access::takes_focus(&radio, ("region", region));
            if radio.clicked() {
                action = Some(Action::SetRegion(region));
            }
        }
    });
    let suggested = model.suggested_region().filter(|_| answered.is_none());
    let code = model.report().and_then(|r| r.region.as_deref());
    if let (Some(region), Some(code)) = (suggested, code) {
        let country = region_name(code, lang).unwrap_or(code);
        let hint = t!(
            lang,
            "check-region-suggested",
            country = country,
            answer = region.label(lang)
        );
        ui.label(RichText::new(hint).color(muted));
        let confirm = t!(lang, "check-region-confirm", answer = region.label(lang));
        if ui.button(confirm).clicked() {
            // The button goes with the answer: focus moves to the answer.
            access::hand_focus(ui.ctx(), ("region", region));
            action = Some(Action::SetRegion(region));
        }
    }
    if answered == Some(Region::Elsewhere) {
        ui.add_space(theme::SPACE_S);
        let question = t!(lang, "check-question-us-person");
        page::question_ui(ui, &question);
        page::answers_ui(ui, &question, Role::RadioGroup, true, |ui| {
            for answer in UsPerson::ALL {
                let selected = model.answers.us_person == Some(answer);
                if ui.radio(selected, answer.label(lang)).clicked() {
                    action = Some(Action::SetUsPerson(answer));
                }
            }
        });
    }
    // Unanswered, the question above says it all; answered, say what follows.
    if model.coverage().is_known() {
        ui.label(RichText::new(model.coverage().line(lang)).color(muted));
    }
    page::sources_ui(ui, lang, &model.advisory, &coverage_facts(model));
    action
}

fn coverage_facts(model: &Model) -> Vec<&crate::advisory::Fact> {
    let suggested = model.suggested_region().is_some() && model.answers.region.is_none();
    model
        .coverage()
        .question_facts(suggested)
        .into_iter()
        .filter_map(|id| model.advisory.fact(id))
        .collect()
}

fn questions_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    let lang = model.lang();
    let mut action = None;
    let question = t!(lang, "check-question-devices");
    page::question_ui(ui, &question);
    page::answers_ui(ui, &question, Role::Group, false, |ui| {
        for device in Device::ALL {
            let mut has = model.has_device(device);
            if ui.checkbox(&mut has, device.label(lang)).changed() {
                action = Some(Action::SetDevice(device, has));
            }
        }
    });
    ui.add_space(theme::SPACE_M);
    let question = t!(lang, "check-question-apps");
    page::question_ui(ui, &question);
    ui.label(RichText::new(t!(lang, "check-question-apps-hint")).color(theme::muted(ui.visuals())));
    page::answers_ui(ui, &question, Role::Group, false, |ui| {
        for companion in Companion::ALL {
            let mut uses = model.uses(companion);
            if ui.checkbox(&mut uses, companion.label()).changed() {
                action = Some(Action::SetCompanion(companion, uses));
            }
        }
    });
    ui.add_space(theme::SPACE_M);
    let question = t!(lang, "check-question-renewal");
    page::question_ui(ui, &question);
    page::answers_ui(ui, &question, Role::RadioGroup, true, |ui| {
        for renewal in Renewal::ALL {
            if ui
                .radio(
                    model.answers.auto_renewal == Some(renewal),
                    renewal.label(lang),
                )
                .clicked()
            {
                action = Some(Action::SetRenewal(renewal));
            }
        }
    });
    action
}
