//! `--format json`: `{"reports": [...], "summary": {...}}`, written one report per line as
//! the reports come, so that a run over thousands of reports holds none of it.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::{Languages, Output, Totals};
use crate::check::FileResult;

/// The JSON format.
pub(super) struct Json {
    langs: Languages,
    first: bool,
}

impl Json {
    pub(super) fn new(langs: Languages) -> Json {
        Json { langs, first: true }
    }
}

impl Output for Json {
    fn report(&mut self, out: &mut dyn Write, result: &FileResult) -> io::Result<()> {
        let lang = self.langs.of(result);
        let diagnostics: Vec<Value> = result
            .diagnostics
            .iter()
            .map(|d| {
                let mut finding = json!({
                    "rule": d.rule,
                    "severity": d.severity.as_str(),
                    "line": d.line,
                    "column": d.column,
                    "message": d.msg.text(lang),
                    "help": d.msg.help(lang),
                });
                if let Some(section) = &d.section {
                    finding["section"] = json!(section);
                }
                finding
            })
            .collect();
        let mut report =
            json!({ "path": result.path.display().to_string(), "diagnostics": diagnostics });
        if let Some(bytes) = raw_bytes(&result.path) {
            report["path_bytes"] = json!(crate::render::markdown::base64(&bytes));
        }
        out.write_all(if self.first {
            b"{\"reports\": [\n"
        } else {
            b",\n"
        })?;
        self.first = false;
        serde_json::to_writer(&mut *out, &report)?;
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, totals: &Totals) -> io::Result<()> {
        out.write_all(if self.first {
            b"{\"reports\": ["
        } else {
            b"\n"
        })?;
        let summary = json!({ "reports": totals.reports, "errors": totals.errors, "warnings": totals.warnings });
        writeln!(out, "], \"summary\": {summary}}}")
    }
}

/// The raw bytes of a path that is not valid UTF-8 (JSON strings can only hold text).
fn raw_bytes(path: &std::path::Path) -> Option<Vec<u8>> {
    path.to_str()
        .is_none()
        .then(|| path.as_os_str().as_encoded_bytes().to_vec())
}
