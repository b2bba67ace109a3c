//! Rules on objective sections: `unknown-objective` (in headings),
//! `missing-objective-section`, `undeclared-objective`, `duplicate-objective-section`.

use std::collections::HashMap;

use crate::check::{Ctx, Findings};
use crate::diagnostic::Severity;
use crate::msg;
use crate::report::HeadingKind;

pub(super) fn check(ctx: &Ctx, out: &mut Findings) {
    let declared = ctx.report.declared_objectives();
    let field = ctx.report.field("objectives");
    let mut seen: HashMap<u32, usize> = HashMap::new();
    for heading in &ctx.report.headings {
        let HeadingKind::Objective(n) = heading.kind else {
            continue;
        };
        let range = heading.range.clone();
        if ctx.guidance.objective(n).is_none() {
            out.push(ctx.at(
                "unknown-objective",
                Severity::Error,
                range,
                msg!("unknown-objective", number = n),
            ));
            continue;
        }
        if let Some(first) = seen.get(&n) {
            let line = ctx.report.index.position(&ctx.report.text, *first).0;
            out.push(ctx.at(
                "duplicate-objective-section",
                Severity::Warning,
                range.clone(),
                msg!("duplicate-objective-section", number = n, line = line),
            ));
        } else {
            seen.insert(n, range.start);
        }
        if field.is_some() && !declared.contains(&n) {
            out.push(ctx.at(
                "undeclared-objective",
                Severity::Warning,
                range,
                msg!("undeclared-objective", number = n),
            ));
        }
    }
    let Some(field) = field else {
        return;
    };
    let mut reported = Vec::new();
    for n in declared {
        let Some(objective) = ctx.guidance.objective(n) else {
            continue;
        };
        if seen.contains_key(&n) || reported.contains(&n) {
            continue;
        }
        reported.push(n);
        let heading = ctx.guidance.objective_heading(objective, ctx.lang);
        out.push(ctx.at(
            "missing-objective-section",
            Severity::Error,
            field.key_range(),
            msg!("missing-objective-section", number = n, heading = heading),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::rules::testing::{GOOD, findings};

    #[test]
    fn declared_objective_without_a_section() {
        let bad = GOOD.replace("[6, 22]", "[6, 7, 22]");
        let found = findings(&bad, "missing-objective-section");
        assert_eq!(
            found,
            ["7:1 error objective 7 is listed in `objectives` but has no section"]
        );
        assert!(findings(GOOD, "missing-objective-section").is_empty());
    }

    #[test]
    fn section_for_an_objective_not_declared() {
        let bad = GOOD.replace("[6, 22]", "[6]");
        assert_eq!(
            findings(&bad, "undeclared-objective"),
            ["30:1 warning objective 22 has a section but is not listed in `objectives`"]
        );
        assert!(findings(GOOD, "undeclared-objective").is_empty());
    }

    #[test]
    fn two_sections_for_one_objective_and_a_25th_objective() {
        let bad = GOOD.replace("### Objective 22:", "### Objective 6:");
        assert_eq!(
            findings(&bad, "duplicate-objective-section"),
            ["30:1 warning objective 6 already has a section, at line 26"]
        );
        assert!(findings(GOOD, "duplicate-objective-section").is_empty());
        let bad = GOOD.replace("### Objective 22:", "### Objective 25:");
        assert_eq!(
            findings(&bad, "unknown-objective"),
            ["30:1 error there is no objective 25: objectives are numbered 1 to 23"]
        );
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
