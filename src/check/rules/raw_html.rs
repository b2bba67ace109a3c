//! `raw-html`: HTML in the report, which rendering drops (comments are fine).

use super::Rule;
use crate::check::{Ctx, Findings};
use crate::diagnostic::Severity;
use crate::msg;

/// `raw-html`.
pub const RULE: Rule = Rule {
    id: "raw-html",
    summary: "rule-raw-html",
    severity: Severity::Warning,
    recommended: Severity::Warning,
    final_error: false,
    fails: "It <b>matters</b>.",
    passes: "Gender matters.",
    check: Some(check),
};

fn check(ctx: &Ctx, out: &mut Findings) {
    for range in &ctx.report.html {
        out.at(&RULE, range.clone(), msg!("raw-html"));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::rules::testing::{GOOD, findings};

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
}
