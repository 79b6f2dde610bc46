//! The layers of `src/detect/` as docs/architecture.md's table lists them:
//! each module imports only modules listed before it, so the parsers never
//! reach the machine, the adapters never parse, and the order of evidence
//! depends on no probe. This test reads every `use` of every file and fails
//! on one that goes the wrong way, naming the file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

mod common;

/// The modules of the table's rows, in order (`adapters/` is `adapters`).
fn layers() -> Vec<String> {
    let text = std::fs::read_to_string(common::project("docs/architecture.md")).expect("read");
    let table = text
        .split("| Layer | Modules |")
        .nth(1)
        .expect("the table of layers");
    let mut order = Vec::new();
    for row in table.lines().skip(2) {
        if !row.starts_with('|') {
            break;
        }
        let modules = row.split('|').nth(2).expect("a modules cell");
        for name in modules.split('`').skip(1).step_by(2) {
            order.push(name.trim_end_matches('/').to_owned());
        }
    }
    order
}

fn rust_files(folder: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).expect("folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The `detect` modules a file names: `crate::detect::x`, the groups of
/// `crate::detect::{x, y::z}`, and, in a file directly in `detect/`,
/// `super::x`.
fn named_modules(text: &str, directly_in_detect: bool) -> Vec<String> {
    let mut names = Vec::new();
    let mut prefixes = vec!["crate::detect::"];
    if directly_in_detect {
        prefixes.push("super::");
    }
    for prefix in prefixes {
        for (at, _) in text.match_indices(prefix) {
            let rest = &text[at + prefix.len()..];
            if let Some(group) = rest.strip_prefix('{') {
                let group = &group[..group.find('}').unwrap_or(group.len())];
                names.extend(group.split(',').map(|item| head(item.trim())));
            } else {
                names.push(head(rest));
            }
        }
    }
    names.retain(|name| !name.is_empty());
    names
}

fn head(path: &str) -> String {
    path.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

#[test]
fn detect_imports_only_the_layers_above() {
    let order = layers();
    assert!(
        order.len() >= 10,
        "the table lists the modules of detect/: {order:?}"
    );
    let rank: BTreeMap<&str, usize> = order
        .iter()
        .enumerate()
        .map(|(at, name)| (name.as_str(), at))
        .collect();
    let detect = common::project("src/detect");
    let mut files = Vec::new();
    rust_files(&detect, &mut files);
    let mut wrong = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(&detect).expect("inside");
        let parts: Vec<_> = relative.iter().map(|p| p.to_string_lossy()).collect();
        let own = parts[0].trim_end_matches(".rs").to_owned();
        if own == "mod" {
            continue;
        }
        let own_rank = *rank
            .get(own.as_str())
            .unwrap_or_else(|| panic!("src/detect/{own} is not in docs/architecture.md's table"));
        let text = std::fs::read_to_string(file).expect("read");
        // `super::` of `detect/scan.rs` and of `detect/answers/mod.rs` is
        // `detect`; deeper down it is the module's own.
        let directly_in_detect = parts.len() == 1 || parts.len() == 2 && parts[1] == "mod.rs";
        for used in named_modules(&text, directly_in_detect) {
            let Some(&used_rank) = rank.get(used.as_str()) else {
                continue; // an item of detect/mod.rs, such as a re-export
            };
            if used != own && used_rank >= own_rank {
                wrong.push(format!("src/detect/{} uses {used}", relative.display()));
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(
        wrong.is_empty(),
        "imports against the order of docs/architecture.md:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_reader_finds_what_a_wrong_import_looks_like() {
    let text = "use crate::detect::{answers::Listed, scan};\nuse super::probe::Ctx;\n";
    assert_eq!(named_modules(text, true), ["answers", "scan", "probe"]);
    assert_eq!(named_modules(text, false), ["answers", "scan"]);
}
