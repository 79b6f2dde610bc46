//! The person's display settings, applied to egui: theme and text size.

use crate::store::{Display, ThemeChoice};

/// Makes the window look as `display` says (cheap when nothing changed).
pub fn apply(ctx: &egui::Context, display: &Display) {
    let preference = match display.theme {
        ThemeChoice::System => egui::ThemePreference::System,
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark => egui::ThemePreference::Dark,
    };
    if ctx.options(|o| o.theme_preference) != preference {
        ctx.set_theme(preference);
    }
    let zoom = f32::from(display.text_size_percent) / 100.0;
    if (ctx.zoom_factor() - zoom).abs() > 0.001 {
        ctx.set_zoom_factor(zoom);
    }
}

/// Whether the person is using the keyboard: a key press says yes, a
/// click says no. The focus ring shows only then, as in web browsers.
pub fn keyboard_in_use(ctx: &egui::Context, before: bool) -> bool {
    ctx.input(|input| {
        input
            .events
            .iter()
            .fold(before, |keyboard, event| match event {
                egui::Event::Key { pressed: true, .. } => true,
                egui::Event::PointerButton { pressed: true, .. } => false,
                _ => keyboard,
            })
    })
}
