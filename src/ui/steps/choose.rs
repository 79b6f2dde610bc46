//! Choosing a replacement: the built-in protection first, then other
//! products in alphabetical order. No ranking, no links to buy anything.

use egui::RichText;
use egui::accesskit::Role;

use crate::advisory::FactId;
use crate::detect::Os;
use crate::humanize;
use crate::model::{Action, Model, Step};
use crate::situation::{Choice, Companion, Device, built_in_facts, built_in_name};
use crate::t;
use crate::ui::{page, theme};

pub fn choose_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    let lang = model.lang();
    page::page_ui(ui, lang, Step::Choose, &t!(lang, "choose-lead"), |ui| {
        let os = model.os();
        // Every choice answers one question, so a screen reader on any of
        // them hears it: the built-in protection, UltraAV and the products.
        let question = t!(lang, "choose-question");
        let action = page::answers_ui(ui, &question, Role::RadioGroup, false, |ui| {
            choices_ui(ui, model, os)
        });
        page::section_ui(ui, &t!(lang, "choose-guide"));
        guide_ui(ui, model);
        action
    })
}

/// The choices, in order: what the system has, UltraAV where it replaced
/// Kaspersky, then other products and a name to type.
fn choices_ui(ui: &mut egui::Ui, model: &Model, os: Os) -> Option<Action> {
    let lang = model.lang();
    let mut action = None;
    // ClamAV comes with a Linux system's packages but is not there until
    // installed: "already on your computer" only when the check saw it.
    let own = crate::situation::built_in_id(os);
    let own_found = model
        .report()
        .and_then(|report| report.findings.iter().find(|f| f.id == Some(own)));
    let installed = os != Os::Linux || own_found.is_some();
    let heading = if installed {
        "choose-built-in"
    } else {
        "choose-built-in-packages"
    };
    page::section_ui(ui, &t!(lang, heading));
    // "Windows Update keeps it current" is never said beside definitions
    // this check found out of date.
    let stale = own_found.is_some_and(|f| f.signatures.status.is_stale());
    let (words, explained) = match os {
        Os::Windows if stale => (
            "choose-built-in-windows",
            "choose-built-in-windows.explained-stale",
        ),
        Os::Windows => (
            "choose-built-in-windows",
            "choose-built-in-windows.explained",
        ),
        Os::MacOs => ("choose-built-in-mac", "choose-built-in-mac.explained"),
        _ => ("choose-built-in-linux", "choose-built-in-linux.explained"),
    };
    let built_in = lang.text(words, &[("name", built_in_name(os).into())]);
    if radio(ui, model, &Choice::BuiltIn, &built_in) {
        action = Some(Action::SetChoice(Choice::BuiltIn));
    }
    let explained = lang.text(explained, &[]);
    ui.label(RichText::new(explained).color(theme::muted(ui.visuals())));
    facts_ui(ui, model, built_in_facts(os));

    if model.seen.ultraav {
        page::section_ui(ui, &t!(lang, "choose-ultraav"));
        ui.label(t!(lang, "choose-ultraav-body"));
        facts_ui(ui, model, FactId::SWAP);
        ui.label(t!(lang, "choose-ultraav-keep-or-switch"));
        if radio(
            ui,
            model,
            &Choice::KeepReplacement,
            &t!(lang, "choose-keep-ultraav"),
        ) {
            action = Some(Action::SetChoice(Choice::KeepReplacement));
        }
    }

    page::section_ui(ui, &t!(lang, "choose-products"));
    ui.label(t!(lang, "choose-products-body"));
    if os == Os::Linux {
        ui.label(t!(lang, "choose-products-linux"));
    }
    let products: Vec<_> = model.catalog.alternatives(os).collect();
    // Two columns where two fit, else one: a grid wider than the
    // page would cut every line of the page at the window's edge.
    let gap = 48.0;
    let icon = ui.spacing().icon_width + ui.spacing().icon_spacing;
    let widest = products
        .iter()
        .map(|p| page::text_width(ui, &p.name) + icon)
        .fold(0.0, f32::max);
    let columns = if 2.0 * widest + gap <= ui.available_width() {
        2
    } else {
        1
    };
    egui::Grid::new("products")
        .num_columns(columns)
        .spacing([gap, 6.0])
        .show(ui, |ui| {
            for row in products.chunks(columns) {
                for product in row {
                    let choice = Choice::Product(product.id);
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
    action
}

/// A radio button for one choice; true when clicked.
fn radio(ui: &mut egui::Ui, model: &Model, choice: &Choice, label: &str) -> bool {
    ui.radio(model.choice.as_ref() == Some(choice), label)
        .clicked()
}

fn other_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    let lang = model.lang();
    let current = match &model.choice {
        Some(Choice::Other(name)) => Some(name.clone()),
        _ => None,
    };
    ui.horizontal_wrapped(|ui| {
        let mut action = None;
        let radio = ui.radio(current.is_some(), t!(lang, "choose-other"));
        if radio.clicked() && current.is_none() {
            action = Some(Action::SetChoice(Choice::Other(String::new())));
        }
        let mut name = current.clone().unwrap_or_default();
        let edit = ui.add(
            egui::TextEdit::singleline(&mut name)
                .hint_text(t!(lang, "choose-other-hint"))
                .desired_width(260.0),
        );
        // Named apart from its answer, so the two are told apart.
        let field = t!(lang, "choose-other-name");
        ui.ctx()
            .accesskit_node_builder(edit.id, |node| node.set_label(field));
        if edit.changed() {
            action = Some(Action::SetChoice(Choice::Other(name)));
        }
        action
    })
    .inner
    .or_else(|| {
        // Kaspersky's own product typed as a replacement: said at once.
        let name = model.chosen_kaspersky()?;
        let said = t!(lang, "choose-other-kaspersky", name = name);
        let colour = theme::attention(ui.visuals());
        ui.label(RichText::new(&said).color(colour));
        None
    })
}

fn guide_ui(ui: &mut egui::Ui, model: &Model) {
    let lang = model.lang();
    ui.label(RichText::new(t!(lang, "choose-guide-labs")).strong());
    ui.label(t!(lang, "choose-guide-labs-body"));
    facts_ui(ui, model, FactId::LAB_TESTS);
    ui.add_space(theme::SPACE_S);

    ui.label(RichText::new(t!(lang, "choose-guide-devices")).strong());
    let devices: Vec<String> = Device::ALL
        .into_iter()
        .filter(|d| model.has_device(*d))
        .map(|d| humanize::lower_first(&d.label(lang)))
        .collect();
    if devices.is_empty() {
        ui.label(t!(lang, "choose-guide-devices-none"));
    } else {
        let names: Vec<&str> = devices.iter().map(String::as_str).collect();
        let devices = humanize::list_and(lang, &names);
        ui.label(t!(lang, "choose-guide-devices-some", devices = devices));
    }
    ui.add_space(theme::SPACE_S);

    let companions: Vec<&str> = Companion::ALL
        .into_iter()
        .filter(|c| model.uses(*c))
        .map(Companion::label)
        .collect();
    if !companions.is_empty() {
        ui.label(RichText::new(t!(lang, "choose-guide-companions")).strong());
        let apps = humanize::list_and(lang, &companions);
        let body = model.coverage().companions_text();
        ui.label(lang.text(body, &[("apps", apps.into())]));
        ui.add_space(theme::SPACE_S);
    }

    ui.label(RichText::new(t!(lang, "choose-guide-one-at-a-time")).strong());
    ui.label(t!(lang, "choose-guide-one-at-a-time-body"));
}

fn facts_ui(ui: &mut egui::Ui, model: &Model, ids: &[FactId]) {
    let facts: Vec<_> = ids
        .iter()
        .filter_map(|id| model.advisory.fact(*id))
        .collect();
    page::sources_ui(ui, model.lang(), &model.advisory, &facts);
}
