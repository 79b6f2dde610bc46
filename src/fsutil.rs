//! Writing files so that a crash or a full disk never leaves half a file,
//! and what was there is never harmed: links stay links, devices stay
//! devices, and a file keeps its permissions. Reading a file someone else
//! made (a recording) as data only.

use std::fs::{Metadata, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::i18n::Msg;
use crate::msg;

/// Whether a read-only file at the chosen place may be replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadOnly {
    Refuse,
    /// The person was asked and said yes.
    Replace,
}

/// The permissions a file gets when it does not exist yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewFile {
    /// As the person's other programs make them: 0666 less the umask.
    Usual,
    /// Only the person may read it (the saved progress: their answers).
    Private,
}

/// Why nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("the file is read-only")]
    ReadOnly,
    #[error("it is a folder or a special file, not a plain file")]
    NotAFile,
    #[error("{}", detail(.0))]
    Io(#[from] io::Error),
}

impl WriteError {
    /// What to tell the person, naming the file they chose (never the
    /// temporary file beside it).
    pub fn msg(&self, path: &Path) -> Msg {
        let path = path.display().to_string();
        match self {
            WriteError::ReadOnly => msg!("export-read-only", path = path),
            WriteError::NotAFile => msg!("export-not-a-file", path = path),
            WriteError::Io(e) => msg!("export-write-failed", path = path, detail = detail(e)),
        }
    }
}

/// The system's words for an error, without the temporary file's path
/// that some errors carry.
pub fn detail(e: &io::Error) -> String {
    match e.raw_os_error() {
        Some(code) => io::Error::from_raw_os_error(code).to_string(),
        // "other error" would say nothing: the error's own words instead.
        None if e.get_ref().is_some() && e.kind() != io::ErrorKind::Other => e.kind().to_string(),
        None => e.to_string(),
    }
}

/// A file read as data and nothing more: a plain file only, never through
/// a link and never a device, pipe or socket (which could hang the read or
/// never end), and refused whole when larger than `limit` bytes.
pub fn read_data(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    use std::io::Read;
    let not_plain = || {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            "it is a link, a folder or a special file, not a plain file",
        )
    };
    if !std::fs::symlink_metadata(path)?.file_type().is_file() {
        return Err(not_plain());
    }
    let mut options = OpenOptions::new();
    options.read(true);
    // Even if the file is swapped for a link or a pipe after the look
    // above, opening it neither follows the link nor waits for a writer.
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(
        &mut options,
        libc::O_NOFOLLOW | libc::O_NONBLOCK,
    );
    let file = options.open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_plain());
    }
    if meta.len() > limit {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "it is larger than {} MB, more than AV Switch ever writes",
                limit / (1024 * 1024)
            ),
        ));
    }
    let mut bytes = Vec::new();
    // A file that grows while it is read still stops at the limit.
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "it kept growing while it was read",
        ));
    }
    Ok(bytes)
}

/// Writes `bytes` to `path` without harming what is there:
/// - a plain file (or none) is replaced whole: the bytes go to a temporary
///   file in the same folder, which is renamed over it, so a failure leaves
///   the old file as it was. An existing file keeps its permissions and,
///   where allowed, its owner; a new one gets `new_file`'s mode.
/// - a symbolic link is followed: its target is replaced, the link kept.
/// - a terminal, `/dev/null` or a named pipe is written to as it is.
/// - a folder or another special file is refused, and so is a read-only
///   file unless `read_only` allows it.
pub fn write_file(
    path: &Path,
    bytes: &[u8],
    read_only: ReadOnly,
    new_file: NewFile,
) -> Result<(), WriteError> {
    let target = follow_links(path)?;
    match std::fs::metadata(&target) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => replace(&target, bytes, Err(new_file)),
        Err(e) => Err(e.into()),
        Ok(meta) if meta.is_file() => {
            if meta.permissions().readonly() && read_only == ReadOnly::Refuse {
                return Err(WriteError::ReadOnly);
            }
            replace(&target, bytes, Ok(&meta))
        }
        Ok(meta) if is_stream(&meta) => Ok(write_in_place(&target, bytes)?),
        Ok(_) => Err(WriteError::NotAFile),
    }
}

/// The file a chain of symbolic links ends at (which may not exist yet).
fn follow_links(path: &Path) -> io::Result<PathBuf> {
    let mut path = path.to_path_buf();
    // As many as the system itself follows before giving up.
    for _ in 0..40 {
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = std::fs::read_link(&path)?;
                // A relative target is relative to the link's folder.
                path = match path.parent() {
                    Some(dir) => dir.join(target),
                    None => target,
                };
            }
            _ => return Ok(path),
        }
    }
    Err(io::Error::other("too many symbolic links"))
}

/// `old` is the file being replaced, or how a new one is made.
fn replace(path: &Path, bytes: &[u8], old: Result<&Metadata, NewFile>) -> Result<(), WriteError> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    if let Err(NewFile::Usual) = old {
        usual_mode(&mut builder);
    }
    // A private file keeps the temporary file's own 0600.
    let mut temp = builder.tempfile_in(dir)?;
    temp.write_all(bytes)?;
    if let Ok(old) = old {
        keep_owner_and_mode(temp.as_file(), old)?;
    }
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

fn write_in_place(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = OpenOptions::new().write(true).open(path)?;
    file.write_all(bytes)?;
    file.flush()
}

/// A new file is readable by others as the umask allows, like any file
/// the person's other programs make (temporary files are 0600).
#[cfg(unix)]
fn usual_mode(builder: &mut tempfile::Builder) {
    use std::os::unix::fs::PermissionsExt;
    builder.permissions(std::fs::Permissions::from_mode(0o666));
}

#[cfg(not(unix))]
fn usual_mode(_builder: &mut tempfile::Builder) {}

#[cfg(unix)]
fn keep_owner_and_mode(file: &std::fs::File, old: &Metadata) -> io::Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    // Only an administrator may give a file to someone else; anyone else
    // keeps the file as their own, which is all they could do anyway.
    let _not_allowed = std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid()));
    file.set_permissions(std::fs::Permissions::from_mode(old.mode() & 0o7777))
}

#[cfg(not(unix))]
fn keep_owner_and_mode(_file: &std::fs::File, _old: &Metadata) -> io::Result<()> {
    Ok(())
}

/// Terminals, `/dev/null` and named pipes: written to, never replaced.
#[cfg(unix)]
fn is_stream(meta: &Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    meta.file_type().is_char_device() || meta.file_type().is_fifo()
}

#[cfg(not(unix))]
fn is_stream(_meta: &Metadata) -> bool {
    false
}

/// `name` in `folder`, or `name (2)`, `name (3)`... when it is taken, so
/// nothing already there is overwritten.
pub fn free_name(folder: &Path, name: &str) -> PathBuf {
    let (stem, extension) = match name.rsplit_once('.') {
        Some((stem, extension)) if !stem.is_empty() => (stem, format!(".{extension}")),
        _ => (name, String::new()),
    };
    std::iter::once(name.to_owned())
        .chain((2..).map(|n| format!("{stem} ({n}){extension}")))
        .map(|candidate| folder.join(candidate))
        .find(|path| std::fs::symlink_metadata(path).is_err())
        .unwrap_or_else(|| folder.join(name))
}

/// Makes `folder` a folder only the person can open (0700 on Unix), its
/// parents as usual. A link or a file in its place is refused, never
/// followed; a folder whose permissions cannot be set (another user's) is
/// refused too.
pub fn private_folder(folder: &Path) -> io::Result<()> {
    if let Some(parent) = folder.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let mut builder = std::fs::DirBuilder::new();
    private_mode(&mut builder);
    match builder.create(folder) {
        Err(e) if e.kind() != io::ErrorKind::AlreadyExists => return Err(e),
        _ => {}
    }
    let meta = std::fs::symlink_metadata(folder)?;
    if !meta.is_dir() {
        return Err(io::Error::from(io::ErrorKind::NotADirectory));
    }
    make_private(folder)
}

#[cfg(unix)]
fn private_mode(builder: &mut std::fs::DirBuilder) {
    use std::os::unix::fs::DirBuilderExt;
    builder.mode(0o700);
}

#[cfg(not(unix))]
fn private_mode(_builder: &mut std::fs::DirBuilder) {}

/// Only the owner may change a folder's permissions, so this also proves
/// the folder is the person's own.
#[cfg(unix)]
fn make_private(folder: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o700))
}

#[cfg(not(unix))]
fn make_private(_folder: &Path) -> io::Result<()> {
    Ok(())
}

/// Writes `bytes` as `name` in the private `folder`, readable by the person
/// alone (0600 on Unix). Whatever is at that name, a link included, is
/// replaced, never followed.
pub fn write_private(folder: &Path, name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    private_folder(folder)?;
    // A new file, made with O_EXCL and mode 0600, then renamed into place.
    let mut temp = tempfile::Builder::new()
        .prefix(".avswitch-")
        .tempfile_in(folder)?;
    temp.write_all(bytes)?;
    temp.flush()?;
    let path = folder.join(name);
    temp.persist(&path).map_err(|e| e.error)?;
    Ok(path)
}

/// Removes what earlier runs left in the private `folder`: every file or
/// link last changed before `before`. Folders in it, and the links' targets,
/// are left alone; so is a `folder` that is itself a link.
pub fn remove_older(folder: &Path, before: std::time::SystemTime) -> io::Result<usize> {
    match std::fs::symlink_metadata(folder) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => return Err(io::Error::from(io::ErrorKind::NotADirectory)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e),
    }
    let mut removed = 0;
    for entry in std::fs::read_dir(folder)? {
        let entry = entry?;
        let meta = entry.metadata()?;
        let old = meta.modified().is_ok_and(|at| at < before);
        if !meta.is_dir() && old {
            std::fs::remove_file(entry.path())?;
            removed += 1;
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
        write_file(path, bytes, ReadOnly::Refuse, NewFile::Usual)
    }

    #[test]
    fn replaces_the_file_whole() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("out.txt");
        std::fs::write(&path, "old").expect("write");
        write(&path, b"new").expect("replaced");
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
        let err = write(&path, b"x").expect_err("no folder");
        assert!(!path.exists());
        let message = err.msg(&path);
        let words = message.to_string();
        assert!(words.contains(&path.display().to_string()), "{words}");
        // The system's words, without the temporary file's name.
        let detail = message.detail().expect("detail");
        assert!(!detail.contains("missing"), "{detail}");
    }

    #[test]
    fn details_never_name_the_temporary_file() {
        // How the temporary file's errors arrive: the system's words with
        // its path added.
        let wrapped = io::Error::new(
            io::ErrorKind::PermissionDenied,
            "Permission denied (os error 13) at path \"/dev/.tmpkr4EY4\"",
        );
        assert_eq!(detail(&wrapped), "permission denied");
        let plain = io::Error::from_raw_os_error(28);
        assert!(detail(&plain).starts_with("No space left on device"));
        // An error of no kind says its own words, never "other error".
        let other = io::Error::other("no program to open it was found");
        assert_eq!(detail(&other), "no program to open it was found");
    }

    #[test]
    fn a_folder_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().expect("dir");
        let folder = dir.path().join("plans");
        std::fs::create_dir(&folder).expect("folder");
        assert!(matches!(write(&folder, b"x"), Err(WriteError::NotAFile)));
        assert!(folder.is_dir());
    }

    #[test]
    fn free_names_count_up_and_keep_the_extension() {
        let dir = tempfile::tempdir().expect("dir");
        let name = "avswitch-plan-2026-11-28.html";
        assert_eq!(free_name(dir.path(), name), dir.path().join(name));
        std::fs::write(dir.path().join(name), "first").expect("write");
        let second = dir.path().join("avswitch-plan-2026-11-28 (2).html");
        assert_eq!(free_name(dir.path(), name), second);
        std::fs::write(&second, "second").expect("write");
        assert_eq!(
            free_name(dir.path(), name),
            dir.path().join("avswitch-plan-2026-11-28 (3).html")
        );
        assert_eq!(free_name(dir.path(), "notes"), dir.path().join("notes"));
    }

    #[cfg(unix)]
    mod unix {
        use super::*;
        use std::os::unix::fs::{FileTypeExt, PermissionsExt, symlink};

        fn mode(path: &Path) -> u32 {
            std::fs::metadata(path).expect("meta").permissions().mode() & 0o7777
        }

        #[test]
        fn an_existing_file_keeps_its_mode() {
            let dir = tempfile::tempdir().expect("dir");
            let path = dir.path().join("plan.md");
            std::fs::write(&path, "old").expect("write");
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("mode");
            write(&path, b"new").expect("written");
            assert_eq!(mode(&path), 0o644);
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).expect("mode");
            write(&path, b"newer").expect("written");
            assert_eq!(mode(&path), 0o640);
        }

        #[test]
        fn an_existing_file_keeps_its_owner_where_allowed() {
            use std::os::unix::fs::MetadataExt;
            let dir = tempfile::tempdir().expect("dir");
            let path = dir.path().join("plan.md");
            std::fs::write(&path, "old").expect("write");
            // Only an administrator may give a file away; for anyone else
            // there is no other owner to keep.
            if std::os::unix::fs::chown(&path, Some(4242), Some(4243)).is_err() {
                return;
            }
            write(&path, b"new").expect("written");
            let meta = std::fs::metadata(&path).expect("meta");
            assert_eq!((meta.uid(), meta.gid()), (4242, 4243));
        }

        #[test]
        fn a_new_file_is_readable_as_the_umask_allows() {
            let dir = tempfile::tempdir().expect("dir");
            let path = dir.path().join("plan.md");
            write(&path, b"new").expect("written");
            // 0666 less the umask: at least readable and writable by the
            // owner, and never executable; not the temporary file's 0600
            // unless the umask asks for it.
            let umask_probe = dir.path().join("probe");
            std::fs::File::create(&umask_probe).expect("probe");
            assert_eq!(mode(&path), mode(&umask_probe));
            assert_eq!(mode(&path) & 0o600, 0o600);
        }

        #[test]
        fn a_read_only_file_is_refused_unless_confirmed() {
            let dir = tempfile::tempdir().expect("dir");
            let path = dir.path().join("plan.md");
            std::fs::write(&path, "old").expect("write");
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).expect("mode");
            assert!(matches!(write(&path, b"new"), Err(WriteError::ReadOnly)));
            assert_eq!(std::fs::read(&path).expect("read"), b"old");
            write_file(&path, b"new", ReadOnly::Replace, NewFile::Usual)
                .expect("replaced when asked");
            assert_eq!(std::fs::read(&path).expect("read"), b"new");
            assert_eq!(mode(&path), 0o444);
        }

        #[test]
        fn a_link_is_kept_and_its_target_written() {
            let dir = tempfile::tempdir().expect("dir");
            let real = dir.path().join("real");
            std::fs::create_dir(&real).expect("folder");
            let target = real.join("plan.md");
            std::fs::write(&target, "old").expect("write");
            let link = dir.path().join("link.md");
            symlink("real/plan.md", &link).expect("link");
            write(&link, b"new").expect("written");
            assert!(
                std::fs::symlink_metadata(&link)
                    .expect("link")
                    .file_type()
                    .is_symlink()
            );
            assert_eq!(std::fs::read(&target).expect("read"), b"new");
            // The temporary file was made beside the target, and is gone.
            assert_eq!(std::fs::read_dir(&real).expect("dir").count(), 1);
            assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 2);
        }

        #[test]
        fn a_dangling_link_makes_its_target() {
            let dir = tempfile::tempdir().expect("dir");
            let link = dir.path().join("link.md");
            symlink("new.md", &link).expect("link");
            write(&link, b"new").expect("written");
            assert_eq!(
                std::fs::read(dir.path().join("new.md")).expect("read"),
                b"new"
            );
            assert!(std::fs::read_link(&link).is_ok());
        }

        #[test]
        fn a_private_folder_is_the_persons_alone_and_never_a_link() {
            let dir = tempfile::tempdir().expect("dir");
            let folder = dir.path().join("cache").join("print");
            private_folder(&folder).expect("made");
            assert_eq!(mode(&folder), 0o700);
            // An existing folder open to others is closed again.
            std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755))
                .expect("mode");
            private_folder(&folder).expect("kept");
            assert_eq!(mode(&folder), 0o700);
            // A link planted in its place is refused, and its target left alone.
            let elsewhere = dir.path().join("elsewhere");
            std::fs::create_dir(&elsewhere).expect("folder");
            std::fs::set_permissions(&elsewhere, std::fs::Permissions::from_mode(0o755))
                .expect("mode");
            let planted = dir.path().join("planted");
            symlink(&elsewhere, &planted).expect("link");
            assert!(private_folder(&planted).is_err());
            assert!(write_private(&planted, "page.html", b"answers").is_err());
            assert_eq!(mode(&elsewhere), 0o755);
            assert_eq!(std::fs::read_dir(&elsewhere).expect("dir").count(), 0);
        }

        #[test]
        fn a_private_file_is_written_over_a_planted_link_never_through_it() {
            let dir = tempfile::tempdir().expect("dir");
            let folder = dir.path().join("print");
            private_folder(&folder).expect("made");
            let target = dir.path().join("someone-elses");
            std::fs::write(&target, "theirs").expect("write");
            symlink(&target, folder.join("page.html")).expect("link");
            let path = write_private(&folder, "page.html", b"answers").expect("written");
            assert_eq!(path, folder.join("page.html"));
            assert_eq!(std::fs::read(&target).expect("target"), b"theirs");
            let meta = std::fs::symlink_metadata(&path).expect("meta");
            assert!(meta.is_file(), "the link itself was replaced");
            assert_eq!(mode(&path), 0o600);
            assert_eq!(std::fs::read(&path).expect("page"), b"answers");
            // Nothing else is left in the folder.
            assert_eq!(std::fs::read_dir(&folder).expect("dir").count(), 1);
        }

        #[test]
        fn older_copies_are_removed_and_newer_ones_kept() {
            let dir = tempfile::tempdir().expect("dir");
            let folder = dir.path().join("print");
            write_private(&folder, "old.html", b"old").expect("written");
            let outside = dir.path().join("outside.html");
            std::fs::write(&outside, "kept").expect("write");
            symlink(&outside, folder.join("link.html")).expect("link");
            std::fs::create_dir(folder.join("sub")).expect("folder");
            let start = std::time::SystemTime::now() + std::time::Duration::from_secs(1);
            assert_eq!(remove_older(&folder, start).expect("cleaned"), 2);
            assert!(outside.exists(), "a link's target is not removed");
            assert!(folder.join("sub").is_dir());
            write_private(&folder, "new.html", b"new").expect("written");
            let earlier = std::time::SystemTime::now() - std::time::Duration::from_secs(60);
            assert_eq!(remove_older(&folder, earlier).expect("cleaned"), 0);
            assert!(folder.join("new.html").exists());
            // No folder yet: nothing to clean.
            assert_eq!(
                remove_older(&dir.path().join("none"), start).expect("ok"),
                0
            );
        }

        #[test]
        fn a_character_device_is_written_to_not_replaced() {
            let null = Path::new("/dev/null");
            if !null.exists() {
                return;
            }
            write(null, b"gone").expect("written");
            let kind = std::fs::metadata(null).expect("meta").file_type();
            assert!(kind.is_char_device());
        }

        #[test]
        fn a_full_device_says_so_and_stays() {
            let full = Path::new("/dev/full");
            if !full.exists() {
                return;
            }
            let err = write(full, b"x").expect_err("full");
            let words = err.msg(full).to_string();
            assert!(words.contains("/dev/full"), "{words}");
            assert!(!words.contains(".tmp"), "{words}");
            let kind = std::fs::metadata(full).expect("meta").file_type();
            assert!(kind.is_char_device());
        }
    }
}
