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
use avswitch::coverage::{Region, UsPerson};
use avswitch::detect::adapters::{RealSystem, RecordingSystem, ReplaySystem};
use avswitch::detect::catalog::Catalog;
use avswitch::detect::port::System;
use avswitch::detect::{ScanOptions, scan};
use avswitch::export::Format;
use avswitch::fsutil::{NewFile, ReadOnly};
use avswitch::i18n::{Lang, Msg};
use avswitch::model::{Action, Model};
use avswitch::situation::Answers;
use avswitch::store::Store;
use avswitch::{fsutil, msg, report, t};
use chrono::Utc;
use clap::error::ErrorKind;
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
    /// Before or after the command: `avswitch --lang es check` or
    /// `avswitch check --lang es`.
    #[arg(long, global = true, value_parser = parse_lang)]
    lang: Option<Lang>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    Check {
        #[arg(long)]
        json: bool,
        #[arg(long, conflicts_with = "json")]
        quiet: bool,
        #[arg(long, conflicts_with = "replay")]
        record: Option<PathBuf>,
        #[arg(long)]
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
        #[arg(long)]
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
    ("check", "quiet", "cli-check-quiet"),
    ("check", "record", "cli-check-record"),
    ("check", "replay", "cli-replay"),
    ("export", "format", "cli-export-format"),
    ("export", "out", "cli-export-out"),
    ("export", "no_scan", "cli-export-no-scan"),
    ("export", "replay", "cli-replay"),
    ("check", "region", "cli-region"),
    ("check", "us_person", "cli-us-person"),
    ("export", "region", "cli-region"),
    ("export", "us_person", "cli-us-person"),
];

/// The name each argument's value goes by in the help, by argument id and
/// Fluent text.
const VALUE_NAMES: &[(&str, &str)] = &[
    ("lang", "cli-value-language"),
    ("record", "cli-value-folder"),
    ("replay", "cli-value-folder"),
    ("format", "cli-value-format"),
    ("out", "cli-value-file"),
    ("region", "cli-value-region"),
    ("us_person", "cli-value-answer"),
];

/// After AV Switch's own flags, as clap places them.
const HELP_LAST: usize = 1000;

/// The command line with its help in `lang`: every word of it, the usage
/// lines and the names of values included; the flags stay as they are.
fn localised(lang: Lang) -> clap::Command {
    let template = format!(
        "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        t!(lang, "cli-usage")
    );
    let options = t!(lang, "cli-options");
    let named = |arg: Arg| match VALUE_NAMES.iter().find(|(id, _)| arg.get_id() == *id) {
        Some((_, name)) => arg.value_name(t!(lang, name)),
        None => arg,
    };
    let headed = |command: clap::Command| {
        command.help_template(&template).mut_args(|arg| {
            let takes_values = arg.get_action().takes_values();
            // Each help text names its values, in its language.
            named(arg)
                .help_heading(options.clone())
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
        .after_help(t!(lang, "cli-window"))
        .override_usage(usage(lang, None))
        .subcommand_help_heading(t!(lang, "cli-commands"))
        .mut_arg("lang", |arg| arg.help(t!(lang, "cli-lang")));
    for (name, about) in ABOUT {
        command = command.mut_subcommand(name, |sub| {
            headed(sub)
                .about(t!(lang, about))
                .override_usage(usage(lang, Some(name)))
        });
    }
    for (name, id, help) in HELP {
        command =
            command.mut_subcommand(name, |sub| sub.mut_arg(id, |arg| arg.help(t!(lang, help))));
    }
    command
}

/// How a command is written, in `lang`'s words for its parts: `avswitch
/// [OPTIONS] [COMMAND]`, `avswitch check [OPTIONS]`.
fn usage(lang: Lang, subcommand: Option<&str>) -> String {
    let options = t!(lang, "cli-placeholder-options");
    match subcommand {
        None => format!(
            "avswitch [{options}] [{}]",
            t!(lang, "cli-placeholder-command")
        ),
        Some("export") => format!(
            "avswitch export --format <{}> [{options}]",
            t!(lang, "cli-value-format")
        ),
        Some(name) => format!("avswitch {name} [{options}]"),
    }
}

/// A mistake on the command line, said in `lang` and in plain words, with
/// how the command is written and where to read more. clap's own words
/// come only where nothing better is known, on their own line.
fn argument_error(lang: Lang, error: &clap::Error, args: &[OsString]) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let get = |kind| match error.get(kind) {
        Some(ContextValue::String(text)) => Some(text.clone()),
        Some(ContextValue::Strings(texts)) => texts.first().cloned(),
        Some(ContextValue::StyledStr(text)) => Some(text.to_string()),
        _ => None,
    };
    let all = |kind| match error.get(kind) {
        Some(ContextValue::Strings(texts)) => texts.clone(),
        Some(ContextValue::String(text)) => vec![text.clone()],
        _ => Vec::new(),
    };
    // "--region <REGION>" is "--region" to the person.
    let flag = |text: String| text.split(' ').next().unwrap_or_default().to_owned();
    // Which command the mistake is in: the first word that names one.
    let subcommand = args
        .iter()
        .skip(1)
        .filter_map(|arg| arg.to_str())
        .find_map(|arg| ["check", "export"].into_iter().find(|name| *name == arg));
    let command = match subcommand {
        Some(name) => format!("avswitch {name}"),
        None => "avswitch".to_owned(),
    };
    let mut lines = Vec::new();
    match error.kind() {
        ErrorKind::UnknownArgument => {
            let argument = get(ContextKind::InvalidArg).unwrap_or_default();
            lines.push(t!(
                lang,
                "cli-error-unknown-argument",
                argument = argument,
                command = &command
            ));
            if let Some(suggested) = get(ContextKind::SuggestedArg) {
                lines.push(t!(
                    lang,
                    "cli-error-did-you-mean",
                    suggestion = flag(suggested)
                ));
            }
        }
        ErrorKind::InvalidSubcommand => {
            let given = get(ContextKind::InvalidSubcommand).unwrap_or_default();
            lines.push(t!(lang, "cli-error-unknown-command", command = given));
            if let Some(suggested) = get(ContextKind::SuggestedSubcommand) {
                lines.push(t!(lang, "cli-error-did-you-mean", suggestion = suggested));
            }
        }
        ErrorKind::InvalidValue => {
            let argument = flag(get(ContextKind::InvalidArg).unwrap_or_default());
            let value = get(ContextKind::InvalidValue).unwrap_or_default();
            let possible = all(ContextKind::ValidValue);
            let possible: Vec<&str> = possible.iter().map(String::as_str).collect();
            lines.push(t!(
                lang,
                "cli-error-invalid-value",
                value = value,
                argument = argument,
                values = join_or(lang, &possible)
            ));
        }
        ErrorKind::ValueValidation => {
            // The reason is AV Switch's own (an unknown language), in words.
            let reason = std::error::Error::source(error).map(ToString::to_string);
            lines.push(reason.unwrap_or_else(|| t!(lang, "cli-error-other")));
        }
        ErrorKind::MissingRequiredArgument => {
            let missing: Vec<String> = all(ContextKind::InvalidArg).into_iter().map(flag).collect();
            let missing: Vec<&str> = missing.iter().map(String::as_str).collect();
            lines.push(t!(
                lang,
                "cli-error-missing",
                arguments = join_and(lang, &missing),
                count = missing.len()
            ));
        }
        ErrorKind::ArgumentConflict => {
            let first = flag(get(ContextKind::InvalidArg).unwrap_or_default());
            let second = flag(get(ContextKind::PriorArg).unwrap_or_default());
            lines.push(t!(
                lang,
                "cli-error-conflict",
                first = first,
                second = second
            ));
        }
        ErrorKind::NoEquals
        | ErrorKind::TooManyValues
        | ErrorKind::TooFewValues
        | ErrorKind::WrongNumberOfValues => {
            let argument = flag(get(ContextKind::InvalidArg).unwrap_or_default());
            lines.push(t!(lang, "cli-error-value-form", argument = argument));
        }
        _ => {
            lines.push(t!(lang, "cli-error-other"));
            let words = error.render().to_string();
            lines.push(format!(
                "  {}: {}",
                t!(lang, "notice-details"),
                words.trim()
            ));
        }
    }
    lines.push(format!(
        "{}: {}",
        t!(lang, "cli-usage"),
        usage(lang, subcommand)
    ));
    lines.push(t!(
        lang,
        "cli-error-help",
        help = format!("{command} --help")
    ));
    lines.join("\n")
}

/// "A, B or C" in `lang`.
fn join_or(lang: Lang, words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => t!(lang, "list-or", first = rest.join(", "), last = *last),
    }
}

/// "A, B and C" in `lang`.
fn join_and(lang: Lang, words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => t!(lang, "list-and", first = rest.join(", "), last = *last),
    }
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
        Some(folder) if !folder.exists() => Err(folder_missing(lang, folder)),
        Some(folder) => match ReplaySystem::open(folder) {
            Ok(system) => Ok(Arc::new(system)),
            Err(e) => Err(lang.msg(&e.0)),
        },
        None => Ok(Arc::new(RealSystem)),
    }
}

/// "The folder … does not exist", rather than the system's "entity not found".
fn folder_missing(lang: Lang, folder: &std::path::Path) -> String {
    t!(
        lang,
        "cli-folder-missing",
        path = folder.display().to_string()
    )
}

/// The recorded computer `AVSWITCH_REPLAY` names, if set: the window,
/// `check` and `export` all check it instead of this one.
fn replay_from_environment() -> Option<PathBuf> {
    std::env::var_os(REPLAY_VARIABLE)
        .filter(|folder| !folder.is_empty())
        .map(PathBuf::from)
        .map(|folder| std::path::absolute(&folder).unwrap_or(folder))
}

/// Whether this Linux or BSD session has no display to open a window on.
#[cfg(all(unix, not(target_os = "macos")))]
fn no_display() -> bool {
    ["DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"]
        .iter()
        .all(|name| std::env::var_os(name).is_none_or(|value| value.is_empty()))
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn no_display() -> bool {
    false
}

/// A library's error without the places in its source it names
/// ("os error at /…/winit/src/…/mod.rs:765: …"): the person can do
/// nothing with them.
fn without_source_places(detail: &str) -> String {
    detail
        .split(": ")
        .filter(|part| !part.contains(".rs:"))
        .collect::<Vec<_>>()
        .join(": ")
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
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            e.exit()
        }
        Err(e) => {
            eprintln!("avswitch: {}", argument_error(lang, &e, &args));
            // clap's own code for a mistake on the command line.
            return ExitCode::from(2);
        }
    };
    match run(cli) {
        Ok(status) => ExitCode::from(status),
        Err(message) => {
            eprintln!("avswitch: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Runs the command; `check` ends with the status of what it found
/// (`report::CheckStatus`), the others with 0.
fn run(cli: Cli) -> Result<u8, String> {
    let advisory = Arc::new(Advisory::embedded().map_err(|e| e.to_string())?);
    let catalog = Arc::new(Catalog::embedded().map_err(|e| e.to_string())?);
    let system_lang = cli.lang.unwrap_or_else(Lang::system);
    match cli.command {
        None => {
            if no_display() {
                return Err(t!(system_lang, "cli-no-display"));
            }
            let mut model = Model::new(advisory, Arc::clone(&catalog), Utc::now());
            model.system_lang = system_lang;
            let replay = replay_from_environment();
            let system = machine(replay.as_deref(), system_lang)?;
            // A recorded computer is planned from its own check alone: the
            // window neither reads nor writes this computer's progress.
            let store = match (&replay, Store::open_default()) {
                (Some(folder), opened) => {
                    // How the person reads (language, text size) is kept.
                    if let Ok(store) = opened {
                        model.display = store.read().progress.display;
                    }
                    model.seen.machine.os = Some(system.os());
                    let folder = folder.display().to_string();
                    let text = msg!("notice-replaying", folder = folder);
                    let _no_effect = model.apply(Action::Notice(text));
                    None
                }
                (None, Ok(store)) => Some(store),
                (None, Err(e)) => {
                    let text = msg!("notice-no-store", error = e.0);
                    let _no_effect = model.apply(Action::Notice(text));
                    None
                }
            };
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
                launcher: avswitch::ui::system_launcher(),
                print_folder,
            };
            avswitch::ui::run(model, services, store)
                .map(|()| 0)
                .map_err(|e| {
                    let detail = without_source_places(&e.to_string());
                    say(system_lang, &msg!("cli-window-failed", detail = detail))
                })
        }
        Some(Command::Check {
            json,
            quiet,
            record,
            replay,
            who,
        }) => {
            let lang = system_lang;
            let replay = replay.or_else(replay_from_environment);
            if record.is_some() && replay.is_some() {
                return Err(t!(lang, "cli-record-replaying"));
            }
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
            let status = report::CheckStatus::of(&found, coverage) as u8;
            if quiet {
                return Ok(status);
            }
            let text = if json {
                report::check_json(&found, &advisory, coverage, lang, now)
            } else {
                report::check_text(&found, &advisory, coverage, lang, now)
            };
            print_out(lang, &format!("{text}\n")).map(|()| status)
        }
        Some(Command::Export {
            format,
            out,
            no_scan,
            replay,
            who,
        }) => {
            let lang = cli.lang;
            let replay = replay.or_else(replay_from_environment);
            let now = Utc::now();
            let mut model = Model::new(advisory, Arc::clone(&catalog), now);
            model.system_lang = system_lang;
            let store =
                Store::open_default().map_err(|e| say(lang.unwrap_or(system_lang), &e.0))?;
            // Only read: a newer or damaged file is the window's to set aside.
            let loaded = store.read();
            if replay.is_some() {
                // A recorded computer is planned from its own check and the
                // flags alone, never from this computer's saved evidence or
                // answers; only how the person reads (the language) is kept.
                model.display = loaded.progress.display;
            } else {
                let _no_scan_from_restore = model.restore(loaded.progress);
            }
            who.apply(&mut model.answers);
            // The flag wins over the language chosen in the window, which
            // wins over the system's.
            if let Some(lang) = lang {
                model.display.language = Some(lang);
            }
            let lang = model.lang();
            // A replay reads none of the saved progress, so nothing to say.
            if let Some(notice) = loaded.notice.filter(|_| replay.is_none()) {
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
                    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
                    if let Some(folder) = folder.filter(|folder| !folder.exists()) {
                        return Err(folder_missing(lang, folder));
                    }
                    fsutil::write_file(&path, text.as_bytes(), ReadOnly::Refuse, NewFile::Usual)
                        .map_err(|e| say(lang, &e.msg(&path)))
                }
                None => print_out(lang, &text),
            }
            .map(|()| 0)
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
