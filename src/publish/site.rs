//! Building the site: the submissions read and checked once, each report's files made
//! (in parallel, skipped when nothing they depend on changed), then the pages that bring
//! the reports together.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::Result;
use serde::Serialize;
use tera::{Context, Tera};

use super::manifest::{self, Made, Manifest, hash};
use crate::check::{CheckOptions, Checker, FileResult};
use crate::coverage::{self, ReportSummary, Status, Summarizer};
use crate::fsutil::{Overwrite, write_atomic_batched};
use crate::guidance::{Guidance, TextStatus};
use crate::lang::Lang;
use crate::links::{is_web, link_problem, percent_decode, percent_encode};
use crate::messages::Msg;
use crate::render::pdf::Printer;
use crate::render::{Download, Downloads, Renderer};
use crate::report::{HeadingKind, Meta, Report};
use crate::walk::{Found, find_reports};
use crate::{fail, msg};

/// How to publish.
pub struct SiteOptions<'a> {
    /// The language of the site's own pages.
    pub lang: Lang,
    /// The review's title on the home page.
    pub title: String,
    /// A paragraph introducing the review.
    pub introduction: String,
    /// Publish only reports with no error under `check --final`.
    pub only_complete: bool,
    /// Prints each report's page as a PDF, when PDFs are asked for.
    pub printer: Option<&'a Printer>,
    /// Whether unchanged reports may keep the files made last time (not with templates
    /// of one's own, which may have changed).
    pub reuse: bool,
}

/// What a run published.
#[derive(Debug)]
pub struct Published {
    /// Reports published.
    pub reports: usize,
    /// Files found that were not published, and why.
    pub unpublished: Vec<(String, String)>,
    /// Reports whose files were made again in this run.
    pub rendered: usize,
    /// Files written (changed or new) in this run.
    pub written: usize,
    /// The home page.
    pub home: PathBuf,
}

/// One submission, read and checked.
struct Entry {
    path: PathBuf,
    /// Its path in the submissions, `/`-separated.
    relative: String,
    result: Option<FileResult>,
    report: Option<Report>,
    /// Why it is not published.
    refused: Option<String>,
    /// What the front matter of a published report says.
    meta: Option<Meta>,
    /// The files inside its folder that a published report links to.
    attachments: Vec<(String, PathBuf)>,
    /// Its page in the site, relative to the site.
    page: String,
}

/// Writes files into the site, each only when its bytes differ from what is there, and
/// remembers every file the site holds.
struct Writer<'a> {
    out: &'a Path,
    files: Mutex<BTreeSet<String>>,
    written: Mutex<usize>,
}

impl Writer<'_> {
    fn put(&self, relative: &str, bytes: &[u8]) -> Result<()> {
        let path = self.out.join(relative);
        if let Some(parent) = path.parent() {
            crate::fsutil::create_dir_all(parent)?;
        }
        let same = std::fs::read(&path).is_ok_and(|old| old == bytes);
        if !same {
            write_atomic_batched(&path, bytes, Overwrite::Allow)?;
            *self.written.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        }
        self.keep(relative);
        Ok(())
    }

    /// A file made by an earlier run that still belongs to the site.
    fn keep(&self, relative: &str) {
        self.files
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(relative.to_string());
    }
}

/// Publishes the reports under `root` into the site at `out`.
pub fn build(
    guidance: &Guidance,
    renderer: &Renderer,
    tera: &Tera,
    root: &Path,
    out: &Path,
    options: &SiteOptions,
) -> Result<Published> {
    let lang = options.lang;
    let old = Manifest::read(out)
        .map_err(|()| fail!("publish-not-a-site", path = out.display().to_string()))?
        .filter(|m| m.version == env!("CARGO_PKG_VERSION"))
        .unwrap_or_default();
    crate::fsutil::create_dir_all(out)?;
    let writer = Writer {
        out,
        files: Mutex::new(BTreeSet::new()),
        written: Mutex::new(0),
    };

    let checker = Checker::new(guidance, CheckOptions::default()).keeping_prose();
    let found = find_reports(&[root.to_path_buf()]);
    let mut entries = crate::par::map(&found, |found| {
        read(found, root, guidance, &checker, options)
    });
    entries.sort_by(|a, b| a.relative.cmp(&b.relative));
    // A file a published report links to is its attachment, not a report left out.
    let linked: BTreeSet<PathBuf> = entries
        .iter()
        .flat_map(|e| &e.attachments)
        .filter_map(|(_, path)| path.canonicalize().ok())
        .collect();
    entries.retain(|e| {
        e.result.is_some() || !e.path.canonicalize().is_ok_and(|p| linked.contains(&p))
    });
    name_pages(&mut entries);

    // Each published report's files, made in parallel.
    let made: Vec<Result<Option<(Made, bool)>>> = crate::par::map(&entries, |entry| {
        if entry.refused.is_some() {
            return Ok(None);
        }
        report_files(entry, renderer, &writer, &old, options).map(Some)
    });
    let mut anchors = BTreeMap::new();
    let mut reports = BTreeMap::new();
    let mut rendered = 0;
    for (entry, made) in entries.iter().zip(made) {
        if let Some((made, fresh)) = made? {
            rendered += usize::from(fresh);
            anchors.insert(entry.relative.clone(), made.anchors.clone());
            reports.insert(entry.relative.clone(), made);
        }
    }

    let summarizer = Summarizer::new(guidance);
    let summaries: Vec<ReportSummary> = entries
        .iter()
        .map(
            |e| match (&e.result, e.refused.is_some() && e.report.is_none()) {
                (Some(result), false) => {
                    summarizer.summary(&e.path, result, e.report.as_ref(), lang)
                }
                _ => coverage::unreadable(&e.path, e.refused.clone().unwrap_or_default()),
            },
        )
        .collect();
    let coverage = coverage::tally(guidance, summaries, lang);
    // The coverage page links each published report to its page.
    let pages = entries
        .iter()
        .filter(|e| e.refused.is_none())
        .map(|e| (e.path.display().to_string(), percent_encode(&e.page)))
        .collect();
    let links = coverage::html::Links::Pages(&pages);
    let page = coverage::html::page(&coverage, guidance, tera, links)
        .map_err(|e| fail!("template-error", name = "coverage/page.html", reason = e))?;
    writer.put("coverage.html", page.as_bytes())?;

    let site = Site {
        guidance,
        renderer,
        tera,
        options,
        entries: &entries,
        anchors: &anchors,
        coverage: &coverage,
    };
    site.pages(&writer)?;

    // What an earlier run made and this one did not is gone from the submissions.
    let files = writer.files.into_inner().unwrap_or_else(|e| e.into_inner());
    for stale in old.files.iter().filter(|f| !files.contains(*f)) {
        if inside(stale) {
            let _ = std::fs::remove_file(out.join(stale));
        }
    }
    let manifest = Manifest {
        version: env!("CARGO_PKG_VERSION").to_string(),
        files: files.into_iter().collect(),
        reports,
    };
    let json = serde_json::to_vec_pretty(&manifest)?;
    let written = *writer.written.lock().unwrap_or_else(|e| e.into_inner());
    let unchanged = std::fs::read(out.join(manifest::NAME)).is_ok_and(|old| old == json);
    if !unchanged {
        write_atomic_batched(&out.join(manifest::NAME), &json, Overwrite::Allow)?;
    }
    crate::fsutil::sync_folder(out)?;
    Ok(Published {
        reports: entries.iter().filter(|e| e.refused.is_none()).count(),
        unpublished: entries
            .iter()
            .filter_map(|e| Some((e.relative.clone(), e.refused.clone()?)))
            .collect(),
        rendered,
        written,
        home: out.join("index.html"),
    })
}

/// Reads and checks one submission, and decides whether it is published.
fn read(
    found: &Found,
    root: &Path,
    guidance: &Guidance,
    checker: &Checker,
    options: &SiteOptions,
) -> Entry {
    let lang = options.lang;
    let (path, result, report, refused) = match found {
        Found::Problem(path, problem) => (path, None, None, Some(problem.text(lang))),
        Found::File(path) => {
            let (result, report) = checker.check_file(path);
            let refused = match (&report, result.broken_front_matter()) {
                (None, _) => Some(result.reason(lang)),
                (Some(_), Some(d)) => Some(
                    msg!("publish-broken-front-matter", reason = d.msg.plain(lang)).plain(lang),
                ),
                (Some(_), None) if options.only_complete && result.final_errors() > 0 => {
                    Some(msg!("publish-incomplete", errors = result.final_errors()).plain(lang))
                }
                _ => None,
            };
            (path, Some(result), report, refused)
        }
    };
    let relative = path
        .strip_prefix(root)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/");
    let published = report.as_ref().filter(|_| refused.is_none());
    let dir = path.parent().unwrap_or(Path::new("."));
    Entry {
        path: path.clone(),
        relative,
        meta: published.map(|report| Meta::read(report, guidance)),
        attachments: published.map_or_else(Vec::new, |report| attachments(report, dir)),
        result,
        report,
        refused,
        page: String::new(),
    }
}

/// Gives each published report its page: `reports/a/b.html` for `a/b.md`, the source's
/// extension kept when two sources share a name (`b.md` and `b.docx`). Names are taken in
/// lower case, since some file systems do not tell `A.html` from `a.html`.
fn name_pages(entries: &mut [Entry]) {
    let mut taken = BTreeSet::new();
    for entry in entries.iter_mut().filter(|e| e.refused.is_none()) {
        let stem = match entry.relative.rsplit_once('.') {
            Some((stem, _)) if !stem.ends_with('/') && !stem.is_empty() => stem,
            _ => entry.relative.as_str(),
        };
        let mut page = format!("reports/{stem}.html");
        if !taken.insert(page.to_lowercase()) {
            page = format!("reports/{}.html", entry.relative);
            taken.insert(page.to_lowercase());
        }
        entry.page = page;
    }
}

/// The files of one published report: its page, its Word document and PDF, its source and
/// the files it links to. Made again only when what they are made from changed; `true`
/// when they were.
fn report_files(
    entry: &Entry,
    renderer: &Renderer,
    writer: &Writer,
    old: &Manifest,
    options: &SiteOptions,
) -> Result<(Made, bool)> {
    let Some(report) = &entry.report else {
        return Err(anyhow::anyhow!("a published report was read"));
    };
    // The bar is part of the report's page, in the report's language.
    let lang = Renderer::lang_of(report);
    let folder = entry
        .relative
        .rsplit_once('/')
        .map_or(String::new(), |(dir, _)| format!("{dir}/"));
    let source = format!("reports/{}", entry.relative);
    let attachments = &entry.attachments;

    let stem = entry.page.trim_end_matches(".html");
    let word = !crate::walk::is_word_document(&entry.path);
    let docx = format!("{stem}.docx");
    let pdf = format!("{stem}.pdf");
    let name = |path: &str| path.rsplit('/').next().unwrap_or(path).to_string();
    let mut files = Vec::new();
    if options.printer.is_some() {
        files.push(Download {
            href: percent_encode(&name(&pdf)),
            label: Msg::new("site-download-pdf").plain(lang),
        });
    }
    if word {
        files.push(Download {
            href: percent_encode(&name(&docx)),
            label: Msg::new("site-download-word").plain(lang),
        });
    }
    files.push(Download {
        href: percent_encode(&name(&source)),
        label: Msg::new(if word {
            "site-download-source"
        } else {
            "site-download-word"
        })
        .plain(lang),
    });
    let depth = entry.page.matches('/').count();
    let downloads = Downloads {
        home: format!("{}index.html", "../".repeat(depth)),
        files,
    };

    // What the files are made from: the source, what it links to, and how it is made.
    let source_bytes = std::fs::read(&entry.path).map_err(|e| {
        fail!(
            "read-failed",
            path = entry.path.display().to_string(),
            reason = e.to_string()
        )
    })?;
    let mut parts: Vec<Vec<u8>> = vec![
        source_bytes.clone(),
        vec![u8::from(options.printer.is_some())],
        entry.page.as_bytes().to_vec(),
    ];
    for (relative, path) in attachments {
        parts.push(relative.as_bytes().to_vec());
        parts.push(std::fs::read(path).unwrap_or_default());
    }
    let key = hash(&parts.iter().map(Vec::as_slice).collect::<Vec<_>>());

    let mut outputs = vec![entry.page.clone(), source.clone()];
    if word {
        outputs.push(docx.clone());
    }
    if options.printer.is_some() {
        outputs.push(pdf.clone());
    }
    for (relative, _) in attachments {
        outputs.push(format!("reports/{folder}{relative}"));
    }
    if options.reuse {
        if let Some(made) = old.reports.get(&entry.relative) {
            let present = outputs.iter().all(|o| writer.out.join(o).is_file());
            if made.key == key && made.outputs == outputs && present {
                for output in &outputs {
                    writer.keep(output);
                }
                return Ok((made.clone(), false));
            }
        }
    }

    let page = renderer
        .html_with(report, &entry.path, Some(&downloads))
        .map_err(anyhow::Error::msg)?;
    writer.put(&entry.page, page.html.as_bytes())?;
    writer.put(&source, &source_bytes)?;
    if word {
        let (bytes, _) = renderer
            .docx(report, &entry.path)
            .map_err(anyhow::Error::msg)?;
        writer.put(&docx, &bytes)?;
    }
    if let Some(printer) = options.printer {
        writer.put(&pdf, &printer.print(&page)?)?;
    }
    for (relative, path) in attachments {
        if let Ok(bytes) = std::fs::read(path) {
            writer.put(&format!("reports/{folder}{relative}"), &bytes)?;
        }
    }
    Ok((
        Made {
            key,
            outputs,
            anchors: page.anchors,
        },
        true,
    ))
}

/// The files inside the report's folder that it links to (not images: the page holds
/// those), each with its path relative to the folder, `/`-separated.
fn attachments(report: &Report, dir: &Path) -> Vec<(String, PathBuf)> {
    let mut found = BTreeMap::new();
    for link in report.links.iter().filter(|l| !l.image) {
        let dest = link.dest.trim();
        if dest.is_empty() || dest.starts_with('#') || is_web(dest) || dest.contains(':') {
            continue;
        }
        if link_problem(dir, dest).is_some() {
            continue;
        }
        let file = percent_decode(dest.split(['#', '?']).next().unwrap_or_default());
        let relative: Vec<&str> = file
            .split(['/', '\\'])
            .filter(|p| !p.is_empty() && *p != ".")
            .collect();
        if relative.is_empty() || relative.contains(&"..") {
            continue;
        }
        let path = dir.join(relative.join("/"));
        if path.is_file() {
            found.insert(relative.join("/"), path);
        }
    }
    found.into_iter().collect()
}

/// Everything the pages that bring reports together need.
struct Site<'a> {
    guidance: &'a Guidance,
    renderer: &'a Renderer<'a>,
    tera: &'a Tera,
    options: &'a SiteOptions<'a>,
    entries: &'a [Entry],
    anchors: &'a BTreeMap<String, Vec<String>>,
    coverage: &'a coverage::Coverage,
}

#[derive(Serialize)]
struct ReportView {
    href: String,
    title: String,
    organization: String,
    stakeholder: String,
    countries: Vec<CountryName>,
    language: String,
    objectives: String,
    status: &'static str,
    status_label: String,
}

#[derive(Serialize, Clone)]
struct CountryName {
    code: String,
    name: String,
}

#[derive(Serialize)]
struct ObjectiveLink {
    number: u32,
    label: String,
    mark: &'static str,
    reports: String,
}

impl Site<'_> {
    fn lang(&self) -> Lang {
        self.options.lang
    }

    fn t(&self, id: &'static str) -> String {
        Msg::new(id).plain(self.lang())
    }

    fn published(&self) -> impl Iterator<Item = (&Entry, &Report, &Meta)> {
        self.entries.iter().filter_map(|e| {
            let report = e.report.as_ref().filter(|_| e.refused.is_none())?;
            Some((e, report, e.meta.as_ref()?))
        })
    }

    /// A context with what every page shows; `root` leads from the page to the site.
    fn context(&self, root: &str, current: &str) -> Context {
        let lang = self.lang();
        let mut context = Context::new();
        context.insert("version", env!("CARGO_PKG_VERSION"));
        context.insert("lang", lang.code());
        context.insert("dir", lang.dir());
        context.insert("root", root);
        context.insert("current", current);
        crate::render::style_context(&mut context, lang);
        context.insert(
            "site",
            &serde_json::json!({
                "title": self.options.title,
                "introduction": self.options.introduction,
            }),
        );
        context.insert(
            "guidance",
            &serde_json::json!({
                "working_translation_note": self.guidance.working_translation_note.get(lang),
                "network_label_note": self.guidance.network_label_note.get(lang),
            }),
        );
        context
    }

    fn render(&self, name: &str, context: &Context) -> Result<String> {
        self.tera.render(name, context).map_err(|e| {
            fail!(
                "template-error",
                name = name,
                reason = crate::templates::describe(&e)
            )
        })
    }

    fn countries_of(&self, meta: &Meta) -> Vec<CountryName> {
        meta.countries
            .iter()
            .filter(|c| crate::country::is_valid(c))
            .map(|c| CountryName {
                code: c.clone(),
                name: crate::country::display_name(c, self.lang()),
            })
            .collect()
    }

    fn report_view(&self, entry: &Entry, meta: &Meta, root: &str) -> ReportView {
        let lang = self.lang();
        let complete = entry.result.as_ref().is_some_and(|r| r.final_errors() == 0);
        let status = if complete {
            Status::Complete
        } else {
            Status::Incomplete
        };
        ReportView {
            href: format!("{root}{}", percent_encode(&entry.page)),
            title: Some(meta.title.clone())
                .filter(|t| !t.trim().is_empty())
                .unwrap_or_else(|| entry.relative.clone()),
            organization: meta.organization.clone(),
            stakeholder: self.guidance.stakeholder_name(&meta.stakeholder, lang),
            countries: self.countries_of(meta),
            language: meta.language.clone(),
            objectives: meta
                .objectives
                .iter()
                .map(|n| lang.number(n))
                .collect::<Vec<_>>()
                .join(&Msg::new("list-separator").plain(lang)),
            status: status.as_str(),
            status_label: coverage::output::status_label(status, lang),
        }
    }

    fn objective_link(&self, number: u32) -> ObjectiveLink {
        let lang = self.lang();
        let objective = self.guidance.objective(number);
        let status = objective.map(|o| o.title.get(lang).status);
        ObjectiveLink {
            number,
            label: objective.map_or_else(
                || number.to_string(),
                |o| self.guidance.objective_heading(o, lang),
            ),
            mark: match status {
                Some(TextStatus::WorkingTranslation) => "*",
                Some(TextStatus::NetworkLabel) => "†",
                _ => "",
            },
            reports: msg!(
                "site-objective-count",
                count = self
                    .coverage
                    .objectives
                    .iter()
                    .find(|o| o.number == number)
                    .map_or(0, |o| o.written)
            )
            .plain(lang),
        }
    }

    fn pages(&self, writer: &Writer) -> Result<()> {
        self.home(writer)?;
        self.objectives(writer)?;
        self.countries(writer)?;
        self.finder(writer)?;
        Ok(())
    }

    fn home(&self, writer: &Writer) -> Result<()> {
        let lang = self.lang();
        let reports: Vec<ReportView> = self
            .published()
            .map(|(e, _, meta)| self.report_view(e, meta, ""))
            .collect();
        let countries: BTreeSet<String> = self
            .published()
            .flat_map(|(_, _, m)| m.countries.iter().cloned())
            .filter(|c| crate::country::is_valid(c))
            .collect();
        let languages: BTreeSet<String> = self
            .published()
            .map(|(_, _, m)| m.language.clone())
            .collect();
        let unpublished: Vec<serde_json::Value> = self
            .entries
            .iter()
            .filter_map(|e| {
                Some(serde_json::json!({"path": e.relative, "reason": e.refused.as_ref()?}))
            })
            .collect();
        let gaps: Vec<ObjectiveLink> = self
            .coverage
            .gaps
            .iter()
            .map(|n| self.objective_link(*n))
            .collect();
        let mut context = self.context("", "home");
        context.insert(
            "counts",
            &msg!(
                "site-counts",
                reports = reports.len(),
                countries = countries.len(),
                languages = languages.len(),
                unpublished = unpublished.len()
            )
            .plain(lang),
        );
        context.insert("reports", &reports);
        context.insert("unpublished", &unpublished);
        context.insert("gaps", &gaps);
        context.insert("compilation", &compilation_name(lang));
        writer.put(
            "index.html",
            self.render("publish/home.html", &context)?.as_bytes(),
        )?;
        Ok(())
    }

    fn objectives(&self, writer: &Writer) -> Result<()> {
        let lang = self.lang();
        let mut compilation = format!(
            "# {}\n\n",
            msg!(
                "site-compilation-title",
                title = self.options.title.as_str()
            )
            .plain(lang)
        );
        let mut round_tables = Vec::new();
        for rt in &self.guidance.round_tables {
            let objectives: Vec<ObjectiveLink> = self
                .guidance
                .round_table_objectives(rt.number)
                .into_iter()
                .map(|n| self.objective_link(n))
                .collect();
            round_tables.push(serde_json::json!({
                "label": msg!("site-round-table", number = lang.number(rt.number)).plain(lang),
                "objectives": objectives,
            }));
        }
        let marks: Vec<&str> = self
            .guidance
            .objectives
            .iter()
            .map(|o| self.objective_link(u32::from(o.number)).mark)
            .collect();
        let mut context = self.context("../", "objectives");
        context.insert("round_tables", &round_tables);
        context.insert("translated", &marks.contains(&"*"));
        context.insert("labelled", &marks.contains(&"†"));
        writer.put(
            "objectives/index.html",
            self.render("publish/objectives.html", &context)?.as_bytes(),
        )?;

        for objective in &self.guidance.objectives {
            let number = u32::from(objective.number);
            let link = self.objective_link(number);
            compilation.push_str(&format!("## {}\n\n", link.label));
            let mut entries = Vec::new();
            for (k, (entry, report, meta)) in self.published().enumerate() {
                let Some(i) = report
                    .headings
                    .iter()
                    .position(|h| h.kind == HeadingKind::Objective(number))
                    .filter(|i| report.held(*i).words > 0)
                else {
                    continue;
                };
                let markdown = section_text(report, i);
                let report_lang = crate::render::Renderer::lang_of(report);
                let dir = entry.path.parent().unwrap_or(Path::new("."));
                let html = unique_ids(&self.renderer.fragment(markdown, dir, report_lang), k);
                let anchor = self
                    .anchors
                    .get(&entry.relative)
                    .and_then(|a| a.get(i))
                    .cloned()
                    .unwrap_or_default();
                let view = self.report_view(entry, meta, "../");
                let countries: Vec<String> =
                    view.countries.iter().map(|c| c.name.clone()).collect();
                compilation.push_str(&format!(
                    "### {} ({}; {})\n\n{}\n\n{}: [{}](reports/{}#{anchor})\n\n",
                    view.organization,
                    view.stakeholder,
                    countries.join(", "),
                    markdown.trim(),
                    self.t("site-source"),
                    view.title.replace(['[', ']'], ""),
                    percent_encode(entry.page.trim_start_matches("reports/")),
                ));
                entries.push(serde_json::json!({
                    "href": format!("{}#{anchor}", view.href),
                    "organization": view.organization,
                    "stakeholder": view.stakeholder,
                    "countries": countries,
                    "title": view.title,
                    "lang": report_lang.code(),
                    "dir": report_lang.dir(),
                    "html": html,
                }));
            }
            if entries.is_empty() {
                compilation.push_str(&format!("{}\n\n", self.t("site-objective-none")));
            }
            let mut context = self.context("../", "objectives");
            context.insert(
                "objective",
                &serde_json::json!({
                    "label": link.label,
                    "mark": link.mark,
                    "count": link.reports,
                    "round_table": msg!("site-round-table", number = lang.number(objective.round_table)).plain(lang),
                }),
            );
            context.insert("entries", &entries);
            writer.put(
                &format!("objectives/{number}.html"),
                self.render("publish/objective.html", &context)?.as_bytes(),
            )?;
        }
        writer.put(&compilation_name(lang), compilation.as_bytes())?;
        Ok(())
    }

    fn countries(&self, writer: &Writer) -> Result<()> {
        let lang = self.lang();
        let mut by_country: BTreeMap<String, Vec<ReportView>> = BTreeMap::new();
        for (entry, _, meta) in self.published() {
            for country in self.countries_of(meta) {
                by_country
                    .entry(country.code)
                    .or_default()
                    .push(self.report_view(entry, meta, "../"));
            }
        }
        let count = |n: usize| msg!("site-country-count", count = n).plain(lang);
        let mut list: Vec<serde_json::Value> = by_country
            .iter()
            .map(|(code, reports)| {
                serde_json::json!({
                    "code": code,
                    "name": crate::country::display_name(code, lang),
                    "count": count(reports.len()),
                })
            })
            .collect();
        list.sort_by(|a, b| a["name"].as_str().cmp(&b["name"].as_str()));
        let mut context = self.context("../", "countries");
        context.insert("countries", &list);
        writer.put(
            "countries/index.html",
            self.render("publish/countries.html", &context)?.as_bytes(),
        )?;
        for (code, reports) in &by_country {
            let mut context = self.context("../", "countries");
            context.insert(
                "country",
                &serde_json::json!({
                    "name": crate::country::display_name(code, lang),
                    "count": count(reports.len()),
                }),
            );
            context.insert("reports", reports);
            writer.put(
                &format!("countries/{code}.html"),
                self.render("publish/country.html", &context)?.as_bytes(),
            )?;
        }
        Ok(())
    }

    fn finder(&self, writer: &Writer) -> Result<()> {
        let lang = self.lang();
        let mut reports = Vec::new();
        let mut sections = Vec::new();
        let mut options: BTreeMap<&str, BTreeMap<String, String>> = BTreeMap::new();
        for (index, (entry, report, meta)) in self.published().enumerate() {
            let view = self.report_view(entry, meta, "");
            let mut objectives: Vec<u32> = meta.objectives.clone();
            objectives.extend(report.known_objectives(self.guidance).map(|(_, n)| n));
            objectives.sort_unstable();
            objectives.dedup();
            for n in &objectives {
                options
                    .entry("objective")
                    .or_default()
                    .insert(format!("{n:02}"), self.objective_link(*n).label);
            }
            for c in &view.countries {
                options
                    .entry("country")
                    .or_default()
                    .insert(c.code.clone(), c.name.clone());
            }
            if !meta.stakeholder.is_empty() {
                options
                    .entry("stakeholder")
                    .or_default()
                    .insert(meta.stakeholder.clone(), view.stakeholder.clone());
            }
            if Lang::ALL.iter().any(|l| l.code() == meta.language) {
                options.entry("language").or_default().insert(
                    meta.language.clone(),
                    coverage::output::language_label(&meta.language, lang),
                );
            }
            options
                .entry("status")
                .or_default()
                .insert(view.status.to_string(), view.status_label.clone());
            let anchors = self.anchors.get(&entry.relative);
            let preamble = plain_text(
                &report.text[report.body_start
                    ..report
                        .headings
                        .first()
                        .map_or(report.text.len(), |h| h.range.start)],
            );
            if !preamble.is_empty() {
                sections.push(serde_json::json!({"report": index, "anchor": "", "heading": "", "text": preamble}));
            }
            for (i, heading) in report.headings.iter().enumerate() {
                let end = report
                    .headings
                    .get(i + 1)
                    .map_or(report.text.len(), |h| h.range.start);
                let text = plain_text(&report.text[heading.range.end.min(end)..end]);
                let anchor = anchors.and_then(|a| a.get(i)).cloned().unwrap_or_default();
                sections.push(serde_json::json!({
                    "report": index,
                    "anchor": anchor,
                    "heading": heading.text,
                    "text": format!("{} {text}", heading.text),
                }));
            }
            reports.push(serde_json::json!({
                "href": view.href,
                "title": view.title,
                "organization": view.organization,
                "countries": view.countries.iter().map(|c| &c.code).collect::<Vec<_>>(),
                "country_names": view.countries.iter().map(|c| &c.name).collect::<Vec<_>>(),
                "stakeholder": meta.stakeholder,
                "stakeholder_name": view.stakeholder,
                "language": meta.language,
                "status": view.status,
                "objectives": objectives,
            }));
        }
        let data = serde_json::json!({
            "reports": reports,
            "sections": sections,
            "labels": {
                "count": plural_forms(lang),
                "none": self.t("site-no-results"),
                "separator": Msg::new("list-separator").plain(lang),
                "arabic_digits": lang.is_rtl(),
            },
        });
        let script = format!(
            "window.PARALLEL_REVIEW_SITE = {};\n",
            serde_json::to_string(&data)?
        );
        writer.put("search-index.js", script.as_bytes())?;
        writer.put("find.js", super::FIND_SCRIPT.as_bytes())?;

        let filter = |name: &str, label: &'static str| {
            let options: Vec<serde_json::Value> = options
                .get(name)
                .into_iter()
                .flatten()
                .map(|(value, label)| {
                    // Objectives are sorted by number, kept as written in the value.
                    let value = value.trim_start_matches('0');
                    serde_json::json!({"value": value, "label": label})
                })
                .collect();
            serde_json::json!({"name": name, "label": self.t(label), "options": options})
        };
        let filters = vec![
            filter("objective", "site-filter-objective"),
            filter("country", "site-filter-country"),
            filter("stakeholder", "site-filter-stakeholder"),
            filter("language", "site-filter-language"),
            filter("status", "site-filter-status"),
        ];
        let mut context = self.context("", "find");
        context.insert("filters", &filters);
        writer.put(
            "find.html",
            self.render("publish/find.html", &context)?.as_bytes(),
        )?;
        Ok(())
    }
}

/// "{count} results" in each plural category of the language (as `Intl.PluralRules`
/// names them), for the finder to choose from.
fn plural_forms(lang: Lang) -> BTreeMap<&'static str, String> {
    [
        ("zero", 0usize),
        ("one", 1),
        ("two", 2),
        ("few", 3),
        ("many", 11),
        ("other", 100),
    ]
    .into_iter()
    .map(|(category, sample)| {
        let text = msg!("site-results", count = sample).plain(lang);
        let text = text.replace(&lang.number(sample), "{count}");
        (category, text.replace(&sample.to_string(), "{count}"))
    })
    .collect()
}

/// Whether a path from the manifest stays inside the site: a manifest is a file in a
/// folder, and one edited by someone else must not remove files elsewhere.
fn inside(path: &str) -> bool {
    !path.is_empty()
        && !path.contains(['\\', ':', '\0'])
        && path
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
}

/// The compilation's Markdown file, named for the site's language.
fn compilation_name(lang: Lang) -> String {
    format!("compilation.{}.md", lang.code())
}

/// The Markdown under heading `i`, its sub-sections included, the heading itself not.
fn section_text(report: &Report, i: usize) -> &str {
    let extent = report.extent(i);
    let start = report.headings[i].range.end;
    let end = report
        .headings
        .get(extent.end)
        .map_or(report.text.len(), |h| h.range.start);
    report.text.get(start.min(end)..end).unwrap_or_default()
}

/// Markdown as the words a reader sees, for searching and snippets: comments, link
/// targets and markup characters out.
fn plain_text(markdown: &str) -> String {
    let mut text = String::with_capacity(markdown.len());
    let mut rest = markdown;
    while let Some(start) = rest.find("<!--") {
        text.push_str(&rest[..start]);
        rest = rest[start..]
            .find("-->")
            .map_or("", |end| &rest[start + end + 3..]);
    }
    text.push_str(rest);
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // `](target)`: the text is kept, the target is not.
            ']' if chars.peek() == Some(&'(') => {
                for c in chars.by_ref() {
                    if c == ')' {
                        break;
                    }
                }
            }
            '*' | '_' | '`' | '#' | '>' | '|' | '[' | ']' | '\\' | '~' => out.push(' '),
            c => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Ids of a quoted report made unique on a page that quotes several: `id="x"` and the
/// page's own links to it (`href="#x"`) get the entry's prefix.
fn unique_ids(html: &str, entry: usize) -> String {
    html.replace(" id=\"", &format!(" id=\"e{entry}-"))
        .replace(" href=\"#", &format!(" href=\"#e{entry}-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_keeps_what_a_reader_sees() {
        assert_eq!(
            plain_text(
                "## Title\n\n<!-- prompt: x -->\nSee **the law** [here](https://a.example/x_y).\n\n| a | b |"
            ),
            "Title See the law here. a b"
        );
    }

    #[test]
    fn only_paths_inside_the_site_are_removed() {
        assert!(inside("reports/a b/x.html"));
        for outside in [
            "",
            "/etc/passwd",
            "../x",
            "a/../../x",
            "a//b",
            "C:\\x",
            "c:x",
            "./x",
        ] {
            assert!(!inside(outside), "{outside}");
        }
    }

    #[test]
    fn quoted_ids_are_made_unique() {
        assert_eq!(
            unique_ids(
                "<h4 id=\"a\">A</h4><a href=\"#fn-1\" id=\"fnref-1\">1</a>",
                3
            ),
            "<h4 id=\"e3-a\">A</h4><a href=\"#e3-fn-1\" id=\"e3-fnref-1\">1</a>"
        );
    }
}
