//! `word-limit`: a section, or the whole report, over the guidance's word limit.

use super::Rule;
use crate::check::{Ctx, Findings};
use crate::diagnostic::Severity;
use crate::msg;

/// `word-limit`.
pub const RULE: Rule = Rule {
    id: "word-limit",
    summary: "rule-word-limit",
    severity: Severity::Warning,
    recommended: Severity::Warning,
    final_error: false,
    fails: "## Executive summary\n\nWe reviewed decent work. [… more than 600 words …]",
    passes: "## Executive summary\n\nWe reviewed decent work.",
    check: Some(check),
};

fn check(ctx: &Ctx, out: &mut Findings) {
    for (i, s) in ctx.sections() {
        let heading = &ctx.report.headings[i];
        let words = ctx.report.held(i).words;
        if let Some(limit) = ctx.guidance.sections[s].max_words.filter(|l| words > *l) {
            let msg = msg!(
                "word-limit-section",
                section = heading.text.as_str(),
                words = words,
                limit = limit,
                over = words - limit
            );
            out.at(&RULE, heading.range.clone(), msg);
        }
    }
    let words = ctx.report.words();
    if let Some(limit) = ctx.guidance.max_words.filter(|limit| words > *limit) {
        let msg = msg!(
            "word-limit-report",
            words = words,
            limit = limit,
            over = words - limit
        );
        out.top(&RULE, msg);
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::check::rules::testing::{GOOD, findings};

    #[test]
    fn examples_show_what_the_limit_means() {
        // The failing example stands for 600 words and more, which it cannot hold.
        assert!(GOOD.contains(RULE.passes));
        assert!(RULE.fails.starts_with(RULE.passes.trim_end_matches('.')));
    }

    #[test]
    fn word_limit_counts_arabic_words() {
        let long = "كلمة ".repeat(601);
        let bad = GOOD.replace("We reviewed decent work.", &long);
        assert_eq!(
            findings(&bad, "word-limit"),
            ["12:1 warning section “Executive summary” has 601 words, 1 over its limit of 600"]
        );
        assert!(findings(GOOD, "word-limit").is_empty());
    }
}
