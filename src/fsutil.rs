//! Writing files so that a crash or a full disk never leaves half a file.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to a temporary file beside `path`, flushes it to disk,
/// then renames it over `path`. On any error `path` is left as it was.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_whole() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("out.txt");
        std::fs::write(&path, "old").expect("write");
        write_atomic(&path, b"new").expect("replaced");
        assert_eq!(std::fs::read(&path).expect("read"), b"new");
        assert_eq!(
            std::fs::read_dir(dir.path()).expect("dir").count(),
            1,
            "no temp file left"
        );
    }

    #[test]
    fn a_missing_folder_fails_and_writes_nothing() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("missing").join("out.txt");
        assert!(write_atomic(&path, b"x").is_err());
        assert!(!path.exists());
    }
}
