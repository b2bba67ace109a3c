//! `image-alt`: an image without alternative text.

use super::Rule;
use crate::check::{Ctx, Findings};
use crate::diagnostic::Severity;
use crate::msg;

/// `image-alt`.
pub const RULE: Rule = Rule {
    id: "image-alt",
    summary: "rule-image-alt",
    severity: Severity::Warning,
    recommended: Severity::Warning,
    final_error: false,
    fails: "Gender matters. ![](https://example.org/chart.png)",
    passes: "Gender matters.",
    check: Some(check),
};

fn check(ctx: &Ctx, out: &mut Findings) {
    for link in &ctx.report.links {
        if link.image && link.alt.trim().is_empty() {
            out.at(
                &RULE,
                link.range.clone(),
                msg!("image-alt", target = link.dest.as_str()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::rules::testing::{GOOD, findings};

    #[test]
    fn images_need_alternative_text() {
        let bad = GOOD.replace(
            "Gender matters.",
            "![](https://example.org/chart.png) ![Chart of fees](https://example.org/c.png)",
        );
        assert_eq!(
            findings(&bad, "image-alt"),
            ["36:1 warning image `https://example.org/chart.png` has no alternative text"]
        );
        assert!(findings(GOOD, "image-alt").is_empty());
    }
}
