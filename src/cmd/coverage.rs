//! `coverage PATH...`: what a set of reports covers.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{CoverageArgs, CoverageFormat, NamedByExtension};
use crate::coverage::{self, output};
use crate::fsutil::refuse_input;
use crate::fsutil::{Overwrite, write_atomic};
use crate::guidance::Guidance;
use crate::lang::Lang;
use crate::walk::{Found, find_reports, require_existing};
use crate::{fail, msg};

pub(super) fn run(guidance: &Guidance, args: CoverageArgs, lang: Lang) -> Result<ExitCode> {
    require_existing(&args.paths)?;
    let format = match (args.format, &args.output) {
        (Some(format), _) => format,
        (None, Some(out)) => CoverageFormat::of(out)?,
        (None, None) => CoverageFormat::Table,
    };
    if args.wide && format != CoverageFormat::Csv {
        return Err(fail!("coverage-wide"));
    }
    if format == CoverageFormat::Xlsx && args.output.is_none() {
        return Err(fail!("coverage-xlsx-needs-output"));
    }
    // Templates are parsed before the reports are read, so a broken one fails fast.
    let tera = match format {
        CoverageFormat::Html => Some(crate::templates::load(args.templates.dir.as_deref())?),
        _ => None,
    };
    let found = find_reports(&args.paths);
    if let Some(out) = &args.output {
        refuse_input(out, found.iter().filter_map(Found::file))?;
    }
    let model = coverage::collect(guidance, &found, lang);
    let bytes = match format {
        CoverageFormat::Table => output::table(&model).into_bytes(),
        CoverageFormat::Csv if args.wide => output::csv_wide(&model).into_bytes(),
        CoverageFormat::Csv => output::csv_tidy(&model).into_bytes(),
        CoverageFormat::Json => (serde_json::to_string_pretty(&model)? + "\n").into_bytes(),
        CoverageFormat::Md => output::markdown(&model, guidance).into_bytes(),
        CoverageFormat::Xlsx => coverage::xlsx::workbook(&model, guidance)
            .map_err(|e| fail!("coverage-xlsx-failed", reason = e.to_string()))?,
        CoverageFormat::Html => {
            let out_dir = args.output.as_deref().map(|o| {
                o.parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .unwrap_or(Path::new("."))
            });
            let tera = tera.as_ref().ok_or_else(|| {
                fail!(
                    "template-error",
                    name = "coverage/page.html",
                    reason = "not loaded"
                )
            })?;
            coverage::html::page(
                &model,
                guidance,
                tera,
                coverage::html::Links::Files(out_dir),
            )
            .map_err(|e| fail!("template-error", name = "coverage/page.html", reason = e))?
            .into_bytes()
        }
    };
    match &args.output {
        Some(out) => {
            write_atomic(out, &bytes, Overwrite::Allow)?;
            eprintln!(
                "{}",
                msg!("cov-wrote", path = out.display().to_string()).text(lang)
            );
        }
        None => std::io::stdout().lock().write_all(&bytes)?,
    }
    Ok(ExitCode::SUCCESS)
}
