//! `section-order`: a section comes after one the guidance puts after it.

use super::Rule;
use crate::check::{Ctx, Findings};
use crate::diagnostic::Severity;
use crate::msg;

/// `section-order`.
pub const RULE: Rule = Rule {
    id: "section-order",
    summary: "rule-section-order",
    severity: Severity::Warning,
    recommended: Severity::Warning,
    final_error: false,
    fails: "## National context\n\nMany migrant workers.\n\n## Methodology\n\nWe asked workers.\n",
    passes: "## Methodology\n\nWe asked workers.\n\n## National context\n\nMany migrant workers.\n",
    check: Some(check),
};

fn check(ctx: &Ctx, out: &mut Findings) {
    let mut latest: Option<usize> = None;
    for (i, s) in ctx.sections() {
        if let Some(previous) = latest.filter(|p| *p > s) {
            let heading = &ctx.report.headings[i];
            let msg = msg!(
                "section-order",
                section = heading.text.as_str(),
                before = ctx.guidance.sections[previous].title.get(ctx.lang)
            );
            out.at(&RULE, heading.range.clone(), msg);
        }
        latest = Some(latest.map_or(s, |p| p.max(s)));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::rules::testing::{GOOD, findings};

    #[test]
    fn sections_out_of_order() {
        let bad = GOOD
            .replace("## Methodology\n\nWe asked workers.\n", "")
            .replace(
                "## Recommendations",
                "## Methodology\n\nWe asked workers.\n\n## Recommendations",
            );
        assert_eq!(
            findings(&bad, "section-order"),
            [
                "35:1 warning section “Methodology” should come before “Guiding principles and cross-cutting issues”"
            ]
        );
        assert!(findings(GOOD, "section-order").is_empty());
    }
}
