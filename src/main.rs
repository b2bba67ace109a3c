use std::process::ExitCode;

use clap::Parser;
use parallel_review::cli::Cli;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match parallel_review::cmd::run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error}");
            for cause in error.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::from(parallel_review::cmd::EXIT_FAILURE)
        }
    }
}
