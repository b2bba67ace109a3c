//! Writing files so that a user's file is never half-written or overwritten by surprise.

use std::io::Write;
use std::path::Path;

use anyhow::Result;

use crate::fail;

/// Whether an existing file may be replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overwrite {
    /// Refuse when the file exists.
    Never,
    /// Replace it.
    Allow,
}

/// Writes `contents` to `path` through a temporary file in the same folder and a rename, so
/// that readers see either the old file or the whole new one.
pub fn write_atomic(path: &Path, contents: &[u8], overwrite: Overwrite) -> Result<()> {
    let shown = path.display().to_string();
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(fail!(
            "folder-missing",
            path = shown,
            folder = dir.display().to_string()
        ));
    }
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
        .and_then(|()| file.as_file().sync_all())
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
