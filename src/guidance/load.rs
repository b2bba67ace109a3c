//! Reading a guidance note: the embedded one or a user's file, checked strictly, with
//! errors that point at the file, line and column to fix.

use std::collections::HashSet;
use std::fmt;
use std::path::Path;

use super::Guidance;
use crate::fsutil::{FileKind, ReadError};
use crate::lang::Lang;
use crate::messages::Msg;
use crate::msg;

/// Guidance files larger than this are refused before parsing: a real one is ~50 KB.
pub const MAX_GUIDANCE_BYTES: u64 = 4 * 1024 * 1024;

/// Number of objectives in the compact.
pub const OBJECTIVE_COUNT: u8 = 23;

/// A guidance note that cannot be used, and where the problem is.
#[derive(Debug, Clone, PartialEq)]
pub struct GuidanceError {
    /// The file, as the user named it.
    pub path: String,
    /// 1-based line, where known.
    pub line: Option<usize>,
    /// 1-based column, where known.
    pub column: Option<usize>,
    /// What is wrong.
    pub detail: Msg,
}

impl GuidanceError {
    fn new(path: &str, detail: Msg) -> GuidanceError {
        GuidanceError {
            path: path.into(),
            line: None,
            column: None,
            detail,
        }
    }

    /// The whole message: file, position and what is wrong.
    pub fn msg(&self, lang: Lang) -> Msg {
        let detail = self.detail.text(lang);
        let path = self.path.as_str();
        match (self.line, self.column) {
            (Some(line), Some(column)) => msg!(
                "guidance-invalid-line-column",
                path = path,
                line = line,
                column = column,
                detail = detail
            ),
            (Some(line), None) => msg!(
                "guidance-invalid-line",
                path = path,
                line = line,
                detail = detail
            ),
            _ => msg!("guidance-invalid", path = path, detail = detail),
        }
    }
}

impl fmt::Display for GuidanceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg(Lang::En).text(Lang::En))
    }
}

impl std::error::Error for GuidanceError {}

impl Guidance {
    /// Reads and checks a guidance file.
    pub fn from_file(path: &Path) -> Result<Guidance, GuidanceError> {
        let name = path.display().to_string();
        let fail = |detail: Msg| GuidanceError::new(&name, detail);
        let bytes = crate::fsutil::read_capped(path, MAX_GUIDANCE_BYTES).map_err(|e| match e {
            ReadError::NotAFile(FileKind::Folder) => fail(msg!("guidance-folder")),
            ReadError::NotAFile(kind) => fail(msg!("not-a-file", kind = kind.as_str())),
            ReadError::TooLarge(bytes) => fail(msg!(
                "guidance-too-large",
                bytes = bytes as i64,
                limit = MAX_GUIDANCE_BYTES as i64
            )),
            ReadError::Io(e) => fail(msg!("guidance-unreadable", reason = e.to_string())),
        })?;
        let text = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => {
                let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
                let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
                return Err(GuidanceError {
                    line: Some(line),
                    ..fail(msg!("guidance-not-utf8"))
                });
            }
        };
        Guidance::from_yaml(&text, &name)
    }

    /// Parses and checks a guidance note; `name` is used in error messages.
    pub fn from_yaml(text: &str, name: &str) -> Result<Guidance, GuidanceError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return Err(GuidanceError::new(name, msg!("guidance-empty")));
        }
        let guidance: Guidance = serde_yaml::from_str(text).map_err(|e| {
            let location = e.location();
            GuidanceError {
                path: name.into(),
                line: location.as_ref().map(|l| l.line()),
                column: location.as_ref().map(|l| l.column()),
                // The parser's own words: it speaks only English.
                detail: msg!("guidance-yaml", reason = strip_location(&e.to_string())),
            }
        })?;
        guidance.validate(text, name)?;
        Ok(guidance)
    }

    /// Checks what the schema alone cannot: completeness and uniqueness.
    fn validate(&self, text: &str, name: &str) -> Result<(), GuidanceError> {
        let error = |detail: Msg, key: &str, value: &str| GuidanceError {
            line: line_of(text, key, value),
            ..GuidanceError::new(name, detail)
        };
        let mut seen = HashSet::new();
        for objective in &self.objectives {
            let n = objective.number;
            if !(1..=OBJECTIVE_COUNT).contains(&n) {
                return Err(error(
                    msg!("guidance-objective-range", number = n),
                    "number",
                    &n.to_string(),
                ));
            }
            if !seen.insert(n) {
                return Err(error(
                    msg!("guidance-objective-twice", number = n),
                    "number",
                    &n.to_string(),
                ));
            }
            if !self
                .round_tables
                .iter()
                .any(|r| r.number == objective.round_table)
            {
                return Err(error(
                    msg!(
                        "guidance-round-table",
                        number = n,
                        table = objective.round_table
                    ),
                    "round-table",
                    &objective.round_table.to_string(),
                ));
            }
        }
        if let Some(missing) = (1..=OBJECTIVE_COUNT).find(|n| !seen.contains(n)) {
            return Err(error(
                msg!("guidance-objective-missing", number = missing),
                "objectives",
                "",
            ));
        }
        let lists: [(Vec<&str>, &str, &'static str); 4] = [
            (
                self.principles.iter().map(|p| p.letter.as_str()).collect(),
                "principle",
                "letter",
            ),
            (
                self.stakeholders.iter().map(|s| s.id.as_str()).collect(),
                "stakeholder kind",
                "id",
            ),
            (
                self.fields.iter().map(|f| f.name.as_str()).collect(),
                "field",
                "name",
            ),
            (
                self.sections.iter().map(|s| s.id.as_str()).collect(),
                "section",
                "id",
            ),
        ];
        for (values, what, key) in lists {
            if let Some(value) = first_repeat(&values) {
                return Err(error(
                    msg!("guidance-twice", what = what, value = value),
                    key,
                    value,
                ));
            }
        }
        let roles: Vec<_> = self.sections.iter().filter_map(|s| s.role).collect();
        if let Some(role) = roles
            .iter()
            .find(|r| roles.iter().filter(|o| o == r).count() > 1)
        {
            let role = serde_yaml::to_string(role)
                .unwrap_or_default()
                .trim()
                .to_string();
            return Err(error(msg!("guidance-two-roles", role = role), "role", ""));
        }
        for section in &self.sections {
            if section.objective_prompts.is_some()
                && section.role != Some(super::SectionRole::Objectives)
            {
                return Err(error(
                    msg!("guidance-objective-prompts", section = &section.id),
                    "id",
                    &section.id,
                ));
            }
        }
        Ok(())
    }
}

/// The first value seen twice.
fn first_repeat<'a>(values: &[&'a str]) -> Option<&'a str> {
    let mut seen = HashSet::new();
    values.iter().find(|v| !seen.insert(**v)).copied()
}

/// Removes the "at line L column C" that serde_yaml writes into its messages: the position
/// is reported separately, and for front matter it must be shifted to the file's lines.
pub(crate) fn strip_location(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find(" at line ") {
        out.push_str(&rest[..i]);
        let tail = &rest[i + " at line ".len()..];
        let skip = tail
            .char_indices()
            .find(|(_, c)| !(c.is_ascii_digit() || *c == ' ' || "column".contains(*c)))
            .map_or(tail.len(), |(j, _)| j);
        rest = &tail[skip..];
    }
    out.push_str(rest);
    out
}

/// The line of the last `key: value` in the text (the second of a duplicate pair is the
/// one to fix), or of `key:` when `value` is empty.
fn line_of(text: &str, key: &str, value: &str) -> Option<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            let line = line.trim_start().trim_start_matches("- ");
            let Some(rest) = line.strip_prefix(key).and_then(|r| r.strip_prefix(':')) else {
                return false;
            };
            value.is_empty() || rest.trim().trim_matches(['"', '\'']) == value
        })
        .map(|(i, _)| i + 1)
        .last()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_guidance_loads_and_is_complete() {
        let g = Guidance::builtin().expect("built-in guidance");
        assert_eq!(g.objectives.len(), 23);
        assert_eq!(g.principles.len(), 10);
        assert_eq!(g.stakeholders.len(), 16);
        assert!(g.objectives_section().is_some());
        for o in &g.objectives {
            assert!(
                !o.title.ar.status.is_official(),
                "Arabic titles are working translations"
            );
            assert!(o.title.en.status.is_official());
        }
    }

    #[test]
    fn unknown_key_is_reported_with_line_and_column() {
        let text = super::super::BUILTIN_YAML.replacen("version: 1", "version: 1\nversoin: 2", 1);
        let e = Guidance::from_yaml(&text, "g.yaml").unwrap_err();
        assert!(e.to_string().contains("unknown field `versoin`"), "{e}");
        let line = text.lines().position(|l| l.starts_with("versoin")).unwrap() + 1;
        assert_eq!(e.line, Some(line));
        assert_eq!(e.column, Some(1));
    }

    #[test]
    fn duplicate_objective_points_at_the_second_one() {
        let twice = "- number: 1\n    round-table: 1";
        let text = super::super::BUILTIN_YAML.replacen("- number: 2\n    round-table: 1", twice, 1);
        let e = Guidance::from_yaml(&text, "g.yaml").unwrap_err();
        assert!(
            e.to_string().ends_with(": objective 1 is listed twice"),
            "{e}"
        );
        let second = text
            .find(twice)
            .map(|at| text[..at].matches('\n').count() + 1);
        assert_eq!(e.line, second);
    }

    #[test]
    fn empty_guidance_says_how_to_start() {
        let e = Guidance::from_yaml("  \n", "g.yaml").unwrap_err();
        assert!(e.to_string().contains("guidance export"));
    }
}
