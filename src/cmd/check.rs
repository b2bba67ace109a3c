//! `check PATH...`: run the rules over reports and folders of reports.

use std::collections::HashSet;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Result;

use crate::check::output::{self, Languages, Style, Totals};
use crate::check::{CheckOptions, Checker, FileResult, unreadable_path};
use crate::cli::{CheckArgs, CheckFormat, CheckLang, Deny};
use crate::guidance::Guidance;
use crate::lang::Lang;
use crate::walk::{Found, find_reports, require_existing};

pub(super) fn run(guidance: &Guidance, args: CheckArgs, default: Lang) -> Result<ExitCode> {
    let options = options(&args)?;
    require_existing(&args.paths)?;
    let results = check_paths(guidance, &options, &args.paths);
    let langs = Languages {
        default,
        per_report: args.lang == Some(CheckLang::Report),
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
    let colour = args.format == CheckFormat::Human
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut output = output::for_format(args.format, langs, Style::new(colour));
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut totals = Totals::default();
    for result in &results {
        totals.add(result);
        output.report(&mut out, result)?;
    }
    output.finish(&mut out, &totals)?;
    out.flush()?;
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
