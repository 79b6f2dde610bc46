//! README and the pages in `docs/` link only to files and headings that
//! exist, and README stays a front door a newcomer reads in minutes.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// README and every page in `docs/`.
fn pages() -> Vec<PathBuf> {
    let mut pages = vec![root().join("README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root().join("docs"))
        .expect("docs/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    pages.extend(docs);
    pages
}

/// GitHub's anchor for a heading: lower case, spaces to hyphens, and
/// everything but letters, digits, hyphens and underscores left out.
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// The anchors of a page's headings (outside code blocks).
fn anchors(text: &str) -> Vec<String> {
    let mut fenced = false;
    let mut found = Vec::new();
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if !fenced && line.starts_with('#') {
            found.push(anchor(line.trim_start_matches('#')));
        }
    }
    found
}

/// Every `](target)` of a page, outside code blocks.
fn links(text: &str) -> Vec<String> {
    let mut fenced = false;
    let mut found = Vec::new();
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        let mut rest = line;
        while let Some(at) = rest.find("](") {
            let after = &rest[at + 2..];
            let end = after.find(')').unwrap_or(after.len());
            found.push(after[..end].to_owned());
            rest = &after[end..];
        }
    }
    found
}

#[test]
fn every_link_and_anchor_resolves() {
    let mut broken = Vec::new();
    for page in pages() {
        let text = std::fs::read_to_string(&page).expect("page");
        let folder = page.parent().expect("a folder");
        for link in links(&text) {
            if link.starts_with("http://")
                || link.starts_with("https://")
                || link.starts_with("mailto:")
            {
                continue;
            }
            let (file, fragment) = link.split_once('#').unwrap_or((&link, ""));
            let target: PathBuf = if file.is_empty() {
                page.clone()
            } else {
                folder.join(file)
            };
            if !target.exists() {
                broken.push(format!("{}: {link} (no such file)", name(&page)));
                continue;
            }
            if !fragment.is_empty() {
                let target_text = std::fs::read_to_string(&target).unwrap_or_default();
                if !anchors(&target_text).iter().any(|a| a == fragment) {
                    broken.push(format!("{}: {link} (no such heading)", name(&page)));
                }
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn readme_is_a_front_door() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README");
    let lines = readme.lines().count();
    assert!(lines <= 220, "README has {lines} lines");
    // The two commands a newcomer needs, and a way to every page.
    assert!(readme.contains("cargo run --release"));
    assert!(readme.contains("cargo test"));
    for page in pages().iter().skip(1) {
        let file = page
            .file_name()
            .and_then(|f| f.to_str())
            .unwrap_or_default();
        assert!(
            readme.contains(&format!("docs/{file}")),
            "README links {file}"
        );
    }
}

#[test]
fn each_docs_page_says_who_it_is_for() {
    for page in pages().iter().skip(1) {
        let text = std::fs::read_to_string(page).expect("page");
        let opening: String = text.lines().take(6).collect::<Vec<_>>().join(" ");
        assert!(
            opening.contains("For "),
            "{} opens with who it is for",
            name(page)
        );
    }
}

fn name(page: &Path) -> String {
    page.strip_prefix(root())
        .unwrap_or(page)
        .display()
        .to_string()
}

#[test]
fn anchors_follow_githubs_rules() {
    assert_eq!(
        anchor("Windows and macOS from Linux"),
        "windows-and-macos-from-linux"
    );
    assert_eq!(
        anchor("\"Windows protected your PC\""),
        "windows-protected-your-pc"
    );
    assert_eq!(
        anchor("Recording a check, and checking a recorded computer"),
        "recording-a-check-and-checking-a-recorded-computer"
    );
}
