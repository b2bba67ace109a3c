//! `front-matter`: no front matter, or one that is not closed, not valid YAML, not a set
//! of fields, or beyond the limits given to the YAML parser. The other front matter rules
//! look only at front matter that is a set of fields.

use super::Rule;
use crate::check::{Ctx, Findings};
use crate::diagnostic::Severity;
use crate::msg;
use crate::report::FrontMatter;
use crate::report::frontmatter::{MAX_ALIASES, MAX_FRONT_MATTER_BYTES};

/// `front-matter`.
pub const RULE: Rule = Rule {
    id: "front-matter",
    summary: "rule-front-matter",
    severity: Severity::Error,
    recommended: Severity::Error,
    final_error: false,
    fails: "country: [JO\n",
    passes: "country: JO\n",
    check: Some(check),
};

fn check(ctx: &Ctx, out: &mut Findings) {
    let end = ctx.report.text.len();
    let at = |offset: usize| offset..end.min(offset + 1);
    match &ctx.report.front {
        FrontMatter::Missing => out.top(&RULE, msg!("front-matter-missing")),
        FrontMatter::Unclosed => out.top(&RULE, msg!("front-matter-unclosed")),
        FrontMatter::Invalid { offset, message } => out.at(
            &RULE,
            at(*offset),
            msg!("front-matter-yaml", reason = message),
        ),
        FrontMatter::NotMapping { offset, found } => out.at(
            &RULE,
            at(*offset),
            msg!("front-matter-not-mapping", found = *found),
        ),
        FrontMatter::TooLarge { bytes } => out.top(
            &RULE,
            msg!(
                "front-matter-too-large",
                bytes = *bytes,
                limit = MAX_FRONT_MATTER_BYTES
            ),
        ),
        FrontMatter::Aliases { offset } => out.at(
            &RULE,
            at(*offset),
            msg!("front-matter-aliases", limit = MAX_ALIASES),
        ),
        FrontMatter::Fields(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use crate::check::rules::testing::{GOOD, findings};

    #[test]
    fn front_matter_problems() {
        assert_eq!(
            findings("## Summary\n", "front-matter"),
            ["1:1 error report has no front matter"]
        );
        let bad = GOOD.replace("country: JO", "country: [JO");
        let found = findings(&bad, "front-matter");
        assert_eq!(found.len(), 1);
        assert!(
            found[0]
                .starts_with("6:9 error the front matter is not valid YAML: did not find expected"),
            "YAML error shifted to the file's line: {found:?}"
        );
        assert!(
            !found[0].contains("at line"),
            "no position relative to the YAML block: {found:?}"
        );
        assert!(findings(GOOD, "front-matter").is_empty());
        assert_eq!(
            findings("---\n- a\n---\n", "front-matter"),
            ["2:1 error front matter is a list, not a set of fields"]
        );
    }
}
