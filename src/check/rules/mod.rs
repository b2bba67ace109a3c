//! The rules, grouped by what they read: the front matter, the objectives, the sections and
//! the text.

mod content;
mod fields;
mod objectives;
mod sections;

use super::{Ctx, Findings};

/// Runs every rule on one report.
pub(super) fn run(ctx: &Ctx, out: &mut Findings) {
    fields::check(ctx, out);
    objectives::check(ctx, out);
    sections::check(ctx, out);
    content::check(ctx, out);
}

#[cfg(test)]
pub(crate) mod testing {
    //! Checking a report given as text, for the rules' own tests.

    use std::path::Path;

    use crate::check::{CheckOptions, Checker};
    use crate::diagnostic::Diagnostic;
    use crate::guidance::Guidance;
    use crate::report::Report;

    /// Findings of `rule` on `text`, as `line:column message` in English.
    pub fn findings(text: &str, rule: &str) -> Vec<String> {
        findings_in(text, rule, Path::new("report.md"), CheckOptions::default())
    }

    /// The same, for a report at `path` and with options.
    pub fn findings_in(text: &str, rule: &str, path: &Path, options: CheckOptions) -> Vec<String> {
        all(text, path, options)
            .into_iter()
            .filter(|d| d.rule == rule)
            .map(|d| {
                format!(
                    "{}:{} {} {}",
                    d.line,
                    d.column,
                    d.severity.as_str(),
                    d.msg.text(crate::lang::Lang::En)
                )
            })
            .collect()
    }

    /// Every finding.
    pub fn all(text: &str, path: &Path, options: CheckOptions) -> Vec<Diagnostic> {
        let guidance = Guidance::builtin().unwrap();
        let checker = Checker::new(&guidance, options);
        let report = Report::parse(text.to_string(), &guidance, checker.matcher());
        checker.check_report(path, &report).diagnostics
    }

    /// A complete, valid English report to which tests add one defect.
    pub const GOOD: &str = "---
title: A report
organization: An organization
stakeholder: trade-union
country: JO
language: en
objectives: [6, 22]
date: 2026-01-31
contact: a@example.org
---

## Executive summary

We reviewed decent work.

## Methodology

We asked workers.

## National context

Many migrant workers.

## Progress on the objectives

### Objective 6: Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work

Recruitment fees remain.

### Objective 22: Establish mechanisms for the portability of social security entitlements and earned benefits

Benefits are lost on return.

## Guiding principles and cross-cutting issues

Gender matters.

## Recommendations

1. To the Ministry of Labour: abolish fees.
";
}
