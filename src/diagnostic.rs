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
    /// The source line, or a window of it, for printers that quote it.
    pub snippet: Option<Snippet>,
    /// The heading it is under, where lines alone do not place it (in a Word document).
    pub section: Option<String>,
}

/// A quoted piece of a source line, with control characters made visible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// The text to show: the whole line, or a window of a long one marked with `…`.
    pub text: String,
    /// 1-based character column of the finding inside `text`.
    pub column: usize,
}

/// What a rule found, with where it is as a byte range. Turned into a [`Diagnostic`] once
/// the findings are capped, so that a report with thousands of findings costs no more
/// than the findings shown.
#[derive(Debug, Clone)]
pub struct Finding {
    /// Id of the rule that found it.
    pub rule: &'static str,
    /// How serious it is.
    pub severity: Severity,
    /// Where it is in the text.
    pub range: std::ops::Range<usize>,
    /// The message.
    pub msg: Msg,
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
            section: None,
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
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
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

    /// Byte offset where a 1-based line starts.
    pub fn line_start(&self, line: usize) -> usize {
        self.starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(0)
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

    /// Places findings in `text`: line, column, underline width and a quoted window of
    /// the line. Findings must be sorted by offset; columns are then counted once per line.
    pub fn place(&self, text: &str, findings: Vec<Finding>) -> Vec<Diagnostic> {
        let mut last: Option<(usize, usize, usize)> = None; // line, offset, column
        findings
            .into_iter()
            .map(|f| {
                let offset = floor_char_boundary(text, f.range.start.min(text.len()));
                let line = self.starts.partition_point(|&s| s <= offset).max(1);
                let start = self.starts[line - 1];
                let (from, column) = match last {
                    Some((l, o, c)) if l == line && o <= offset => (o, c),
                    _ => (start, 1),
                };
                let column = column + text.get(from..offset).map_or(0, |s| s.chars().count());
                last = Some((line, offset, column));
                let line_text = self.line_text(text, line);
                let end = floor_char_boundary(text, f.range.end.clamp(offset, text.len()));
                // Underline up to the end of the range or of the line, whichever comes first.
                let width = text[offset..end]
                    .split(['\n', '\r'])
                    .next()
                    .unwrap_or_default()
                    .chars()
                    .take(SNIPPET_CHARS)
                    .count()
                    .max(1);
                let snippet = Snippet::of(line_text, offset - start);
                Diagnostic {
                    rule: f.rule,
                    severity: f.severity,
                    line,
                    column,
                    width,
                    msg: f.msg,
                    snippet: Some(snippet),
                    section: None,
                }
            })
            .collect()
    }
}

/// Characters of a line quoted around a finding; a longer line is shown as a window.
const SNIPPET_CHARS: usize = 160;

impl Snippet {
    /// A window of `line` around the byte offset `at`, with control characters escaped.
    fn of(line: &str, at: usize) -> Snippet {
        let at = floor_char_boundary(line, at.min(line.len()));
        let before: Vec<(usize, char)> = line[..at]
            .char_indices()
            .rev()
            .take(SNIPPET_CHARS / 3 + 1)
            .collect();
        let (start, cut_before) = match before.get(SNIPPET_CHARS / 3) {
            Some(_) => (before[SNIPPET_CHARS / 3 - 1].0, true),
            None => (0, false),
        };
        let mut text = String::new();
        if cut_before {
            text.push('…');
        }
        let mut column = None;
        let mut cut_after = false;
        for (shown, (i, c)) in line[start..].char_indices().enumerate() {
            if start + i == at {
                column = Some(text.chars().count() + 1);
            }
            if shown == SNIPPET_CHARS {
                cut_after = true;
                break;
            }
            push_visible(&mut text, c);
        }
        let column = column.unwrap_or_else(|| text.chars().count() + 1);
        if cut_after {
            text.push('…');
        }
        Snippet { text, column }
    }
}

/// Pushes a character so that a terminal shows it rather than obeys it: control
/// characters (escape sequences, carriage returns) and the bidirectional embeddings,
/// overrides and isolates that would reorder the rest of the line are written as `<U+XXXX>`.
pub fn push_visible(out: &mut String, c: char) {
    match c {
        '\t' => out.push(' '),
        c if c.is_control() || is_bidi_control(c) => push_code(out, c),
        c => out.push(c),
    }
}

/// A character written as its code point, `<U+001B>`.
fn push_code(out: &mut String, c: char) {
    out.push_str(&format!("<U+{:04X}>", c as u32));
}

/// `text` with every character a terminal would obey rather than show made visible.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(|c| c.is_control() || is_bidi_control(c)) {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            push_visible(&mut out, c);
        }
        out.into()
    } else {
        text.into()
    }
}

/// Control characters only, keeping bidirectional isolates: for messages, whose own
/// isolates around names and paths are wanted.
pub fn visible_controls(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(char::is_control) {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if c.is_control() {
                push_code(&mut out, c);
            } else {
                out.push(c);
            }
        }
        out.into()
    } else {
        text.into()
    }
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The largest character boundary at or before `i`.
fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
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

    #[test]
    fn long_lines_are_quoted_as_a_window_and_controls_made_visible() {
        let line = format!("{}TODO{}", "x".repeat(10_000), "y".repeat(10_000));
        let snippet = Snippet::of(&line, 10_000);
        assert!(snippet.text.chars().count() < SNIPPET_CHARS + 3);
        assert!(snippet.text.starts_with('…') && snippet.text.ends_with('…'));
        let at: String = snippet
            .text
            .chars()
            .skip(snippet.column - 1)
            .take(4)
            .collect();
        assert_eq!(at, "TODO");

        let hostile = Snippet::of("a\x1b]52;c;aGk=\x07b\u{202E}c\td", 0);
        assert_eq!(hostile.text, "a<U+001B>]52;c;aGk=<U+0007>b<U+202E>c d");
        assert_eq!(hostile.column, 1);
    }
}
