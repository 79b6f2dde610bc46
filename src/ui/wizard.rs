//! The wizard's frame: the step indicator on top, Back / Next at the bottom.

use std::sync::Arc;

use egui::gui_zoom::kb_shortcuts::{ZOOM_IN, ZOOM_IN_SECONDARY, ZOOM_OUT, ZOOM_RESET};
use egui::{Align, Layout, RichText, Role, Sense, WidgetInfo};

use super::{access, fonts, page, steps, theme};
use crate::i18n::{Arg, Lang, Msg};
use crate::model::{Action, MAX_TEXT_SIZE, MIN_TEXT_SIZE, Model, Step};
use crate::store::ThemeChoice;
use crate::t;

/// The always-visible row of steps; visited steps can be clicked. Where
/// the row does not fit on one line, a menu of steps named after the
/// current one takes its place, so the page keeps the height.
pub fn indicator_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    egui::Panel::top("step_indicator")
        .show(ui, |ui| {
            access::name_region(ui, Role::Navigation, &t!(model.lang(), "region-steps"));
            // Slimmer menu buttons leave the steps more room.
            ui.spacing_mut().button_padding.x = 10.0;
            ui.add_space(theme::SPACE_S);
            let mut action = None;
            // The menus keep the right end; the steps wrap in the room left
            // of them. The menus' width is measured when drawn and kept, so
            // that everything is drawn, and reached with Tab, left to right.
            let tools_id = egui::Id::unique("step_row_tools_width");
            let tools_width: f32 = ui.data(|d| d.get_temp(tools_id)).unwrap_or(0.0);
            let names = Step::ALL.map(|step| chip_name(ui, model, step));
            let gap = ui.spacing().item_spacing.x;
            let room = ui.available_width() - tools_width - gap;
            let shortest = Step::ALL
                .into_iter()
                .zip(&names)
                .map(|(step, name)| chip_width((step == model.step).then_some(&**name)) + gap)
                .sum::<f32>();
            let compact = shortest > room;
            // The compact menu says "Step 2 of 6: Check" where that fits
            // beside the tools, else the step's name (the page says "Step 2
            // of 6" right below); else the tools go to the line below.
            let padding = 2.0 * ui.spacing().button_padding.x;
            let fits = |label: &str| page::text_width(ui, label) + padding <= room;
            let full = steps_menu_label(model);
            let menu_label = if fits(&full) {
                full
            } else {
                model.step.name(model.lang())
            };
            let stacked = compact && !fits(&menu_label);
            let row = if stacked {
                Layout::top_down(Align::Max)
            } else {
                Layout::left_to_right(Align::Min)
            };
            ui.with_layout(row, |ui| {
                if !compact {
                    let steps = Layout::left_to_right(Align::Min);
                    ui.allocate_ui_with_layout(egui::vec2(room.max(0.0), 0.0), steps, |ui| {
                        action = steps_ui(ui, model, names, room);
                    });
                    ui.add_space((ui.available_width() - tools_width).max(0.0));
                } else if stacked {
                    ui.with_layout(Layout::left_to_right(Align::Min), |ui| {
                        action = steps_menu_ui(ui, model, menu_label);
                    });
                } else {
                    action = steps_menu_ui(ui, model, menu_label);
                    ui.add_space((ui.available_width() - tools_width - gap).max(0.0));
                }
                if let Some(tool) = tools_ui(ui, model, tools_id, tools_width) {
                    action = Some(tool);
                }
            });
            ui.add_space(theme::SPACE_S);
            action
        })
        .inner
}

/// The Display and language menus. Their width is kept for the next
/// frame, so the row can leave them room.
fn tools_ui(ui: &mut egui::Ui, model: &Model, width_id: egui::Id, width: f32) -> Option<Action> {
    ui.with_layout(Layout::left_to_right(Align::Min), |ui| {
        ui.set_max_width(width.max(1.0));
        let display = display_menu_ui(ui, model);
        let language = language_menu_ui(ui, model);
        let used = ui.min_rect().width();
        if (used - width).abs() > 0.5 {
            ui.data_mut(|d| d.insert_temp(width_id, used));
            ui.ctx()
                .request_discard("the step row's menus changed width");
        }
        language.or(display)
    })
    .inner
}

/// The steps as a row of chips; only the current step keeps its name when
/// all names would not fit in `room` (large text, long words).
fn steps_ui(
    ui: &mut egui::Ui,
    model: &Model,
    names: [Arc<egui::Galley>; 6],
    room: f32,
) -> Option<Action> {
    let mut action = None;
    let gaps = ui.spacing().item_spacing.x * (names.len() - 1) as f32;
    let full = names.iter().map(|n| chip_width(Some(n))).sum::<f32>() + gaps;
    for (step, name) in Step::ALL.into_iter().zip(names) {
        let name = (full <= room || step == model.step).then_some(name);
        if step_chip_ui(ui, model, step, name).clicked() && step != model.step {
            action = Some(Action::GoTo(step));
        }
    }
    action
}

/// The compact form of the row: "Step 2 of 6: Check", opening a menu of
/// the steps (visited ones can be reopened).
fn steps_menu_ui(ui: &mut egui::Ui, model: &Model, label: String) -> Option<Action> {
    let lang = model.lang();
    let mut action = None;
    let menu = ui.menu_button(label, |ui| {
        for step in Step::ALL {
            let label = step_label(lang, model, step);
            let item = egui::Button::selectable(step == model.step, step.name(lang));
            let response = ui.add_enabled(model.visited(step), item);
            response.widget_info(|| WidgetInfo::labeled(Role::Link, model.visited(step), &label));
            if step == model.step {
                ui.ctx().accesskit_node_builder(response.id, |node| {
                    node.set_aria_current(egui::accesskit::AriaCurrent::Step);
                });
            }
            if response.clicked() {
                // Chosen with a click or with the keyboard: the menu's job is done.
                ui.close();
                if step != model.step {
                    action = Some(Action::GoTo(step));
                }
            }
        }
    });
    let name = t!(
        lang,
        "wizard-steps-menu-name",
        steps = steps_menu_label(model)
    );
    menu.response
        .widget_info(|| WidgetInfo::labeled(Role::Button, true, &name));
    let popup = egui::Popup::default_response_id(&menu.response);
    access::return_focus_from_popup(ui.ctx(), &menu.response, popup);
    action
}

/// "Step 2 of 6: Check", for the compact form of the row.
fn steps_menu_label(model: &Model) -> String {
    let lang = model.lang();
    t!(
        lang,
        "wizard-steps-menu",
        number = model.step.number(),
        total = Step::ALL.len(),
        name = model.step.name(lang)
    )
}

/// What a screen reader says for a step: its number, name and state.
fn step_label(lang: Lang, model: &Model, step: Step) -> String {
    let state = if step == model.step {
        "current"
    } else if model.visited(step) {
        "visited"
    } else {
        "unvisited"
    };
    t!(
        lang,
        "wizard-step-label",
        number = step.number(),
        name = step.name(lang),
        state = state
    )
}

const CHIP_RADIUS: f32 = 12.0;

/// A step's name, laid out as its chip shows it.
fn chip_name(ui: &egui::Ui, model: &Model, step: Step) -> Arc<egui::Galley> {
    let name = RichText::new(step.name(model.lang())).size(theme::BODY_SIZE);
    let name = if step == model.step {
        name.strong().color(theme::accent(ui.visuals()))
    } else {
        name
    };
    egui::WidgetText::from(name).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Body,
    )
}

/// How wide a chip is with `name` beside its circle, or without a name.
fn chip_width(name: Option<&egui::Galley>) -> f32 {
    CHIP_RADIUS * 2.0 + 8.0 + name.map_or(0.0, |g| g.size().x + 12.0)
}

/// One step: a numbered circle (a tick once visited) and, where there is
/// room, the step's name. Screen readers always hear the name.
fn step_chip_ui(
    ui: &mut egui::Ui,
    model: &Model,
    step: Step,
    name: Option<Arc<egui::Galley>>,
) -> egui::Response {
    let lang = model.lang();
    let current = step == model.step;
    let visited = model.visited(step);
    let visuals = ui.visuals().clone();
    let accent = theme::accent(&visuals);
    let muted = theme::muted(&visuals);
    let radius = CHIP_RADIUS;
    let size = egui::vec2(chip_width(name.as_deref()), theme::CONTROL_HEIGHT);
    let sense = if visited {
        Sense::click()
    } else {
        Sense::hover()
    };
    let (rect, response) = ui.allocate_exact_size(size, sense);

    // Links of the step bar, the current one marked as the current step
    // (not a button "pressed"); steps not reached yet cannot be opened.
    let label = step_label(lang, model, step);
    response.widget_info(|| WidgetInfo::labeled(Role::Link, visited, &label));
    if current {
        ui.ctx().accesskit_node_builder(response.id, |node| {
            node.set_aria_current(egui::accesskit::AriaCurrent::Step);
        });
    }

    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        if response.hovered() && visited && !current {
            painter.rect_filled(rect, 6.0, visuals.widgets.hovered.weak_bg_fill);
        }
        let center = egui::pos2(rect.left() + radius + 2.0, rect.center().y);
        let (fill, ring, mark_color) = if current {
            (accent, accent, theme::on_accent(&visuals))
        } else {
            (visuals.extreme_bg_color, muted, muted)
        };
        painter.circle(center, radius, fill, egui::Stroke::new(1.5, ring));
        if visited && !current {
            let tick = [
                center + egui::vec2(-5.0, 0.5),
                center + egui::vec2(-1.5, 4.0),
                center + egui::vec2(5.5, -4.0),
            ];
            painter.line(tick.to_vec(), egui::Stroke::new(2.0, mark_color));
        } else {
            painter.text(
                center,
                egui::Align2::CENTER_CENTER,
                step.number().to_string(),
                egui::FontId::proportional(theme::SMALL_SIZE),
                mark_color,
            );
        }
        if let Some(galley) = name {
            let text_pos = egui::pos2(
                center.x + radius + 8.0,
                rect.center().y - galley.size().y / 2.0,
            );
            painter.galley(text_pos, galley, visuals.text_color());
        }
    }
    response.on_hover_text(match (current, visited) {
        (true, _) => t!(lang, "wizard-step-here"),
        (false, true) => t!(lang, "wizard-step-go-back"),
        (false, false) => t!(lang, "wizard-step-later"),
    })
}

/// Reserves the strip at the bottom for Back and the step's main action
/// (Next, or Begin, or Save), so that the main action is always in view.
/// The buttons are drawn into it after the page, so that Tab reaches them
/// after the page's own controls.
pub fn navigation_space(ui: &mut egui::Ui) -> egui::Rect {
    let height = theme::CONTROL_HEIGHT + 2.0 * theme::SPACE_S;
    egui::Panel::bottom("navigation")
        .exact_size(height)
        .show(ui, |ui| {
            // The buttons form their own region, read after the page.
            access::name_region(ui, Role::GenericContainer, "");
            ui.max_rect()
        })
        .inner
}

/// Back and the step's main action, in the strip `navigation_space` reserved.
pub fn navigation_ui(ui: &mut egui::Ui, strip: egui::Rect, model: &Model) -> Option<Action> {
    let lang = model.lang();
    // Ids of its own: Back and Next keep focus when a message appears.
    let bar = egui::UiBuilder::new()
        .scope_id(egui::Id::unique("avswitch_navigation_bar"))
        .max_rect(strip)
        .layout(Layout::left_to_right(Align::Center))
        .accessibility_role(Role::Region)
        .accessibility_label(t!(lang, "region-actions"));
    let mut ui = ui.new_child(bar);
    let mut action = None;
    if model.step.prev().is_some()
        && ui
            .add(
                egui::Button::new(t!(lang, "wizard-back"))
                    .min_size(egui::vec2(110.0, theme::CONTROL_HEIGHT)),
            )
            .clicked()
    {
        action = Some(Action::Back);
    }
    ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
        if let Some(main) = steps::main_action_ui(ui, model) {
            action = Some(main);
        }
    });
    action
}

/// A message to read once (a damaged progress file, a failed save), with a
/// way to dismiss it. Screen readers say it, once, when it appears.
pub fn notice_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    let message = model.notice.as_ref()?;
    let lang = model.lang();
    egui::Panel::top("notice")
        .show(ui, |ui| {
            access::name_region(ui, Role::Region, &t!(lang, "region-notice"));
            ui.add_space(theme::SPACE_S);
            // A long message at a large size scrolls within a third of the
            // window, and within three lines in a short one, so the page
            // keeps its room.
            let height = ui.ctx().content_rect().height();
            let row = ui.text_style_height(&egui::TextStyle::Body);
            let most = if height < 400.0 {
                (height / 3.0).min(3.0 * row)
            } else {
                height / 3.0
            };
            // Each new message starts at its top, whatever the last one
            // was scrolled to.
            // A scroll bar that is always seen when the words do not fit, and
            // says what it scrolls.
            ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
            let shown = egui::ScrollArea::vertical()
                .id_salt(("notice", model.news.notices))
                .max_height(most)
                .show(ui, |ui| {
                    ui.horizontal_top(|ui| {
                        let dismiss = ui.button(t!(lang, "wizard-dismiss")).clicked();
                        ui.vertical(|ui| {
                            // Long messages and paths wrap inside the window.
                            ui.set_max_width(ui.available_width());
                            let text = RichText::new(lang.msg(message));
                            let color = theme::attention(ui.visuals());
                            access::news(ui, ("notice", model.news.notices), |ui| {
                                ui.add(egui::Label::new(text.color(color)).wrap())
                            });
                            copy_address_ui(ui, lang, message);
                            page::details_ui(ui, lang, message);
                        });
                        dismiss
                    })
                    .inner
                });
            if shown.content_size.y > shown.inner_rect.height() {
                let name = t!(lang, "region-notice-scroll");
                access::name_scroll_bar(ui.ctx(), shown.id, &name);
            }
            let dismissed = shown.inner;
            ui.add_space(theme::SPACE_S);
            if dismissed {
                // The message goes, and focus with it: the page's title takes
                // it, as when a page opens.
                access::focus_page_start(ui.ctx());
            }
            dismissed.then_some(Action::DismissNotice)
        })
        .inner
}

/// A web address that could not be opened, ready to paste elsewhere.
fn copy_address_ui(ui: &mut egui::Ui, lang: Lang, message: &Msg) {
    let address = message.args.iter().find_map(|(name, value)| match value {
        Arg::Text(text) if *name == "address" => Some(text),
        _ => None,
    });
    if let Some(address) = address
        && ui.button(t!(lang, "notice-copy-address")).clicked()
    {
        ui.ctx().copy_text(address.clone());
    }
}

/// "Start over?" asked in a dialog, where keeping everything is the safe
/// answer; when the dialog closes, focus goes back to the button that
/// opened it.
pub fn start_over_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    // The step it was asked on, while it is open.
    let open_id = egui::Id::unique("avswitch_start_over_open");
    let asked_on = model.confirming_start_over.then_some(model.step);
    match access::dialog_closed(ui.ctx(), open_id, asked_on) {
        // Kept: back to the button that asked.
        Some(step) if step == model.step => access::return_focus_to_opener(ui.ctx()),
        // Started over: the first page has focus on its title.
        Some(_) => access::forget_opener(ui.ctx()),
        None => {}
    }
    if !model.confirming_start_over {
        return None;
    }
    let lang = model.lang();
    let question = page::Question {
        title: &t!(lang, "start-over-title"),
        body: &t!(lang, "start-over-body"),
        keep: &t!(lang, "start-over-cancel"),
        go: &t!(lang, "start-over-confirm"),
    };
    let (go, keep) = (Action::StartOver, Action::CancelStartOver);
    page::ask_ui(ui.ctx(), "start_over", &question, go, keep)
}

const NEXT_STEP: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::ALT, egui::Key::ArrowRight);
const PREVIOUS_STEP: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::ALT, egui::Key::ArrowLeft);

/// Alt+Right and Alt+Left move between steps, as Next and Back do; Ctrl +,
/// Ctrl - and Ctrl 0 change the text size by the Display menu's step.
pub fn shortcuts(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    let size = model.display.text_size_percent;
    let confirming = model.confirming_start_over || model.asking_uninstall.is_some();
    ui.input_mut(|input| {
        if !confirming && input.consume_shortcut(&NEXT_STEP) {
            Some(Action::Next)
        } else if !confirming && input.consume_shortcut(&PREVIOUS_STEP) {
            Some(Action::Back)
        } else if input.consume_shortcut(&ZOOM_IN) || input.consume_shortcut(&ZOOM_IN_SECONDARY) {
            Some(Action::SetTextSize(size + TEXT_SIZE_STEP))
        } else if input.consume_shortcut(&ZOOM_OUT) {
            Some(Action::SetTextSize(size.saturating_sub(TEXT_SIZE_STEP)))
        } else if input.consume_shortcut(&ZOOM_RESET) {
            Some(Action::SetTextSize(100))
        } else {
            None
        }
    })
}

/// Text size and colours, in a menu at the top right. It stays open while
/// the person tries sizes, and the control they click stays under the
/// pointer as everything grows or shrinks around it. It keeps inside the
/// window: what does not fit below its button scrolls.
fn display_menu_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    let lang = model.lang();
    let button = ui.button(t!(lang, "display-menu"));
    let held_id = button.id.with("avswitch_held_under_pointer");
    // Where, in pixels, the last control clicked in the menu was, and how
    // far from the menu's corner, in points.
    let held: Option<(egui::Pos2, egui::Vec2)> = ui.data(|d| d.get_temp(held_id));
    let mut popup = egui::Popup::menu(&button)
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        // Buttons and radio buttons keep their edges, as on the page.
        .style(|_: &mut egui::Style| {})
        .align(egui::RectAlign::BOTTOM_END)
        .align_alternatives(&[egui::RectAlign::BOTTOM_START]);
    if let Some((pixels, offset)) = held {
        let at = egui::pos2(pixels.x, pixels.y) / ui.ctx().zoom_factor() - offset;
        popup = popup
            .anchor(egui::PopupAnchor::Position(at))
            .align(egui::RectAlign::BOTTOM_START)
            .align_alternatives(&[]);
    }
    let popup_id = popup.get_id();
    let mut action = None;
    let mut clicked: Option<egui::Rect> = None;
    let shown = popup.show(|ui| {
        // As wide as its widest control, up to the window's width.
        let padding = 2.0 * ui.spacing().button_padding.x;
        let radio = ui.spacing().icon_width + ui.spacing().icon_spacing;
        let widest = [
            ("display-larger", padding),
            ("display-smaller", padding),
            ("display-normal", padding),
            ("display-follow-system", radio),
        ]
        .into_iter()
        .map(|(id, extra)| page::text_width(ui, &lang.text(id, &[])) + extra)
        // The size's own line, at its widest, bold.
        .chain([page::text_width(ui, &size_words(lang, MAX_TEXT_SIZE)) * 1.1])
        .fold(0.0, f32::max);
        let room = ui.ctx().content_rect().width() - 4.0 * theme::SPACE_M;
        ui.set_width(widest.min(room).max(1.0));
        let below = ui.ctx().content_rect().bottom() - ui.max_rect().top();
        egui::ScrollArea::vertical()
            .max_height((below - 2.0 * theme::SPACE_M).max(theme::CONTROL_HEIGHT))
            .show(ui, |ui| {
                let (chosen, rect) = display_menu_contents_ui(ui, model);
                action = chosen;
                clicked = rect;
                access::keep_focus_in_view(ui);
            });
    });
    match (shown, clicked) {
        (Some(shown), Some(rect)) => {
            let zoom = ui.ctx().zoom_factor();
            let pixels = rect.center() * zoom;
            let offset = rect.center() - shown.response.rect.min;
            ui.data_mut(|d| d.insert_temp(held_id, (pixels, offset)));
        }
        (None, _) => ui.data_mut(|d| d.remove::<(egui::Pos2, egui::Vec2)>(held_id)),
        _ => {}
    }
    access::return_focus_from_popup(ui.ctx(), &button, popup_id);
    action
}

/// "Text size: 250%", saying when it is the largest or the smallest.
fn size_words(lang: Lang, size: u16) -> String {
    let key = match size {
        MAX_TEXT_SIZE => "display-text-size-largest",
        MIN_TEXT_SIZE => "display-text-size-smallest",
        _ => "display-text-size",
    };
    lang.text(key, &[("percent", size.into())])
}

/// The Display menu's controls: text size first, nearest its button, then
/// colours. Returns what was chosen and where the clicked control is.
fn display_menu_contents_ui(
    ui: &mut egui::Ui,
    model: &Model,
) -> (Option<Action>, Option<egui::Rect>) {
    let lang = model.lang();
    let mut action = None;
    let mut clicked = None;
    let mut choose = |response: egui::Response, chosen: Action| {
        if response.clicked() {
            action = Some(chosen);
            clicked = Some(response.rect);
        }
    };
    let size = model.display.text_size_percent;
    // Said when it changes, so a screen reader hears the new size.
    access::news(ui, ("text_size", size), |ui| {
        ui.label(RichText::new(size_words(lang, size)).strong());
    });
    // One under the other, each as wide as the widest: nothing moves when
    // a size is chosen, and the menu stays narrow at large sizes.
    let wide = egui::vec2(ui.available_width(), theme::CONTROL_HEIGHT);
    // At the largest or smallest size its button stays, doing nothing, and
    // the line above says so: a button turned off would lose the focus, and
    // the same key pressed again would land on the other one.
    let larger = ui.add(egui::Button::new(t!(lang, "display-larger")).min_size(wide));
    choose(
        larger,
        Action::SetTextSize((size + TEXT_SIZE_STEP).min(MAX_TEXT_SIZE)),
    );
    let smaller = ui.add(egui::Button::new(t!(lang, "display-smaller")).min_size(wide));
    choose(
        smaller,
        Action::SetTextSize(size.saturating_sub(TEXT_SIZE_STEP).max(MIN_TEXT_SIZE)),
    );
    let normal = egui::Button::new(t!(lang, "display-normal")).min_size(wide);
    choose(ui.add(normal), Action::SetTextSize(100));
    let muted = theme::muted(ui.visuals());
    // Left-aligned: the menu's justified layout would stretch a wrapped
    // line's letters apart.
    let shortcuts = egui::Label::new(RichText::new(t!(lang, "display-shortcuts")).color(muted));
    ui.with_layout(Layout::top_down(Align::Min), |ui| ui.add(shortcuts.wrap()));
    ui.separator();
    ui.label(RichText::new(t!(lang, "display-colours")).strong());
    for (choice, label) in [
        (ThemeChoice::System, t!(lang, "display-follow-system")),
        (ThemeChoice::Light, t!(lang, "display-light")),
        (ThemeChoice::Dark, t!(lang, "display-dark")),
    ] {
        let radio = ui.radio(model.display.theme == choice, label);
        choose(radio, Action::SetTheme(choice));
    }
    (action, clicked)
}

/// Whether the open language menu has shown the chosen language once.
const SHOWN_CHOSEN: &str = "language menu: chosen shown";

/// The language, in a menu labelled with the current language's own name so
/// that anyone can find their way back to a language they read.
fn language_menu_ui(ui: &mut egui::Ui, model: &Model) -> Option<Action> {
    let lang = model.lang();
    let chosen = model.display.language;
    let mut action = None;
    let menu = ui.menu_button(lang.short_name(), |ui| {
        // Eight answers: in a short window at large text they scroll, as
        // the Display menu's do.
        let below = ui.ctx().content_rect().bottom() - ui.max_rect().top();
        egui::ScrollArea::vertical()
            .max_height((below - 2.0 * theme::SPACE_M).max(theme::CONTROL_HEIGHT))
            .show(ui, |ui| {
                let system = t!(
                    lang,
                    "language-follow-system",
                    language = model.system_lang.native_name()
                );
                // Drawn whole in the font that has the system language's letters.
                let system = RichText::new(system).family(fonts::name_family(model.system_lang));
                if ui.radio(chosen.is_none(), system).clicked() {
                    action = Some(Action::SetLanguage(None));
                }
                // The chosen language is in view when the menu opens.
                let opened = egui::Id::unique(SHOWN_CHOSEN);
                let first = !ui.data(|d| d.get_temp::<bool>(opened).unwrap_or(false));
                ui.data_mut(|d| d.insert_temp(opened, true));
                for option in Lang::ALL {
                    // Each name in its own letters, drawn whole in one font.
                    let name = egui::RichText::new(option.native_name())
                        .family(fonts::name_family(option));
                    let radio = ui.radio(chosen == Some(option), name);
                    if first && chosen == Some(option) {
                        radio.scroll_to_me(None);
                    }
                    if radio.clicked() {
                        action = Some(Action::SetLanguage(Some(option)));
                    }
                }
                access::keep_focus_in_view(ui);
            });
        if action.is_some() {
            // Chosen with a click or with the keyboard.
            ui.close();
        }
    });
    if menu.inner.is_none() {
        // Closed: the next opening shows the chosen language again.
        ui.data_mut(|d| d.remove::<bool>(egui::Id::unique(SHOWN_CHOSEN)));
    }
    let name = t!(lang, "language-menu", language = lang.native_name());
    menu.response
        .widget_info(|| WidgetInfo::labeled(Role::Button, true, &name));
    let popup = egui::Popup::default_response_id(&menu.response);
    access::return_focus_from_popup(ui.ctx(), &menu.response, popup);
    action
}

/// One step of text size, for the menu's buttons and the keys alike.
pub const TEXT_SIZE_STEP: u16 = 25;
