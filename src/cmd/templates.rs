//! `templates export DIR`.

use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{TemplatesAction, TemplatesArgs};

pub(super) fn run(args: TemplatesArgs) -> Result<ExitCode> {
    match args.action {
        TemplatesAction::Export { dir, force } => {
            for path in crate::templates::export(&dir, force)? {
                eprintln!("wrote {}", path.display());
            }
            eprintln!("edit them, then pass --templates {}", dir.display());
        }
    }
    Ok(ExitCode::SUCCESS)
}
