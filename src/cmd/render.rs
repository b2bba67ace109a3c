//! `render REPORT [-o OUT] [--to html|pdf]` and `render FOLDER --out-dir DIR`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use crate::check::{CheckOptions, Checker};
use crate::cli::{RenderArgs, RenderFormat, message_lang};
use crate::diagnostic::Severity;
use crate::fsutil::{Overwrite, write_atomic};
use crate::guidance::Guidance;
use crate::lang::Lang;
use crate::render::{IndexRow, RenderOptions, Renderer, Summary, pdf};
use crate::walk::{Found, find_reports, require_existing};
use crate::{fail, msg};

pub(super) fn run(guidance: &Guidance, args: RenderArgs) -> Result<ExitCode> {
    let lang = message_lang(args.lang);
    require_existing(std::slice::from_ref(&args.input))?;
    let format = match (args.to, &args.output) {
        (Some(format), _) => format,
        (None, Some(out)) => format_of(out)?,
        (None, None) => RenderFormat::Html,
    };
    let tera = crate::templates::load(args.templates.as_deref())?;
    let renderer = Renderer::new(
        guidance,
        tera,
        RenderOptions {
            number_paragraphs: args.number_paragraphs,
        },
    );
    let checker = Checker::new(guidance, CheckOptions::default());
    let browser = match format {
        RenderFormat::Pdf => Some(pdf::find_browser(args.browser.as_deref())?),
        RenderFormat::Html => None,
    };
    let job = Job {
        renderer: &renderer,
        checker: &checker,
        format,
        browser: browser.as_deref(),
        lang,
    };
    if args.input.is_dir() {
        let Some(out_dir) = &args.out_dir else {
            return Err(fail!(
                "render-needs-out-dir",
                path = args.input.display().to_string()
            ));
        };
        return job.batch(&args.input, out_dir);
    }
    let named = args.input.with_extension(extension(format));
    let out = match (&args.output, &args.out_dir) {
        (Some(out), _) => out.clone(),
        (None, Some(dir)) => dir.join(named.file_name().unwrap_or_default()),
        (None, None) => named,
    };
    if same_file(&out, &args.input) {
        return Err(fail!("render-same-file", path = out.display().to_string()));
    }
    if let Some(dir) = args.out_dir.as_deref() {
        crate::fsutil::create_dir_all(dir)?;
    }
    // The reason is already in the reader's language.
    job.one(&args.input, &out).map_err(anyhow::Error::msg)?;
    eprintln!(
        "{}",
        msg!("render-wrote", path = out.display().to_string()).text(lang)
    );
    Ok(ExitCode::SUCCESS)
}

/// What every report of a run is rendered with.
struct Job<'a> {
    renderer: &'a Renderer<'a>,
    checker: &'a Checker<'a>,
    format: RenderFormat,
    browser: Option<&'a Path>,
    lang: Lang,
}

impl Job<'_> {
    /// Renders one report; a report that cannot be read at all is an error and writes
    /// nothing. What the index shows about it, and its errors in `check`, on success.
    fn one(&self, input: &Path, out: &Path) -> Result<(Summary, usize), String> {
        let lang = self.lang;
        let path = input.display().to_string();
        let (result, report) = self.checker.check_file(input);
        let Some(report) = report else {
            return Err(msg!(
                "render-unreadable",
                path = path,
                reason = result.reason(lang)
            )
            .text(lang));
        };
        let errors = result.count(Severity::Error);
        let warnings = result.count(Severity::Warning);
        if errors + warnings > 0 {
            eprintln!(
                "{}",
                msg!(
                    "render-check-warning",
                    path = path,
                    errors = errors,
                    warnings = warnings
                )
                .text(lang)
            );
        }
        let (html, warnings) = self.renderer.html(&report, input)?;
        for warning in warnings {
            eprintln!("{}", warning.text(lang));
        }
        match (self.format, self.browser) {
            (RenderFormat::Pdf, Some(browser)) => {
                if Renderer::lang_of(&report) == Lang::Ar
                    && pdf::arabic_font_installed() == Some(false)
                {
                    eprintln!("{}", msg!("render-no-arabic-font").text(lang));
                }
                pdf::print(browser, &html, out).map_err(|e| format!("{e:#}"))?;
            }
            _ => write_atomic(out, html.as_bytes(), Overwrite::Allow)
                .map_err(|e| format!("{e:#}"))?,
        }
        Ok((self.renderer.summary(&report, input, lang), errors))
    }

    /// Renders every report of a folder into `out_dir`, with an index; one bad report
    /// does not stop the others.
    fn batch(&self, input: &Path, out_dir: &Path) -> Result<ExitCode> {
        let lang = self.lang;
        crate::fsutil::create_dir_all(out_dir)?;
        let out_canonical = out_dir
            .canonicalize()
            .unwrap_or_else(|_| out_dir.to_path_buf());
        let found: Vec<PathBuf> = find_reports(&[input.to_path_buf()])
            .into_iter()
            .filter_map(|f| match f {
                Found::File(path) => Some(path),
                Found::Problem(path, problem) => {
                    eprintln!(
                        "{}",
                        msg!(
                            "render-failed",
                            path = path.display().to_string(),
                            reason = problem.text(lang)
                        )
                        .text(lang)
                    );
                    None
                }
            })
            // Reports already rendered into a folder inside the input are not read again.
            .filter(|path| {
                !path
                    .canonicalize()
                    .is_ok_and(|p| p.starts_with(&out_canonical))
            })
            .collect();
        let work = |path: &PathBuf| {
            let relative = path
                .strip_prefix(input)
                .unwrap_or(path)
                .with_extension(extension(self.format));
            let out = out_dir.join(&relative);
            let result = match out.parent().map(crate::fsutil::create_dir_all) {
                Some(Err(e)) => Err(e.to_string()),
                _ => self.one(path, &out),
            };
            (path.clone(), relative, result)
        };
        // The browser uses both cores for one print; HTML pages are cheap enough to render in parallel.
        let results: Vec<_> = match self.format {
            RenderFormat::Html => crate::par::map(&found, work),
            RenderFormat::Pdf => found.iter().map(work).collect(),
        };
        let mut rows = Vec::new();
        let mut failures = Vec::new();
        for (path, relative, result) in results {
            rows.push(match result {
                Ok((summary, errors)) => IndexRow {
                    href: Some(relative.to_string_lossy().replace('\\', "/")),
                    status: match errors {
                        0 => msg!("render-status-ok").plain(lang),
                        n => msg!("render-status-errors", errors = n).plain(lang),
                    },
                    summary,
                    failed: false,
                },
                Err(reason) => {
                    failures.push(
                        msg!(
                            "render-failed",
                            path = path.display().to_string(),
                            reason = reason
                        )
                        .text(lang),
                    );
                    IndexRow {
                        href: None,
                        summary: Summary {
                            title: path.display().to_string(),
                            ..Summary::default()
                        },
                        status: msg!("render-status-failed").plain(lang),
                        failed: true,
                    }
                }
            });
        }
        let index = self
            .renderer
            .index(&rows, lang)
            .map_err(|e| fail!("template-error", name = "render/index.html", reason = e))?;
        let index_path = out_dir.join("index.html");
        write_atomic(&index_path, index.as_bytes(), Overwrite::Allow)?;
        for failure in &failures {
            eprintln!("{failure}");
        }
        let summary = msg!(
            "render-batch-summary",
            rendered = rows.len() - failures.len(),
            reports = rows.len(),
            index = index_path.display().to_string()
        );
        eprintln!("{}", summary.text(lang));
        Ok(if failures.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        })
    }
}

fn extension(format: RenderFormat) -> &'static str {
    match format {
        RenderFormat::Html => "html",
        RenderFormat::Pdf => "pdf",
    }
}

fn format_of(out: &Path) -> Result<RenderFormat> {
    match out
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("html" | "htm") => Ok(RenderFormat::Html),
        Some("pdf") => Ok(RenderFormat::Pdf),
        _ => Err(fail!(
            "render-format-unknown",
            path = out.display().to_string()
        )),
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
