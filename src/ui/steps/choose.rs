//! Choosing a replacement: the built-in protection first, then other
//! products in alphabetical order. No ranking, no links to buy anything.

use eframe::egui::{self, RichText};

use crate::detect::system::Os;
use crate::model::{Action, Companion, Device, Model, Step};
use crate::plan::{Choice, built_in_name};
use crate::ui::{page, theme};

pub fn choose_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    page::page_ui(
        ui,
        Step::Choose,
        "Any well-known anti-virus that is kept up to date protects far better than one that no longer gets updates. Here are your options; AV Switch recommends no brand and earns nothing from your choice.",
        |ui| {
            let mut action = None;
            let os = model.os();
            page::section_ui(ui, "Already on your computer");
            let built_in = format!("Use {} ({})", built_in_name(os), built_in_words(os));
            if radio(ui, model, &Choice::BuiltIn, &built_in) {
                action = Some(Action::SetChoice(Choice::BuiltIn));
            }
            ui.label(RichText::new(built_in_explained(os)).color(theme::muted(ui.visuals())));
            if os != Os::Linux {
                facts_ui(ui, model, &["F19"]);
            }

            if model.seen.ultraav {
                page::section_ui(ui, "UltraAV, which replaced Kaspersky");
                ui.label("UltraAV was installed on many U.S. Windows computers in place of Kaspersky, without a separate step asking first, and Kaspersky subscriptions moved to it with the same billing. Some people found it could only be removed with its own uninstaller.");
                facts_ui(ui, model, &["F13", "F14"]);
                ui.label("You can keep it if you are happy with it, or switch to something you chose yourself.");
                if radio(ui, model, &Choice::KeepReplacement, "Keep UltraAV") {
                    action = Some(Action::SetChoice(Choice::KeepReplacement));
                }
            }

            page::section_ui(ui, "Another product");
            ui.label(
                "In alphabetical order. Download any of them only from the maker's own website.",
            );
            let products: Vec<_> = model.catalog.alternatives().collect();
            egui::Grid::new("products")
                .num_columns(2)
                .spacing([48.0, 6.0])
                .show(ui, |ui| {
                    for pair in products.chunks(2) {
                        for product in pair {
                            let choice = Choice::Product(product.id.clone());
                            if radio(ui, model, &choice, &product.name) {
                                action = Some(Action::SetChoice(choice));
                            }
                        }
                        ui.end_row();
                    }
                });
            if let Some(other) = other_ui(ui, model) {
                action = Some(other);
            }

            page::section_ui(ui, "How to choose");
            guide_ui(ui, model);
            action
        },
    )
}

/// A radio button for one choice; true when clicked.
fn radio(ui: &mut egui::Ui, model: &Model, choice: &Choice, label: &str) -> bool {
    ui.radio(model.choice.as_ref() == Some(choice), label)
        .clicked()
}

fn other_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    let current = match &model.choice {
        Some(Choice::Other(name)) => Some(name.clone()),
        _ => None,
    };
    ui.horizontal(|ui| {
        let mut action = None;
        let radio = ui.radio(current.is_some(), "Another product:");
        if radio.clicked() && current.is_none() {
            action = Some(Action::SetChoice(Choice::Other(String::new())));
        }
        let mut name = current.clone().unwrap_or_default();
        let edit = ui
            .add(
                egui::TextEdit::singleline(&mut name)
                    .hint_text("its name")
                    .desired_width(260.0),
            )
            .labelled_by(radio.id);
        if edit.changed() {
            action = Some(Action::SetChoice(Choice::Other(name)));
        }
        action
    })
    .inner
}

fn built_in_words(os: Os) -> &'static str {
    match os {
        Os::Windows => "built into Windows, free",
        Os::MacOs => "built into macOS, free",
        _ => "free, from your system's packages",
    }
}

fn built_in_explained(os: Os) -> &'static str {
    match os {
        Os::Windows => {
            "Nothing to buy or download: it turns itself on once no other anti-virus is active, and Windows Update keeps it current."
        }
        Os::MacOs => {
            "Nothing to buy or download: it is part of macOS and is updated with it. Many Mac owners use nothing else."
        }
        _ => {
            "Many Linux home computers run without anti-virus. ClamAV is the common free choice if you want one."
        }
    }
}

fn guide_ui(ui: &mut egui::Ui, model: &Model) {
    ui.label(RichText::new("Look at independent test results").strong());
    ui.label("Rather than take a seller's word, compare products in the regular tests published by independent labs.");
    ui.horizontal_wrapped(|ui| {
        ui.hyperlink_to("AV-TEST", "https://www.av-test.org/en/");
        ui.label("and");
        ui.hyperlink_to("AV-Comparatives", "https://www.av-comparatives.org/");
    });
    facts_ui(ui, model, &["F20"]);
    ui.add_space(theme::SPACE_S);

    ui.label(RichText::new("Count the devices it must cover").strong());
    let devices: Vec<&str> = Device::ALL
        .into_iter()
        .filter(|d| model.has_device(*d))
        .map(Device::label)
        .collect();
    if devices.is_empty() {
        ui.label("You named no other device with Kaspersky, so protection for this computer is enough. You can add devices in the Check step.");
    } else {
        ui.label(format!(
            "This computer, plus: {}. Many paid products cover several devices with one subscription; built-in protection covers only its own device.",
            devices.join(", ").to_lowercase()
        ));
    }
    ui.add_space(theme::SPACE_S);

    let companions: Vec<&str> = Companion::ALL
        .into_iter()
        .filter(|c| model.uses(*c))
        .map(Companion::label)
        .collect();
    if !companions.is_empty() {
        ui.label(RichText::new("Replace Kaspersky's other apps too").strong());
        ui.label(format!(
            "You use {}. They are part of the ban as well; the checklist includes replacing them. Some security suites include a password manager or VPN.",
            companions.join(" and ")
        ));
        ui.add_space(theme::SPACE_S);
    }

    ui.label(RichText::new("Never run two anti-virus programs at once").strong());
    ui.label("Two programs that both watch every file slow the computer down and can block each other. Remove Kaspersky first, then install the new one; the checklist keeps that order.");
}

fn facts_ui(ui: &mut egui::Ui, model: &Model, ids: &[&str]) {
    let facts: Vec<_> = ids
        .iter()
        .filter_map(|id| model.advisory.fact(id))
        .collect();
    page::sources_ui(ui, &model.advisory, &facts);
}
