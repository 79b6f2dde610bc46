//! The window: an eframe app that draws the model and applies the actions
//! its views return. The only module that knows about egui.

mod page;
mod steps;
pub mod theme;
mod timeline;
mod wizard;

use chrono::{DateTime, Utc};
use eframe::egui;

use crate::model::{Action, Model};

/// Where the app reads the time. Injected so tests can fix `now`.
pub type Clock = Box<dyn Fn() -> DateTime<Utc>>;

pub struct App {
    model: Model,
    clock: Clock,
}

impl App {
    pub fn new(ctx: &egui::Context, model: Model, clock: Clock) -> Self {
        theme::install(ctx);
        Self { model, clock }
    }

    pub fn model(&self) -> &Model {
        &self.model
    }
}

impl eframe::App for App {
    fn logic(&mut self, _ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.model.now = (self.clock)();
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
        for action in actions {
            self.model.apply(action);
        }
    }
}

/// Opens the main window and blocks until it is closed.
pub fn run(model: Model, clock: Clock) -> eframe::Result {
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
        Box::new(|cc| Ok(Box::new(App::new(&cc.egui_ctx, model, clock)))),
    )
}
