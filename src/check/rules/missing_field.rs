//! `missing-field`: a field the guidance requires (an error) or recommends (a warning,
//! an error under `--final`) is not in the front matter.

use super::Rule;
use crate::check::{Ctx, Findings};
use crate::diagnostic::Severity;
use crate::msg;

/// `missing-field`.
pub const RULE: Rule = Rule {
    id: "missing-field",
    summary: "rule-missing-field",
    severity: Severity::Error,
    recommended: Severity::Warning,
    final_error: true,
    fails: "---\norganization:",
    passes: "---\ntitle: A report\norganization:",
    check: Some(check),
};

fn check(ctx: &Ctx, out: &mut Findings) {
    if !ctx.report.has_fields() {
        return;
    }
    for def in &ctx.guidance.fields {
        if ctx
            .report
            .field(&def.name)
            .is_some_and(|f| !f.value.is_null())
        {
            continue;
        }
        let msg = msg!(
            "missing-field",
            field = &def.name,
            description = def.description.get(ctx.lang)
        );
        out.top_as(&RULE, def.presence, msg);
    }
}

#[cfg(test)]
mod tests {
    use crate::check::rules::testing::{GOOD, findings};

    #[test]
    fn missing_fields_required_and_recommended() {
        let no_title = GOOD.replace("title: A report\n", "");
        assert_eq!(
            findings(&no_title, "missing-field"),
            ["1:1 error missing field `title`: Title of the report"]
        );
        let no_contact = GOOD.replace("contact: a@example.org\n", "");
        assert_eq!(
            findings(&no_contact, "missing-field"),
            ["1:1 warning missing field `contact`: Contact e-mail address"]
        );
        assert!(findings(GOOD, "missing-field").is_empty());
    }
}
