//! From instructions to actions: on the recorded Windows, Mac and Linux
//! machines, every button of the checklist asks a stand-in opener or
//! launcher to open exactly the right thing; coming back to the window
//! checks again and says what the check now confirms.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use avswitch::advisory::Advisory;
use avswitch::coverage::Region;
use avswitch::detect::adapters::{FakeSystem, ReplaySystem};
use avswitch::detect::answers::SecurityProduct;
use avswitch::detect::catalog::Catalog;
use avswitch::detect::port::System;
use avswitch::detect::{ScanOptions, SignatureStatus, State, scan};
use avswitch::model::{Action, Model, Step};
use avswitch::situation::Choice;
use avswitch::ui::{App, DialogOutcome, Saver, Scanner, Services};
use chrono::{DateTime, Utc};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};

#[path = "../../tests/common/mod.rs"]
mod common;
mod listener;
use listener::Listener;

/// What the stand-ins were asked to open and to start, in order.
#[derive(Default)]
struct Asked {
    opened: Vec<String>,
    launched: Vec<String>,
}

type Machine = Arc<Mutex<Box<dyn System + Send>>>;

fn recorded(name: &str) -> Box<dyn System + Send> {
    let folder = common::project("tests/machines").join(name);
    Box::new(ReplaySystem::open(&folder).expect("a recording"))
}

/// The checklist of a person in the U.S. who chose the built-in protection,
/// after a check of `machine`, which the test may change meanwhile.
fn checklist(machine: Machine, asked: Arc<Mutex<Asked>>) -> Harness<'static, App> {
    let now: DateTime<Utc> = common::fixed_now();
    let catalog = Catalog::embedded();
    let scanner: Scanner = {
        let machine = Arc::clone(&machine);
        Arc::new(move |now| {
            let machine = machine.lock().expect("machine");
            let options = ScanOptions {
                command_timeout: Duration::from_millis(200),
            };
            scan(machine.as_ref(), catalog, now, options)
        })
    };
    let first = scanner(now);
    let opened = Arc::clone(&asked);
    let launched = Arc::clone(&asked);
    Harness::builder()
        .with_size([1024.0, 720.0])
        .build_eframe(move |cc| {
            let advisory = Arc::new(Advisory::embedded().expect("advisory"));
            let mut model = Model::new(advisory, catalog, now);
            for action in [
                Action::ScanFinished(Arc::new(first)),
                Action::SetRegion(Region::UnitedStates),
                Action::SetChoice(Choice::BuiltIn),
                Action::GoTo(Step::Checklist),
            ] {
                let _ = model.apply(action);
            }
            let services = Services {
                clock: Box::new(move || now),
                scanner,
                saver: Saver {
                    pick: Arc::new(|_: &str, _: &str, _: &Path| DialogOutcome::Cancelled),
                    documents: PathBuf::from("/nonexistent"),
                },
                opener: Arc::new(move |target: &str| {
                    opened.lock().expect("asked").opened.push(target.to_owned());
                    Ok(())
                }),
                launcher: Arc::new(move |command: &str| {
                    launched
                        .lock()
                        .expect("asked")
                        .launched
                        .push(command.to_owned());
                    Ok(())
                }),
                print_folder: PathBuf::from("/nonexistent/avswitch-print"),
            };
            App::new(&cc.egui_ctx, model, services, None)
        })
}

/// Scrolls the first control named `label` into view and clicks it.
fn press(h: &mut Harness<'static, App>, role: Role, label: &str) {
    h.get_by_role_and_label(role, label).scroll_to_me();
    h.run();
    h.get_by_role_and_label(role, label).click();
    h.run();
}

/// Presses the first card button that says `label`: a screen reader hears
/// it with its card's title ("Open Installed apps: Uninstall ...").
fn press_card_button(h: &mut Harness<'static, App>, label: &str) {
    let name = format!("{label}: ");
    let by = || By::new().role(Role::Button).label_contains(&name);
    h.get_all(by()).next().expect(label).scroll_to_me();
    h.run();
    h.get_all(by()).next().expect(label).click();
    h.run();
}

/// Waits until `count` things were opened: the window opens them on a
/// thread of its own.
fn wait_opened(h: &mut Harness<'static, App>, asked: &Arc<Mutex<Asked>>, count: usize) {
    let deadline = Instant::now() + Duration::from_secs(5);
    while asked.lock().expect("asked").opened.len() < count && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
        h.step();
    }
}

/// The person leaves the window and comes back to it.
fn come_back(h: &mut Harness<'static, App>, listener: &mut Listener) {
    h.event(egui::Event::WindowFocused(false));
    h.run();
    h.event(egui::Event::WindowFocused(true));
    let deadline = Instant::now() + Duration::from_secs(10);
    // Every frame is heard: news is said in the frame it appears.
    h.step();
    listener.hear(&h.root().accesskit_node());
    while h.state().model().just_confirmed.is_empty() {
        assert!(Instant::now() < deadline, "no check after coming back");
        std::thread::sleep(Duration::from_millis(5));
        h.step();
        listener.hear(&h.root().accesskit_node());
    }
    listener.through(h);
}

#[test]
fn windows_uninstallers_and_settings_pages_open_and_the_check_sees_what_was_done() {
    let machine: Machine = Arc::new(Mutex::new(recorded("windows-kaspersky")));
    let asked = Arc::new(Mutex::new(Asked::default()));
    let mut h = checklist(Arc::clone(&machine), Arc::clone(&asked));

    // Nothing else protects: the first uninstaller asks once, "Not now" first.
    press_card_button(&mut h, "Open the uninstaller of Kaspersky Standard");
    h.get_by_role_and_label(Role::Heading, "Start the uninstaller?");
    assert!(
        asked.lock().expect("asked").launched.is_empty(),
        "nothing runs by itself"
    );
    press(&mut h, Role::Button, "Not now");
    assert!(asked.lock().expect("asked").launched.is_empty());
    // Tab stays inside the question: from "Not now" to the other button,
    // and from there back to "Not now", never out to the page behind.
    press_card_button(&mut h, "Open the uninstaller of Kaspersky Standard");
    let focused = |h: &Harness<'static, App>| {
        h.query_all_by(|n| n.is_focused_in_tree())
            .find_map(|n| n.accesskit_node().label())
    };
    assert_eq!(focused(&h).as_deref(), Some("Not now"));
    for expected in ["Start the uninstaller", "Not now", "Start the uninstaller"] {
        h.key_press(egui::Key::Tab);
        h.run();
        assert_eq!(focused(&h).as_deref(), Some(expected));
    }
    h.key_press(egui::Key::Escape);
    h.run();
    // Escape is "Not now" too, and focus goes back to the button that asked.
    press_card_button(&mut h, "Open the uninstaller of Kaspersky Standard");
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.query_by_label("Start the uninstaller?").is_none());
    assert!(asked.lock().expect("asked").launched.is_empty());
    let focused = h
        .query_all_by(|n| n.is_focused_in_tree())
        .find_map(|n| n.accesskit_node().label());
    assert!(
        focused
            .as_deref()
            .is_some_and(|f| f.starts_with("Open the uninstaller of Kaspersky Standard: ")),
        "focus on {focused:?}"
    );
    press_card_button(&mut h, "Open the uninstaller of Kaspersky Standard");
    press(&mut h, Role::Button, "Start the uninstaller");
    press_card_button(&mut h, "Open the uninstaller of Kaspersky Password Manager");
    assert!(
        h.query_by_label("Start the uninstaller?").is_none(),
        "asked once"
    );
    press_card_button(&mut h, "Open Installed apps");
    wait_opened(&mut h, &asked, 1);
    press_card_button(&mut h, "Open Windows Security");
    wait_opened(&mut h, &asked, 2);
    {
        let asked = asked.lock().expect("asked");
        assert_eq!(
            asked.launched,
            [
                r#""C:\Program Files (x86)\Kaspersky Lab\Kaspersky 21.16\setup.exe" /x"#,
                r#""C:\Program Files (x86)\Kaspersky Lab\Kaspersky Password Manager 24.0\uninstall.exe""#,
            ],
            "each product's own uninstaller, as its entry names it"
        );
        assert_eq!(
            asked.opened,
            ["ms-settings:appsfeatures", "ms-settings:windowsdefender"]
        );
    }
    assert!(
        h.query_by_label_contains("ms-settings:").is_none(),
        "buttons say what opens, never a raw address"
    );

    // Meanwhile Kaspersky went and Defender came on: back in the window,
    // the check runs again and confirms it.
    *machine.lock().expect("machine") = Box::new(common::windows(
        Ok(vec![SecurityProduct {
            name: "Windows Defender".into(),
            state: State::On,
            signatures: SignatureStatus::UpToDate,
            reported: None,
            path: None,
        }]),
        [Some("windows/uninstall-hklm.txt"), None, None],
        None,
        Ok(vec!["explorer.exe".into(), "MsMpEng.exe".into()]),
    ));
    let mut listener = Listener::new(&h.root().accesskit_node());
    come_back(&mut h, &mut listener);
    let confirmed = h.state().model().just_confirmed.clone();
    assert_eq!(confirmed, ["Uninstall Kaspersky from this computer"]);
    let notice = "Checked again: the check now confirms Uninstall Kaspersky from this computer.";
    assert!(
        listener.said.iter().filter(|s| *s == notice).count() == 1,
        "said once: {:?}",
        listener.said
    );
    h.get_by_label("Confirmed by the check");
    // Defender on and current: the plan now keeps it that way.
    let plan = h.state().model().plan();
    assert!(plan.items().any(|i| i.id == "keep-updating"));
}

#[test]
fn the_mac_shows_applications_and_software_update() {
    let machine: Machine = Arc::new(Mutex::new(recorded("mac-kaspersky")));
    let asked = Arc::new(Mutex::new(Asked::default()));
    let mut h = checklist(machine, Arc::clone(&asked));
    press_card_button(&mut h, "Show Applications in Finder");
    wait_opened(&mut h, &asked, 1);
    press_card_button(&mut h, "Open Software Update");
    wait_opened(&mut h, &asked, 2);
    let asked = asked.lock().expect("asked");
    assert_eq!(
        asked.opened,
        [
            "/Applications",
            "x-apple.systempreferences:com.apple.preferences.softwareupdate"
        ]
    );
    assert!(asked.launched.is_empty(), "a Mac has no uninstall entries");
}

#[test]
fn linux_shows_the_package_managers_command_to_copy_and_never_runs_it() {
    let machine: Machine = Arc::new(Mutex::new(recorded("linux-kesl-clamav")));
    let asked = Arc::new(Mutex::new(Asked::default()));
    let mut h = checklist(machine, Arc::clone(&asked));
    let command = "sudo apt remove kesl";
    // The command is shown, and its button is named by what it copies.
    assert!(h.query_all_by_label_contains(command).count() >= 2);
    let mut listener = Listener::new(&h.root().accesskit_node());
    let copy = format!("Copy the command {command}");
    let by = || By::new().role(Role::Button).label_contains(&copy);
    h.get_all(by()).next().expect("the button").scroll_to_me();
    h.run();
    h.get_all(by()).next().expect("the button").click();
    listener.through(&mut h);
    assert_eq!(
        h.state()
            .model()
            .copied
            .as_deref()
            .map(|c| c.starts_with(command)),
        Some(true)
    );
    assert_eq!(
        listener.said,
        ["Copied. Paste it into a terminal and run it there."]
    );
    let asked = asked.lock().expect("asked");
    assert!(
        asked.launched.is_empty() && asked.opened.is_empty(),
        "nothing is run"
    );
}

#[test]
fn nothing_checks_again_while_the_window_stays_away() {
    let machine: Machine = Arc::new(Mutex::new(Box::new(FakeSystem::new(
        avswitch::detect::Os::Linux,
    ))));
    let asked = Arc::new(Mutex::new(Asked::default()));
    let mut h = checklist(machine, asked);
    h.event(egui::Event::WindowFocused(false));
    h.run();
    assert!(h.state().model().just_confirmed.is_empty());
    assert!(matches!(
        h.state().model().scan,
        avswitch::model::ScanStatus::Done(_)
    ));
}

/// Two buttons on one page never share a name: a screen-reader user tells
/// two "Copy the command" buttons apart by the command each copies.
#[test]
fn no_two_buttons_on_the_checklist_share_a_name() {
    let machine: Machine = Arc::new(Mutex::new(recorded("linux-kesl-clamav")));
    let asked = Arc::new(Mutex::new(Asked::default()));
    let h = checklist(machine, Arc::clone(&asked));
    let names: Vec<String> = h
        .query_all(By::new().role(Role::Button))
        .filter_map(|node| node.accesskit_node().label())
        .collect();
    let copies = names
        .iter()
        .filter(|n| n.starts_with("Copy the command"))
        .count();
    assert!(copies >= 3, "{names:?}");
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "{names:?}");
}
