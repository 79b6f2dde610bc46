//! Design tokens: type sizes, spacing and colours, in one place.

use egui::{Color32, FontFamily, FontId, TextStyle, Visuals};

pub const BODY_SIZE: f32 = 16.0;
/// Fine print is still at least 15 px, for readability.
pub const SMALL_SIZE: f32 = 15.0;
pub const LEAD_SIZE: f32 = 19.0;
pub const STATUS_SIZE: f32 = 23.0;
pub const HEADING_SIZE: f32 = 28.0;
pub const SECTION_SIZE: f32 = 20.0;

pub const SPACE_S: f32 = 6.0;
pub const SPACE_M: f32 = 12.0;
pub const SPACE_L: f32 = 24.0;
/// Long lines are hard to read: pages stop growing at this width.
pub const PAGE_MAX_WIDTH: f32 = 780.0;
pub const PAGE_MARGIN: f32 = 24.0;
pub const CONTROL_HEIGHT: f32 = 36.0;

pub const WINDOW_SIZE: [f32; 2] = [1024.0, 720.0];
pub const WINDOW_MIN_SIZE: [f32; 2] = [720.0, 540.0];

/// Calm blue for the current step, primary buttons and "today".
pub fn accent(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(110, 170, 255)
    } else {
        Color32::from_rgb(23, 92, 196)
    }
}

/// Text on an accent-filled surface.
pub fn on_accent(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(10, 20, 40)
    } else {
        Color32::WHITE
    }
}

/// Things that are over: past milestones, visited steps.
pub fn muted(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_gray(150)
    } else {
        Color32::from_gray(105)
    }
}

/// Good news: done, up to date.
pub fn good(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(110, 200, 130)
    } else {
        Color32::from_rgb(22, 120, 52)
    }
}

/// Needs attention (never used without a next step beside it).
pub fn attention(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(255, 170, 90)
    } else {
        Color32::from_rgb(170, 70, 0)
    }
}

/// Needs doing now (always shown with the next step beside it).
pub fn urgent(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(255, 130, 120)
    } else {
        Color32::from_rgb(180, 30, 30)
    }
}

/// Installs type sizes and spacing for both light and dark themes.
pub fn install(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(HEADING_SIZE, FontFamily::Proportional),
            ),
            (
                TextStyle::Body,
                FontId::new(BODY_SIZE, FontFamily::Proportional),
            ),
            (
                TextStyle::Button,
                FontId::new(BODY_SIZE, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(SMALL_SIZE, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(SMALL_SIZE, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        style.spacing.button_padding = egui::vec2(14.0, 7.0);
        style.spacing.interact_size.y = CONTROL_HEIGHT;
        // Checkboxes and radio buttons big enough to hit without care.
        style.spacing.icon_width = 22.0;
        style.spacing.icon_width_inner = 12.0;
        style.spacing.icon_spacing = 8.0;
        style.visuals.indent_has_left_vline = false;
        // egui's default text is a mid grey; older eyes need more contrast.
        let text = if style.visuals.dark_mode {
            Color32::from_gray(228)
        } else {
            Color32::from_gray(22)
        };
        style.visuals.widgets.noninteractive.fg_stroke.color = text;
        style.visuals.widgets.inactive.fg_stroke.color = text;
        // egui's light-theme link blue is too pale on white.
        style.visuals.hyperlink_color = accent(&style.visuals);
        // A clearly visible ring around the control that has keyboard
        // focus: egui draws a focused control with its "active" look, and a
        // text field with the selection stroke.
        let ring = focus_ring(&style.visuals);
        style.visuals.widgets.active.bg_stroke = ring;
        style.visuals.selection.stroke = ring;
        // Unticked boxes, radio buttons and buttons need an edge that can be
        // seen against the page (WCAG 2: 3:1 for a control's outline).
        style.visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.5, outline(&style.visuals));
    });
}

/// The edge of a control at rest.
pub fn outline(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_gray(145)
    } else {
        Color32::from_gray(118)
    }
}

/// The done part of a progress bar; its label is in the text colour.
pub fn progress_fill(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(35, 70, 125)
    } else {
        Color32::from_rgb(176, 206, 245)
    }
}

/// The outline of the control that has keyboard focus.
pub fn focus_ring(visuals: &egui::Visuals) -> egui::Stroke {
    egui::Stroke::new(2.5, accent(visuals))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2 contrast ratio of two opaque colours.
    fn contrast(a: Color32, b: Color32) -> f32 {
        let luminance = |c: Color32| {
            let channel = |v: u8| {
                let v = f32::from(v) / 255.0;
                if v <= 0.039_28 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
        };
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn text_and_badges_meet_wcag_aa_in_both_themes() {
        let ctx = egui::Context::default();
        install(&ctx);
        for theme in [egui::Theme::Light, egui::Theme::Dark] {
            let visuals = ctx.style_of(theme).visuals.clone();
            for background in [visuals.panel_fill, visuals.window_fill] {
                for (name, color) in [
                    ("text", visuals.widgets.noninteractive.fg_stroke.color),
                    ("muted", muted(&visuals)),
                    ("accent", accent(&visuals)),
                    ("link", visuals.hyperlink_color),
                    ("good", good(&visuals)),
                    ("attention", attention(&visuals)),
                    ("urgent", urgent(&visuals)),
                ] {
                    let ratio = contrast(color, background);
                    assert!(ratio >= 4.5, "{theme:?} {name}: {ratio:.2}:1");
                }
            }
            let on_button = contrast(on_accent(&visuals), accent(&visuals));
            assert!(
                on_button >= 4.5,
                "{theme:?} primary button: {on_button:.2}:1"
            );
            // The progress label sits on the done part and on the rest.
            for (part, fill) in [
                ("done", progress_fill(&visuals)),
                ("rest", visuals.extreme_bg_color),
            ] {
                let ratio = contrast(visuals.text_color(), fill);
                assert!(
                    ratio >= 4.5,
                    "{theme:?} progress label on {part}: {ratio:.2}:1"
                );
            }
        }
    }

    #[test]
    fn controls_at_rest_have_an_edge_that_stands_out_in_both_themes() {
        let ctx = egui::Context::default();
        install(&ctx);
        for theme in [egui::Theme::Light, egui::Theme::Dark] {
            let visuals = ctx.style_of(theme).visuals.clone();
            let edge = visuals.widgets.inactive.bg_stroke;
            assert_eq!(edge.color, outline(&visuals));
            assert!(edge.width >= 1.0, "{theme:?}: {}", edge.width);
            // Unticked check boxes and radio buttons are their edge on a
            // page, a card or a dialog; buttons are their edge on their fill.
            for (on, background) in [
                ("page", visuals.panel_fill),
                ("dialog", visuals.window_fill),
                ("card", visuals.faint_bg_color),
                ("box", visuals.widgets.inactive.bg_fill),
                ("button", visuals.widgets.inactive.weak_bg_fill),
            ] {
                let ratio = contrast(edge.color, background);
                assert!(ratio >= 3.0, "{theme:?} outline on {on}: {ratio:.2}:1");
            }
        }
    }

    #[test]
    fn the_focus_ring_is_thick_and_stands_out_in_both_themes() {
        let ctx = egui::Context::default();
        install(&ctx);
        for theme in [egui::Theme::Light, egui::Theme::Dark] {
            let visuals = ctx.style_of(theme).visuals.clone();
            let ring = visuals.widgets.active.bg_stroke;
            assert_eq!(ring, focus_ring(&visuals));
            assert!(ring.width >= 2.0, "{theme:?}: {}", ring.width);
            // WCAG 2.2 asks 3:1 for a focus indicator against what is next to it.
            for next_to in [visuals.panel_fill, visuals.widgets.inactive.weak_bg_fill] {
                let ratio = contrast(ring.color, next_to);
                assert!(ratio >= 3.0, "{theme:?} focus ring: {ratio:.2}:1");
            }
        }
    }

    #[test]
    fn contrast_formula_matches_known_values() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.01);
    }
}
