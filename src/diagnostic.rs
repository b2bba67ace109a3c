//! Findings about a report: plain data that rules produce and printers show. Rules never
//! print; the text of a finding comes from the message catalogue when it is shown, in the
//! language chosen then.

use serde::Serialize;

use crate::messages::Msg;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth fixing; does not fail the check.
    Warning,
    /// Fails the check.
    Error,
}

impl Severity {
    /// The word used in output formats.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One finding, with where it is.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// Id of the rule that found it.
    pub rule: &'static str,
    /// How serious it is.
    pub severity: Severity,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// Characters to underline, at least 1.
    pub width: usize,
    /// The message (and its help line) to show.
    pub msg: Msg,
    /// The source line, for printers that quote it.
    pub snippet: Option<String>,
}

impl Diagnostic {
    /// An error about a file that has no text to quote (it could not be read as one).
    pub fn unquoted(rule: &'static str, line: usize, column: usize, msg: Msg) -> Diagnostic {
        Diagnostic {
            rule,
            severity: Severity::Error,
            line,
            column,
            width: 1,
            msg,
            snippet: None,
        }
    }
}

/// Maps byte offsets of a text to lines and character columns.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(memchr_newlines(text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    /// 1-based line and character column of a byte offset.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let column = text.get(start..offset).map_or(1, |s| s.chars().count() + 1);
        (line, column)
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text<'t>(&self, text: &'t str, line: usize) -> &'t str {
        let Some(&start) = self.starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self.starts.get(line).copied().unwrap_or(text.len());
        text.get(start..end)
            .unwrap_or_default()
            .trim_end_matches(['\n', '\r'])
    }

    /// Builds a finding at a byte range of `text`.
    pub fn diagnostic(
        &self,
        text: &str,
        rule: &'static str,
        severity: Severity,
        range: std::ops::Range<usize>,
        msg: Msg,
    ) -> Diagnostic {
        let (line, column) = self.position(text, range.start);
        let line_text = self.line_text(text, line);
        // Underline up to the end of the range or of the line, whichever comes first.
        let width = text
            .get(range.start..range.end.max(range.start))
            .map_or(1, |s| s.lines().next().unwrap_or_default().chars().count())
            .max(1);
        Diagnostic {
            rule,
            severity,
            line,
            column,
            width,
            msg,
            snippet: Some(line_text.to_string()),
        }
    }
}

fn memchr_newlines(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_on_arabic_lines() {
        let text = "---\r\n## المنهجية x\n";
        let index = LineIndex::new(text);
        let x = text.find('x').unwrap();
        assert_eq!(index.position(text, x), (2, 13));
        assert_eq!(index.line_text(text, 1), "---");
        assert_eq!(index.line_text(text, 2), "## المنهجية x");
        assert_eq!(index.position(text, 0), (1, 1));
    }
}
