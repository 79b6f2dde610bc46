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
        let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| {
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

#[test]
fn every_language_has_every_text_and_nothing_else() {
    let english = texts(Lang::En);
    for lang in [Lang::Id, Lang::Es] {
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
    for lang in [Lang::Id, Lang::Es] {
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
];

#[test]
fn nothing_is_left_untranslated() {
    let english = texts(Lang::En);
    for lang in [Lang::Id, Lang::Es] {
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

#[test]
fn every_text_the_code_names_exists() {
    let english = texts(Lang::En);
    // Literals that name texts by the families the code uses.
    let prefixes = [
        "item-",
        "section-",
        "probe-",
        "state-",
        "kind-",
        "weekday-",
        "month-",
        "evidence-",
        "failure-",
        "command-",
        "parse-",
        "summary-",
        "store-",
        "notice-",
        "export-",
        "format-",
        "wizard-",
        "display-",
        "language-",
        "check-",
        "deadlines-",
        "choose-",
        "checklist-",
        "welcome-",
        "report-",
        "definitions-",
        "flag-",
        "calendar-",
        "step-",
        "timeline-",
        "status-",
        "count-",
        "relative-",
        "span-",
        "date",
        "cli-",
    ];
    let named: Vec<String> = literals_in_sources()
        .into_iter()
        .filter(|l| {
            l.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-._".contains(c))
                && !l.ends_with('-')
                && prefixes.iter().any(|p| l.starts_with(p))
        })
        .collect();
    // Plan item and section ids share the families' first words; they are
    // ids, not texts, when their `item-`/`section-` text exists.
    let missing: Vec<_> = named
        .iter()
        .filter(|l| !english.contains_key(*l))
        .filter(|l| {
            !english.contains_key(&format!("item-{l}"))
                && !english.keys().any(|k| k.starts_with(&format!("item-{l}-")))
                && !english.contains_key(&format!("section-{l}"))
        })
        .collect();
    assert!(
        missing.is_empty(),
        "texts named in code but not defined: {missing:?}"
    );
}
