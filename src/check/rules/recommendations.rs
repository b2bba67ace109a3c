//! `recommendations`: the recommendations section holds no list of recommendations.

use super::Rule;
use crate::check::{Ctx, Findings};
use crate::diagnostic::Severity;
use crate::guidance::SectionRole;
use crate::msg;

/// `recommendations`.
pub const RULE: Rule = Rule {
    id: "recommendations",
    summary: "rule-recommendations",
    severity: Severity::Warning,
    recommended: Severity::Warning,
    final_error: false,
    fails: "## Recommendations\n\nThe ministry should abolish fees.\n",
    passes: "## Recommendations\n\n1. To the Ministry of Labour: abolish fees.\n",
    check: Some(check),
};

fn check(ctx: &Ctx, out: &mut Findings) {
    for (i, s) in ctx.sections() {
        if ctx.guidance.sections[s].role != Some(SectionRole::Recommendations) {
            continue;
        }
        let held = ctx.report.held(i);
        if held.list_items == 0 && !held.unfinished {
            let heading = &ctx.report.headings[i];
            let msg = msg!("recommendations", section = heading.text.as_str());
            out.at(&RULE, heading.range.clone(), msg);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::rules::testing::{GOOD, findings};

    #[test]
    fn recommendations_need_list_items() {
        let bad = GOOD.replace(
            "1. To the Ministry of Labour: abolish fees.",
            "The ministry should abolish fees.",
        );
        assert_eq!(
            findings(&bad, "recommendations"),
            ["38:1 warning section “Recommendations” has no list of recommendations"]
        );
        assert!(findings(GOOD, "recommendations").is_empty());
    }
}
