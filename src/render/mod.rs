//! `render`: a report as one self-contained, printable web page (and, through a headless
//! browser, a PDF). Arabic reports are right to left with Arabic-Indic page numbers.
//! Rendering is safe on reports written by others: see [`markdown`] for what is removed,
//! and the page forbids every script and every request with its Content-Security-Policy.

pub mod docx;
pub mod markdown;
pub mod pdf;

use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;
use tera::{Context, Tera};

use crate::guidance::Guidance;
use crate::lang::Lang;
use crate::messages::Msg;
use crate::msg;
use crate::report::{HeadingMatcher, Meta, Placeholders, Report};

/// How to render.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// Number the paragraphs, as UN review bodies often require.
    pub number_paragraphs: bool,
    /// Start every main section on a new page in print.
    pub section_breaks: bool,
}

/// What an index of reports shows about one report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    /// Title.
    pub title: String,
    /// Submitting organisation.
    pub organization: String,
    /// Stakeholder kind, in the page's language.
    pub stakeholder: String,
    /// Country names.
    pub countries: Vec<String>,
    /// Language code.
    pub language: String,
    /// Date as written.
    pub date: String,
    /// Objective numbers covered, in the page's digits.
    pub objectives: String,
}

/// The links a published report's page gives: the site's home, and each download.
#[derive(Debug, Clone, Serialize)]
pub struct Downloads {
    /// The site's home page, relative to the report's page.
    pub home: String,
    /// Each file to download: its link and its label.
    pub files: Vec<Download>,
}

/// One file to download.
#[derive(Debug, Clone, Serialize)]
pub struct Download {
    /// Relative to the report's page, percent-encoded.
    pub href: String,
    /// What it is ("PDF", "Word", "Source (Markdown)").
    pub label: String,
}

/// Renders reports with one guidance note, one set of templates and options.
pub struct Renderer<'g> {
    guidance: &'g Guidance,
    matcher: HeadingMatcher,
    tera: Tera,
    options: RenderOptions,
    placeholders: Placeholders,
}

#[derive(Serialize)]
struct ObjectiveView {
    number: u32,
    label: String,
    title: String,
    /// `working-translation`, `network-label` or `official`.
    status: &'static str,
    anchor: String,
}

impl<'g> Renderer<'g> {
    /// Prepares a renderer.
    pub fn new(guidance: &'g Guidance, tera: Tera, options: RenderOptions) -> Renderer<'g> {
        Renderer {
            guidance,
            matcher: HeadingMatcher::new(guidance),
            tera,
            options,
            placeholders: Placeholders::new(guidance),
        }
    }

    /// The language a report is written in (English when its front matter names none).
    pub fn lang_of(report: &Report) -> Lang {
        report.lang().unwrap_or(Lang::En)
    }

    /// What an index shows about a report, in a language.
    pub fn summary(&self, report: &Report, path: &Path, lang: Lang) -> Summary {
        self.summary_of(&Meta::read(report, self.guidance), path, lang)
    }

    fn summary_of(&self, meta: &Meta, path: &Path, lang: Lang) -> Summary {
        let title = Some(meta.title.clone())
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| stem(path));
        Summary {
            title,
            organization: meta.organization.clone(),
            stakeholder: self.guidance.stakeholder_name(&meta.stakeholder, lang),
            countries: meta
                .countries
                .iter()
                .map(|code| crate::country::display_name(code, lang))
                .collect(),
            language: meta.language.clone(),
            date: long_date(&meta.date, lang),
            objectives: meta
                .objectives
                .iter()
                .map(|n| lang.number(n))
                .collect::<Vec<_>>()
                .join(&Msg::new("list-separator").plain(lang)),
        }
    }

    /// A piece of a report's Markdown as HTML (its images embedded, as on the page), for
    /// pages that quote reports.
    pub fn fragment(&self, markdown: &str, dir: &Path, lang: Lang) -> String {
        markdown::render(
            markdown,
            dir,
            &self.matcher,
            &self.placeholders,
            self.guidance,
            lang,
        )
        .html
    }

    /// The report as one HTML page, with warnings about what it could not hold.
    pub fn html(&self, report: &Report, path: &Path) -> Result<Page, String> {
        self.html_with(report, path, None)
    }

    /// [`Renderer::html`] with a bar of links to the site's home and to the report's
    /// downloads, as `publish` puts on each report's page.
    pub fn html_with(
        &self,
        report: &Report,
        path: &Path,
        downloads: Option<&Downloads>,
    ) -> Result<Page, String> {
        let lang = Self::lang_of(report);
        let guidance = self.guidance;
        let dir = path.parent().unwrap_or(Path::new("."));
        let body = markdown::render(
            &report.text[report.body_start..],
            dir,
            &self.matcher,
            &self.placeholders,
            guidance,
            lang,
        );
        let meta = Meta::read(report, guidance);
        let summary = self.summary_of(&meta, path, lang);

        let objectives = self.objectives(&meta, lang, |number| {
            body.toc
                .iter()
                .find(|t| t.objective == Some(number))
                .map_or_else(|| format!("objective-{number}"), |t| t.id.clone())
        });
        let mut context = Context::new();
        context.insert("version", env!("CARGO_PKG_VERSION"));
        context.insert("lang", lang.code());
        context.insert("dir", lang.dir());
        context.insert("title", &summary.title);
        context.insert("organization", &summary.organization);
        context.insert("partners", &meta.partners);
        context.insert("stakeholder", &summary.stakeholder);
        context.insert("countries", &summary.countries);
        context.insert("date", &summary.date);
        context.insert("contact", &meta.contact);
        // A logo that cannot be used is `check`'s to report; the title page goes without.
        let logo = Some(meta.logo.as_str())
            .filter(|l| !l.trim().is_empty())
            .and_then(|l| crate::logo::data_url(dir, l).ok());
        context.insert("logo", &logo);
        context.insert(
            "logo_alt",
            &msg!(
                "render-logo-alt",
                organization = summary.organization.as_str()
            )
            .plain(lang),
        );
        context.insert("section_breaks", &self.options.section_breaks);
        context.insert("downloads", &downloads);
        context.insert(
            "translated",
            &objectives.iter().any(|o| o.status == "working-translation"),
        );
        context.insert(
            "labelled",
            &objectives.iter().any(|o| o.status == "network-label"),
        );
        context.insert("objectives", &objectives);
        context.insert("toc", &body.toc);
        context.insert("toc_depth", &TOC_DEPTH);
        context.insert("body", &body.html);
        context.insert("number_paragraphs", &self.options.number_paragraphs);
        context.insert("guidance", &guidance_texts(guidance, lang));
        context.insert("fonts", fonts(lang));
        context.insert(
            "counter_style",
            if lang.is_rtl() {
                "arabic-indic"
            } else {
                "decimal"
            },
        );
        context.insert("paragraph_number", paragraph_number(lang));
        context.insert("running_header", &css_string(&summary.title));
        context.insert("page_counter", &page_counter(lang));
        let html = self
            .tera
            .render("render/report.html", &context)
            .map_err(|e| crate::templates::describe(&e))?;
        let keywords: Vec<&str> = objectives.iter().map(|o| o.label.as_str()).collect();
        let headings = heading_texts(&html);
        Ok(Page {
            html,
            warnings: body.warnings,
            contents: body
                .toc
                .iter()
                .filter(|t| t.level <= TOC_DEPTH)
                .map(|t| (t.id.clone(), t.text.clone()))
                .collect(),
            headings,
            anchors: body.toc.iter().map(|t| t.id.clone()).collect(),
            metadata: pdf::Metadata {
                title: summary.title.clone(),
                author: summary.organization.clone(),
                subject: format!(
                    "{} — {}",
                    msg!("render-cover-kind").plain(lang),
                    guidance.compact.get(lang)
                ),
                keywords: keywords.join(", "),
                lang: lang.code().to_string(),
            },
            lang,
        })
    }

    /// The objectives a report covers as its title page shows them, with the anchor of
    /// each one's section.
    fn objectives(
        &self,
        meta: &Meta,
        lang: Lang,
        anchor: impl Fn(u32) -> String,
    ) -> Vec<ObjectiveView> {
        let guidance = self.guidance;
        meta.objectives
            .iter()
            .copied()
            .filter_map(|n| guidance.objective(n))
            .map(|o| {
                let number = u32::from(o.number);
                let title = o.title.get(lang);
                ObjectiveView {
                    number,
                    label: format!(
                        "{} {}",
                        guidance.objective_label.get(lang),
                        lang.number(number)
                    ),
                    title: title.text.clone(),
                    status: match title.status {
                        crate::guidance::TextStatus::Official => "official",
                        crate::guidance::TextStatus::NetworkLabel => "network-label",
                        crate::guidance::TextStatus::WorkingTranslation => "working-translation",
                    },
                    anchor: anchor(number),
                }
            })
            .collect()
    }

    /// The report as an editable Word document, with warnings about what it could not
    /// hold.
    pub fn docx(&self, report: &Report, path: &Path) -> Result<(Vec<u8>, Vec<Msg>), String> {
        let lang = Self::lang_of(report);
        let guidance = self.guidance;
        let meta = Meta::read(report, guidance);
        let summary = self.summary_of(&meta, path, lang);
        let objectives = self.objectives(&meta, lang, |number| format!("objective-{number}"));
        let cover = docx::Cover {
            compact: guidance.compact.get(lang).clone(),
            kind: msg!("render-cover-kind").plain(lang),
            title: summary.title.clone(),
            fields: [
                ("render-organization", summary.organization.clone()),
                (
                    "render-partners",
                    meta.partners.join(&Msg::new("list-separator").plain(lang)),
                ),
                ("render-stakeholder", summary.stakeholder.clone()),
                (
                    "render-country",
                    summary
                        .countries
                        .join(&Msg::new("list-separator").plain(lang)),
                ),
                ("render-date", summary.date.clone()),
                ("render-contact", meta.contact.clone()),
            ]
            .into_iter()
            .filter(|(_, value)| !value.trim().is_empty())
            .map(|(key, value)| (Msg::new(key).plain(lang), value))
            .collect(),
            objectives_heading: Msg::new("render-objectives-covered").plain(lang),
            objectives: objectives
                .iter()
                .map(|o| {
                    let mark = match o.status {
                        "working-translation" => " *",
                        "network-label" => " †",
                        _ => "",
                    };
                    format!("{} {}{mark}", o.label, o.title)
                })
                .collect(),
            notes: [
                (
                    objectives.iter().any(|o| o.status == "working-translation"),
                    "* ",
                    "working_translation_note",
                ),
                (
                    objectives.iter().any(|o| o.status == "network-label"),
                    "† ",
                    "network_label_note",
                ),
            ]
            .into_iter()
            .filter(|(any, _, _)| *any)
            .map(|(_, mark, key)| format!("{mark}{}", guidance_texts(guidance, lang)[key]))
            .collect(),
            contents: Msg::new("render-contents").plain(lang),
        };
        let metadata = pdf::Metadata {
            title: summary.title.clone(),
            author: summary.organization.clone(),
            subject: format!("{} — {}", cover.kind, cover.compact),
            keywords: objectives
                .iter()
                .map(|o| o.label.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            lang: lang.code().to_string(),
        };
        let dir = path.parent().unwrap_or(Path::new("."));
        Ok(docx::write(
            &report.text[report.body_start..],
            &docx::Context {
                dir,
                placeholders: &self.placeholders,
                lang,
                number_paragraphs: self.options.number_paragraphs,
                cover: &cover,
                metadata: &metadata,
                page_label: msg!("render-page", page = "\u{E000}", pages = "\u{E001}").plain(lang),
                fields: Self::front_matter_texts(report),
            },
        ))
    }

    /// Each front matter field as one line of text: lists joined with commas.
    fn front_matter_texts(report: &Report) -> Vec<(String, String)> {
        use crate::report::frontmatter::{FrontMatter, texts};
        let FrontMatter::Fields(fields) = &report.front else {
            return Vec::new();
        };
        fields
            .iter()
            .map(|f| (f.key.clone(), texts(&f.value).join(", ")))
            .filter(|(_, value)| !value.is_empty())
            .collect()
    }

    /// An index page listing rendered reports.
    pub fn index(&self, rows: &[IndexRow], lang: Lang) -> Result<String, String> {
        let failed = rows.iter().filter(|r| r.failed).count();
        let index_summary = msg!(
            "render-index-summary",
            reports = rows.len(),
            failed = failed
        )
        .plain(lang);
        let mut context = Context::new();
        context.insert("version", env!("CARGO_PKG_VERSION"));
        context.insert("lang", lang.code());
        context.insert("dir", lang.dir());
        context.insert("guidance", &guidance_texts(self.guidance, lang));
        context.insert("index_summary", &index_summary);
        context.insert("reports", rows);
        style_context(&mut context, lang);
        self.tera
            .render("render/index.html", &context)
            .map_err(|e| crate::templates::describe(&e))
    }
}

/// Headings down to this level are in the table of contents.
const TOC_DEPTH: u8 = 3;

/// A rendered report: its page, and what printing it needs.
pub struct Page {
    /// The page, its table of contents without page numbers.
    pub html: String,
    /// What the page could not hold.
    pub warnings: Vec<Msg>,
    /// Each entry of the table of contents: its anchor and its text.
    contents: Vec<(String, String)>,
    /// The text of every heading of the page, in order.
    pub headings: Vec<String>,
    /// The anchor of every heading of the report's body, in order.
    pub anchors: Vec<String>,
    /// What a PDF of it says about itself.
    pub metadata: pdf::Metadata,
    lang: Lang,
}

impl Page {
    /// The page numbers of the table of contents, from where a print of the page put
    /// each entry's target (see [`pdf::destinations`]).
    pub fn page_numbers(&self, landed: &HashMap<String, u32>) -> Vec<Option<u32>> {
        self.contents
            .iter()
            .map(|(id, _)| landed.get(id).copied())
            .collect()
    }

    /// The page numbers to show in the table of contents: a CSS selector of each entry's
    /// number, and the number in the page's digits.
    pub fn numbers(&self, pages: &[Option<u32>]) -> Vec<(String, String)> {
        self.contents
            .iter()
            .zip(pages)
            .filter_map(|((id, _), page)| {
                // Anchors hold only letters, digits, `-` and `_`: no escaping to do.
                page.map(|page| {
                    (
                        format!("span.page[data-for=\"{id}\"]"),
                        self.lang.number(page),
                    )
                })
            })
            .collect()
    }
}

/// The text of every heading of a page, in order: what its PDF's bookmarks say.
fn heading_texts(html: &str) -> Vec<String> {
    let mut texts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<h") {
        rest = &rest[start + 2..];
        let Some(level) = rest.bytes().next().filter(|b| (b'1'..=b'6').contains(b)) else {
            continue;
        };
        let close = format!("</h{}>", char::from(level));
        let (Some(open_end), Some(end)) = (rest.find('>'), rest.find(&close)) else {
            continue;
        };
        if open_end < end {
            texts.push(visible_text(&rest[open_end + 1..end]));
        }
        rest = &rest[end..];
    }
    texts
}

/// The text of a piece of HTML as shown: tags dropped, entities read, spaces collapsed.
fn visible_text(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        match c {
            '<' => rest = rest.find('>').map_or("", |end| &rest[end + 1..]),
            '&' => {
                let end = rest.find(';').filter(|&end| end <= 10);
                let decoded = end.and_then(|end| match &rest[1..end] {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    name => name
                        .strip_prefix("#x")
                        .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                        .or_else(|| name.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                        .and_then(char::from_u32),
                });
                match (decoded, end) {
                    (Some(decoded), Some(end)) => {
                        text.push(decoded);
                        rest = &rest[end + 1..];
                    }
                    _ => {
                        text.push('&');
                        rest = &rest[1..];
                    }
                }
            }
            c => {
                text.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A line of the index page.
#[derive(Debug, Clone, Serialize)]
pub struct IndexRow {
    /// Link to the rendered file, relative to the index.
    pub href: Option<String>,
    /// What to show.
    #[serde(flatten)]
    pub summary: Summary,
    /// Status text.
    pub status: String,
    /// Whether rendering failed.
    pub failed: bool,
}

/// The guidance's own texts a page shows, in the page's language; labels come from the
/// catalogue through the templates' `t()`.
pub fn guidance_texts(
    guidance: &Guidance,
    lang: Lang,
) -> std::collections::HashMap<&'static str, String> {
    [
        ("compact", guidance.compact.get(lang).clone()),
        (
            "working_translation",
            guidance.working_translation.get(lang).clone(),
        ),
        (
            "working_translation_note",
            guidance.working_translation_note.get(lang).clone(),
        ),
        (
            "network_label_note",
            guidance.network_label_note.get(lang).clone(),
        ),
    ]
    .into_iter()
    .collect()
}

/// Font stacks from fonts commonly installed; the page never downloads one.
/// What `render/style.css` needs on a page that is not a report's: fonts, list numbers
/// and paragraph numbers in the page's language.
pub fn style_context(context: &mut Context, lang: Lang) {
    context.insert("fonts", fonts(lang));
    context.insert("counter_style", "decimal");
    context.insert("paragraph_number", paragraph_number(lang));
}

pub fn fonts(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => {
            "\"Amiri\", \"Noto Naskh Arabic\", \"Noto Sans Arabic\", \"Scheherazade New\", \"DejaVu Sans\", serif"
        }
        Lang::En | Lang::Fr => {
            "\"Noto Serif\", \"DejaVu Serif\", \"Liberation Serif\", \"Times New Roman\", serif"
        }
    }
}

/// A paragraph's number as a CSS `content` value: `6.` in Latin script; `٦ -` in Arabic,
/// where the full stop would read as a zero (٠).
pub fn paragraph_number(lang: Lang) -> &'static str {
    if lang.is_rtl() {
        "counter(paragraph, arabic-indic) \" -\""
    } else {
        "counter(paragraph, decimal) \".\""
    }
}

/// "Page 3 of 12" as a CSS `content` value, in the page's language and digits.
fn page_counter(lang: Lang) -> String {
    const PAGE: &str = "\u{E000}";
    const PAGES: &str = "\u{E001}";
    let text = msg!("render-page", page = PAGE, pages = PAGES).plain(lang);
    let style = if lang.is_rtl() {
        "arabic-indic"
    } else {
        "decimal"
    };
    let mut out = Vec::new();
    let mut rest = text.as_str();
    while let Some(i) = rest.find([
        PAGE.chars().next().unwrap_or_default(),
        PAGES.chars().next().unwrap_or_default(),
    ]) {
        if i > 0 {
            out.push(css_string(&rest[..i]));
        }
        let counter = if rest[i..].starts_with(PAGE) {
            "page"
        } else {
            "pages"
        };
        out.push(format!("counter({counter}, {style})"));
        rest = &rest[i + PAGE.len()..];
    }
    if !rest.is_empty() {
        out.push(css_string(rest));
    }
    out.join(" ")
}

/// A CSS string literal that cannot end the string, the rule or the `<style>` element.
pub fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '<' | '>' | '&' => out.push_str(&format!("\\{:X} ", c as u32)),
            c if c.is_control() => out.push_str(&format!("\\{:X} ", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// "15 October 2026", « 15 octobre 2026 », "١٥ تشرين الأول/أكتوبر ٢٠٢٦"; a value that is not
/// a date is shown as written.
fn long_date(text: &str, lang: Lang) -> String {
    match crate::date::Date::parse(text) {
        Some(d) => msg!(
            "date-long",
            day = d.day,
            month = d.month,
            year = i64::from(d.year)
        )
        .plain(lang),
        None => text.to_string(),
    }
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bookmarks_take_the_headings_text() {
        let html = "<header><h1 class=\"title\">A &amp; B &#x27;C&#x27;</h1></header>\n\
            <nav><h2>Contents</h2></nav><main>\n<h2 id=\"a\">Objective <em>6</em>:\n fair</h2><h3 id=\"b\">x</h3></main>";
        assert_eq!(
            heading_texts(html),
            ["A & B 'C'", "Contents", "Objective 6: fair", "x"]
        );
    }

    #[test]
    fn css_strings_cannot_break_out() {
        assert_eq!(css_string("a\"b\\c"), "\"a\\\"b\\\\c\"");
        assert_eq!(
            css_string("</style><script>"),
            "\"\\3C /style\\3E \\3C script\\3E \""
        );
        assert_eq!(css_string("x\ny"), "\"x\\A y\"");
    }

    #[test]
    fn page_counters_in_each_language() {
        assert_eq!(
            page_counter(Lang::En),
            "\"Page \" counter(page, decimal) \" of \" counter(pages, decimal)"
        );
        assert_eq!(
            page_counter(Lang::Ar),
            "\"صفحة \" counter(page, arabic-indic) \" من \" counter(pages, arabic-indic)"
        );
    }
}
