//! The smallest eframe window, built with the same renderer and profile as
//! AV Switch: the baseline that `scripts/bench-startup.sh` compares against.

struct Minimal {
    report_first_frame: bool,
}

impl eframe::App for Minimal {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("Hello");
            ui.label("A minimal eframe window.");
        });
        if self.report_first_frame {
            self.report_first_frame = false;
            eprintln!("first frame");
        }
    }
}

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_inner_size([1024.0, 720.0]),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    let report_first_frame = std::env::var_os("AVSWITCH_REPORT_FIRST_FRAME").is_some();
    eframe::run_native(
        "Minimal",
        options,
        Box::new(move |_cc| Ok(Box::new(Minimal { report_first_frame }))),
    )
}
