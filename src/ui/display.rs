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
    // Hints wrap inside the window: egui's width for them passes its edge
    // in a small window at large text.
    let room = ctx.content_rect().width() - 2.0 * crate::ui::theme::SPACE_L;
    let tooltip_width = room.clamp(MIN_TOOLTIP_WIDTH, MAX_TOOLTIP_WIDTH);
    if (ctx.global_style().spacing.tooltip_width - tooltip_width).abs() > 0.5 {
        ctx.all_styles_mut(|style| style.spacing.tooltip_width = tooltip_width);
    }
}

/// egui's own width for hints, kept where the window has room for it.
const MAX_TOOLTIP_WIDTH: f32 = 500.0;
const MIN_TOOLTIP_WIDTH: f32 = 120.0;

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

/// Keeps a pointer that has not moved on the same pixels when the text
/// size changes. The window's input gives the pointer in points, worked
/// out when it last moved: after a change of size the same spot on the
/// screen is a different point, so a second click on "Larger text"
/// without moving the mouse would land beside it.
#[derive(Debug, Default)]
pub struct SteadyPointer {
    /// Where the pointer last moved to, and the size then.
    moved: Option<(egui::Pos2, f32)>,
}

impl SteadyPointer {
    /// Corrects `input`'s pointer positions for a size that changed since
    /// the pointer last moved; `zoom` is the size now.
    pub fn fix(&mut self, zoom: f32, input: &mut egui::RawInput) {
        let stale = |moved: Option<(egui::Pos2, f32)>| {
            moved.filter(|(_, then)| (then - zoom).abs() > f32::EPSILON)
        };
        if let Some((at, then)) = stale(self.moved)
            && !input
                .events
                .iter()
                .any(|e| matches!(e, egui::Event::PointerMoved(_)))
        {
            // Where the pointer really is now, in today's points.
            let now = at * (then / zoom);
            input.events.insert(0, egui::Event::PointerMoved(now));
            self.moved = Some((now, zoom));
        }
        for event in &mut input.events {
            match event {
                egui::Event::PointerMoved(at) => self.moved = Some((*at, zoom)),
                egui::Event::PointerButton { pos, .. } => {
                    if let Some((at, _)) = self.moved {
                        *pos = at;
                    }
                }
                egui::Event::PointerGone => self.moved = None,
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn click_at(pos: egui::Pos2) -> egui::Event {
        egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: egui::Modifiers::NONE,
        }
    }

    #[test]
    fn a_click_after_a_change_of_size_lands_where_the_pointer_is() {
        let mut pointer = SteadyPointer::default();
        // At 100 %: the pointer moves to (400, 100) and clicks there.
        let mut input = egui::RawInput {
            events: vec![egui::Event::PointerMoved(egui::pos2(400.0, 100.0))],
            ..Default::default()
        };
        pointer.fix(1.0, &mut input);
        // The size is now 125 %; the window still says (400, 100) points,
        // which are 500 pixels from the left, not 400.
        let mut input = egui::RawInput {
            events: vec![click_at(egui::pos2(400.0, 100.0))],
            ..Default::default()
        };
        pointer.fix(1.25, &mut input);
        assert_eq!(
            input.events,
            [
                egui::Event::PointerMoved(egui::pos2(320.0, 80.0)),
                click_at(egui::pos2(320.0, 80.0)),
            ]
        );
        // A pointer that moves again is taken as it is.
        let mut input = egui::RawInput {
            events: vec![
                egui::Event::PointerMoved(egui::pos2(10.0, 10.0)),
                click_at(egui::pos2(10.0, 10.0)),
            ],
            ..Default::default()
        };
        let before = input.events.clone();
        pointer.fix(1.25, &mut input);
        assert_eq!(input.events, before);
    }
}
