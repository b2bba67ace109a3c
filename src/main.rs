use std::process::ExitCode;

use clap::Parser;
use parallel_review::cli::Cli;
use parallel_review::{Failure, GuidanceError, Lang, Msg};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = cli.lang();
    match parallel_review::cmd::run(cli) {
        Ok(code) => code,
        // A reader that stops early (`| head`) is not an error worth a message.
        Err(error) if broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            report(&error, lang);
            ExitCode::from(parallel_review::EXIT_FAILURE)
        }
    }
}

/// Prints an error and its causes in the reader's language, with a help line when the
/// catalogue has one.
fn report(error: &anyhow::Error, lang: Lang) {
    let mut help = None;
    for (i, cause) in error.chain().enumerate() {
        let text = if let Some(Failure(msg)) = cause.downcast_ref::<Failure>() {
            help = help.or_else(|| msg.help(lang));
            msg.text(lang)
        } else if let Some(e) = cause.downcast_ref::<GuidanceError>() {
            e.msg(lang).text(lang)
        } else {
            cause.to_string()
        };
        if i == 0 {
            eprintln!(
                "{}{} {text}",
                Msg::new("error-label").text(lang),
                lang.colon()
            );
        } else {
            eprintln!(
                "  {}{} {text}",
                Msg::new("caused-by").text(lang),
                lang.colon()
            );
        }
    }
    if let Some(help) = help {
        eprintln!(
            "  {}{} {help}",
            Msg::new("help-label").text(lang),
            lang.colon()
        );
    }
}

fn broken_pipe(error: &anyhow::Error) -> bool {
    error
        .chain()
        .filter_map(|e| e.downcast_ref::<std::io::Error>())
        .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}
