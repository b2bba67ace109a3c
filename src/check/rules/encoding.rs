//! `encoding`: a file that is not UTF-8 text, binary, or empty. Found while decoding the
//! file (`Report::decode`), before there is a report.

use super::Rule;
use crate::diagnostic::Severity;

/// `encoding`.
pub const RULE: Rule = Rule {
    id: "encoding",
    summary: "rule-encoding",
    severity: Severity::Error,
    recommended: Severity::Error,
    final_error: false,
    fails: "",
    passes: "",
    check: None,
};
