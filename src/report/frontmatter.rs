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
    /// Larger than [`MAX_FRONT_MATTER_BYTES`]: not given to the YAML parser.
    TooLarge {
        /// Its size.
        bytes: usize,
    },
    /// Uses more YAML aliases (`*name`) than [`MAX_ALIASES`]: each may copy a whole
    /// value, so a few lines can ask the parser for gigabytes.
    Aliases {
        /// Byte offset of the first alias past the limit, in the file.
        offset: usize,
    },
    /// A mapping of keys.
    Fields(Vec<Field>),
}

/// Front matter larger than this is refused: a real one is under 2 KB.
pub const MAX_FRONT_MATTER_BYTES: usize = 64 * 1024;

/// Front matter with more aliases than this is refused: a report's fields need none.
pub const MAX_ALIASES: usize = 16;

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
    if yaml.len() > MAX_FRONT_MATTER_BYTES {
        return FrontMatter::TooLarge { bytes: yaml.len() };
    }
    // An alias starts with `*`: most front matter has none to scan for.
    let too_many_aliases =
        memchr::memchr(b'*', yaml.as_bytes()).and_then(|_| aliases(yaml).nth(MAX_ALIASES));
    if let Some(offset) = too_many_aliases {
        return FrontMatter::Aliases {
            offset: start + offset,
        };
    }
    match flat(yaml, start) {
        Some(fields) => FrontMatter::Fields(fields),
        None => read_yaml(yaml, start),
    }
}

/// Front matter read by the YAML parser; `start` is its offset in the file.
fn read_yaml(yaml: &str, start: usize) -> FrontMatter {
    let value: Value = match serde_yaml::from_str(yaml) {
        Ok(value) => value,
        Err(e) => {
            let message = e.to_string();
            // Some errors (a control character) give their place only as "at position N"
            // in the message, and the start of the text as their location.
            let index = position_in_message(&message).or_else(|| e.location().map(|l| l.index()));
            let offset = index.map_or(start, |i| start + i.min(yaml.len()));
            let message = crate::guidance::strip_location(&message);
            let message = match message.rsplit_once(" at position ") {
                Some((before, _)) => before.to_string(),
                None => message,
            };
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

/// The front matter `new` writes, and most hand-written ones, read without the YAML
/// parser, which costs more than the whole Markdown body: one `key: value` a line, each
/// value a scalar or a one-line `[list]`. Anything else, or anything whose reading by
/// serde_yaml is not certain, gives `None`, and the YAML parser reads it.
fn flat(yaml: &str, start: usize) -> Option<Vec<Field>> {
    let mut fields: Vec<Field> = Vec::new();
    let mut offset = 0;
    for line in yaml.split_inclusive('\n') {
        let at = offset;
        offset += line.len();
        let line = line.strip_suffix('\n').unwrap_or(line);
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.bytes().all(|b| b == b' ') || line.starts_with('#') {
            continue;
        }
        let (key, rest) = line.split_once(':')?;
        let plain_key = key.bytes().enumerate().all(|(i, b)| {
            b.is_ascii_alphabetic() || b == b'_' || (i > 0 && (b.is_ascii_digit() || b == b'-'))
        });
        if key.is_empty() || !plain_key || resolves_to_other_than_text(key) {
            return None;
        }
        if !(rest.is_empty() || rest.starts_with(' ')) || fields.iter().any(|f| f.key == key) {
            return None;
        }
        let value = rest.trim_matches(' ');
        let value = if value.is_empty() {
            Value::Null
        } else if let Some(items) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
            if items.trim_matches(' ').is_empty() {
                Value::Sequence(Vec::new())
            } else {
                let items = items
                    .split(',')
                    .map(|item| flat_scalar(item.trim_matches(' '), true));
                Value::Sequence(items.collect::<Option<_>>()?)
            }
        } else {
            flat_scalar(value, false)?
        };
        fields.push(Field {
            key: key.to_string(),
            value,
            offset: start + at,
        });
    }
    (!fields.is_empty()).then_some(fields)
}

/// One scalar of [`flat`] front matter: quoted text without escapes, a plain text
/// starting with a letter, a plain whole number, or a plain `YYYY-MM-DD` date.
fn flat_scalar(value: &str, in_list: bool) -> Option<Value> {
    // Characters libyaml refuses or reads as line breaks, and tabs: the parser decides.
    let unusual = |c: char| {
        (c < ' ' || ('\u{7F}'..='\u{9F}').contains(&c))
            || matches!(
                c,
                '\u{2028}' | '\u{2029}' | '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}'
            )
    };
    if value.chars().any(unusual) {
        return None;
    }
    for quote in ['"', '\''] {
        if let Some(inner) = value.strip_prefix(quote) {
            let inner = inner.strip_suffix(quote)?;
            return (!inner.contains([quote, '\\'])).then(|| Value::String(inner.to_string()));
        }
    }
    let bytes = value.as_bytes();
    let first = *bytes.first()?;
    if first.is_ascii_digit() {
        if bytes.iter().all(u8::is_ascii_digit) && (first != b'0' || bytes.len() == 1) {
            return value.parse::<u64>().ok().map(Value::from);
        }
        let date = bytes.len() == 10
            && bytes.iter().enumerate().all(|(i, b)| match i {
                4 | 7 => *b == b'-',
                _ => b.is_ascii_digit(),
            });
        return date.then(|| Value::String(value.to_string()));
    }
    let special = |c: char| c == '#' || (in_list && matches!(c, ',' | '[' | ']' | '{' | '}'));
    let text = (first.is_ascii_alphabetic() || !first.is_ascii())
        && !value.contains(special)
        && !value.contains(": ")
        && !value.ends_with(':')
        && !resolves_to_other_than_text(value);
    text.then(|| Value::String(value.to_string()))
}

/// The plain words YAML reads as nothing or as true and false.
fn resolves_to_other_than_text(plain: &str) -> bool {
    matches!(
        plain,
        "null" | "Null" | "NULL" | "true" | "True" | "TRUE" | "false" | "False" | "FALSE"
    )
}

/// Byte offsets of what may be YAML aliases: a `*` followed by a name, where a value can
/// start, outside quotes and comments. It may count a `*` inside plain text
/// (`title: a *b*`); the limit leaves room for that.
fn aliases(yaml: &str) -> impl Iterator<Item = usize> + '_ {
    let mut quote: Option<u8> = None;
    let mut comment = false;
    let mut previous = b'\n';
    yaml.bytes().enumerate().filter_map(move |(i, b)| {
        let before = std::mem::replace(&mut previous, b);
        if b == b'\n' {
            // A quoted text may go on to the next line; a comment may not.
            comment = false;
            return None;
        }
        if comment {
            return None;
        }
        match (quote, b) {
            (Some(q), _) if b == q => {
                quote = None;
                None
            }
            (Some(_), _) => None,
            (None, b'"' | b'\'') if value_start(before) => {
                quote = Some(b);
                None
            }
            (None, b'#') if before.is_ascii_whitespace() => {
                comment = true;
                None
            }
            (None, b'*') if value_start(before) => {
                let next = yaml.as_bytes().get(i + 1).copied().unwrap_or(b' ');
                (!next.is_ascii_whitespace() && !b",[]{}".contains(&next)).then_some(i)
            }
            _ => None,
        }
    })
}

fn value_start(before: u8) -> bool {
    before.is_ascii_whitespace() || b"[{,:-?".contains(&before)
}

/// The index in "… at position 65" (libyaml's words for errors without a location).
fn position_in_message(message: &str) -> Option<usize> {
    let (_, rest) = message.rsplit_once("at position ")?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
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
    fn flat_front_matter_reads_as_the_yaml_parser_reads_it() {
        const KEYS: &[&str] = &[
            "title",
            "objectives",
            "date",
            "_x",
            "a-b",
            "k9",
            "9k",
            "-k",
            "null",
            "True",
            "k k",
            "\"q\"",
            "title",
        ];
        const VALUES: &[&str] = &[
            "6",
            "06",
            "0",
            "00",
            "18446744073709551615",
            "18446744073709551616",
            "-1",
            "+1",
            "1.5",
            "1e3",
            "0x1F",
            "0o7",
            "2026-10-15",
            "2026-1-5",
            "2026-10-15T10:00",
            "true",
            "True",
            "FALSE",
            "null",
            "Null",
            "~",
            "yes",
            "no",
            "inf",
            "Infinity",
            ".inf",
            "nan",
            "e5",
            "JO",
            "trade-union",
            "l'accès",
            "a: b",
            "a:b",
            "b:",
            "a #b",
            "a#b",
            "\"q\"",
            "'s'",
            "\"a\\\"b\"",
            "\"a\\nb\"",
            "'it''s'",
            "\"x\" y",
            "[6, 7]",
            "[]",
            "[ ]",
            "[a, [b]]",
            "[a,,b]",
            "[a,]",
            "[\"x\", 'y']",
            "[a b, c:d]",
            "[٦, ٧]",
            "العمل اللائق",
            "٦",
            "«titre»",
            "&a x",
            "*a",
            "!tag x",
            "|",
            ">",
            "{a: b}",
            "- x",
            "%x",
            "@x",
            "`x`",
            "a\tb",
            "a\u{85}b",
            "a\u{2028}b",
            "a\u{7f}",
            "a\u{7}",
            "x ",
            "é:",
            "",
            "?",
            ":",
            "a [b] {c}",
            "\u{a0}x",
            "\u{feff}x",
        ];
        const SEPARATORS: &[&str] = &[" ", "", "  ", "\t", " : "];
        const OTHER_LINES: &[&str] = &["", "   ", "# note", "  - x", "- x", "  more", "\r"];
        let mut rng = crate::model_tests::Rng(0x5eed_f00d);
        let (mut flat_read, mut tries) = (0, 0);
        for _ in 0..20_000 {
            let mut yaml = String::new();
            for _ in 0..1 + rng.next() % 3 {
                if rng.next() % 10 == 0 {
                    yaml.push_str(OTHER_LINES[rng.next() % OTHER_LINES.len()]);
                } else {
                    // Mostly well-formed lines, so that the values decide.
                    let key = rng.next() % if rng.next() % 4 == 0 { KEYS.len() } else { 5 };
                    yaml.push_str(KEYS[key]);
                    yaml.push(':');
                    let separator = rng.next()
                        % if rng.next() % 4 == 0 {
                            SEPARATORS.len()
                        } else {
                            1
                        };
                    yaml.push_str(SEPARATORS[separator]);
                    yaml.push_str(VALUES[rng.next() % VALUES.len()]);
                }
                yaml.push_str(if rng.next() % 8 == 0 { "\r\n" } else { "\n" });
            }
            tries += 1;
            let Some(fast) = flat(&yaml, 4) else { continue };
            flat_read += 1;
            let FrontMatter::Fields(slow) = read_yaml(&yaml, 4) else {
                panic!("read as flat, refused by YAML: {yaml:?}")
            };
            let as_tuples = |fields: &[Field]| -> Vec<(String, Value, usize)> {
                fields
                    .iter()
                    .map(|f| (f.key.clone(), f.value.clone(), f.offset))
                    .collect()
            };
            assert_eq!(as_tuples(&fast), as_tuples(&slow), "{yaml:?}");
        }
        // Both ways are exercised.
        assert!(
            flat_read > tries / 10 && flat_read < tries / 2,
            "{flat_read} of {tries}"
        );
        // Every example and fixture reads the same both ways.
        for text in crate::model_tests::samples() {
            let (FrontMatter::Fields(fast), _) = split(&text) else {
                continue;
            };
            let yaml_end = fast.last().map_or(0, |f| f.offset);
            let end = yaml_end + text[yaml_end..].find("\n---").unwrap_or(0) + 1;
            let FrontMatter::Fields(slow) = read_yaml(&text[4..end], 4) else {
                panic!("{text}")
            };
            assert_eq!(fast.len(), slow.len());
        }
    }

    #[test]
    fn refuses_front_matter_that_could_exhaust_the_parser() {
        let mut bomb = String::from("---\na0: &a0 [x]\n");
        for i in 1..9 {
            let previous = format!("*a{}", i - 1);
            bomb.push_str(&format!(
                "a{i}: &a{i} [{}]\n",
                [previous.as_str(); 9].join(",")
            ));
        }
        bomb.push_str(&format!("b: {}\n---\n", "[".repeat(16_000)));
        assert!(matches!(split(&bomb).0, FrontMatter::Aliases { .. }));
        let huge = format!("---\ntitle: {}\n---\n", "x".repeat(MAX_FRONT_MATTER_BYTES));
        assert!(matches!(split(&huge).0, FrontMatter::TooLarge { .. }));
        // Stars in text are not aliases.
        let text = "---\ntitle: \"*a* *b* *c*\"\nnote: '*d*' # *e*\nx: 2*3\n---\n";
        assert_eq!(aliases(&text[4..]).count(), 0);
    }

    #[test]
    fn a_control_character_is_found_where_it_is() {
        let text = "---\ntitle: T\norganization: a\u{7}b\n---\n";
        let FrontMatter::Invalid { offset, message } = split(text).0 else {
            panic!()
        };
        assert_eq!(offset, text.find('\u{7}').unwrap(), "{message}");
        assert!(!message.contains("position"), "{message}");
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
