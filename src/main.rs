//! `avswitch` opens the window; `avswitch check` prints what protects this
//! computer; `avswitch export` writes the checklist as a file.

// A window program on Windows: no console window opens with it. The command
// line subcommands reattach to the terminal they were started from.
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use avswitch::advisory::Advisory;
use avswitch::detect::catalog::Catalog;
use avswitch::detect::replay::{RecordingSystem, ReplaySystem};
use avswitch::detect::system::{RealSystem, System};
use avswitch::detect::{ScanOptions, scan};
use avswitch::export::Format;
use avswitch::fsutil::{NewFile, ReadOnly};
use avswitch::i18n::{Lang, Msg};
use avswitch::model::{Action, Model};
use avswitch::situation::{Answers, Region, UsPerson};
use avswitch::store::Store;
use avswitch::{fsutil, msg, report, t};
use chrono::Utc;
use clap::{Arg, ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

/// Help texts are English here and put into the person's language by
/// [`localised`]; flags stay English.
#[derive(Parser)]
#[command(
    name = "avswitch",
    version,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    Check {
        #[arg(long)]
        json: bool,
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
        #[arg(long, value_name = "DIR", conflicts_with = "replay")]
        record: Option<PathBuf>,
        #[arg(long, value_name = "DIR")]
        replay: Option<PathBuf>,
        #[command(flatten)]
        who: Who,
    },
    Export {
        #[arg(long, value_enum)]
        format: ExportFormat,
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long)]
        no_scan: bool,
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
        #[arg(long, value_name = "DIR")]
        replay: Option<PathBuf>,
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

/// What each subcommand does, by its Fluent text.
const ABOUT: &[(&str, &str)] = &[("check", "cli-check"), ("export", "cli-export")];

/// Each argument's help, by subcommand, argument id and Fluent text. A new
/// flag needs a row here and its text in every language.
const HELP: &[(&str, &str, &str)] = &[
    ("check", "json", "cli-check-json"),
    ("check", "lang", "cli-check-lang"),
    ("check", "record", "cli-check-record"),
    ("check", "replay", "cli-replay"),
    ("export", "format", "cli-export-format"),
    ("export", "out", "cli-export-out"),
    ("export", "no_scan", "cli-export-no-scan"),
    ("export", "lang", "cli-export-lang"),
    ("export", "replay", "cli-replay"),
    ("check", "region", "cli-region"),
    ("check", "us_person", "cli-us-person"),
    ("export", "region", "cli-region"),
    ("export", "us_person", "cli-us-person"),
];

/// After AV Switch's own flags, as clap places them.
const HELP_LAST: usize = 1000;

/// The command line with its help in `lang`.
fn localised(lang: Lang) -> clap::Command {
    let template = format!(
        "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}",
        t!(lang, "cli-usage")
    );
    let options = t!(lang, "cli-options");
    let headed = |command: clap::Command| {
        command.help_template(&template).mut_args(|arg| {
            let takes_values = arg.get_action().takes_values();
            // Each help text names its values, in its language.
            arg.help_heading(options.clone())
                .hide_possible_values(takes_values)
        })
    };
    // clap's own --help and --version, but with their help in words too.
    let help = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .global(true)
        .display_order(HELP_LAST)
        .help(t!(lang, "cli-help"));
    let version = Arg::new("version")
        .short('V')
        .long("version")
        .action(ArgAction::Version)
        .display_order(HELP_LAST)
        .help(t!(lang, "cli-version"));
    let mut command = headed(Cli::command().arg(help).arg(version))
        .about(t!(lang, "cli-about"))
        .subcommand_help_heading(t!(lang, "cli-commands"));
    for (name, about) in ABOUT {
        command = command.mut_subcommand(name, |sub| headed(sub).about(t!(lang, about)));
    }
    for (name, id, help) in HELP {
        command =
            command.mut_subcommand(name, |sub| sub.mut_arg(id, |arg| arg.help(t!(lang, help))));
    }
    command
}

/// The language `--lang` names, read before parsing so that help and
/// mistakes are told in it too.
fn lang_asked(args: &[OsString]) -> Option<Lang> {
    let args: Vec<_> = args.iter().map(|a| a.to_string_lossy()).collect();
    args.iter()
        .enumerate()
        .find_map(|(i, arg)| match arg.strip_prefix("--lang")? {
            "" => args.get(i + 1).and_then(|value| Lang::from_locale(value)),
            rest => rest.strip_prefix('=').and_then(Lang::from_locale),
        })
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
        t!(
            Lang::system(),
            "cli-bad-lang",
            code = code,
            known = known.join(", ")
        )
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
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = lang_asked(&args).unwrap_or_else(Lang::system);
    let cli = match localised(lang)
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
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
            let replay = std::env::var_os(REPLAY_VARIABLE)
                .map(PathBuf::from)
                .map(|folder| std::path::absolute(&folder).unwrap_or(folder));
            let system = machine(replay.as_deref(), system_lang)?;
            let scanner: avswitch::ui::Scanner =
                Arc::new(move |now| scan(system.as_ref(), &catalog, now, ScanOptions::default()));
            let saver = avswitch::ui::Saver::system();
            let print_folder = Store::print_folder();
            // Where there is no desktop portal, the save window is zenity's,
            // which starts in the current folder: make that the Documents
            // folder, as the portal's, once and before any other thread
            // runs. AV Switch itself uses no relative paths from here on.
            let _starts_elsewhere_without_it = std::env::set_current_dir(&saver.documents);
            let services = avswitch::ui::Services {
                clock: Box::new(Utc::now),
                scanner,
                saver,
                opener: avswitch::ui::system_opener(),
                print_folder,
            };
            avswitch::ui::run(model, services, store)
                .map_err(|e| t!(system_lang, "cli-window-failed", detail = e.to_string()))
        }
        Some(Command::Check {
            json,
            lang,
            record,
            replay,
            who,
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
            replay,
            who,
        }) => {
            let now = Utc::now();
            let mut model = Model::new(advisory, Arc::clone(&catalog), now);
            model.system_lang = system_lang;
            let store =
                Store::open_default().map_err(|e| say(lang.unwrap_or(system_lang), &e.0))?;
            // Only read: a newer or damaged file is the window's to set aside.
            let loaded = store.read();
            let _no_scan_from_restore = model.restore(loaded.progress);
            who.apply(&mut model.answers);
            // The flag wins over the language chosen in the window, which
            // wins over the system's.
            if let Some(lang) = lang {
                model.display.language = Some(lang);
            }
            let lang = model.lang();
            if let Some(notice) = loaded.notice {
                eprintln!("avswitch: {}", say(lang, &notice));
            }
            if !no_scan {
                let system = machine(replay.as_deref(), lang)?;
                let report = scan(system.as_ref(), &catalog, now, ScanOptions::default());
                let _no_effect = model.apply(Action::ScanFinished(Arc::new(report)));
            }
            let zone = *now.with_timezone(&chrono::Local).offset();
            let text = model.export(format.into(), zone);
            match out.filter(|path| path.as_os_str() != "-") {
                Some(path) => {
                    fsutil::write_file(&path, text.as_bytes(), ReadOnly::Refuse, NewFile::Usual)
                        .map_err(|e| say(lang, &e.msg(&path)))
                }
                None => print_out(lang, &text),
            }
        }
    }
}

/// A message for the terminal: the plain words, then the system's own.
fn say(lang: Lang, message: &Msg) -> String {
    let text = lang.msg(message);
    match lang.detail(message) {
        Some(detail) => format!("{text}\n  {}: {detail}", t!(lang, "notice-details")),
        None => text,
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
