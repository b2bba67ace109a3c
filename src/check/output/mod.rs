//! Showing findings: one [`Output`] per `--format`, each in its own file, written report
//! by report to a buffered writer (nothing holds the whole run's output), the totals line
//! included.

mod human;
mod json;
mod sarif;
mod short;

use std::io::{self, Write};
use std::path::Path;

use crate::check::FileResult;
use crate::cli::CheckFormat;
use crate::diagnostic::{Severity, visible};
use crate::lang::Lang;
use crate::msg;

pub use human::Style;

/// A format of `check`'s output.
pub trait Output {
    /// Writes the findings of one report.
    fn report(&mut self, out: &mut dyn Write, result: &FileResult) -> io::Result<()>;
    /// Writes what ends the run: the totals, the closing of a document.
    fn finish(&mut self, out: &mut dyn Write, totals: &Totals) -> io::Result<()>;
}

/// Which language each report's findings are shown in.
#[derive(Debug, Clone, Copy)]
pub struct Languages {
    /// The language asked for.
    pub default: Lang,
    /// Each report's findings in its own language (`--lang report`).
    pub per_report: bool,
}

impl Languages {
    /// The language of one report's findings.
    pub fn of(&self, result: &FileResult) -> Lang {
        match (self.per_report, result.lang) {
            (true, Some(lang)) => lang,
            _ => self.default,
        }
    }
}

/// The output for a format.
pub fn for_format(format: CheckFormat, langs: Languages, style: Style) -> Box<dyn Output> {
    match format {
        CheckFormat::Human => Box::new(human::Human { langs, style }),
        CheckFormat::Short => Box::new(short::Short { langs }),
        CheckFormat::Json => Box::new(json::Json::new(langs)),
        CheckFormat::Sarif => Box::new(sarif::Sarif::new(langs)),
    }
}

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

    /// Adds one report's findings.
    pub fn add(&mut self, result: &FileResult) {
        self.reports += 1;
        self.errors += result.count(Severity::Error);
        self.warnings += result.count(Severity::Warning);
    }
}

/// A path as the terminal shows it: a newline or a right-to-left override in a file name
/// must not split a finding or reorder its line.
fn shown_path(path: &Path) -> String {
    visible(&path.display().to_string()).into_owned()
}
