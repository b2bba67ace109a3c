//! One function per command: resolve the arguments, call the library, report.

mod check;
mod coverage;
mod guidance;
mod import;
mod new;
mod preview;
mod publish;
mod render;
mod rules;
mod shell;
mod templates;

use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{Cli, Command};
use crate::guidance::Guidance;

/// Runs a parsed command line. The language is resolved here, once, for every command:
/// `--lang`, else `PARALLEL_REVIEW_LANG`, else the locale, else English.
pub fn run(cli: Cli) -> Result<ExitCode> {
    let lang = cli.lang();
    match cli.command {
        Command::New(args) => new::run(&load_guidance(&cli.guidance)?, args, lang),
        Command::Import(args) => import::run(&load_guidance(&cli.guidance)?, args, lang),
        Command::Guidance(args) => {
            guidance::run(&cli.guidance, &load_guidance(&cli.guidance)?, args, lang)
        }
        Command::Check(args) => check::run(&load_guidance(&cli.guidance)?, args, lang),
        Command::Rules(args) => rules::run(args, lang),
        Command::Render(args) => render::run(&load_guidance(&cli.guidance)?, args, lang),
        Command::Preview(args) => preview::run(&load_guidance(&cli.guidance)?, args, lang),
        Command::Publish(args) => publish::run(&load_guidance(&cli.guidance)?, args, lang),
        Command::Coverage(args) => coverage::run(&load_guidance(&cli.guidance)?, args, lang),
        Command::Templates(args) => templates::run(args, lang),
        Command::Completions(args) => shell::completions(&args),
        Command::Man(args) => shell::man(&args),
    }
}

/// The user's guidance file, or the built-in one.
fn load_guidance(path: &Option<std::path::PathBuf>) -> Result<Guidance> {
    Ok(match path {
        Some(path) => Guidance::from_file(path)?,
        None => Guidance::builtin()?,
    })
}
