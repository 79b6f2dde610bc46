//! Letters of every script. egui's built-in fonts draw Latin, Cyrillic and
//! Greek. Two small fonts are built in (`assets/fonts`): Noto Sans cut to
//! Latin and Vietnamese, which draws the whole window in Vietnamese (so no
//! word takes a letter from another font), and the Chinese letters of
//! "简体中文" and of the notice for a computer without a Chinese font.
//!
//! The window in Chinese is drawn with the system's own Chinese font
//! (Microsoft YaHei UI, PingFang SC, Noto Sans CJK SC...), read before the
//! first frame that needs it, and only then: other languages start as fast
//! as before.
//!
//! A name the check reports may be Chinese, Japanese, Korean, Arabic,
//! Hebrew or Thai. When a letter no font has is about to be drawn, a worker
//! looks through the system's fonts (found with `fontdb`) for one that has
//! it and adds it to the window, which draws it from then on. Nothing is
//! read before such a letter appears, and the window never waits for it.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, OnceLock};

use egui::{
    FallbackRequest, FontData, FontDefinitions, FontFamily, FontInsert, FontPriority, FontProvider,
    InsertFontFamily,
};

use crate::i18n::Lang;

/// Noto Sans cut to Latin letters and Vietnamese.
const LATIN_VIETNAMESE: &str = "Noto Sans, Latin and Vietnamese";
const LATIN_VIETNAMESE_DATA: &[u8] =
    include_bytes!("../../assets/fonts/NotoSans-Latin-Vietnamese.ttf");
/// Noto Sans CJK SC cut to the Chinese letters shown where no Chinese font
/// may be: the language's name and the notice saying the font is missing.
const HAN_NAMES: &str = "Noto Sans CJK SC, names";
const HAN_NAMES_DATA: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-Names.otf");
/// The system's Chinese font, once found.
const CHINESE: &str = "the system's Chinese font";

/// The family that draws `lang`'s own name whole, in one font, whatever
/// language the window is in.
pub fn name_family(lang: Lang) -> FontFamily {
    match lang {
        Lang::Vi => FontFamily::Name(LATIN_VIETNAMESE.into()),
        _ => FontFamily::Proportional,
    }
}

/// No font on this computer draws Chinese letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoChineseFont;

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
    /// The fonts the worker added, kept when the fonts are set again.
    added: Mutex<Vec<(String, Arc<FontData>)>>,
    /// The Chinese font of a folder (tests); the system's is kept in
    /// [`system_chinese`], read once per run.
    folder_chinese: OnceLock<Option<Arc<FontData>>>,
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
                added: Mutex::new(Vec::new()),
                folder_chinese: OnceLock::new(),
            }),
        };
        ctx.set_font_providers(vec![Arc::new(fonts.clone())]);
        fonts
    }

    /// Whether a letter has been looked for in the system's fonts.
    pub fn searched(&self) -> bool {
        self.inner.searched.load(Ordering::Relaxed)
    }

    /// Sets the fonts the window in `lang` is drawn with, from the next
    /// frame on (or this one, before anything is drawn). Chinese needs the
    /// system's Chinese font: it is read now, once, so no frame shows
    /// boxes; without one, nothing changes and the caller picks another
    /// language.
    pub fn prepare(&self, lang: Lang) -> Result<(), NoChineseFont> {
        let chinese = if lang == Lang::ZhHans {
            Some(self.chinese().ok_or(NoChineseFont)?)
        } else {
            // Kept once read (Chinese names in a check are drawn with it),
            // and never read for another language.
            self.chinese_if_read()
        };
        let added = self
            .inner
            .added
            .lock()
            .map(|a| a.clone())
            .unwrap_or_default();
        self.inner.ctx.set_fonts(definitions(lang, chinese, &added));
        Ok(())
    }

    /// The Chinese font, read the first time it is asked for.
    fn chinese(&self) -> Option<Arc<FontData>> {
        match &self.inner.source {
            Source::System => system_chinese().clone(),
            Source::Folder(folder) => self
                .inner
                .folder_chinese
                .get_or_init(|| {
                    let mut database = fontdb::Database::new();
                    database.load_fonts_dir(folder);
                    chinese_face(&database)
                })
                .clone(),
        }
    }

    fn chinese_if_read(&self) -> Option<Arc<FontData>> {
        match &self.inner.source {
            Source::System => SYSTEM_CHINESE.get().cloned().flatten(),
            Source::Folder(_) => self.inner.folder_chinese.get().cloned().flatten(),
        }
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
        if let Ok(mut kept) = inner.added.lock() {
            kept.push((name.clone(), Arc::new(font.clone())));
        }
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

/// The fonts of the window in `lang`: egui's own, the two built in, the
/// Chinese font when it was read, and those the worker added.
fn definitions(
    lang: Lang,
    chinese: Option<Arc<FontData>>,
    added: &[(String, Arc<FontData>)],
) -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    let mut data = |name: &str, font: Arc<FontData>| {
        fonts.font_data.insert(name.to_owned(), font);
    };
    data(
        LATIN_VIETNAMESE,
        Arc::new(FontData::from_static(LATIN_VIETNAMESE_DATA)),
    );
    data(HAN_NAMES, Arc::new(FontData::from_static(HAN_NAMES_DATA)));
    let has_chinese = chinese.is_some();
    if let Some(font) = chinese {
        data(CHINESE, font);
    }
    for (name, font) in added {
        data(name, Arc::clone(font));
    }
    let fallbacks: Vec<String> = has_chinese
        .then_some(CHINESE)
        .into_iter()
        .chain([HAN_NAMES])
        .map(str::to_owned)
        .chain(added.iter().map(|(name, _)| name.clone()))
        .collect();
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        let list = fonts.families.entry(family.clone()).or_default();
        // Vietnamese is drawn whole in the font that has all its letters.
        if lang == Lang::Vi && family == FontFamily::Proportional {
            list.insert(0, LATIN_VIETNAMESE.to_owned());
        }
        list.extend(fallbacks.iter().cloned());
    }
    let proportional = fonts.families[&FontFamily::Proportional].clone();
    let mut vietnamese = vec![LATIN_VIETNAMESE.to_owned()];
    vietnamese.extend(proportional.into_iter().filter(|n| n != LATIN_VIETNAMESE));
    fonts
        .families
        .insert(FontFamily::Name(LATIN_VIETNAMESE.into()), vietnamese);
    fonts
}

static SYSTEM_CHINESE: OnceLock<Option<Arc<FontData>>> = OnceLock::new();

/// The system's Chinese font, read the first time it is asked for: the
/// files each system keeps it in, then (only where none is) every font.
fn system_chinese() -> &'static Option<Arc<FontData>> {
    SYSTEM_CHINESE.get_or_init(|| {
        let mut database = fontdb::Database::new();
        for path in chinese_font_files() {
            if path.is_file() {
                database.load_font_file(&path).ok();
            }
        }
        chinese_face(&database).or_else(|| {
            database.load_system_fonts();
            chinese_face(&database)
        })
    })
}

/// Where each system keeps a Chinese font, best first.
fn chinese_font_files() -> Vec<PathBuf> {
    if cfg!(windows) {
        let fonts = std::env::var_os("WINDIR")
            .map_or_else(|| PathBuf::from(r"C:\Windows"), PathBuf::from)
            .join("Fonts");
        ["msyh.ttc", "msyh.ttf", "simsun.ttc"]
            .map(|file| fonts.join(file))
            .to_vec()
    } else if cfg!(target_os = "macos") {
        [
            "/System/Library/Fonts/PingFang.ttc",
            "/System/Library/Fonts/Hiragino Sans GB.ttc",
            "/System/Library/Fonts/STHeiti Light.ttc",
        ]
        .map(PathBuf::from)
        .to_vec()
    } else {
        [
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/google-noto-sans-cjk-vf-fonts/NotoSansCJK-VF.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        ]
        .map(PathBuf::from)
        .to_vec()
    }
}

/// Families that draw Simplified Chinese as its readers expect, best first.
const CHINESE_FAMILIES: [&str; 8] = [
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Hiragino Sans GB",
    "Droid Sans Fallback",
];

/// The best face for Simplified Chinese in `database`: one of the families
/// its readers expect, by their names alone; else any upright face with the
/// letters of 简体中文, which means opening the fonts.
fn chinese_face(database: &fontdb::Database) -> Option<Arc<FontData>> {
    let upright = || {
        database
            .faces()
            .filter(|face| face.style == fontdb::Style::Normal && !face.monospaced)
    };
    let rank = |face: &fontdb::FaceInfo| {
        CHINESE_FAMILIES.iter().position(|wanted| {
            face.families
                .iter()
                .any(|(name, _)| name.eq_ignore_ascii_case(wanted))
        })
    };
    let weight = |face: &fontdb::FaceInfo| face.weight.0.abs_diff(fontdb::Weight::NORMAL.0);
    let id = upright()
        .filter_map(|face| Some((rank(face)?, weight(face), face.id)))
        .min()
        .map(|(_, _, id)| id)
        .or_else(|| {
            upright()
                .filter(|face| "简体中文".chars().all(|c| has_letter(database, face.id, c)))
                .min_by_key(|face| weight(face))
                .map(|face| face.id)
        })?;
    let face = database.face(id)?;
    let mapped = match &face.source {
        fontdb::Source::File(path) => mapped(path),
        _ => None,
    };
    let mut font = match mapped {
        Some(bytes) => FontData::from_static(bytes),
        None => database.with_face_data(id, |data, _| FontData::from_owned(data.to_vec()))?,
    };
    font.index = face.index;
    Some(Arc::new(font))
}

/// A font file mapped into memory for the rest of the run: the system
/// reads only the pages the window draws from, where a copy would hold
/// all of it (about 20 MB for a Chinese font).
fn mapped(path: &std::path::Path) -> Option<&'static [u8]> {
    let file = std::fs::File::open(path).ok()?;
    // SAFETY: a system font file, mapped read-only, as fontdb maps the
    // fonts it reads: it is not changed while a program uses it.
    let map = unsafe { memmap2::Mmap::map(&file) }.ok()?;
    // Mapped once a run, and used until the window closes.
    Some(&**Box::leak(Box::new(map)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use skrifa::MetadataProvider as _;

    fn lacks(data: &[u8], text: &str) -> String {
        let font = skrifa::FontRef::new(data).expect("a font");
        let charmap = font.charmap();
        text.chars()
            .filter(|c| !c.is_whitespace() && charmap.map(*c).is_none())
            .collect()
    }

    #[test]
    fn the_built_in_fonts_have_every_letter_they_draw() {
        // Vietnamese, whole: every text of the language, and its name.
        let mut vietnamese = Lang::Vi.native_name().to_owned();
        for source in Lang::Vi.sources() {
            vietnamese.extend(source.lines().filter(|l| !l.trim_start().starts_with('#')));
        }
        let vietnamese: String = vietnamese
            .chars()
            .filter(|c| c.is_alphabetic() && !c.is_ascii())
            .collect();
        assert_eq!(lacks(LATIN_VIETNAMESE_DATA, &vietnamese), "");
        // The Chinese the window shows where no Chinese font may be.
        let notice = Lang::ZhHans.text("notice-no-chinese-font", &[("chinese", "".into())]);
        let han: String = format!("{}{notice}", Lang::ZhHans.native_name())
            .chars()
            .filter(|c| !c.is_ascii())
            .collect();
        assert_eq!(lacks(HAN_NAMES_DATA, &han), "");
    }

    #[test]
    fn vietnamese_is_drawn_in_one_font_and_chinese_after_latin() {
        let chinese = Arc::new(FontData::from_static(HAN_NAMES_DATA));
        let vi = definitions(Lang::Vi, None, &[]);
        assert_eq!(vi.families[&FontFamily::Proportional][0], LATIN_VIETNAMESE);
        let en = definitions(Lang::En, None, &[]);
        assert_ne!(en.families[&FontFamily::Proportional][0], LATIN_VIETNAMESE);
        assert_eq!(
            en.families[&name_family(Lang::Vi)][0],
            LATIN_VIETNAMESE,
            "the language's name is drawn whole in every language"
        );
        let zh = definitions(Lang::ZhHans, Some(chinese), &[]);
        let list = &zh.families[&FontFamily::Proportional];
        let at = |name: &str| list.iter().position(|n| n == name);
        assert!(
            at("Ubuntu-Light") < at(CHINESE),
            "Latin letters keep egui's font"
        );
        assert!(at(CHINESE) < at(HAN_NAMES), "Chinese is drawn in one font");
    }

    #[test]
    fn a_chinese_font_is_found_in_a_folder_and_none_is_said_plainly() {
        let ctx = egui::Context::default();
        let empty = tempfile::tempdir().expect("folder");
        let none = SystemFonts::install_from_folder(&ctx, empty.path().to_owned());
        assert_eq!(none.prepare(Lang::ZhHans), Err(NoChineseFont));
        assert_eq!(none.prepare(Lang::En), Ok(()));
        let folder = tempfile::tempdir().expect("folder");
        std::fs::write(folder.path().join("names.otf"), HAN_NAMES_DATA).expect("write");
        let found = SystemFonts::install_from_folder(&ctx, folder.path().to_owned());
        // Another language never reads it: its start is not slowed.
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::ZhHans) {
            assert_eq!(found.prepare(lang), Ok(()));
        }
        assert!(
            found.chinese_if_read().is_none(),
            "read for another language"
        );
        assert_eq!(found.prepare(Lang::ZhHans), Ok(()));
        assert!(found.chinese_if_read().is_some());
    }
}
