//! Honest placeholder for steps whose content is not built yet: it says so
//! and shows no made-up results.

use eframe::egui::{self, RichText};

use crate::model::Step;
use crate::ui::{page, theme};

pub fn not_ready_ui(ui: &mut egui::Ui, step: Step) {
    let (lead, later) = match step {
        Step::Check => (
            "This step will look for the anti-virus programs on this computer and tell you which ones are Kaspersky, which are active, and whether they are up to date.",
            "Checking this computer",
        ),
        Step::Choose => (
            "This step will help you choose a replacement, starting with the protection your computer already has built in.",
            "Choosing a replacement",
        ),
        Step::Checklist => (
            "This step will give you a checklist for switching safely, made for your situation, that you can tick off over several days.",
            "The checklist",
        ),
        _ => (
            "This step will let you save your checklist, print it, or add reminders to your calendar.",
            "Saving and printing",
        ),
    };
    page::page_ui(ui, step, lead, |ui| {
        let note = format!(
            "{later} is not available in this version of AV Switch yet. Rather than show anything that might be wrong, this page stays empty for now. You can continue with Next."
        );
        ui.label(RichText::new(note).color(theme::muted(ui.visuals())));
    });
}
