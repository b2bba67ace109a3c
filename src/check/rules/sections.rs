//! Rules on the outline: `missing-section`, `section-order`, `empty-section`, `word-limit`,
//! `recommendations`.

use crate::check::{Ctx, Findings};
use crate::diagnostic::Severity;
use crate::guidance::{Presence, SectionRole};
use crate::msg;
use crate::report::HeadingKind;

pub(super) fn check(ctx: &Ctx, out: &mut Findings) {
    let report = ctx.report;
    let guidance = ctx.guidance;
    let present: Vec<(usize, usize)> = report
        .headings
        .iter()
        .enumerate()
        .filter_map(|(i, h)| match h.kind {
            HeadingKind::Section(s) => Some((i, s)),
            _ => None,
        })
        .collect();

    for (index, section) in guidance.sections.iter().enumerate() {
        if present.iter().any(|(_, s)| *s == index) {
            continue;
        }
        let severity = match section.presence {
            Presence::Required => Severity::Error,
            Presence::Recommended => Severity::Warning,
            Presence::Optional => continue,
        };
        let msg = msg!("missing-section", section = section.title.get(ctx.lang));
        out.push(ctx.top("missing-section", severity, msg));
    }

    let mut latest: Option<usize> = None;
    for &(i, s) in &present {
        if let Some(previous) = latest.filter(|p| *p > s) {
            let msg = msg!(
                "section-order",
                section = report.headings[i].text.as_str(),
                before = guidance.sections[previous].title.get(ctx.lang)
            );
            out.push(ctx.at(
                "section-order",
                Severity::Warning,
                report.headings[i].range.clone(),
                msg,
            ));
        }
        latest = Some(latest.map_or(s, |p| p.max(s)));
    }

    for (i, heading) in report.headings.iter().enumerate() {
        let section = match heading.kind {
            HeadingKind::Section(s) => Some(&guidance.sections[s]),
            HeadingKind::Objective(_) => None,
            HeadingKind::Other => continue,
        };
        let extent = report.extent(i);
        let under = &report.headings[extent];
        let words: usize = under.iter().map(|h| h.words).sum();
        let unfinished = under.iter().any(|h| h.placeholders > 0);
        // A section still holding its placeholder is reported by `placeholder` instead.
        if words == 0 && !unfinished {
            let msg = msg!("empty-section", section = heading.text.as_str());
            out.push(ctx.at(
                "empty-section",
                Severity::Warning,
                heading.range.clone(),
                msg,
            ));
        }
        let Some(section) = section else { continue };
        if let Some(limit) = section.max_words.filter(|limit| words > *limit) {
            let msg = msg!(
                "word-limit-section",
                section = heading.text.as_str(),
                words = words,
                limit = limit,
                over = words - limit
            );
            out.push(ctx.at("word-limit", Severity::Warning, heading.range.clone(), msg));
        }
        if section.role == Some(SectionRole::Recommendations)
            && under.iter().all(|h| h.list_items == 0)
            && !unfinished
        {
            let msg = msg!("recommendations", section = heading.text.as_str());
            out.push(ctx.at(
                "recommendations",
                Severity::Warning,
                heading.range.clone(),
                msg,
            ));
        }
    }

    let words = report.words();
    if let Some(limit) = guidance.max_words.filter(|limit| words > *limit) {
        let msg = msg!(
            "word-limit-report",
            words = words,
            limit = limit,
            over = words - limit
        );
        out.push(ctx.top("word-limit", Severity::Warning, msg));
    }
}

#[cfg(test)]
mod tests {
    use crate::check::rules::testing::{GOOD, findings};

    #[test]
    fn missing_required_and_recommended_sections() {
        let bad = GOOD.replace("## Methodology\n\nWe asked workers.\n", "");
        assert_eq!(
            findings(&bad, "missing-section"),
            ["1:1 error missing section “Methodology”"]
        );
        let bad = GOOD.replace(
            "## Guiding principles and cross-cutting issues\n\nGender matters.\n",
            "",
        );
        assert_eq!(
            findings(&bad, "missing-section"),
            ["1:1 warning missing section “Guiding principles and cross-cutting issues”"]
        );
        assert!(findings(GOOD, "missing-section").is_empty());
    }

    #[test]
    fn sections_are_recognised_in_another_language_and_with_numbering() {
        let fr = GOOD
            .replace("## Methodology", "## 2. Méthodologie")
            .replace("## National context", "## Contexte");
        assert!(findings(&fr, "missing-section").is_empty());
        let ar = GOOD.replace("## Executive summary", "## أولاً: الملخص التنفيذي");
        assert!(findings(&ar, "missing-section").is_empty());
    }

    #[test]
    fn sections_out_of_order() {
        let bad = GOOD
            .replace("## Methodology\n\nWe asked workers.\n", "")
            .replace(
                "## Recommendations",
                "## Methodology\n\nWe asked workers.\n\n## Recommendations",
            );
        assert_eq!(
            findings(&bad, "section-order"),
            [
                "35:1 warning section “Methodology” should come before “Guiding principles and cross-cutting issues”"
            ]
        );
        assert!(findings(GOOD, "section-order").is_empty());
    }

    #[test]
    fn empty_sections_and_objectives() {
        let bad = GOOD
            .replace("We asked workers.\n", "")
            .replace("Recruitment fees remain.\n", "");
        assert_eq!(
            findings(&bad, "empty-section"),
            [
                "16:1 warning section “Methodology” has no text",
                "25:1 warning section “Objective 6: Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work” has no text"
            ]
        );
        assert!(findings(GOOD, "empty-section").is_empty());
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

    #[test]
    fn recommendations_need_list_items() {
        let bad = GOOD.replace(
            "1. To the Ministry of Labour: abolish fees.",
            "The ministry should abolish fees.",
        );
        assert_eq!(
            findings(&bad, "recommendations"),
            ["38:1 warning section “Recommendations” has no list of recommendations"]
        );
        assert!(findings(GOOD, "recommendations").is_empty());
    }
}
