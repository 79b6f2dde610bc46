//! Letters of every script. egui's built-in fonts draw Latin, Cyrillic and
//! Greek; a name the check reports may be Chinese, Japanese, Korean,
//! Arabic, Hebrew or Thai. When a letter no font has is about to be drawn,
//! a worker looks through the system's fonts (found with `fontdb`) for one
//! that has it and adds it to the window, which draws it from then on.
//! Nothing is read before such a letter appears, so start-up does not
//! change, and the window never waits for the search.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};

use egui::{
    FallbackRequest, FontData, FontFamily, FontInsert, FontPriority, FontProvider, InsertFontFamily,
};

/// Where fonts are looked for.
#[derive(Debug, Clone)]
enum Source {
    /// The system's own fonts.
    System,
    /// The fonts in one folder (for tests).
    Folder(PathBuf),
}

/// A [`FontProvider`] that never blocks: it hands the letter to a worker
/// and answers "not yet"; the worker adds the font it finds to the window.
#[derive(Clone)]
pub struct SystemFonts {
    inner: Arc<Inner>,
}

struct Inner {
    ctx: egui::Context,
    source: Source,
    /// Letters for the worker, which starts with the first one.
    letters: Mutex<Option<Sender<char>>>,
    /// Whether any font was looked for (the system's fonts were read).
    searched: AtomicBool,
}

impl SystemFonts {
    /// Draws letters the built-in fonts lack with the system's fonts.
    pub fn install(ctx: &egui::Context) -> Self {
        Self::install_from(ctx, Source::System)
    }

    /// The same, with only the fonts in `folder`.
    pub fn install_from_folder(ctx: &egui::Context, folder: PathBuf) -> Self {
        Self::install_from(ctx, Source::Folder(folder))
    }

    fn install_from(ctx: &egui::Context, source: Source) -> Self {
        let fonts = Self {
            inner: Arc::new(Inner {
                ctx: ctx.clone(),
                source,
                letters: Mutex::new(None),
                searched: AtomicBool::new(false),
            }),
        };
        ctx.set_font_providers(vec![Arc::new(fonts.clone())]);
        fonts
    }

    /// Whether a letter has been looked for in the system's fonts.
    pub fn searched(&self) -> bool {
        self.inner.searched.load(Ordering::Relaxed)
    }

    /// Hands `letter` to the worker, starting it the first time.
    fn look_for(&self, letter: char) {
        let Ok(mut letters) = self.inner.letters.lock() else {
            return;
        };
        if letters.is_none() {
            let (sender, receiver) = mpsc::channel();
            let inner = Arc::clone(&self.inner);
            let started = std::thread::Builder::new()
                .name("avswitch-fonts".into())
                .spawn(move || find_fonts(&inner, &receiver));
            if started.is_err() {
                return;
            }
            *letters = Some(sender);
        }
        if let Some(sender) = letters.as_ref() {
            // A worker that stopped has nothing more to add.
            let _stopped = sender.send(letter);
        }
    }
}

impl FontProvider for SystemFonts {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        let letter = request.cluster.chars().next()?;
        self.look_for(letter);
        // Drawn as a box for now; from the next frame with the font found.
        None
    }
}

/// The worker: reads the system's fonts once, then for each letter adds
/// the best font that has it, unless one added before already has it.
fn find_fonts(inner: &Inner, letters: &Receiver<char>) {
    inner.searched.store(true, Ordering::Relaxed);
    let mut database = fontdb::Database::new();
    match &inner.source {
        Source::System => database.load_system_fonts(),
        Source::Folder(folder) => database.load_fonts_dir(folder),
    }
    let mut faces = candidates(&database);
    let mut added: Vec<fontdb::ID> = Vec::new();
    while let Ok(letter) = letters.recv() {
        if added.iter().any(|id| has_letter(&database, *id, letter)) {
            continue;
        }
        let Some(at) = faces
            .iter()
            .position(|id| has_letter(&database, *id, letter))
        else {
            continue;
        };
        let id = faces.remove(at);
        let Some(font) = database.with_face_data(id, |data, index| {
            let mut font = FontData::from_owned(data.to_vec());
            font.index = index;
            font
        }) else {
            continue;
        };
        let families = [FontFamily::Proportional, FontFamily::Monospace]
            .map(|family| InsertFontFamily {
                family,
                priority: FontPriority::Lowest,
            })
            .to_vec();
        let name = format!("system font {id:?}");
        inner.ctx.add_font(FontInsert::new(&name, font, families));
        added.push(id);
        inner.ctx.request_repaint();
    }
}

/// The fonts worth trying, best first: upright, regular weight, sans-serif
/// (like the built-in font), proportional.
fn candidates(database: &fontdb::Database) -> Vec<fontdb::ID> {
    let mut faces: Vec<&fontdb::FaceInfo> = database.faces().collect();
    faces.sort_by_key(|face| {
        let sans = face
            .families
            .iter()
            .any(|(name, _)| name.contains("Sans") || name.contains("Gothic"));
        (
            face.style != fontdb::Style::Normal,
            face.weight.0.abs_diff(fontdb::Weight::NORMAL.0),
            !sans,
            face.monospaced,
        )
    });
    faces.into_iter().map(|face| face.id).collect()
}

/// Whether the font `id` has a glyph for `letter`.
fn has_letter(database: &fontdb::Database, id: fontdb::ID, letter: char) -> bool {
    use skrifa::MetadataProvider as _;
    database
        .with_face_data(id, |data, index| {
            skrifa::FontRef::from_index(data, index)
                .is_ok_and(|font| font.charmap().map(letter).is_some())
        })
        .unwrap_or(false)
}
