//! Splitting a report into its YAML front matter and Markdown body, and reading the front
//! matter into keys with the position of each.

use serde_yaml::Value;

/// What the top of a report holds.
#[derive(Debug, Clone)]
pub enum FrontMatter {
    /// The report does not start with `---`.
    Missing,
    /// `---` opens a block that nothing closes.
    Unclosed,
    /// The YAML does not parse; `offset` is where the parser stopped, in the file.
    Invalid {
        /// Byte offset in the file.
        offset: usize,
        /// The parser's message, without its own position.
        message: String,
    },
    /// The YAML parses to something other than a mapping (a list, a string, nothing).
    NotMapping {
        /// Byte offset of the YAML in the file.
        offset: usize,
        /// What it is instead.
        found: &'static str,
    },
    /// A mapping of keys.
    Fields(Vec<Field>),
}

/// A key of the front matter.
#[derive(Debug, Clone)]
pub struct Field {
    /// The key.
    pub key: String,
    /// Its value.
    pub value: Value,
    /// Byte offset of the key in the file.
    pub offset: usize,
}

impl Field {
    /// Where the key is in the file, to point a finding at.
    pub fn key_range(&self) -> std::ops::Range<usize> {
        self.offset..self.offset + self.key.len()
    }
}

/// A YAML scalar as text; YAML reads `2026-01-31` or `12` as other types than strings.
pub fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A value that may be one text or a list of texts (`country: JO` or `country: [JO, LB]`).
pub fn texts(value: &Value) -> Vec<String> {
    match value {
        Value::Sequence(items) => items.iter().filter_map(scalar).collect(),
        other => scalar(other).into_iter().collect(),
    }
}

/// An objective number in the front matter: `6`, or `"٦"` which YAML reads as text.
pub fn objective_number(value: &Value) -> Option<u32> {
    match value {
        Value::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
        Value::String(s) => crate::lang::parse_number(s),
        _ => None,
    }
}

/// The front matter of `text` and the byte offset where the body starts.
pub fn split(text: &str) -> (FrontMatter, usize) {
    let Some(first_end) = line_end(text, 0) else {
        return (FrontMatter::Missing, 0);
    };
    if text[..first_end].trim_end() != "---" {
        return (FrontMatter::Missing, 0);
    }
    let yaml_start = next_line(text, first_end);
    let mut pos = yaml_start;
    while pos < text.len() {
        let end = line_end(text, pos).unwrap_or(text.len());
        let line = text[pos..end].trim_end();
        if line == "---" || line == "..." {
            let body = next_line(text, end);
            return (parse(text, yaml_start, pos), body);
        }
        pos = next_line(text, end);
    }
    (FrontMatter::Unclosed, yaml_start)
}

fn parse(text: &str, start: usize, end: usize) -> FrontMatter {
    let yaml = &text[start..end];
    let value: Value = match serde_yaml::from_str(yaml) {
        Ok(value) => value,
        Err(e) => {
            let offset = e
                .location()
                .map_or(start, |l| start + l.index().min(yaml.len()));
            let message = crate::guidance::strip_location(&e.to_string());
            return FrontMatter::Invalid { offset, message };
        }
    };
    let mapping = match value {
        Value::Mapping(mapping) => mapping,
        other => {
            let found = match other {
                Value::Null => "nothing",
                Value::Sequence(_) => "list",
                _ => "value",
            };
            return FrontMatter::NotMapping {
                offset: start,
                found,
            };
        }
    };
    let fields = mapping
        .into_iter()
        .map(|(key, value)| {
            let key = match key {
                Value::String(s) => s,
                other => serde_yaml::to_string(&other)
                    .unwrap_or_default()
                    .trim()
                    .to_string(),
            };
            let offset = key_offset(yaml, &key).map_or(start, |o| start + o);
            Field { key, value, offset }
        })
        .collect();
    FrontMatter::Fields(fields)
}

/// Offset of a top-level `key:` in the YAML text.
fn key_offset(yaml: &str, key: &str) -> Option<usize> {
    let mut pos = 0;
    for line in yaml.split_inclusive('\n') {
        let bare = line.trim_start_matches(['"', '\'']);
        if bare.starts_with(key) && !line.starts_with([' ', '\t', '#']) {
            let rest = bare[key.len()..].trim_start_matches(['"', '\'']);
            if rest.starts_with(':') {
                return Some(pos);
            }
        }
        pos += line.len();
    }
    None
}

fn line_end(text: &str, from: usize) -> Option<usize> {
    if from >= text.len() {
        return None;
    }
    Some(text[from..].find('\n').map_or(text.len(), |i| from + i))
}

fn next_line(text: &str, line_end: usize) -> usize {
    (line_end + 1).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_with_crlf_and_finds_key_offsets() {
        let text = "---\r\ntitle: T\r\nlanguage: ar\r\n---\r\n## Body\r\n";
        let (front, body) = split(text);
        assert_eq!(&text[body..], "## Body\r\n");
        let FrontMatter::Fields(fields) = front else {
            panic!("{front:?}")
        };
        assert_eq!(fields[1].key, "language");
        assert_eq!(&text[fields[1].offset..fields[1].offset + 8], "language");
    }

    #[test]
    fn reports_what_is_wrong_with_the_top() {
        assert!(matches!(split("# Title\n").0, FrontMatter::Missing));
        assert!(matches!(split("---\ntitle: T\n").0, FrontMatter::Unclosed));
        assert!(matches!(
            split("---\n- a\n---\n").0,
            FrontMatter::NotMapping { found: "list", .. }
        ));
        assert!(matches!(
            split("---\n---\n").0,
            FrontMatter::NotMapping {
                found: "nothing",
                ..
            }
        ));
        let text = "---\ntitle: T\nbad: [1, 2\n---\n";
        let FrontMatter::Invalid { offset, .. } = split(text).0 else {
            panic!()
        };
        assert!(offset > text.find("bad").unwrap());
    }
}
