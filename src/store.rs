//! The person's progress on disk: versioned JSON, written atomically, and
//! never silently lost. A file that can't be read is moved aside by the
//! window, not overwritten; the command line only reads.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::fsutil::{NewFile, ReadOnly, WriteError};
use crate::i18n::{Lang, Msg};
use crate::msg;
use crate::plan::ItemId;
use crate::situation::{Answers, Choice, Seen};
use crate::step::Step;

/// Version 2 added definitions that were never updated and registrations
/// left behind to what a check saw; version 1 files read the same.
pub const PROGRESS_VERSION: u32 = 2;
const OLDEST_READ: u64 = 1;
const FILE_NAME: &str = "progress.json";
/// Overrides where progress is kept (for portable use and tests).
pub const DATA_DIR_VARIABLE: &str = "AVSWITCH_DATA_DIR";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub version: u32,
    pub step: Step,
    #[serde(default)]
    pub answers: Answers,
    #[serde(default)]
    pub choice: Option<Choice>,
    /// Ticked items, by stable id, with when they were ticked.
    #[serde(default)]
    pub done: BTreeMap<ItemId, DateTime<Utc>>,
    #[serde(default)]
    pub finish_by: Option<NaiveDate>,
    #[serde(default)]
    pub seen: Seen,
    #[serde(default)]
    pub display: Display,
}

/// How the window looks: kept across starts, and kept by "Start over".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Display {
    #[serde(default)]
    pub theme: ThemeChoice,
    /// Size of text and controls in percent; Ctrl + and Ctrl - change it too.
    #[serde(default = "normal_size")]
    pub text_size_percent: u16,
    /// The language chosen in the window; `None` follows the system.
    #[serde(default)]
    pub language: Option<Lang>,
}

fn normal_size() -> u16 {
    100
}

impl Default for Display {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::System,
            text_size_percent: normal_size(),
            language: None,
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThemeChoice {
    /// Follow the system's light or dark setting.
    #[default]
    System,
    Light,
    Dark,
}

impl Default for Progress {
    fn default() -> Self {
        Self {
            version: PROGRESS_VERSION,
            step: Step::Welcome,
            answers: Answers::default(),
            choice: None,
            done: BTreeMap::new(),
            finish_by: None,
            seen: Seen::default(),
            display: Display::default(),
        }
    }
}

/// Why progress cannot be kept, in words the person can act on.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct StoreError(pub Msg);

/// What loading found, and anything the person should be told once.
#[derive(Debug)]
pub struct Loaded {
    pub progress: Progress,
    pub notice: Option<Msg>,
}

#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
    /// `progress.json`, or, when a newer AV Switch saved that, a file of
    /// this version's own beside it, so the newer one's is never touched.
    file: String,
    /// False when a damaged file could not be moved aside: then nothing is
    /// written, so the person's old file is never overwritten.
    writable: bool,
    /// How many times progress was written, by this store and its clones.
    writes: Arc<AtomicUsize>,
}

impl Store {
    /// `AVSWITCH_DATA_DIR` when set, else the platform's data folder.
    pub fn open_default() -> Result<Self, StoreError> {
        if let Some(dir) = std::env::var_os(DATA_DIR_VARIABLE).filter(|d| !d.is_empty()) {
            // Made absolute now: the save window may change the current folder.
            let dir = PathBuf::from(dir);
            return Ok(Self::at(std::path::absolute(&dir).unwrap_or(dir)));
        }
        directories::ProjectDirs::from("", "", "AV Switch")
            .map(|dirs| Self::at(dirs.data_dir().to_path_buf()))
            .ok_or_else(|| StoreError(Msg::of("store-no-data-dir")))
    }

    /// Where the printable page is written: `print` in `AVSWITCH_DATA_DIR`
    /// when that is set, else in the platform's cache folder, else in the
    /// temporary folder. Whichever it is, only the person may open it.
    pub fn print_folder() -> PathBuf {
        if let Some(dir) = std::env::var_os(DATA_DIR_VARIABLE).filter(|d| !d.is_empty()) {
            let dir = PathBuf::from(dir);
            return std::path::absolute(&dir).unwrap_or(dir).join("print");
        }
        directories::ProjectDirs::from("", "", "AV Switch").map_or_else(
            || std::env::temp_dir().join("avswitch-print"),
            |dirs| dirs.cache_dir().join("print"),
        )
    }

    pub fn at(dir: PathBuf) -> Self {
        Self {
            dir,
            file: FILE_NAME.to_owned(),
            writable: true,
            writes: Arc::default(),
        }
    }

    /// How many times progress was written since this store was opened
    /// (counted across its clones).
    pub fn writes(&self) -> usize {
        self.writes.load(Ordering::Relaxed)
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(&self.file)
    }

    /// Reads progress for the window, which then writes its own: a file
    /// that can't be read is moved aside (and kept), so it is not replaced;
    /// a newer AV Switch's file is left as it is, and this one keeps its
    /// progress beside it.
    pub fn load(&mut self, now: DateTime<Utc>) -> Loaded {
        match self.read_file() {
            Found::Unopenable(notice) => {
                self.writable = false;
                fresh(Some(notice))
            }
            Found::Unreadable(problem) => fresh(Some(self.set_aside(problem, now))),
            Found::Newer(version) => self.beside_newer(version, |store| store.load(now)),
            // Some values were left out: the file as it was is kept beside
            // it before this window writes its own.
            Found::Progress(progress, left_out) if !left_out.is_empty() => {
                let kept = self.free_backup_name(now);
                let notice = match std::fs::copy(self.path(), &kept) {
                    Ok(_) => msg!(
                        "store-left-out-kept",
                        count = left_out.len(),
                        kept = kept.display().to_string(),
                        detail = left_out.join(", ")
                    ),
                    Err(_) => left_out_notice(&left_out),
                };
                Loaded {
                    progress: *progress,
                    notice: Some(notice),
                }
            }
            found => self.loaded(found),
        }
    }

    /// Reads progress and changes nothing: a damaged file, or one from a
    /// newer AV Switch, is reported and left where it is. The command line
    /// uses this, so it never disturbs what a newer window saved.
    pub fn read(&self) -> Loaded {
        match self.read_file() {
            Found::Newer(version) => self.clone().beside_newer(version, |store| store.read()),
            found => self.loaded(found),
        }
    }

    /// Switches to this version's own file beside a newer one, reads it
    /// with `read`, and says why.
    fn beside_newer(&mut self, version: u64, read: impl FnOnce(&mut Self) -> Loaded) -> Loaded {
        let newer = self.path();
        self.file = format!("progress-v{PROGRESS_VERSION}.json");
        let loaded = read(self);
        let detail = msg!(
            "store-detail-format",
            found = version,
            read = PROGRESS_VERSION
        );
        let mut notice = msg!(
            "store-newer-kept",
            newer = newer.display().to_string(),
            own = self.path().display().to_string(),
            detail = detail
        );
        if let Some(also) = loaded.notice {
            notice = msg!("store-two-notices", first = notice, second = also);
        }
        Loaded {
            notice: Some(notice),
            ..loaded
        }
    }

    fn loaded(&self, found: Found) -> Loaded {
        match found {
            Found::Nothing => fresh(None),
            Found::Progress(progress, left_out) => Loaded {
                progress: *progress,
                notice: (!left_out.is_empty()).then(|| left_out_notice(&left_out)),
            },
            Found::Unopenable(notice) => fresh(Some(notice)),
            Found::Unreadable(problem) => fresh(Some(msg!(
                "store-left-as-is",
                problem = problem,
                path = self.path().display().to_string()
            ))),
            // Handled before: a newer file is read beside.
            Found::Newer(_) => fresh(None),
        }
    }

    fn read_file(&self) -> Found {
        let path = self.path();
        match std::fs::read(&path) {
            Ok(bytes) => parse(&bytes),
            // No file, or no folder for it (a file in its place): nothing saved.
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) =>
            {
                Found::Nothing
            }
            Err(e) => Found::Unopenable(msg!(
                "store-unopenable",
                path = path.display().to_string(),
                detail = crate::fsutil::detail(&e)
            )),
        }
    }

    /// Moves an unreadable file aside under a name of its own, and says where.
    fn set_aside(&mut self, problem: Msg, now: DateTime<Utc>) -> Msg {
        let path = self.path();
        let aside = self.free_backup_name(now);
        match std::fs::rename(&path, &aside) {
            Ok(()) => msg!(
                "store-set-aside",
                problem = problem,
                aside = aside.display().to_string()
            ),
            Err(e) => {
                self.writable = false;
                msg!(
                    "store-set-aside-failed",
                    problem = problem,
                    detail = crate::fsutil::detail(&e),
                    path = path.display().to_string()
                )
            }
        }
    }

    /// `progress.unreadable-<time>.json`, with a counter when a file of that
    /// second is already kept, so no kept file is ever replaced.
    fn free_backup_name(&self, now: DateTime<Utc>) -> PathBuf {
        let stamp = now.format("%Y%m%d-%H%M%S");
        (1..=u32::MAX)
            .map(|n| match n {
                1 => format!("progress.unreadable-{stamp}.json"),
                n => format!("progress.unreadable-{stamp}-{n}.json"),
            })
            .map(|name| self.dir.join(name))
            .find(|aside| std::fs::symlink_metadata(aside).is_err())
            .unwrap_or_else(|| self.dir.join(format!("progress.unreadable-{stamp}.json")))
    }

    /// Writes to a temporary file in the same folder, then renames it over
    /// the old one: a crash leaves either the old file or the new, never half.
    pub fn save(&self, progress: &Progress) -> Result<(), StoreError> {
        if !self.writable {
            return Err(StoreError(Msg::of("store-saving-off")));
        }
        let folder = self.dir.display().to_string();
        let fail = |e: &std::io::Error| cannot_save(&folder, e);
        std::fs::create_dir_all(&self.dir).map_err(|e| fail(&e))?;
        let json =
            serde_json::to_vec_pretty(progress).map_err(|e| fail(&std::io::Error::other(e)))?;
        let written =
            crate::fsutil::write_file(&self.path(), &json, ReadOnly::Refuse, NewFile::Private);
        self.writes.fetch_add(1, Ordering::Relaxed);
        match written {
            Ok(()) => Ok(()),
            Err(WriteError::Io(e)) => Err(fail(&e)),
            Err(e) => Err(StoreError(msg!(
                "store-write-failed",
                folder = &folder,
                detail = e.to_string()
            ))),
        }
    }
}

/// Saves progress on a thread of its own, so that nobody waits for the
/// disk: a burst of changes (typing a name) is written once, when the
/// changes pause, and at the latest after [`Writer::LONGEST_WAIT`]. What was
/// handed over last always reaches the disk: [`Writer::flush`] waits for
/// it, and so does dropping the writer.
pub struct Writer {
    jobs: Option<Sender<Job>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

enum Job {
    Save(Box<Progress>),
    Flush(Sender<()>),
}

/// What the writer says when a write fails: once per reason, and again
/// after a write has worked in between.
pub type Report = Box<dyn Fn(StoreError) + Send>;

impl Writer {
    /// Changes closer together than this are written together.
    pub const PAUSE: Duration = Duration::from_millis(400);
    /// Even while changes keep coming, progress is written this often.
    pub const LONGEST_WAIT: Duration = Duration::from_secs(2);
    /// How long [`Writer::flush`] waits for a disk that does not answer.
    const FLUSH_WAIT: Duration = Duration::from_secs(10);

    pub fn start(store: Store, report: Report) -> Self {
        let (jobs, queue) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("avswitch-progress".into())
            .spawn(move || write_when_paused(&store, &queue, &report))
            .ok();
        Self {
            jobs: thread.is_some().then_some(jobs),
            thread,
        }
    }

    /// Hands `progress` over to be written soon; never waits.
    pub fn save(&self, progress: Progress) {
        if let Some(jobs) = &self.jobs {
            // A writer that stopped has said why already.
            let _stopped = jobs.send(Job::Save(Box::new(progress)));
        }
    }

    /// Writes what was handed over now, and waits until it is on the disk
    /// (or, if the disk does not answer, for a few seconds at most).
    pub fn flush(&self) {
        let Some(jobs) = &self.jobs else {
            return;
        };
        let (done, written) = mpsc::channel();
        if jobs.send(Job::Flush(done)).is_ok() {
            let _answered_or_given_up = written.recv_timeout(Self::FLUSH_WAIT);
        }
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        self.flush();
        // Without its jobs the thread writes nothing more and ends.
        self.jobs = None;
        if let Some(thread) = self.thread.take()
            && thread.is_finished()
        {
            let _ended = thread.join();
        }
    }
}

fn write_when_paused(store: &Store, queue: &Receiver<Job>, report: &Report) {
    let mut pending: Option<(Box<Progress>, Instant)> = None;
    let mut told: Option<Msg> = None;
    let mut write = |progress: Box<Progress>| match store.save(&progress) {
        Ok(()) => told = None,
        Err(e) if told.as_ref() != Some(&e.0) => {
            told = Some(e.0.clone());
            report(e);
        }
        Err(_) => {}
    };
    loop {
        let job = match &pending {
            None => queue.recv().map_err(|_| RecvTimeoutError::Disconnected),
            Some((_, first)) => {
                let now = Instant::now();
                let due = (now + Writer::PAUSE).min(*first + Writer::LONGEST_WAIT);
                queue.recv_timeout(due.saturating_duration_since(now))
            }
        };
        match job {
            Ok(Job::Save(progress)) => {
                let first = pending.map_or_else(Instant::now, |(_, first)| first);
                pending = Some((progress, first));
            }
            Ok(Job::Flush(done)) => {
                if let Some((progress, _)) = pending.take() {
                    write(progress);
                }
                let _caller_gone = done.send(());
            }
            Err(RecvTimeoutError::Timeout) => {
                if let Some((progress, _)) = pending.take() {
                    write(progress);
                }
            }
            Err(RecvTimeoutError::Disconnected) => {
                if let Some((progress, _)) = pending.take() {
                    write(progress);
                }
                return;
            }
        }
    }
}

/// Why progress can't be saved in `folder`: a read-only folder in the
/// words of the person's situation, anything else with the system's words
/// under Details.
fn cannot_save(folder: &str, e: &std::io::Error) -> StoreError {
    let read_only = matches!(
        e.kind(),
        std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied
    );
    let id = if read_only {
        "store-folder-read-only"
    } else {
        "store-write-failed"
    };
    StoreError(msg!(id, folder = folder, detail = crate::fsutil::detail(e)))
}

/// What is in the progress file.
enum Found {
    Nothing,
    /// What could be read, and the values left out (`done.<item>`), if any.
    Progress(Box<Progress>, Vec<String>),
    /// Saved by a newer AV Switch, in this format version.
    Newer(u64),
    /// The file is there but could not be opened (permissions, a folder).
    Unopenable(Msg),
    /// The file was read but is damaged or from a newer AV Switch.
    Unreadable(Msg),
}

/// Values that could not be read, counted in words; which ones (`done.<item>`)
/// goes under Details.
fn left_out_notice(left_out: &[String]) -> Msg {
    msg!(
        "store-left-out",
        count = left_out.len(),
        detail = left_out.join(", ")
    )
}

fn fresh(notice: Option<Msg>) -> Loaded {
    Loaded {
        progress: Progress::default(),
        notice,
    }
}

/// Reads a progress file field by field: what is valid is kept, what is
/// not is left out and named (`done.export-passwords`), so one bad value
/// never costs the rest.
fn parse(bytes: &[u8]) -> Found {
    use serde_json::{Map, Value};
    let damaged =
        |detail: String| Found::Unreadable(msg!("store-problem-damaged", detail = detail));
    let value: Value = match serde_json::from_slice(bytes) {
        Ok(value) => value,
        Err(e) => return damaged(e.to_string()),
    };
    let Value::Object(mut fields) = value else {
        return damaged("not a JSON object".to_owned());
    };
    match fields.get("version").and_then(Value::as_u64) {
        Some(v) if (OLDEST_READ..=u64::from(PROGRESS_VERSION)).contains(&v) => {}
        Some(v) if v > u64::from(PROGRESS_VERSION) => return Found::Newer(v),
        _ => return Found::Unreadable(Msg::of("store-problem-no-version")),
    }
    let mut left_out = Vec::new();
    let mut progress = Progress::default();
    let mut take = |name: &str| fields.remove(name).filter(|v| !v.is_null());
    if let Some(step) = take("step") {
        match serde_json::from_value(step) {
            Ok(step) => progress.step = step,
            Err(_) => left_out.push("step".to_owned()),
        }
    }
    if let Some(choice) = take("choice") {
        match serde_json::from_value(choice) {
            Ok(choice) => progress.choice = Some(choice),
            Err(_) => left_out.push("choice".to_owned()),
        }
    }
    if let Some(day) = take("finish_by") {
        match serde_json::from_value(day) {
            Ok(day) => progress.finish_by = Some(day),
            Err(_) => left_out.push("finish_by".to_owned()),
        }
    }
    match take("done") {
        Some(Value::Object(ticks)) => {
            for (item, at) in ticks {
                // A tick of an item this version does not have is left out
                // and named, as a value it cannot read.
                match (ItemId::from_name(&item), serde_json::from_value(at)) {
                    (Some(id), Ok(at)) => {
                        progress.done.insert(id, at);
                    }
                    _ => left_out.push(format!("done.{item}")),
                }
            }
        }
        Some(_) => left_out.push("done".to_owned()),
        None => {}
    }
    progress.answers = valid_fields(take("answers"), "answers", &mut left_out);
    progress.seen = valid_fields(take("seen"), "seen", &mut left_out);
    progress.display = valid_fields(take("display"), "display", &mut left_out);
    return Found::Progress(Box::new(progress), left_out);

    /// A record whose every field has a default, from the fields of
    /// `value` that are valid on their own; the others are named in
    /// `left_out` as `record.field`.
    fn valid_fields<T: serde::de::DeserializeOwned + Default>(
        value: Option<Value>,
        record: &str,
        left_out: &mut Vec<String>,
    ) -> T {
        let Some(value) = value else {
            return T::default();
        };
        if let Ok(whole) = serde_json::from_value(value.clone()) {
            return whole;
        }
        let Value::Object(fields) = value else {
            left_out.push(record.to_owned());
            return T::default();
        };
        let mut valid = Map::new();
        for (name, field) in fields {
            let alone = Map::from_iter([(name.clone(), field.clone())]);
            if serde_json::from_value::<T>(Value::Object(alone)).is_ok() {
                valid.insert(name, field);
            } else {
                left_out.push(format!("{record}.{name}"));
            }
        }
        serde_json::from_value(Value::Object(valid)).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::ProductId;
    use crate::situation::{Companion, Device, Renewal};

    fn now() -> DateTime<Utc> {
        "2026-11-28T12:00:00Z".parse().expect("now")
    }

    fn sample() -> Progress {
        let mut progress = Progress {
            step: Step::Checklist,
            choice: Some(Choice::Product(ProductId::Eset)),
            finish_by: NaiveDate::from_ymd_opt(2026, 12, 5),
            seen: Seen {
                kaspersky: true,
                ultraav: false,
                companions: vec![Companion::Vpn],
                ..Seen::default()
            },
            ..Progress::default()
        };
        progress.answers.devices.push(Device::Android);
        progress.answers.auto_renewal = Some(Renewal::Yes);
        progress.done.insert(ItemId::ExportPasswords, now());
        progress.display.language = Some(Lang::Id);
        progress
    }

    #[test]
    fn round_trip() {
        let dir = tempfile::tempdir().expect("dir");
        let mut store = Store::at(dir.path().join("nested"));
        store.save(&sample()).expect("saved");
        let loaded = store.load(now());
        assert_eq!(loaded.progress, sample());
        assert_eq!(loaded.notice, None);
        // No temporary files are left behind.
        let names: Vec<_> = std::fs::read_dir(dir.path().join("nested"))
            .expect("dir")
            .collect();
        assert_eq!(names.len(), 1);
    }

    /// Progress holds the person's answers (where they live, whether they
    /// are a U.S. citizen): only they may read a new file.
    #[cfg(unix)]
    #[test]
    fn a_new_progress_file_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::at(dir.path().to_path_buf());
        store.save(&sample()).expect("saved");
        let mode = std::fs::metadata(store.path())
            .expect("file")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn a_missing_file_is_a_fresh_start_without_a_notice() {
        let dir = tempfile::tempdir().expect("dir");
        let loaded = Store::at(dir.path().to_path_buf()).load(now());
        assert_eq!(loaded.progress, Progress::default());
        assert!(loaded.notice.is_none());
    }

    #[test]
    fn a_damaged_file_is_moved_aside_and_kept() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, b"{\"version\": 1, \"step\": \"che").expect("write");
        let mut store = Store::at(dir.path().to_path_buf());
        let loaded = store.load(now());
        assert_eq!(loaded.progress, Progress::default());
        let notice = loaded.notice.expect("told once").to_string();
        assert!(notice.contains("could not be read"), "{notice}");
        let aside = dir.path().join("progress.unreadable-20261128-120000.json");
        assert_eq!(
            std::fs::read(&aside).expect("kept"),
            b"{\"version\": 1, \"step\": \"che"
        );
        assert!(notice.contains("progress.unreadable-20261128-120000.json"));
        // Saving afresh does not touch the kept file.
        store.save(&sample()).expect("saved");
        assert!(aside.exists());
        assert!(store.load(now()).notice.is_none());
    }

    #[test]
    fn a_newer_versions_file_is_left_untouched_and_progress_kept_beside_it() {
        let dir = tempfile::tempdir().expect("dir");
        let newer = b"{\"version\": 7, \"step\": \"welcome\", \"shiny\": 1}";
        std::fs::write(dir.path().join(FILE_NAME), newer).expect("write");
        let mut store = Store::at(dir.path().to_path_buf());
        let loaded = store.load(now());
        let notice = loaded.notice.expect("notice").to_string();
        assert!(notice.contains("newer version of AV Switch"), "{notice}");
        let mut progress = loaded.progress;
        progress.done.insert(ItemId::ExportPasswords, now());
        store.save(&progress).expect("saved beside");
        assert_eq!(
            std::fs::read(dir.path().join(FILE_NAME)).expect("kept"),
            newer
        );
        let again = Store::at(dir.path().to_path_buf()).load(now());
        assert_eq!(again.progress.done.len(), 1, "ticks read back from beside");
        assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 2);
    }

    #[test]
    fn one_bad_value_costs_only_itself_and_is_named() {
        let dir = tempfile::tempdir().expect("dir");
        let file = br#"{"version": 1, "step": "checklist",
            "done": {"export-passwords": "yesterday", "restart": "2026-11-20T10:00:00Z",
                     "no-such-item": "2026-11-20T10:00:00Z"},
            "answers": {"devices": ["android"], "auto_renewal": "sometimes"},
            "display": {"text_size_percent": 150}}"#;
        std::fs::write(dir.path().join(FILE_NAME), file).expect("write");
        let loaded = Store::at(dir.path().to_path_buf()).load(now());
        let p = &loaded.progress;
        assert_eq!(p.step, Step::Checklist);
        assert_eq!(
            p.done.keys().copied().collect::<Vec<_>>(),
            [ItemId::Restart]
        );
        assert_eq!(p.answers.devices, [Device::Android]);
        assert_eq!(p.answers.auto_renewal, None);
        assert_eq!(p.display.text_size_percent, 150);
        let notice = loaded.notice.expect("said");
        let said = notice.to_string();
        assert!(
            said.starts_with("3 saved values (ticks or answers)"),
            "{said}"
        );
        // Which ones, in AV Switch's own names, under Details.
        let detail = notice.detail().expect("details");
        assert!(detail.contains("done.export-passwords"), "{detail}");
        assert!(detail.contains("answers.auto_renewal"), "{detail}");
        // A tick of an item this version does not have is named too.
        assert!(detail.contains("done.no-such-item"), "{detail}");
        assert!(!detail.contains("restart"), "{detail}");
        // The file as it was is kept beside the one the window will write.
        let kept = dir.path().join("progress.unreadable-20261128-120000.json");
        assert_eq!(std::fs::read(&kept).expect("kept"), file);
        assert!(said.contains(&kept.display().to_string()), "{said}");
        // Reading only (the command line) keeps no copy and changes nothing.
        std::fs::remove_file(&kept).expect("removed");
        let read = Store::at(dir.path().to_path_buf()).read();
        assert!(read.notice.is_some());
        assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 1);
    }

    #[test]
    fn a_version_1_file_loads_with_its_ticks() {
        let dir = tempfile::tempdir().expect("dir");
        let file = br#"{"version": 1, "step": "checklist",
            "done": {"uninstall-kaspersky": "2026-11-20T10:00:00Z"},
            "seen": {"kaspersky": true, "machine": {"checked": "done", "antivirus": [
              {"id": "kaspersky", "name": "Kaspersky Free", "kaspersky": true,
               "replacement": false, "built_in": false, "active": true,
               "definitions": "stale", "last_update": null}]}}}"#;
        std::fs::write(dir.path().join(FILE_NAME), file).expect("write");
        let loaded = Store::at(dir.path().to_path_buf()).load(now());
        assert_eq!(loaded.notice, None);
        assert_eq!(loaded.progress.done.len(), 1);
        assert!(loaded.progress.seen.kaspersky);
        assert_eq!(loaded.progress.seen.machine.antivirus.len(), 1);
    }

    #[test]
    fn two_damaged_files_in_the_same_second_are_both_kept() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join(FILE_NAME);
        let mut kept = Vec::new();
        for damaged in [&b"{\"version\": 1, \"st"[..], b"not json at all"] {
            std::fs::write(&path, damaged).expect("write");
            let notice = Store::at(dir.path().to_path_buf())
                .load(now())
                .notice
                .expect("told")
                .to_string();
            kept.push(notice);
        }
        let first = dir.path().join("progress.unreadable-20261128-120000.json");
        let second = dir
            .path()
            .join("progress.unreadable-20261128-120000-2.json");
        assert_eq!(
            std::fs::read(&first).expect("first kept"),
            b"{\"version\": 1, \"st"
        );
        assert_eq!(
            std::fs::read(&second).expect("second kept"),
            b"not json at all"
        );
        assert!(
            kept[0].contains(&first.display().to_string()),
            "{}",
            kept[0]
        );
        assert!(
            kept[1].contains(&second.display().to_string()),
            "{}",
            kept[1]
        );
    }

    #[test]
    fn damage_is_said_in_plain_words_with_the_detail_apart() {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::write(dir.path().join(FILE_NAME), b"{\"version\": 1, 5: 1}").expect("write");
        let notice = Store::at(dir.path().to_path_buf())
            .load(now())
            .notice
            .expect("told");
        let words = notice.to_string();
        assert!(!words.contains("line 1"), "{words}");
        assert!(words.contains("progress.unreadable-"), "{words}");
        let detail = notice.detail().expect("details kept");
        assert!(detail.contains("line 1"), "{detail}");
    }

    #[test]
    fn reading_only_leaves_a_newer_or_damaged_file_where_it_is() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join(FILE_NAME);
        for contents in [&b"{\"version\": 999}"[..], b"{\"version\": 1, \"st"] {
            std::fs::write(&path, contents).expect("write");
            let loaded = Store::at(dir.path().to_path_buf()).read();
            assert_eq!(loaded.progress, Progress::default());
            let notice = loaded.notice.expect("reported").to_string();
            assert!(notice.contains(&path.display().to_string()), "{notice}");
            assert_eq!(std::fs::read(&path).expect("still there"), contents);
            assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 1);
        }
    }

    #[test]
    fn a_read_only_folder_is_said_in_the_persons_words() {
        let read_only = std::io::Error::from(std::io::ErrorKind::ReadOnlyFilesystem);
        let err = cannot_save("/media/stick/AV Switch", &read_only);
        assert_eq!(
            Lang::En.msg(&err.0),
            "Your progress can't be saved in /media/stick/AV Switch (the folder is read-only)."
        );
        let notice = msg!("notice-save-failed", error = err.0);
        assert_eq!(
            notice.to_string(),
            "Your progress can't be saved in /media/stick/AV Switch (the folder is read-only). \
             AV Switch keeps working; your choices are kept until you close it."
        );
    }

    #[test]
    fn a_burst_of_changes_is_written_once_and_the_last_always_reaches_the_disk() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::at(dir.path().to_path_buf());
        let counter = store.clone();
        let writer = Writer::start(store, Box::new(|e| panic!("{e}")));
        let mut progress = sample();
        for n in 0..50 {
            progress.choice = Some(Choice::Other("x".repeat(n + 1)));
            writer.save(progress.clone());
        }
        assert_eq!(counter.writes(), 0, "nothing written while changes come");
        writer.flush();
        assert_eq!(counter.writes(), 1);
        assert_eq!(counter.clone().load(now()).progress, progress);

        // What was handed over last is written when the writer goes.
        progress.choice = Some(Choice::BuiltIn);
        writer.save(progress.clone());
        drop(writer);
        assert_eq!(counter.writes(), 2);
        assert_eq!(counter.clone().load(now()).progress, progress);
    }

    #[test]
    fn changes_are_written_when_they_pause_without_a_flush() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::at(dir.path().to_path_buf());
        let counter = store.clone();
        let writer = Writer::start(store, Box::new(|e| panic!("{e}")));
        writer.save(sample());
        let deadline = Instant::now() + Duration::from_secs(10);
        while counter.writes() == 0 {
            assert!(Instant::now() < deadline, "never written");
            std::thread::sleep(Duration::from_millis(5));
        }
        assert_eq!(counter.clone().load(now()).progress, sample());
        drop(writer);
        assert_eq!(counter.writes(), 1, "nothing new to write");
    }

    #[test]
    fn a_failing_write_is_told_once() {
        let dir = tempfile::tempdir().expect("dir");
        let file = dir.path().join("a-file");
        std::fs::write(&file, b"not a folder").expect("write");
        let (told, heard) = mpsc::channel();
        let writer = Writer::start(
            Store::at(file.join("sub")),
            Box::new(move |e| told.send(e.0).expect("heard")),
        );
        for n in 0..3 {
            let mut progress = sample();
            progress.finish_by = NaiveDate::from_ymd_opt(2026, 12, n + 1);
            writer.save(progress);
            writer.flush();
        }
        drop(writer);
        let reports: Vec<Msg> = heard.try_iter().collect();
        assert_eq!(reports.len(), 1, "{reports:?}");
        assert_eq!(reports[0].id, "store-write-failed");
    }

    #[test]
    fn a_folder_that_cannot_exist_gives_an_error() {
        let dir = tempfile::tempdir().expect("dir");
        let file = dir.path().join("a-file");
        std::fs::write(&file, b"not a folder").expect("write");
        let err = Store::at(file.join("sub"))
            .save(&sample())
            .expect_err("not a folder");
        assert!(err.to_string().contains("can't be saved in"), "{err}");
    }
}
