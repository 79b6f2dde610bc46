//! `avswitch` opens the window; `avswitch check` prints what protects this
//! computer; `avswitch export` writes the checklist as a file.

// A window program on Windows: no console window opens with it. The command
// line subcommands reattach to the terminal they were started from.
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use avswitch::advisory::Advisory;
use avswitch::detect::catalog::Catalog;
use avswitch::detect::replay::{RecordingSystem, ReplaySystem};
use avswitch::detect::system::{RealSystem, System};
use avswitch::detect::{ScanOptions, scan};
use avswitch::export::{self, Format};
use avswitch::i18n::Lang;
use avswitch::model::{Action, Model};
use avswitch::store::Store;
use avswitch::{fsutil, msg, report, t};
use chrono::Utc;
use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "avswitch",
    version,
    about = "Switch away from Kaspersky anti-virus, calmly and safely."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Check which security programs this computer has, and print a report.
    Check {
        /// Print a JSON document instead of text.
        #[arg(long)]
        json: bool,
        /// Language of the report: en, id or es (default: the system's).
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
        /// Also save what the check read into this new folder (see README).
        #[arg(long, value_name = "DIR", conflicts_with = "replay")]
        record: Option<PathBuf>,
        /// Check the machine recorded in this folder instead of this one.
        #[arg(long, value_name = "DIR")]
        replay: Option<PathBuf>,
    },
    /// Export your checklist, with your saved progress.
    Export {
        /// The file format.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Write to this file instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Use only saved progress: do not check this computer first.
        #[arg(long)]
        no_scan: bool,
        /// Language of the file: en, id or es (default: the one chosen in
        /// the window, else the system's).
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
        /// Check the machine recorded in this folder instead of this one.
        #[arg(long, value_name = "DIR")]
        replay: Option<PathBuf>,
    },
}

/// Opening the window on a recorded machine: `AVSWITCH_REPLAY=DIR avswitch`.
const REPLAY_VARIABLE: &str = "AVSWITCH_REPLAY";

/// The machine to check: this one, or the one recorded in `replay`.
fn machine(replay: Option<&std::path::Path>, lang: Lang) -> Result<Arc<dyn System + Send>, String> {
    match replay {
        Some(folder) => match ReplaySystem::open(folder) {
            Ok(system) => Ok(Arc::new(system)),
            Err(e) => Err(lang.msg(&e.0)),
        },
        None => Ok(Arc::new(RealSystem)),
    }
}

fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::from_locale(code).ok_or_else(|| {
        let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        format!("\"{code}\" is not one of {}", known.join(", "))
    })
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    Md,
    Txt,
    Html,
    Json,
    Ics,
}

impl From<ExportFormat> for Format {
    fn from(format: ExportFormat) -> Self {
        match format {
            ExportFormat::Md => Format::Markdown,
            ExportFormat::Txt => Format::Text,
            ExportFormat::Html => Format::Html,
            ExportFormat::Json => Format::Json,
            ExportFormat::Ics => Format::Calendar,
        }
    }
}

fn main() -> ExitCode {
    if std::env::args_os().len() > 1 {
        attach_parent_console();
    }
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("avswitch: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    let advisory = Arc::new(Advisory::embedded().map_err(|e| e.to_string())?);
    let catalog = Arc::new(Catalog::embedded().map_err(|e| e.to_string())?);
    let system_lang = Lang::system();
    match cli.command {
        None => {
            let mut model = Model::new(advisory, Arc::clone(&catalog), Utc::now());
            model.system_lang = system_lang;
            let store = match Store::open_default() {
                Ok(store) => Some(store),
                Err(e) => {
                    let text = msg!("notice-no-store", error = e.0);
                    let _no_effect = model.apply(Action::Notice(text));
                    None
                }
            };
            let replay = std::env::var_os(REPLAY_VARIABLE).map(PathBuf::from);
            let system = machine(replay.as_deref(), system_lang)?;
            let scanner: avswitch::ui::Scanner =
                Arc::new(move |now| scan(system.as_ref(), &catalog, now, ScanOptions::default()));
            let services = avswitch::ui::Services {
                clock: Box::new(Utc::now),
                scanner,
                saver: avswitch::ui::Saver::system(),
            };
            avswitch::ui::run(model, services, store)
                .map_err(|e| t!(system_lang, "cli-window-failed", detail = e.to_string()))
        }
        Some(Command::Check {
            json,
            lang,
            record,
            replay,
        }) => {
            let lang = lang.unwrap_or(system_lang);
            let now = Utc::now();
            let options = ScanOptions::default();
            let found = match record {
                Some(folder) => {
                    let recorder = RecordingSystem::new(RealSystem);
                    let found = scan(&recorder, &catalog, now, options);
                    recorder.save(&folder).map_err(|e| lang.msg(&e.0))?;
                    let saved = t!(lang, "cli-recorded", path = folder.display().to_string());
                    eprintln!("avswitch: {saved}");
                    found
                }
                None => scan(
                    machine(replay.as_deref(), lang)?.as_ref(),
                    &catalog,
                    now,
                    options,
                ),
            };
            let text = if json {
                report::check_json(&found, &advisory, lang, now)
            } else {
                report::check_text(&found, &advisory, lang, now)
            };
            print_out(lang, &format!("{text}\n"))
        }
        Some(Command::Export {
            format,
            out,
            no_scan,
            lang,
            replay,
        }) => {
            let now = Utc::now();
            let mut model = Model::new(advisory, Arc::clone(&catalog), now);
            model.system_lang = system_lang;
            let mut store =
                Store::open_default().map_err(|e| lang.unwrap_or(system_lang).msg(&e.0))?;
            let loaded = store.load(now);
            let _no_scan_from_restore = model.restore(loaded.progress);
            // The flag wins over the language chosen in the window, which
            // wins over the system's.
            if let Some(lang) = lang {
                model.display.language = Some(lang);
            }
            let lang = model.lang();
            if let Some(notice) = loaded.notice {
                eprintln!("avswitch: {}", lang.msg(&notice));
            }
            if !no_scan {
                let system = machine(replay.as_deref(), lang)?;
                let report = scan(system.as_ref(), &catalog, now, ScanOptions::default());
                let _no_effect = model.apply(Action::ScanFinished(Arc::new(report)));
            }
            let zone = *now.with_timezone(&chrono::Local).offset();
            let text = export::render_model(&model, format.into(), zone);
            match out {
                // Written whole or not at all: a failure leaves no partial file.
                Some(path) => fsutil::write_atomic(&path, text.as_bytes()).map_err(|e| {
                    t!(
                        lang,
                        "cli-write-failed",
                        path = path.display().to_string(),
                        detail = e.to_string()
                    )
                }),
                None => print_out(lang, &text),
            }
        }
    }
}

fn print_out(lang: Lang, text: &str) -> Result<(), String> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|e| t!(lang, "cli-output-failed", detail = e.to_string()))
}

/// Lets `check`, `export` and `--help` print to the terminal that started
/// them, although the program has no console of its own on Windows.
#[cfg(windows)]
fn attach_parent_console() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: AttachConsole has no preconditions. It fails harmlessly when
    // there is no parent console (started from Explorer).
    let _attached = unsafe { AttachConsole(ATTACH_PARENT_PROCESS) };
}

#[cfg(not(windows))]
fn attach_parent_console() {}
