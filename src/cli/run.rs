//! One function per command: the window, `check` and `export`.

use super::*;

/// Opening the window on a recorded machine: `AVSWITCH_REPLAY=DIR avswitch`.
pub(super) const REPLAY_VARIABLE: &str = "AVSWITCH_REPLAY";

/// The machine to check: this one, or the one recorded in `replay`.
pub(super) fn machine(
    replay: Option<&std::path::Path>,
    lang: Lang,
) -> Result<Arc<dyn System + Send>, String> {
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
pub(super) fn folder_missing(lang: Lang, folder: &std::path::Path) -> String {
    t!(
        lang,
        "cli-folder-missing",
        path = folder.display().to_string()
    )
}

/// The recorded computer `AVSWITCH_REPLAY` names, if set: the window,
/// `check` and `export` all check it instead of this one.
pub(super) fn replay_from_environment() -> Option<PathBuf> {
    std::env::var_os(REPLAY_VARIABLE)
        .filter(|folder| !folder.is_empty())
        .map(PathBuf::from)
        .map(|folder| std::path::absolute(&folder).unwrap_or(folder))
}

/// Whether this Linux or BSD session has no display to open a window on.
#[cfg(all(feature = "gui", unix, not(target_os = "macos")))]
pub(super) fn no_display() -> bool {
    ["DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"]
        .iter()
        .all(|name| std::env::var_os(name).is_none_or(|value| value.is_empty()))
}

#[cfg(all(feature = "gui", not(all(unix, not(target_os = "macos")))))]
pub(super) fn no_display() -> bool {
    false
}

/// A library's error without the places in its source it names
/// ("os error at /…/winit/src/…/mod.rs:765: …"): the person can do
/// nothing with them.
#[cfg(feature = "gui")]
pub(super) fn without_source_places(detail: &str) -> String {
    detail
        .split(": ")
        .filter(|part| !part.contains(".rs:"))
        .collect::<Vec<_>>()
        .join(": ")
}

/// Runs the command; `check` ends with the status of what it found
/// (`report::CheckStatus`), the others with 0.
pub(super) fn run(cli: Cli) -> Result<u8, String> {
    let advisory = Arc::new(Advisory::embedded().map_err(|e| e.to_string())?);
    let catalog = Catalog::embedded();
    match cli.command {
        None => window(cli.lang, advisory, catalog),
        Some(Command::Check {
            json,
            quiet,
            record,
            replay,
            who,
        }) => {
            let replay = replay.or_else(replay_from_environment);
            let store = Store::open_default().ok();
            let settings = Settings::resolve(cli.lang, &who, store.as_ref(), replay.is_some());
            let output = if quiet {
                CheckOutput::Quiet
            } else if json {
                CheckOutput::Json
            } else {
                CheckOutput::Text
            };
            check(&settings, &advisory, catalog, output, record, replay)
        }
        Some(Command::Export {
            format,
            out,
            no_scan,
            replay,
            who,
        }) => {
            let replay = replay.or_else(replay_from_environment);
            let lang = cli.lang.unwrap_or_else(Lang::system);
            let store = Store::open_default().map_err(|e| say(lang, &e.0))?;
            let settings = Settings::resolve(cli.lang, &who, Some(&store), replay.is_some());
            let scan_of = (!no_scan).then_some(replay);
            export(&settings, advisory, catalog, format.into(), out, scan_of)
        }
    }
}

/// A build without the window (`--no-default-features`) says so.
#[cfg(not(feature = "gui"))]
fn window(flag: Option<Lang>, _: Arc<Advisory>, _: &'static Catalog) -> Result<u8, String> {
    Err(t!(flag.unwrap_or_else(Lang::system), "cli-no-window"))
}

/// The window, checking this computer or the recorded one
/// `AVSWITCH_REPLAY` names.
#[cfg(feature = "gui")]
fn window(
    flag: Option<Lang>,
    advisory: Arc<Advisory>,
    catalog: &'static Catalog,
) -> Result<u8, String> {
    let system_lang = flag.unwrap_or_else(Lang::system);
    if no_display() {
        return Err(t!(system_lang, "cli-no-display"));
    }
    let mut model = Model::new(advisory, catalog, Utc::now());
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
            let text = avswitch::msg!("notice-replaying", folder = folder);
            let _no_effect = model.apply(Action::Notice(text));
            None
        }
        (None, Ok(store)) => Some(store),
        (None, Err(e)) => {
            let text = avswitch::msg!("notice-no-store", error = e.0);
            let _no_effect = model.apply(Action::Notice(text));
            None
        }
    };
    let scanner: avswitch::ui::Scanner =
        Arc::new(move |now| scan(system.as_ref(), catalog, now, ScanOptions::default()));
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
            say(
                system_lang,
                &avswitch::msg!("cli-window-failed", detail = detail),
            )
        })
}

/// What `check` prints.
pub(super) enum CheckOutput {
    Text,
    Json,
    /// Nothing: the exit status says it all.
    Quiet,
}

/// Checks this computer, recording what it read in `record`, or the
/// recorded computer in `replay`; exits with what it found.
fn check(
    settings: &Settings,
    advisory: &Advisory,
    catalog: &Catalog,
    output: CheckOutput,
    record: Option<PathBuf>,
    replay: Option<PathBuf>,
) -> Result<u8, String> {
    let lang = settings.lang;
    if record.is_some() && replay.is_some() {
        return Err(t!(lang, "cli-record-replaying"));
    }
    let now = Utc::now();
    let options = ScanOptions::default();
    let found = match record {
        Some(folder) => {
            let recorder = RecordingSystem::new(RealSystem);
            let found = scan(&recorder, catalog, now, options);
            recorder.save(&folder).map_err(|e| lang.msg(&e.0))?;
            let saved = t!(lang, "cli-recorded", path = folder.display().to_string());
            eprintln!("avswitch: {saved}");
            found
        }
        None => scan(
            machine(replay.as_deref(), lang)?.as_ref(),
            catalog,
            now,
            options,
        ),
    };
    let coverage = settings.answers.coverage();
    let status = report::CheckStatus::of(&found, coverage) as u8;
    let text = match output {
        CheckOutput::Quiet => return Ok(status),
        CheckOutput::Json => report::check_json(&found, advisory, coverage, lang, now),
        CheckOutput::Text => report::check_text(&found, advisory, coverage, lang, now),
    };
    if let Some(notice) = &settings.notice {
        eprintln!("avswitch: {}", say(lang, notice));
    }
    print_out(lang, &format!("{text}\n")).map(|()| status)
}

/// Writes the plan as `format` to `out` (or the terminal), after a check of
/// this computer or the recorded one (`scan_of`: `Some(replay)`), or none.
fn export(
    settings: &Settings,
    advisory: Arc<Advisory>,
    catalog: &'static Catalog,
    format: Format,
    out: Option<PathBuf>,
    scan_of: Option<Option<PathBuf>>,
) -> Result<u8, String> {
    let now = Utc::now();
    let mut model = Model::new(advisory, catalog, now);
    if let Some(saved) = settings.saved.clone() {
        let _no_scan_from_restore = model.restore(saved);
    }
    model.display = settings.display;
    model.display.language = Some(settings.lang);
    model.answers = settings.answers.clone();
    let lang = model.lang();
    if let Some(notice) = &settings.notice {
        eprintln!("avswitch: {}", say(lang, notice));
    }
    if let Some(replay) = scan_of {
        let system = machine(replay.as_deref(), lang)?;
        let report = scan(system.as_ref(), catalog, now, ScanOptions::default());
        let _no_effect = model.apply(Action::ScanFinished(Arc::new(report)));
    }
    let zone = *now.with_timezone(&chrono::Local).offset();
    let text = model.export(format, zone);
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

/// A message for the terminal: the plain words, then the system's own.
pub(super) fn say(lang: Lang, message: &Msg) -> String {
    let text = lang.msg(message);
    match lang.detail(message) {
        Some(detail) => {
            let details = avswitch::humanize::labelled(lang, &t!(lang, "notice-details"), &detail);
            format!("{text}\n  {details}")
        }
        None => text,
    }
}

pub(super) fn print_out(lang: Lang, text: &str) -> Result<(), String> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|e| t!(lang, "cli-output-failed", detail = e.to_string()))
}
