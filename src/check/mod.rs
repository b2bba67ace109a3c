//! `check`: the rules a parallel review report is held to, and running them over files.
//!
//! Every rule lives in its own file under `rules/`, with its id, its severities, its
//! examples, its check and its tests; its summary and explanation are in the message
//! catalogue (`rule-<id>`). Rules read the [`Report`] model and push findings; they never
//! print.

pub mod output;
mod rules;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Finding, Severity};
use crate::guidance::{Guidance, Presence};
use crate::lang::Lang;
use crate::messages::Msg;
use crate::msg;
use crate::report::{Heading, HeadingKind, HeadingMatcher, Report, Unreadable, WordProblem};

pub use rules::{RULES, Rule, find as find_rule};

/// The rule with this id, or the command's failure, with the closest id when there is one.
pub fn rule_named(id: &str) -> anyhow::Result<&'static Rule> {
    find_rule(id).ok_or_else(|| {
        match crate::suggest::did_you_mean(id, RULES.iter().map(|r| r.id)) {
            Some(suggestion) => {
                crate::fail!("rule-unknown-suggest", rule = id, suggestion = suggestion)
            }
            None => crate::fail!("rule-unknown", rule = id),
        }
    })
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

/// Whether a finding is an error under `--final`, for a report checked without.
fn fails_final(d: &Diagnostic) -> bool {
    d.severity == Severity::Error || find_rule(d.rule).is_some_and(|r| r.final_error)
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
        self.diagnostics.iter().filter(|d| fails_final(d)).count()
    }

    /// The error saying the front matter cannot be read, if there is one: such a report says
    /// nothing of who wrote it or what it covers.
    pub fn broken_front_matter(&self) -> Option<&Diagnostic> {
        self.diagnostics
            .iter()
            .find(|d| d.rule == "front-matter" && d.severity == Severity::Error)
    }

    /// The rules whose findings are errors under `--final`, each once, in order.
    pub fn final_rules(&self) -> Vec<String> {
        let mut rules: Vec<String> = self
            .diagnostics
            .iter()
            .filter(|d| fails_final(d))
            .map(|d| d.rule.to_string())
            .collect();
        rules.sort();
        rules.dedup();
        rules
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
    /// Whether the reports it reads keep their prose (see [`Report::prose`]).
    keep_prose: bool,
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
}

impl<'a> Ctx<'a> {
    /// The headings of known objectives, with their numbers, in order.
    pub fn objective_headings(&self) -> impl Iterator<Item = (u32, &'a Heading)> + use<'a> {
        let headings = &self.report.headings;
        self.report
            .known_objectives(self.guidance)
            .map(move |(i, n)| (n, &headings[i]))
    }

    /// The headings of guidance sections: the heading's index and the section's.
    pub fn sections(&self) -> impl Iterator<Item = (usize, usize)> + use<'a> {
        self.report
            .headings
            .iter()
            .enumerate()
            .filter_map(|(i, h)| match h.kind {
                HeadingKind::Section(s) => Some((i, s)),
                _ => None,
            })
    }
}

impl<'g> Checker<'g> {
    /// Prepares the checker.
    pub fn new(guidance: &'g Guidance, options: CheckOptions) -> Checker<'g> {
        Checker {
            matcher: HeadingMatcher::new(guidance),
            guidance,
            options,
            keep_prose: false,
        }
    }

    /// The checker, keeping the prose of the reports it reads: what coverage searches for
    /// the guiding principles.
    pub fn keeping_prose(self) -> Checker<'g> {
        Checker {
            keep_prose: true,
            ..self
        }
    }

    /// The heading matcher built from the guidance.
    #[cfg(test)]
    pub fn matcher(&self) -> &HeadingMatcher {
        &self.matcher
    }

    /// Reads and checks one file; a file that cannot be read is a finding, not a failure.
    pub fn check_file(&self, path: &Path) -> (FileResult, Option<Report>) {
        let loaded = if crate::walk::is_word_document(path) {
            self.import(path)
        } else {
            Report::load(path)
        };
        let text = match loaded {
            Ok(text) => text,
            Err(problem) => {
                let diagnostic = unreadable_diagnostic(&problem);
                let result = FileResult {
                    path: path.to_path_buf(),
                    lang: None,
                    diagnostics: vec![diagnostic],
                };
                return (self.finish(result), None);
            }
        };
        let report = Report::parse(text, self.guidance, &self.matcher, self.keep_prose);
        let mut result = self.check_report(path, &report);
        if crate::walk::is_word_document(path) {
            by_paragraph(&report, &mut result);
        }
        (result, Some(report))
    }

    /// The report a Word draft makes, as `import` would write it.
    fn import(&self, path: &Path) -> Result<String, Unreadable> {
        use crate::import::{Given, ImportError, read, report_text};
        match read(path, None) {
            Ok(draft) => Ok(report_text(&draft, self.guidance, &Given::default())),
            Err(ImportError::NotDocx) => Err(Unreadable::NotWord(WordProblem::NotDocx)),
            Err(ImportError::Encrypted) => Err(Unreadable::NotWord(WordProblem::Encrypted)),
            Err(ImportError::Broken(reason)) => {
                Err(Unreadable::NotWord(WordProblem::Broken(reason)))
            }
        }
    }

    /// Checks a parsed report.
    pub fn check_report(&self, path: &Path, report: &Report) -> FileResult {
        let lang = report.lang();
        let ctx = Ctx {
            report,
            guidance: self.guidance,
            path,
            lang: lang.unwrap_or(Lang::En),
        };
        let mut findings = Findings::new(&self.options, report.text.len());
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
        if options.deny_warnings {
            for d in &mut result.diagnostics {
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
/// A finding's severity comes from its rule.
pub struct Findings<'o> {
    options: &'o CheckOptions,
    /// Length of the report's text, to place findings about the whole file.
    len: usize,
    kept: Vec<Finding>,
    /// Per rule: findings seen, and the first one left out.
    rules: Vec<(&'static str, usize, Option<Finding>)>,
}

impl<'o> Findings<'o> {
    fn new(options: &'o CheckOptions, len: usize) -> Findings<'o> {
        Findings {
            options,
            len,
            kept: Vec::new(),
            rules: Vec::new(),
        }
    }

    /// A finding of `rule` at a byte range of the report.
    pub fn at(&mut self, rule: &'static Rule, range: std::ops::Range<usize>, msg: Msg) {
        self.push(rule, false, range, msg);
    }

    /// A finding of `rule` about the whole file, shown at its first line.
    pub fn top(&mut self, rule: &'static Rule, msg: Msg) {
        self.push(rule, false, self.first_line(), msg);
    }

    /// A finding about the whole file on something the guidance asks for: required, it
    /// has the rule's severity; recommended, its lesser one; optional, none.
    pub fn top_as(&mut self, rule: &'static Rule, presence: Presence, msg: Msg) {
        match presence {
            Presence::Required => self.push(rule, false, self.first_line(), msg),
            Presence::Recommended => self.push(rule, true, self.first_line(), msg),
            Presence::Optional => {}
        }
    }

    /// Where a finding about the whole file is shown: the start of its first line.
    fn first_line(&self) -> std::ops::Range<usize> {
        0..3.min(self.len)
    }

    fn push(
        &mut self,
        rule: &'static Rule,
        recommended: bool,
        range: std::ops::Range<usize>,
        msg: Msg,
    ) {
        if self.options.allow.contains(rule.id) {
            return;
        }
        let finding = Finding {
            rule: rule.id,
            severity: rule.severity_of(recommended, self.options.final_),
            range,
            msg,
        };
        let i = match self.rules.iter().position(|(r, _, _)| *r == rule.id) {
            Some(i) => i,
            None => {
                self.rules.push((rule.id, 0, None));
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
    pub fn count_more(&mut self, rule: &'static Rule, count: usize) {
        if count == 0 || self.options.allow.contains(rule.id) {
            return;
        }
        if let Some((_, seen, _)) = self.rules.iter_mut().find(|(r, _, _)| *r == rule.id) {
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

/// Findings in a Word document placed by paragraph: the line of the report `import`
/// makes of it, where each paragraph is a line, becomes the paragraph's number.
fn by_paragraph(report: &Report, result: &mut FileResult) {
    let text = &report.text;
    let body_line = text[..report.body_start].matches('\n').count() + 1;
    // The number of each line's paragraph: non-empty lines of the body, counted.
    let mut paragraph = Vec::new();
    let mut count = 0;
    for (i, line) in text.lines().enumerate() {
        if i + 1 >= body_line && !line.trim().is_empty() {
            count += 1;
        }
        paragraph.push(count.max(1));
    }
    for d in &mut result.diagnostics {
        if d.line >= body_line {
            let line_start = report.index.line_start(d.line);
            d.section = report
                .headings
                .iter()
                .take_while(|h| h.range.start <= line_start)
                .last()
                .map(|h| h.text.clone());
            d.line = paragraph.get(d.line - 1).copied().unwrap_or(d.line);
        }
    }
}

/// The finding for a file that could not be read as a report.
fn unreadable_diagnostic(problem: &Unreadable) -> Diagnostic {
    use rules::{ENCODING, FILE_SIZE, UNREADABLE};
    let (rule, line, column, msg): (&Rule, usize, usize, Msg) = match problem {
        Unreadable::Io(reason) => (
            &UNREADABLE,
            1,
            1,
            msg!("unreadable", reason = reason.as_str()),
        ),
        Unreadable::NotAFile(kind) => (&UNREADABLE, 1, 1, msg!("not-a-file", kind = kind.as_str())),
        Unreadable::Binary => (&ENCODING, 1, 1, msg!("encoding-binary")),
        Unreadable::NotWord(problem) => (
            &UNREADABLE,
            1,
            1,
            match problem {
                WordProblem::NotDocx => msg!("word-not-docx"),
                WordProblem::Encrypted => msg!("word-encrypted"),
                WordProblem::Broken(reason) => msg!("word-broken", reason = reason.as_str()),
            },
        ),
        Unreadable::Empty => (&ENCODING, 1, 1, msg!("encoding-empty")),
        Unreadable::NotUtf8 { line, column } => (&ENCODING, *line, *column, msg!("encoding-utf8")),
        Unreadable::TooManyMarks(line) => (
            &FILE_SIZE,
            *line,
            1,
            msg!("file-size-marks", limit = crate::report::MAX_MARKS),
        ),
        Unreadable::TooLarge(bytes) => (
            &FILE_SIZE,
            1,
            1,
            msg!(
                "file-size",
                megabytes = (*bytes / (1024 * 1024)) as i64,
                limit = (crate::report::MAX_REPORT_BYTES / (1024 * 1024)) as i64
            ),
        ),
    };
    Diagnostic::unquoted(rule.id, line, column, msg)
}

/// A finding for a path that could not be walked (a symlink loop, a folder without access).
pub fn unreadable_path(path: &Path, problem: Msg) -> FileResult {
    FileResult {
        path: path.to_path_buf(),
        lang: None,
        diagnostics: vec![Diagnostic::unquoted(rules::UNREADABLE.id, 1, 1, problem)],
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
