//! `render REPORT [-o OUT] [--to html|pdf]` and `render FOLDER --out-dir DIR`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use crate::check::{CheckOptions, Checker};
use crate::cli::{NamedByExtension, RenderArgs, RenderFormat};
use crate::diagnostic::Severity;
use crate::fsutil::{Overwrite, write_atomic, write_atomic_batched};
use crate::guidance::Guidance;
use crate::lang::Lang;
use crate::render::{IndexRow, RenderOptions, Renderer, Summary, pdf};
use crate::walk::{Found, find_reports, require_existing};
use crate::{fail, msg};

pub(super) fn run(guidance: &Guidance, args: RenderArgs, lang: Lang) -> Result<ExitCode> {
    require_existing(std::slice::from_ref(&args.input))?;
    let format = match (args.to, &args.output) {
        (Some(format), Some(out)) => match RenderFormat::of(out) {
            Ok(named) if named != format => {
                return Err(fail!(
                    "render-format-conflict",
                    path = out.display().to_string(),
                    format = format.extension()
                ));
            }
            _ => format,
        },
        (Some(format), None) => format,
        (None, Some(out)) => RenderFormat::of(out)?,
        (None, None) => RenderFormat::Html,
    };
    let tera = crate::templates::load(args.templates.dir.as_deref())?;
    let renderer = Renderer::new(
        guidance,
        tera,
        RenderOptions {
            number_paragraphs: args.number_paragraphs,
            section_breaks: args.section_breaks,
        },
    );
    let checker = Checker::new(guidance, CheckOptions::default());
    let printer = match format {
        RenderFormat::Pdf => Some(pdf::Printer::new(pdf::find_browser(
            args.browser.as_deref(),
        )?)),
        RenderFormat::Html | RenderFormat::Docx => None,
    };
    let job = Job {
        renderer: &renderer,
        checker: &checker,
        format,
        printer: printer.as_ref(),
        lang,
        durable_each: !args.input.is_dir(),
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
    let named = args.input.with_extension(format.extension());
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

/// Pages printed at once for each core.
const PRINTS_PER_CORE: usize = 2;

/// What every report of a run is rendered with.
struct Job<'a> {
    renderer: &'a Renderer<'a>,
    checker: &'a Checker<'a>,
    format: RenderFormat,
    /// Prints every PDF of the run with one browser.
    printer: Option<&'a pdf::Printer>,
    lang: Lang,
    /// Each page is made durable as it is written, rather than the batch at its end.
    durable_each: bool,
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
        if self.format == RenderFormat::Docx {
            let (bytes, warnings) = self.renderer.docx(&report, input)?;
            for warning in &warnings {
                eprintln!("{}", warning.text(lang));
            }
            self.write(out, &bytes)?;
            return Ok((self.renderer.summary(&report, input, lang), errors));
        }
        let page = self.renderer.html(&report, input)?;
        for warning in &page.warnings {
            eprintln!("{}", warning.text(lang));
        }
        match (self.format, self.printer) {
            (RenderFormat::Pdf, Some(printer)) => {
                if Renderer::lang_of(&report) == Lang::Ar
                    && pdf::arabic_font_installed() == Some(false)
                {
                    eprintln!("{}", msg!("render-no-arabic-font").text(lang));
                }
                let bytes = printer.print(&page).map_err(|e| format!("{e:#}"))?;
                write_atomic(out, &bytes, Overwrite::Allow).map_err(|e| format!("{e:#}"))?;
            }
            _ => self.write(out, page.html.as_bytes())?,
        }
        Ok((self.renderer.summary(&report, input, lang), errors))
    }

    /// Writes an output: made durable at once for a single report, at the end for a batch.
    fn write(&self, out: &Path, bytes: &[u8]) -> Result<(), String> {
        let written = if self.durable_each {
            write_atomic(out, bytes, Overwrite::Allow)
        } else {
            write_atomic_batched(out, bytes, Overwrite::Allow)
        };
        written.map_err(|e| format!("{e:#}"))
    }

    /// Renders every report of a folder into `out_dir`, with an index; one bad report
    /// does not stop the others, and every one that fails counts in the totals.
    fn batch(&self, input: &Path, out_dir: &Path) -> Result<ExitCode> {
        let lang = self.lang;
        crate::fsutil::create_dir_all(out_dir)?;
        let mut names = OutputNames::new(self.format.extension());
        let mut jobs = Vec::new();
        let mut problems = Vec::new();
        for found in find_reports(&[input.to_path_buf()]) {
            match found {
                Found::File(path) => {
                    let relative = names.claim(path.strip_prefix(input).unwrap_or(&path));
                    jobs.push((path, relative));
                }
                Found::Problem(path, problem) => problems.push((path, problem.text(lang))),
            }
        }
        let work = |(path, relative): &(PathBuf, PathBuf)| {
            let out = out_dir.join(relative);
            match out.parent().map(crate::fsutil::create_dir_all) {
                Some(Err(e)) => Err(e.to_string()),
                _ => self.one(path, &out),
            }
        };
        let results: Vec<_> = match self.format {
            RenderFormat::Html | RenderFormat::Docx => crate::par::map(&jobs, work),
            // Printing waits on the browser as much as it works: more pages at once than
            // there are cores keep them busy.
            RenderFormat::Pdf => {
                let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
                crate::par::map_on(PRINTS_PER_CORE * cores, &jobs, work)
            }
        };
        let mut rows = Vec::new();
        let mut failures = Vec::new();
        let outcomes = jobs
            .into_iter()
            .zip(results)
            .map(|((path, relative), result)| (path, result.map(|r| (r, relative))))
            .chain(
                problems
                    .into_iter()
                    .map(|(path, reason)| (path, Err(reason))),
            );
        for (path, result) in outcomes {
            rows.push(match result {
                Ok(((summary, errors), relative)) => IndexRow {
                    href: Some(crate::links::percent_encode(
                        &relative.to_string_lossy().replace('\\', "/"),
                    )),
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
        let index_path = out_dir.join(INDEX);
        write_atomic_batched(&index_path, index.as_bytes(), Overwrite::Allow)?;
        // The pages and the index are made durable together: one sync for the batch.
        crate::fsutil::sync_folder(out_dir)?;
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
            ExitCode::from(crate::exit::FOUND)
        })
    }
}

/// The index page of a batch.
const INDEX: &str = "index.html";

/// The output file of each report of a batch, one per report: `a.md` gives `a.html`, and
/// when that name is taken (by the index, or by `a.markdown` before it), the source's
/// extension is kept (`index.md.html`, `a.markdown.html`), then a number is added.
struct OutputNames {
    extension: &'static str,
    /// Names taken, in lower case: two names that differ only in case are one file on
    /// some file systems.
    taken: std::collections::HashSet<String>,
}

impl OutputNames {
    fn new(extension: &'static str) -> OutputNames {
        OutputNames {
            extension,
            taken: std::iter::once(INDEX.to_string()).collect(),
        }
    }

    fn claim(&mut self, relative: &Path) -> PathBuf {
        let appended = |suffix: &str| {
            let mut name = relative.as_os_str().to_owned();
            name.push(format!("{suffix}.{}", self.extension));
            PathBuf::from(name)
        };
        let mut candidate = relative.with_extension(self.extension);
        let mut tries = 1;
        while !self
            .taken
            .insert(candidate.to_string_lossy().to_lowercase())
        {
            candidate = match tries {
                1 => appended(""),
                n => appended(&format!("-{n}")),
            };
            tries += 1;
        }
        candidate
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
