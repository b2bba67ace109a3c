//! `check PATH...`: run the rules over reports and folders of reports.

use std::collections::HashSet;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Result;

use crate::check::{CheckOptions, Checker, FileResult, unreadable_path};
use crate::cli::{CheckArgs, CheckFormat, CheckLang, Deny};
use crate::emit::{self, Style, Totals};
use crate::guidance::Guidance;
use crate::lang::Lang;
use crate::walk::{Found, find_reports, require_existing};

pub(super) fn run(guidance: &Guidance, args: CheckArgs, default: Lang) -> Result<ExitCode> {
    let options = options(&args)?;
    require_existing(&args.paths)?;
    let results = check_paths(guidance, &options, &args.paths);
    let per_report = args.lang == Some(CheckLang::Report);
    let lang_of = |r: &FileResult| {
        if per_report {
            r.lang.unwrap_or(default)
        } else {
            default
        }
    };

    if results.is_empty() {
        let paths = args
            .paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        eprintln!(
            "{}",
            crate::msg!("check-none-found", paths = paths).text(default)
        );
    }
    let totals = Totals::of(&results);
    let mut stdout = std::io::stdout().lock();
    match args.format {
        CheckFormat::Human => {
            let colour = std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            for result in &results {
                stdout.write_all(emit::human(result, lang_of, Style::new(colour)).as_bytes())?;
            }
            writeln!(stdout, "{}", totals.line(default))?;
        }
        CheckFormat::Short => {
            for result in &results {
                stdout.write_all(emit::short(result, lang_of(result)).as_bytes())?;
            }
            writeln!(stdout, "{}", totals.line(default))?;
        }
        CheckFormat::Json => writeln!(
            stdout,
            "{}",
            serde_json::to_string_pretty(&emit::json(&results, lang_of))?
        )?,
        CheckFormat::Sarif => writeln!(
            stdout,
            "{}",
            serde_json::to_string_pretty(&emit::sarif(&results, lang_of, default))?
        )?,
    }
    Ok(if totals.errors > 0 {
        ExitCode::from(crate::exit::FOUND)
    } else {
        ExitCode::SUCCESS
    })
}

fn options(args: &CheckArgs) -> Result<CheckOptions> {
    let mut allow = HashSet::new();
    for id in &args.allow {
        crate::check::rule_named(id)?;
        allow.insert(id.clone());
    }
    Ok(CheckOptions {
        final_: args.final_,
        deny_warnings: args.deny == Some(Deny::Warnings),
        allow,
    })
}

/// Checks every report under the paths, on every core; results in a stable order.
pub(crate) fn check_paths(
    guidance: &Guidance,
    options: &CheckOptions,
    paths: &[std::path::PathBuf],
) -> Vec<FileResult> {
    let checker = Checker::new(guidance, options.clone());
    let found = find_reports(paths);
    crate::par::map(&found, |found| match found {
        Found::File(path) => checker.check_file(path).0,
        Found::Problem(path, problem) => unreadable_path(path, problem.clone()),
    })
}
