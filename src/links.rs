//! Where a link in a report may lead: the web (`http`, `https`), e-mail (`mailto`), the same
//! page, or a file that exists inside the report's own folder. Anything else (`ms-msdt:`,
//! `smb:`, `//host/share`, …) is not kept: an allow-list, since a protocol handler runs
//! outside the page where no Content-Security-Policy reaches. Shared by `check` (which
//! reports) and `render` (which unlinks).

use std::path::{Component, Path};

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC};

/// What is wrong with a link.
#[derive(Debug, PartialEq, Eq)]
pub enum LinkProblem {
    /// Neither the web, e-mail, the page nor a file of the folder.
    NotAllowed,
    /// It leaves the report's folder.
    Outside,
    /// The file does not exist.
    Missing,
}

/// Schemes a link may have.
const ALLOWED_SCHEMES: &[&str] = &["http", "https", "mailto"];

/// Whether a URL is a web address, which an image turns into a link to (never fetched).
pub fn is_web(dest: &str) -> bool {
    scheme(dest.trim())
        .is_some_and(|s| s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https"))
}

/// The scheme of a URL (`https` in `https://…`); a single letter is a Windows drive.
fn scheme(dest: &str) -> Option<&str> {
    dest.split_once(':')
        .map(|(scheme, _)| scheme)
        .filter(|scheme| {
            scheme.len() > 1
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        })
}

/// Checks a link target: web, mail and in-page links are fine, a local one must be a file
/// inside the report's folder, anything else is not allowed.
pub fn link_problem(dir: &Path, dest: &str) -> Option<LinkProblem> {
    // `report.md` has the parent `""`, which cannot be canonicalized: it is the current folder.
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let dest = dest.trim();
    if let Some(scheme) = scheme(dest) {
        return (!ALLOWED_SCHEMES
            .iter()
            .any(|allowed| scheme.eq_ignore_ascii_case(allowed)))
        .then_some(LinkProblem::NotAllowed);
    }
    // `//host/share`, and `\\host` or `/\host`, which browsers read the same way: another
    // machine, or a Windows share when the page is opened from disk.
    if dest.len() >= 2
        && dest.as_bytes()[..2]
            .iter()
            .all(|b| matches!(b, b'/' | b'\\'))
    {
        return Some(LinkProblem::NotAllowed);
    }
    if dest.is_empty() || dest.starts_with('#') {
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

/// Bytes written as themselves in a URL path: unreserved characters and `/`.
const PATH: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/');

/// A path as a URL path: `/` kept, every byte that is not unreserved written `%XX`.
pub fn percent_encode(path: &str) -> String {
    percent_encode_bytes(path.as_bytes())
}

/// [`percent_encode`] for raw bytes, such as a file name that is not UTF-8.
pub fn percent_encode_bytes(path: &[u8]) -> String {
    percent_encoding::percent_encode(path, PATH).to_string()
}

/// Decodes `%XX` escapes of a URL path.
pub fn percent_decode(text: &str) -> String {
    percent_encoding::percent_decode_str(text)
        .decode_utf8_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_web_mail_the_page_and_the_folder_are_linked() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
        for fine in [
            "https://example.org",
            "HTTP://example.org",
            "mailto:a@example.org",
            "#objective-6",
            "",
            "README.md",
            "./src/lib.rs#L1",
        ] {
            assert_eq!(link_problem(dir, fine), None, "{fine}");
        }
        for refused in [
            "ms-msdt:/id PCWDiagnostic",
            "search-ms:query=x",
            "smb://host/share",
            "ms-officecmd:x",
            "ms-word:ofe|u|https://x",
            "vscode://file/etc/passwd",
            "intent://x#Intent;end",
            "view-source:https://x",
            "ldap://x",
            "ssh://x",
            "file:///etc/passwd",
            "//host/share",
            "\\\\host\\share",
            "/\\host",
            "javascript:alert(1)",
        ] {
            assert_eq!(
                link_problem(dir, refused),
                Some(LinkProblem::NotAllowed),
                "{refused}"
            );
        }
        assert_eq!(
            link_problem(dir, "../etc/passwd"),
            Some(LinkProblem::Outside)
        );
        assert_eq!(link_problem(dir, "nope.md"), Some(LinkProblem::Missing));
    }

    #[test]
    fn paths_are_percent_encoded_byte_by_byte() {
        assert_eq!(percent_encode("a b/رأي.md"), "a%20b/%D8%B1%D8%A3%D9%8A.md");
        assert_eq!(percent_encode("javascript:x(1)"), "javascript%3Ax%281%29");
        assert_eq!(percent_encode_bytes(b"bad\xff.md"), "bad%FF.md");
        assert_eq!(percent_decode("annex%201.pdf"), "annex 1.pdf");
    }
}
