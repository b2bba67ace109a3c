//! `missing-section`: a section the guidance requires (an error) or recommends (a
//! warning) has no heading, in any of the guidance's languages.

use super::Rule;
use crate::check::{Ctx, Findings};
use crate::diagnostic::Severity;
use crate::msg;

/// `missing-section`.
pub const RULE: Rule = Rule {
    id: "missing-section",
    summary: "rule-missing-section",
    severity: Severity::Error,
    recommended: Severity::Warning,
    final_error: false,
    fails: "## National context",
    passes: "## Methodology\n\nWe asked workers.\n\n## National context",
    check: Some(check),
};

fn check(ctx: &Ctx, out: &mut Findings) {
    let present: Vec<usize> = ctx.sections().map(|(_, s)| s).collect();
    for (index, section) in ctx.guidance.sections.iter().enumerate() {
        if present.contains(&index) {
            continue;
        }
        let msg = msg!("missing-section", section = section.title.get(ctx.lang));
        out.top_as(&RULE, section.presence, msg);
    }
}

#[cfg(test)]
mod tests {
    use crate::check::rules::testing::{GOOD, findings};

    #[test]
    fn missing_required_and_recommended_sections() {
        let bad = GOOD.replace("## Methodology\n\nWe asked workers.\n", "");
        assert_eq!(
            findings(&bad, "missing-section"),
            ["1:1 error missing section “Methodology”"]
        );
        let bad = GOOD.replace(
            "## Guiding principles and cross-cutting issues\n\nGender matters.\n",
            "",
        );
        assert_eq!(
            findings(&bad, "missing-section"),
            ["1:1 warning missing section “Guiding principles and cross-cutting issues”"]
        );
        assert!(findings(GOOD, "missing-section").is_empty());
    }

    #[test]
    fn sections_are_recognised_in_another_language_and_with_numbering() {
        let fr = GOOD
            .replace("## Methodology", "## 2. Méthodologie")
            .replace("## National context", "## Contexte");
        assert!(findings(&fr, "missing-section").is_empty());
        let ar = GOOD.replace("## Executive summary", "## أولاً: الملخص التنفيذي");
        assert!(findings(&ar, "missing-section").is_empty());
    }
}
