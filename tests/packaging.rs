//! The packaging templates stay well-formed and in step with the program:
//! every language it speaks is declared, and the names match Cargo.toml.

use avswitch::i18n::Lang;

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A template with every word between at signs filled in, as
/// scripts/release-metadata.sh does.
fn filled(path: &str) -> String {
    let mut text = read(path);
    for (word, value) in [
        ("@ID@", "io.github.owner.avswitch"),
        ("@DEVELOPER_ID@", "io.github.owner"),
        ("@HOMEPAGE@", "https://github.com/owner/avswitch"),
        ("@SCREENSHOT@", "https://example.org/deadlines.png"),
        ("@VERSION@", env!("CARGO_PKG_VERSION")),
        ("@DATE@", "2026-11-28"),
        ("@ROOT@", env!("CARGO_MANIFEST_DIR")),
    ] {
        text = text.replace(word, value);
    }
    assert!(!text.contains("@"), "{path} has a word left to fill in");
    text
}

#[test]
fn the_metainfo_declares_every_language_and_the_desktop_entry() {
    let text = filled("packaging/linux/avswitch.metainfo.xml.in");
    let xml = roxmltree::Document::parse(&text).expect("well-formed XML");
    let declared: Vec<&str> = xml
        .descendants()
        .filter(|n| n.has_tag_name("lang"))
        .filter_map(|n| n.text())
        .collect();
    for lang in Lang::ALL {
        assert!(
            declared.contains(&lang.code()),
            "{} is declared",
            lang.code()
        );
        if lang != Lang::En {
            let summary = xml.descendants().find(|n| {
                n.has_tag_name("summary")
                    && n.attributes()
                        .any(|a| a.name() == "lang" && a.value() == lang.code())
            });
            assert!(summary.is_some(), "a summary in {}", lang.code());
        }
    }
    let launchable = xml
        .descendants()
        .find(|n| n.has_tag_name("launchable"))
        .and_then(|n| n.text());
    assert_eq!(launchable, Some("avswitch.desktop"));
    assert!(read("packaging/linux/avswitch.desktop").contains("Exec=avswitch\n"));
}

#[test]
fn the_desktop_entry_speaks_every_language() {
    let entry = read("packaging/linux/avswitch.desktop");
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        for key in ["GenericName", "Comment"] {
            let line = format!("{key}[{}]=", lang.code());
            assert!(entry.contains(&line), "{line}");
        }
    }
}

#[test]
fn the_packager_configuration_names_the_binary_and_every_icon() {
    let config: toml::Table = filled("packaging/Packager.toml.in")
        .parse()
        .expect("valid TOML");
    assert_eq!(config["name"].as_str(), Some(env!("CARGO_PKG_NAME")));
    assert_eq!(config["version"].as_str(), Some(env!("CARGO_PKG_VERSION")));
    assert_eq!(
        config["binaries"][0]["path"].as_str(),
        Some(env!("CARGO_PKG_NAME"))
    );
    let icons = config["icons"].as_array().expect("icons");
    assert!(icons.len() >= 5);
    for icon in icons {
        let path = icon.as_str().expect("a path");
        assert!(std::path::Path::new(path).is_file(), "{path} exists");
    }
}
