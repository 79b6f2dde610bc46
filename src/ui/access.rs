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
/// screen reader can list the regions and jump between them (an empty name
/// leaves it unnamed, for a plain container).
pub fn name_region(ui: &egui::Ui, role: Role, name: &str) -> Option<egui::Id> {
    let region = ui
        .stack()
        .iter()
        .find(|frame| frame.is_panel_ui() || frame.kind() == Some(egui::UiKind::Modal))
        .map(|frame| frame.unique_id)?;
    ui.ctx().accesskit_node_builder(region, |node| {
        node.set_role(role);
        if name.is_empty() {
            node.clear_label();
        } else {
            node.set_label(name);
        }
    });
    Some(region)
}

/// A heading that screen readers list as one, at `level` (1 for a page's
/// title, 2 for its sections, 3 for a question within one).
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

fn whole_rect_id() -> egui::Id {
    egui::Id::unique("avswitch_focused_whole_rect")
}

/// The control that has focus: where it is drawn, all of it, and the part
/// that can be seen.
struct Focused {
    response: egui::Response,
    whole: egui::Rect,
    visible: egui::Rect,
}

/// Notes where all of a control that wraps over lines is (a link in a
/// sentence): egui keeps only its first part, and the whole must be
/// ringed and scrolled into view.
pub fn note_whole_rect(ui: &egui::Ui, response: &egui::Response) {
    if response.has_focus() {
        let noted = (response.id, response.rect, ui.clip_rect());
        ui.data_mut(|d| d.insert_temp(whole_rect_id(), noted));
    }
}

fn focused(ctx: &egui::Context) -> Option<Focused> {
    let response = ctx.read_response(ctx.memory(|m| m.focused())?)?;
    let noted: Option<(egui::Id, egui::Rect, egui::Rect)> =
        ctx.data(|d| d.get_temp(whole_rect_id()));
    Some(match noted {
        Some((id, whole, clip)) if id == response.id => Focused {
            visible: whole.intersect(clip),
            whole,
            response,
        },
        _ => Focused {
            whole: response.rect,
            visible: response.interact_rect,
            response,
        },
    })
}

/// Scrolls the control that has just received focus into view, when it is
/// in the scroll area `ui` draws and hidden (wholly or in part) by it.
/// Call after the scroll area's contents are drawn.
pub fn keep_focus_in_view(ui: &egui::Ui) {
    let Some(Focused {
        response, whole, ..
    }) = focused(ui.ctx())
    else {
        return;
    };
    let clip = ui.clip_rect();
    // Controls elsewhere (the step row, the bar at the bottom) are never
    // cut by their clip rectangle and lie outside this one.
    let in_page = response.layer_id == ui.layer_id()
        && (response.interact_rect != response.rect || response.rect.intersects(clip));
    if response.gained_focus() && in_page && !clip.contains_rect(whole) {
        ui.scroll_to_rect(whole, None);
    }
}

/// Draws one ring, the same for every kind of control, around the control
/// that has keyboard focus.
pub fn focus_ring(ctx: &egui::Context) {
    let Some(focused) = focused(ctx) else {
        return;
    };
    let ring = theme::focus_ring(&ctx.global_style().visuals);
    // Only around the part that can be seen, where a scroll area cuts it.
    let clip = focused.visible.expand(RING_GAP + ring.width);
    if !focused.visible.is_positive() {
        return;
    }
    ctx.layer_painter(focused.response.layer_id)
        .with_clip_rect(clip)
        .rect_stroke(
            focused.whole.expand(RING_GAP),
            6.0,
            ring,
            egui::StrokeKind::Outside,
        );
}

/// Room between a control and its focus ring.
const RING_GAP: f32 = 2.0;
