//! `unreadable`: a file or folder that cannot, or may not, be read. Found while walking
//! and reading (see `walk` and `fsutil::read_capped`), before there is a report.

use super::Rule;
use crate::diagnostic::Severity;

/// `unreadable`.
pub const RULE: Rule = Rule {
    id: "unreadable",
    summary: "rule-unreadable",
    severity: Severity::Error,
    recommended: Severity::Error,
    final_error: false,
    fails: "",
    passes: "",
    check: None,
};
