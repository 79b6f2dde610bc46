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

/// The language as desktop entries and AppStream name it (gettext's
/// locale names: `pt_BR`, and `zh_CN` for Simplified Chinese).
fn locale(lang: Lang) -> String {
    match lang {
        Lang::ZhHans => "zh_CN".to_owned(),
        _ => lang.code().replace('-', "_"),
    }
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
        let locale = locale(lang);
        assert!(
            declared.contains(&locale.as_str()),
            "{} is declared",
            lang.code()
        );
        if lang != Lang::En {
            let summary = xml.descendants().find(|n| {
                n.has_tag_name("summary")
                    && n.attributes()
                        .any(|a| a.name() == "lang" && a.value() == locale)
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
            let line = format!("{key}[{}]=", locale(lang));
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

/// The Windows installer script, packaging/windows/avswitch.nsi.
fn installer() -> String {
    read("packaging/windows/avswitch.nsi")
}

/// The value of `!define NAME "value"` in the installer script.
fn nsis_define<'a>(script: &'a str, name: &str) -> &'a str {
    let start = format!("!define {name} \"");
    script
        .lines()
        .find_map(|line| line.trim().strip_prefix(&start)?.strip_suffix('"'))
        .unwrap_or_else(|| panic!("the installer defines {name}"))
}

/// Each `LangString NAME ${LANG_X} "text"`, as (name, language, text).
fn nsis_lang_strings(script: &str) -> Vec<(&str, &str, &str)> {
    script
        .lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("LangString ")?;
            let (name, rest) = rest.split_once(' ')?;
            let (language, text) = rest.split_once(' ')?;
            let language = language.strip_prefix("${LANG_")?.strip_suffix('}')?;
            Some((name, language, text.strip_prefix('"')?.strip_suffix('"')?))
        })
        .collect()
}

/// The name NSIS gives the language (`MUI_LANGUAGE`; `LANG_` in upper case).
fn nsis_language(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Id => "Indonesian",
        Lang::Es => "Spanish",
        Lang::PtBr => "PortugueseBR",
        Lang::Vi => "Vietnamese",
        Lang::Ru => "Russian",
        Lang::ZhHans => "SimpChinese",
    }
}

#[test]
fn the_installer_speaks_every_language_with_english_first() {
    let script = installer();
    let languages: Vec<&str> = script
        .lines()
        .filter_map(|line| {
            line.strip_prefix("!insertmacro MUI_LANGUAGE \"")?
                .strip_suffix('"')
        })
        .collect();
    let expected: Vec<&str> = Lang::ALL.into_iter().map(nsis_language).collect();
    assert_eq!(
        languages, expected,
        "English first: used when Windows speaks none"
    );

    // Every text of its own is given in every language, once.
    let strings = nsis_lang_strings(&script);
    let mut names: Vec<&str> = strings.iter().map(|(name, _, _)| *name).collect();
    names.sort_unstable();
    names.dedup();
    assert!(names.len() >= 5, "{names:?}");
    for name in &names {
        let mut given: Vec<String> = strings
            .iter()
            .filter(|(n, _, _)| n == name)
            .map(|(_, language, _)| language.to_string())
            .collect();
        given.sort();
        let mut wanted: Vec<String> = expected.iter().map(|l| l.to_uppercase()).collect();
        wanted.sort();
        assert_eq!(given, wanted, "{name} in every language");
    }
    for (name, language, text) in &strings {
        assert!(!text.trim().is_empty(), "{name} in {language} is empty");
    }
}

#[test]
fn the_installer_describes_the_app_as_the_desktop_entry_does() {
    let script = installer();
    let strings = nsis_lang_strings(&script);
    let entry = read("packaging/linux/avswitch.desktop");
    for lang in Lang::ALL {
        let key = if lang == Lang::En {
            "Comment=".to_string()
        } else {
            format!("Comment[{}]=", locale(lang))
        };
        let comment = entry
            .lines()
            .find_map(|line| line.strip_prefix(&key))
            .unwrap_or_else(|| panic!("{key}"));
        let language = nsis_language(lang).to_uppercase();
        let description = strings
            .iter()
            .find(|(name, l, _)| *name == "Description" && *l == language)
            .map(|(_, _, text)| *text);
        assert_eq!(description, Some(comment), "{}", lang.code());
    }
}

#[test]
fn the_installer_names_match_the_app_and_the_other_packages() {
    let script = installer();
    let packager: toml::Table = filled("packaging/Packager.toml.in")
        .parse()
        .expect("valid TOML");
    let name = nsis_define(&script, "NAME");
    assert_eq!(Some(name), packager["product-name"].as_str());
    assert_eq!(
        Some(nsis_define(&script, "PUBLISHER")),
        packager["publisher"].as_str()
    );
    assert_eq!(
        nsis_define(&script, "BINARY"),
        format!("{}.exe", env!("CARGO_PKG_NAME"))
    );
    // The window's title, and the folder the uninstaller keeps or removes.
    let ui = read("src/ui/mod.rs");
    assert!(
        ui.contains(&format!(".with_title(\"{name}\")")),
        "window title"
    );
    let store = read("src/store.rs");
    assert!(
        store.contains(&format!("ProjectDirs::from(\"\", \"\", \"{name}\")")),
        "the progress is kept under %APPDATA%\\{name}"
    );
    assert_eq!(nsis_define(&script, "DATA_DIR"), "$APPDATA\\${NAME}\\data");
    assert!(store.contains("\"progress.json\""));
}

#[test]
fn the_installer_takes_its_version_from_cargo_toml() {
    let script = installer();
    assert!(script.contains("!ifndef VERSION\n  !error"));
    assert!(
        !script.contains(env!("CARGO_PKG_VERSION")),
        "no version written in the installer script"
    );
    // scripts/package-windows.sh reads the first `version = "..."` line.
    let manifest = read("Cargo.toml");
    let version = manifest
        .lines()
        .find_map(|line| line.strip_prefix("version = \"")?.strip_suffix('"'));
    assert_eq!(version, Some(env!("CARGO_PKG_VERSION")));
    assert!(
        read("scripts/package-windows.sh")
            .contains(r#"version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)"#)
    );
}

#[test]
fn the_installer_icon_and_picture_are_what_windows_wants() {
    let script = installer();
    let icon_name = nsis_define(&script, "ICON");
    let icon = std::fs::read(format!(
        "{}/assets/icons/{icon_name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("the icon");
    // ICONDIR: reserved 0, type 1 (icon), count; then 16 bytes per image,
    // its width first (0 means 256).
    assert_eq!(icon[..4], [0, 0, 1, 0]);
    let count = usize::from(u16::from_le_bytes([icon[4], icon[5]]));
    let widths: Vec<u32> = (0..count)
        .map(|i| match icon[6 + 16 * i] {
            0 => 256,
            w => u32::from(w),
        })
        .collect();
    for size in [16, 32, 48, 256] {
        assert!(widths.contains(&size), "{size}x{size} in {widths:?}");
    }

    // The welcome page's picture: a BMP, 164x314 as MUI draws it.
    let bitmap = nsis_define(&script, "MUI_WELCOMEFINISHPAGE_BITMAP");
    let bmp = std::fs::read(format!(
        "{}/packaging/windows/{bitmap}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("the picture");
    assert_eq!(&bmp[..2], b"BM");
    let width = i32::from_le_bytes([bmp[18], bmp[19], bmp[20], bmp[21]]);
    let height = i32::from_le_bytes([bmp[22], bmp[23], bmp[24], bmp[25]]);
    assert_eq!((width, height.abs()), (164, 314));
}
