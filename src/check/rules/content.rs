//! Rules on the text: `placeholder`, `raw-html`, `image-alt`, `broken-link`.

use std::path::Path;

use crate::check::{Ctx, Findings};
use crate::diagnostic::Severity;
use crate::links::{LinkProblem, link_problem};
use crate::msg;
use crate::report::Unfinished;

pub(super) fn check(ctx: &Ctx, out: &mut Findings) {
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
    out.count_more("placeholder", report.unfinished_more);
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
        if let Some(problem) = link_problem(dir, &link.dest) {
            let msg = match problem {
                LinkProblem::NotAllowed => msg!("broken-link-scheme", target = link.dest.as_str()),
                LinkProblem::Outside => msg!("broken-link-outside", target = link.dest.as_str()),
                LinkProblem::Missing => msg!("broken-link-missing", target = link.dest.as_str()),
            };
            out.push(ctx.at("broken-link", Severity::Warning, link.range.clone(), msg));
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

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
