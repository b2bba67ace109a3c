//! `undeclared-objective`: an objective has a section but is not in `objectives`.

use super::Rule;
use crate::check::{Ctx, Findings};
use crate::diagnostic::Severity;
use crate::msg;
use crate::report::meta::key;

/// `undeclared-objective`.
pub const RULE: Rule = Rule {
    id: "undeclared-objective",
    summary: "rule-undeclared-objective",
    severity: Severity::Warning,
    recommended: Severity::Warning,
    final_error: false,
    fails: "objectives: [6]",
    passes: "objectives: [6, 22]",
    check: Some(check),
};

fn check(ctx: &Ctx, out: &mut Findings) {
    if ctx.report.field(key::OBJECTIVES).is_none() {
        return;
    }
    let declared = ctx.report.declared_objectives();
    for (n, heading) in ctx.objective_headings() {
        if !declared.contains(&n) {
            out.at(
                &RULE,
                heading.range.clone(),
                msg!("undeclared-objective", number = n),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::rules::testing::{GOOD, findings};

    #[test]
    fn section_for_an_objective_not_declared() {
        let bad = GOOD.replace("[6, 22]", "[6]");
        assert_eq!(
            findings(&bad, "undeclared-objective"),
            ["30:1 warning objective 22 has a section but is not listed in `objectives`"]
        );
        assert!(findings(GOOD, "undeclared-objective").is_empty());
    }
}
