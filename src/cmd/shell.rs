//! `completions` and `man`: what a shell and `man` need, made from the command line's own
//! definition so that they never fall behind it.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs, ManArgs};

const BIN: &str = "parallel-review";

pub(super) fn completions(args: &CompletionsArgs) -> Result<ExitCode> {
    let mut command = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut command, BIN, &mut out);
    if args.shell == clap_complete::Shell::Bash {
        // clap_complete spells the states of a hyphenated name two ways in bash, so that no
        // option after a command ever completes (clap-rs/clap#6421): one spelling, the
        // dispatch loop's, for both.
        let text =
            String::from_utf8_lossy(&out).replace("parallel__subcmd__review", "parallel__review");
        out = text.into_bytes();
    }
    std::io::stdout().write_all(&out)?;
    Ok(ExitCode::SUCCESS)
}

pub(super) fn man(args: &ManArgs) -> Result<ExitCode> {
    let command = Cli::command();
    match &args.out_dir {
        Some(dir) => {
            crate::fsutil::create_dir_all(dir)?;
            clap_mangen::generate_to(command, dir)
                .with_context(|| format!("writing manual pages into {}", dir.display()))?;
        }
        None => {
            let mut out = Vec::new();
            clap_mangen::Man::new(command).render(&mut out)?;
            std::io::stdout().write_all(&out)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
