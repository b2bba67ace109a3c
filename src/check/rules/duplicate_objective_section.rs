//! `duplicate-objective-section`: two sections for one objective.

use std::collections::HashMap;

use super::Rule;
use crate::check::{Ctx, Findings};
use crate::diagnostic::Severity;
use crate::msg;

/// `duplicate-objective-section`.
pub const RULE: Rule = Rule {
    id: "duplicate-objective-section",
    summary: "rule-duplicate-objective-section",
    severity: Severity::Warning,
    recommended: Severity::Warning,
    final_error: false,
    fails: "### Objective 6: Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work\n\nRecruitment fees remain.\n\n### Objective 6:",
    passes: "### Objective 6: Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work\n\nRecruitment fees remain.\n\n### Objective 22:",
    check: Some(check),
};

fn check(ctx: &Ctx, out: &mut Findings) {
    let mut first: HashMap<u32, usize> = HashMap::new();
    for (n, heading) in ctx.objective_headings() {
        match first.get(&n) {
            Some(&offset) => {
                let line = ctx.report.index.position(&ctx.report.text, offset).0;
                out.at(
                    &RULE,
                    heading.range.clone(),
                    msg!("duplicate-objective-section", number = n, line = line),
                );
            }
            None => {
                first.insert(n, heading.range.start);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::rules::testing::{GOOD, findings};

    #[test]
    fn two_sections_for_one_objective() {
        let bad = GOOD.replace("### Objective 22:", "### Objective 6:");
        assert_eq!(
            findings(&bad, "duplicate-objective-section"),
            ["30:1 warning objective 6 already has a section, at line 26"]
        );
        assert!(findings(GOOD, "duplicate-objective-section").is_empty());
    }
}
