//! The window: an eframe app that draws the model, applies the actions its
//! views return, and runs slow work (the scan) on a worker thread.

mod access;
mod display;
mod fonts;
mod page;
mod services;
mod steps;
pub mod theme;
mod timeline;
mod wizard;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};

use chrono::{FixedOffset, Local};

pub use fonts::SystemFonts;
pub use services::{
    Clock, DialogOutcome, Launcher, Opener, PickSavePath, Saver, Scanner, Services,
    system_launcher, system_opener,
};

use crate::detect::{Os, ScanReport};
use crate::export::Format;
use crate::fsutil::{self, NewFile, ReadOnly, WriteError};
use crate::i18n::{Lang, Msg};
use crate::model::{Action, Effect, ExportStatus, Model};
use crate::msg;
use crate::store::{Progress, Store, Writer};

pub struct App {
    model: Model,
    services: Services,
    /// Writes progress on a thread of its own; `None` keeps it in memory
    /// only.
    writer: Option<Writer>,
    /// What was last handed to the writer, so unchanged progress is not
    /// written again.
    sent: Progress,
    /// Background work reports back here as actions.
    results: (Sender<Action>, Receiver<Action>),
    /// Whether to say when the first frame is drawn (read once at start).
    report_first_frame: bool,
    /// The step changed: its page starts scrolled to the top.
    new_page: bool,
    /// The keyboard was used since the last click: show the focus ring.
    keyboard: bool,
    /// Keeps a still pointer on its pixels when the text size changes.
    pointer: display::SteadyPointer,
    fonts: SystemFonts,
    /// The language the fonts were last set for.
    fonts_for: Option<Lang>,
}

impl App {
    /// Continues the progress in `store` (if any), on the step where the
    /// person left off.
    pub fn new(
        ctx: &egui::Context,
        mut model: Model,
        services: Services,
        mut store: Option<Store>,
    ) -> Self {
        theme::install(ctx);
        // Letters the built-in fonts lack come from the system, when needed.
        let fonts = SystemFonts::install(ctx);
        // Text size keys change the size by the Display menu's step instead.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        let mut first = None;
        if let Some(store) = &mut store {
            let loaded = store.load(model.now);
            first = model.restore(loaded.progress);
            if let Some(notice) = loaded.notice {
                let _no_effect = model.apply(Action::Notice(notice));
            }
        }
        display::apply(ctx, &model.display);
        let results: (Sender<Action>, Receiver<Action>) = mpsc::channel();
        let writer = store.map(|store| {
            let sender = results.0.clone();
            let wake = ctx.clone();
            let report = move |e: crate::store::StoreError| {
                let text = msg!("notice-save-failed", error = e.0);
                // The window may have closed meanwhile; then nobody needs it.
                let _receiver_gone = sender.send(Action::Notice(text));
                wake.request_repaint();
            };
            Writer::start(store, Box::new(report))
        });
        let mut app = Self {
            sent: model.progress(),
            model,
            services,
            writer,
            results,
            report_first_frame: std::env::var_os(FIRST_FRAME_VARIABLE).is_some(),
            new_page: false,
            keyboard: false,
            pointer: display::SteadyPointer::default(),
            fonts,
            fonts_for: None,
        };
        // Before the first frame, so none shows a letter as a box.
        app.ready_fonts();
        if let Some(effect) = first {
            app.run_effect(ctx, effect);
        }
        app.clean_print_folder(ctx);
        // The first page, like every page, opens with focus on its title,
        // so the first Tab goes on into the page.
        access::focus_page_start(ctx);
        app
    }

    /// Removes the printable pages earlier runs left in the private
    /// folder, off the window's thread.
    fn clean_print_folder(&self, ctx: &egui::Context) {
        let folder = self.services.print_folder.clone();
        let start = std::time::SystemTime::now();
        let failed = |folder: &Path, e: &std::io::Error| {
            let folder = folder.display().to_string();
            Some(Action::Notice(msg!(
                "notice-print-clean-failed",
                folder = folder,
                detail = fsutil::detail(e)
            )))
        };
        self.spawn(
            ctx,
            move || match fsutil::remove_older(&folder, start) {
                Ok(_) => None,
                Err(e) => failed(&folder, &e),
            },
            None,
        );
    }

    pub fn model(&self) -> &Model {
        &self.model
    }

    /// Sets the fonts for the window's language when it changed, before
    /// the next frame draws it; in English, saying why, when no font on
    /// this computer draws Chinese.
    fn ready_fonts(&mut self) {
        let lang = self.model.lang();
        if self.fonts_for == Some(lang) {
            return;
        }
        if self.fonts.prepare(lang).is_err() {
            let _no_effect = self.model.apply(Action::NoChineseFont);
            let _english_needs_no_font = self.fonts.prepare(self.model.lang());
        }
        self.fonts_for = Some(self.model.lang());
    }

    /// Looks for system fonts only in `folder` (tests): the window's fonts
    /// are set again from there.
    pub fn use_fonts_from(&mut self, ctx: &egui::Context, folder: PathBuf) -> SystemFonts {
        self.fonts = SystemFonts::install_from_folder(ctx, folder);
        self.fonts_for = None;
        self.ready_fonts();
        self.fonts.clone()
    }

    fn apply(&mut self, ctx: &egui::Context, action: Action) {
        if let Some(effect) = self.model.apply(action) {
            self.run_effect(ctx, effect);
        }
    }

    /// Runs `job` on a worker thread; its action, if any, comes back
    /// through `results` and wakes the window. A job that panics still
    /// answers.
    fn spawn<A>(&self, ctx: &egui::Context, job: impl FnOnce() -> A + Send + 'static, on_panic: A)
    where
        A: Into<Option<Action>> + Send + 'static,
    {
        let sender = self.results.0.clone();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let action = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job))
                .unwrap_or(on_panic)
                .into();
            if let Some(action) = action {
                // The window may have closed meanwhile; then nobody needs the answer.
                let _receiver_gone = sender.send(action);
                ctx.request_repaint();
            }
        });
    }

    /// The reader's time zone now, for dates in exports.
    fn zone(&self) -> FixedOffset {
        *self.model.now.with_timezone(&Local).offset()
    }

    fn render(&self, format: Format) -> String {
        self.model.export(format, self.zone())
    }

    fn run_effect(&mut self, ctx: &egui::Context, effect: Effect) {
        match effect {
            Effect::RunScan => {
                let scanner = Arc::clone(&self.services.scanner);
                let now = self.model.now;
                let stopped = ScanReport::stopped(now, Msg::of("failure-scan-crashed"));
                self.spawn(
                    ctx,
                    move || Action::ScanFinished(Arc::new(scanner(now))),
                    Action::ScanFinished(Arc::new(stopped)),
                );
            }
            // Off the window's thread: a handler may take its time to start.
            Effect::Open(target) => {
                let opener = Arc::clone(&self.services.opener);
                let stopped = std::io::Error::other("stopped unexpectedly");
                let on_panic = Some(Action::Notice(open_failed(&target, &stopped)));
                self.spawn(
                    ctx,
                    move || {
                        let opened = opener(&target);
                        opened
                            .err()
                            .map(|e| Action::Notice(open_failed(&target, &e)))
                    },
                    on_panic,
                );
            }
            Effect::Launch(command) => {
                if let Err(e) = (self.services.launcher)(&command) {
                    let text = msg!(
                        "notice-uninstaller-failed",
                        command = &command,
                        detail = fsutil::detail(&e)
                    );
                    let _no_effect = self.model.apply(Action::Notice(text));
                }
            }
            Effect::Copy(text) => ctx.copy_text(text),
            Effect::SaveExport(format) => {
                let contents = self.render(format);
                let name = format.file_name(self.model.now.with_timezone(&Local).date_naive());
                let saver = self.services.saver.clone();
                let failed =
                    Action::ExportDone(ExportStatus::Failed(Msg::of("export-dialog-crashed")));
                let title = crate::t!(self.model.lang(), "export-dialog-title");
                self.spawn(
                    ctx,
                    move || Action::ExportDone(save_export(&saver, &title, &name, &contents)),
                    failed,
                );
            }
            Effect::ReplaceExport(format, path) => {
                let contents = self.render(format);
                let failed = ExportStatus::Failed(write_crashed(&path));
                self.spawn(
                    ctx,
                    move || {
                        let status = write_export(path, None, &contents, ReadOnly::Replace);
                        Action::ExportDone(status)
                    },
                    Action::ExportDone(failed),
                );
            }
            Effect::CopyExport => {
                ctx.copy_text(self.render(Format::Text));
                let _no_effect = self.model.apply(Action::ExportDone(ExportStatus::Copied));
            }
            Effect::PrintExport => {
                let name =
                    Format::Html.file_name(self.model.now.with_timezone(&Local).date_naive());
                let html = self.render(Format::Html);
                let folder = self.services.print_folder.clone();
                let opener = Arc::clone(&self.services.opener);
                let failed = ExportStatus::Failed(Msg::of("export-print-write-failed"));
                self.spawn(
                    ctx,
                    move || Action::ExportDone(print(&folder, &name, &html, &opener)),
                    Action::ExportDone(failed),
                );
            }
        }
    }

    /// Picks up what background work finished, without ever waiting.
    fn receive_results(&mut self, ctx: &egui::Context) {
        let finished: Vec<Action> = self.results.1.try_iter().collect();
        if finished.is_empty() {
            return;
        }
        for action in finished {
            self.apply(ctx, action);
        }
        self.save();
    }

    /// Hands progress to the writer when it changed; never waits for the
    /// disk. A failure comes back as a notice, once; the app keeps working
    /// with what is in memory.
    fn save(&mut self) {
        let progress = self.model.progress();
        if progress == self.sent {
            return;
        }
        if let Some(writer) = &self.writer {
            writer.save(progress.clone());
        }
        self.sent = progress;
    }

    /// Writes the last progress now and waits for it: the window is closing.
    pub fn flush(&mut self) {
        self.save();
        if let Some(writer) = &self.writer {
            writer.flush();
        }
    }
}

/// Why a replaced file was not written, when its worker stopped unexpectedly.
fn write_crashed(path: &Path) -> Msg {
    msg!("export-write-crashed", path = path.display().to_string())
}

/// Writes the printable page where only the person can read it and opens
/// it in the web browser; says where it is when nothing opened it.
fn print(folder: &Path, name: &str, html: &str, opener: &Opener) -> ExportStatus {
    match fsutil::write_private(folder, name, html.as_bytes()) {
        Ok(path) => match opener(&path.display().to_string()) {
            Ok(()) => ExportStatus::Printing(path),
            Err(e) => ExportStatus::PrintSaved {
                note: msg!(
                    "export-print-no-program",
                    path = path.display().to_string(),
                    detail = fsutil::detail(&e)
                ),
                path,
            },
        },
        Err(e) => ExportStatus::Failed(msg!(
            "export-print-write-failed",
            detail = fsutil::detail(&e)
        )),
    }
}

/// Asks where to save and writes the file whole, or says why not. When no
/// dialog can be shown, the file goes to the Documents folder, under a name
/// that is free there.
fn save_export(saver: &Saver, title: &str, name: &str, contents: &str) -> ExportStatus {
    match (saver.pick)(title, name, &saver.documents) {
        DialogOutcome::Chosen(path) => write_export(path, None, contents, ReadOnly::Refuse),
        DialogOutcome::Cancelled => ExportStatus::Idle,
        DialogOutcome::Unavailable => {
            let path = fsutil::free_name(&saver.documents, name);
            let note = msg!("export-no-dialog");
            write_export(path, Some(note), contents, ReadOnly::Refuse)
        }
    }
}

fn write_export(
    path: PathBuf,
    note: Option<Msg>,
    contents: &str,
    read_only: ReadOnly,
) -> ExportStatus {
    match fsutil::write_file(&path, contents.as_bytes(), read_only, NewFile::Usual) {
        Ok(()) => ExportStatus::Saved { path, note },
        Err(WriteError::ReadOnly) => ExportStatus::AskReplace(path),
        Err(e) => ExportStatus::Failed(e.msg(&path)),
    }
}

/// Why `target` did not open, in words that say what to do: a web address
/// to copy, a file that is gone, or no program to open it.
fn open_failed(target: &str, e: &std::io::Error) -> Msg {
    let detail = fsutil::detail(e);
    // A system's settings page, named in words with the true reason,
    // never by its address.
    let page = [
        (
            crate::plan::INSTALLED_APPS,
            "page-installed-apps",
            Os::Windows,
        ),
        (
            crate::plan::WINDOWS_SECURITY,
            "page-windows-security",
            Os::Windows,
        ),
        (
            crate::plan::SOFTWARE_UPDATE,
            "page-software-update",
            Os::MacOs,
        ),
    ]
    .into_iter()
    .find(|(address, _, _)| *address == target);
    if let Some((_, name, system)) = page {
        let reason = if Os::current() == system {
            // With where else to find it.
            match system {
                Os::Windows => "notice-page-no-program-windows",
                _ => "notice-page-no-program-mac",
            }
        } else if system == Os::Windows {
            "notice-page-windows-only"
        } else {
            "notice-page-mac-only"
        };
        return msg!(
            "notice-open-page-failed",
            page = Msg::of(name),
            reason = Msg::of(reason),
            detail = detail
        );
    }
    if target.starts_with("https://") || target.starts_with("http://") {
        msg!("notice-open-link-failed", address = target, detail = detail)
    } else if !std::path::Path::new(target).exists() {
        msg!("notice-open-missing", target = target, detail = detail)
    } else {
        msg!("notice-open-no-program", target = target, detail = detail)
    }
}

/// Links the person clicked (sources, help pages): opened like any other
/// target, so a failure is said instead of lost.
fn clicked_links(ctx: &egui::Context) -> Vec<Action> {
    ctx.output_mut(|output| {
        let mut links = Vec::new();
        output.commands.retain(|command| match command {
            egui::OutputCommand::OpenUrl(open) => {
                links.push(Action::Open(open.url.clone()));
                false
            }
            _ => true,
        });
        links
    })
}

impl App {
    /// Work before drawing: the time, and results of background work.
    pub fn frame_logic(&mut self, ctx: &egui::Context) {
        self.model.now = (self.services.clock)();
        self.keyboard = display::keyboard_in_use(ctx, self.keyboard);
        display::apply(ctx, &self.model.display);
        self.receive_results(ctx);
        // Coming back from an uninstaller or a settings page: check again.
        let activated = ctx.input(|i| {
            i.events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(true)))
        });
        if activated {
            self.apply(ctx, Action::WindowActive);
        }
    }

    /// Draws one frame and applies what the person did.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.model.lang();
        let title = self.model.step.title(lang);
        access::name_window(ui.ctx(), &crate::t!(lang, "window-name", page = &title));
        access::return_focus(ui.ctx());
        access::note_first_reading(ui.ctx());
        let mut actions: Vec<Action> = Vec::new();
        actions.extend(wizard::shortcuts(ui, &self.model));
        actions.extend(wizard::indicator_ui(ui, &self.model));
        actions.extend(wizard::notice_ui(ui, &self.model));
        let navigation = wizard::navigation_space(ui);
        actions.extend(wizard::start_over_ui(ui, &self.model));
        let mut page = egui::ScrollArea::vertical()
            .id_salt(self.model.step)
            .auto_shrink(false);
        if std::mem::take(&mut self.new_page) {
            page = page.vertical_scroll_offset(0.0);
        }
        // A message appearing above keeps the page's focus and scrolling.
        access::own_ids(ui, "page", |ui| {
            egui::CentralPanel::default().show(ui, |ui| {
                access::name_region(ui, egui::accesskit::Role::Main, &title);
                // The page's bar beside its words, never over their last letters.
                ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
                let keyboard = self.keyboard;
                let shown = page.show(ui, |ui| {
                    actions.extend(steps::step_ui(ui, &self.model));
                    access::keep_focus_in_view(ui);
                    access::follow_moved_focus(ui, keyboard);
                });
                // The bar is there only when the page is longer than the window.
                if shown.content_size.y > shown.inner_rect.height() {
                    let scroll = crate::t!(lang, "region-page-scroll", page = &title);
                    access::name_scroll_bar(ui.ctx(), shown.id, &scroll);
                }
            });
        });
        actions.extend(wizard::navigation_ui(ui, navigation, &self.model));
        actions.extend(clicked_links(ui.ctx()));
        if self.keyboard {
            access::focus_ring(ui.ctx());
        }
        if actions.is_empty() {
            return;
        }
        let ctx = ui.ctx().clone();
        let step = self.model.step;
        for action in actions {
            self.apply(&ctx, action);
        }
        if self.model.step != step {
            // A new page starts at its top, with focus on its title.
            self.new_page = true;
            access::focus_page_start(&ctx);
            ctx.request_repaint();
        }
        self.ready_fonts();
        display::apply(&ctx, &self.model.display);
        self.save();
    }
}

/// Set to any value to print one line on standard error when the first
/// frame has been drawn (used by `scripts/bench-startup.sh`).
pub const FIRST_FRAME_VARIABLE: &str = "AVSWITCH_REPORT_FIRST_FRAME";

impl eframe::App for App {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.frame_logic(ctx);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.flush();
    }

    fn raw_input_hook(&mut self, ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        self.pointer.fix(ctx.zoom_factor(), raw_input);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
        if self.report_first_frame {
            self.report_first_frame = false;
            eprintln!("first frame");
        }
    }
}

const WINDOW_ICON: &[u8] = include_bytes!("../../assets/icons/avswitch-64.png");

/// Opens the main window and blocks until it is closed.
pub fn run(model: Model, services: Services, store: Option<Store>) -> eframe::Result {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("AV Switch")
        .with_app_id("avswitch")
        .with_inner_size(theme::WINDOW_SIZE)
        .with_min_inner_size(theme::WINDOW_MIN_SIZE);
    // A window without its icon still works; the embedded PNG is known good.
    if let Ok(icon) = eframe::icon_data::from_png_bytes(WINDOW_ICON) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        "AV Switch",
        options,
        Box::new(|cc| Ok(Box::new(App::new(&cc.egui_ctx, model, services, store)))),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_open_says_which_part_failed() {
        let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
        let link = open_failed("https://www.federalregister.gov/d/2024-13532", &missing);
        assert_eq!(link.id, "notice-open-link-failed");
        assert!(
            link.to_string()
                .ends_with("https://www.federalregister.gov/d/2024-13532")
        );

        let dir = tempfile::tempdir().expect("dir");
        let gone = dir.path().join("plan.html");
        let file = open_failed(&gone.display().to_string(), &missing);
        assert_eq!(
            file.to_string(),
            format!(
                "{} could not be opened: it is no longer there.",
                gone.display()
            )
        );

        // The file is there: what is missing is a program to open it.
        let there = open_failed(&dir.path().display().to_string(), &missing);
        assert_eq!(there.id, "notice-open-no-program");
        assert!(there.detail().is_some());
    }

    #[test]
    fn the_window_icon_decodes() {
        let icon = eframe::icon_data::from_png_bytes(super::WINDOW_ICON).expect("PNG");
        assert_eq!((icon.width, icon.height), (64, 64));
    }

    #[test]
    fn a_settings_page_that_cannot_open_is_named_in_words_with_the_true_reason() {
        use crate::i18n::Lang;
        let refused = std::io::Error::other("Access is denied.");
        let said = Lang::En.msg(&super::open_failed(crate::plan::INSTALLED_APPS, &refused));
        assert!(
            said.starts_with("Installed apps could not be opened: "),
            "{said}"
        );
        assert!(!said.contains("ms-settings:"), "{said}");
        assert!(!said.contains("no longer there"), "{said}");
        if cfg!(windows) {
            assert!(said.contains("the system did not open it"), "{said}");
        } else {
            assert!(
                said.contains("this computer does not run Windows"),
                "{said}"
            );
        }
        // The system's own words stay under Details.
        let detail = Lang::En.detail(&super::open_failed(crate::plan::INSTALLED_APPS, &refused));
        assert!(detail.is_some_and(|d| !d.is_empty()));
        let es = Lang::Es.msg(&super::open_failed(crate::plan::WINDOWS_SECURITY, &refused));
        assert!(
            es.starts_with("No se pudo abrir Seguridad de Windows: "),
            "{es}"
        );
    }
}
