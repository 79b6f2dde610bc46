//! macOS: application bundles, Kaspersky's support folder and launch
//! daemons, and the version of Apple's built-in XProtect.

use super::ParseError;
use super::State;
use super::leftovers::LeftoverKind;
use super::probe::{Ctx, Evidence, ProbeResult, Sighting, damaged, unreadable};
use crate::i18n::{Arg, Msg};
use crate::msg;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BundleInfo {
    pub name: Option<String>,
    pub version: Option<String>,
}

/// Reads an `Info.plist`, XML or binary.
pub fn parse_info_plist(bytes: &[u8]) -> Result<BundleInfo, ParseError> {
    let value = plist::Value::from_reader(std::io::Cursor::new(bytes))
        .map_err(|e| ParseError(msg!("parse-plist-unreadable", detail = e.to_string())))?;
    let dict = value
        .as_dictionary()
        .ok_or_else(|| ParseError(msg!("parse-plist-not-dictionary")))?;
    let text = |key: &str| {
        dict.get(key)
            .and_then(plist::Value::as_string)
            .map(str::to_owned)
    };
    // XProtect.meta.plist (older macOS) has a number `Version` instead.
    let number = |key: &str| {
        dict.get(key)
            .and_then(plist::Value::as_unsigned_integer)
            .map(|n| n.to_string())
    };
    Ok(BundleInfo {
        name: text("CFBundleDisplayName").or_else(|| text("CFBundleName")),
        version: text("CFBundleShortVersionString")
            .or_else(|| text("CFBundleVersion"))
            .or_else(|| number("Version")),
    })
}

/// Where XProtect keeps its version: today's place first, then those of
/// older macOS versions.
const XPROTECT_PLISTS: [&str; 3] = [
    "/Library/Apple/System/Library/CoreServices/XProtect.bundle/Contents/Info.plist",
    "/System/Library/CoreServices/XProtect.bundle/Contents/Info.plist",
    "/System/Library/CoreServices/CoreTypes.bundle/Contents/Resources/XProtect.meta.plist",
];
const LAUNCH_DAEMONS: &str = "/Library/LaunchDaemons";
const PLIST_LIMIT: u64 = 1024 * 1024;

pub fn applications(ctx: &Ctx) -> ProbeResult {
    let mut folders = vec!["/Applications".to_owned()];
    if let Some(home) = ctx.system.env("HOME") {
        folders.push(format!("{home}/Applications"));
    }
    let mut sightings = Vec::new();
    for (n, folder) in folders.iter().enumerate() {
        let entries = match ctx.system.list_dir(folder) {
            Ok(entries) => entries,
            Err(_) if n > 0 => continue, // a personal Applications folder is optional
            Err(e) => return Err(unreadable(folder, &e)),
        };
        for bundle in entries.iter().filter(|e| e.ends_with(".app")) {
            let Some(product) = ctx.catalog.match_bundle(bundle) else {
                continue;
            };
            let plist_path = format!("{folder}/{bundle}/Contents/Info.plist");
            let info = ctx
                .system
                .read_file(&plist_path, PLIST_LIMIT)
                .ok()
                .and_then(|bytes| parse_info_plist(&bytes).ok())
                .unwrap_or_default();
            let name = info
                .name
                .unwrap_or_else(|| bundle.trim_end_matches(".app").to_owned());
            let mut sighting = Sighting::of(product, &name);
            sighting.version = info.version;
            sighting.evidence = Evidence::new(
                "probe-applications",
                msg!("evidence-bundle", path = format!("{folder}/{bundle}")),
            );
            sightings.push(sighting);
        }
    }
    Ok(sightings)
}

/// Launch daemons and agents start a product's background parts; support
/// folders hold its settings. All of them outlive an uninstall, so they add
/// to a product found by its application, and are left behind otherwise.
pub fn system_files(ctx: &Ctx) -> ProbeResult {
    let home = ctx.system.env("HOME");
    let mut launch_folders = vec![
        (LAUNCH_DAEMONS.to_owned(), "evidence-launch-daemon"),
        ("/Library/LaunchAgents".to_owned(), "evidence-launch-agent"),
    ];
    if let Some(home) = &home {
        launch_folders.push((
            format!("{home}/Library/LaunchAgents"),
            "evidence-launch-agent",
        ));
    }
    let mut sightings = Vec::new();
    for (folder, words) in &launch_folders {
        let items = ctx.system.list_dir(folder).unwrap_or_default();
        for product in &ctx.catalog.products {
            for item in items.iter().filter(|item| {
                product
                    .mac_daemon_prefixes
                    .iter()
                    .any(|prefix| item.starts_with(prefix.as_str()))
            }) {
                let detail = Msg {
                    id: words,
                    args: vec![("path", Arg::from(format!("{folder}/{item}")))],
                };
                let mut sighting = Sighting::leftover(&product.id, LeftoverKind::Service);
                sighting.evidence = Evidence::new("probe-background-services", detail);
                sightings.push(sighting);
            }
        }
    }
    for product in &ctx.catalog.products {
        let personal = home.iter().flat_map(|home| {
            product
                .mac_paths
                .iter()
                .filter(|p| p.starts_with("/Library/"))
                .map(move |p| format!("{home}{p}"))
        });
        let folders: Vec<String> = product.mac_paths.iter().cloned().chain(personal).collect();
        for path in folders.iter().filter(|p| ctx.system.exists(p)) {
            let mut sighting = Sighting::leftover(&product.id, LeftoverKind::Folder);
            sighting.evidence = Evidence::new(
                "probe-program-folders",
                msg!("evidence-folder", path = path),
            );
            sightings.push(sighting);
        }
    }
    Ok(sightings)
}

pub fn xprotect(ctx: &Ctx) -> ProbeResult {
    let Some(product) = ctx.catalog.product("xprotect") else {
        return Ok(Vec::new());
    };
    let path = XPROTECT_PLISTS
        .into_iter()
        .find(|p| ctx.system.exists(p))
        .unwrap_or(XPROTECT_PLISTS[0]);
    let bytes = ctx
        .system
        .read_file(path, PLIST_LIMIT)
        .map_err(|e| unreadable(path, &e))?;
    let info = parse_info_plist(&bytes).map_err(|e| damaged(path, e))?;
    let mut sighting = Sighting::of(product, &product.name);
    // XProtect is part of macOS and always on.
    sighting.state = Some(State::On);
    sighting.definitions = info.version.clone();
    sighting.evidence = Evidence::new(
        "probe-xprotect",
        msg!(
            "evidence-xprotect",
            version = info.version.as_deref().unwrap_or_default()
        ),
    );
    Ok(vec![sighting])
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleName</key>
	<string>Kaspersky Internet Security</string>
	<key>CFBundleShortVersionString</key>
	<string>21.0.29.310</string>
</dict>
</plist>"#;

    #[test]
    fn xml_and_binary_plists() {
        let info = parse_info_plist(XML.as_bytes()).expect("xml");
        assert_eq!(info.name.as_deref(), Some("Kaspersky Internet Security"));
        assert_eq!(info.version.as_deref(), Some("21.0.29.310"));

        let value = plist::Value::from_reader_xml(XML.as_bytes()).expect("value");
        let mut binary = Vec::new();
        value.to_writer_binary(&mut binary).expect("binary");
        assert!(binary.starts_with(b"bplist00"));
        assert_eq!(parse_info_plist(&binary).expect("binary plist"), info);
    }

    #[test]
    fn the_older_xprotect_meta_plist_has_a_number_version() {
        let meta = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>JavaWebComponentVersionMinimum</key>
	<string>1.6.0_45-b06-451</string>
	<key>LastModification</key>
	<string>Tue, 21 Jan 2020 19:29:59 GMT</string>
	<key>Version</key>
	<integer>2113</integer>
</dict>
</plist>"#;
        let info = parse_info_plist(meta.as_bytes()).expect("meta plist");
        assert_eq!(info.version.as_deref(), Some("2113"));
    }

    #[test]
    fn damaged_plists_are_errors() {
        let truncated = &XML.as_bytes()[..XML.len() / 2];
        assert!(parse_info_plist(truncated).is_err());
        assert!(parse_info_plist(b"bplist00\x00\x01").is_err());
        assert!(parse_info_plist(b"").is_err());
        let array = r#"<?xml version="1.0"?><plist version="1.0"><array/></plist>"#;
        assert!(parse_info_plist(array.as_bytes()).is_err());
    }
}
