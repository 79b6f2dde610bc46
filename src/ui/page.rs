//! The one layout every wizard page shares: a heading, a lead paragraph and
//! the page's own content, centred at a readable width.

use std::sync::Arc;

use egui::RichText;

use super::{access, theme};
use crate::advisory::{Advisory, Fact};
use crate::i18n::{Lang, Msg};
use crate::model::Step;
use crate::t;

/// Lays out a page for `step`; `body` draws the content below the lead.
pub fn page_ui<R>(
    ui: &mut egui::Ui,
    lang: Lang,
    step: Step,
    lead: &str,
    body: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    let width = ui.available_width().min(theme::PAGE_MAX_WIDTH);
    let side = ((ui.available_width() - width) / 2.0).max(0.0);
    ui.horizontal_top(|ui| {
        ui.add_space(side);
        ui.vertical(|ui| {
            ui.set_width(width);
            ui.add_space(theme::SPACE_M);
            let count = t!(
                lang,
                "wizard-step-count",
                number = step.number(),
                total = Step::ALL.len()
            );
            ui.label(RichText::new(count).color(theme::muted(ui.visuals())));
            let title = access::heading_ui(ui, RichText::new(step.title(lang)).heading(), 1);
            if access::take_page_start(ui.ctx()) {
                title.request_focus();
            }
            ui.add_space(theme::SPACE_S);
            ui.label(RichText::new(lead).size(theme::LEAD_SIZE));
            ui.add_space(theme::SPACE_L);
            let inner = body(ui);
            ui.add_space(theme::SPACE_L);
            inner
        })
        .inner
    })
    .inner
}

/// A section heading inside a page.
pub fn section_ui(ui: &mut egui::Ui, title: &str) {
    ui.add_space(theme::SPACE_L);
    let text = RichText::new(title).size(theme::SECTION_SIZE).strong();
    access::heading_ui(ui, text, 2);
    ui.add_space(theme::SPACE_S);
}

/// A question's heading, inside a section.
pub fn question_ui(ui: &mut egui::Ui, question: &str) {
    access::heading_ui(ui, RichText::new(question).strong(), 3);
}

/// A primary (accent-filled) button. Its focus ring has a second, inner
/// ring in the colour of its words, which shows on its fill.
pub fn primary_button(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let visuals = ui.visuals().clone();
    let label = RichText::new(text)
        .color(theme::on_accent(&visuals))
        .strong();
    let response = ui.add(
        egui::Button::new(label)
            .fill(theme::accent(&visuals))
            .min_size(egui::vec2(140.0, theme::CONTROL_HEIGHT)),
    );
    access::filled(&response);
    response
}

/// A group of radio buttons or boxes that answer one question: screen
/// readers name the group by the question, so an answer ("Yes") is heard
/// with what it answers. `row` lays the answers side by side, wrapping.
pub fn answers_ui<R>(
    ui: &mut egui::Ui,
    question: &str,
    role: egui::accesskit::Role,
    row: bool,
    body: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    let layout = if row {
        egui::Layout::left_to_right(egui::Align::Min).with_main_wrap(true)
    } else {
        egui::Layout::top_down(egui::Align::Min)
    };
    let group = egui::UiBuilder::new()
        .layout(layout)
        .accessibility_role(role)
        .accessibility_label(question);
    ui.scope_builder(group, body).inner
}

/// A disclosure ("How to do it"): `label` is what it shows, `name` what
/// screen readers hear, with what it belongs to ("How to do it: Uninstall
/// Kaspersky"), since the same label is on every card. Opened, its content
/// is scrolled into view, also when it was at the bottom edge.
pub fn disclosure_ui(
    ui: &mut egui::Ui,
    label: &str,
    name: &str,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    body: impl FnOnce(&mut egui::Ui),
) {
    let shown = egui::CollapsingHeader::new(label)
        .id_salt(id_salt)
        .show(ui, body);
    let header = &shown.header_response;
    ui.ctx()
        .accesskit_node_builder(header.id, |node| node.set_label(name));
    let opening = header.id.with("avswitch_opening");
    if header.clicked() {
        ui.data_mut(|d| d.insert_temp(opening, true));
    }
    let scrolling = ui.data(|d| d.get_temp::<bool>(opening)).unwrap_or(false);
    match &shown.body_response {
        Some(body) if scrolling => {
            ui.scroll_to_rect(header.rect.union(body.rect), None);
            if shown.openness >= 1.0 {
                ui.data_mut(|d| d.remove::<bool>(opening));
            }
        }
        None if scrolling && shown.openness <= 0.0 => {
            // Closed again: nothing to show.
            ui.data_mut(|d| d.remove::<bool>(opening));
        }
        _ => {}
    }
}

/// A small outlined label for a status ("On", "Affected by the U.S. ban").
/// It is never broken inside a word: it moves to the next line when it does
/// not fit beside what comes before, and wraps between words only when it is
/// wider than a whole line.
pub fn badge_ui(ui: &mut egui::Ui, text: &str, color: egui::Color32) -> egui::Response {
    let margin = egui::vec2(8.0, 2.0);
    let line = ui.max_rect().width() - 2.0 * margin.x;
    let galley = ui.painter().layout_job(badge_job(text, color, line));
    let size = galley.size() + 2.0 * margin;
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        let stroke = egui::Stroke::new(1.5, color);
        painter.rect_stroke(rect, 10.0, stroke, egui::StrokeKind::Inside);
        painter.galley(rect.min + margin, galley, color);
    }
    response
}

/// A badge's words, wrapped at `width` only between words.
pub fn badge_job(text: &str, color: egui::Color32, width: f32) -> egui::text::LayoutJob {
    let format = egui::TextFormat {
        font_id: egui::FontId::proportional(theme::SMALL_SIZE),
        color,
        ..Default::default()
    };
    let mut job = egui::text::LayoutJob::single_section(text.to_owned(), format);
    job.wrap = egui::text::TextWrapping {
        max_width: width.max(1.0),
        break_anywhere: false,
        ..Default::default()
    };
    job
}

/// A framed box with a coloured edge, for a page's key message.
pub fn callout_ui<R>(
    ui: &mut egui::Ui,
    edge: egui::Color32,
    body: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(2.0, edge))
        .corner_radius(8.0)
        .inner_margin(theme::SPACE_M + 4.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            body(ui)
        })
        .inner
}

/// "Source: Federal Register, PCWorld" with each name a link.
pub fn sources_ui(ui: &mut egui::Ui, lang: Lang, advisory: &Advisory, facts: &[&Fact]) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 6.0;
        let sources = advisory.sources_of(facts);
        let word = t!(lang, "sources-label", count = sources.len());
        ui.label(
            RichText::new(word)
                .size(theme::SMALL_SIZE)
                .color(theme::muted(ui.visuals())),
        );
        for (n, source) in sources.into_iter().enumerate() {
            // A dot between two names on one line; a name that goes to the
            // next line starts it, with no dot left alone at either end.
            let shown = match &source.url {
                Some(_) => source.publisher.clone(),
                None => t!(lang, "source-named-not-linked", name = &source.publisher),
            };
            let name = RichText::new(&shown).size(theme::SMALL_SIZE);
            if n > 0 {
                let dot = one_line(ui, RichText::new("·").color(theme::muted(ui.visuals())));
                let gap = ui.spacing().item_spacing.x;
                let needed = gap + dot.size().x + gap + one_line(ui, name.clone()).size().x;
                if needed > ui.available_size_before_wrap().x {
                    ui.end_row();
                } else {
                    // Painted, not a label: a screen reader does not read it.
                    let (rect, _) = ui.allocate_exact_size(dot.size(), egui::Sense::hover());
                    ui.painter()
                        .galley(rect.min, dot, ui.visuals().text_color());
                }
            }
            match &source.url {
                Some(url) => {
                    let link = link_ui(ui, name, url).on_hover_text(&source.title);
                    // A publisher of several sources ("Kaspersky support")
                    // is heard with the title, so each link has its own name.
                    if advisory.publishes_several(&source.publisher) {
                        let heard = if source.title.starts_with(&source.publisher) {
                            source.title.clone()
                        } else {
                            format!("{}: {}", source.publisher, source.title)
                        };
                        link.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Link, true, &heard)
                        });
                    }
                }
                None => {
                    ui.label(name).on_hover_text(&source.title);
                }
            }
        }
    });
}

/// `text` laid out on one line, to measure or to paint.
fn one_line(ui: &egui::Ui, text: RichText) -> Arc<egui::Galley> {
    egui::WidgetText::from(text).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Body,
    )
}

/// A link among words on a wrapping line. It starts a new line when it
/// does not fit beside what comes before, so that it wraps, if at all, as one
/// piece: one stop for Tab, one name for screen readers.
pub fn link_ui(ui: &mut egui::Ui, text: RichText, url: &str) -> egui::Response {
    let width = one_line(ui, text.clone()).size().x;
    if width > ui.available_size_before_wrap().x && ui.cursor().left() > ui.max_rect().left() {
        ui.end_row();
    }
    let link = if width > ui.available_size_before_wrap().x {
        // Longer than a line: egui would make each line a link of its own.
        ui.vertical(|ui| ui.hyperlink_to(text, url)).inner
    } else {
        ui.hyperlink_to(text, url)
    };
    access::note_whole_rect(ui, &link);
    link
}

/// The system's own words behind a message, folded under "Details", for
/// whoever helps the person; nothing when there are none.
pub fn details_ui(ui: &mut egui::Ui, lang: Lang, message: &Msg) {
    let Some(detail) = lang.detail(message) else {
        return;
    };
    let label = t!(lang, "notice-details");
    disclosure_ui(ui, &label, &label, ("details", message.id), |ui| {
        ui.label(RichText::new(detail).color(theme::muted(ui.visuals())));
    });
}

/// A framed card for one thing in a list (a product, a checklist item).
pub fn card_ui<R>(ui: &mut egui::Ui, body: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let inner = egui::Frame::group(ui.style())
        .corner_radius(8.0)
        .inner_margin(theme::SPACE_M)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            body(ui)
        })
        .inner;
    ui.add_space(theme::SPACE_S);
    inner
}

/// The words of a question asked in a dialog.
pub struct Question<'a> {
    pub title: &'a str,
    pub body: &'a str,
    /// The safe answer: it comes first, has focus, and is what Escape or a
    /// click outside means, so Enter keeps things as they are.
    pub keep: &'a str,
    pub go: &'a str,
}

/// Asks `question` in a dialog that keeps inside the window at any size:
/// its words wrap, its buttons go one under the other, and what is still
/// too tall scrolls. Gives `go` or `keep` once the person has answered.
pub fn ask_ui<A>(ctx: &egui::Context, id: &str, question: &Question, go: A, keep: A) -> Option<A> {
    let window = ctx.content_rect().size();
    let modal = egui::Modal::new(egui::Id::unique(id)).show(ctx, |ui| {
        access::name_region(ui, egui::accesskit::Role::AlertDialog, question.title);
        // The dialog's frame and a margin around it stay inside the window.
        let room = window - egui::Vec2::splat(2.0 * theme::SPACE_L + 2.0 * theme::SPACE_M);
        ui.set_max_width(DIALOG_WIDTH.min(room.x).max(1.0));
        // A scroll bar of its own width, so the words wrap beside it, never
        // under it.
        ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
        egui::ScrollArea::vertical()
            .max_height(room.y.max(1.0))
            .show(ui, |ui| {
                let title = RichText::new(question.title).size(theme::SECTION_SIZE);
                access::heading_ui(ui, title.strong(), 2);
                ui.add(egui::Label::new(question.body).wrap());
                ui.add_space(theme::SPACE_M);
                ui.horizontal_wrapped(|ui| {
                    let keeping = primary_button(ui, question.keep);
                    let going = ui.button(question.go);
                    let focused = ui.memory(|m| m.focused());
                    // Tab stays inside the question, wrapping at both
                    // ends. Tab on the last button: egui hands focus on to
                    // the next widget that wants it, which in a dialog is
                    // its first button; giving focus here would send it
                    // back. Shift+Tab on the first goes to the last.
                    let (tab, back) = ui.input(|i| {
                        let tab = i.key_pressed(egui::Key::Tab);
                        (tab && !i.modifiers.shift, tab && i.modifiers.shift)
                    });
                    let wrapping = going.lost_focus() && tab;
                    let elsewhere = focused != Some(keeping.id) && focused != Some(going.id);
                    if keeping.lost_focus() && back {
                        going.request_focus();
                    } else if elsewhere && !wrapping {
                        // On opening, the safe answer has focus.
                        keeping.request_focus();
                    }
                    // The answer in focus stays in view, also while the
                    // dialog is still finding its size as it opens.
                    let clip = ui.clip_rect();
                    for answer in [&keeping, &going] {
                        if answer.has_focus() && !clip.contains_rect(answer.rect) {
                            let at_once = egui::style::ScrollAnimation::none();
                            ui.scroll_to_rect_animation(answer.rect, None, at_once);
                        }
                    }
                    if going.clicked() {
                        Some(true)
                    } else {
                        keeping.clicked().then_some(false)
                    }
                })
                .inner
            })
            .inner
    });
    let answer = match modal.inner {
        None if modal.should_close() => Some(false),
        answer => answer,
    };
    answer.map(|chose_go| if chose_go { go } else { keep })
}

const DIALOG_WIDTH: f32 = 440.0;

/// How wide `text` is on one line, in the font of buttons and radio buttons.
pub fn text_width(ui: &egui::Ui, text: &str) -> f32 {
    let font = egui::TextStyle::Button.resolve(ui.style());
    ui.painter()
        .layout_no_wrap(text.to_owned(), font, egui::Color32::PLACEHOLDER)
        .size()
        .x
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines of a badge's words laid out at `width`.
    fn badge_lines(text: &str, width: f32) -> Vec<String> {
        let ctx = egui::Context::default();
        let mut lines = Vec::new();
        let mut output = ctx.run_pass(egui::RawInput::default(), |ctx| {
            let job = badge_job(text, egui::Color32::WHITE, width);
            let galley = ctx.fonts_mut(|fonts| fonts.layout_job(job));
            lines = galley.rows.iter().map(|placed| placed.row.text()).collect();
        });
        output.textures_delta.clear();
        lines
    }

    #[test]
    fn a_badge_wraps_between_words_only() {
        let text = "Terdampak larangan Amerika Serikat";
        let lines = badge_lines(text, 110.0);
        assert!(lines.len() > 1, "{lines:?}");
        let words: Vec<&str> = text.split(' ').collect();
        for line in &lines {
            for word in line.split_whitespace() {
                assert!(words.contains(&word), "{word:?} is cut, in {lines:?}");
            }
        }
        // Wide enough: one line.
        assert_eq!(badge_lines(text, 600.0).len(), 1);
    }
}
