//! `check`: the rules a parallel review report is held to, and running them over files.
//!
//! Every rule has a stable id, a default severity and a one-line summary in the message
//! catalogue (`rule-<id>`). Rules read the [`Report`] model and push [`Diagnostic`]s; they
//! never print.

mod rules;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Finding, Severity};
use crate::fsutil::{FileKind, ReadError, read_capped};
use crate::guidance::Guidance;
use crate::lang::Lang;
use crate::messages::Msg;
use crate::msg;
use crate::report::{HeadingMatcher, Report, Unreadable};

/// A rule: its id, default severity and the catalogue id of its summary.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Stable kebab-case id.
    pub id: &'static str,
    /// Severity unless options change it.
    pub severity: Severity,
    /// Catalogue id of the one-line summary.
    pub summary: &'static str,
}

const fn rule(id: &'static str, severity: Severity, summary: &'static str) -> Rule {
    Rule {
        id,
        severity,
        summary,
    }
}

/// Every rule, in the order `rules` lists them.
pub const RULES: &[Rule] = &[
    rule("unreadable", Severity::Error, "rule-unreadable"),
    rule("encoding", Severity::Error, "rule-encoding"),
    rule("file-size", Severity::Error, "rule-file-size"),
    rule("front-matter", Severity::Error, "rule-front-matter"),
    rule("missing-field", Severity::Error, "rule-missing-field"),
    rule("invalid-field", Severity::Error, "rule-invalid-field"),
    rule("unknown-field", Severity::Warning, "rule-unknown-field"),
    rule(
        "unknown-objective",
        Severity::Error,
        "rule-unknown-objective",
    ),
    rule(
        "missing-objective-section",
        Severity::Error,
        "rule-missing-objective-section",
    ),
    rule(
        "undeclared-objective",
        Severity::Warning,
        "rule-undeclared-objective",
    ),
    rule(
        "duplicate-objective-section",
        Severity::Warning,
        "rule-duplicate-objective-section",
    ),
    rule("missing-section", Severity::Error, "rule-missing-section"),
    rule("section-order", Severity::Warning, "rule-section-order"),
    rule("empty-section", Severity::Warning, "rule-empty-section"),
    rule("placeholder", Severity::Warning, "rule-placeholder"),
    rule("word-limit", Severity::Warning, "rule-word-limit"),
    rule("recommendations", Severity::Warning, "rule-recommendations"),
    rule("raw-html", Severity::Warning, "rule-raw-html"),
    rule("image-alt", Severity::Warning, "rule-image-alt"),
    rule("broken-link", Severity::Warning, "rule-broken-link"),
];

/// Rules that `--final` turns into errors: unfinished work must not be submitted.
const FINAL_ERRORS: &[&str] = &["placeholder", "empty-section"];

/// The rule with this id.
pub fn find_rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// How strictly to check.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// The report is about to be submitted.
    pub final_: bool,
    /// Every warning is an error.
    pub deny_warnings: bool,
    /// Rules to silence.
    pub allow: HashSet<String>,
}

/// What checking one file found, and what coverage needs to know about it.
#[derive(Debug, Clone)]
pub struct FileResult {
    /// The file.
    pub path: PathBuf,
    /// The report's language, when the front matter names a valid one.
    pub lang: Option<Lang>,
    /// Findings, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl FileResult {
    /// Why a file could not be read as a report: its only finding, in a language.
    pub fn reason(&self, lang: Lang) -> String {
        self.diagnostics
            .first()
            .map(|d| d.msg.text(lang))
            .unwrap_or_default()
    }

    /// Number of errors the report would have under `--final`, when it was checked without.
    pub fn final_errors(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| {
                d.severity == Severity::Error
                    || FINAL_ERRORS.contains(&d.rule)
                    || d.rule == "missing-field"
            })
            .count()
    }

    /// Number of findings of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}

/// Runs the rules with one guidance note and one set of options.
#[derive(Debug)]
pub struct Checker<'g> {
    guidance: &'g Guidance,
    matcher: HeadingMatcher,
    options: CheckOptions,
}

/// What a rule sees.
pub struct Ctx<'a> {
    /// The report.
    pub report: &'a Report,
    /// The guidance note.
    pub guidance: &'a Guidance,
    /// The report's file.
    pub path: &'a Path,
    /// The report's language, English when it names none.
    pub lang: Lang,
    /// Checking for submission.
    pub final_: bool,
}

impl Ctx<'_> {
    /// A finding at a byte range of the report.
    pub fn at(
        &self,
        rule: &'static str,
        severity: Severity,
        range: std::ops::Range<usize>,
        msg: Msg,
    ) -> Finding {
        Finding {
            rule,
            severity,
            range,
            msg,
        }
    }

    /// A finding about the whole file, shown at its first line.
    pub fn top(&self, rule: &'static str, severity: Severity, msg: Msg) -> Finding {
        self.at(rule, severity, 0..3.min(self.report.text.len()), msg)
    }
}

impl<'g> Checker<'g> {
    /// Prepares the checker.
    pub fn new(guidance: &'g Guidance, options: CheckOptions) -> Checker<'g> {
        Checker {
            matcher: HeadingMatcher::new(guidance),
            guidance,
            options,
        }
    }

    /// The heading matcher built from the guidance.
    pub fn matcher(&self) -> &HeadingMatcher {
        &self.matcher
    }

    /// Reads and checks one file; a file that cannot be read is a finding, not a failure.
    pub fn check_file(&self, path: &Path) -> (FileResult, Option<Report>) {
        let loaded =
            read(path).and_then(|bytes| Report::decode(bytes).map_err(Problem::Unreadable));
        let text = match loaded {
            Ok(text) => text,
            Err(problem) => {
                let diagnostic = problem.diagnostic();
                let result = FileResult {
                    path: path.to_path_buf(),
                    lang: None,
                    diagnostics: vec![diagnostic],
                };
                return (self.finish(result), None);
            }
        };
        let report = Report::parse(text, self.guidance, &self.matcher);
        let result = self.check_report(path, &report);
        (result, Some(report))
    }

    /// Checks a parsed report.
    pub fn check_report(&self, path: &Path, report: &Report) -> FileResult {
        let lang = report.lang();
        let ctx = Ctx {
            report,
            guidance: self.guidance,
            path,
            lang: lang.unwrap_or(Lang::En),
            final_: self.options.final_,
        };
        let mut findings = Findings::new(&self.options.allow);
        rules::run(&ctx, &mut findings);
        let diagnostics = report.index.place(&report.text, findings.into_sorted());
        self.finish(FileResult {
            path: path.to_path_buf(),
            lang,
            diagnostics,
        })
    }

    /// Applies the options and sorts the findings by position.
    fn finish(&self, mut result: FileResult) -> FileResult {
        let options = &self.options;
        result
            .diagnostics
            .retain(|d| !options.allow.contains(d.rule));
        for d in &mut result.diagnostics {
            if options.deny_warnings || (options.final_ && FINAL_ERRORS.contains(&d.rule)) {
                d.severity = Severity::Error;
            }
        }
        result.diagnostics.sort_by_key(|d| (d.line, d.column));
        result
    }
}

/// Findings of one rule in one file beyond this many are summed up in one more finding:
/// a report holding thousands of `TODO`s needs the first ones, not thousands of lines.
pub const MAX_FINDINGS_PER_RULE: usize = 100;

/// What the rules found in one report. Keeps the first [`MAX_FINDINGS_PER_RULE`]
/// findings of each rule as they come, so that memory follows what is shown, and counts
/// the rest into one "and N more" finding of the rule, where the first one left out is.
pub struct Findings<'o> {
    allow: &'o HashSet<String>,
    kept: Vec<Finding>,
    /// Per rule: findings seen, and the first one left out.
    rules: Vec<(&'static str, usize, Option<Finding>)>,
}

impl<'o> Findings<'o> {
    fn new(allow: &'o HashSet<String>) -> Findings<'o> {
        Findings {
            allow,
            kept: Vec::new(),
            rules: Vec::new(),
        }
    }

    /// Adds a finding, unless its rule is silenced or has shown enough.
    pub fn push(&mut self, finding: Finding) {
        if self.allow.contains(finding.rule) {
            return;
        }
        let i = match self.rules.iter().position(|(r, _, _)| *r == finding.rule) {
            Some(i) => i,
            None => {
                self.rules.push((finding.rule, 0, None));
                self.rules.len() - 1
            }
        };
        let (_, seen, first_left_out) = &mut self.rules[i];
        *seen += 1;
        if *seen <= MAX_FINDINGS_PER_RULE {
            self.kept.push(finding);
        } else if first_left_out.is_none() {
            *first_left_out = Some(finding);
        }
    }

    /// Counts findings of a rule that were found but not kept with their place; they
    /// come after those pushed.
    pub fn count_more(&mut self, rule: &'static str, count: usize) {
        if count == 0 || self.allow.contains(rule) {
            return;
        }
        if let Some((_, seen, _)) = self.rules.iter_mut().find(|(r, _, _)| *r == rule) {
            *seen += count;
        }
    }

    /// The findings kept and one per rule for those left out, in file order.
    fn into_sorted(mut self) -> Vec<Finding> {
        for (rule, seen, first_left_out) in self.rules {
            if let Some(first) = first_left_out {
                self.kept.push(Finding {
                    msg: msg!(
                        "more-findings",
                        count = seen - MAX_FINDINGS_PER_RULE,
                        rule = rule
                    ),
                    ..first
                });
            }
        }
        self.kept.sort_by_key(|f| f.range.start);
        self.kept
    }
}

/// Why a file could not be checked at all.
#[derive(Debug)]
enum Problem {
    Io(std::io::Error),
    NotAFile(FileKind),
    Unreadable(Unreadable),
}

fn read(path: &Path) -> Result<Vec<u8>, Problem> {
    read_capped(path, crate::report::MAX_REPORT_BYTES).map_err(|e| match e {
        ReadError::NotAFile(kind) => Problem::NotAFile(kind),
        ReadError::TooLarge(bytes) => Problem::Unreadable(Unreadable::TooLarge(bytes)),
        ReadError::Io(e) => Problem::Io(e),
    })
}

impl Problem {
    fn diagnostic(&self) -> Diagnostic {
        let (rule, line, column, msg) = match self {
            Problem::Io(e) => (
                "unreadable",
                1,
                1,
                msg!("unreadable", reason = e.to_string()),
            ),
            Problem::NotAFile(kind) => {
                ("unreadable", 1, 1, msg!("not-a-file", kind = kind.as_str()))
            }
            Problem::Unreadable(Unreadable::Binary) => ("encoding", 1, 1, msg!("encoding-binary")),
            Problem::Unreadable(Unreadable::Empty) => ("encoding", 1, 1, msg!("encoding-empty")),
            Problem::Unreadable(Unreadable::NotUtf8 { line, column }) => {
                ("encoding", *line, *column, msg!("encoding-utf8"))
            }
            Problem::Unreadable(Unreadable::TooManyMarks(line)) => (
                "file-size",
                *line,
                1,
                msg!("file-size-marks", limit = crate::report::MAX_MARKS),
            ),
            Problem::Unreadable(Unreadable::TooLarge(bytes)) => (
                "file-size",
                1,
                1,
                msg!(
                    "file-size",
                    megabytes = (*bytes / (1024 * 1024)) as i64,
                    limit = (crate::report::MAX_REPORT_BYTES / (1024 * 1024)) as i64
                ),
            ),
        };
        Diagnostic::unquoted(rule, line, column, msg)
    }
}

/// A finding for a path that could not be walked (a symlink loop, a folder without access).
pub fn unreadable_path(path: &Path, problem: Msg) -> FileResult {
    FileResult {
        path: path.to_path_buf(),
        lang: None,
        diagnostics: vec![Diagnostic::unquoted("unreadable", 1, 1, problem)],
    }
}

#[cfg(test)]
mod tests {
    use super::MAX_FINDINGS_PER_RULE;
    use crate::check::CheckOptions;
    use crate::check::rules::testing::{GOOD, all};

    #[test]
    fn findings_of_one_rule_are_capped_with_a_count_of_the_rest() {
        let todos = "TODO ".repeat(20_000);
        let text = GOOD.replace("Gender matters.", &todos);
        let found = all(&text, std::path::Path::new("r.md"), CheckOptions::default());
        let placeholders: Vec<_> = found.iter().filter(|d| d.rule == "placeholder").collect();
        assert_eq!(placeholders.len(), MAX_FINDINGS_PER_RULE + 1);
        let last = placeholders.last().unwrap();
        assert!(
            last.msg
                .text(crate::lang::Lang::En)
                .starts_with("and 19900 more findings"),
            "{:?}",
            last.msg.text(crate::lang::Lang::En)
        );
        assert!(
            found
                .iter()
                .all(|d| d.snippet.as_ref().is_none_or(|s| s.text.len() < 1000))
        );
    }
}
