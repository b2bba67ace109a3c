//! Finding the reports to work on: files named on the command line, and the Markdown files
//! in folders, walked recursively (hidden folders and `target/` skipped, symbolic links
//! followed with loops reported).

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::messages::Msg;
use crate::msg;

/// Something found while walking.
#[derive(Debug, Clone)]
pub enum Found {
    /// A report file.
    File(PathBuf),
    /// A path that could not be walked, and why.
    Problem(PathBuf, Msg),
}

/// Fails on the first path given that does not exist: the command cannot run.
pub fn require_existing(paths: &[PathBuf]) -> anyhow::Result<()> {
    match paths.iter().find(|p| !p.exists()) {
        Some(path) => Err(crate::fail!(
            "path-missing",
            path = path.display().to_string()
        )),
        None => Ok(()),
    }
}

/// Every report under the given paths, in a stable order.
pub fn find_reports(paths: &[PathBuf]) -> Vec<Found> {
    let mut found = Vec::new();
    for path in paths {
        if !path.is_dir() {
            found.push(Found::File(path.clone()));
            continue;
        }
        let walker = WalkDir::new(path)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !skipped_folder(e));
        for entry in walker {
            match entry {
                Ok(entry) if entry.file_type().is_file() && is_markdown(entry.path()) => {
                    found.push(Found::File(entry.into_path()));
                }
                Ok(_) => {}
                Err(error) => {
                    let at = error.path().unwrap_or(path).to_path_buf();
                    let problem = match error.loop_ancestor() {
                        Some(ancestor) => {
                            msg!("unreadable-loop", ancestor = ancestor.display().to_string())
                        }
                        None => msg!(
                            "unreadable",
                            reason = error
                                .io_error()
                                .map_or_else(|| error.to_string(), ToString::to_string)
                        ),
                    };
                    found.push(Found::Problem(at, problem));
                }
            }
        }
    }
    found
}

fn skipped_folder(entry: &walkdir::DirEntry) -> bool {
    let name = entry.file_name().to_string_lossy();
    entry.file_type().is_dir()
        && (name.starts_with('.') || name == "target" || name == "node_modules")
}

fn is_markdown(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"))
}
