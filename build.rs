//! Seven languages of sentences are most of what the program carries that
//! is its own: each translation file goes into the build deflated, a
//! quarter of its size, and is read back once, when its language is first
//! used (`src/i18n.rs`).

use std::path::Path;

fn main() {
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let folder = Path::new("assets/i18n");
    println!("cargo::rerun-if-changed={}", folder.display());
    let languages = std::fs::read_dir(folder).expect("assets/i18n is there");
    for language in languages {
        let language = language.expect("a language folder").path();
        let Some(code) = language.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if !language.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&language).expect("its files") {
            let path = file.expect("a file").path();
            if path.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let text = std::fs::read(&path).expect("a translation file");
            let name = path.file_stem().and_then(|n| n.to_str()).expect("a name");
            let packed = miniz_oxide::deflate::compress_to_vec(&text, 10);
            let target = Path::new(&out).join(format!("{code}-{name}.ftl.deflate"));
            std::fs::write(target, packed).expect("written");
        }
    }
}
