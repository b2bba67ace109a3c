//! `unknown-field`: a front matter key the guidance does not declare, with the closest
//! declared name.

use super::Rule;
use crate::check::{Ctx, Findings};
use crate::diagnostic::Severity;
use crate::msg;
use crate::suggest::did_you_mean;

/// `unknown-field`.
pub const RULE: Rule = Rule {
    id: "unknown-field",
    summary: "rule-unknown-field",
    severity: Severity::Warning,
    recommended: Severity::Warning,
    final_error: false,
    fails: "contcat: a@example.org",
    passes: "contact: a@example.org",
    check: Some(check),
};

fn check(ctx: &Ctx, out: &mut Findings) {
    for field in ctx.report.fields() {
        if ctx.guidance.field(&field.key).is_some() {
            continue;
        }
        let names = ctx.guidance.fields.iter().map(|f| f.name.as_str());
        let msg = match did_you_mean(&field.key, names) {
            Some(name) => msg!(
                "unknown-field-suggest",
                field = &field.key,
                suggestion = name
            ),
            None => msg!("unknown-field", field = &field.key),
        };
        out.at(&RULE, field.key_range(), msg);
    }
}

#[cfg(test)]
mod tests {
    use crate::check::rules::testing::{GOOD, findings};

    #[test]
    fn unknown_field_suggests_the_closest() {
        let bad = GOOD.replace("contact:", "contcat:");
        assert_eq!(
            findings(&bad, "unknown-field"),
            ["9:1 warning unknown field `contcat`; did you mean `contact`?"]
        );
        assert!(findings(GOOD, "unknown-field").is_empty());
    }
}
