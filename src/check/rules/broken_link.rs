//! `broken-link`: a link or image to a local file that does not exist or lies outside
//! the report's folder, or a link of a kind that is not kept (see `links`).

use std::path::Path;

use super::Rule;
use crate::check::{Ctx, Findings};
use crate::diagnostic::Severity;
use crate::links::{LinkProblem, link_problem};
use crate::msg;

/// `broken-link`.
pub const RULE: Rule = Rule {
    id: "broken-link",
    summary: "rule-broken-link",
    severity: Severity::Warning,
    recommended: Severity::Warning,
    final_error: false,
    fails: "Gender matters, see [the share](//fileserver/share/notes.md).",
    passes: "Gender matters.",
    check: Some(check),
};

fn check(ctx: &Ctx, out: &mut Findings) {
    let dir = ctx.path.parent().unwrap_or(Path::new("."));
    for link in &ctx.report.links {
        let target = link.dest.as_str();
        let msg = match link_problem(dir, target) {
            None => continue,
            Some(LinkProblem::NotAllowed) => msg!("broken-link-scheme", target = target),
            Some(LinkProblem::Outside) => msg!("broken-link-outside", target = target),
            Some(LinkProblem::Missing) => msg!("broken-link-missing", target = target),
        };
        out.at(&RULE, link.range.clone(), msg);
    }
}

#[cfg(test)]
mod tests {
    use crate::check::CheckOptions;
    use crate::check::rules::testing::{GOOD, findings_in};

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
