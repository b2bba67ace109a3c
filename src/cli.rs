//! The command line: every command, option and its help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::lang::Lang;

/// Draft, check and publish parallel review reports on the Global Compact for Safe,
/// Orderly and Regular Migration (GCM).
#[derive(Debug, Parser)]
#[command(name = "parallel-review", version, propagate_version = true)]
#[command(
    after_help = "A writer's first commands:\n  parallel-review new my-report.md\n  parallel-review preview my-report.md --open\n  parallel-review render my-report.md -o my-report.pdf\n\nFor network staff:\n  parallel-review check submissions/ --final\n  parallel-review coverage submissions/ -o coverage.xlsx\n  parallel-review publish submissions/ --out site/\n\nMessages speak Arabic, English or French: --lang, else PARALLEL_REVIEW_LANG, else the locale."
)]
pub struct Cli {
    /// Use this guidance note instead of the built-in one (see `guidance export`)
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        env = "PARALLEL_REVIEW_GUIDANCE"
    )]
    pub guidance: Option<PathBuf>,

    /// What to do
    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// The language to speak to the user in: the command's `--lang` when it has one, else
    /// the environment (see [`message_lang`]).
    pub fn lang(&self) -> Lang {
        let option = match &self.command {
            Command::New(args) => args.lang,
            Command::Guidance(args) => args.lang,
            Command::Check(args) => args.fixed_lang(),
            Command::Rules(args) => args.lang,
            Command::Render(args) => args.lang,
            Command::Preview(args) => args.lang,
            Command::Publish(args) => args.lang,
            Command::Coverage(args) => args.lang,
            Command::Templates(_) | Command::Completions(_) | Command::Man(_) => None,
            Command::Import(args) => args.lang,
        };
        message_lang(option)
    }
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a new report skeleton from the guidance note, ready to fill in
    New(NewArgs),
    /// Show the guidance note: objectives, principles, stakeholder kinds, sections
    Guidance(GuidanceArgs),
    /// Check reports against the guidance note and the compact's objectives
    Check(CheckArgs),
    /// List the rules `check` applies
    Rules(RulesArgs),
    /// Render a report (or a folder of reports) as a web page, a PDF or a Word document
    Render(RenderArgs),
    /// Show a report in the browser as you write it, with its findings beside it
    Preview(PreviewArgs),
    /// Publish a review's submissions as one site: each report, a finder, a page per objective and per country
    Publish(PublishArgs),
    /// See what a set of reports covers: objectives, round tables, voices, countries
    Coverage(CoverageArgs),
    /// Export the built-in templates to edit them
    Templates(TemplatesArgs),
    /// Turn a Word draft (.docx) into a report that check, render and coverage work on
    Import(ImportArgs),
    /// Print a shell's completion script (see the README for where to put it)
    Completions(CompletionsArgs),
    /// Print the manual page, or write one per command into a folder
    Man(ManArgs),
}

/// Options of `completions`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  parallel-review completions bash > ~/.local/share/bash-completion/completions/parallel-review\n  parallel-review completions zsh > ~/.zfunc/_parallel-review\n  parallel-review completions fish > ~/.config/fish/completions/parallel-review.fish\n  parallel-review completions powershell >> $PROFILE"
)]
pub struct CompletionsArgs {
    /// The shell to complete in
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Options of `man`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  parallel-review man | man -l -\n  parallel-review man --out-dir ~/.local/share/man/man1"
)]
pub struct ManArgs {
    /// Write parallel-review.1 and one page per command (parallel-review-new.1…) into DIR
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
}

/// Options of `import`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  parallel-review import draft.docx\n  parallel-review import draft.docx -o report.md --stakeholder trade-union --country JO"
)]
pub struct ImportArgs {
    /// The Word document (.docx) to import
    #[arg(value_name = "DRAFT")]
    pub input: PathBuf,

    /// The report to write [default: the draft's name with .md]
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,

    /// Language of the report [default: the document's, else guessed from its text]
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,

    /// Kind of stakeholder submitting the report, e.g. trade-union (see `guidance`)
    #[arg(long, value_name = "ID")]
    pub stakeholder: Option<String>,

    /// Country reviewed, as an ISO 3166-1 alpha-2 code; repeat or separate with commas
    #[arg(long, value_name = "CC", value_delimiter = ',')]
    pub country: Vec<String>,

    /// Name of the submitting organization [default: the document's author]
    #[arg(long, value_name = "NAME")]
    pub organization: Option<String>,

    /// Objectives the report covers: 6,22 or 1-5 or rt1 or all [default: the objective headings found]
    #[arg(long, value_name = "LIST")]
    pub objectives: Option<String>,

    /// Replace OUT if it exists
    #[arg(long)]
    pub force: bool,
}

/// Options of `check`.
#[derive(Debug, Args)]
#[command(
    after_help = "Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 the check could not run.\n\nExamples:\n  parallel-review check report.md\n  parallel-review check submissions/ --final --format short\n  parallel-review check report.md --allow word-limit --lang ar"
)]
pub struct CheckArgs {
    /// Report files, or folders to search for *.md reports
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,

    /// Output format
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,

    /// The report is about to be submitted: prompts, placeholders, empty sections and a missing contact become errors
    #[arg(long = "final")]
    pub final_: bool,

    /// Treat every warning as an error
    #[arg(long, value_enum, value_name = "WHAT")]
    pub deny: Option<Deny>,

    /// Silence a rule (repeatable; `parallel-review rules` lists them)
    #[arg(long, value_name = "RULE")]
    pub allow: Vec<String>,

    /// Language of the messages; `report` uses each report's own language [default: PARALLEL_REVIEW_LANG, else the locale, else en]
    #[arg(long, value_enum)]
    pub lang: Option<CheckLang>,
}

/// Options of `render`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  parallel-review render report.md                  # report.html next to it\n  parallel-review render report.md -o report.pdf    # PDF through a headless Chromium\n  parallel-review render submissions/ --out-dir site/  # every report, plus site/index.html"
)]
pub struct RenderArgs {
    /// A report, or a folder of reports (then --out-dir is needed)
    #[arg(value_name = "REPORT")]
    pub input: PathBuf,

    /// Output file [default: the report's name with .html or .pdf, next to it]
    #[arg(short, long, value_name = "OUT", conflicts_with = "out_dir")]
    pub output: Option<PathBuf>,

    /// Folder to write into; for a folder of reports, also an index.html listing them
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,

    /// Output format [default: from the extension of -o, else html]
    #[arg(long, value_enum)]
    pub to: Option<RenderFormat>,

    /// Number the paragraphs
    #[arg(long)]
    pub number_paragraphs: bool,

    /// Start every main section on a new page in print (by default sections follow on)
    #[arg(long)]
    pub section_breaks: bool,

    /// Browser to print PDFs with [default: $PARALLEL_REVIEW_BROWSER, else chromium, google-chrome… on the PATH]
    #[arg(long, value_name = "PATH")]
    pub browser: Option<PathBuf>,

    #[command(flatten)]
    pub templates: TemplatesDir,

    /// Language of messages and of the index page [default: PARALLEL_REVIEW_LANG, else the locale, else en]
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
}

/// Options of `preview`.
#[derive(Debug, Args)]
#[command(
    after_help = "The page and the findings follow every saved change of the report and of the files it uses; Ctrl-C stops.\nThe server answers only on 127.0.0.1, and serves only the files of the report's folder.\n\nExamples:\n  parallel-review preview my-report.md --open\n  parallel-review preview تقريري.md --port 8080 --final"
)]
pub struct PreviewArgs {
    /// The report to show (.md, or a Word document)
    #[arg(value_name = "REPORT")]
    pub report: PathBuf,

    /// Port to listen on, on 127.0.0.1 [default: a free one]
    #[arg(long, value_name = "N")]
    pub port: Option<u16>,

    /// Open the page in the default browser
    #[arg(long)]
    pub open: bool,

    /// Show the findings of `check --final`: prompts, placeholders and empty sections are errors
    #[arg(long = "final")]
    pub final_: bool,

    /// Number the paragraphs, as `render --number-paragraphs`
    #[arg(long)]
    pub number_paragraphs: bool,

    #[command(flatten)]
    pub templates: TemplatesDir,

    /// Language of the messages in the terminal [default: PARALLEL_REVIEW_LANG, else the locale, else en]; the page speaks the report's
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
}

/// Options of `publish`.
#[derive(Debug, Args)]
#[command(
    after_help = "The site works from any web host and opened straight from disk. Publishing again writes only what changed.\nA folder SITE that holds files not made by publish is refused.\n\nThe review's title and introduction: --title and --intro, else a site.yaml in SUBMISSIONS:\n  title: Parallel reviews of the GCM in the Arab region, 2026\n  introduction: Reports submitted by civil society organisations and trade unions.\n\nExamples:\n  parallel-review publish submissions/ --out site/\n  parallel-review publish submissions/ --out site/ --lang ar --pdf --only-complete"
)]
pub struct PublishArgs {
    /// The folder of submitted reports
    #[arg(value_name = "SUBMISSIONS")]
    pub input: PathBuf,

    /// The folder to write the site into (created if missing)
    #[arg(long, value_name = "SITE")]
    pub out: PathBuf,

    /// Language of the site's own pages; each report's page speaks its own [default: PARALLEL_REVIEW_LANG, else the locale, else en]
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,

    /// The review's title, on the home page [default: site.yaml's, else a title in the site's language]
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,

    /// A paragraph introducing the review, on the home page [default: site.yaml's]
    #[arg(long, value_name = "TEXT")]
    pub intro: Option<String>,

    /// Publish only the reports with no error under `check --final`; the others are listed with the reason
    #[arg(long)]
    pub only_complete: bool,

    /// Also print each report as a PDF to download (one headless browser for the whole run)
    #[arg(long)]
    pub pdf: bool,

    /// Browser to print PDFs with [default: $PARALLEL_REVIEW_BROWSER, else chromium, google-chrome… on the PATH]
    #[arg(long, value_name = "PATH")]
    pub browser: Option<PathBuf>,

    #[command(flatten)]
    pub templates: TemplatesDir,
}

/// Options of `coverage`.
#[derive(Debug, Args)]
#[command(
    after_help = "Exit codes: 0 the run completed (even with incomplete reports), 2 it could not run.\n\nExamples:\n  parallel-review coverage submissions/\n  parallel-review coverage submissions/ -o coverage.html --lang ar\n  parallel-review coverage submissions/ --format csv --wide -o coverage.csv"
)]
pub struct CoverageArgs {
    /// Report files, or folders to search for *.md reports
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,

    /// Output format [default: from the extension of -o, else table]
    #[arg(long, value_enum)]
    pub format: Option<CoverageFormat>,

    /// With --format csv: one row per report and a column per objective
    #[arg(long)]
    pub wide: bool,

    /// Write to this file instead of the standard output
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,

    /// Language of titles and labels [default: PARALLEL_REVIEW_LANG, else the locale, else en]
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,

    #[command(flatten)]
    pub templates: TemplatesDir,
}

/// Output formats of `coverage`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CoverageFormat {
    /// A compact view for the terminal, gaps first
    Table,
    /// One row per report and objective (tidy); --wide for one row per report
    Csv,
    /// The whole model
    Json,
    /// A Markdown summary to paste into a synthesis report
    Md,
    /// A self-contained page with the heat map
    Html,
    /// An Excel workbook: reports, the matrix, gaps and counts (needs -o)
    Xlsx,
}

/// Output formats of `render`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RenderFormat {
    /// A self-contained web page, ready to print
    Html,
    /// A PDF, printed by a headless Chromium-family browser
    Pdf,
    /// An editable Word document
    Docx,
}

impl CheckArgs {
    /// The one language asked for, if any (`--lang report` asks for none in particular).
    pub fn fixed_lang(&self) -> Option<Lang> {
        match self.lang? {
            CheckLang::Ar => Some(Lang::Ar),
            CheckLang::En => Some(Lang::En),
            CheckLang::Fr => Some(Lang::Fr),
            CheckLang::Report => None,
        }
    }
}

/// What `--deny` turns into errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    /// Every warning
    Warnings,
}

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// For people: each finding with its line and what to do
    Human,
    /// One line per finding: path:line:column: severity[rule]: message
    Short,
    /// One JSON document
    Json,
    /// SARIF 2.1.0, for code scanning
    Sarif,
}

/// Message language of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckLang {
    /// Arabic
    Ar,
    /// English
    En,
    /// French
    Fr,
    /// Each report's own language
    Report,
}

/// Options of `rules`.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// A rule to explain, with its severity and examples; without it, every rule in a line
    pub rule: Option<String>,
    /// Language of the summaries [default: PARALLEL_REVIEW_LANG, else the locale, else en]
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
}

/// Options of `new`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  parallel-review new report.md --lang ar --stakeholder trade-union --country JO --organization \"اتحاد النقابات\" --objectives 6,22\n  parallel-review new rapport.md --lang fr --stakeholder migrant-organization --country MA --organization \"…\" --objectives rt1,15\n\nObjectives: numbers (6,22), ranges (1-5), round tables (rt1…rt4) or all; Arabic-Indic digits (٦،٢٢) work too."
)]
pub struct NewArgs {
    /// Path of the Markdown file to create (never overwritten without --force)
    #[arg(value_name = "PATH")]
    pub path: PathBuf,

    /// Language of the report and of the messages [default: PARALLEL_REVIEW_LANG, else the locale, else en]
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,

    /// Kind of stakeholder submitting the report: its id (trade-union) or its name in Arabic, English or French (see `guidance`)
    #[arg(long, value_name = "KIND")]
    pub stakeholder: Option<String>,

    /// Country reviewed: ISO 3166-1 code (JO), alpha-3 (JOR) or name (Jordan, الأردن); repeat or separate with commas for several
    #[arg(long, value_name = "CC", value_delimiter = ',')]
    pub country: Vec<String>,

    /// Name of the submitting organization
    #[arg(long, value_name = "NAME")]
    pub organization: Option<String>,

    /// Title of the report [default: the guidance's title in the report's language]
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,

    /// Partner organization of a joint submission (repeatable)
    #[arg(long = "partner", value_name = "NAME")]
    pub partners: Vec<String>,

    /// Objectives the report covers: 6,22 or 1-5 or rt1 or all [default: asked on a terminal, else all]
    #[arg(long, value_name = "LIST")]
    pub objectives: Option<String>,

    /// Date of the report, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,

    /// Contact e-mail address (check --final asks for one)
    #[arg(long, value_name = "EMAIL")]
    pub contact: Option<String>,

    /// Replace PATH if it exists
    #[arg(long)]
    pub force: bool,

    #[command(flatten)]
    pub templates: TemplatesDir,
}

/// Options of `guidance`.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct GuidanceArgs {
    /// Language to show [default: PARALLEL_REVIEW_LANG, else the locale, else en]
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,

    /// Output format
    #[arg(long, value_enum, default_value_t = GuidanceFormat::Text)]
    pub format: GuidanceFormat,

    /// Export the guidance YAML
    #[command(subcommand)]
    pub action: Option<GuidanceAction>,
}

/// Sub-commands of `guidance`.
#[derive(Debug, Subcommand)]
pub enum GuidanceAction {
    /// Write the guidance note's YAML, to start a guidance file of your own
    Export {
        /// File to write [default: standard output]
        #[arg(value_name = "PATH")]
        path: Option<PathBuf>,
        /// Replace PATH if it exists
        #[arg(long)]
        force: bool,
    },
}

/// `--templates DIR`, shared by the commands that render a template.
#[derive(Debug, Args)]
pub struct TemplatesDir {
    /// Folder of templates replacing the built-in ones (see `templates export`)
    #[arg(long = "templates", value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// Options of `templates`.
#[derive(Debug, Args)]
pub struct TemplatesArgs {
    /// What to do with the templates
    #[command(subcommand)]
    pub action: TemplatesAction,
}

/// Sub-commands of `templates`.
#[derive(Debug, Subcommand)]
pub enum TemplatesAction {
    /// Write the built-in templates into DIR, to edit and pass with --templates DIR
    Export {
        /// Folder to write them into (created if missing)
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        /// Replace templates already in DIR
        #[arg(long)]
        force: bool,
    },
}

/// The language of messages: the option, else `PARALLEL_REVIEW_LANG`, else the locale
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
pub fn message_lang(option: Option<Lang>) -> Lang {
    if let Some(lang) = option {
        return lang;
    }
    ["PARALLEL_REVIEW_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| Lang::from_code(&value))
        .unwrap_or(Lang::En)
}

/// An output format that a file's extension can name.
pub trait NamedByExtension: Copy + PartialEq + 'static {
    /// Extensions (lower case) and the format each names; the first of a format is its own.
    const EXTENSIONS: &'static [(&'static str, Self)];
    /// Catalogue id of the failure for an extension that names no format.
    const UNKNOWN: &'static str;

    /// The format an output file's extension names.
    fn of(out: &std::path::Path) -> anyhow::Result<Self> {
        let extension = out
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        Self::EXTENSIONS
            .iter()
            .find(|(e, _)| *e == extension)
            .map(|(_, format)| *format)
            .ok_or_else(|| {
                anyhow::Error::new(crate::messages::Failure(
                    crate::messages::Msg::new(Self::UNKNOWN).arg("path", out.display().to_string()),
                ))
            })
    }

    /// The extension of files in this format.
    fn extension(self) -> &'static str {
        Self::EXTENSIONS
            .iter()
            .find(|(_, format)| *format == self)
            .map_or("", |(e, _)| *e)
    }
}

impl NamedByExtension for RenderFormat {
    const EXTENSIONS: &'static [(&'static str, Self)] = &[
        ("html", RenderFormat::Html),
        ("htm", RenderFormat::Html),
        ("pdf", RenderFormat::Pdf),
        ("docx", RenderFormat::Docx),
    ];
    const UNKNOWN: &'static str = "render-format-unknown";
}

impl NamedByExtension for CoverageFormat {
    const EXTENSIONS: &'static [(&'static str, Self)] = &[
        ("html", CoverageFormat::Html),
        ("htm", CoverageFormat::Html),
        ("csv", CoverageFormat::Csv),
        ("json", CoverageFormat::Json),
        ("md", CoverageFormat::Md),
        ("markdown", CoverageFormat::Md),
        ("txt", CoverageFormat::Table),
        ("xlsx", CoverageFormat::Xlsx),
    ];
    const UNKNOWN: &'static str = "coverage-format-unknown";
}

/// How `guidance` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GuidanceFormat {
    /// Readable text
    Text,
    /// JSON, for other programs
    Json,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        super::Cli::command().debug_assert();
    }
}
