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

/// Names a scroll area's vertical bar by what it scrolls, so a screen
/// reader says more than "scroll bar".
pub fn name_scroll_bar(ctx: &egui::Context, area: egui::Id, name: &str) {
    // egui gives an area's vertical bar the area's id with direction 1.
    ctx.accesskit_node_builder(area.with(1usize), |node| node.set_label(name));
}

/// A heading that screen readers list as one, at `level` (1 for a page's
/// title, 2 for its sections, 3 for a question within one).
pub fn heading_ui(ui: &mut egui::Ui, text: RichText, level: usize) -> egui::Response {
    let words = text.text().to_owned();
    // A page's title takes focus when the page opens, so Tab goes on from
    // the top of the page. Drawn as text, not as a label, which would be
    // underlined like a link while focused: the focus ring shows it.
    let sense = if level == 1 {
        Sense::focusable_noninteractive()
    } else {
        Sense::hover()
    };
    let galley = egui::WidgetText::from(text).into_galley(
        ui,
        Some(egui::TextWrapMode::Wrap),
        ui.available_width(),
        egui::TextStyle::Body,
    );
    let (rect, response) = ui.allocate_exact_size(galley.size(), sense);
    ui.painter()
        .galley(rect.min, galley, ui.visuals().text_color());
    // Its node and bounds, as a label's; made a heading below.
    response.widget_info(|| egui::WidgetInfo::labeled(Role::Label, true, &words));
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(Role::Heading);
        node.set_level(level);
        node.clear_value();
        node.set_label(words);
    });
    response
}

fn first_reading_id() -> egui::Id {
    egui::Id::unique("avswitch_first_read_frame")
}

/// Notes the first frame a screen reader (or a test) reads the window, so
/// that news there from the start waits a frame ([`news`]); call at the
/// start of every frame.
pub fn note_first_reading(ctx: &egui::Context) {
    let reading = ctx
        .accesskit_node_builder(egui::accesskit_root_id(), |_| ())
        .is_some();
    if reading {
        // By frame, not by pass: a frame may take two passes.
        let frame = ctx.cumulative_frame_nr();
        ctx.data_mut(|d| {
            d.get_temp_mut_or(first_reading_id(), frame);
        });
    }
}

/// Draws news (a finished check, a save, a message) that screen readers
/// say by themselves, once, when it is new: the visible words are a live
/// region, so each text is in the tree once. `occasion` names the news; a
/// new one is said even in the same words (copied twice), while news
/// already said is not said again when its page is drawn again (going back
/// to a step). A screen reader's first view of the window is read by the
/// person, not said, so news there from the start is said a frame later.
/// Keep buttons out of `add_contents`: everything in it is read out.
pub fn news<R>(
    ui: &mut egui::Ui,
    occasion: impl std::hash::Hash + std::fmt::Debug,
    add_contents: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    let ctx = ui.ctx().clone();
    let occasion = egui::Id::unique(("avswitch_news", occasion));
    let frame = ctx.cumulative_frame_nr();
    // News there when a screen reader (or a test) first reads the window
    // is what it first views (see `note_first_reading`).
    let first = ctx.data(|d| d.get_temp::<u64>(first_reading_id()));
    let reading = first.is_some();
    let first_view = first.is_none_or(|first| first == frame);
    let said_id = egui::Id::unique("avswitch_news_said");
    // The frame each piece of news was first said in: in a second pass of
    // that frame it is still new.
    let new = !first_view
        && ctx.data_mut(|d| {
            let said =
                d.get_temp_mut_or_default::<std::collections::HashMap<egui::Id, u64>>(said_id);
            *said.entry(occasion).or_insert(frame) == frame
        });
    if first_view && reading {
        ctx.request_repaint();
    }
    // Its words are new nodes when the news is: what appears in a live
    // region is said.
    let salt = if first_view {
        egui::Id::unique("avswitch_news_first_view")
    } else {
        occasion
    };
    ui.push_id(salt, |ui| {
        if new {
            ctx.accesskit_node_builder(ui.unique_id(), |node| node.set_live(Live::Polite));
        }
        add_contents(ui)
    })
    .inner
}

/// Draws `add_contents` with ids of its own, named by `key`: egui counts a
/// control's id from the controls drawn before it, so anything that appears
/// above (a message, a notice that a check confirmed an item) would give it
/// a new id, and it would lose focus and its state. `key` must be unique in
/// the window.
pub fn own_ids<R>(
    ui: &mut egui::Ui,
    key: impl std::hash::Hash + std::fmt::Debug,
    add_contents: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    let scope = egui::UiBuilder::new().scope_id(egui::Id::unique(("avswitch_own_ids", key)));
    ui.scope_builder(scope, add_contents).inner
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

/// Gives focus back to `opener` once the menu it opened (the popup
/// `popup_id`) has closed, when it closed with Escape or while focus was
/// in it; otherwise the next Tab would start again at the top of the
/// window. Call every frame after the menu is shown. A page that opens
/// meanwhile still puts focus on its title, being drawn later.
pub fn return_focus_from_popup(ctx: &egui::Context, opener: &egui::Response, popup_id: egui::Id) {
    let key = opener.id.with("avswitch_return_focus");
    if egui::Popup::is_id_open(ctx, popup_id) {
        let escape = ctx.input(|i| i.key_pressed(egui::Key::Escape));
        let focused = ctx.memory(|m| m.focused());
        // Moving from one control to the next, focus is nowhere for a
        // frame: what was known holds.
        if focused.is_none() && !escape {
            return;
        }
        let inside = focused.is_some_and(|focused| {
            focused == opener.id
                || ctx
                    .read_response(focused)
                    .is_some_and(|r| r.layer_id.id == popup_id)
        });
        let was_inside = ctx.data(|d| d.get_temp::<bool>(key)) == Some(true);
        if was_inside && !inside && !escape {
            // Tab went on past the menu: it closes, as menus do, and focus
            // stays where Tab took it.
            egui::Popup::close_id(ctx, popup_id);
            ctx.data_mut(|d| d.remove::<bool>(key));
            return;
        }
        ctx.data_mut(|d| d.insert_temp(key, escape || inside));
    } else if ctx.data_mut(|d| d.remove_temp::<bool>(key)) == Some(true) {
        opener.request_focus();
    }
}

fn handed_id() -> egui::Id {
    egui::Id::unique("avswitch_focus_handed")
}

/// The one rule for a control that goes away once used (a "Confirm"
/// button, a finished save): it hands focus on to what replaces it, named
/// by `to`, so focus never falls back to the window and a screen reader
/// says where it landed. The control drawn with [`takes_focus`] under that
/// name takes it, in a later frame.
pub fn hand_focus(ctx: &egui::Context, to: impl std::hash::Hash + std::fmt::Debug) {
    ctx.data_mut(|d| d.insert_temp(handed_id(), egui::Id::unique(to)));
}

/// Gives `response` the focus handed to `name` ([`hand_focus`]), once, and
/// brings it into view.
pub fn takes_focus(response: &egui::Response, name: impl std::hash::Hash + std::fmt::Debug) {
    let wanted = egui::Id::unique(name);
    let handed = response.ctx.data_mut(|d| {
        let handed = d.get_temp::<egui::Id>(handed_id()) == Some(wanted);
        if handed {
            d.remove::<egui::Id>(handed_id());
        }
        handed
    });
    if handed {
        response.request_focus();
        response.scroll_to_me(None);
    }
}

fn opener_id() -> egui::Id {
    egui::Id::unique("avswitch_dialog_opener")
}

/// Remembers the control that opens a dialog, to give focus back to it
/// when the dialog closes.
pub fn remember_opener(ctx: &egui::Context, opener: egui::Id) {
    ctx.data_mut(|d| d.insert_temp(opener_id(), opener));
}

fn returning_id() -> egui::Id {
    egui::Id::unique("avswitch_focus_returning")
}

/// Gives focus back to the control that opened the dialog that just
/// closed (see [`remember_opener`]); call in the first frame without it.
/// The focus arrives a frame later: until then the page is still behind
/// the dialog, and egui takes focus away from what is behind a dialog.
pub fn return_focus_to_opener(ctx: &egui::Context) {
    let pass = ctx.cumulative_pass_nr();
    ctx.data_mut(|d| {
        if let Some(opener) = d.get_temp::<egui::Id>(opener_id()) {
            d.insert_temp(returning_id(), (opener, pass));
        }
        d.remove::<egui::Id>(opener_id());
    });
}

/// Notes, under `id`, what a dialog needs to know once it closes (`open`:
/// `Some` while it is open) and gives that back once, in the first frame
/// after it closed.
pub fn dialog_closed<T: Clone + Send + Sync + 'static>(
    ctx: &egui::Context,
    id: egui::Id,
    open: Option<T>,
) -> Option<T> {
    ctx.data_mut(|d| match open {
        Some(value) => {
            d.insert_temp(id, value);
            None
        }
        None => {
            let noted = d.get_temp::<T>(id);
            d.remove::<T>(id);
            noted
        }
    })
}

/// Forgets the control that opened a dialog: the dialog led elsewhere.
pub fn forget_opener(ctx: &egui::Context) {
    ctx.data_mut(|d| d.remove::<egui::Id>(opener_id()));
}

/// Carries out [`return_focus_to_opener`]; call at the start of a frame.
pub fn return_focus(ctx: &egui::Context) {
    let pass = ctx.cumulative_pass_nr();
    let due = ctx.data_mut(|d| {
        let returning = d.get_temp::<(egui::Id, u64)>(returning_id());
        match returning {
            Some((opener, asked)) if asked < pass => {
                d.remove::<(egui::Id, u64)>(returning_id());
                Some(opener)
            }
            _ => None,
        }
    });
    if let Some(opener) = due {
        ctx.memory_mut(|m| m.request_focus(opener));
    }
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

/// For a keyboard user: a focused control that the page moved out of view
/// (a message appearing above it, an answer that reflows the page) while
/// the person did not scroll is brought back into view. Call every frame,
/// in the page's scroll area; `keyboard` says the keyboard is in use (a
/// mouse user's page is never moved under the pointer).
pub fn follow_moved_focus(ui: &egui::Ui, keyboard: bool) {
    let last_id = egui::Id::unique("avswitch_focused_last_place");
    let last: Option<(egui::Id, egui::Rect)> = ui.data(|d| d.get_temp(last_id));
    let Some(Focused {
        response, whole, ..
    }) = focused(ui.ctx())
    else {
        ui.data_mut(|d| d.remove::<(egui::Id, egui::Rect)>(last_id));
        return;
    };
    ui.data_mut(|d| d.insert_temp(last_id, (response.id, whole)));
    let clip = ui.clip_rect();
    let scrolled =
        ui.input(|i| i.smooth_scroll_delta != egui::Vec2::ZERO) || ui.ctx().dragged_id().is_some();
    let moved_out = last
        .is_some_and(|(id, rect)| id == response.id && rect != whole && clip.contains_rect(rect))
        && !clip.contains_rect(whole);
    if keyboard && moved_out && !scrolled {
        ui.scroll_to_rect(whole, None);
    }
}

fn filled_id() -> egui::Id {
    egui::Id::unique("avswitch_filled_control")
}

/// Notes that `response` is filled with the focus ring's own colour (the
/// main button), so that its ring gets an inner ring that shows on it.
pub fn filled(response: &egui::Response) {
    if response.has_focus() {
        response
            .ctx
            .data_mut(|d| d.insert_temp(filled_id(), response.id));
    }
}

/// Draws one ring, the same for every kind of control, around the control
/// that has keyboard focus; on a control filled with the ring's colour, an
/// inner ring in the colour of its words as well.
pub fn focus_ring(ctx: &egui::Context) {
    let Some(focused) = focused(ctx) else {
        return;
    };
    let visuals = ctx.global_style().visuals.clone();
    let ring = theme::focus_ring(&visuals);
    // Only around the part that can be seen, where a scroll area cuts it.
    let clip = focused.visible.expand(RING_GAP + ring.width);
    if !focused.visible.is_positive() {
        return;
    }
    let painter = ctx
        .layer_painter(focused.response.layer_id)
        .with_clip_rect(clip);
    painter.rect_stroke(
        focused.whole.expand(RING_GAP),
        6.0,
        ring,
        egui::StrokeKind::Outside,
    );
    let filled = ctx.data_mut(|d| d.get_temp::<egui::Id>(filled_id()));
    if filled == Some(focused.response.id) {
        let inner = egui::Stroke::new(ring.width, theme::on_accent(&visuals));
        painter.rect_stroke(
            focused.whole.shrink(RING_GAP + 1.0),
            4.0,
            inner,
            egui::StrokeKind::Inside,
        );
    }
}

/// Room between a control and its focus ring.
const RING_GAP: f32 = 2.0;
