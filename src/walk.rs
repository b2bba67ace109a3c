//! Finding the reports to work on: files named on the command line, and the Markdown files
//! in folders, walked recursively (hidden folders and `target/` skipped, symbolic links
//! followed inside the folder, with loops and links out of it reported).

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::fsutil::special_kind;
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

impl Found {
    /// The report file, when this is one.
    pub fn file(&self) -> Option<&Path> {
        match self {
            Found::File(path) => Some(path),
            Found::Problem(..) => None,
        }
    }
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

/// Every report under the given paths, in a stable order. A file named on the command
/// line is taken as it is; inside a folder, what is not an ordinary file (a named pipe, a
/// device) and what a symbolic link leads to outside the folder are findings, never read.
pub fn find_reports(paths: &[PathBuf]) -> Vec<Found> {
    let mut found = Vec::new();
    for path in paths {
        if !path.is_dir() {
            found.push(Found::File(path.clone()));
            continue;
        }
        let root = path.canonicalize().unwrap_or_else(|_| path.clone());
        let mut walker = WalkDir::new(path)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter();
        while let Some(entry) = walker.next() {
            let entry = match entry {
                Ok(entry) => entry,
                Err(error) => {
                    found.push(walk_problem(path, &error));
                    continue;
                }
            };
            let is_dir = entry.file_type().is_dir();
            if entry.depth() > 0 && is_dir && skipped_folder(&entry) {
                walker.skip_current_dir();
                continue;
            }
            // Word documents are reports too; other documents are named, so that no
            // submission is passed over without a word.
            if !is_dir && !is_markdown(entry.path()) && !is_word_document(entry.path()) {
                if let Some(extension) = other_document(entry.path()) {
                    found.push(Found::Problem(
                        entry.into_path(),
                        msg!("not-a-report-format", extension = extension),
                    ));
                }
                continue;
            }
            if entry.path_is_symlink() {
                match entry.path().canonicalize() {
                    Ok(target) if !target.starts_with(&root) => {
                        if is_dir {
                            walker.skip_current_dir();
                        }
                        found.push(Found::Problem(
                            entry.into_path(),
                            msg!(
                                "unreadable-outside",
                                folder = path.display().to_string(),
                                target = target.display().to_string()
                            ),
                        ));
                        continue;
                    }
                    _ => {}
                }
            }
            if is_dir {
                continue;
            }
            match special_kind(entry.file_type()) {
                Some(kind) => found.push(Found::Problem(
                    entry.into_path(),
                    msg!("not-a-file", kind = kind.as_str()),
                )),
                None => found.push(Found::File(entry.into_path())),
            }
        }
    }
    found
}

/// A folder or link that could not be walked.
fn walk_problem(root: &Path, error: &walkdir::Error) -> Found {
    let at = error.path().unwrap_or(root).to_path_buf();
    let problem = match error.loop_ancestor() {
        Some(ancestor) => msg!("unreadable-loop", ancestor = ancestor.display().to_string()),
        None => msg!(
            "unreadable",
            reason = error
                .io_error()
                .map_or_else(|| error.to_string(), ToString::to_string)
        ),
    };
    Found::Problem(at, problem)
}

fn skipped_folder(entry: &walkdir::DirEntry) -> bool {
    let name = entry.file_name().to_string_lossy();
    entry.file_type().is_dir()
        && (name.starts_with('.') || name == "target" || name == "node_modules")
}

/// Whether a file is a Word document (`.docx`), which `import` makes a report of.
pub fn is_word_document(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("docx"))
}

/// The extension of a document that is a submission but not a report this tool reads:
/// a PDF (unless a report of the same name beside it says it was printed from it), an
/// older Word file, an OpenDocument, RTF or plain text.
fn other_document(path: &Path) -> Option<String> {
    const OTHERS: &[&str] = &[
        "pdf", "doc", "docm", "dot", "dotx", "odt", "ott", "rtf", "txt", "pages", "wpd",
    ];
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    if !OTHERS.contains(&extension.as_str()) {
        return None;
    }
    let printed = extension == "pdf"
        && ["md", "markdown", "docx"]
            .iter()
            .any(|source| path.with_extension(source).is_file());
    (!printed).then_some(extension)
}

fn is_markdown(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"))
}
