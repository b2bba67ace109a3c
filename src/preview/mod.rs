//! What `preview` shows and which requests it answers: the report's page as `render`
//! makes it, `check`'s findings beside it, and only the files of the report's own folder.

use std::path::{Component, Path, PathBuf};

use crate::check::Checker;
use crate::diagnostic::{Diagnostic, Severity};
use crate::lang::Lang;
use crate::messages::Msg;
use crate::msg;
use crate::render::Renderer;
use crate::report::Report;

/// The script of the preview's frame page: it waits for a change and reloads.
pub const SCRIPT: &str = include_str!("preview.js");
/// The style of the preview's frame page.
pub const STYLE: &str = include_str!("preview.css");

/// Where the preview's own resources live. Names starting with a dot are never served
/// from the report's folder, so these can never hide one of its files.
pub mod route {
    /// The frame page: the report beside its findings.
    pub const FRAME: &str = "/";
    /// The report's page as `render` makes it. At the root, so that the page's relative
    /// links reach the files beside the report.
    pub const PAGE: &str = "/.preview-page";
    /// The findings, as a fragment of the frame page.
    pub const FINDINGS: &str = "/.preview-findings";
    /// Answers with the version once it differs from `?after=`.
    pub const WAIT: &str = "/.preview-wait";
    /// [`super::SCRIPT`].
    pub const SCRIPT: &str = "/.preview.js";
    /// [`super::STYLE`].
    pub const STYLE: &str = "/.preview.css";
}

/// The report rendered and checked once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    /// The report's title, or its file name.
    pub title: String,
    /// The language the findings and the frame page speak.
    pub lang: Lang,
    /// The report's page, or a page saying why there is none.
    pub page: String,
    /// The findings as HTML list items, each linked to the heading it is under.
    pub findings: String,
}

/// Renders and checks the report at `path`; a report that cannot be read or rendered
/// gives a page that says why, in `fallback` (the language of the user's messages).
pub fn snapshot(renderer: &Renderer, checker: &Checker, path: &Path, fallback: Lang) -> Snapshot {
    let (result, report) = checker.check_file(path);
    let lang = result.lang.unwrap_or(fallback);
    let file_name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let (page, anchors, title) = match &report {
        None => (
            problem_page(&result.reason(lang), lang),
            Vec::new(),
            file_name,
        ),
        Some(report) => match renderer.html(report, path) {
            Ok(page) => {
                let title = page.metadata.title.clone();
                (page.html, page.anchors, title)
            }
            Err(reason) => (problem_page(&reason, lang), Vec::new(), file_name),
        },
    };
    // In a Word document, findings are placed by paragraph.
    let place = if crate::walk::is_word_document(path) {
        "preview-paragraph"
    } else {
        "preview-line"
    };
    let findings = findings(&result.diagnostics, report.as_ref(), &anchors, place, lang);
    Snapshot {
        title,
        lang,
        page,
        findings,
    }
}

/// A page standing in for a report that cannot be shown.
fn problem_page(reason: &str, lang: Lang) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title></head>\
         <body><p role=\"alert\">{}</p></body></html>\n",
        lang.code(),
        lang.dir(),
        tera::escape_html(&Msg::new("preview-no-page").plain(lang)),
        tera::escape_html(reason)
    )
}

/// The findings as list items: severity, rule and line, the message and what to do,
/// linked to the heading the finding is under.
fn findings(
    diagnostics: &[Diagnostic],
    report: Option<&Report>,
    anchors: &[String],
    place: &'static str,
    lang: Lang,
) -> String {
    if diagnostics.is_empty() {
        return format!(
            "<p class=\"clean\">{}</p>",
            tera::escape_html(&Msg::new("preview-no-findings").plain(lang))
        );
    }
    let mut out = String::from("<ol class=\"findings\">");
    for d in diagnostics {
        let (class, severity) = match d.severity {
            Severity::Error => ("error", msg!("severity-error")),
            Severity::Warning => ("warning", msg!("severity-warning")),
        };
        let anchor = report.and_then(|r| anchor_of(d, r, anchors)).unwrap_or("");
        let help = d
            .msg
            .plain_help(lang)
            .map(|h| format!("<p class=\"help\">{}</p>", tera::escape_html(&h)))
            .unwrap_or_default();
        out.push_str(&format!(
            "<li class=\"{class}\"><a href=\"{}#{anchor}\" target=\"page\"><span class=\"severity\">{}</span> \
             <code>{}</code> <span class=\"line\">{}</span></a><p dir=\"auto\">{}</p>{help}</li>",
            route::PAGE,
            tera::escape_html(&severity.plain(lang)),
            d.rule,
            tera::escape_html(&Msg::new(place).arg("line", lang.number(d.line)).plain(lang)),
            tera::escape_html(&d.msg.plain(lang)),
        ));
    }
    out.push_str("</ol>");
    out
}

/// The anchor of the heading a finding is under: the one it names (in a Word document,
/// where lines are paragraphs), else the last heading at or before its line.
fn anchor_of<'a>(d: &Diagnostic, report: &Report, anchors: &'a [String]) -> Option<&'a str> {
    let i = match &d.section {
        Some(section) => report.headings.iter().position(|h| &h.text == section)?,
        None => {
            let offset = report.index.line_start(d.line);
            report
                .headings
                .partition_point(|h| h.range.start <= offset)
                .checked_sub(1)?
        }
    };
    anchors.get(i).map(String::as_str)
}

/// Why a request is not answered with a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The path leaves the folder, names a hidden file, or is not text.
    Forbidden,
    /// Nothing is there.
    NotFound,
}

/// The file a request's path names inside `root` (canonical), if it may be served: only
/// regular files under the folder, reached without `..`, hidden names or a symbolic link
/// that leads out.
pub fn resolve(root: &Path, path: &str) -> Result<PathBuf, Refusal> {
    let decoded = percent_encoding::percent_decode_str(path)
        .decode_utf8()
        .map_err(|_| Refusal::Forbidden)?;
    let mut relative = PathBuf::new();
    for part in decoded.split('/').filter(|p| !p.is_empty()) {
        // A backslash or a drive letter is a separator somewhere; a dot starts `..`,
        // `.git` and the preview's own names.
        if part.starts_with('.') || part.contains(['\\', '\0', ':']) {
            return Err(Refusal::Forbidden);
        }
        relative.push(part);
    }
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return Err(Refusal::Forbidden);
    }
    let file = root.join(&relative);
    let real = file.canonicalize().map_err(|_| Refusal::NotFound)?;
    if !real.starts_with(root) {
        return Err(Refusal::Forbidden);
    }
    if !real.is_file() {
        return Err(Refusal::NotFound);
    }
    Ok(real)
}

/// Whether a request's `Host:` is this server by a loopback name: a page of another site
/// whose name was made to point at 127.0.0.1 (DNS rebinding) sends its own name.
pub fn host_allowed(host: Option<&str>, port: u16) -> bool {
    let Some(host) = host else {
        return false;
    };
    ["127.0.0.1", "localhost", "[::1]"]
        .iter()
        .any(|name| host.eq_ignore_ascii_case(&format!("{name}:{port}")))
}

/// The `Content-Type` of a file served from the report's folder.
pub fn content_type(path: &Path) -> &'static str {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match extension.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "md" | "markdown" | "txt" | "csv" => "text/plain; charset=utf-8",
        "css" => "text/css",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "svg" => "image/svg+xml",
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    }
}

/// The frame page: the report's page in a frame, the findings beside it.
pub fn frame(snapshot: &Snapshot, version: u64) -> String {
    let lang = snapshot.lang;
    let t = |id: &'static str| tera::escape_html(&Msg::new(id).plain(lang));
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title} — {preview}</title>\n<link rel=\"stylesheet\" href=\"{style}\">\n\
         <link rel=\"icon\" href=\"data:,\">\n<script src=\"{script}\" defer></script>\n</head>\n<body>\n<main>\n\
         <iframe name=\"page\" id=\"page\" src=\"{page}\" title=\"{page_label}\"></iframe>\n\
         <aside aria-labelledby=\"findings-heading\">\n<h1 id=\"findings-heading\">{findings_label}</h1>\n\
         <div id=\"findings\" aria-live=\"polite\" data-version=\"{version}\">{findings}</div>\n\
         <p class=\"hint\">{hint}</p>\n</aside>\n</main>\n</body>\n</html>\n",
        lang = lang.code(),
        dir = lang.dir(),
        title = tera::escape_html(&snapshot.title),
        preview = t("preview-name"),
        style = route::STYLE,
        script = route::SCRIPT,
        page = route::PAGE,
        page_label = t("preview-page-label"),
        findings_label = t("preview-findings"),
        findings = snapshot.findings,
        hint = t("preview-hint"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_inside_the_folder_are_served() {
        let dir = tempfile::tempdir().expect("scratch folder");
        let root = dir.path().canonicalize().expect("canonical");
        std::fs::create_dir(root.join("images")).expect("folder");
        std::fs::write(root.join("images/a b.png"), b"png").expect("file");
        std::fs::write(root.join(".secret"), b"key").expect("file");
        assert_eq!(
            resolve(&root, "/images/a%20b.png"),
            Ok(root.join("images/a b.png"))
        );
        for refused in [
            "/../etc/passwd",
            "/images/../../x",
            "/%2e%2e/x",
            "/.secret",
            "/images/..%2f..%2fx",
            "/images%5c..%5cx",
            "/%ff",
            "/c:/x",
        ] {
            assert_eq!(
                resolve(&root, refused),
                Err(Refusal::Forbidden),
                "{refused}"
            );
        }
        assert_eq!(resolve(&root, "/nothing.png"), Err(Refusal::NotFound));
        assert_eq!(resolve(&root, "/images"), Err(Refusal::NotFound));
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_out_of_the_folder_is_refused() {
        let dir = tempfile::tempdir().expect("scratch folder");
        let base = dir.path().canonicalize().expect("canonical");
        std::fs::create_dir(base.join("report")).expect("folder");
        std::fs::write(base.join("outside.txt"), b"private").expect("file");
        std::fs::write(base.join("report/inside.txt"), b"public").expect("file");
        std::os::unix::fs::symlink(base.join("outside.txt"), base.join("report/out.txt"))
            .expect("link");
        std::os::unix::fs::symlink("inside.txt", base.join("report/in.txt")).expect("link");
        let root = base.join("report");
        assert_eq!(resolve(&root, "/out.txt"), Err(Refusal::Forbidden));
        assert_eq!(resolve(&root, "/in.txt"), Ok(root.join("inside.txt")));
    }

    #[test]
    fn only_loopback_names_of_this_port_are_answered() {
        assert!(host_allowed(Some("127.0.0.1:8123"), 8123));
        assert!(host_allowed(Some("localhost:8123"), 8123));
        assert!(host_allowed(Some("[::1]:8123"), 8123));
        assert!(!host_allowed(Some("evil.example:8123"), 8123));
        assert!(!host_allowed(Some("127.0.0.1:80"), 8123));
        assert!(!host_allowed(Some("127.0.0.1"), 8123));
        assert!(!host_allowed(None, 8123));
    }
}
