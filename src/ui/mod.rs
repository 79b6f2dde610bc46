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

/// Where the app reads the time. Injected so tests can fix `now`.
pub type Clock = Box<dyn Fn() -> DateTime<Utc>>;

/// Checks this computer; runs on a worker thread. Injected so tests can
/// scan a fake machine.
pub type Scanner = Arc<dyn Fn(DateTime<Utc>) -> ScanReport + Send + Sync>;

pub struct App {
    model: Model,
    clock: Clock,
    scanner: Scanner,
    /// Where the running scan delivers its report.
    scan_result: Option<Receiver<ScanReport>>,
}

impl App {
    pub fn new(ctx: &egui::Context, model: Model, clock: Clock, scanner: Scanner) -> Self {
        theme::install(ctx);
        Self {
            model,
            clock,
            scanner,
            scan_result: None,
        }
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
        actions.extend(wizard::navigation_ui(ui, &self.model));
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt(self.model.step)
                .auto_shrink(false)
                .show(ui, |ui| actions.extend(steps::step_ui(ui, &self.model)));
        });
        let ctx = ui.ctx().clone();
        for action in actions {
            self.apply(&ctx, action);
        }
    }
}

/// Opens the main window and blocks until it is closed.
pub fn run(model: Model, clock: Clock, scanner: Scanner) -> eframe::Result {
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
        Box::new(|cc| Ok(Box::new(App::new(&cc.egui_ctx, model, clock, scanner)))),
    )
}
