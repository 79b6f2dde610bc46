//! The person's progress on disk: versioned JSON, written atomically, and
//! never silently lost. A file that can't be read is moved aside, not
//! overwritten.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, Msg};
use crate::msg;
use crate::situation::{Answers, Choice, Seen};
use crate::step::Step;

pub const PROGRESS_VERSION: u32 = 1;
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
    pub done: BTreeMap<String, DateTime<Utc>>,
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
    /// False when a damaged file could not be moved aside: then nothing is
    /// written, so the person's old file is never overwritten.
    writable: bool,
}

impl Store {
    /// `AVSWITCH_DATA_DIR` when set, else the platform's data folder.
    pub fn open_default() -> Result<Self, StoreError> {
        if let Some(dir) = std::env::var_os(DATA_DIR_VARIABLE).filter(|d| !d.is_empty()) {
            return Ok(Self::at(PathBuf::from(dir)));
        }
        directories::ProjectDirs::from("", "", "AV Switch")
            .map(|dirs| Self::at(dirs.data_dir().to_path_buf()))
            .ok_or_else(|| StoreError(Msg::of("store-no-data-dir")))
    }

    pub fn at(dir: PathBuf) -> Self {
        Self {
            dir,
            writable: true,
        }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE_NAME)
    }

    pub fn load(&mut self, now: DateTime<Utc>) -> Loaded {
        let path = self.path();
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Loaded {
                    progress: Progress::default(),
                    notice: None,
                };
            }
            Err(e) => {
                self.writable = false;
                return Loaded {
                    progress: Progress::default(),
                    notice: Some(msg!(
                        "store-unopenable",
                        path = path.display().to_string(),
                        detail = e.to_string()
                    )),
                };
            }
        };
        match parse(&bytes) {
            Ok(progress) => Loaded {
                progress,
                notice: None,
            },
            Err(problem) => Loaded {
                progress: Progress::default(),
                notice: Some(self.set_aside(&path, problem, now)),
            },
        }
    }

    /// Moves an unreadable file aside, with a timestamp, and says where.
    fn set_aside(&mut self, path: &Path, problem: Msg, now: DateTime<Utc>) -> Msg {
        let aside = self.dir.join(format!(
            "progress.unreadable-{}.json",
            now.format("%Y%m%d-%H%M%S")
        ));
        match std::fs::rename(path, &aside) {
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
                    detail = e.to_string(),
                    path = path.display().to_string()
                )
            }
        }
    }

    /// Writes to a temporary file in the same folder, then renames it over
    /// the old one: a crash leaves either the old file or the new, never half.
    pub fn save(&self, progress: &Progress) -> Result<(), StoreError> {
        let path = self.path();
        let fail = |reason: String| {
            StoreError(msg!(
                "store-write-failed",
                path = path.display().to_string(),
                reason = reason
            ))
        };
        if !self.writable {
            return Err(StoreError(Msg::of("store-saving-off")));
        }
        std::fs::create_dir_all(&self.dir).map_err(|e| fail(e.to_string()))?;
        let json = serde_json::to_vec_pretty(progress).map_err(|e| fail(e.to_string()))?;
        crate::fsutil::write_atomic(&path, &json).map_err(|e| fail(e.to_string()))?;
        Ok(())
    }
}

fn parse(bytes: &[u8]) -> Result<Progress, Msg> {
    let damaged = |e: serde_json::Error| msg!("store-problem-damaged", detail = e.to_string());
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(damaged)?;
    match value.get("version").and_then(serde_json::Value::as_u64) {
        Some(v) if v == u64::from(PROGRESS_VERSION) => {}
        Some(v) => return Err(msg!("store-problem-newer", version = v)),
        None => return Err(Msg::of("store-problem-no-version")),
    }
    serde_json::from_value(value).map_err(damaged)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::situation::{Companion, Device, Renewal};

    fn now() -> DateTime<Utc> {
        "2026-11-28T12:00:00Z".parse().expect("now")
    }

    fn sample() -> Progress {
        let mut progress = Progress {
            step: Step::Checklist,
            choice: Some(Choice::Product("eset".into())),
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
        progress.done.insert("export-passwords".into(), now());
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
    fn an_unknown_version_is_moved_aside_too() {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::write(
            dir.path().join(FILE_NAME),
            b"{\"version\": 7, \"step\": \"welcome\"}",
        )
        .expect("write");
        let loaded = Store::at(dir.path().to_path_buf()).load(now());
        assert!(
            loaded
                .notice
                .expect("notice")
                .to_string()
                .contains("newer AV Switch, format 7")
        );
        assert!(
            dir.path()
                .join("progress.unreadable-20261128-120000.json")
                .exists()
        );
    }

    #[test]
    fn a_folder_that_cannot_exist_gives_an_error() {
        let dir = tempfile::tempdir().expect("dir");
        let file = dir.path().join("a-file");
        std::fs::write(&file, b"not a folder").expect("write");
        let err = Store::at(file.join("sub"))
            .save(&sample())
            .expect_err("not a folder");
        assert!(err.to_string().contains("could not be written"), "{err}");
    }
}
