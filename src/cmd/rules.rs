//! `rules`: the rules `check` applies.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use crate::check::RULES;
use crate::cli::{RulesArgs, message_lang};
use crate::messages::Msg;

pub(super) fn run(args: RulesArgs) -> Result<ExitCode> {
    let lang = message_lang(args.lang);
    let width = RULES.iter().map(|r| r.id.len()).max().unwrap_or_default();
    // Written with errors returned, not printed with a panic: `rules | head -1` closes
    // the pipe early, which is no failure.
    let mut out = std::io::stdout().lock();
    for rule in RULES {
        writeln!(
            out,
            "{:width$}  {:7}  {}",
            rule.id,
            rule.severity.as_str(),
            Msg::new(rule.summary).text(lang)
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
