//! Every sentence AV Switch shows, in the person's language.
//!
//! The texts are Fluent files under `assets/i18n/<code>/`, built into the
//! binary. `Lang` is a plain `Copy` value; its bundle is parsed once, on first
//! use, and shared by every thread. Code names a text by its id with
//! [`t!`](crate::t) (text now) or [`msg!`](crate::msg) (text later, for
//! results made on a worker thread and shown in whatever language is chosen
//! by then).

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::Pattern;
use serde::{Deserialize, Serialize};

/// The languages AV Switch speaks, saved by their BCP 47 codes. Adding one:
/// a folder of `.ftl` files and a line in each `match` below.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "id")]
    Id,
    #[serde(rename = "es")]
    Es,
    #[serde(rename = "pt-BR")]
    PtBr,
    #[serde(rename = "vi")]
    Vi,
    #[serde(rename = "ru")]
    Ru,
    #[serde(rename = "zh-Hans")]
    ZhHans,
}

/// The Fluent files of one language, in the order they are loaded.
pub const FILES: [&str; 6] = ["common", "advisory", "check", "plan", "window", "export"];

/// One language's files, deflated into the build by `build.rs`.
macro_rules! embed {
    ($code:literal) => {
        [
            include_bytes!(concat!(env!("OUT_DIR"), "/", $code, "-common.ftl.deflate")).as_slice(),
            include_bytes!(concat!(
                env!("OUT_DIR"),
                "/",
                $code,
                "-advisory.ftl.deflate"
            )),
            include_bytes!(concat!(env!("OUT_DIR"), "/", $code, "-check.ftl.deflate")),
            include_bytes!(concat!(env!("OUT_DIR"), "/", $code, "-plan.ftl.deflate")),
            include_bytes!(concat!(env!("OUT_DIR"), "/", $code, "-window.ftl.deflate")),
            include_bytes!(concat!(env!("OUT_DIR"), "/", $code, "-export.ftl.deflate")),
        ]
    };
}

impl Lang {
    /// In the order the language menu lists them: Latin letters first.
    pub const ALL: [Lang; 7] = [
        Lang::En,
        Lang::Id,
        Lang::Es,
        Lang::PtBr,
        Lang::Vi,
        Lang::Ru,
        Lang::ZhHans,
    ];

    /// The BCP 47 code, also the name of the language's folder.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Id => "id",
            Lang::Es => "es",
            Lang::PtBr => "pt-BR",
            Lang::Vi => "vi",
            Lang::Ru => "ru",
            Lang::ZhHans => "zh-Hans",
        }
    }

    /// The language's name in itself, as a menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Id => "Bahasa Indonesia",
            Lang::Es => "Español",
            Lang::PtBr => "Português (Brasil)",
            Lang::Vi => "Tiếng Việt",
            Lang::Ru => "Русский",
            Lang::ZhHans => "简体中文",
        }
    }

    /// The language's name in itself, short enough for the button that
    /// opens the language menu in a small window.
    pub fn short_name(self) -> &'static str {
        match self {
            Lang::PtBr => "Português",
            other => other.native_name(),
        }
    }

    /// The embedded Fluent files, in [`FILES`] order, inflated: read once
    /// a run into the language's bundle, which keeps them.
    pub fn sources(self) -> [String; 6] {
        self.deflated().map(|packed| {
            // Written by build.rs from UTF-8 files: read back whole.
            miniz_oxide::inflate::decompress_to_vec(packed)
                .ok()
                .and_then(|text| String::from_utf8(text).ok())
                .unwrap_or_default()
        })
    }

    fn deflated(self) -> [&'static [u8]; 6] {
        match self {
            Lang::En => embed!("en"),
            Lang::Id => embed!("id"),
            Lang::Es => embed!("es"),
            Lang::PtBr => embed!("pt-BR"),
            Lang::Vi => embed!("vi"),
            Lang::Ru => embed!("ru"),
            Lang::ZhHans => embed!("zh-Hans"),
        }
    }

    /// A language from a locale as systems write it: `es`, `es-MX`,
    /// `es_US.UTF-8`, `id_ID`, `in` (the old code for Indonesian),
    /// `zh-Hans-CN`, `zh_CN.UTF-8`, `pt_BR`. Chinese written in Traditional
    /// characters (`zh-Hant`, `zh_TW`, `zh_HK`, `zh_MO`) is none of them:
    /// its readers are not given Simplified unasked. Every Portuguese
    /// takes Brazilian Portuguese.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let mut parts = locale
            .split(['.', '@'])
            .next()
            .unwrap_or_default()
            .split(['-', '_'])
            .map(str::to_ascii_lowercase);
        let primary = parts.next().unwrap_or_default();
        let rest: Vec<String> = parts.collect();
        let has = |part: &str| rest.iter().any(|p| p == part);
        match primary.as_str() {
            "en" => Some(Lang::En),
            "id" | "in" => Some(Lang::Id),
            "es" => Some(Lang::Es),
            "pt" => Some(Lang::PtBr),
            "vi" => Some(Lang::Vi),
            "ru" => Some(Lang::Ru),
            "zh" if has("hans") => Some(Lang::ZhHans),
            "zh" if has("hant") || has("tw") || has("hk") || has("mo") => None,
            "zh" => Some(Lang::ZhHans),
            _ => None,
        }
    }

    /// The first of the system's preferred languages that AV Switch speaks;
    /// English otherwise.
    pub fn system() -> Lang {
        sys_locale::get_locales()
            .find_map(|l| Lang::from_locale(&l))
            .unwrap_or_default()
    }

    /// The text `id` (or `id.attribute`) with its arguments filled in. A text
    /// missing here falls back to English, then to its id; the test
    /// `tests/i18n.rs` keeps that from ever being seen.
    pub fn text(self, id: &str, args: &[(&str, Arg)]) -> String {
        debug_assert!(pattern(bundle(Lang::En), id).is_some(), "no text {id}");
        let args = self.fluent_args(args);
        [self, Lang::En]
            .into_iter()
            .find_map(|lang| format(bundle(lang), id, args.as_ref()))
            .unwrap_or_else(|| id.to_owned())
    }

    /// The attributes of text `id` whose names start with `prefix`, in file
    /// order: the numbered steps of a checklist item, for example.
    pub fn list(self, id: &str, prefix: &str, args: &[(&str, Arg)]) -> Vec<String> {
        let lang = if bundle(self).has_message(id) {
            self
        } else {
            Lang::En
        };
        let bundle = bundle(lang);
        let Some(message) = bundle.get_message(id) else {
            return Vec::new();
        };
        message
            .attributes()
            .filter(|a| a.id().starts_with(prefix))
            .map(|a| lang.text(&format!("{id}.{}", a.id()), args))
            .collect()
    }

    /// A message made earlier, in this language.
    pub fn msg(self, msg: &Msg) -> String {
        self.text(msg.id, &msg.args)
    }

    /// The words behind a message (see [`Msg::detail`]), in this language
    /// where they are AV Switch's own; the system's own words as they are.
    pub fn detail(self, msg: &Msg) -> Option<String> {
        msg.args.iter().find_map(|(name, value)| match value {
            Arg::Text(text) if *name == "detail" => Some(text.clone()),
            Arg::Msg(inner) if *name == "detail" => Some(self.msg(inner)),
            Arg::Msg(inner) => self.detail(inner),
            _ => None,
        })
    }

    fn fluent_args<'a>(self, args: &'a [(&str, Arg)]) -> Option<FluentArgs<'a>> {
        (!args.is_empty()).then(|| {
            args.iter()
                .map(|(name, value)| {
                    let value = match value {
                        Arg::Text(s) => FluentValue::String(shown(s)),
                        Arg::Number(n) => FluentValue::from(*n),
                        Arg::Msg(m) => FluentValue::String(Cow::Owned(self.msg(m))),
                    };
                    (*name, value)
                })
                .collect()
        })
    }
}

/// A value for a text's `{ $name }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    /// Chooses plural forms (`[one]`, `[other]`).
    Number(i64),
    /// Another text, put into words in the same language.
    Msg(Box<Msg>),
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Self {
        Arg::Msg(Box::new(m))
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(u16, i32, i64, u32, u64, usize);

/// A text that may come from the machine (a product's name, a path, a
/// certificate's subject, a registry value), as a person may be shown it:
/// control characters (C0, C1, DEL, so no terminal escape, bell or line
/// break) and the marks that reorder text (bidirectional overrides and
/// isolates) become `?`, which every font and console can show. Every
/// sentence's values pass through here, so a
/// name can never break a line of a text, Markdown or calendar file nor reach
/// a terminal as an escape; markup is each format's own escaping, and JSON
/// keeps the name exactly.
pub fn shown(text: &str) -> Cow<'_, str> {
    let hidden = |c: char| {
        c.is_control()
            || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
            || ('\u{202A}'..='\u{202E}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
    };
    if text.chars().any(hidden) {
        Cow::Owned(
            text.chars()
                .map(|c| if hidden(c) { '?' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(text)
    }
}

/// A value that may be missing, worded as "not known" when it is, never as
/// a dash.
pub fn or_not_known<T: Into<Arg>>(value: Option<T>) -> Arg {
    value.map_or_else(|| Arg::from(Msg::of("value-not-known")), Into::into)
}

/// A text to be put into words later: what a worker thread reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    /// A text without arguments.
    pub fn of(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    /// The system's own words behind a message: its `detail` argument, or
    /// that of a message it includes. Texts leave it out, so a person reads
    /// plain words first; the window shows it under "Details" and the
    /// command line after the message.
    /// In English; [`Lang::detail`] words it in a language.
    pub fn detail(&self) -> Option<String> {
        Lang::En.detail(self)
    }
}

/// In English, for logs and error chains.
impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&Lang::En.msg(self))
    }
}

/// `t!(lang, "id")` or `t!(lang, "id", name = value, ...)`: the text now.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $lang.text($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),*])
    };
}

/// `msg!("id", name = value, ...)`: a text to put into words later.
#[macro_export]
macro_rules! msg {
    ($id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Msg {
            id: $id,
            args: vec![$((stringify!($name), $crate::i18n::Arg::from($value))),*],
        }
    };
}

/// The text `id` or `message.attribute` of a bundle.
fn pattern<'b>(bundle: &'b Bundle, id: &str) -> Option<&'b Pattern<&'b str>> {
    let (message, attribute) = match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(message)?;
    match attribute {
        Some(name) => Some(message.get_attribute(name)?.value()),
        None => message.value(),
    }
}

fn format(bundle: &Bundle, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = pattern(bundle, id)?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    debug_assert!(errors.is_empty(), "text {id}: {errors:?}");
    Some(text.into_owned())
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    BUNDLES[index].get_or_init(|| load(lang))
}

fn load(lang: Lang) -> Bundle {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks would show as boxes in the window and in
    // plain-text exports; every argument here is a whole phrase anyway.
    bundle.set_use_isolating(false);
    for source in lang.sources() {
        // Syntax errors are caught by tests; what parsed is still usable.
        let resource = FluentResource::try_new(source).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_as_systems_write_them() {
        assert_eq!(Lang::from_locale("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::from_locale("es_US.UTF-8"), Some(Lang::Es));
        assert_eq!(Lang::from_locale("id_ID"), Some(Lang::Id));
        assert_eq!(Lang::from_locale("in"), Some(Lang::Id));
        assert_eq!(Lang::from_locale("EN"), Some(Lang::En));
        assert_eq!(Lang::from_locale("de-DE"), None);
        for simplified in [
            "zh_CN.UTF-8",
            "zh-CN",
            "zh_SG",
            "zh-Hans",
            "zh-Hans-CN",
            "zh",
        ] {
            assert_eq!(
                Lang::from_locale(simplified),
                Some(Lang::ZhHans),
                "{simplified}"
            );
        }
        for traditional in ["zh_TW.UTF-8", "zh-Hant-TW", "zh_HK", "zh-MO", "zh-Hant"] {
            assert_eq!(Lang::from_locale(traditional), None, "{traditional}");
        }
        assert_eq!(Lang::from_locale("vi_VN.UTF-8"), Some(Lang::Vi));
        assert_eq!(Lang::from_locale("ru_UA.UTF-8"), Some(Lang::Ru));
        assert_eq!(Lang::from_locale("pt_BR"), Some(Lang::PtBr));
        assert_eq!(Lang::from_locale("pt-PT"), Some(Lang::PtBr));
        assert_eq!(Lang::from_locale("uk_UA"), None);
        assert_eq!(Lang::from_locale("C"), None);
        assert_eq!(Lang::from_locale(""), None);
    }

    #[test]
    fn arguments_and_plurals() {
        assert_eq!(t!(Lang::En, "count-day", n = 1), "1 day");
        assert_eq!(t!(Lang::En, "count-day", n = 5), "5 days");
        assert_eq!(t!(Lang::Es, "count-day", n = 1), "1 día");
        assert_eq!(t!(Lang::Id, "count-day", n = 5), "5 hari");
    }
}
