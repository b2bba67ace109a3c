//! Showing findings: `human` (with the source line and a marker), `short` (one line each),
//! `json` and SARIF 2.1.0. Colour is decided here only.

use std::fmt::Write as _;

use serde_json::{Value, json};

use crate::check::{FileResult, RULES};
use crate::diagnostic::{Diagnostic, Severity, visible, visible_controls};
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
    let path = shown_path(&result.path);
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
            style.paint("1", &visible_controls(&d.msg.text(lang)))
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
            let column = snippet.column;
            let snippet = &snippet.text;
            let bar = style.paint("34", "|");
            let _ = writeln!(out, "{:gutter$} {bar}", "");
            let _ = writeln!(
                out,
                "{} {bar} {snippet}",
                style.paint("34", &d.line.to_string())
            );
            let available = snippet.chars().count().saturating_sub(column - 1).max(1);
            let marker = "^".repeat(d.width.min(available));
            let _ = writeln!(
                out,
                "{:gutter$} {bar} {:pad$}{}",
                "",
                "",
                style.severity(d.severity, &marker),
                pad = column - 1
            );
        }
        if let Some(help) = d.msg.help(lang) {
            let _ = writeln!(
                out,
                "{:gutter$} {} {}: {}",
                "",
                style.paint("34", "="),
                style.paint("1", &msg!("help-label").text(lang)),
                visible_controls(&help)
            );
        }
        out.push('\n');
    }
    out
}

/// One line per finding: `path:line:column: severity[rule]: message`.
pub fn short(result: &FileResult, lang: Lang) -> String {
    let mut out = String::new();
    let path = shown_path(&result.path);
    for d in &result.diagnostics {
        let _ = writeln!(
            out,
            "{path}:{}:{}: {}[{}]: {}",
            d.line,
            d.column,
            d.severity.as_str(),
            d.rule,
            visible_controls(&d.msg.text(lang))
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
            let mut report =
                json!({ "path": r.path.display().to_string(), "diagnostics": diagnostics });
            if let Some(bytes) = raw_bytes(&r.path) {
                report["path_bytes"] = json!(crate::render::markdown::base64(&bytes));
            }
            report
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
        let uri = uri(&result.path);
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

/// A relative URI reference for a path: `/` separators, every other byte percent-encoded
/// unless unreserved, so that a name that is not UTF-8 can still be found again.
fn uri(path: &std::path::Path) -> String {
    let bytes = path.as_os_str().as_encoded_bytes();
    let bytes = bytes.strip_prefix(b"./").unwrap_or(bytes);
    let slashed: Vec<u8> = bytes
        .iter()
        .map(|&b| if b == b'\\' && cfg!(windows) { b'/' } else { b })
        .collect();
    crate::links::percent_encode_bytes(&slashed)
}

/// A path as the terminal shows it: a newline or a right-to-left override in a file name
/// must not split a finding or reorder its line.
fn shown_path(path: &std::path::Path) -> String {
    visible(&path.display().to_string()).into_owned()
}

/// The raw bytes of a path that is not valid UTF-8 (JSON strings can only hold text).
fn raw_bytes(path: &std::path::Path) -> Option<Vec<u8>> {
    path.to_str()
        .is_none()
        .then(|| path.as_os_str().as_encoded_bytes().to_vec())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::uri;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(
            uri(Path::new("./reports/رأي 1.md")),
            "reports/%D8%B1%D8%A3%D9%8A%201.md"
        );
    }

    #[cfg(unix)]
    #[test]
    fn names_that_are_not_utf8_keep_their_bytes() {
        use std::os::unix::ffi::OsStrExt;
        let path = Path::new(std::ffi::OsStr::from_bytes(b"bad\xff.md"));
        assert_eq!(uri(path), "bad%FF.md");
    }
}
