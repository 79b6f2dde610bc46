//! What keyboard and screen-reader users rely on: names for the window and
//! its regions, headings, announcements, and a focused control that is
//! always seen (ringed and scrolled into view).

use egui::accesskit::{Live, Role};
use egui::{RichText, Sense};

use super::theme;

/// Names the window as screen readers announce it.
pub fn name_window(ctx: &egui::Context, name: &str) {
    ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label(name));
}

/// Gives the panel, dialog or menu `ui` is drawn in a role and a name, so a
/// screen reader can list the regions and jump between them.
pub fn name_region(ui: &egui::Ui, role: Role, name: &str) {
    let region = ui
        .stack()
        .iter()
        .find(|frame| frame.is_panel_ui() || frame.kind() == Some(egui::UiKind::Modal))
        .map(|frame| frame.unique_id);
    if let Some(id) = region {
        ui.ctx().accesskit_node_builder(id, |node| {
            node.set_role(role);
            node.set_label(name);
        });
    }
}

/// A heading that screen readers list as one, at `level` (1 for a page's
/// title, 2 for its sections).
pub fn heading_ui(ui: &mut egui::Ui, text: RichText, level: usize) -> egui::Response {
    let words = text.text().to_owned();
    let mut label = egui::Label::new(text).selectable(false);
    if level == 1 {
        // A page's title takes focus when the page opens, so Tab goes on
        // from the top of the page.
        label = label.sense(Sense::focusable_noninteractive());
    }
    let response = ui.add(label);
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(Role::Heading);
        node.set_level(level);
        node.clear_value();
        node.set_label(words);
    });
    response
}

/// Makes what is drawn in `ui` a live region: a screen reader announces it
/// when it appears or changes.
pub fn announce(ui: &egui::Ui) {
    ui.ctx()
        .accesskit_node_builder(ui.unique_id(), |node| node.set_live(Live::Polite));
}

/// Same as [`announce`], for one widget.
pub fn announce_response(response: &egui::Response) {
    response
        .ctx
        .accesskit_node_builder(response.id, |node| node.set_live(Live::Polite));
}

fn page_start_id() -> egui::Id {
    egui::Id::unique("avswitch_focus_page_start")
}

/// Asks the next page drawn to put focus on its title.
pub fn focus_page_start(ctx: &egui::Context) {
    ctx.data_mut(|d| d.insert_temp(page_start_id(), true));
}

/// Whether this page should take focus on its title (asked once).
pub fn take_page_start(ctx: &egui::Context) -> bool {
    ctx.data_mut(|d| d.remove_temp::<bool>(page_start_id()))
        .unwrap_or(false)
}

/// Scrolls the control that has just received focus into view, when it is
/// in the scroll area `ui` draws and hidden (wholly or in part) by it.
/// Call after the scroll area's contents are drawn.
pub fn keep_focus_in_view(ui: &egui::Ui) {
    let ctx = ui.ctx();
    let Some(focused) = ctx
        .memory(|m| m.focused())
        .and_then(|id| ctx.read_response(id))
    else {
        return;
    };
    let inside = focused.layer_id == ui.layer_id() && ui.min_rect().contains_rect(focused.rect);
    // A control outside any scroll area is never cut by its clip rectangle.
    let cut = focused.interact_rect != focused.rect;
    if focused.gained_focus() && inside && cut {
        ui.scroll_to_rect(focused.rect, None);
    }
}

/// Draws one ring, the same for every kind of control, around the control
/// that has keyboard focus.
pub fn focus_ring(ctx: &egui::Context) {
    let Some(focused) = ctx
        .memory(|m| m.focused())
        .and_then(|id| ctx.read_response(id))
    else {
        return;
    };
    let ring = theme::focus_ring(&ctx.global_style().visuals);
    let around = focused.rect.expand(RING_GAP);
    // Only the visible part of a control that a scroll area cuts.
    let clip = focused.interact_rect.expand(RING_GAP + ring.width);
    if !clip.is_positive() {
        return;
    }
    ctx.layer_painter(focused.layer_id)
        .with_clip_rect(clip)
        .rect_stroke(around, 6.0, ring, egui::StrokeKind::Outside);
}

/// Room between a control and its focus ring.
const RING_GAP: f32 = 2.0;
