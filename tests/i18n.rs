//! The translation files: every language has every text, with the same
//! attributes and the values it must show, and every English text is used.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use avswitch::advisory::Advisory;
use avswitch::i18n::{FILES, Lang};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, Variant};

/// One message or attribute: the variables it prints, and those it only
/// uses to choose between variants.
#[derive(Debug, Default)]
struct Text {
    printed: BTreeSet<String>,
    selectors: BTreeSet<String>,
    /// Variables the comment above the message says are available.
    documented: BTreeSet<String>,
    value: String,
}

/// Every text of a language by id (`message` or `message.attribute`).
fn texts(lang: Lang) -> BTreeMap<String, Text> {
    let mut all = BTreeMap::new();
    for (file, source) in FILES.iter().zip(lang.sources()) {
        let resource =
            fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(_, errors)| {
                panic!("{}/{file}.ftl does not parse: {errors:?}", lang.code())
            });
        for entry in resource.body {
            let Entry::Message(message) = entry else {
                continue;
            };
            let documented: BTreeSet<String> = message
                .comment
                .iter()
                .flat_map(|c| c.content.iter())
                .flat_map(|line| line.split_whitespace())
                .filter_map(|word| word.strip_prefix('$'))
                .map(|v| {
                    v.trim_matches(|c: char| !c.is_alphanumeric() && c != '_')
                        .to_owned()
                })
                .collect();
            let id = message.id.name.to_owned();
            let mut add = |key: String, pattern: &Pattern<&str>| {
                let mut text = Text {
                    documented: documented.clone(),
                    ..Text::default()
                };
                walk(pattern, &mut text);
                assert!(
                    all.insert(key.clone(), text).is_none(),
                    "{}: {key} is defined twice",
                    lang.code()
                );
            };
            if let Some(value) = &message.value {
                add(id.clone(), value);
            }
            for attribute in &message.attributes {
                add(format!("{id}.{}", attribute.id.name), &attribute.value);
            }
        }
    }
    all
}

fn walk(pattern: &Pattern<&str>, text: &mut Text) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.value.push_str(value),
            PatternElement::Placeable { expression } => expression_vars(expression, text),
        }
    }
}

fn expression_vars(expression: &Expression<&str>, text: &mut Text) {
    match expression {
        Expression::Inline(InlineExpression::VariableReference { id }) => {
            text.printed.insert(id.name.to_owned());
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_vars(expression, text);
        }
        Expression::Inline(_) => {}
        Expression::Select { selector, variants } => {
            if let InlineExpression::VariableReference { id } = selector {
                text.selectors.insert(id.name.to_owned());
            }
            for Variant { value, .. } in variants {
                walk(value, text);
            }
        }
    }
}

/// Every language but English.
fn translations() -> impl Iterator<Item = Lang> {
    Lang::ALL.into_iter().filter(|l| *l != Lang::En)
}

#[test]
fn every_language_has_every_text_and_nothing_else() {
    let english = texts(Lang::En);
    for lang in translations() {
        let other = texts(lang);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        assert!(extra.is_empty(), "{} has unknown {extra:?}", lang.code());
    }
}

#[test]
fn translations_show_what_english_shows_and_use_only_what_is_given() {
    let english = texts(Lang::En);
    for lang in translations() {
        for (id, text) in texts(lang) {
            let Some(en) = english.get(&id) else {
                continue;
            };
            // A name, a date or a count printed in English must be printed
            // in the translation too. Variables only used to pick a plural
            // form may be left out, and so may alternatives the English
            // comment documents (a 12-hour or a 24-hour clock).
            let dropped: Vec<_> = en
                .printed
                .iter()
                .filter(|v| !text.printed.contains(*v) && !en.documented.contains(*v))
                .collect();
            assert!(
                dropped.is_empty(),
                "{}: {id} leaves out {dropped:?}",
                lang.code()
            );
            let known: BTreeSet<&String> = en
                .printed
                .iter()
                .chain(&en.selectors)
                .chain(&en.documented)
                .collect();
            let unknown: Vec<_> = text
                .printed
                .iter()
                .chain(&text.selectors)
                .filter(|v| !known.contains(v))
                .collect();
            assert!(
                unknown.is_empty(),
                "{}: {id} uses unknown {unknown:?}",
                lang.code()
            );
        }
    }
}

/// Words that are the same in every language: names of products, formats
/// and programs.
const SAME_EVERYWHERE: &[&str] = &[
    "answer-no",
    "check-status",
    "kind-vpn",
    "probe-xprotect",
    "probe-security-center",
    "probe-defender",
    "export-seen-by",
    "format-markdown",
    "date",
    "date-instant",
    "date-eastern",
    "evidence-bundle",
    "month-april",
    "month-september",
    "month-november",
    "count-year",
    "window-name",
    "cli-value-folder",
    "cli-value-format",
    "defender-mode-normal",
];

#[test]
fn nothing_is_left_untranslated() {
    let english = texts(Lang::En);
    for lang in translations() {
        let untranslated: Vec<_> = texts(lang)
            .into_iter()
            .filter(|(id, text)| {
                english.get(id).is_some_and(|en| {
                    en.value.chars().any(char::is_alphabetic) && en.value == text.value
                }) && !SAME_EVERYWHERE.contains(&id.as_str())
            })
            .map(|(id, _)| id)
            .collect();
        assert!(
            untranslated.is_empty(),
            "{} still has English for {untranslated:?}",
            lang.code()
        );
    }
}

/// The plural forms `lang` has (CLDR), as Fluent picks them for whole
/// numbers.
fn plural_forms(lang: Lang) -> BTreeSet<&'static str> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("a language code");
    // As Fluent does: the rules of the language alone where its region's
    // or script's are not given apart (pt-BR is pt, zh-Hans is zh).
    let language = unic_langid::LanguageIdentifier::from_parts(id.language, None, None, &[]);
    let rules = PluralRules::create(id, PluralRuleType::CARDINAL)
        .or_else(|_| PluralRules::create(language, PluralRuleType::CARDINAL))
        .expect("plural rules");
    (0..1000)
        .map(|n| match rules.select(n).expect("a plural form") {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        })
        .collect()
}

/// Every select in `source` on a variable, with the keys of its variants.
fn selects(lang: Lang) -> Vec<(String, String, BTreeSet<String>)> {
    let mut found = Vec::new();
    for (file, source) in FILES.iter().zip(lang.sources()) {
        let resource = fluent_syntax::parser::parse(source.as_str()).expect("parses");
        for entry in resource.body {
            let Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name.to_owned();
            let patterns = message
                .value
                .iter()
                .chain(message.attributes.iter().map(|a| &a.value));
            for pattern in patterns {
                for element in &pattern.elements {
                    let PatternElement::Placeable {
                        expression: Expression::Select { selector, variants },
                    } = element
                    else {
                        continue;
                    };
                    let InlineExpression::VariableReference { id: variable } = selector else {
                        continue;
                    };
                    let keys = variants
                        .iter()
                        .map(|v| match &v.key {
                            fluent_syntax::ast::VariantKey::Identifier { name } => {
                                (*name).to_owned()
                            }
                            fluent_syntax::ast::VariantKey::NumberLiteral { value } => {
                                (*value).to_owned()
                            }
                        })
                        .collect();
                    found.push((format!("{file}/{id}"), variable.name.to_owned(), keys));
                }
            }
        }
    }
    found
}

#[test]
fn every_count_has_the_plural_forms_its_language_needs() {
    const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    for lang in Lang::ALL {
        let needed = plural_forms(lang);
        for (id, variable, keys) in selects(lang) {
            // A select on a count: its variants are plural forms.
            if !keys
                .iter()
                .any(|k| CATEGORIES.contains(&k.as_str()) && k != "other")
            {
                continue;
            }
            let missing: Vec<_> = needed
                .iter()
                .filter(|form| !keys.contains(**form))
                .collect();
            assert!(
                missing.is_empty(),
                "{}: {id} chooses by ${variable} without the forms {missing:?}",
                lang.code()
            );
            let foreign: Vec<_> = keys
                .iter()
                // `other` is every select's default, needed or not.
                .filter(|k| {
                    CATEGORIES.contains(&k.as_str())
                        && *k != "other"
                        && !needed.contains(k.as_str())
                })
                .collect();
            assert!(
                foreign.is_empty(),
                "{}: {id} has forms the language never uses: {foreign:?}",
                lang.code()
            );
        }
    }
    assert_eq!(
        plural_forms(Lang::Ru),
        BTreeSet::from(["one", "few", "many"])
    );
    assert_eq!(plural_forms(Lang::ZhHans), BTreeSet::from(["other"]));
}

/// English words that have no place inside a sentence of another language
/// (names of products and programs, and commands, are not among them).
const ENGLISH_WORDS: &[&str] = &[
    "the",
    "and",
    "your",
    "you",
    "this",
    "that",
    "with",
    "from",
    "is",
    "are",
    "will",
    "can",
    "not",
    "click",
    "then",
    "which",
    "when",
    "what",
    "there",
    "they",
    "before",
    "after",
    "into",
    "only",
    "have",
    "has",
    "been",
    "was",
    "were",
    "permission",
    "denied",
    "thumbprint",
    "details",
];

#[test]
fn no_english_word_is_left_inside_a_translated_sentence() {
    for lang in translations() {
        for (id, text) in texts(lang) {
            let english: Vec<&str> = text
                .value
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|word| ENGLISH_WORDS.contains(&word.to_ascii_lowercase().as_str()))
                .collect();
            assert!(
                english.is_empty(),
                "{}: {id} has English words {english:?}: {}",
                lang.code(),
                text.value
            );
        }
    }
}

/// Every string literal in the program's sources (tests excluded).
fn literals_in_sources() -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut folders = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("src is readable") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let source = std::fs::read_to_string(&path).expect("source");
            let code = source.split("#[cfg(test)]").next().unwrap_or_default();
            let mut rest = code;
            while let Some(start) = rest.find('"') {
                let after = &rest[start + 1..];
                let Some(end) = after.find('"') else { break };
                found.insert(after[..end].to_owned());
                rest = &after[end + 1..];
            }
        }
    }
    found
}

#[test]
fn every_english_text_is_used() {
    let literals = literals_in_sources();
    let advisory = Advisory::embedded().expect("advisory");
    let from_data: BTreeSet<String> = advisory
        .facts
        .iter()
        .map(|f| format!("fact-{}", f.id))
        .chain(
            advisory
                .milestones
                .iter()
                .map(|m| format!("milestone-{}", m.id)),
        )
        .collect();
    let unused: Vec<String> = texts(Lang::En)
        .into_keys()
        // Attributes are used with their message (steps, `.why`, `.link`).
        .filter(|id| !id.contains('.'))
        .filter(|id| !literals.contains(id) && !from_data.contains(id))
        .collect();
    assert!(unused.is_empty(), "unused texts: {unused:?}");
}

#[test]
fn every_fact_and_milestone_has_words_in_every_language() {
    let advisory = Advisory::embedded().expect("advisory");
    for lang in Lang::ALL {
        let texts = texts(lang);
        for fact in &advisory.facts {
            assert!(texts.contains_key(&format!("fact-{}", fact.id)), "{fact:?}");
        }
        for m in &advisory.milestones {
            assert!(texts.contains_key(&format!("milestone-{}.meaning", m.id)));
        }
    }
}

/// A piece of Rust source, as the scans below need it: comments dropped,
/// string literals whole.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Str(String),
    Word(String),
    Punct(char),
}

/// A token and the line it is on.
#[derive(Debug, Clone)]
struct Located {
    token: Token,
    line: usize,
}

/// Splits Rust source into tokens: string literals (plain, raw, byte),
/// words (names, keywords, numbers) and single punctuation marks.
fn tokens(source: &str) -> Vec<Located> {
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let count_lines =
        |from: usize, to: usize| chars[from..to].iter().filter(|c| **c == '\n').count();
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let start = i;
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            line += count_lines(start, i);
            continue;
        }
        // Raw strings: r"..", r#".."#, br"..".
        let raw_at = match (c, next) {
            ('r', Some('"' | '#')) => Some(i + 1),
            ('b', Some('r')) if matches!(chars.get(i + 2), Some('"' | '#')) => Some(i + 2),
            _ => None,
        };
        if let Some(mut j) = raw_at {
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) == Some(&'"') {
                let body = j + 1;
                let mut k = body;
                while k < chars.len() {
                    if chars[k] == '"' && (1..=hashes).all(|h| chars.get(k + h) == Some(&'#')) {
                        break;
                    }
                    k += 1;
                }
                out.push(Located {
                    token: Token::Str(chars[body..k.min(chars.len())].iter().collect()),
                    line,
                });
                i = (k + 1 + hashes).min(chars.len());
                line += count_lines(start, i);
                continue;
            }
        }
        if c == '"' || (c == 'b' && next == Some('"')) {
            let mut k = if c == 'b' { i + 2 } else { i + 1 };
            let mut text = String::new();
            while k < chars.len() && chars[k] != '"' {
                if chars[k] == '\\' {
                    match chars.get(k + 1) {
                        Some('\n') => {
                            // A line continuation skips the next line's indent.
                            k += 2;
                            while chars.get(k).is_some_and(|c| c.is_whitespace()) {
                                k += 1;
                            }
                            continue;
                        }
                        Some(escaped) => text.push(*escaped),
                        None => {}
                    }
                    k += 2;
                    continue;
                }
                text.push(chars[k]);
                k += 1;
            }
            out.push(Located {
                token: Token::Str(text),
                line,
            });
            i = (k + 1).min(chars.len());
            line += count_lines(start, i);
            continue;
        }
        if c == '\'' {
            // A character literal ('x', '\n', '\u{41}'), or a lifetime.
            let literal_end = match next {
                Some('\\') => (i + 2..chars.len()).find(|k| chars[*k] == '\''),
                Some(_) if chars.get(i + 2) == Some(&'\'') => Some(i + 2),
                _ => None,
            };
            if let Some(end) = literal_end {
                i = end + 1;
                continue;
            }
        }
        if c.is_alphanumeric() || c == '_' {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(Located {
                token: Token::Word(chars[start..i].iter().collect()),
                line,
            });
            continue;
        }
        if c == '\n' {
            line += 1;
        } else if !c.is_whitespace() {
            out.push(Located {
                token: Token::Punct(c),
                line,
            });
        }
        i += 1;
    }
    out
}

/// `tokens` without what is compiled for tests only: items under
/// `#[cfg(test)]` (or `#[cfg(all(test, ..))]`), which may name ids that
/// do not exist on purpose.
fn without_tests(tokens: Vec<Located>) -> Vec<Located> {
    let is = |t: Option<&Located>, want: &Token| t.is_some_and(|t| t.token == *want);
    let mut kept = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let attribute = is(tokens.get(i), &Token::Punct('#'))
            && is(tokens.get(i + 1), &Token::Punct('['))
            && is(tokens.get(i + 2), &Token::Word("cfg".into()));
        if attribute {
            let close = (i..tokens.len())
                .find(|k| tokens[*k].token == Token::Punct(']'))
                .unwrap_or(tokens.len());
            let words = &tokens[i..close];
            let for_tests = words.iter().any(|t| t.token == Token::Word("test".into()))
                && !words.iter().any(|t| t.token == Token::Word("not".into()));
            if for_tests {
                // Skip the item: up to its `;`, or its whole `{ .. }` block.
                let mut depth = 0;
                let mut k = close + 1;
                while let Some(t) = tokens.get(k) {
                    match t.token {
                        Token::Punct('{') => depth += 1,
                        Token::Punct('}') => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        Token::Punct(';') if depth == 0 => break,
                        _ => {}
                    }
                    k += 1;
                }
                i = k + 1;
                continue;
            }
        }
        kept.push(tokens[i].clone());
        i += 1;
    }
    kept
}

/// Every Rust file under `src/`, with its tokens (test code left out), by
/// path from the crate.
fn sources() -> Vec<(String, Vec<Located>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    let mut folders = vec![root.join("src")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("src is readable") {
            let path = entry.expect("entry").path();
            // A module of tests in a file or a folder of its own.
            let tests = path.file_stem().is_some_and(|stem| stem == "tests");
            if path.is_dir() {
                if !tests {
                    folders.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "rs") && !tests {
                let source = std::fs::read_to_string(&path).expect("source");
                let name = path
                    .strip_prefix(root)
                    .expect("inside the crate")
                    .display()
                    .to_string();
                found.push((name, without_tests(tokens(&source))));
            }
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found
}

#[test]
fn the_token_scan_reads_rust_as_it_is_written() {
    let source = r##"
        // t!(lang, "in-a-comment")
        let x = t!(lang, "check-again", n = f(a, b)); /* msg!("nested /* */ gone") */
        let c = '"'; let l: &'static str = r#"raw "one""#;
        lang.text("wrapped-\
                   line", &[]);
    "##;
    let found: Vec<Token> = tokens(source).into_iter().map(|t| t.token).collect();
    let tested = "fn a() { t!(l, \"kept\"); } #[cfg(test)] mod tests { fn b() { \"gone\" } } \
                  #[cfg(not(test))] fn c() { \"kept too\" }";
    let kept: Vec<Token> = without_tests(tokens(tested))
        .into_iter()
        .map(|t| t.token)
        .collect();
    assert!(kept.contains(&Token::Str("kept".into())));
    assert!(!kept.contains(&Token::Str("gone".into())));
    assert!(kept.contains(&Token::Str("kept too".into())));
    let strings: Vec<&Token> = found
        .iter()
        .filter(|t| matches!(t, Token::Str(_)))
        .collect();
    assert_eq!(
        strings,
        [
            &Token::Str("check-again".into()),
            &Token::Str("raw \"one\"".into()),
            &Token::Str("wrapped-line".into()),
        ]
    );
    assert!(
        found.contains(&Token::Word("static".into())),
        "a lifetime is no character"
    );
    let sites = call_sites(&[("x.rs".into(), tokens(source))]);
    let named: Vec<Option<&str>> = sites.iter().map(|s| s.id.as_deref()).collect();
    assert_eq!(named, [Some("check-again"), Some("wrapped-line")]);
}

/// Where code asks for a text: `t!(lang, ID, ..)`, `msg!(ID, ..)`,
/// `Msg::of(ID)`, `.text(ID, ..)` and `.list(ID, ..)`. `id` is the text's
/// id when it is written there, `None` when it is computed (its ids are
/// literals elsewhere, checked by the test after the next).
#[derive(Debug)]
struct CallSite {
    file: String,
    line: usize,
    id: Option<String>,
}

fn call_sites(files: &[(String, Vec<Located>)]) -> Vec<CallSite> {
    let word = |t: Option<&Located>, w: &str| matches!(t, Some(Located { token: Token::Word(x), .. }) if x == w);
    let punct = |t: Option<&Located>, p: char| matches!(t, Some(Located { token: Token::Punct(x), .. }) if *x == p);
    let mut sites = Vec::new();
    for (file, tokens) in files {
        for (i, located) in tokens.iter().enumerate() {
            let at = |k: usize| tokens.get(i + k);
            // Where the id argument starts, if this is a call site.
            let id_at = if word(Some(located), "t")
                && punct(at(1), '!')
                && punct(at(2), '(')
                && !(i > 0 && (punct(tokens.get(i - 1), '.') || punct(tokens.get(i - 1), ':')))
            {
                // Past the first argument, the language.
                let mut depth = 0;
                let mut k = i + 3;
                while let Some(t) = tokens.get(k) {
                    match t.token {
                        Token::Punct('(' | '[' | '{') => depth += 1,
                        Token::Punct(')' | ']' | '}') if depth == 0 => break,
                        Token::Punct(')' | ']' | '}') => depth -= 1,
                        Token::Punct(',') if depth == 0 => break,
                        _ => {}
                    }
                    k += 1;
                }
                Some(k + 1)
            } else if word(Some(located), "msg") && punct(at(1), '!') && punct(at(2), '(') {
                Some(i + 3)
            } else if word(Some(located), "Msg")
                && punct(at(1), ':')
                && punct(at(2), ':')
                && word(at(3), "of")
                && punct(at(4), '(')
            {
                Some(i + 5)
            } else if punct(Some(located), '.')
                && (word(at(1), "text") || word(at(1), "list"))
                && punct(at(2), '(')
                && !punct(at(3), ')')
            {
                Some(i + 3)
            } else {
                None
            };
            let Some(id_at) = id_at else { continue };
            // A macro's own definition names no text.
            if punct(tokens.get(id_at), '$') {
                continue;
            }
            let id = match tokens.get(id_at).map(|t| &t.token) {
                Some(Token::Str(id)) if !punct(tokens.get(id_at + 1), '.') => Some(id.clone()),
                _ => None,
            };
            sites.push(CallSite {
                file: file.clone(),
                line: located.line,
                id,
            });
        }
    }
    sites
}

#[test]
fn every_text_the_code_asks_for_exists_in_every_language() {
    let files = sources();
    let sites = call_sites(&files);
    // An empty id stands for "no words yet" in a value made before its
    // words are known; it is never shown.
    let written: Vec<&CallSite> = sites
        .iter()
        .filter(|s| s.id.as_ref().is_some_and(|id| !id.is_empty()))
        .collect();
    // The scan finds the call sites: a change that hid them would show here.
    assert!(
        written.len() > 300,
        "only {} call sites found",
        written.len()
    );
    for lang in Lang::ALL {
        let texts = texts(lang);
        let missing: Vec<String> = written
            .iter()
            .filter(|s| s.id.as_ref().is_some_and(|id| !texts.contains_key(id)))
            .map(|s| format!("{}:{} {:?}", s.file, s.line, s.id))
            .collect();
        assert!(
            missing.is_empty(),
            "{} has no text for {missing:#?}",
            lang.code()
        );
    }
}

/// Text ids look like `check-again`, `format-html.purpose`.
fn looks_like_an_id(literal: &str) -> bool {
    let (message, attribute) = literal.split_once('.').unwrap_or((literal, ""));
    let word = |w: &str| {
        !w.is_empty()
            && w.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    };
    let mut words = message.split('-');
    words
        .next()
        .is_some_and(|first| first.starts_with(|c: char| c.is_ascii_lowercase()) && word(first))
        && message.contains('-')
        && words.all(word)
        && (attribute.is_empty() || attribute.split('-').all(word))
}

/// Names shaped like text ids that are not texts, and why.
const NOT_TEXTS: &[(&str, &str)] = &[
    ("avswitch-check", "the format of `check --json`"),
    ("avswitch-plan", "the format of the JSON export"),
    ("avswitch-recording", "the format of a recording"),
    ("avswitch-print", "the folder of the printable page"),
    ("avswitch-progress", "the thread that writes progress"),
    ("avswitch-fonts", "the thread that looks for fonts"),
    ("avswitch-windows-question", "the thread that asks Windows"),
    ("find-certificate", "an argument of macOS `security`"),
    ("is-active", "an argument of `systemctl`"),
    (
        "left-behind",
        "the window's own name for a part of the Check page",
    ),
];

/// Computed ids (`lang.text(kind.key(), ..)`, `probe: "probe-dpkg"`) are
/// literals somewhere in the code: each literal shaped like an id is a
/// text in every language, or a checklist item, a product of the catalog,
/// a source of the advisory, or one of the few other names above.
#[test]
fn every_literal_shaped_like_a_text_id_is_one() {
    let advisory = Advisory::embedded().expect("advisory");
    let all: Vec<BTreeMap<String, Text>> = Lang::ALL.into_iter().map(texts).collect();
    let english = &all[0];
    let mut unknown = Vec::new();
    for (file, tokens) in sources() {
        // Product ids are checked by `no_code_names_a_product_by_a_string`.
        if file.ends_with("product_id.rs") {
            continue;
        }
        for located in tokens {
            let Token::Str(literal) = &located.token else {
                continue;
            };
            if !looks_like_an_id(literal) {
                continue;
            }
            let text = all.iter().all(|texts| texts.contains_key(literal));
            let item = english.contains_key(&format!("item-{literal}"))
                || english
                    .keys()
                    .any(|k| k.starts_with(&format!("item-{literal}-")))
                || english.contains_key(&format!("section-{literal}"));
            let product = advisory.sources.iter().any(|source| source.id == *literal);
            let named = NOT_TEXTS.iter().any(|(name, _)| name == literal);
            if !(text || item || product || named) {
                unknown.push(format!("{file}:{} {literal:?}", located.line));
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "not a text in every language, nor a checklist item, product or known name: {unknown:#?}"
    );
}

/// The string literals in the sources, outside the file `except`, that
/// `matches`, each with where it is.
fn literals_outside(except: &str, matches: impl Fn(&str) -> bool) -> Vec<String> {
    let mut found = Vec::new();
    for (file, tokens) in sources() {
        if file.ends_with(except) {
            continue;
        }
        for located in tokens {
            if let Token::Str(literal) = &located.token
                && matches(literal)
            {
                found.push(format!("{file}:{} {literal:?}", located.line));
            }
        }
    }
    found
}

/// Products are named by `ProductId`, which the catalog checks when it
/// loads, and what a product is (Kaspersky's, the replacement, built in) is
/// the catalog's to say: an id written as a string could name no product.
/// Only `product_id.rs` writes them, once each.
#[test]
fn no_code_names_a_product_by_a_string() {
    use avswitch::detect::ProductId;
    let written = literals_outside("product_id.rs", |literal| {
        ProductId::from_name(&literal.to_lowercase()).is_some()
    });
    assert!(written.is_empty(), "product ids as strings: {written:#?}");
}

/// Facts are named by `FactId`, which the advisory checks when it loads:
/// a fact id written as a string could name no fact and drop a source
/// without a word. Only `fact_id.rs` writes them, once each.
#[test]
fn no_code_names_a_fact_by_a_string() {
    let written = literals_outside("fact_id.rs", |literal| {
        literal.len() > 1
            && literal.starts_with('F')
            && literal[1..].chars().all(|c| c.is_ascii_digit())
    });
    assert!(written.is_empty(), "use FactId: {written:#?}");
    let advisory = Advisory::embedded().expect("advisory");
    for id in avswitch::advisory::FactId::ALL {
        assert!(advisory.fact(*id).is_some(), "{id}");
    }
}

/// A text's id says which words to show, nothing more: code that compares
/// it, or matches on it, breaks silently when the text is renamed.
#[test]
fn no_code_decides_by_a_texts_id() {
    let english = texts(Lang::En);
    let mut deciding = Vec::new();
    for (file, tokens) in sources() {
        for (i, located) in tokens.iter().enumerate() {
            let Token::Str(literal) = &located.token else {
                continue;
            };
            if !english.contains_key(literal) {
                continue;
            }
            let punct = |k: usize| match tokens.get(k).map(|t| &t.token) {
                Some(Token::Punct(p)) => Some(*p),
                _ => None,
            };
            let compared_before =
                i >= 2 && matches!((punct(i - 2), punct(i - 1)), (Some('=' | '!'), Some('=')));
            let compared_after =
                matches!((punct(i + 1), punct(i + 2)), (Some('=' | '!'), Some('=')));
            let arm = matches!(
                (punct(i + 1), punct(i + 2)),
                (Some('='), Some('>')) | (Some('|'), _)
            );
            if compared_before || compared_after || arm {
                deciding.push((file.clone(), literal.clone()));
            }
        }
    }
    assert!(
        deciding.is_empty(),
        "code decides by a text's id: {deciding:#?}"
    );
}
