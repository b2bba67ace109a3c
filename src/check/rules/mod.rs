//! The rules, one file each: its metadata ([`Rule`]), its check and its tests side by
//! side. A finding takes its severity from its rule; the registry [`RULES`] lists them in
//! the order `rules` shows them. A rule's one-line summary (`rule-<id>`) and its
//! explanation (the summary's `.help`) are in the message catalogues.

mod broken_link;
mod duplicate_objective_section;
mod empty_section;
mod encoding;
mod file_size;
mod front_matter;
mod image_alt;
mod invalid_field;
mod missing_field;
mod missing_objective_section;
mod missing_section;
mod placeholder;
mod raw_html;
mod recommendations;
mod section_order;
mod undeclared_objective;
mod unknown_field;
mod unknown_objective;
mod unreadable;
mod word_limit;

use super::{Ctx, Findings};
use crate::diagnostic::Severity;

/// A rule: what it is called, how serious its findings are, and how it looks for them.
#[derive(Debug)]
pub struct Rule {
    /// Stable kebab-case id.
    pub id: &'static str,
    /// Catalogue id of its one-line summary (`rule-<id>`), whose `.help` explains it.
    pub summary: &'static str,
    /// Severity of its findings about what the guidance requires, or about no guidance item.
    pub severity: Severity,
    /// Severity of its findings about what the guidance only recommends.
    pub recommended: Severity,
    /// `--final` makes every finding of it an error: unfinished work must not be submitted.
    pub final_error: bool,
    /// An excerpt of a report that the rule finds fault with (empty for rules about
    /// reading a file).
    pub fails: &'static str,
    /// The same excerpt, mended.
    pub passes: &'static str,
    /// Looks at a parsed report; `None` for rules about reading the file at all.
    pub check: Option<fn(&Ctx, &mut Findings)>,
}

impl Rule {
    /// The severity of one of its findings.
    pub fn severity_of(&self, recommended: bool, final_: bool) -> Severity {
        if final_ && self.final_error {
            Severity::Error
        } else if recommended {
            self.recommended
        } else {
            self.severity
        }
    }
}

/// Every rule, in the order `rules` lists them.
pub const RULES: &[&Rule] = &[
    &unreadable::RULE,
    &encoding::RULE,
    &file_size::RULE,
    &front_matter::RULE,
    &missing_field::RULE,
    &invalid_field::RULE,
    &unknown_field::RULE,
    &unknown_objective::RULE,
    &missing_objective_section::RULE,
    &undeclared_objective::RULE,
    &duplicate_objective_section::RULE,
    &missing_section::RULE,
    &section_order::RULE,
    &empty_section::RULE,
    &placeholder::RULE,
    &word_limit::RULE,
    &recommendations::RULE,
    &raw_html::RULE,
    &image_alt::RULE,
    &broken_link::RULE,
];

/// The rules about reading a file, which the checker applies before there is a report.
pub(crate) use encoding::RULE as ENCODING;
pub(crate) use file_size::RULE as FILE_SIZE;
pub(crate) use unreadable::RULE as UNREADABLE;

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.id == id)
}

/// Runs every rule on one report.
pub(super) fn run(ctx: &Ctx, out: &mut Findings) {
    for rule in RULES {
        if let Some(check) = rule.check {
            check(ctx, out);
        }
    }
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
        let report = Report::parse(text.to_string(), &guidance, checker.matcher(), false);
        checker.check_report(path, &report).diagnostics
    }

    /// A rule's own examples hold: [`GOOD`] holds the passing excerpt and passes; with the
    /// failing excerpt in its place, the rule finds fault.
    pub fn examples_hold(rule: &super::Rule) {
        assert!(
            GOOD.contains(rule.passes),
            "{}: the passing example is not in GOOD",
            rule.id
        );
        assert!(findings(GOOD, rule.id).is_empty(), "{}", rule.id);
        let bad = GOOD.replacen(rule.passes, rule.fails, 1);
        assert!(
            !findings(&bad, rule.id).is_empty(),
            "{}: its failing example passes",
            rule.id
        );
    }

    /// A complete, valid English report to which tests add one defect.
    pub const GOOD: &str = include_str!("good.md");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The README's table of rules, as the registry and the English catalogue give it.
    fn readme_table() -> String {
        let mut table = String::from("| id | what it finds | severity |\n|---|---|---|\n");
        for rule in RULES {
            let mut summary = crate::messages::Msg::new(rule.summary).text(crate::lang::Lang::En);
            if rule.final_error && rule.severity == Severity::Warning {
                summary.push_str(" (an error with `--final`)");
            }
            table.push_str(&format!(
                "| `{}` | {} | {} |\n",
                rule.id,
                summary.replace('|', "\\|"),
                rule.severity.as_str()
            ));
        }
        table
    }

    #[test]
    fn the_readme_rule_table_is_generated_from_the_rules() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
        let readme = std::fs::read_to_string(path).unwrap();
        let start = readme.find("| id | what it finds | severity |").unwrap();
        let end = readme.find("<!-- end of rules -->").unwrap();
        let expected = readme_table();
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            let updated = format!("{}{expected}{}", &readme[..start], &readme[end..]);
            std::fs::write(path, updated).unwrap();
            return;
        }
        assert_eq!(
            &readme[start..end],
            expected,
            "the README's rule table is out of date: UPDATE_SNAPSHOTS=1 cargo test rewrites it"
        );
    }

    #[test]
    fn every_rule_s_examples_hold() {
        for rule in RULES {
            // Rules about reading a file have no excerpt; a word limit needs 600 words.
            if rule.check.is_some() && rule.id != word_limit::RULE.id {
                testing::examples_hold(rule);
            }
        }
    }

    #[test]
    fn every_rule_is_listed_once_with_its_summary() {
        let mut ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), RULES.len());
        for rule in RULES {
            assert_eq!(rule.summary, format!("rule-{}", rule.id));
        }
    }
}
