//! `unknown-objective`: an objective number outside 1-23, in the `objectives` list or in a
//! heading.

use serde_yaml::Value;

use super::Rule;
use crate::check::{Ctx, Findings};
use crate::diagnostic::Severity;
use crate::msg;
use crate::report::meta::key;
use crate::report::{HeadingKind, objective_number};

/// `unknown-objective`.
pub const RULE: Rule = Rule {
    id: "unknown-objective",
    summary: "rule-unknown-objective",
    severity: Severity::Error,
    recommended: Severity::Error,
    final_error: false,
    fails: "objectives: [6, 22, 24]",
    passes: "objectives: [6, 22]",
    check: Some(check),
};

fn check(ctx: &Ctx, out: &mut Findings) {
    if let Some(field) = ctx.report.field(key::OBJECTIVES) {
        let items: Vec<&Value> = match &field.value {
            Value::Sequence(items) => items.iter().collect(),
            other => vec![other],
        };
        for n in items.into_iter().filter_map(objective_number) {
            if ctx.guidance.objective(n).is_none() {
                out.at(
                    &RULE,
                    field.key_range(),
                    msg!("unknown-objective", number = n),
                );
            }
        }
    }
    for heading in &ctx.report.headings {
        match heading.kind {
            HeadingKind::Objective(n) if ctx.guidance.objective(n).is_none() => out.at(
                &RULE,
                heading.range.clone(),
                msg!("unknown-objective", number = n),
            ),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::rules::testing::{GOOD, findings};

    #[test]
    fn in_the_list_and_in_headings() {
        let arabic = GOOD.replace("[6, 22]", "[\"٦\", \"٢٢\"]");
        assert!(findings(&arabic, "unknown-objective").is_empty());
        let bad = GOOD.replace("[6, 22]", "[6, 22, 24]");
        assert_eq!(
            findings(&bad, "unknown-objective"),
            ["7:1 error there is no objective 24: objectives are numbered 1 to 23"]
        );
        let bad = GOOD.replace("### Objective 22:", "### Objective 25:");
        assert_eq!(
            findings(&bad, "unknown-objective"),
            ["30:1 error there is no objective 25: objectives are numbered 1 to 23"]
        );
    }
}
