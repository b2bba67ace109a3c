use std::process::ExitCode;

use clap::Parser;
use parallel_review::cli::Cli;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match parallel_review::cmd::run(cli) {
        Ok(code) => code,
        // A reader that stops early (`| head`) is not an error worth a message.
        Err(error)
            if error
                .chain()
                .filter_map(|e| e.downcast_ref::<std::io::Error>())
                .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            for cause in error.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::from(parallel_review::cmd::EXIT_FAILURE)
        }
    }
}
