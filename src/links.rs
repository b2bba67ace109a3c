//! Where a link in a report leads: the web, the same page, or a file that must exist inside
//! the report's own folder. Shared by `check` (which reports) and `render` (which unlinks).

use std::path::{Component, Path};

/// What is wrong with a link to a local file.
#[derive(Debug, PartialEq, Eq)]
pub enum LinkProblem {
    /// It leaves the report's folder.
    Outside,
    /// The file does not exist.
    Missing,
}

/// Checks a link target against the report's folder; web, mail and in-page links are fine.
pub fn local_link_problem(dir: &Path, dest: &str) -> Option<LinkProblem> {
    // `report.md` has the parent `""`, which cannot be canonicalized: it is the current folder.
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let dest = dest.trim();
    let has_scheme = dest.split_once(':').is_some_and(|(scheme, _)| {
        !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
            && scheme.len() > 1
    });
    if dest.is_empty() || dest.starts_with('#') || has_scheme || dest.starts_with("//") {
        return None;
    }
    let file = dest.split(['#', '?']).next().unwrap_or_default();
    let file = percent_decode(file);
    let relative = Path::new(&file);
    if relative.is_absolute() || escapes(relative) {
        return Some(LinkProblem::Outside);
    }
    let target = dir.join(relative);
    if !target.exists() {
        return Some(LinkProblem::Missing);
    }
    // A symbolic link inside the folder may still lead out of it.
    match (target.canonicalize(), dir.canonicalize()) {
        (Ok(target), Ok(dir)) if !target.starts_with(&dir) => Some(LinkProblem::Outside),
        _ => None,
    }
}

/// Whether `..` components climb above the starting folder.
fn escapes(path: &Path) -> bool {
    let mut depth = 0i32;
    for component in path.components() {
        match component {
            Component::ParentDir => depth -= 1,
            Component::Normal(_) => depth += 1,
            _ => {}
        }
        if depth < 0 {
            return true;
        }
    }
    false
}

/// A path as a URL path: `/` kept, every byte that is not unreserved written `%XX`.
pub fn percent_encode(path: &str) -> String {
    percent_encode_bytes(path.as_bytes())
}

/// [`percent_encode`] for raw bytes, such as a file name that is not UTF-8.
pub fn percent_encode_bytes(path: &[u8]) -> String {
    let mut out = String::with_capacity(path.len());
    for &byte in path {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes of a URL path.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
