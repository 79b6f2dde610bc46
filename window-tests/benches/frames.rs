//! CPU time of one frame of each wizard step at 1024x720, with realistic
//! content: egui's layout plus tessellation, without a window or GPU.
//! Prints the median and the 95th percentile over many frames.

use std::sync::Arc;
use std::time::{Duration, Instant};

use avswitch::detect::ScanReport;
use avswitch::model::{Action, Step};
use avswitch::ui::{App, DialogOutcome, Saver, Services};

#[path = "../../tests/common/mod.rs"]
mod common;

const WARM_UP: usize = 30;
const FRAMES: usize = 400;

fn app_on(ctx: &egui::Context, step: Step) -> App {
    let mut model = common::realistic_model();
    let report = model.report().cloned();
    let _ = model.apply(Action::GoTo(step));
    if let Some(report) = report {
        // Visiting Check starts a scan; show the finished one instead.
        let _ = model.apply(Action::ScanFinished(Arc::new(report)));
    }
    let now = common::fixed_now();
    let services = Services {
        clock: Box::new(move || now),
        scanner: Arc::new(|now| {
            ScanReport::stopped(now, avswitch::i18n::Msg::of("failure-stopped-unexpectedly"))
        }),
        saver: Saver {
            pick: Arc::new(|_: &str, _: &str, _: &std::path::Path| DialogOutcome::Cancelled),
            documents: std::env::temp_dir(),
        },
        opener: Arc::new(|_: &str| Ok(())),
        launcher: Arc::new(|_: &str| Ok(())),
        print_folder: std::env::temp_dir().join("avswitch-bench-print"),
    };
    App::new(ctx, model, services, None)
}

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1024.0, 720.0),
        )),
        ..Default::default()
    }
}

fn frame(ctx: &egui::Context, app: &mut App) -> Duration {
    let started = Instant::now();
    app.frame_logic(ctx);
    let output = ctx.run_ui(input(), |ui| app.frame_ui(ui));
    let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
    std::hint::black_box(primitives);
    started.elapsed()
}

fn main() {
    // `cargo test --benches` runs this with --bench absent: stay quick then.
    let quick = !std::env::args().any(|a| a == "--bench");
    let frames = if quick { 5 } else { FRAMES };
    println!("frame CPU time at 1024x720 (layout + tessellation), {frames} frames per step");
    println!("{:<10} {:>12} {:>12}", "step", "median", "p95");
    for step in Step::ALL {
        let ctx = egui::Context::default();
        let mut app = app_on(&ctx, step);
        for _ in 0..WARM_UP {
            frame(&ctx, &mut app);
        }
        let mut times: Vec<Duration> = (0..frames).map(|_| frame(&ctx, &mut app)).collect();
        times.sort_unstable();
        let median = times[times.len() / 2];
        let p95 = times[(times.len() * 95 / 100).min(times.len() - 1)];
        println!(
            "{:<10} {:>9.3} ms {:>9.3} ms",
            step.name(avswitch::i18n::Lang::En),
            median.as_secs_f64() * 1000.0,
            p95.as_secs_f64() * 1000.0
        );
    }
}
