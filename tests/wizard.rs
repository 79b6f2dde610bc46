//! The wizard walked end to end, headless, by clicking labelled controls.

use std::sync::Arc;

use avswitch::advisory::Advisory;
use avswitch::model::{Model, Step};
use avswitch::ui::App;
use chrono::{DateTime, Utc};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn harness(now: &str) -> Harness<'static, App> {
    let now: DateTime<Utc> = now.parse().expect("test instant");
    Harness::builder()
        .with_size([1024.0, 720.0])
        .build_eframe(move |cc| {
            let advisory = Arc::new(Advisory::embedded().expect("advisory"));
            App::new(
                &cc.egui_ctx,
                Model::new(advisory, now),
                Box::new(move || now),
            )
        })
}

fn click(h: &mut Harness<'static, App>, label: &str) {
    h.get_by_label(label).click();
    h.run();
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

    click(&mut h, "Begin");
    assert_eq!(h.state().model().step, Step::Check);
    h.get_by_label("Check this computer");

    for (step, heading) in [
        (Step::Deadlines, "The deadlines, and where today stands"),
        (Step::Choose, "Choose a replacement"),
        (Step::Checklist, "Your checklist"),
        (Step::Export, "Save, print or share your plan"),
    ] {
        click(&mut h, "Next");
        assert_eq!(h.state().model().step, step);
        h.get_by_label(heading);
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

#[test]
fn steps_not_built_yet_say_so_and_show_no_results() {
    let mut h = harness("2026-11-28T12:00:00Z");
    click(&mut h, "Begin");
    let note = "Checking this computer is not available in this version of AV Switch yet. Rather than show anything that might be wrong, this page stays empty for now. You can continue with Next.";
    h.get_by_label(note);
}

fn deadlines_at(now: &str) -> Harness<'static, App> {
    let mut h = harness(now);
    click(&mut h, "Begin");
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
        "Kaspersky has received no updates for 2 years and 2 months, since 29 September 2024.",
    );
    h.get_by_label("Official time: 29 September 2024, 12:00 a.m. EDT");
    h.get_by_label("Official time: 20 July 2024, 12:00 a.m. EDT");
    // Every statement shows its source, and the sources section links out.
    h.get_by_label("Is it against the law to keep using Kaspersky?");
    h.get_by_label("Commerce Department Prohibits Russian Kaspersky Software for U.S. Customers");
    h.get_by_label("Google removes Kaspersky apps from its store");
}
