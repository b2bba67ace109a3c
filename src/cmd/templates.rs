//! `templates export DIR`.

use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{TemplatesAction, TemplatesArgs};
use crate::lang::Lang;
use crate::msg;

pub(super) fn run(args: TemplatesArgs, lang: Lang) -> Result<ExitCode> {
    match args.action {
        TemplatesAction::Export { dir, force } => {
            for path in crate::templates::export(&dir, force)? {
                eprintln!(
                    "{}",
                    msg!("templates-wrote", path = path.display().to_string()).text(lang)
                );
            }
            eprintln!(
                "{}",
                msg!("templates-next", path = dir.display().to_string()).text(lang)
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
