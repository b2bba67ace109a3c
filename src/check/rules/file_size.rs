//! `file-size`: a file too large to be a report, in bytes or in lines and Markdown marks.
//! Found while reading the file (`Report::decode`), before there is a report.

use super::Rule;
use crate::diagnostic::Severity;

/// `file-size`.
pub const RULE: Rule = Rule {
    id: "file-size",
    summary: "rule-file-size",
    severity: Severity::Error,
    recommended: Severity::Error,
    final_error: false,
    fails: "",
    passes: "",
    check: None,
};
