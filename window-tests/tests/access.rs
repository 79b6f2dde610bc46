//! The window as keyboard, screen-reader and large-text users meet it:
//! read from the AccessKit tree a screen reader gets, and from what is
//! painted, in every language, at three text sizes and two window sizes.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use avswitch::advisory::Advisory;
use avswitch::coverage::Region;
use avswitch::detect::catalog::Catalog;
use avswitch::detect::{ScanOptions, scan};
use avswitch::i18n::Lang;
use avswitch::model::{Action, ExportStatus, Model, Step};
use avswitch::situation::{Choice, Companion};
use avswitch::store::Store;
use avswitch::t;
use avswitch::ui::{App, DialogOutcome, Saver, Services, theme};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{AccessKitNode, NodeT, Queryable};

#[path = "../../tests/common/mod.rs"]
mod common;
mod listener;
use listener::Listener;

const LARGE: [f32; 2] = [1024.0, 720.0];
const SMALL: [f32; 2] = [720.0, 540.0];

/// The window, `size` pixels, on `step`, in `lang` at `percent` text size,
/// after a check of a Windows PC with Kaspersky, for a person in the U.S.
/// who chose the built-in protection.
fn window(step: Step, lang: Lang, percent: u16, size: [f32; 2]) -> Harness<'static, App> {
    window_with(step, lang, percent, size, None)
}

fn window_with(
    step: Step,
    lang: Lang,
    percent: u16,
    size: [f32; 2],
    store: Option<Store>,
) -> Harness<'static, App> {
    let cancelled = Saver {
        pick: Arc::new(|_: &str, _: &str, _: &Path| DialogOutcome::Cancelled),
        documents: PathBuf::from("/nonexistent"),
    };
    window_saving(step, lang, percent, size, store, cancelled)
}

fn window_saving(
    step: Step,
    lang: Lang,
    percent: u16,
    size: [f32; 2],
    store: Option<Store>,
    saver: Saver,
) -> Harness<'static, App> {
    window_opening(
        step,
        lang,
        percent,
        size,
        store,
        saver,
        Arc::new(|_: &str| Ok(())),
    )
}

/// The window with `opener` in place of the system's handler.
fn window_opening(
    step: Step,
    lang: Lang,
    percent: u16,
    size: [f32; 2],
    store: Option<Store>,
    saver: Saver,
    opener: avswitch::ui::Opener,
) -> Harness<'static, App> {
    let now = common::fixed_now();
    let catalog = Catalog::embedded();
    let options = ScanOptions {
        command_timeout: Duration::from_millis(200),
    };
    let report = Arc::new(scan(
        &common::windows_with_kaspersky(),
        catalog,
        now,
        options,
    ));
    // The harness measures its window in points: a window `size` pixels
    // wide shows size / zoom points.
    let zoom = f32::from(percent) / 100.0;
    let points = egui::vec2(size[0], size[1]) / zoom;
    let mut h = Harness::builder()
        .with_size(points)
        .build_eframe(move |cc| {
            let advisory = Arc::new(Advisory::embedded().expect("advisory"));
            let mut model = Model::new(advisory, catalog, now);
            for action in [
                Action::SetLanguage(Some(lang)),
                Action::SetTextSize(percent),
                Action::SetChoice(Choice::BuiltIn),
                Action::SetRegion(Region::UnitedStates),
                Action::GoTo(step),
                Action::ScanFinished(Arc::clone(&report)),
            ] {
                let _ = model.apply(action);
            }
            let scanned = Arc::clone(&report);
            let services = Services {
                clock: Box::new(move || now),
                scanner: Arc::new(move |_| (*scanned).clone()),
                saver,
                opener,
                launcher: Arc::new(|_: &str| Ok(())),
                print_folder: PathBuf::from("/nonexistent/avswitch-print"),
            };
            App::new(&cc.egui_ctx, model, services, store)
        });
    h.run();
    h
}

/// The window's size in points, as the page is laid out.
fn points(h: &Harness<'static, App>, size: [f32; 2]) -> egui::Vec2 {
    egui::vec2(size[0], size[1]) / h.ctx.zoom_factor()
}

/// What a screen reader calls a node: its label, or a text's own words.
fn spoken(node: &AccessKitNode<'_>) -> Option<String> {
    node.label()
        .or_else(|| (node.role() == Role::Label).then(|| node.value()).flatten())
        .filter(|name| !name.is_empty())
}

/// The control that has keyboard focus: its name and where it is.
fn focused(h: &Harness<'static, App>) -> Option<(String, egui::Rect)> {
    h.query_all_by(|n| n.is_focused_in_tree())
        .find_map(|n| Some((spoken(&n.accesskit_node())?, n.rect())))
}

/// Regions a screen reader lists; each needs a name.
const REGIONS: [Role; 9] = [
    Role::Window,
    Role::Pane,
    Role::Navigation,
    Role::Main,
    Role::Region,
    Role::Group,
    Role::Dialog,
    Role::AlertDialog,
    Role::Alert,
];

#[test]
fn the_window_its_regions_and_every_page_title_are_named() {
    for lang in Lang::ALL {
        for step in Step::ALL {
            let h = window(step, lang, 100, LARGE);
            let what = format!("{step:?} in {}", lang.code());
            let title = step.title(lang);
            // The window, after the page.
            assert_eq!(
                h.root().accesskit_node().label(),
                Some(t!(lang, "window-name", page = &title)),
                "{what}"
            );
            // One title, at level 1, and it is the page's.
            let titles: Vec<String> = h
                .query_all_by_role(Role::Heading)
                .filter(|n| n.accesskit_node().level() == Some(1))
                .filter_map(|n| n.accesskit_node().label())
                .collect();
            assert_eq!(titles, std::slice::from_ref(&title), "{what}");
            // No region without a name; the step row, the page and the bar
            // at the bottom are there.
            let unnamed: Vec<Role> = h
                .query_all_by(|n| REGIONS.contains(&n.role()) && n.label().is_none())
                .map(|n| n.accesskit_node().role())
                .collect();
            assert!(unnamed.is_empty(), "{what}: unnamed {unnamed:?}");
            h.get_by_role_and_label(Role::Navigation, &t!(lang, "region-steps"));
            h.get_by_role_and_label(Role::Main, &title);
            h.get_by_role_and_label(Role::Region, &t!(lang, "region-actions"));
        }
    }
}

#[test]
fn sections_and_questions_are_headings_below_the_title() {
    let level = |h: &Harness<'static, App>, name: &str| {
        h.get_by_role_and_label(Role::Heading, name)
            .accesskit_node()
            .level()
    };
    let h = window(Step::Check, Lang::En, 100, LARGE);
    assert_eq!(level(&h, "What was found"), Some(2));
    // The check's headline, and each product found, to go to by heading.
    assert_eq!(
        level(&h, "Nothing is protecting this computer right now."),
        Some(2)
    );
    assert_eq!(level(&h, "Kaspersky Standard"), Some(3));
    assert_eq!(level(&h, "A few questions the check can't answer"), Some(2));
    assert_eq!(
        level(&h, "Where do you use this computer most of the time?"),
        Some(3)
    );
    let h = window(Step::Deadlines, Lang::En, 100, LARGE);
    assert_eq!(level(&h, "What each date means"), Some(2));
    let h = window(Step::Checklist, Lang::Es, 100, LARGE);
    assert_eq!(level(&h, &Lang::Es.text("section-before", &[])), Some(2));
}

/// Presses Tab up to `presses` times; after each, the focused control is
/// wholly in view: inside the window, and not under the step row or the
/// bar at the bottom (unless it is in them). Returns the names in order.
fn tab_through(h: &mut Harness<'static, App>, size: [f32; 2], presses: usize) -> Vec<String> {
    let window = points(h, size);
    let row_bottom = h.get_by_label("Display").rect().bottom();
    let bar_top = window.y - theme::CONTROL_HEIGHT - 2.0 * theme::SPACE_S;
    let mut names = Vec::new();
    for _ in 0..presses {
        h.key_press(egui::Key::Tab);
        h.run();
        // Every stop has a name a screen reader can say.
        let unnamed: Vec<Role> = h
            .query_all_by(|n| n.is_focused_in_tree())
            .map(|n| n.accesskit_node())
            .filter(|n| spoken(n).is_none())
            .map(|n| n.role())
            .collect();
        assert!(unnamed.is_empty(), "Tab stops at an unnamed {unnamed:?}");
        let Some((name, rect)) = focused(h) else {
            continue;
        };
        let inside = rect.top() >= -0.5 && rect.bottom() <= window.y + 0.5;
        let clear_of_row = rect.bottom() <= row_bottom + 0.5 || rect.top() >= row_bottom - 0.5;
        let clear_of_bar = rect.bottom() <= bar_top + 0.5 || rect.top() >= bar_top - 0.5;
        assert!(
            inside && clear_of_row && clear_of_bar,
            "{name:?} has focus at {rect:?}, out of view in {window:?}"
        );
        names.push(name);
    }
    names
}

#[test]
fn tab_scrolls_every_focused_control_into_view_before_space_can_change_it() {
    let mut h = window(Step::Check, Lang::En, 100, LARGE);
    assert!(h.state().model().uses(Companion::PasswordManager));
    let names = tab_through(&mut h, LARGE, 60);
    let at = names
        .iter()
        .position(|n| n == "Kaspersky Password Manager")
        .expect("Tab reaches the box far below the fold");
    // Back to it, in view; Space unticks it where the person sees it.
    let mut h = window(Step::Check, Lang::En, 100, LARGE);
    tab_through(&mut h, LARGE, at + 1);
    assert_eq!(
        focused(&h).map(|f| f.0).as_deref(),
        Some("Kaspersky Password Manager")
    );
    h.key_press(egui::Key::Space);
    h.run();
    assert!(!h.state().model().uses(Companion::PasswordManager));

    // Every page, forwards; and backwards from the bottom.
    for step in [Step::Deadlines, Step::Choose, Step::Checklist, Step::Export] {
        let mut h = window(step, Lang::En, 150, SMALL);
        let names = tab_through(&mut h, SMALL, 80);
        assert!(names.len() > 10, "{step:?}: {names:?}");
        for _ in 0..5 {
            h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::Tab);
            h.run();
            let Some((name, rect)) = focused(&h) else {
                let ids: Vec<_> = h
                    .query_all_by(|n| n.is_focused_in_tree())
                    .map(|n| format!("{:?}", n.accesskit_node().role()))
                    .collect();
                panic!(
                    "{step:?}: no named focus after Shift+Tab: {ids:?}, {:?}",
                    names.last()
                );
            };
            let window = points(&h, SMALL);
            assert!(
                rect.top() >= -0.5 && rect.bottom() <= window.y + 0.5,
                "{step:?}: Shift+Tab left {name:?} at {rect:?}"
            );
        }
    }
}

#[test]
fn a_new_page_starts_at_its_title_with_focus_there() {
    let mut h = window(Step::Check, Lang::En, 100, LARGE);
    // Deep into the page first.
    tab_through(&mut h, LARGE, 25);
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowRight);
    h.run();
    assert_eq!(h.state().model().step, Step::Deadlines);
    let (name, rect) = focused(&h).expect("focus on the new page");
    assert_eq!(name, "The deadlines, and where today stands");
    assert!(rect.top() > 0.0 && rect.bottom() < 200.0, "{rect:?}");
    // Tab goes on from the top of the page, in view.
    let next = tab_through(&mut h, LARGE, 1);
    assert_eq!(next.len(), 1);

    // Next, clicked, does the same.
    h.get_by_label("Next").click();
    h.run();
    assert_eq!(
        focused(&h).map(|f| f.0).as_deref(),
        Some("Choose a replacement")
    );
}

/// Whether a ring in the focus ring's colour and width is painted around
/// `rect`.
fn ringed(h: &Harness<'static, App>, rect: egui::Rect) -> bool {
    let ring = theme::focus_ring(&h.ctx.global_style().visuals);
    h.output()
        .shapes
        .iter()
        .any(|clipped| match &clipped.shape {
            egui::Shape::Rect(shape) => {
                shape.stroke == ring
                    && shape.rect.contains_rect(rect)
                    && shape.rect.expand(-4.0).width() <= rect.width()
            }
            _ => false,
        })
}

#[test]
fn every_kind_of_focused_control_shows_the_same_ring() {
    let mut h = window(Step::Check, Lang::En, 100, LARGE);
    let mut seen = Vec::new();
    for _ in 0..40 {
        h.key_press(egui::Key::Tab);
        h.run();
        let node = h
            .query_all_by(|n| n.is_focused_in_tree())
            .next()
            .expect("focus");
        let role = node.accesskit_node().role();
        let rect = node.rect();
        assert!(
            ringed(&h, rect),
            "no ring around the focused {role:?} at {rect:?}"
        );
        seen.push(role);
    }
    for role in [
        Role::Button,
        Role::Link,
        Role::DisclosureTriangle,
        Role::RadioButton,
        Role::CheckBox,
    ] {
        assert!(
            seen.contains(&role),
            "Tab never reached a {role:?}: {seen:?}"
        );
    }
    // A click hides the ring again, as in a web browser. (A box to tick:
    // "Check again" would start a check, whose spinner keeps repainting.)
    let android = "An Android phone or tablet";
    h.get_by_label(android).click();
    h.run();
    let rect = h.get_by_label(android).rect();
    assert!(!ringed(&h, rect));
}

#[test]
fn start_over_opens_on_the_safe_answer() {
    let mut h = window(Step::Checklist, Lang::En, 100, LARGE);
    h.get_by_label("Start over").scroll_to_me();
    h.run();
    h.get_by_label("Start over").click();
    h.run();
    h.get_by_role_and_label(Role::AlertDialog, "Start over?");
    assert_eq!(
        focused(&h).map(|f| f.0).as_deref(),
        Some("Keep my progress")
    );
    // Enter right away keeps everything.
    h.key_press(egui::Key::Enter);
    h.run();
    let model = h.state().model();
    assert!(!model.confirming_start_over);
    assert_eq!(model.choice, Some(Choice::BuiltIn));
    assert_eq!(model.step, Step::Checklist);
}

#[test]
fn text_size_keys_move_by_the_menus_step() {
    let mut h = window(Step::Welcome, Lang::En, 100, LARGE);
    let size = |h: &Harness<'static, App>| h.state().model().display.text_size_percent;
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Equals);
    h.run();
    assert_eq!(size(&h), 125);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    h.run();
    assert_eq!(size(&h), 150);
    assert!((h.ctx.zoom_factor() - 1.5).abs() < 0.001);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Minus);
    h.run();
    assert_eq!(size(&h), 125);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num0);
    h.run();
    assert_eq!(size(&h), 100);
    // The menu's buttons take the same step.
    h.get_by_label("Display").click();
    h.run();
    h.get_by_label("Larger text").click();
    h.run();
    assert_eq!(size(&h), 125);
}

/// A message that is there when the window opens (a damaged progress
/// file) is said once, whole, after the screen reader's first view.
#[test]
fn a_message_there_from_the_start_is_said_once_and_whole() {
    // A screen reader reading from the first frame, and one that starts
    // reading a few frames later (as Orca does once the window is up).
    for reader_arrives in [0, 3] {
        message_from_the_start_is_said_once(reader_arrives);
    }
}

fn message_from_the_start_is_said_once(reader_arrives: usize) {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(dir.path().join("progress.json"), "{ not json").expect("write");
    let now = common::fixed_now();
    let ctx = egui::Context::default();
    if reader_arrives == 0 {
        ctx.enable_accesskit();
    }
    let advisory = Arc::new(Advisory::embedded().expect("advisory"));
    let catalog = Catalog::embedded();
    let model = Model::new(advisory, catalog, now);
    let services = Services {
        clock: Box::new(move || now),
        scanner: Arc::new(move |now| {
            avswitch::detect::ScanReport::stopped(
                now,
                avswitch::i18n::Msg::of("failure-scan-crashed"),
            )
        }),
        saver: Saver {
            pick: Arc::new(|_: &str, _: &str, _: &Path| DialogOutcome::Cancelled),
            documents: PathBuf::from("/nonexistent"),
        },
        opener: Arc::new(|_: &str| Ok(())),
        launcher: Arc::new(|_: &str| Ok(())),
        print_folder: PathBuf::from("/nonexistent/avswitch-print"),
    };
    let mut app = App::new(
        &ctx,
        model,
        services,
        Some(Store::at(dir.path().to_path_buf())),
    );
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1024.0, 720.0),
        )),
        ..Default::default()
    };
    let mut frame = || {
        let mut output = ctx.run_ui(input(), |ui| {
            app.frame_logic(ui.ctx());
            app.frame_ui(ui);
        });
        output.textures_delta.clear();
        output.platform_output.accesskit_update
    };
    for _ in 0..reader_arrives {
        assert!(frame().is_none(), "no screen reader yet");
    }
    ctx.enable_accesskit();
    let mut frame = || frame().expect("a tree");
    let mut reader = egui_kittest::kittest::State::new(frame());
    let mut listener = Listener::new(&reader.root());
    for _ in 0..5 {
        reader.update(frame());
        listener.hear(&reader.root());
    }
    let notice = Lang::En.msg(&app.model().notice.clone().expect("a notice"));
    assert!(notice.contains("could not be read"), "{notice}");
    assert_eq!(listener.said, [notice]);
}

#[test]
fn a_finished_check_is_said_once() {
    let mut h = window(Step::Check, Lang::En, 100, LARGE);
    let mut listener = Listener::new(&h.root().accesskit_node());
    h.get_by_label("Check again").click();
    listener.through(&mut h);
    assert_eq!(
        listener.said,
        ["Nothing is protecting this computer right now."]
    );
}

#[test]
fn saving_and_copying_are_each_said_once_whole_and_in_order() {
    let dir = tempfile::tempdir().expect("dir");
    let target = dir.path().join("plan.html");
    let chosen = target.clone();
    let saver = Saver {
        pick: Arc::new(move |_: &str, _: &str, _: &Path| DialogOutcome::Chosen(chosen.clone())),
        documents: PathBuf::from("/nonexistent"),
    };
    let mut h = window_saving(Step::Export, Lang::En, 100, LARGE, None, saver);
    let mut listener = Listener::new(&h.root().accesskit_node());
    h.get_by_role_and_label(Role::Button, "Save...").click();
    listener.through(&mut h);
    assert!(target.exists());
    // The save window took the focus; once done, it is back on Save...
    let focused = h
        .query_all_by(|n| n.is_focused_in_tree())
        .find_map(|n| n.accesskit_node().label());
    assert_eq!(focused.as_deref(), Some("Save..."));
    assert_eq!(listener.said, [format!("Saved as {}.", target.display())]);
    // Copied, and copied again: said each time, once.
    let copied = "Copied as plain text. You can paste it into an e-mail or a document.";
    for times in 1..=2 {
        h.get_by_label("Copy as text").click();
        listener.through(&mut h);
        assert_eq!(listener.said.len(), 1 + times, "{:?}", listener.said);
        assert_eq!(listener.said.last().map(String::as_str), Some(copied));
    }
}

/// The group a control is in, named by its question, as a screen reader
/// says it when focus enters the group.
fn group_of_node(node: &AccessKitNode<'_>) -> Option<(Role, String)> {
    let mut parent = node.parent();
    while let Some(up) = parent {
        if matches!(up.role(), Role::RadioGroup | Role::Group)
            && let Some(label) = up.label()
        {
            return Some((up.role(), label));
        }
        parent = up.parent();
    }
    None
}

/// The group of the first control named `name`.
fn group_of(h: &Harness<'static, App>, role: Role, name: &str) -> Option<(Role, String)> {
    let node = h.query_all_by_role_and_label(role, name).next()?;
    group_of_node(&node.accesskit_node())
}

#[test]
fn each_answer_is_heard_with_its_question() {
    let h = window(Step::Check, Lang::En, 100, LARGE);
    let cases = [
        (
            Role::RadioButton,
            "In the United States",
            Role::RadioGroup,
            "Where do you use this computer most of the time?",
        ),
        (
            Role::RadioButton,
            "Not sure",
            Role::RadioGroup,
            "Does your Kaspersky subscription renew by itself and charge you every year?",
        ),
        (
            Role::CheckBox,
            "An Android phone or tablet",
            Role::Group,
            "Which of your other devices have Kaspersky?",
        ),
        (
            Role::CheckBox,
            "Kaspersky Password Manager",
            Role::Group,
            "Which Kaspersky apps do you use?",
        ),
    ];
    for (role, name, group, question) in cases {
        assert_eq!(
            group_of(&h, role, name),
            Some((group, question.to_owned())),
            "{name}"
        );
    }
    let mut h = window(Step::Check, Lang::Es, 100, LARGE);
    h.get_by_label("En otro país").scroll_to_me();
    h.run();
    h.get_by_label("En otro país").click();
    h.run();
    let question = Lang::Es.text("check-question-us-person", &[]);
    let groups: Vec<String> = h
        .query_all_by_role_and_label(Role::RadioButton, "Sí")
        .filter_map(|n| group_of_node(&n.accesskit_node()).map(|g| g.1))
        .collect();
    assert!(groups.contains(&question), "{groups:?}");

    // Every choice answers the one question: the built-in protection and
    // the products alike.
    let h = window(Step::Choose, Lang::En, 100, LARGE);
    let question = Some((
        Role::RadioGroup,
        "What will protect this computer from now on?".to_owned(),
    ));
    for choice in [
        "Bitdefender",
        "Use Microsoft Defender Antivirus (built into Windows, free)",
        "Another product:",
    ] {
        assert_eq!(
            group_of(&h, Role::RadioButton, choice),
            question,
            "{choice}"
        );
    }
    let h = window(Step::Export, Lang::En, 100, LARGE);
    assert_eq!(
        group_of(&h, Role::RadioButton, "Plain text"),
        Some((Role::RadioGroup, "Choose a format".to_owned()))
    );
}

/// Controls a screen reader reaches: each has a name of its own on its
/// page (answers within their question's group), and a description never
/// reads out an address.
#[test]
fn no_two_controls_share_a_name_and_no_description_is_an_address() {
    let reachable = [
        Role::Button,
        Role::CheckBox,
        Role::RadioButton,
        Role::DisclosureTriangle,
        Role::TextInput,
        Role::Link,
    ];
    for lang in Lang::ALL {
        for step in Step::ALL {
            let h = window(step, lang, 100, LARGE);
            // What each name leads to: a link cited twice on a page (the same
            // source beside two facts) goes to the same place, which its
            // description names; any other control is counted.
            let mut names = std::collections::BTreeMap::new();
            for node in h.query_all_by(|n| reachable.contains(&n.role())) {
                let Some(name) = spoken(&node.accesskit_node()) else {
                    continue;
                };
                // An answer is heard with its question.
                let group = group_of_node(&node.accesskit_node()).map(|g| g.1);
                let goes_to = match node.accesskit_node().role() {
                    Role::Link => node.accesskit_node().description(),
                    _ => None,
                };
                names
                    .entry((group, name))
                    .or_insert_with(Vec::new)
                    .push(goes_to);
            }
            let repeated: Vec<_> = names
                .iter()
                .filter(|(_, places)| {
                    places.len() > 1
                        && (places.iter().any(Option::is_none)
                            || places.iter().any(|p| *p != places[0]))
                })
                .collect();
            assert!(
                repeated.is_empty(),
                "{step:?} in {}: {repeated:?}",
                lang.code()
            );
            let addresses: Vec<String> = h
                .query_all_by(|n| {
                    n.description().is_some_and(|d| {
                        [
                            "https://",
                            "http://",
                            "ms-settings:",
                            "windowsdefender:",
                            "avswitch:",
                        ]
                        .iter()
                        .any(|scheme| d.contains(scheme))
                    })
                })
                .filter_map(|n| n.accesskit_node().description())
                .collect();
            assert!(
                addresses.is_empty(),
                "{step:?} in {}: {addresses:?}",
                lang.code()
            );
        }
    }
    let h = window(Step::Checklist, Lang::En, 100, LARGE);
    h.get_by_role_and_label(
        Role::DisclosureTriangle,
        "How to do it: Uninstall Kaspersky from this computer",
    );
}

/// The step's main action, as its button is named.
fn main_action(step: Step, lang: Lang) -> String {
    let id = match step {
        Step::Welcome => "welcome-begin",
        Step::Export => "export-save",
        _ => "wizard-next",
    };
    lang.text(id, &[])
}

#[test]
fn the_main_action_and_most_of_the_page_are_in_view_at_every_size() {
    for (size, percent) in [(LARGE, 100), (LARGE, 200), (SMALL, 150), (SMALL, 200)] {
        for lang in Lang::ALL {
            for step in Step::ALL {
                let h = window(step, lang, percent, size);
                let what = format!("{step:?} in {}, {size:?} at {percent}%", lang.code());
                let window = points(&h, size);
                let action = main_action(step, lang);
                let rect = h.get_by_role_and_label(Role::Button, &action).rect();
                assert!(
                    egui::Rect::from_min_size(egui::Pos2::ZERO, window).contains_rect(rect),
                    "{what}: {action:?} at {rect:?} is out of view"
                );
                // The step row keeps to one line, a quarter of the height or less.
                let row = h.get_by_label(&lang.text("display-menu", &[])).rect();
                assert!(
                    row.bottom() + theme::SPACE_S <= window.y / 4.0,
                    "{what}: the step row reaches {}",
                    row.bottom()
                );
            }
        }
    }
}

#[test]
fn a_small_window_shows_the_steps_as_one_menu() {
    let mut h = window(Step::Deadlines, Lang::Es, 200, SMALL);
    assert!(
        h.query_by_label("Paso 1: Bienvenida, ya visitado")
            .is_none()
    );
    h.get_by_role_and_label(Role::Button, "Pasos: Paso 3 de 6: Fechas")
        .click();
    h.run();
    h.get_by_label("Paso 1: Bienvenida, ya visitado").click();
    h.run();
    assert_eq!(h.state().model().step, Step::Welcome);

    // Where there is room, the row of steps.
    let h = window(Step::Deadlines, Lang::Es, 100, SMALL);
    h.get_by_label("Paso 1: Bienvenida, ya visitado");
}

#[test]
fn badges_stay_whole_at_200_percent() {
    for (size, lang) in [LARGE, SMALL]
        .into_iter()
        .flat_map(|size| Lang::ALL.map(|lang| (size, lang)))
    {
        let h = window(Step::Check, lang, 200, size);
        let badges: Vec<egui::Rect> = h
            .query_all_by_role(Role::Label)
            .filter(|n| {
                n.value().is_some_and(|v| {
                    v == avswitch::humanize::upper_first(&lang.text("flag-affected", &[]))
                })
            })
            .map(|n| n.rect())
            .collect();
        assert!(!badges.is_empty(), "{} {size:?}: no badge", lang.code());
        let line = theme::SMALL_SIZE * 1.5 + 4.0;
        for rect in badges {
            if size == LARGE {
                // Room for it on a line: so it is on one line.
                assert!(rect.height() <= line, "{} {size:?}: {rect:?}", lang.code());
            }
            assert!(
                rect.right() <= points(&h, size).x,
                "{} {size:?}: {rect:?}",
                lang.code()
            );
        }
    }
}

#[test]
fn a_notice_wraps_inside_the_window_at_every_size() {
    let deep = "a-folder-with-a-long-name/".repeat(6);
    for (size, percent) in [(LARGE, 100), (LARGE, 200), (SMALL, 150), (SMALL, 200)] {
        for lang in Lang::ALL {
            let dir = tempfile::tempdir().expect("dir");
            let folder = dir.path().join(&deep);
            std::fs::create_dir_all(&folder).expect("folder");
            std::fs::write(folder.join("progress.json"), "{ not json").expect("write");
            let store = Some(Store::at(folder));
            let mut h = window_with(Step::Welcome, lang, percent, size, store);
            // A fresh start speaks the system's language: choose this one.
            if lang != Lang::En {
                h.get_by_label("Language: English").click();
                h.run();
                // Scrolled to, as in a short window at large text.
                h.get_by_label(lang.native_name()).scroll_to_me();
                h.run();
                h.get_by_label(lang.native_name()).click();
                h.run();
            }
            assert_eq!(h.state().model().lang(), lang, "{size:?} {percent}%");
            let notice = h.state().model().notice.clone().expect("a notice");
            let text = lang.msg(&notice);
            // The words shown (said once apart, by a node of no size).
            let rect = h
                .query_all_by_label(&text)
                .map(|n| n.rect())
                .find(|r| r.area() > 0.0)
                .unwrap_or_else(|| panic!("{} shown: {text}", lang.code()));
            let width = points(&h, size).x;
            assert!(
                rect.right() <= width + 0.5,
                "{} {size:?} {percent}%: the notice reaches {} of {width}",
                lang.code(),
                rect.right()
            );
        }
    }
}

#[test]
fn a_saved_plan_is_said_where_the_person_is_looking() {
    for (size, percent) in [(LARGE, 100), (SMALL, 150)] {
        let dir = tempfile::tempdir().expect("dir");
        let target = dir.path().join("plan.html");
        let chosen = target.clone();
        let saver = Saver {
            pick: Arc::new(move |_: &str, _: &str, _: &Path| DialogOutcome::Chosen(chosen.clone())),
            documents: PathBuf::from("/nonexistent"),
        };
        let mut h = window_saving(Step::Export, Lang::En, percent, size, None, saver);
        // Save... is in the bar at the bottom, in view without scrolling.
        h.get_by_role_and_label(Role::Button, "Save...").click();
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while !matches!(h.state().model().export, ExportStatus::Saved { .. }) {
            assert!(std::time::Instant::now() < deadline, "never saved");
            std::thread::sleep(Duration::from_millis(5));
            h.step();
        }
        h.run();
        assert!(target.exists());
        let window = points(&h, size);
        let bar_top = window.y - theme::CONTROL_HEIGHT - 2.0 * theme::SPACE_S;
        let words = format!("Saved as {}.", target.display());
        let saved = h.get_by_label(&words).rect();
        assert!(
            saved.top() >= 0.0 && saved.bottom() <= bar_top,
            "{size:?}: {words:?} at {saved:?}, out of view above {bar_top}"
        );
    }
}

/// Whether `rect` lies wholly inside a window of `size` points.
fn inside(rect: egui::Rect, size: egui::Vec2) -> bool {
    rect.left() >= -0.5
        && rect.top() >= -0.5
        && rect.right() <= size.x + 0.5
        && rect.bottom() <= size.y + 0.5
}

#[test]
fn the_start_over_question_and_the_display_menu_fit_at_720x540_and_200_percent() {
    for lang in Lang::ALL {
        let mut h = window(Step::Checklist, lang, 200, SMALL);
        let size = points(&h, SMALL);
        let what = lang.code();
        let start_over = lang.text("checklist-start-over", &[]);
        h.get_by_role_and_label(Role::Button, &start_over)
            .scroll_to_me();
        h.run();
        h.get_by_role_and_label(Role::Button, &start_over).click();
        h.run();
        let title = lang.text("start-over-title", &[]);
        h.get_by_role_and_label(Role::AlertDialog, &title);
        for (role, id) in [
            (Role::Heading, "start-over-title"),
            (Role::Label, "start-over-body"),
            (Role::Button, "start-over-cancel"),
            (Role::Button, "start-over-confirm"),
        ] {
            let name = lang.text(id, &[]);
            let rect = h.get_by_role_and_label(role, &name).rect();
            assert!(
                inside(rect, size),
                "{what}: {name:?} at {rect:?} in {size:?}"
            );
        }
        h.key_press(egui::Key::Escape);
        h.run();
        assert!(!h.state().model().confirming_start_over);

        let display = lang.text("display-menu", &[]);
        h.get_by_role_and_label(Role::Button, &display).click();
        h.run();
        for (role, id) in [
            (Role::Button, "display-larger"),
            (Role::Button, "display-smaller"),
            (Role::Button, "display-normal"),
            (Role::RadioButton, "display-follow-system"),
            (Role::RadioButton, "display-light"),
            (Role::RadioButton, "display-dark"),
        ] {
            let name = lang.text(id, &[]);
            h.get_by_role_and_label(role, &name).scroll_to_me();
            h.run();
            let rect = h.get_by_role_and_label(role, &name).rect();
            assert!(
                inside(rect, size),
                "{what}: {name:?} at {rect:?} in {size:?}"
            );
        }
    }
}

#[test]
fn the_display_menu_stays_open_with_the_clicked_button_under_the_pointer() {
    for lang in Lang::ALL {
        let mut h = window(Step::Checklist, lang, 100, SMALL);
        let display = lang.text("display-menu", &[]);
        h.get_by_role_and_label(Role::Button, &display).click();
        h.run();
        let larger = lang.text("display-larger", &[]);
        for percent in [125, 150, 175, 200] {
            let before = h.ctx.zoom_factor();
            let button = h.get_by_role_and_label(Role::Button, &larger);
            // Where the pointer is on the screen, in pixels.
            let pointer = button.rect().center() * before;
            button.click();
            h.run();
            assert_eq!(h.state().model().display.text_size_percent, percent);
            let zoom = h.ctx.zoom_factor();
            let rect = h
                .query_by_role_and_label(Role::Button, &larger)
                .unwrap_or_else(|| panic!("{}: the menu closed at {percent}%", lang.code()))
                .rect();
            let on_screen = egui::Rect::from_min_max(rect.min * zoom, rect.max * zoom);
            assert!(
                on_screen.expand(1.0).contains(pointer),
                "{} at {percent}%: {larger:?} moved to {on_screen:?}, away from {pointer:?}",
                lang.code()
            );
        }
    }
}

/// Presses Tab until the control named `name` has focus.
fn tab_to(h: &mut Harness<'static, App>, name: &str) {
    for _ in 0..80 {
        if focused(h).is_some_and(|f| f.0 == name) {
            return;
        }
        h.key_press(egui::Key::Tab);
        h.run();
    }
    panic!("Tab never reaches {name:?}");
}

#[test]
fn escape_gives_focus_back_to_what_opened_the_menu_or_the_question() {
    let mut h = window(Step::Welcome, Lang::En, 100, LARGE);
    for (menu, inside_it, next) in [
        ("Display", "Larger text", "Language: English"),
        ("Language: English", "Español", "Welcome to AV Switch"),
    ] {
        tab_to(&mut h, menu);
        h.key_press(egui::Key::Enter);
        h.run();
        h.get_by_label(inside_it);
        h.key_press(egui::Key::Escape);
        h.run();
        assert!(h.query_by_label(inside_it).is_none(), "{menu} is closed");
        assert_eq!(focused(&h).map(|f| f.0).as_deref(), Some(menu));
        // Tab goes on from there, not from the top of the window.
        let on = tab_through(&mut h, LARGE, 1);
        assert_ne!(
            on.first().map(String::as_str),
            Some("Step 1: Welcome, current step"),
            "{menu}"
        );
        let _ = next;
    }

    let mut h = window(Step::Checklist, Lang::En, 100, LARGE);
    tab_to(&mut h, "Start over");
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(h.state().model().confirming_start_over);
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(!h.state().model().confirming_start_over);
    assert_eq!(focused(&h).map(|f| f.0).as_deref(), Some("Start over"));
}

#[test]
fn choosing_from_the_compact_step_menu_closes_it() {
    let mut h = window(Step::Deadlines, Lang::Es, 200, SMALL);
    h.get_by_role_and_label(Role::Button, "Pasos: Paso 3 de 6: Fechas")
        .click();
    h.run();
    // Chosen with the keyboard, as with a click.
    h.get_by_label("Paso 1: Bienvenida, ya visitado").focus();
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(h.state().model().step, Step::Welcome);
    assert!(
        h.query_by_label("Paso 1: Bienvenida, ya visitado")
            .is_none(),
        "the menu closed"
    );
    assert_eq!(
        focused(&h).map(|f| f.0),
        Some(Step::Welcome.title(Lang::Es))
    );
}

#[test]
fn a_disclosure_opened_at_the_bottom_edge_scrolls_its_content_into_view() {
    let mut h = window(Step::Checklist, Lang::En, 150, SMALL);
    let size = points(&h, SMALL);
    let bar_top = size.y - theme::CONTROL_HEIGHT - 2.0 * theme::SPACE_S;
    let plan = h.state().model().plan();
    let item = plan.items().nth(1).expect("a second item").clone();
    let name = format!("How to do it: {}", item.title);
    // Tab down to it: it comes into view at the bottom edge.
    tab_to(&mut h, &name);
    let header = h.get_by_label(&name).rect();
    assert!(
        header.bottom() > bar_top - 3.0 * theme::CONTROL_HEIGHT,
        "{header:?}"
    );
    h.key_press(egui::Key::Enter);
    h.run();
    let first = format!("1. {}", item.steps[0]);
    let rect = h.get_by_label(&first).rect();
    assert!(
        rect.bottom() <= bar_top + 0.5 && rect.top() >= 0.0,
        "{first:?} at {rect:?}, below the bar at {bar_top}"
    );
}

/// The focus ring is the accent's blue, like the main button's fill: on
/// that button an inner ring in the colour of its words shows where focus is.
#[test]
fn the_main_buttons_focus_shows_on_its_blue_fill() {
    let mut h = window(Step::Deadlines, Lang::En, 100, LARGE);
    tab_to(&mut h, "Next");
    let button = h.get_by_role_and_label(Role::Button, "Next").rect();
    let on_fill = theme::on_accent(&h.ctx.global_style().visuals);
    let inner_ring = h
        .output()
        .shapes
        .iter()
        .any(|clipped| match &clipped.shape {
            egui::Shape::Rect(shape) => {
                shape.stroke.color == on_fill
                    && shape.stroke.width >= 2.0
                    && button.contains_rect(shape.rect)
                    && shape.rect.width() > button.width() - 12.0
            }
            _ => false,
        });
    assert!(inner_ring, "no ring on the button's fill");
    assert!(
        ringed(&h, button),
        "and the ring around it, as for every control"
    );
}

/// Browse mode reads each text once: what is said by itself is the
/// visible text, never a hidden copy of it. (The same words may be shown
/// twice on purpose, such as a badge on each of two products.)
#[test]
fn no_text_in_the_tree_is_a_hidden_copy_on_any_step() {
    for lang in Lang::ALL {
        for step in Step::ALL {
            let h = window(step, lang, 100, LARGE);
            let hidden: Vec<String> = h
                .query_all_by(|n| matches!(n.role(), Role::Label | Role::Heading | Role::Link))
                .filter(|n| n.rect().area() == 0.0)
                .filter_map(|n| spoken(&n.accesskit_node()))
                .collect();
            assert!(
                hidden.is_empty(),
                "{step:?} in {}: hidden {hidden:?}",
                lang.code()
            );
        }
    }
}

/// A finished check is said when it is new, not again when the person
/// goes back to its step.
#[test]
fn a_result_is_not_said_again_when_its_step_is_revisited() {
    let mut h = window(Step::Check, Lang::En, 100, LARGE);
    let mut listener = Listener::new(&h.root().accesskit_node());
    h.get_by_label("Check again").click();
    listener.through(&mut h);
    let headline = "Nothing is protecting this computer right now.";
    assert_eq!(listener.said, [headline]);
    assert_eq!(
        h.query_all_by_label(headline).count(),
        1,
        "once in the tree"
    );
    for button in ["Next", "Back"] {
        h.get_by_role_and_label(Role::Button, button).click();
        listener.through(&mut h);
    }
    assert_eq!(h.state().model().step, Step::Check);
    assert_eq!(listener.said, [headline], "not said again on the way back");
}

/// The step bar is a navigation region of links, the current one marked
/// as the current step, never a button "pressed"; a step not reached yet
/// cannot be opened.
#[test]
fn steps_are_links_and_the_current_one_is_marked_current() {
    let h = window(Step::Deadlines, Lang::En, 100, LARGE);
    let steps: Vec<_> = h
        .query_all_by(|n| {
            n.label()
                .is_some_and(|l| l.starts_with("Step ") && l.contains(": "))
        })
        .map(|n| n.accesskit_node())
        .collect();
    assert_eq!(steps.len(), Step::ALL.len());
    for node in &steps {
        let name = node.label().unwrap_or_default();
        assert_eq!(node.role(), Role::Link, "{name}");
        assert_eq!(node.toggled(), None, "{name} is not a toggle");
        let current = node.data().aria_current() == Some(egui::accesskit::AriaCurrent::Step);
        assert_eq!(current, name.ends_with(", current step"), "{name}");
        assert_eq!(
            node.is_disabled(),
            name.ends_with(", not visited yet"),
            "{name}"
        );
    }
}

/// The page's scroll bar says what it scrolls.
#[test]
fn the_page_scroll_bar_is_named_by_its_page() {
    for lang in Lang::ALL {
        let h = window(Step::Checklist, lang, 200, SMALL);
        let title = Step::Checklist.title(lang);
        let wanted = t!(lang, "region-page-scroll", page = &title);
        let bars: Vec<Option<String>> = h
            .query_all_by_role(Role::ScrollBar)
            .map(|n| n.accesskit_node().label())
            .collect();
        assert!(
            bars.contains(&Some(wanted.clone())),
            "{bars:?}, wanted {wanted}"
        );
    }
}

/// At the largest size "Larger text" keeps the focus and does nothing, the
/// menu says it is the largest, and a menu that Tab leaves closes.
#[test]
fn focus_stays_in_the_display_menu_at_the_largest_size_and_the_menu_closes_behind_tab() {
    let mut h = window(Step::Welcome, Lang::En, 225, LARGE);
    tab_to(&mut h, "Display");
    h.key_press(egui::Key::Enter);
    h.run();
    tab_to(&mut h, "Larger text");
    for _ in 0..3 {
        h.key_press(egui::Key::Enter);
        h.run();
        assert_eq!(h.state().model().display.text_size_percent, 250);
        assert_eq!(focused(&h).map(|f| f.0).as_deref(), Some("Larger text"));
    }
    h.get_by_label("Text size: 250%, the largest");
    // Tab through the menu and past its last control: it closes, and
    // focus goes on instead of back to the top.
    for _ in 0..12 {
        if h.query_by_label("Follow the system").is_none() {
            break;
        }
        h.key_press(egui::Key::Tab);
        h.run();
    }
    assert!(h.query_by_label("Follow the system").is_none(), "closed");
    let on = focused(&h).map(|f| f.0);
    assert!(on.is_some(), "focus went on, not to the window");
    assert_ne!(on.as_deref(), Some("Step 1: Welcome, current step"));
}

/// A question opens with its safe answer focused and in view, even at
/// 200 % in a small window, and Tab and Shift+Tab stay inside it.
#[test]
fn a_question_opens_on_its_safe_answer_in_view_and_tab_wraps_both_ways() {
    for lang in Lang::ALL {
        let mut h = window(Step::Checklist, lang, 200, SMALL);
        let start_over = lang.text("checklist-start-over", &[]);
        tab_to(&mut h, &start_over);
        h.key_press(egui::Key::Enter);
        h.run();
        let keep = lang.text("start-over-cancel", &[]);
        let go = lang.text("start-over-confirm", &[]);
        let size = points(&h, SMALL);
        let (name, rect) = focused(&h).expect("focus in the question");
        assert_eq!(name, keep, "{}", lang.code());
        assert!(inside(rect, size), "{}: {keep:?} at {rect:?}", lang.code());
        h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::Tab);
        h.run();
        assert_eq!(
            focused(&h).map(|f| f.0),
            Some(go.clone()),
            "{}",
            lang.code()
        );
        h.key_press(egui::Key::Tab);
        h.run();
        assert_eq!(focused(&h).map(|f| f.0), Some(keep), "{}", lang.code());
    }
}

/// Answering with Space reflows the page (a follow-up question, a button
/// that goes): the control in focus stays in view between the step bar and
/// the bar at the bottom, at 200 % in a small window, in every language.
#[test]
fn focus_stays_in_view_when_an_answer_reflows_the_page() {
    for lang in Lang::ALL {
        let mut h = window(Step::Check, lang, 200, SMALL);
        let answer = lang.text("region-elsewhere", &[]);
        tab_to(&mut h, &answer);
        h.key_press(egui::Key::Space);
        h.run();
        h.run();
        // The step bar ends below its Display button; the bar at the bottom
        // starts above its Back button.
        let top = h
            .get_by_role_and_label(Role::Button, &lang.text("display-menu", &[]))
            .rect();
        let bottom = h
            .get_by_role_and_label(Role::Button, &lang.text("wizard-back", &[]))
            .rect();
        let (name, rect) = focused(&h).expect("focus kept");
        assert!(
            rect.top() >= top.bottom() - 0.5 && rect.bottom() <= bottom.top() + 0.5,
            "{}: {name:?} at {rect:?}, out of view between {top:?} and {bottom:?}",
            lang.code()
        );
    }
}

/// A page that could not be opened is said in a message above the page;
/// the button pressed with the keyboard stays in view below it.
#[test]
fn focus_stays_in_view_when_a_message_appears_above_it() {
    let (h, button) = open_fails_with_the_keyboard(SMALL);
    let (name, rect) = focused(&h).expect("focus kept");
    assert_eq!(name, button);
    let size = points(&h, SMALL);
    let bottom = size.y - theme::CONTROL_HEIGHT - 2.0 * theme::SPACE_S;
    let message = h
        .get_by_label_contains("Windows Security could not be opened")
        .rect();
    assert!(
        rect.top() >= message.bottom() && rect.bottom() <= bottom,
        "{name:?} at {rect:?}, out of view between {message:?} and {bottom}"
    );
}

/// Choosing "No date" keeps focus on it (the answer stays, chosen), and
/// dismissing a message gives focus to the page's title.
#[test]
fn focus_has_a_home_after_no_date_and_after_dismissing_a_message() {
    let mut h = window(Step::Checklist, Lang::En, 100, LARGE);
    tab_to(&mut h, "In a week");
    h.key_press(egui::Key::Space);
    h.run();
    assert!(h.state().model().finish_by.is_some());
    tab_to(&mut h, "No date");
    h.key_press(egui::Key::Space);
    h.run();
    assert_eq!(h.state().model().finish_by, None);
    assert_eq!(focused(&h).map(|f| f.0).as_deref(), Some("No date"));
    let group = group_of(&h, Role::RadioButton, "No date");
    assert_eq!(
        group,
        Some((Role::RadioGroup, "Pick a day to finish by".to_owned()))
    );

    // A message, dismissed with the keyboard.
    let (mut h, _) = open_fails_with_the_keyboard(LARGE);
    h.get_by_role_and_label(Role::Button, "Dismiss").focus();
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(h.state().model().notice.is_none());
    assert_eq!(focused(&h).map(|f| f.0).as_deref(), Some("Your checklist"));
}

/// The dot between two sources sits between them on one line: never
/// alone at the end or the start of a line when the names wrap.
#[test]
fn no_dot_between_sources_is_left_alone_at_a_line_end() {
    for lang in Lang::ALL {
        for (percent, size) in [(100, LARGE), (200, SMALL)] {
            for step in [Step::Welcome, Step::Check, Step::Deadlines] {
                let h = window(step, lang, percent, size);
                // Sources are links, or words where no address is known.
                let links: Vec<egui::Rect> = h
                    .query_all_by(|n| {
                        matches!(n.role(), Role::Link | Role::Label)
                            && n.label().as_deref() != Some("·")
                            && n.value().as_deref() != Some("·")
                    })
                    .map(|n| n.rect())
                    .collect();
                for dot in h.query_all_by_label("·") {
                    let dot = dot.rect();
                    let same_row = |r: &egui::Rect| r.y_range().intersects(dot.y_range());
                    let after = links.iter().any(|r| same_row(r) && r.left() >= dot.right());
                    let before = links.iter().any(|r| same_row(r) && r.right() <= dot.left());
                    assert!(
                        after && before,
                        "{step:?} in {} at {percent}%: a dot alone at {dot:?}",
                        lang.code()
                    );
                }
            }
        }
    }
}

/// The checklist in a window of `size`, where Windows Security cannot be
/// opened, after pressing Enter on its button: the message has come.
/// Returns the window and the button's name.
fn open_fails_with_the_keyboard(size: [f32; 2]) -> (Harness<'static, App>, &'static str) {
    let cancelled = Saver {
        pick: Arc::new(|_: &str, _: &str, _: &Path| DialogOutcome::Cancelled),
        documents: PathBuf::from("/nonexistent"),
    };
    let fails: avswitch::ui::Opener = Arc::new(|_: &str| Err(std::io::ErrorKind::NotFound.into()));
    let mut h = window_opening(Step::Checklist, Lang::En, 100, size, None, cancelled, fails);
    let button = "Open Windows Security: Check that Microsoft Defender Antivirus is on";
    tab_to(&mut h, button);
    h.key_press(egui::Key::Enter);
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while h.state().model().notice.is_none() {
        assert!(std::time::Instant::now() < deadline, "no message");
        std::thread::sleep(Duration::from_millis(5));
        h.step();
    }
    // The message's panel takes a few frames to find its size.
    h.run_steps(8);
    (h, button)
}

/// What a choice changes off the focused control is said: the new text
/// size, and the day chosen to finish by.
#[test]
fn a_new_text_size_and_a_new_finish_day_are_said() {
    let mut h = window(Step::Checklist, Lang::En, 100, LARGE);
    let mut listener = Listener::new(&h.root().accesskit_node());
    tab_to(&mut h, "In a week");
    h.key_press(egui::Key::Space);
    listener.through(&mut h);
    assert_eq!(listener.said.len(), 1, "{:?}", listener.said);
    assert!(
        listener.said[0].starts_with("Finish by"),
        "{:?}",
        listener.said
    );

    tab_to(&mut h, "Display");
    h.key_press(egui::Key::Enter);
    h.run();
    tab_to(&mut h, "Larger text");
    let before = listener.said.len();
    h.key_press(egui::Key::Enter);
    listener.through(&mut h);
    assert_eq!(listener.said[before..], ["Text size: 125%"]);
}
