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
    let found = find_reports(&args.paths);
    let langs = Languages {
        default,
        per_report: args.lang == Some(CheckLang::Report),
    };
    if found.is_empty() {
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
    let checker = Checker::new(guidance, options);
    // Reports are checked a batch at a time on every core and written as each batch ends:
    // memory holds one batch's findings, however many reports there are.
    for batch in found.chunks(REPORTS_PER_BATCH) {
        for result in check_found(&checker, batch) {
            totals.add(&result);
            output.report(&mut out, &result)?;
        }
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

/// Reports checked in parallel before their findings are written.
const REPORTS_PER_BATCH: usize = 256;

/// Checks found reports on every core; results in the order found.
fn check_found(checker: &Checker, found: &[Found]) -> Vec<FileResult> {
    crate::par::map(found, |found| match found {
        Found::File(path) => checker.check_file(path).0,
        Found::Problem(path, problem) => unreadable_path(path, problem.clone()),
    })
}
