//! What protects this computer: the scan's summary, a card per product,
//! checks that could not run, and the questions a scan can't answer.

use eframe::egui::{self, RichText};

use crate::detect::summary::{Tone, summarize};
use crate::detect::{Finding, ScanReport, SignatureStatus, State};
use crate::humanize;
use crate::model::{Action, Companion, Device, Model, Renewal, ScanStatus, Step};
use crate::report;
use crate::ui::{page, theme};

pub fn check_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    page::page_ui(
        ui,
        Step::Check,
        "AV Switch looks at this computer's security settings and installed programs. It only reads: it changes nothing.",
        |ui| {
            let mut action = match &model.scan {
                ScanStatus::NotStarted => check_button_ui(ui, "Check this computer", true),
                ScanStatus::Running => {
                    running_ui(ui);
                    None
                }
                ScanStatus::Done(report) => results_ui(ui, model, report),
            };
            page::section_ui(ui, "A few questions the check can't answer");
            if let Some(answer) = questions_ui(ui, model) {
                action = Some(answer);
            }
            action
        },
    )
}

fn check_button_ui(ui: &mut egui::Ui, label: &str, enabled: bool) -> Option<Action> {
    ui.add_enabled(
        enabled,
        egui::Button::new(label).min_size(egui::vec2(160.0, theme::CONTROL_HEIGHT)),
    )
    .on_disabled_hover_text("A check is already running")
    .clicked()
    .then_some(Action::StartScan)
}

fn running_ui(ui: &mut egui::Ui) {
    page::callout_ui(ui, theme::muted(ui.visuals()), |ui| {
        ui.horizontal(|ui| {
            ui.add(egui::Spinner::new().size(24.0));
            ui.label(RichText::new("Checking this computer...").size(theme::LEAD_SIZE));
        });
        ui.label(
            "This usually takes a few seconds. You can read on or go to another step meanwhile.",
        );
    });
    ui.add_space(theme::SPACE_M);
    let _disabled_while_running = check_button_ui(ui, "Check again", false);
}

fn results_ui(ui: &mut egui::Ui, model: &Model, report: &ScanReport) -> Option<Action> {
    let summary = summarize(report, model.now);
    let visuals = ui.visuals().clone();
    let edge = match summary.tone {
        Tone::Good => theme::good(&visuals),
        Tone::Attention => theme::attention(&visuals),
        Tone::Urgent => theme::urgent(&visuals),
    };
    page::callout_ui(ui, edge, |ui| {
        ui.label(
            RichText::new(&summary.headline)
                .size(theme::STATUS_SIZE)
                .strong(),
        );
        for detail in &summary.details {
            ui.label(detail);
        }
        ui.add_space(theme::SPACE_S);
        ui.label(RichText::new(format!("Next: {}", summary.next_step)).strong());
        let facts: Vec<_> = summary
            .facts
            .iter()
            .filter_map(|id| model.advisory.fact(id))
            .collect();
        if !facts.is_empty() {
            page::sources_ui(ui, &model.advisory, &facts);
        }
    });
    ui.add_space(theme::SPACE_M);
    let action = ui
        .horizontal(|ui| {
            let action = check_button_ui(ui, "Check again", true);
            let took = match report.elapsed_ms {
                0..1000 => "took less than a second".to_owned(),
                ms => format!("took {} seconds", ms.div_ceil(1000)),
            };
            let at = report.scanned_at.with_timezone(&chrono::Local);
            ui.label(
                RichText::new(format!("Checked at {} ({took})", humanize::clock(&at)))
                    .color(theme::muted(&visuals)),
            );
            action
        })
        .inner;

    if !report.findings.is_empty() {
        page::section_ui(ui, "What was found");
        for finding in &report.findings {
            finding_card_ui(ui, model, finding);
        }
    }
    if !report.failures.is_empty() {
        page::section_ui(ui, "Checks that could not run");
        ui.label("The other checks still ran. What they found is above.");
        for failure in &report.failures {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(format!("{}:", failure.probe)).strong());
                ui.label(&failure.reason);
            });
        }
    }
    action
}

fn finding_card_ui(ui: &mut egui::Ui, model: &Model, finding: &Finding) {
    let visuals = ui.visuals().clone();
    page::card_ui(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&finding.name).size(theme::LEAD_SIZE).strong());
            let (state_text, state_color) = state_badge(finding, &visuals);
            page::badge_ui(ui, state_text, state_color);
            for flag in report::flags(finding) {
                let color = if finding.affected {
                    theme::attention(&visuals)
                } else {
                    theme::muted(&visuals)
                };
                page::badge_ui(ui, &humanize::upper_first(flag), color);
            }
        });
        let mut facts = format!("{} by {}", finding.kind.label(), finding.vendor);
        if let Some(version) = &finding.version {
            facts.push_str(&format!(", version {version}"));
        }
        ui.label(RichText::new(facts).color(theme::muted(&visuals)));
        ui.label(format!("Status: {}.", report::state_words(finding.state)));
        if finding.kind == crate::detect::catalog::Kind::Antivirus {
            let words = report::signature_words(finding, model.now);
            let color = match finding.signatures.status {
                SignatureStatus::UpToDate => theme::good(&visuals),
                SignatureStatus::OutOfDate | SignatureStatus::Missing => theme::attention(&visuals),
                SignatureStatus::Unknown => visuals.text_color(),
            };
            ui.label(RichText::new(format!("Virus definitions: {words}.")).color(color));
        }
        egui::CollapsingHeader::new("How AV Switch knows")
            .id_salt(("evidence", &finding.id, &finding.name))
            .show(ui, |ui| {
                for evidence in &finding.evidence {
                    ui.label(format!("{}: {}", evidence.probe, evidence.detail));
                }
            });
    });
}

fn state_badge(finding: &Finding, visuals: &egui::Visuals) -> (&'static str, egui::Color32) {
    match finding.state {
        State::On if finding.affected => ("On", theme::attention(visuals)),
        State::On => ("On", theme::good(visuals)),
        State::Off => ("Off", theme::muted(visuals)),
        State::Snoozed => ("Snoozed", theme::attention(visuals)),
        State::Expired => ("Expired", theme::attention(visuals)),
        State::Installed => ("Installed", theme::muted(visuals)),
    }
}

fn questions_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    let mut action = None;
    ui.label(RichText::new("Which of your other devices have Kaspersky?").strong());
    for device in Device::ALL {
        let mut has = model.has_device(device);
        if ui.checkbox(&mut has, device.label()).changed() {
            action = Some(Action::SetDevice(device, has));
        }
    }
    ui.add_space(theme::SPACE_M);
    ui.label(RichText::new("Which Kaspersky apps do you use?").strong());
    ui.label(
        RichText::new("Ticked already if the check found them on this computer.")
            .color(theme::muted(ui.visuals())),
    );
    for companion in Companion::ALL {
        let mut uses = model.uses(companion);
        if ui.checkbox(&mut uses, companion.label()).changed() {
            action = Some(Action::SetCompanion(companion, uses));
        }
    }
    ui.add_space(theme::SPACE_M);
    ui.label(
        RichText::new(
            "Does your Kaspersky subscription renew by itself and charge you every year?",
        )
        .strong(),
    );
    ui.horizontal(|ui| {
        for renewal in Renewal::ALL {
            if ui
                .radio(model.answers.auto_renewal == Some(renewal), renewal.label())
                .clicked()
            {
                action = Some(Action::SetRenewal(renewal));
            }
        }
    });
    action
}
