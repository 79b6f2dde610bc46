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
use avswitch::detect::system::RealSystem;
use avswitch::detect::{ScanOptions, scan};
use avswitch::export::Format;
use avswitch::i18n::Lang;
use avswitch::model::{Action, Model};
use avswitch::situation::{Answers, Region, UsPerson};
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
        #[command(flatten)]
        who: Who,
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
        #[command(flatten)]
        who: Who,
    },
}

/// Who the U.S. ban covers depends on the person: these answer the
/// window's question from the command line.
#[derive(clap::Args)]
struct Who {
    /// Where you use this computer most of the time: us, elsewhere or
    /// unknown (default: the answer saved in the window, else unknown).
    #[arg(long, value_enum)]
    region: Option<RegionArg>,
    /// Whether you are a U.S. citizen or permanent resident: yes or no
    /// (asked when the region is elsewhere).
    #[arg(long, value_enum)]
    us_person: Option<YesNo>,
}

#[derive(Clone, Copy, ValueEnum)]
enum RegionArg {
    Us,
    Elsewhere,
    Unknown,
}

#[derive(Clone, Copy, ValueEnum)]
enum YesNo {
    Yes,
    No,
}

impl Who {
    /// Puts the flags' answers over the saved ones.
    fn apply(&self, answers: &mut Answers) {
        if let Some(region) = self.region {
            answers.region = Some(match region {
                RegionArg::Us => Region::UnitedStates,
                RegionArg::Elsewhere => Region::Elsewhere,
                RegionArg::Unknown => Region::PreferNotToSay,
            });
        }
        if let Some(answer) = self.us_person {
            answers.us_person = Some(match answer {
                YesNo::Yes => UsPerson::Yes,
                YesNo::No => UsPerson::No,
            });
        }
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
            let scanner: avswitch::ui::Scanner =
                Arc::new(move |now| scan(&RealSystem, &catalog, now, ScanOptions::default()));
            let services = avswitch::ui::Services {
                clock: Box::new(Utc::now),
                scanner,
                saver: avswitch::ui::Saver::system(),
            };
            avswitch::ui::run(model, services, store)
                .map_err(|e| t!(system_lang, "cli-window-failed", detail = e.to_string()))
        }
        Some(Command::Check { json, lang, who }) => {
            let lang = lang.unwrap_or(system_lang);
            let now = Utc::now();
            let found = scan(&RealSystem, &catalog, now, ScanOptions::default());
            let mut answers = Answers::default();
            who.apply(&mut answers);
            let coverage = answers.coverage();
            let text = if json {
                report::check_json(&found, &advisory, coverage, lang, now)
            } else {
                report::check_text(&found, &advisory, coverage, lang, now)
            };
            print_out(lang, &format!("{text}\n"))
        }
        Some(Command::Export {
            format,
            out,
            no_scan,
            lang,
            who,
        }) => {
            let now = Utc::now();
            let mut model = Model::new(advisory, Arc::clone(&catalog), now);
            model.system_lang = system_lang;
            let mut store =
                Store::open_default().map_err(|e| lang.unwrap_or(system_lang).msg(&e.0))?;
            let loaded = store.load(now);
            let _no_scan_from_restore = model.restore(loaded.progress);
            who.apply(&mut model.answers);
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
                let report = scan(&RealSystem, &catalog, now, ScanOptions::default());
                let _no_effect = model.apply(Action::ScanFinished(Arc::new(report)));
            }
            let zone = *now.with_timezone(&chrono::Local).offset();
            let text = model.export(format.into(), zone);
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
