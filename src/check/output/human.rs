//! `--format human`: each finding with its source line, a marker and its help, as a
//! person reads it; colour only when asked.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::{Languages, Output, Totals, shown_path};
use crate::check::FileResult;
use crate::diagnostic::{Diagnostic, Severity, visible_controls};
use crate::lang::Lang;
use crate::messages::Msg;
use crate::msg;

/// The human format.
pub(super) struct Human {
    pub(super) langs: Languages,
    pub(super) style: Style,
}

impl Output for Human {
    fn report(&mut self, out: &mut dyn Write, result: &FileResult) -> io::Result<()> {
        out.write_all(human(result, self.langs.of(result), self.style).as_bytes())
    }

    fn finish(&mut self, out: &mut dyn Write, totals: &Totals) -> io::Result<()> {
        writeln!(out, "{}", totals.line(self.langs.default))
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
fn human(result: &FileResult, lang: Lang, style: Style) -> String {
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
        // The heading it is under (in a Word document), then what to do.
        let notes = [
            ("section-label", d.section.clone()),
            ("help-label", d.msg.help(lang)),
        ];
        for (label, text) in notes {
            if let Some(text) = text {
                let _ = writeln!(
                    out,
                    "{:gutter$} {} {}{} {}",
                    "",
                    style.paint("34", "="),
                    style.paint("1", &Msg::new(label).text(lang)),
                    lang.colon(),
                    visible_controls(&text)
                );
            }
        }
        out.push('\n');
    }
    out
}
