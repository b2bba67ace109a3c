//! Showing findings: `human` (with the source line and a marker), `short` (one line each),
//! `json` and SARIF 2.1.0. Colour is decided here only.

use std::fmt::Write as _;

use serde_json::{Value, json};

use crate::check::{FileResult, RULES};
use crate::diagnostic::{Diagnostic, Severity};
use crate::lang::Lang;
use crate::msg;

/// Totals over a run.
#[derive(Debug, Clone, Copy, Default)]
pub struct Totals {
    /// Reports checked.
    pub reports: usize,
    /// Errors found.
    pub errors: usize,
    /// Warnings found.
    pub warnings: usize,
}

impl Totals {
    /// Adds up the findings of every report.
    pub fn of(results: &[FileResult]) -> Totals {
        Totals {
            reports: results.len(),
            errors: results.iter().map(|r| r.count(Severity::Error)).sum(),
            warnings: results.iter().map(|r| r.count(Severity::Warning)).sum(),
        }
    }

    /// "3 reports: 2 errors, 5 warnings", in a language.
    pub fn line(&self, lang: Lang) -> String {
        msg!(
            "summary-reports",
            reports = self.reports,
            errors = self.errors,
            warnings = self.warnings
        )
        .text(lang)
    }
}

/// ANSI styles, or none.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    on: bool,
}

impl Style {
    /// Colour on a terminal unless `NO_COLOR` is set.
    pub fn new(on: bool) -> Style {
        Style { on }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn severity(&self, severity: Severity, text: &str) -> String {
        match severity {
            Severity::Error => self.paint("1;31", text),
            Severity::Warning => self.paint("1;33", text),
        }
    }
}

/// Bidi isolation for a Latin run (a path, a rule id) inside an Arabic line.
fn isolate(lang: Lang, text: &str) -> String {
    if lang.is_rtl() {
        format!("\u{2068}{text}\u{2069}")
    } else {
        text.to_string()
    }
}

/// Position in the reader's digits.
fn position(lang: Lang, d: &Diagnostic) -> String {
    format!("{}:{}", lang.number(d.line), lang.number(d.column))
}

/// One finding with its source line and help, as a person reads it.
pub fn human(result: &FileResult, lang_of: impl Fn(&FileResult) -> Lang, style: Style) -> String {
    let lang = lang_of(result);
    let path = result.path.display().to_string();
    let mut out = String::new();
    for d in &result.diagnostics {
        let severity = match d.severity {
            Severity::Error => msg!("severity-error"),
            Severity::Warning => msg!("severity-warning"),
        }
        .text(lang);
        let _ = writeln!(
            out,
            "{}{} {}",
            style.severity(
                d.severity,
                &format!("{severity}[{}]", isolate(lang, d.rule))
            ),
            style.paint("1", ":"),
            style.paint("1", &d.msg.text(lang))
        );
        let gutter = d.line.to_string().len();
        let _ = writeln!(
            out,
            "{:gutter$}{} {}",
            "",
            style.paint("34", "-->"),
            isolate(lang, &format!("{path}:{}", position(lang, d)))
        );
        if let Some(snippet) = &d.snippet {
            let snippet = snippet.replace('\t', " ");
            let bar = style.paint("34", "|");
            let _ = writeln!(out, "{:gutter$} {bar}", "");
            let _ = writeln!(
                out,
                "{} {bar} {snippet}",
                style.paint("34", &d.line.to_string())
            );
            let available = snippet.chars().count().saturating_sub(d.column - 1).max(1);
            let marker = "^".repeat(d.width.min(available));
            let _ = writeln!(
                out,
                "{:gutter$} {bar} {:pad$}{}",
                "",
                "",
                style.severity(d.severity, &marker),
                pad = d.column - 1
            );
        }
        if let Some(help) = d.msg.help(lang) {
            let _ = writeln!(
                out,
                "{:gutter$} {} {}: {help}",
                "",
                style.paint("34", "="),
                style.paint("1", &msg!("help-label").text(lang))
            );
        }
        out.push('\n');
    }
    out
}

/// One line per finding: `path:line:column: severity[rule]: message`.
pub fn short(result: &FileResult, lang: Lang) -> String {
    let mut out = String::new();
    for d in &result.diagnostics {
        let _ = writeln!(
            out,
            "{}:{}:{}: {}[{}]: {}",
            result.path.display(),
            d.line,
            d.column,
            d.severity.as_str(),
            d.rule,
            d.msg.text(lang)
        );
    }
    out
}

/// The whole run as one JSON document.
pub fn json(results: &[FileResult], lang_of: impl Fn(&FileResult) -> Lang) -> Value {
    let totals = Totals::of(results);
    let reports: Vec<Value> = results
        .iter()
        .map(|r| {
            let lang = lang_of(r);
            let diagnostics: Vec<Value> = r
                .diagnostics
                .iter()
                .map(|d| {
                    json!({
                        "rule": d.rule,
                        "severity": d.severity.as_str(),
                        "line": d.line,
                        "column": d.column,
                        "message": d.msg.text(lang),
                        "help": d.msg.help(lang),
                    })
                })
                .collect();
            json!({ "path": r.path.display().to_string(), "diagnostics": diagnostics })
        })
        .collect();
    json!({
        "reports": reports,
        "summary": { "reports": totals.reports, "errors": totals.errors, "warnings": totals.warnings },
    })
}

/// The run as SARIF 2.1.0, for code scanning.
pub fn sarif(
    results: &[FileResult],
    lang_of: impl Fn(&FileResult) -> Lang,
    rules_lang: Lang,
) -> Value {
    let rules: Vec<Value> = RULES
        .iter()
        .map(|rule| {
            json!({
                "id": rule.id,
                "shortDescription": { "text": crate::messages::Msg::new(rule.summary).text(rules_lang) },
                "defaultConfiguration": { "level": rule.severity.as_str() },
            })
        })
        .collect();
    let mut out = Vec::new();
    for result in results {
        let lang = lang_of(result);
        let uri = uri(&result.path.to_string_lossy());
        for d in &result.diagnostics {
            let mut message = d.msg.text(lang);
            if let Some(help) = d.msg.help(lang) {
                message = format!("{message}\n{help}");
            }
            out.push(json!({
                "ruleId": d.rule,
                "ruleIndex": RULES.iter().position(|r| r.id == d.rule).unwrap_or_default(),
                "level": d.severity.as_str(),
                "message": { "text": message },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri },
                        "region": { "startLine": d.line, "startColumn": d.column },
                    }
                }],
            }));
        }
    }
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "parallel-review",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
            "results": out,
        }],
    })
}

/// A relative URI reference for a path: `/` separators, everything else percent-encoded
/// unless unreserved.
fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let path = path.strip_prefix("./").unwrap_or(&path);
    crate::links::percent_encode(path)
}

#[cfg(test)]
mod tests {
    use super::uri;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(
            uri("./reports/رأي 1.md"),
            "reports/%D8%B1%D8%A3%D9%8A%201.md"
        );
    }
}
