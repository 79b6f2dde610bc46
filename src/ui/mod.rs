//! The window: an eframe app that draws the model, applies the actions its
//! views return, and runs slow work (the scan) on a worker thread.

mod page;
mod steps;
pub mod theme;
mod timeline;
mod wizard;

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use chrono::{DateTime, Utc};
use eframe::egui;

use crate::detect::ScanReport;
use crate::model::{Action, Effect, Model};
use crate::store::{Progress, Store};

/// Where the app reads the time. Injected so tests can fix `now`.
pub type Clock = Box<dyn Fn() -> DateTime<Utc>>;

/// Checks this computer; runs on a worker thread. Injected so tests can
/// scan a fake machine.
pub type Scanner = Arc<dyn Fn(DateTime<Utc>) -> ScanReport + Send + Sync>;

pub struct App {
    model: Model,
    clock: Clock,
    scanner: Scanner,
    /// Where progress is kept; `None` keeps it in memory only.
    store: Option<Store>,
    /// What is on disk, so unchanged progress is not written again.
    saved: Progress,
    /// Where the running scan delivers its report.
    scan_result: Option<Receiver<ScanReport>>,
}

impl App {
    /// Continues the progress in `store` (if any), on the step where the
    /// person left off.
    pub fn new(
        ctx: &egui::Context,
        mut model: Model,
        clock: Clock,
        scanner: Scanner,
        mut store: Option<Store>,
    ) -> Self {
        theme::install(ctx);
        let mut first = None;
        if let Some(store) = &mut store {
            let loaded = store.load(model.now);
            first = model.restore(loaded.progress);
            if let Some(notice) = loaded.notice {
                let _no_effect = model.apply(Action::Notice(notice));
            }
        }
        let mut app = Self {
            saved: model.progress(),
            model,
            clock,
            scanner,
            store,
            scan_result: None,
        };
        if let Some(effect) = first {
            app.run_effect(ctx, effect);
        }
        app
    }

    pub fn model(&self) -> &Model {
        &self.model
    }

    fn apply(&mut self, ctx: &egui::Context, action: Action) {
        if let Some(effect) = self.model.apply(action) {
            self.run_effect(ctx, effect);
        }
    }

    fn run_effect(&mut self, ctx: &egui::Context, effect: Effect) {
        match effect {
            Effect::RunScan => {
                let (sender, receiver) = mpsc::channel();
                let scanner = Arc::clone(&self.scanner);
                let now = self.model.now;
                let ctx = ctx.clone();
                std::thread::spawn(move || {
                    // The window may have closed meanwhile; then nobody needs the report.
                    let _receiver_gone = sender.send(scanner(now));
                    ctx.request_repaint();
                });
                self.scan_result = Some(receiver);
            }
            Effect::Open(target) => {
                if let Err(e) = open::that_detached(&target) {
                    let text = format!(
                        "{target} could not be opened ({e}). You can type it into your browser or find the page yourself."
                    );
                    let _no_effect = self.model.apply(Action::Notice(text));
                }
            }
        }
    }

    /// Writes progress when it changed. A failure is shown once; the app
    /// keeps working with what is in memory.
    fn save(&mut self) {
        let progress = self.model.progress();
        if progress == self.saved {
            return;
        }
        let Some(store) = &self.store else {
            return;
        };
        match store.save(&progress) {
            Ok(()) => self.saved = progress,
            Err(e) => {
                let text = format!(
                    "Your progress could not be saved: {e}. AV Switch keeps working, and what you do now stays until you close it."
                );
                if self.model.notice.as_deref() != Some(&text) {
                    let _no_effect = self.model.apply(Action::Notice(text));
                }
            }
        }
    }

    /// Picks up a finished scan, without ever waiting for one.
    fn receive_scan(&mut self, ctx: &egui::Context) {
        let Some(receiver) = &self.scan_result else {
            return;
        };
        let report = match receiver.try_recv() {
            Ok(report) => report,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => ScanReport::stopped(
                self.model.now,
                "The check stopped unexpectedly. Try \"Check again\".",
            ),
        };
        self.scan_result = None;
        self.apply(ctx, Action::ScanFinished(Arc::new(report)));
        self.save();
    }
}

impl eframe::App for App {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.model.now = (self.clock)();
        self.receive_scan(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let mut actions: Vec<Action> = Vec::new();
        actions.extend(wizard::indicator_ui(ui, &self.model));
        actions.extend(wizard::notice_ui(ui, &self.model));
        actions.extend(wizard::navigation_ui(ui, &self.model));
        actions.extend(wizard::start_over_ui(ui, &self.model));
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt(self.model.step)
                .auto_shrink(false)
                .show(ui, |ui| actions.extend(steps::step_ui(ui, &self.model)));
        });
        if actions.is_empty() {
            return;
        }
        let ctx = ui.ctx().clone();
        for action in actions {
            self.apply(&ctx, action);
        }
        self.save();
    }
}

/// Opens the main window and blocks until it is closed.
pub fn run(model: Model, clock: Clock, scanner: Scanner, store: Option<Store>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("AV Switch")
            .with_app_id("avswitch")
            .with_inner_size(theme::WINDOW_SIZE)
            .with_min_inner_size(theme::WINDOW_MIN_SIZE),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        "AV Switch",
        options,
        Box::new(|cc| {
            Ok(Box::new(App::new(
                &cc.egui_ctx,
                model,
                clock,
                scanner,
                store,
            )))
        }),
    )
}
