//! `missing-objective-section`: an objective listed in `objectives` has no section.

use super::Rule;
use crate::check::{Ctx, Findings};
use crate::diagnostic::Severity;
use crate::msg;
use crate::report::meta::key;

/// `missing-objective-section`.
pub const RULE: Rule = Rule {
    id: "missing-objective-section",
    summary: "rule-missing-objective-section",
    severity: Severity::Error,
    recommended: Severity::Error,
    final_error: false,
    fails: "objectives: [6, 7, 22]",
    passes: "objectives: [6, 22]",
    check: Some(check),
};

fn check(ctx: &Ctx, out: &mut Findings) {
    let Some(field) = ctx.report.field(key::OBJECTIVES) else {
        return;
    };
    let written: Vec<u32> = ctx.objective_headings().map(|(n, _)| n).collect();
    let mut reported = Vec::new();
    for n in ctx.report.declared_objectives() {
        let Some(objective) = ctx.guidance.objective(n) else {
            continue;
        };
        if written.contains(&n) || reported.contains(&n) {
            continue;
        }
        reported.push(n);
        let heading = ctx.guidance.objective_heading(objective, ctx.lang);
        out.at(
            &RULE,
            field.key_range(),
            msg!("missing-objective-section", number = n, heading = heading),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::rules::testing::{GOOD, findings};

    #[test]
    fn declared_objective_without_a_section() {
        let bad = GOOD.replace("[6, 22]", "[6, 7, 22]");
        assert_eq!(
            findings(&bad, "missing-objective-section"),
            ["7:1 error objective 7 is listed in `objectives` but has no section"]
        );
        assert!(findings(GOOD, "missing-objective-section").is_empty());
    }

    #[test]
    fn arabic_and_french_objective_headings_count() {
        let ar = GOOD.replace("### Objective 6: Facilitate", "### الهدف ٦: تيسير");
        assert!(findings(&ar, "missing-objective-section").is_empty());
        let fr = GOOD.replace(
            "### Objective 22: Establish",
            "### Objectif 22 : Protection sociale",
        );
        assert!(findings(&fr, "missing-objective-section").is_empty());
    }
}
