//! `--format short`: one line per finding, `path:line:column: severity[rule]: message`.

use std::io::{self, Write};

use super::{Languages, Output, Totals, shown_path};
use crate::check::FileResult;
use crate::diagnostic::visible_controls;

/// The short format.
pub(super) struct Short {
    pub(super) langs: Languages,
}

impl Output for Short {
    fn report(&mut self, out: &mut dyn Write, result: &FileResult) -> io::Result<()> {
        let lang = self.langs.of(result);
        let path = shown_path(&result.path);
        for d in &result.diagnostics {
            writeln!(
                out,
                "{path}:{}:{}: {}[{}]: {}",
                d.line,
                d.column,
                d.severity.as_str(),
                d.rule,
                visible_controls(&d.msg.text(lang))
            )?;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, totals: &Totals) -> io::Result<()> {
        writeln!(out, "{}", totals.line(self.langs.default))
    }
}
