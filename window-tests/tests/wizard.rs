//! The wizard walked end to end, headless, by clicking labelled controls.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use avswitch::advisory::Advisory;
use avswitch::detect::adapters::{FakeSystem, ReplaySystem};
use avswitch::detect::answers::Unanswered;
use avswitch::detect::catalog::Catalog;
use avswitch::detect::port::System;
use avswitch::detect::{LeftoverKind, Os};
use avswitch::detect::{ScanOptions, scan};
use avswitch::i18n::Lang;

use avswitch::coverage::{Coverage, Region};
use avswitch::model::{Action, ExportStatus, Model, ScanStatus, Step};
use avswitch::situation::{Choice, Companion, Device, Renewal};
use avswitch::store::Store;
use avswitch::ui::{App, DialogOutcome, Opener, Saver, Scanner, Services};
use chrono::{DateTime, Utc};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{AccessKitNode, NodeT, Queryable};

#[path = "../../tests/common/mod.rs"]
mod common;

/// A Windows PC with Kaspersky and its Password Manager, on Windows Server
/// (so Security Center fails and the Check step must show that).
fn fake_machine() -> FakeSystem {
    common::windows(
        Err(Unanswered::Unavailable("Class not registered".into())),
        [None, Some("windows/uninstall-wow64-kaspersky.txt"), None],
        Some("windows/kasperskylab.txt"),
        common::tasklist("windows/tasklist-kaspersky.csv"),
    )
}

fn fake_scanner(machine: FakeSystem) -> Scanner {
    let catalog = Catalog::embedded();
    Arc::new(move |now| {
        let options = ScanOptions {
            command_timeout: Duration::from_millis(200),
        };
        scan(&machine, catalog, now, options)
    })
}

fn harness(now: &str) -> Harness<'static, App> {
    harness_with(now, fake_scanner(fake_machine()), None)
}

/// Opens nothing, so tests never start a browser.
fn opens_nothing() -> Opener {
    Arc::new(|_: &str| Ok(()))
}

fn harness_with(now: &str, scanner: Scanner, store: Option<Store>) -> Harness<'static, App> {
    let nowhere = Saver {
        pick: Arc::new(|_: &str, _: &str, _: &Path| DialogOutcome::Cancelled),
        documents: PathBuf::from("/nonexistent"),
    };
    harness_full(now, scanner, store, nowhere)
}

fn harness_full(
    now: &str,
    scanner: Scanner,
    store: Option<Store>,
    saver: Saver,
) -> Harness<'static, App> {
    harness_opening(now, scanner, store, saver, opens_nothing(), no_printing())
}

/// Where tests that print nothing would print: nowhere.
fn no_printing() -> PathBuf {
    PathBuf::from("/nonexistent/avswitch-print")
}

fn harness_opening(
    now: &str,
    scanner: Scanner,
    store: Option<Store>,
    saver: Saver,
    opener: Opener,
    print_folder: PathBuf,
) -> Harness<'static, App> {
    let now: DateTime<Utc> = now.parse().expect("test instant");
    Harness::builder()
        .with_size([1024.0, 720.0])
        .build_eframe(move |cc| {
            let advisory = Arc::new(Advisory::embedded().expect("advisory"));
            let catalog = Catalog::embedded();
            let model = Model::new(advisory, catalog, now);
            let services = Services {
                clock: Box::new(move || now),
                scanner,
                saver,
                opener,
                launcher: Arc::new(|_: &str| Ok(())),
                print_folder,
            };
            App::new(&cc.egui_ctx, model, services, store)
        })
}

/// Steps frames until `done` holds for the model.
fn wait_until(h: &mut Harness<'static, App>, done: impl Fn(&Model) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !done(h.state().model()) {
        assert!(Instant::now() < deadline, "timed out waiting");
        std::thread::sleep(Duration::from_millis(5));
        h.step();
    }
    // What came back may bring a message, whose panel takes a few frames
    // to find its size.
    h.run_steps(8);
}

/// Steps frames until the background scan has delivered its report.
fn wait_for_scan(h: &mut Harness<'static, App>) {
    wait_until(h, |m| matches!(m.scan, ScanStatus::Done(_)));
}

/// The words as shown on screen (screen readers also hear them, once, from
/// a node of their own that has no size).
fn shown<'h>(h: &'h Harness<'static, App>, text: &'h str) -> egui_kittest::Node<'h> {
    h.query_all_by_label(text)
        .find(|n| n.rect().area() > 0.0)
        .unwrap_or_else(|| panic!("{text:?} is not shown"))
}

/// Scrolls a control into view, as a person would, then clicks it.
fn click(h: &mut Harness<'static, App>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

/// While a spinner turns the UI never settles, so step a few frames only.
fn click_while_busy(h: &mut Harness<'static, App>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run_steps(3);
}

#[test]
fn walks_from_welcome_to_export_and_back() {
    let mut h = harness("2026-11-28T12:00:00Z");
    assert_eq!(h.state().model().step, Step::Welcome);
    h.get_by_label("Step 1 of 6");
    assert!(
        h.query_by_label("Next").is_none(),
        "Welcome has its own button"
    );

    click_while_busy(&mut h, "Begin");
    assert_eq!(h.state().model().step, Step::Check);
    h.get_by_role_and_label(Role::Heading, "Check this computer");
    wait_for_scan(&mut h);

    for (step, heading) in [
        (Step::Deadlines, "The deadlines, and where today stands"),
        (Step::Choose, "Choose a replacement"),
        (Step::Checklist, "Your checklist"),
        (Step::Export, "Save, print or share your plan"),
    ] {
        click(&mut h, "Next");
        assert_eq!(h.state().model().step, step);
        h.get_by_role_and_label(Role::Heading, heading);
        h.get_by_label(&format!("Step {} of 6", step.number()));
    }
    assert!(
        h.query_by_label("Next").is_none(),
        "Export is the last step"
    );

    click(&mut h, "Back");
    assert_eq!(h.state().model().step, Step::Checklist);

    // Visited steps can be reopened from the step indicator.
    click(&mut h, "Step 3: Deadlines, visited");
    assert_eq!(h.state().model().step, Step::Deadlines);
    h.get_by_label("Step 3: Deadlines, current step");

    for _ in 0..2 {
        click(&mut h, "Back");
    }
    assert_eq!(h.state().model().step, Step::Welcome);
}

fn export_step(saver: Saver) -> Harness<'static, App> {
    export_step_opening(saver, opens_nothing(), no_printing())
}

fn export_step_opening(
    saver: Saver,
    opener: Opener,
    print_folder: PathBuf,
) -> Harness<'static, App> {
    let mut h = harness_opening(
        "2026-11-28T12:00:00Z",
        fake_scanner(fake_machine()),
        None,
        saver,
        opener,
        print_folder,
    );
    click_while_busy(&mut h, "Begin");
    wait_for_scan(&mut h);
    for _ in 0..4 {
        click(&mut h, "Next");
    }
    assert_eq!(h.state().model().step, Step::Export);
    h
}

fn saver_answering(outcome: DialogOutcome, documents: &Path) -> Saver {
    Saver {
        pick: Arc::new(move |_: &str, _: &str, _: &Path| outcome.clone()),
        documents: documents.to_path_buf(),
    }
}

#[test]
fn export_saves_where_the_person_picks() {
    let dir = tempfile::tempdir().expect("dir");
    let target = dir.path().join("my-plan.txt");
    let mut h = export_step(saver_answering(
        DialogOutcome::Chosen(target.clone()),
        Path::new("/nonexistent"),
    ));
    click(&mut h, "Plain text");
    click_while_busy(&mut h, "Save...");
    wait_until(&mut h, |m| m.export != ExportStatus::Saving);
    assert_eq!(
        h.state().model().export,
        ExportStatus::Saved {
            path: target.clone(),
            note: None
        }
    );
    let text = std::fs::read_to_string(&target).expect("written");
    assert!(text.starts_with("AV Switch: your plan for switching anti-virus"));
    h.get_by_label(&format!("Saved as {}.", target.display()));
    h.get_by_label("Show in folder");
}

#[test]
fn export_without_a_dialog_goes_to_documents_and_says_so() {
    let documents = tempfile::tempdir().expect("dir");
    let mut h = export_step(saver_answering(
        DialogOutcome::Unavailable,
        documents.path(),
    ));
    let first = documents.path().join("avswitch-checklist-2026-11-28.html");
    let second = documents
        .path()
        .join("avswitch-checklist-2026-11-28 (2).html");
    for expected in [&first, &second] {
        click_while_busy(&mut h, "Save...");
        wait_until(&mut h, |m| m.export != ExportStatus::Saving);
        assert!(expected.exists(), "saved into Documents as {expected:?}");
        // The path is named once, then why it was chosen, in one text read
        // in that order.
        let saved = format!(
            "Saved as {}. No save window could be shown on this computer, so AV Switch \
             chose this place for the file.",
            expected.display()
        );
        h.get_by_label(&saved);
        let path = expected.display().to_string();
        assert_eq!(h.query_all_by_label_contains(&path).count(), 1);
    }
    std::fs::write(&first, "the person's own").expect("write");
    click_while_busy(&mut h, "Save...");
    wait_until(&mut h, |m| m.export != ExportStatus::Saving);
    assert_eq!(
        std::fs::read_to_string(&first).expect("kept"),
        "the person's own",
        "a second save never overwrites the first without a word"
    );
}

#[test]
fn the_save_window_is_titled_in_the_chosen_language() {
    let titles = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&titles);
    let saver = Saver {
        pick: Arc::new(move |title: &str, _: &str, _: &Path| {
            seen.lock().expect("lock").push(title.to_owned());
            DialogOutcome::Cancelled
        }),
        documents: PathBuf::from("/nonexistent"),
    };
    let mut h = export_step(saver);
    click_while_busy(&mut h, "Save...");
    wait_until(&mut h, |m| m.export != ExportStatus::Saving);
    click(&mut h, "Language: English");
    click(&mut h, "Español");
    click_while_busy(&mut h, "Guardar...");
    wait_until(&mut h, |m| m.export != ExportStatus::Saving);
    assert_eq!(
        *titles.lock().expect("lock"),
        ["Save your AV Switch plan", "Guardar su plan de AV Switch"]
    );
}

#[test]
fn a_read_only_file_is_replaced_only_when_the_person_says_so() {
    let dir = tempfile::tempdir().expect("dir");
    let target = dir.path().join("plan.txt");
    std::fs::write(&target, "old plan").expect("write");
    let mut permissions = std::fs::metadata(&target).expect("meta").permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&target, permissions).expect("read-only");
    let mut h = export_step(saver_answering(
        DialogOutcome::Chosen(target.clone()),
        Path::new("/nonexistent"),
    ));
    click(&mut h, "Plain text");
    click_while_busy(&mut h, "Save...");
    wait_until(&mut h, |m| m.export != ExportStatus::Saving);
    assert_eq!(
        h.state().model().export,
        ExportStatus::AskReplace(target.clone())
    );
    shown(
        &h,
        &format!("{} is read-only, so it was not replaced.", target.display()),
    );
    assert_eq!(std::fs::read_to_string(&target).expect("kept"), "old plan");
    click_while_busy(&mut h, "Replace it anyway");
    wait_until(&mut h, |m| !m.export.busy());
    assert!(
        std::fs::read_to_string(&target)
            .expect("replaced")
            .starts_with("AV Switch: your plan")
    );
    h.get_by_label(&format!("Saved as {}.", target.display()));
}

#[test]
fn export_to_an_unwritable_place_fails_clearly_and_leaves_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let target = dir.path().join("no-such-folder").join("plan.html");
    let mut h = export_step(saver_answering(
        DialogOutcome::Chosen(target.clone()),
        Path::new("/nonexistent"),
    ));
    click_while_busy(&mut h, "Save...");
    wait_until(&mut h, |m| m.export != ExportStatus::Saving);
    assert!(
        matches!(&h.state().model().export, ExportStatus::Failed(reason) if reason.to_string().contains("could not be written"))
    );
    h.get_by_label("Not saved.");
    h.get_by_label("Details");
    assert!(!target.exists());
}

#[test]
fn the_save_button_is_disabled_while_the_dialog_is_open() {
    let dir = tempfile::tempdir().expect("dir");
    let target = dir.path().join("plan.md");
    let (release, wait) = mpsc::channel::<()>();
    let wait = Mutex::new(wait);
    let chosen = target.clone();
    let saver = Saver {
        pick: Arc::new(move |_: &str, _: &str, _: &Path| {
            let _ = wait.lock().expect("lock").recv();
            DialogOutcome::Chosen(chosen.clone())
        }),
        documents: PathBuf::from("/nonexistent"),
    };
    let mut h = export_step(saver);
    click(&mut h, "Markdown");
    h.get_by_label("Save...").click();
    h.run_steps(3);
    assert_eq!(h.state().model().export, ExportStatus::Saving);
    assert!(h.get_by_label("Saving...").accesskit_node().is_disabled());
    release.send(()).expect("release");
    wait_until(&mut h, |m| m.export != ExportStatus::Saving);
    assert!(
        std::fs::read_to_string(&target)
            .expect("written")
            .contains("- [ ] **")
    );
}

/// A computer with no program to open anything.
fn opens_nothing_here() -> Opener {
    Arc::new(|_: &str| Err(std::io::Error::from(std::io::ErrorKind::NotFound)))
}

/// Whether a frame edge in the colour for a problem is painted.
fn problem_colour_shown(h: &Harness<'static, App>) -> bool {
    let attention = avswitch::ui::theme::attention(&h.ctx.global_style().visuals);
    let good = avswitch::ui::theme::good(&h.ctx.global_style().visuals);
    let edges: Vec<egui::Color32> = h
        .output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            egui::Shape::Rect(rect) => Some(rect.stroke.color),
            _ => None,
        })
        .collect();
    edges.contains(&attention) && !edges.contains(&good)
}

#[test]
fn print_without_a_browser_says_so_as_a_problem_naming_the_page_once() {
    let private = tempfile::tempdir().expect("dir");
    let folder = private.path().join("print");
    let mut h = export_step_opening(
        saver_answering(DialogOutcome::Cancelled, Path::new("/nonexistent")),
        opens_nothing_here(),
        folder.clone(),
    );
    click_while_busy(&mut h, "Print");
    wait_until(&mut h, |m| !m.export.busy());
    let ExportStatus::PrintSaved { path, note } = h.state().model().export.clone() else {
        panic!("the page is saved: {:?}", h.state().model().export);
    };
    assert_eq!(path.parent(), Some(folder.as_path()));
    assert!(path.exists());
    assert_eq!(note.detail().as_deref(), Some("entity not found"));
    let said = format!(
        "The printable page was saved at {}, but no program to open it was found. \
         Open it in your web browser to print it.",
        path.display()
    );
    shown(&h, &said);
    // The path once, in the colour for a problem, not a green "Saved.".
    let path_text = path.display().to_string();
    let naming_it: Vec<String> = h
        .query_all_by(|n| {
            n.role() != Role::TextRun && n.bounding_box().is_some_and(|b| b.area() > 0.0)
        })
        .filter_map(|n| spoken(&n.accesskit_node()))
        .filter(|words| words.contains(&path_text))
        .collect();
    assert_eq!(naming_it, [said]);
    assert!(h.query_by_label("Saved.").is_none());
    assert!(problem_colour_shown(&h));
    h.get_by_label("Show in folder");
    assert!(h.query_by_label("Open").is_none(), "nothing could open it");
}

/// The page holds the person's answers: only they can read it, wherever
/// it is, and no link planted where it goes is followed.
#[cfg(unix)]
#[test]
fn the_printable_page_is_the_persons_alone() {
    use std::os::unix::fs::PermissionsExt;
    let private = tempfile::tempdir().expect("dir");
    let folder = private.path().join("print");
    std::fs::create_dir(&folder).expect("folder");
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).expect("mode");
    let planted = private.path().join("planted.html");
    std::fs::write(&planted, "someone else's").expect("write");
    let name = "avswitch-checklist-2026-11-28.html";
    std::os::unix::fs::symlink(&planted, folder.join(name)).expect("link");
    let opened = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&opened);
    let opener: Opener = Arc::new(move |target: &str| {
        seen.lock().expect("lock").push(target.to_owned());
        Ok(())
    });
    let mut h = export_step_opening(
        saver_answering(DialogOutcome::Cancelled, Path::new("/nonexistent")),
        opener,
        folder.clone(),
    );
    click_while_busy(&mut h, "Print");
    wait_until(&mut h, |m| !m.export.busy());
    let page = folder.join(name);
    assert_eq!(
        h.state().model().export,
        ExportStatus::Printing(page.clone())
    );
    assert_eq!(*opened.lock().expect("lock"), [page.display().to_string()]);
    let mode = |path: &Path| {
        std::fs::symlink_metadata(path)
            .expect("there")
            .permissions()
            .mode()
            & 0o777
    };
    assert_eq!(mode(&folder), 0o700);
    assert_eq!(mode(&page), 0o600);
    assert!(
        std::fs::read_to_string(&page)
            .expect("page")
            .starts_with("<!DOCTYPE html>")
    );
    assert_eq!(
        std::fs::read_to_string(&planted).expect("untouched"),
        "someone else's"
    );
}

#[test]
fn printable_pages_of_earlier_runs_are_removed_at_the_next_start() {
    let private = tempfile::tempdir().expect("dir");
    let folder = private.path().join("print");
    std::fs::create_dir(&folder).expect("folder");
    let old = folder.join("avswitch-checklist-2026-11-20.html");
    std::fs::write(&old, "last week's answers").expect("write");
    let file = std::fs::File::options()
        .write(true)
        .open(&old)
        .expect("open");
    let earlier = std::time::SystemTime::now() - Duration::from_secs(3600);
    file.set_modified(earlier).expect("time");
    drop(file);
    let h = harness_opening(
        "2026-11-28T12:00:00Z",
        fake_scanner(fake_machine()),
        None,
        saver_answering(DialogOutcome::Cancelled, Path::new("/nonexistent")),
        opens_nothing(),
        folder.clone(),
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    while old.exists() {
        assert!(Instant::now() < deadline, "the old page is still there");
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(folder.is_dir());
    assert!(h.state().model().notice.is_none());
}

#[test]
fn a_source_link_that_cannot_be_opened_gives_the_address_to_copy() {
    let mut h = harness_opening(
        "2026-11-28T12:00:00Z",
        fake_scanner(fake_machine()),
        None,
        saver_answering(DialogOutcome::Cancelled, Path::new("/nonexistent")),
        opens_nothing_here(),
        no_printing(),
    );
    h.run();
    // Opening runs on a thread of its own; its failure comes back when it
    // comes, so frames are stepped, not run to a standstill.
    click_while_busy(
        &mut h,
        "U.S. Department of Commerce, Bureau of Industry and Security",
    );
    wait_until(&mut h, |m| m.notice.is_some());
    let notice = h.state().model().notice.clone().expect("told").to_string();
    assert_eq!(
        notice,
        "The web page could not be opened: no web browser was found. You can copy its \
         address into a browser yourself: https://www.bis.gov/press-release/\
         commerce-department-prohibits-russian-kaspersky-software-us-customers"
    );
    h.get_by_label("Copy address");
}

fn deadlines_at(now: &str) -> Harness<'static, App> {
    let mut h = harness(now);
    click_while_busy(&mut h, "Begin");
    wait_for_scan(&mut h);
    click(&mut h, "In the United States");
    click(&mut h, "Next");
    assert_eq!(h.state().model().step, Step::Deadlines);
    h
}

#[test]
fn deadlines_before_the_sales_ban() {
    let h = deadlines_at("2024-07-15T04:00:00Z");
    h.get_by_label("Kaspersky can still be bought until 20 July 2024 (in 5 days), and it is updated until 29 September 2024.");
    h.get_by_label("in 5 days");
}

#[test]
fn deadlines_while_only_sales_are_banned() {
    let h = deadlines_at("2024-09-17T04:00:00Z");
    h.get_by_label(
        "Kaspersky can no longer be bought. Its updates stop on 29 September 2024, in 12 days.",
    );
    h.get_by_label("in 12 days");
}

#[test]
fn deadlines_after_updates_ended() {
    let h = deadlines_at("2026-11-29T04:00:00Z");
    h.get_by_label(
        "Kaspersky's updates to U.S. customers ended on 29 September 2024, 2 years and 2 months ago.",
    );
    h.get_by_label("Official time: 29 September 2024, 12:00 a.m. EDT");
    h.get_by_label("Official time: 20 July 2024, 12:00 a.m. EDT");
    // Every statement shows its source, and the sources section links out.
    h.get_by_label("Is it against the law to keep using Kaspersky?");
    h.get_by_label("Commerce Department Prohibits Russian Kaspersky Software for U.S. Customers");
    h.get_by_label("Google removes Kaspersky apps from its store");
}

#[test]
fn check_step_shows_findings_a_failed_check_and_takes_answers() {
    let mut h = harness("2026-11-28T12:00:00Z");
    click_while_busy(&mut h, "Begin");
    // While the scan runs, a second start is refused: the button is disabled.
    if matches!(h.state().model().scan, ScanStatus::Running) {
        h.get_by_label("Checking this computer...");
    }
    wait_for_scan(&mut h);

    shown(
        &h,
        "Kaspersky Standard is running, but its virus definitions were last updated 2 years and 1 month ago, so it cannot protect against new threats.",
    );
    // Its age is in that sentence, said once.
    assert!(
        h.query_by_label(
            "Its virus definitions are out of date: the last update was 2 years and 1 month ago."
        )
        .is_none()
    );
    // Its card, and its question below.
    assert_eq!(h.get_all_by_label("Kaspersky Password Manager").count(), 2);
    // Nobody said yet where they are: both cases, as Kaspersky's word for
    // other countries, with sources; no ban consequence told as certain.
    h.get_by_label("Next: If you are in the United States, or a U.S. citizen or permanent resident, Kaspersky may not supply your updates; otherwise, Kaspersky says its products keep getting updates. Which one applies to you decides your plan.");
    assert!(h.get_all_by_label("TASS").count() >= 1);
    click(&mut h, "In the United States");
    h.get_by_label("Next: Kaspersky may not send updates to people in the United States. The checklist helps you choose a replacement and switch in a safe order, without leaving this computer unprotected.");
    // A claim about the ban: its source is shown.
    h.get_by_label("U.S. Department of Commerce, Bureau of Industry and Security");
    h.get_by_label("Checks that could not run");
    h.get_by_label("Windows Security Center is not available on this computer: some editions of Windows, such as Windows Server, do not have it. The other checks still ran.");

    // The scan found the Password Manager, so its question is pre-ticked.
    assert!(h.state().model().uses(Companion::PasswordManager));
    click(&mut h, "An Android phone or tablet");
    click(&mut h, "Not sure");
    let answers = &h.state().model().answers;
    assert_eq!(answers.devices, [Device::Android]);
    assert_eq!(answers.auto_renewal, Some(Renewal::NotSure));

    // "Check again" runs a new scan.
    click_while_busy(&mut h, "Check again");
    wait_for_scan(&mut h);
    shown(
        &h,
        "Kaspersky Standard is running, but its virus definitions were last updated 2 years and 1 month ago, so it cannot protect against new threats.",
    );
}

/// A reader in Jakarta: the system's region suggests an answer, which they
/// confirm; the ban does not cover them, and no page says otherwise.
#[test]
fn a_reader_outside_the_united_states_is_not_told_the_ban_applies() {
    let geo =
        "\r\nHKEY_CURRENT_USER\\Control Panel\\International\\Geo\r\n    Name    REG_SZ    ID\r\n";
    let machine = fake_machine().with_registry(geo);
    let mut h = harness_with("2026-11-28T12:00:00Z", fake_scanner(machine), None);
    click_while_busy(&mut h, "Begin");
    wait_for_scan(&mut h);
    // Suggested by the country's name, not answered: no answer is drawn or
    // announced as chosen.
    h.get_by_label("This computer's region setting is Indonesia, which suggests “In another country”. It is not your answer until you choose it.");
    for region in [
        "In the United States",
        "In another country",
        "Prefer not to say",
    ] {
        let radio = h.get_by_role_and_label(Role::RadioButton, region);
        assert_ne!(
            radio.accesskit_node().toggled(),
            Some(egui::accesskit::Toggled::True),
            "{region} is not chosen by a suggestion"
        );
    }
    // The question comes before the list of what was found.
    let question = h
        .get_by_role_and_label(
            Role::Heading,
            "Where do you use this computer most of the time?",
        )
        .rect();
    let found = h.get_by_label("What was found").rect();
    assert!(question.top() < found.top(), "{question:?} {found:?}");
    assert_eq!(h.state().model().answers.region, None);
    assert_eq!(h.state().model().coverage(), Coverage::Unknown);
    click(&mut h, "Confirm: In another country");
    assert_eq!(h.state().model().answers.region, Some(Region::Elsewhere));
    // The button is gone with the answer: focus is on the answer now, not
    // on the window.
    h.run();
    let focused = h
        .query_all_by(|n| n.is_focused_in_tree())
        .find_map(|n| n.accesskit_node().label());
    assert_eq!(focused.as_deref(), Some("In another country"));
    let no = h
        .get_all_by_label("No")
        .next()
        .expect("the U.S. person question");
    no.scroll_to_me();
    no.click();
    h.run();
    assert_eq!(h.state().model().coverage(), Coverage::NotCovered);
    h.get_by_label("Next: Open Kaspersky Standard and update it. If it no longer updates, choose another anti-virus: the Choose step helps.");
    click(&mut h, "Next");
    h.get_by_label("The U.S. ban on Kaspersky does not apply to you: it covers people in the United States, and U.S. citizens and permanent residents wherever they live.");
    assert!(h.query_by_label_contains("ended on").is_none());
    click(&mut h, "Next");
    click(&mut h, "Next");
    assert_eq!(h.state().model().step, Step::Checklist);
    h.get_by_label("Switching is your choice");
    let plan = h.state().model().plan();
    assert!(plan.items().all(|i| i.id != "uninstall-kaspersky"));
}

#[test]
fn check_step_with_no_antivirus_at_all_is_urgent_with_a_next_step() {
    // Security Center answers with an empty list: nothing is registered.
    let nothing = fake_scanner(
        FakeSystem::new(Os::Windows)
            .with_antivirus(Ok(Vec::new()))
            .with_processes(Ok(vec!["explorer.exe".into()]))
            .with_certificates(Ok(Vec::new())),
    );
    let mut h = harness_with("2026-11-28T12:00:00Z", nothing, None);
    click_while_busy(&mut h, "Begin");
    wait_for_scan(&mut h);
    shown(&h, "No active anti-virus was found on this computer.");
    h.get_by_label("Next: Open Windows Security and turn on Microsoft Defender Antivirus: it is built into Windows and free.");
}

#[test]
fn answers_choice_and_ticks_are_kept_for_the_next_start() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = || Some(Store::at(dir.path().to_path_buf()));
    let now = "2026-11-28T12:00:00Z";

    let mut h = harness_with(now, fake_scanner(fake_machine()), store());
    click_while_busy(&mut h, "Begin");
    wait_for_scan(&mut h);
    click(&mut h, "In the United States");
    click(&mut h, "An Android phone or tablet");
    click(&mut h, "Yes");
    click(&mut h, "Next");
    click(&mut h, "Next");
    assert_eq!(h.state().model().step, Step::Choose);
    click(
        &mut h,
        "Use Microsoft Defender Antivirus (built into Windows, free)",
    );
    assert_eq!(h.state().model().choice, Some(Choice::BuiltIn));
    click(&mut h, "Next");
    assert_eq!(h.state().model().step, Step::Checklist);

    // The plan follows the answers: Kaspersky found, passwords, renewal, Android.
    let total = h.state().model().plan().len();
    // One item says where charges can come from now (UltraAV, a store,
    // Kaspersky): no second, contradicting one.
    assert_eq!(
        total,
        15,
        "{:?}",
        h.state()
            .model()
            .plan()
            .items()
            .map(|i| &i.id)
            .collect::<Vec<_>>()
    );
    h.get_by_label("0 of 14 done");
    click(&mut h, "In a week");
    h.get_by_label("Export your passwords from Kaspersky Password Manager");
    h.get_by_label("Stop the charges for your old Kaspersky subscription");
    click(
        &mut h,
        "Export your passwords from Kaspersky Password Manager",
    );
    click(&mut h, "Restart the computer");
    h.get_by_label("Your Android phone or tablet");
    let plan = h.state().model().plan();
    assert_eq!(
        plan.items()
            .filter(|i| h.state().model().is_done(i.id))
            .count(),
        2
    );
    let before = h.state().model().progress();
    assert!(
        before
            .done
            .contains_key(&avswitch::plan::ItemId::ExportPasswords)
    );
    drop(h);

    // A new start over the same folder opens where the person left off.
    let again = harness_with(now, fake_scanner(fake_machine()), store());
    let model = again.state().model();
    assert_eq!(model.step, Step::Checklist);
    assert_eq!(model.progress(), before);
    assert_eq!(model.answers.devices, [Device::Android]);
    assert_eq!(model.choice, Some(Choice::BuiltIn));
    // Without a fresh check the plan is for this computer's own system, so
    // read the total from the plan; the two ticks are what must survive.
    let total = model.plan().tasks().count();
    again.get_by_label(&format!("2 of {total} done"));
    again.get_by_label("Finish by Saturday, 5 December 2026 (in 7 days)");
}

#[test]
fn typing_a_name_writes_progress_a_few_times_at_most_and_keeps_all_of_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::at(dir.path().to_path_buf());
    let counter = store.clone();
    let mut h = harness_with(
        "2026-11-28T12:00:00Z",
        fake_scanner(fake_machine()),
        Some(store),
    );
    click_while_busy(&mut h, "Begin");
    wait_for_scan(&mut h);
    click(&mut h, "Next");
    click(&mut h, "Next");
    click(&mut h, "Another product:");
    let field = |h: &Harness<'static, App>| {
        h.get_by_role_and_label(Role::TextInput, "The other product's name")
            .focus();
    };
    field(&h);
    h.run();
    let name = "Norton 360 Deluxe, bought at the shop on the corner";
    assert_eq!(name.chars().count(), 51);
    let before = counter.writes();
    for letter in name.chars() {
        h.get_by_role_and_label(Role::TextInput, "The other product's name")
            .type_text(&letter.to_string());
        h.step();
    }
    h.run();
    assert_eq!(
        h.state().model().choice,
        Some(Choice::Other(name.to_owned()))
    );
    // Closing the window writes what is left, and waits for it.
    drop(h);
    let written = counter.writes() - before;
    assert!(
        (1..=3).contains(&written),
        "{written} writes for 51 letters"
    );
    let saved = Store::at(dir.path().to_path_buf()).read().progress;
    assert_eq!(saved.choice, Some(Choice::Other(name.to_owned())));
}

/// A disk that does not answer: a named pipe nobody reads, where progress
/// is written. The window goes on; the progress arrives once it answers.
#[cfg(unix)]
#[test]
fn the_window_goes_on_while_the_disk_does_not_answer() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness_with(
        "2026-11-28T12:00:00Z",
        fake_scanner(fake_machine()),
        Some(Store::at(dir.path().to_path_buf())),
    );
    let pipe = dir.path().join("progress.json");
    let made = std::process::Command::new("mkfifo").arg(&pipe).status();
    if !made.is_ok_and(|s| s.success()) {
        return;
    }
    click_while_busy(&mut h, "Begin");
    wait_for_scan(&mut h);
    click(&mut h, "Next");
    click(&mut h, "Next");
    assert_eq!(h.state().model().step, Step::Choose);
    // Each write opens the pipe anew; the last one is the window's last state.
    let reader = std::thread::spawn(move || {
        (0..5)
            .map(|_| std::fs::read(&pipe).expect("read pipe"))
            .map(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).expect("progress"))
            .find(|saved| saved["step"] == "choose")
    });
    drop(h);
    assert!(reader.join().expect("reader").is_some());
}

#[test]
fn a_damaged_progress_file_is_set_aside_and_said_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("progress.json"), "{ not json").expect("write");
    let mut h = harness_with(
        "2026-11-28T12:00:00Z",
        fake_scanner(fake_machine()),
        Some(Store::at(dir.path().to_path_buf())),
    );
    h.run();
    let notice = h
        .state()
        .model()
        .notice
        .clone()
        .expect("a notice")
        .to_string();
    assert!(notice.contains("could not be read"), "{notice}");
    assert!(!notice.contains("line 1"), "no parser words: {notice}");
    assert!(
        dir.path()
            .join("progress.unreadable-20261128-120000.json")
            .exists()
    );
    // The parser's words are there for whoever helps, folded away.
    assert!(h.query_by_label_contains("line 1").is_none());
    click(&mut h, "Details");
    assert!(h.query_by_label_contains("line 1").is_some());
    click(&mut h, "Dismiss");
    assert_eq!(h.state().model().notice, None);
}

#[test]
fn start_over_asks_first() {
    let mut h = harness("2026-11-28T12:00:00Z");
    click_while_busy(&mut h, "Begin");
    wait_for_scan(&mut h);
    click(&mut h, "Next");
    click(&mut h, "Next");
    click(
        &mut h,
        "Use Microsoft Defender Antivirus (built into Windows, free)",
    );
    click(&mut h, "Next");
    click(&mut h, "Start over");
    h.get_by_role_and_label(Role::Heading, "Start over?");
    click(&mut h, "Keep my progress");
    assert_eq!(h.state().model().choice, Some(Choice::BuiltIn));
    click(&mut h, "Start over");
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(
        !h.state().model().confirming_start_over,
        "Escape closes the question"
    );
    assert_eq!(h.state().model().choice, Some(Choice::BuiltIn));
    click(&mut h, "Start over");
    click(&mut h, "Yes, start over");
    assert_eq!(h.state().model().choice, None);
    assert_eq!(h.state().model().step, Step::Welcome);
}

#[test]
fn alt_arrows_move_between_steps() {
    let mut h = harness("2026-11-28T12:00:00Z");
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowRight);
    h.run_steps(3);
    assert_eq!(h.state().model().step, Step::Check);
    wait_for_scan(&mut h);
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowRight);
    h.run();
    assert_eq!(h.state().model().step, Step::Deadlines);
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowLeft);
    h.run();
    assert_eq!(h.state().model().step, Step::Check);
}

#[test]
fn a_data_folder_that_cannot_be_written_is_said_and_the_app_keeps_working() {
    let dir = tempfile::tempdir().expect("temp dir");
    let in_the_way = dir.path().join("a-file");
    std::fs::write(&in_the_way, "not a folder").expect("write");
    let store = Some(Store::at(in_the_way.join("data")));
    let mut h = harness_with("2026-11-28T12:00:00Z", fake_scanner(fake_machine()), store);
    click_while_busy(&mut h, "Begin");
    wait_for_scan(&mut h);
    // Progress is written off the window's thread; its failure comes back.
    wait_until(&mut h, |m| m.notice.is_some());
    let notice = h.state().model().notice.clone().expect("told").to_string();
    assert!(
        notice.starts_with(&format!(
            "Your progress can't be saved in {}.",
            in_the_way.join("data").display()
        )),
        "{notice}"
    );
    assert!(
        notice.ends_with("AV Switch keeps working; your choices are kept until you close it."),
        "{notice}"
    );
    click(&mut h, "Next");
    assert_eq!(h.state().model().step, Step::Deadlines, "still works");
}

#[test]
fn display_settings_apply_at_once_and_are_remembered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = || Some(Store::at(dir.path().to_path_buf()));
    let mut h = harness_with(
        "2026-11-28T12:00:00Z",
        fake_scanner(fake_machine()),
        store(),
    );
    click(&mut h, "Display");
    click(&mut h, "Light");
    // The menu stays open while sizes and colours are tried.
    click(&mut h, "Larger text");
    assert_eq!(h.state().model().display.text_size_percent, 125);
    assert_eq!(h.ctx.zoom_factor(), 1.25);
    assert_eq!(
        h.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::Light
    );
    // Ctrl + (egui's own zoom) is remembered too.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    h.run();
    let size = h.state().model().display.text_size_percent;
    assert!(size > 125, "{size}");
    drop(h);

    let mut again = harness_with(
        "2026-11-28T12:00:00Z",
        fake_scanner(fake_machine()),
        store(),
    );
    again.run();
    assert_eq!(again.state().model().display.text_size_percent, size);
    assert_eq!(
        again.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::Light
    );
    assert!((again.ctx.zoom_factor() - f32::from(size) / 100.0).abs() < 0.001);
}

/// What a screen reader calls a node: its label, or a text's own words.
fn spoken(node: &AccessKitNode<'_>) -> Option<String> {
    node.label()
        .or_else(|| (node.role() == Role::Label).then(|| node.value()).flatten())
        .filter(|name| !name.is_empty())
}

/// Every control and text stays inside the window's width, and no control
/// is drawn over another, or over a one-line text.
fn assert_fits(h: &Harness<'static, App>, what: &str) {
    let width = h.ctx.content_rect().width();
    let controls = [
        Role::Button,
        Role::CheckBox,
        Role::RadioButton,
        Role::TextInput,
        Role::DisclosureTriangle,
    ];
    // The page scrolls between the step row and the bar at the bottom; what
    // reaches under either is hidden there, not drawn over them.
    let height = h.ctx.content_rect().height();
    let bar_top = height - avswitch::ui::theme::CONTROL_HEIGHT - 2.0 * avswitch::ui::theme::SPACE_S;
    let row_bottom = h
        .query_all_by_role_and_label(Role::Button, "Display")
        .next()
        .map_or(0.0, |n| n.rect().bottom());
    let straddles = |r: &egui::Rect, edge: f32| r.top() < edge - 0.5 && r.bottom() > edge + 0.5;
    let boxes: Vec<(String, egui::Rect, bool)> = h
        .query_all_by(|n| spoken(n).is_some())
        .filter_map(|n| {
            let node = n.accesskit_node();
            // Regions (panels, the page) have no box of their own.
            node.bounding_box()?;
            let rect = n.rect();
            let control = controls.contains(&node.role());
            let name = spoken(&node)?;
            let in_page = std::iter::successors(node.parent(), |p| p.parent())
                .any(|p| p.role() == Role::Main);
            let in_view = rect.top() >= row_bottom - 0.5 && rect.bottom() <= bar_top + 0.5;
            // Below the fold is out of view, but a page that is wider than
            // the window cuts its lines wherever the person scrolls to.
            if in_page && !in_view && rect.is_finite() {
                assert!(
                    rect.left() >= -0.5 && rect.right() <= width + 0.5,
                    "{what}: {name:?} further down the page spills out of the window at {rect:?}"
                );
            }
            let shown = if in_page {
                in_view
            } else {
                !straddles(&rect, bar_top)
            };
            (shown && rect.is_finite() && rect.area() > 0.0).then_some((name, rect, control))
        })
        .collect();
    assert!(
        boxes.len() > 5,
        "{what}: only {} nodes checked",
        boxes.len()
    );
    for (name, rect, _) in &boxes {
        assert!(
            rect.left() >= -0.5 && rect.right() <= width + 0.5,
            "{what}: {name:?} spills out of the window at {rect:?}"
        );
    }
    // A text that wraps has a box larger than its words, so only one-line
    // texts are compared with controls.
    let tallest_control = boxes
        .iter()
        .filter(|(_, _, control)| *control)
        .map(|(_, r, _)| r.height())
        .fold(0.0, f32::max);
    let one_line = |r: &egui::Rect| r.height() <= tallest_control;
    for (i, (a, ra, a_control)) in boxes.iter().enumerate() {
        for (b, rb, b_control) in &boxes[i + 1..] {
            let compared = match (a_control, b_control) {
                (true, true) => true,
                (true, false) => one_line(rb),
                (false, true) => one_line(ra),
                (false, false) => false,
            };
            let overlap = ra.intersect(*rb);
            let nested = ra.contains_rect(*rb) || rb.contains_rect(*ra);
            assert!(
                !compared || nested || !overlap.is_positive() || overlap.area() < 4.0,
                "{what}: {a:?} at {ra:?} overlaps {b:?} at {rb:?}"
            );
        }
    }
}

/// A window on `step`, in `lang`, at `percent` text size, after a check of
/// the fake machine and with the built-in protection chosen.
fn harness_on(step: Step, lang: Lang, percent: u16) -> Harness<'static, App> {
    harness_on_machine(step, lang, percent, &fake_machine())
}

/// As `harness_on`, after a check of `machine`.
fn harness_on_machine(
    step: Step,
    lang: Lang,
    percent: u16,
    machine: &dyn System,
) -> Harness<'static, App> {
    harness_sized(step, lang, percent, [1024.0, 720.0], machine)
}

/// As `harness_on_machine`, in a window `size` pixels large: the harness
/// measures in points, of which a zoomed window shows fewer.
fn harness_sized(
    step: Step,
    lang: Lang,
    percent: u16,
    size: [f32; 2],
    machine: &dyn System,
) -> Harness<'static, App> {
    let now: DateTime<Utc> = "2026-11-28T12:00:00Z".parse().expect("now");
    let catalog = Catalog::embedded();
    let report = scan(
        machine,
        catalog,
        now,
        ScanOptions {
            command_timeout: Duration::from_millis(200),
        },
    );
    let zoom = f32::from(percent) / 100.0;
    let mut h = Harness::builder()
        .with_size(egui::vec2(size[0], size[1]) / zoom)
        .build_eframe(move |cc| {
            let advisory = Arc::new(Advisory::embedded().expect("advisory"));
            let mut model = Model::new(advisory, catalog, now);
            let _ = model.apply(Action::SetLanguage(Some(lang)));
            let _ = model.apply(Action::SetTextSize(percent));
            let _ = model.apply(Action::SetChoice(Choice::BuiltIn));
            let _ = model.apply(Action::SetRegion(Region::UnitedStates));
            let _ = model.apply(Action::GoTo(step));
            let _ = model.apply(Action::ScanFinished(Arc::new(report)));
            let services = Services {
                clock: Box::new(move || now),
                scanner: fake_scanner(fake_machine()),
                saver: Saver {
                    pick: Arc::new(|_: &str, _: &str, _: &Path| DialogOutcome::Cancelled),
                    documents: PathBuf::from("/nonexistent"),
                },
                opener: opens_nothing(),
                launcher: Arc::new(|_: &str| Ok(())),
                print_folder: no_printing(),
            };
            App::new(&cc.egui_ctx, model, services, None)
        });
    h.run();
    h
}

#[test]
fn hints_wrap_inside_a_small_window_at_large_text() {
    for (percent, size) in [(200, [720.0, 540.0]), (100, [1024.0, 720.0])] {
        let h = harness_sized(Step::Checklist, Lang::Id, percent, size, &fake_machine());
        let width = h.ctx.content_rect().width();
        let hint = h.ctx.global_style().spacing.tooltip_width;
        assert!(
            hint <= width - 2.0 * avswitch::ui::theme::SPACE_L,
            "{percent}%: hints {hint} wide in a window {width} wide"
        );
    }
}

#[test]
fn answers_in_a_row_sit_right_below_their_question() {
    let mut h = harness_on(Step::Check, Lang::En, 100);
    h.get_by_role_and_label(Role::RadioButton, "In another country")
        .scroll_to_me();
    h.run();
    h.get_by_role_and_label(Role::RadioButton, "In another country")
        .click();
    h.run();
    assert_eq!(h.state().model().answers.region, Some(Region::Elsewhere));
    let why = h
        .get_by_label_contains("The U.S. ban follows citizenship")
        .rect();
    let answer = h
        .get_by_role_and_label(Role::RadioButton, "In another country")
        .rect();
    let next = h
        .get_all(
            egui_kittest::kittest::By::new()
                .role(Role::Heading)
                .label_contains("Are you a U.S. citizen or a U.S. permanent resident"),
        )
        .next()
        .expect("the next question")
        .rect();
    let gaps = [answer.top() - why.bottom(), next.top() - answer.bottom()];
    assert!(
        gaps.iter().all(|gap| *gap <= 16.0),
        "gaps around the answers: {gaps:?}"
    );
}

/// A question taller than a small window at 200 % opens with its focused,
/// safe answer in view (scrolled as little as that takes, so the words
/// just above it show too); screen readers hear its title as its name.
#[test]
fn a_question_opens_with_its_safe_answer_in_view_at_720x540_and_200_percent() {
    for lang in Lang::ALL {
        let machine = recorded("windows-kaspersky");
        let mut h = harness_sized(Step::Checklist, lang, 200, [720.0, 540.0], &machine);
        let uninstaller = lang.text("action-uninstall", &[("name", "Kaspersky Standard".into())]);
        let by = || {
            egui_kittest::kittest::By::new()
                .role(Role::Button)
                .label_contains(&uninstaller)
        };
        h.get_all(by()).next().expect("button").scroll_to_me();
        h.run();
        h.get_all(by()).next().expect("button").click();
        // The dialog finds its size, then brings its answer into view.
        h.run_steps(8);
        let title = lang.text("uninstall-question-title", &[]);
        h.get_by_role_and_label(Role::AlertDialog, &title);
        let body = h
            .ctx
            .memory(|m| m.area_rect(egui::Id::unique("uninstall_question")))
            .expect("the dialog's area");
        let focused = h
            .query_all_by(|n| n.is_focused_in_tree())
            .next()
            .expect("focus in the question");
        let safe = focused.accesskit_node().label();
        assert_eq!(
            safe,
            Some(lang.text("uninstall-question-cancel", &[])),
            "{lang:?}"
        );
        let rect = focused.rect();
        assert!(
            rect.top() >= body.top() - 0.5 && rect.bottom() <= body.bottom() + 0.5,
            "{lang:?}: the safe answer is out of view: {rect:?} in {body:?}"
        );
    }
}

#[test]
fn every_step_fits_at_100_150_and_200_percent_in_every_language_and_two_sizes() {
    for size in [[1024.0, 720.0], [720.0, 540.0]] {
        for lang in Lang::ALL {
            for percent in [100, 150, 200] {
                for step in Step::ALL {
                    let h = harness_sized(step, lang, percent, size, &fake_machine());
                    assert_eq!(h.ctx.zoom_factor(), f32::from(percent) / 100.0);
                    let what = format!(
                        "{} at {percent}% in {}, {size:?}",
                        step.name(lang),
                        lang.code()
                    );
                    assert_fits(&h, &what);
                }
            }
        }
    }
}

/// Finds a control as a screen reader announces it: its role and its name.
fn find(h: &mut Harness<'static, App>, role: Role, name: &str) {
    let first = |h: &Harness<'static, App>| {
        h.query_all_by_role_and_label(role, name)
            .next()
            .map(|node| node.scroll_to_me())
            .is_some()
    };
    let named: Vec<String> = h
        .query_all_by_role(role)
        .filter_map(|node| node.accesskit_node().label())
        .collect();
    assert!(first(h), "no {role:?} named {name:?}; there are {named:?}");
    h.run();
    assert!(first(h), "{role:?} {name:?} went away");
}

#[test]
fn every_step_names_its_controls_for_screen_readers() {
    let common = [
        (Role::Button, "Display"),
        (Role::Button, "Language: English"),
        (Role::Link, "Step 1: Welcome, visited"),
    ];
    let steps: [(Step, &[(Role, &str)]); 6] = [
        (Step::Welcome, &[(Role::Button, "Begin")]),
        (
            Step::Check,
            &[
                (Role::Button, "Check again"),
                (Role::Label, "On"),
                (Role::Label, "Affected by the U.S. ban"),
                (
                    Role::DisclosureTriangle,
                    "How AV Switch knows: Kaspersky Standard",
                ),
                (Role::CheckBox, "An Android phone or tablet"),
                (Role::CheckBox, "Kaspersky Password Manager"),
                (Role::RadioButton, "Not sure"),
                (Role::Button, "Next"),
            ],
        ),
        (
            Step::Deadlines,
            &[
                (
                    Role::Image,
                    "Time line: U.S. ban announced, 20 June 2024 (past); No new U.S. sales, 20 July 2024 (past); U.S. updates end, 29 September 2024 (past); Today, 28 November 2026",
                ),
                (Role::Link, "Federal Register"),
                (Role::Link, "Google removes Kaspersky apps from its store"),
                (Role::Button, "Back"),
            ],
        ),
        (
            Step::Choose,
            &[
                (
                    Role::RadioButton,
                    "Use Microsoft Defender Antivirus (built into Windows, free)",
                ),
                (Role::RadioButton, "Bitdefender"),
                (Role::RadioButton, "Another product:"),
                (Role::TextInput, "The other product's name"),
                (
                    Role::Link,
                    "AV-Comparatives: consumer security product tests",
                ),
            ],
        ),
        (
            Step::Checklist,
            &[
                (Role::ProgressIndicator, "0 of 11 done"),
                (Role::RadioButton, "In a week"),
                (Role::CheckBox, "Uninstall Kaspersky from this computer"),
                (
                    Role::DisclosureTriangle,
                    "How to do it: Uninstall Kaspersky from this computer",
                ),
                (
                    Role::Button,
                    "Open Installed apps: Uninstall Kaspersky from this computer",
                ),
                (
                    Role::Button,
                    "Open the uninstaller of Kaspersky Standard: Uninstall Kaspersky from this computer",
                ),
                (Role::Button, "Start over"),
            ],
        ),
        (
            Step::Export,
            &[
                (Role::RadioButton, "Web page for printing"),
                (Role::RadioButton, "Calendar reminder"),
                (Role::Button, "Save..."),
                (Role::Button, "Copy as text"),
                (Role::Button, "Print"),
            ],
        ),
    ];
    for (step, controls) in steps {
        let mut h = harness_on(step, Lang::En, 100);
        for (role, name) in common.iter().chain(controls.iter()) {
            if step == Step::Welcome && name.starts_with("Step 1") {
                continue;
            }
            find(&mut h, *role, name);
        }
    }
}

#[test]
fn the_language_is_switched_in_the_window_and_remembered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = || Some(Store::at(dir.path().to_path_buf()));
    let mut h = harness_with(
        "2026-11-28T12:00:00Z",
        fake_scanner(fake_machine()),
        store(),
    );
    find(&mut h, Role::Button, "Language: English");
    click(&mut h, "Language: English");
    click(&mut h, "Español");
    assert_eq!(h.state().model().lang(), Lang::Es);
    find(&mut h, Role::Button, "Empezar");
    h.get_by_label("Paso 1 de 6");
    click_while_busy(&mut h, "Empezar");
    wait_for_scan(&mut h);
    find(&mut h, Role::Button, "Revisar de nuevo");
    find(&mut h, Role::CheckBox, "Un teléfono o tableta Android");
    click(&mut h, "Siguiente");
    h.get_by_role_and_label(Role::Heading, "Las fechas clave y dónde estamos hoy");
    h.get_by_label("Hora oficial: 29 de septiembre de 2024, 00:00 EDT");
    drop(h);

    // The next start is in Spanish too, and the menu names the way back.
    let mut again = harness_with(
        "2026-11-28T12:00:00Z",
        fake_scanner(fake_machine()),
        store(),
    );
    again.run();
    assert_eq!(again.state().model().lang(), Lang::Es);
    click(&mut again, "Idioma: Español");
    click(&mut again, "Bahasa Indonesia");
    again.get_by_role_and_label(Role::Heading, "Tenggat waktu, dan keadaan hari ini");
    click(&mut again, "Bahasa: Bahasa Indonesia");
    click(&mut again, "Ikuti sistem (English)");
    assert_eq!(again.state().model().display.language, None);
    again.get_by_role_and_label(Role::Heading, "The deadlines, and where today stands");
}

/// The names of the controls Tab visits, in order, from the top.
fn tab_order(h: &mut Harness<'static, App>, presses: usize) -> Vec<String> {
    let mut visited = Vec::new();
    for _ in 0..presses {
        h.key_press(egui::Key::Tab);
        h.run();
        let focused = h
            .query_all_by(|n| n.is_focused_in_tree())
            .filter_map(|n| n.accesskit_node().label())
            .next();
        visited.extend(focused);
    }
    visited
}

#[test]
fn tab_reaches_every_control_in_reading_order() {
    let mut h = harness_on(Step::Export, Lang::En, 100);
    let order = tab_order(&mut h, 24);
    // A page opens with focus on its title, so Tab starts in the page and
    // comes round to the step row; the round from there is read.
    let start = order
        .iter()
        .position(|n| n == "Step 1: Welcome, visited")
        .unwrap_or_else(|| panic!("Tab never reaches the step row: {order:?}"));
    let position = |name: &str| {
        order[start..]
            .iter()
            .position(|n| n == name)
            .unwrap_or_else(|| panic!("Tab never reaches {name:?}: {order:?}"))
    };
    // The step row and menus, then the page from top to bottom, then Back
    // and the step's main action at the bottom of the window.
    let expected = [
        "Step 1: Welcome, visited",
        "Step 6: Export, current step",
        "Display",
        "Language: English",
        "Web page for printing",
        "Plain text",
        "Calendar reminder",
        "Copy as text",
        "Print",
        "Back",
        "Save...",
    ];
    let positions: Vec<usize> = expected.iter().map(|n| position(n)).collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "{expected:?} at {positions:?} in {order:?}"
    );

    // Enter activates the focused control, as a click does.
    let mut h = harness_on(Step::Export, Lang::En, 100);
    let step_one = "Step 1: Welcome, visited".to_owned();
    let order = tab_order(&mut h, 12);
    let presses = order.iter().position(|n| *n == step_one).expect("reached");
    let mut h = harness_on(Step::Export, Lang::En, 100);
    assert_eq!(tab_order(&mut h, presses + 1).last(), Some(&step_one));
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(h.state().model().step, Step::Welcome);
}

/// The window on a recorded computer, as `AVSWITCH_REPLAY` opens it.
fn recorded(name: &str) -> ReplaySystem {
    let folder = common::project("tests/machines").join(name);
    ReplaySystem::open(&folder).expect("a recording")
}

#[test]
fn a_replayed_windows_machine_shows_what_kaspersky_left_behind_in_every_language() {
    let machine = recorded("windows-kaspersky-left-behind");
    for (lang, heading) in [
        (Lang::En, "Left behind"),
        (Lang::Id, "Sisa yang tertinggal"),
        (Lang::Es, "Restos que quedaron"),
    ] {
        for percent in [100, 200] {
            let mut h = harness_on_machine(Step::Check, lang, percent, &machine);
            h.get_by_label(heading);
            // Every kind but a registration, which this machine does not have.
            for kind in LeftoverKind::ALL
                .into_iter()
                .filter(|k| *k != LeftoverKind::Registration)
            {
                h.get_by_label(&lang.text(kind.key(), &[]));
            }
            assert_fits(&h, &format!("Left behind at {percent}% in {}", lang.code()));
            if percent == 100 && lang == Lang::En {
                // The evidence is one click away, as for every finding.
                // Named with what it tells about, as every card's is.
                let folders = lang.text(LeftoverKind::Folder.key(), &[]);
                let how = lang.text("check-how-known-name", &[("name", folders.into())]);
                h.get_by_role_and_label(Role::DisclosureTriangle, &how)
                    .scroll_to_me();
                h.run();
                h.get_by_role_and_label(Role::DisclosureTriangle, &how)
                    .click();
                h.run();
                let evidence = r"Settings and folders: C:\ProgramData\Kaspersky Lab exists";
                assert_eq!(
                    h.query_all_by(|n| spoken(n).as_deref() == Some(evidence))
                        .count(),
                    1
                );
            }
        }
    }
}

#[test]
fn a_replayed_linux_machine_shows_the_extension_left_in_chrome() {
    let h = harness_on_machine(
        Step::Check,
        Lang::En,
        100,
        &recorded("linux-extension-left-behind"),
    );
    h.get_by_label("Left behind");
    h.get_by_label("The Kaspersky Protection browser extension");
}

#[test]
fn the_checklist_clears_away_what_was_left_behind_in_every_language() {
    let machine = recorded("windows-kaspersky-left-behind");
    for (lang, section, certificate) in [
        (
            Lang::En,
            "Clear away what was left behind",
            "Remove Kaspersky's certificate from the trusted list",
        ),
        (
            Lang::Id,
            "Bersihkan sisa yang tertinggal",
            "Hapus sertifikat Kaspersky dari daftar tepercaya",
        ),
        (
            Lang::Es,
            "Quite lo que quedó",
            "Quite el certificado de Kaspersky de la lista de confianza",
        ),
    ] {
        let h = harness_on_machine(Step::Checklist, lang, 100, &machine);
        let ids: Vec<String> = h
            .state()
            .model()
            .plan()
            .items()
            .map(|i| i.id.to_string())
            .collect();
        for id in [
            "leftover-certificate",
            "leftover-extension",
            "leftover-services",
            "leftover-registry",
            "leftover-folders",
        ] {
            assert!(ids.iter().any(|i| i == id), "{id} in {ids:?}");
        }
        let said = |text: &str| {
            h.query_all_by(|n| spoken(n).is_some_and(|s| s.contains(text)))
                .count()
        };
        assert!(said(section) > 0, "{section}");
        assert!(said(certificate) > 0, "{certificate}");
    }
}

/// A product named in Chinese: its letters are drawn with a font found on
/// the system (here, a folder holding one font), not as boxes; no font is
/// looked for while every name is in letters the built-in fonts have.
#[test]
fn a_name_in_chinese_is_drawn_with_a_font_found_when_it_appears() {
    let now: DateTime<Utc> = "2026-11-28T12:00:00Z".parse().expect("now");
    let catalog = Catalog::embedded();
    let options = ScanOptions {
        command_timeout: Duration::from_millis(200),
    };
    let mut report = scan(&fake_machine(), catalog, now, options);
    let name = "卡巴斯基 Kaspersky Plus";
    report.findings[0].name = name.to_owned();
    let folder = common::project("tests/fixtures/fonts");
    let installed = Arc::new(Mutex::new(None));
    let keep = Arc::clone(&installed);
    let mut h = Harness::builder()
        .with_size([1024.0, 720.0])
        .allow_missing_glyphs()
        .build_eframe(move |cc| {
            let advisory = Arc::new(Advisory::embedded().expect("advisory"));
            let mut model = Model::new(advisory, catalog, now);
            let _ = model.apply(Action::ScanFinished(Arc::new(report)));
            let services = Services {
                clock: Box::new(move || now),
                scanner: fake_scanner(fake_machine()),
                saver: saver_answering(DialogOutcome::Cancelled, Path::new("/nonexistent")),
                opener: opens_nothing(),
                launcher: Arc::new(|_: &str| Ok(())),
                print_folder: no_printing(),
            };
            let mut app = App::new(&cc.egui_ctx, model, services, None);
            let fonts = app.use_fonts_from(&cc.egui_ctx, folder);
            *keep.lock().expect("lock") = Some(fonts);
            app
        });
    let fonts = installed.lock().expect("lock").take().expect("installed");
    h.run();
    assert!(!fonts.searched(), "nothing to look for on the Welcome page");
    let drawn = |h: &Harness<'static, App>| {
        h.ctx
            .fonts_mut(|f| f.has_glyphs(&egui::FontId::proportional(16.0), "卡巴斯基"))
    };
    assert!(!drawn(&h), "the built-in fonts have no Chinese letters");

    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowRight);
    h.run();
    assert_eq!(h.state().model().step, Step::Check);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !drawn(&h) {
        assert!(Instant::now() < deadline, "no font found for the name");
        std::thread::sleep(Duration::from_millis(5));
        h.step();
    }
    assert!(fonts.searched());
    h.run();
    shown(&h, name);
}

/// The traps the check saw are in the window, in every language: the
/// Kaspersky password before the uninstall, the policy keeping Defender
/// off, and a hostile product name shown as data.
#[test]
fn the_traps_the_check_saw_are_in_the_window_in_every_language() {
    let password = "\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\KasperskyLab\\AVP21.16\\Settings\\PasswordProtectionSettings\r\n    OPEP    REG_BINARY    9F3A77C01D\r\n";
    let policy = "\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows Defender\r\n    DisableAntiSpyware    REG_DWORD    0x1\r\n";
    let machine = common::windows_with_kaspersky()
        .with_registry(password)
        .with_registry(policy);
    for lang in Lang::ALL {
        let checklist = harness_on_machine(Step::Checklist, lang, 100, &machine);
        let plan = checklist.state().model().plan();
        for (id, key, step) in [
            (
                "uninstall-kaspersky",
                "item-uninstall-kaspersky-windows-password.step-1",
                0,
            ),
            ("confirm-defender", "item-confirm-defender-policy.step-2", 1),
        ] {
            let item = plan.items().find(|i| i.id == id).expect(id);
            assert_eq!(item.steps[step], lang.text(key, &[]), "{lang:?}");
            // Its reason is on the card, as the window shows it.
            checklist.get_by_label(&item.why);
        }
        let check = harness_on_machine(Step::Check, lang, 100, &machine);
        let said = lang.text(
            "summary-kaspersky-password",
            &[("name", "Kaspersky Standard".into())],
        );
        check.get_by_label(&said);
    }
}

/// A product name read from the machine is data in the window too: its
/// escapes, line breaks and right-to-left marks are never passed on to
/// what is drawn or read out.
#[test]
fn a_hostile_product_name_is_shown_as_data_in_the_window() {
    let hostile = "Kaspersky \u{1b}[31mFree\u{7}\r\nX \u{202E}exe.gpj <b>x</b>";
    let machine = common::windows(
        Ok(vec![avswitch::detect::answers::SecurityProduct {
            name: hostile.to_owned(),
            state: avswitch::detect::State::On,
            signatures: avswitch::detect::SignatureStatus::UpToDate,
            reported: None,
            path: None,
        }]),
        [None, Some("windows/uninstall-wow64-kaspersky.txt"), None],
        None,
        Ok(vec!["explorer.exe".into(), "avp.exe".into()]),
    );
    let h = harness_on_machine(Step::Check, Lang::En, 100, &machine);
    let mut labels = Vec::new();
    let mut stack = vec![h.root().accesskit_node()];
    while let Some(node) = stack.pop() {
        stack.extend(node.children());
        labels.extend(node.label());
        labels.extend(node.value());
    }
    assert!(
        labels.iter().any(|l| l.contains("Kaspersky ?[31mFree")),
        "{labels:?}"
    );
    for label in &labels {
        assert!(
            !label.chars().any(|c| c.is_control() || c == '\u{202E}'),
            "{label:?}"
        );
    }
}

/// On Linux ClamAV comes from the system's packages: the Choose step says
/// it is already on the computer only when the check saw it.
#[test]
fn clamav_is_already_on_the_computer_only_when_the_check_saw_it() {
    let with = recorded("linux-kesl-clamav");
    let h = harness_sized(Step::Choose, Lang::En, 100, [1024.0, 720.0], &with);
    h.get_by_label("Already on your computer");
    assert!(
        h.query_by_label("Free, from your system's packages")
            .is_none()
    );

    let without = recorded("linux-extension-left-behind");
    let h = harness_sized(Step::Choose, Lang::En, 100, [1024.0, 720.0], &without);
    h.get_by_label("Free, from your system's packages");
    assert!(h.query_by_label("Already on your computer").is_none());
}

/// A command to copy is one line, even at 200 % in a small window: broken
/// in two it would read as two commands.
#[test]
fn a_command_stays_on_one_line_at_200_percent() {
    let machine = recorded("linux-extension-left-behind");
    for lang in Lang::ALL {
        let h = harness_sized(Step::Checklist, lang, 200, [720.0, 540.0], &machine);
        let commands: Vec<egui::Rect> = h
            .query_all_by(|n| {
                n.role() == Role::Label && n.value().is_some_and(|v| v.starts_with("sudo "))
            })
            .map(|n| n.rect())
            .collect();
        assert!(!commands.is_empty(), "{lang:?}: a command to copy");
        let line = h.ctx.global_style().text_styles[&egui::TextStyle::Monospace].size;
        for rect in commands {
            assert!(
                rect.height() < 2.0 * line,
                "{lang:?}: a command on more than one line: {rect:?}"
            );
        }
    }
}

/// The Choose step never says Windows Update keeps Defender current beside
/// definitions the check found out of date (a Windows Server, as posted
/// publicly), and says it where nothing says otherwise.
#[test]
fn choose_never_says_defender_is_kept_current_beside_old_definitions() {
    let server = ReplaySystem::open(&common::project(
        "tests/machines/windows-server-2022-public",
    ))
    .expect("a recording");
    for lang in [Lang::En, Lang::Es, Lang::ZhHans] {
        let stale = lang.text("choose-built-in-windows.explained-stale", &[]);
        let current = lang.text("choose-built-in-windows.explained", &[]);
        let h = harness_on_machine(Step::Choose, lang, 100, &server);
        h.get_by_label(&stale);
        assert!(h.query_by_label(&current).is_none(), "{lang:?}");
        let h = harness_on_machine(Step::Choose, lang, 100, &fake_machine());
        h.get_by_label(&current);
        assert!(h.query_by_label(&stale).is_none(), "{lang:?}");
    }
}
