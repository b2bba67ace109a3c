//! Rules on the text: `placeholder`, `raw-html`, `image-alt`, `broken-link`.

use std::path::{Component, Path};

use crate::check::Ctx;
use crate::diagnostic::{Diagnostic, Severity};
use crate::msg;
use crate::report::Unfinished;

pub(super) fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let report = ctx.report;
    // One finding per heading for prompts: a scaffold leaves several under each.
    let mut prompt_headings = Vec::new();
    for (what, range) in &report.unfinished {
        let msg = match what {
            Unfinished::Prompt => {
                let heading = report
                    .headings
                    .iter()
                    .rposition(|h| h.range.start < range.start);
                if prompt_headings.contains(&heading) {
                    continue;
                }
                prompt_headings.push(heading);
                let count = heading.map_or(1, |h| report.headings[h].prompts);
                msg!("placeholder-prompt", count = count)
            }
            Unfinished::Placeholder => msg!("placeholder-text"),
            Unfinished::Marker(marker) => msg!("placeholder-marker", marker = *marker),
        };
        out.push(ctx.at("placeholder", Severity::Warning, range.clone(), msg));
    }
    for range in &report.html {
        out.push(ctx.at(
            "raw-html",
            Severity::Warning,
            range.clone(),
            msg!("raw-html"),
        ));
    }
    let dir = ctx.path.parent().unwrap_or(Path::new("."));
    for link in &report.links {
        if link.image && link.alt.trim().is_empty() {
            out.push(ctx.at(
                "image-alt",
                Severity::Warning,
                link.range.clone(),
                msg!("image-alt", target = link.dest.as_str()),
            ));
        }
        if let Some(problem) = local_link_problem(dir, &link.dest) {
            let msg = match problem {
                LinkProblem::Outside => msg!("broken-link-outside", target = link.dest.as_str()),
                LinkProblem::Missing => msg!("broken-link-missing", target = link.dest.as_str()),
            };
            out.push(ctx.at("broken-link", Severity::Warning, link.range.clone(), msg));
        }
    }
}

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

fn percent_decode(text: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::CheckOptions;
    use crate::check::rules::testing::{GOOD, findings, findings_in};

    #[test]
    fn placeholders_prompts_and_markers() {
        let bad = GOOD
            .replace("We asked workers.", "<!-- prompt: Who was consulted? -->\n<!-- prompt: Where? -->\n\n[Write this section.]")
            .replace("Many migrant workers.", "Many migrant workers (TODO: add figures).")
            .replace("Gender matters.", "[اكتب هذا القسم.]");
        assert_eq!(
            findings(&bad, "placeholder"),
            [
                "18:1 warning 2 scaffold prompts left here: delete them once answered",
                "21:1 warning the scaffold's placeholder text is still here",
                "25:23 warning `TODO` marker left in the text",
                "39:1 warning the scaffold's placeholder text is still here",
            ]
        );
        assert!(findings(GOOD, "placeholder").is_empty());
        let final_ = CheckOptions {
            final_: true,
            ..CheckOptions::default()
        };
        let found = findings_in(&bad, "placeholder", Path::new("r.md"), final_);
        assert!(
            found.iter().all(|f| f.contains(" error ")),
            "--final makes them errors: {found:?}"
        );
    }

    #[test]
    fn raw_html_but_not_comments() {
        let bad = GOOD.replace(
            "Gender matters.",
            "<div onclick=\"x()\">Gender</div>\n\nIt <b>matters</b>. <!-- a note -->",
        );
        assert_eq!(
            findings(&bad, "raw-html"),
            [
                "36:1 warning raw HTML is not rendered: write it in Markdown",
                "38:4 warning raw HTML is not rendered: write it in Markdown",
                "38:14 warning raw HTML is not rendered: write it in Markdown"
            ]
        );
        assert!(findings(GOOD, "raw-html").is_empty());
    }

    #[test]
    fn images_need_alternative_text() {
        let bad = GOOD.replace(
            "Gender matters.",
            "![](https://example.org/chart.png) ![Chart of fees](https://example.org/c.png)",
        );
        assert_eq!(
            findings(&bad, "image-alt"),
            ["36:1 warning image `https://example.org/chart.png` has no alternative text"]
        );
        assert!(findings(GOOD, "image-alt").is_empty());
    }

    #[test]
    fn local_links_must_exist_inside_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("annex 1.pdf"), "x").unwrap();
        let path = dir.path().join("r.md");
        let text = GOOD.replace(
            "Gender matters.",
            "See [annex](annex%201.pdf), [gone](gone.pdf), [secret](../../etc/passwd), [web](https://un.org), [top](#top), [mail](mailto:a@b.org).",
        );
        let found = findings_in(&text, "broken-link", &path, CheckOptions::default());
        assert_eq!(
            found,
            [
                "36:29 warning link to `gone.pdf`: the file does not exist",
                "36:47 warning link to `../../etc/passwd` points outside the report's folder"
            ]
        );
        assert!(findings_in(GOOD, "broken-link", &path, CheckOptions::default()).is_empty());
    }
}
