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

/// The text size egui now uses, when the keyboard changed it.
pub fn changed_size(ctx: &egui::Context, display: &Display) -> Option<u16> {
    let percent = (ctx.zoom_factor() * 100.0).round();
    let percent = u16::try_from(percent as i64).ok()?;
    (percent != display.text_size_percent).then_some(percent)
}
