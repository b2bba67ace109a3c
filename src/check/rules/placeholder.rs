//! `placeholder`: scaffold prompts, the guidance's placeholder text or `TODO`, `TBD`,
//! `XXX`, `FIXME` left in the report.

use super::Rule;
use crate::check::{Ctx, Findings};
use crate::diagnostic::Severity;
use crate::msg;
use crate::report::Unfinished;

/// `placeholder`.
pub const RULE: Rule = Rule {
    id: "placeholder",
    summary: "rule-placeholder",
    severity: Severity::Warning,
    recommended: Severity::Warning,
    final_error: true,
    fails: "Many migrant workers (TODO: add figures).",
    passes: "Many migrant workers.",
    check: Some(check),
};

fn check(ctx: &Ctx, out: &mut Findings) {
    let report = ctx.report;
    // One finding per heading for prompts: a scaffold leaves several under each.
    let mut prompt_headings = Vec::new();
    for (what, range) in &report.unfinished {
        let msg = match what {
            Unfinished::Prompt => {
                let heading = report
                    .headings
                    .iter()
                    .rposition(|h| h.range.start < range.start);
                if prompt_headings.contains(&heading) {
                    continue;
                }
                prompt_headings.push(heading);
                let count = heading.map_or(1, |h| report.headings[h].prompts);
                msg!("placeholder-prompt", count = count)
            }
            Unfinished::Placeholder => msg!("placeholder-text"),
            Unfinished::Marker(marker) => msg!("placeholder-marker", marker = *marker),
        };
        out.at(&RULE, range.clone(), msg);
    }
    out.count_more(&RULE, report.unfinished_more);
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::check::CheckOptions;
    use crate::check::rules::testing::{GOOD, findings, findings_in};

    #[test]
    fn placeholders_prompts_and_markers() {
        let bad = GOOD
            .replace("We asked workers.", "<!-- prompt: Who was consulted? -->\n<!-- prompt: Where? -->\n\n[Write this section.]")
            .replace("Many migrant workers.", "Many migrant workers (TODO: add figures).")
            .replace("Gender matters.", "[اكتب هذا القسم.]");
        assert_eq!(
            findings(&bad, "placeholder"),
            [
                "18:1 warning 2 scaffold prompts left here: delete them once answered",
                "21:1 warning the scaffold's placeholder text is still here",
                "25:23 warning `TODO` marker left in the text",
                "39:1 warning the scaffold's placeholder text is still here",
            ]
        );
        assert!(findings(GOOD, "placeholder").is_empty());
        let final_ = CheckOptions {
            final_: true,
            ..CheckOptions::default()
        };
        let found = findings_in(&bad, "placeholder", Path::new("r.md"), final_);
        assert!(
            found.iter().all(|f| f.contains(" error ")),
            "--final makes them errors: {found:?}"
        );
    }
}
