//! One function per command: resolve the arguments, call the library, report.

mod check;
mod coverage;
mod guidance;
mod new;
mod render;
mod rules;
mod templates;

use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{Cli, Command};
use crate::guidance::Guidance;

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::New(args) => new::run(&load_guidance(&cli.guidance)?, args),
        Command::Guidance(args) => {
            guidance::run(&cli.guidance, &load_guidance(&cli.guidance)?, args)
        }
        Command::Check(args) => check::run(&load_guidance(&cli.guidance)?, args),
        Command::Rules(args) => rules::run(args),
        Command::Render(args) => render::run(&load_guidance(&cli.guidance)?, args),
        Command::Coverage(args) => coverage::run(&load_guidance(&cli.guidance)?, args),
        Command::Templates(args) => templates::run(args),
    }
}

/// The user's guidance file, or the built-in one.
fn load_guidance(path: &Option<std::path::PathBuf>) -> Result<Guidance> {
    Ok(match path {
        Some(path) => Guidance::from_file(path)?,
        None => Guidance::builtin()?,
    })
}
