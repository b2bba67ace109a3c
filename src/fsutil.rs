//! Writing files so that a user's file is never half-written or overwritten by surprise.

use std::io::{Read, Write};
use std::path::Path;

use anyhow::Result;

use crate::fail;

/// Why a file could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// It is not a regular file: a folder, a named pipe, a device or a socket, which may
    /// block forever or never end.
    NotAFile(FileKind),
    /// It holds more than the limit; the size is at least this many bytes.
    TooLarge(u64),
    /// The system refused.
    Io(std::io::Error),
}

/// What a path that is not a regular file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A folder.
    Folder,
    /// A named pipe (FIFO).
    Pipe,
    /// A character or block device such as `/dev/zero`.
    Device,
    /// A socket or anything else.
    Other,
}

impl FileKind {
    fn of(file_type: std::fs::FileType) -> FileKind {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if file_type.is_fifo() {
                return FileKind::Pipe;
            }
            if file_type.is_char_device() || file_type.is_block_device() {
                return FileKind::Device;
            }
        }
        if file_type.is_dir() {
            FileKind::Folder
        } else {
            FileKind::Other
        }
    }

    /// The id used to choose a message.
    pub fn as_str(self) -> &'static str {
        match self {
            FileKind::Folder => "folder",
            FileKind::Pipe => "pipe",
            FileKind::Device => "device",
            FileKind::Other => "other",
        }
    }
}

impl ReadError {
    /// The command's failure when a file it needs (a template, a guidance file) cannot be
    /// read.
    pub fn failure(self, path: &Path, limit: u64) -> anyhow::Error {
        let path = path.display().to_string();
        match self {
            ReadError::NotAFile(kind) => {
                fail!("read-not-a-file", path = path, kind = kind.as_str())
            }
            ReadError::TooLarge(bytes) => fail!(
                "read-too-large",
                path = path,
                bytes = bytes as i64,
                limit = limit as i64
            ),
            ReadError::Io(e) => fail!("read-failed", path = path, reason = e.to_string()),
        }
    }
}

/// Reads a regular file of at most `limit` bytes. The limit counts the bytes actually
/// read, not the size the file claims (`/dev/zero` claims none), and a named pipe is
/// refused without waiting for a writer.
pub fn read_capped(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Opening a pipe for reading waits for a writer unless non-blocking; a terminal
        // must not become the controlling one.
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = options.open(path).map_err(ReadError::Io)?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile(FileKind::of(meta.file_type())));
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

/// What a path found in a folder walk is, when it is not a regular file or a folder.
pub fn special_kind(file_type: std::fs::FileType) -> Option<FileKind> {
    (!file_type.is_file() && !file_type.is_dir()).then(|| FileKind::of(file_type))
}

/// Whether an existing file may be replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overwrite {
    /// Refuse when the file exists.
    Never,
    /// Replace it.
    Allow,
}

impl Overwrite {
    /// What `--force` asks for.
    pub fn forced(force: bool) -> Overwrite {
        if force {
            Overwrite::Allow
        } else {
            Overwrite::Never
        }
    }
}

/// Writes `contents` to `path` through a temporary file in the same folder and a rename, so
/// that readers see either the old file or the whole new one, and makes it durable.
pub fn write_atomic(path: &Path, contents: &[u8], overwrite: Overwrite) -> Result<()> {
    write_renamed(path, contents, overwrite, true)
}

/// [`write_atomic`] without making each file durable: for a batch of files, made durable
/// at once with [`sync_folder`] when all are written.
pub fn write_atomic_batched(path: &Path, contents: &[u8], overwrite: Overwrite) -> Result<()> {
    write_renamed(path, contents, overwrite, false)
}

/// Makes durable everything written under `dir` (its file system, at once).
pub fn sync_folder(dir: &Path) -> Result<()> {
    let failed = |e: std::io::Error| {
        fail!(
            "write-failed",
            path = dir.display().to_string(),
            reason = e.to_string()
        )
    };
    let folder = std::fs::File::open(dir).map_err(failed)?;
    #[cfg(unix)]
    rustix::fs::syncfs(&folder).map_err(|e| failed(e.into()))?;
    #[cfg(not(unix))]
    folder.sync_all().map_err(failed)?;
    Ok(())
}

/// The folder a file is to be written into, if it exists: a missing one is the user's to
/// create (a typo in it would otherwise make a tree of folders nobody asked for).
pub fn folder_of(path: &Path) -> Result<&Path> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(fail!(
            "folder-missing",
            path = path.display().to_string(),
            folder = dir.display().to_string()
        ));
    }
    Ok(dir)
}

fn write_renamed(path: &Path, contents: &[u8], overwrite: Overwrite, sync: bool) -> Result<()> {
    let shown = path.display().to_string();
    let dir = folder_of(path)?;
    let failed = |e: std::io::Error| {
        fail!(
            "write-failed",
            path = shown.as_str(),
            reason = e.to_string()
        )
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".parallel-review-");
    // A temporary file is private (0600); the file it becomes is an ordinary one, so it
    // gets the usual mode, less the user's umask (or that of the file it replaces).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map_or(0o666, |m| m.permissions().mode() & 0o777);
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    let mut file = builder.tempfile_in(dir).map_err(failed)?;
    file.write_all(contents)
        .and_then(|()| {
            if sync {
                file.as_file().sync_all()
            } else {
                Ok(())
            }
        })
        .map_err(failed)?;
    match overwrite {
        // persist_noclobber refuses atomically if the file appeared meanwhile.
        Overwrite::Never => file.persist_noclobber(path).map_err(|e| {
            if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                already_exists(path)
            } else {
                failed(e.error)
            }
        })?,
        Overwrite::Allow => file.persist(path).map_err(|e| failed(e.error))?,
    };
    Ok(())
}

/// Refuses an output path that is one of the files the command reads: writing the
/// result there would destroy an input.
pub fn refuse_input<'a>(out: &Path, inputs: impl IntoIterator<Item = &'a Path>) -> Result<()> {
    let Ok(out_real) = out.canonicalize() else {
        // A file that does not exist yet is not an input.
        return Ok(());
    };
    match inputs
        .into_iter()
        .find(|input| input.canonicalize().is_ok_and(|i| i == out_real))
    {
        Some(input) => Err(fail!(
            "output-is-input",
            path = out.display().to_string(),
            input = input.display().to_string()
        )),
        None => Ok(()),
    }
}

/// The error for a file that exists and may not be replaced.
pub fn already_exists(path: &Path) -> anyhow::Error {
    fail!("file-exists", path = path.display().to_string())
}

/// Creates a folder and its parents.
pub fn create_dir_all(path: &Path) -> Result<()> {
    std::fs::create_dir_all(path).map_err(|e| {
        fail!(
            "create-folder-failed",
            path = path.display().to_string(),
            reason = e.to_string()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn reads_only_regular_files_and_only_so_much() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.md");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            assert!(matches!(
                read_capped(&fifo, 10),
                Err(ReadError::NotAFile(FileKind::Pipe))
            ));
        }
        assert!(matches!(
            read_capped(Path::new("/dev/zero"), 10),
            Err(ReadError::NotAFile(FileKind::Device))
        ));
        assert!(matches!(
            read_capped(dir.path(), 10),
            Err(ReadError::NotAFile(FileKind::Folder))
        ));
        let file = dir.path().join("r.md");
        std::fs::write(&file, "12345").unwrap();
        assert_eq!(read_capped(&file, 5).unwrap(), b"12345");
        assert!(matches!(read_capped(&file, 4), Err(ReadError::TooLarge(5))));
    }

    #[test]
    fn never_overwrite_leaves_the_file_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.md");
        std::fs::write(&path, "mine").unwrap();
        let err = write_atomic(&path, b"new", Overwrite::Never).unwrap_err();
        assert!(err.to_string().contains("already exists"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
        write_atomic(&path, b"new", Overwrite::Allow).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left"
        );
    }
}
