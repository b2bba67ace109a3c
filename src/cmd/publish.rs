//! `publish SUBMISSIONS --out SITE`.

use std::process::ExitCode;

use anyhow::Result;
use serde::Deserialize;

use crate::cli::PublishArgs;
use crate::guidance::Guidance;
use crate::lang::Lang;
use crate::publish::{SiteOptions, build};
use crate::render::{RenderOptions, Renderer, pdf};
use crate::{fail, msg};

/// `site.yaml` in the submissions folder.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct SiteFile {
    title: Option<String>,
    introduction: Option<String>,
}

/// The name of the site's settings file in the submissions folder.
const SITE_FILE: &str = "site.yaml";

pub(super) fn run(guidance: &Guidance, args: PublishArgs, lang: Lang) -> Result<ExitCode> {
    crate::walk::require_existing(std::slice::from_ref(&args.input))?;
    if !args.input.is_dir() {
        return Err(fail!(
            "publish-needs-folder",
            path = args.input.display().to_string()
        ));
    }
    if args.out.starts_with(&args.input) || args.input.starts_with(&args.out) {
        return Err(fail!(
            "publish-inside",
            path = args.out.display().to_string()
        ));
    }
    let settings = read_site_file(&args.input.join(SITE_FILE))?;
    let tera = crate::templates::load(args.templates.dir.as_deref())?;
    let renderer = Renderer::new(guidance, tera.clone(), RenderOptions::default());
    let printer = match args.pdf {
        true => Some(pdf::Printer::new(pdf::find_browser(
            args.browser.as_deref(),
        )?)),
        false => None,
    };
    let options = SiteOptions {
        lang,
        title: args
            .title
            .or(settings.title)
            .unwrap_or_else(|| msg!("site-title-default").plain(lang)),
        introduction: args.intro.or(settings.introduction).unwrap_or_default(),
        only_complete: args.only_complete,
        printer: printer.as_ref(),
        reuse: args.templates.dir.is_none(),
    };
    let published = build(guidance, &renderer, &tera, &args.input, &args.out, &options)?;
    for (path, reason) in &published.unpublished {
        eprintln!(
            "{}",
            msg!(
                "publish-skipped",
                path = path.as_str(),
                reason = reason.as_str()
            )
            .text(lang)
        );
    }
    eprintln!(
        "{}",
        msg!(
            "publish-done",
            reports = published.reports,
            rendered = published.rendered,
            written = published.written,
            home = published.home.display().to_string()
        )
        .text(lang)
    );
    Ok(ExitCode::SUCCESS)
}

/// The site's settings, if the submissions folder has them.
fn read_site_file(path: &std::path::Path) -> Result<SiteFile> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Ok(SiteFile::default());
    };
    serde_yaml::from_str(&text).map_err(|e| {
        let line = e.location().map_or(0, |l| l.line());
        fail!(
            "publish-site-file",
            path = path.display().to_string(),
            line = line,
            reason = e.to_string()
        )
    })
}
