//! `empty-section`: a guidance section or an objective section has no text (one still
//! holding its placeholder is `placeholder`'s).

use super::Rule;
use crate::check::{Ctx, Findings};
use crate::diagnostic::Severity;
use crate::msg;
use crate::report::HeadingKind;

/// `empty-section`.
pub const RULE: Rule = Rule {
    id: "empty-section",
    summary: "rule-empty-section",
    severity: Severity::Warning,
    recommended: Severity::Warning,
    final_error: true,
    fails: "## Methodology\n\n## National context",
    passes: "## Methodology\n\nWe asked workers.\n\n## National context",
    check: Some(check),
};

fn check(ctx: &Ctx, out: &mut Findings) {
    for (i, heading) in ctx.report.headings.iter().enumerate() {
        if heading.kind == HeadingKind::Other {
            continue;
        }
        let held = ctx.report.held(i);
        if held.words == 0 && !held.unfinished {
            let msg = msg!("empty-section", section = heading.text.as_str());
            out.at(&RULE, heading.range.clone(), msg);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::rules::testing::{GOOD, findings};

    #[test]
    fn empty_sections_and_objectives() {
        let bad = GOOD
            .replace("We asked workers.\n", "")
            .replace("Recruitment fees remain.\n", "");
        assert_eq!(
            findings(&bad, "empty-section"),
            [
                "16:1 warning section “Methodology” has no text",
                "25:1 warning section “Objective 6: Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work” has no text"
            ]
        );
        assert!(findings(GOOD, "empty-section").is_empty());
    }
}
