//! `rules [RULE]`: the rules `check` applies, or one of them explained.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use crate::check::{RULES, Rule, rule_named};
use crate::cli::RulesArgs;
use crate::lang::Lang;
use crate::messages::Msg;
use crate::msg;

pub(super) fn run(args: RulesArgs, lang: Lang) -> Result<ExitCode> {
    // Written with errors returned, not printed with a panic: `rules | head -1` closes
    // the pipe early, which is no failure.
    let mut out = std::io::stdout().lock();
    match &args.rule {
        Some(id) => out.write_all(explain(rule_named(id)?, lang).as_bytes())?,
        None => {
            let width = RULES.iter().map(|r| r.id.len()).max().unwrap_or_default();
            for rule in RULES {
                writeln!(
                    out,
                    "{:width$}  {:7}  {}",
                    rule.id,
                    rule.severity.as_str(),
                    Msg::new(rule.summary).text(lang)
                )?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A rule explained, as `ruff rule` does: what it finds, how serious, why, and examples.
fn explain(rule: &Rule, lang: Lang) -> String {
    let summary = Msg::new(rule.summary);
    let severity = match rule.severity {
        crate::diagnostic::Severity::Error => msg!("severity-error"),
        crate::diagnostic::Severity::Warning => msg!("severity-warning"),
    }
    .text(lang);
    let mut severity = msg!("rules-severity", severity = severity).text(lang);
    if rule.final_error && rule.severity != crate::diagnostic::Severity::Error {
        severity.push_str(&format!(" ({})", msg!("rules-final-error").text(lang)));
    }
    let mut text = format!("{}\n\n{}\n{severity}\n", rule.id, summary.text(lang));
    if let Some(help) = summary.help(lang) {
        text.push_str(&format!("\n{help}\n"));
    }
    for (label, example) in [("rules-fails", rule.fails), ("rules-passes", rule.passes)] {
        if example.is_empty() {
            continue;
        }
        text.push_str(&format!("\n{}\n", Msg::new(label).text(lang)));
        for line in example.lines() {
            if !line.is_empty() {
                text.push_str("    ");
            }
            text.push_str(line);
            text.push('\n');
        }
    }
    text
}
