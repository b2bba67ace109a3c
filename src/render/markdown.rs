//! The report body as HTML, with comrak, made safe for reports written by others: raw HTML
//! and scaffold prompts are dropped, placeholders left out, dangerous URLs removed (comrak's
//! safe mode), remote images turned into links (never fetched), local images embedded only
//! when they lie inside the report's folder, links leaving the folder unlinked.

use std::collections::VecDeque;
use std::fmt;
use std::path::Path;
use std::sync::Mutex;

use comrak::adapters::{HeadingAdapter, HeadingMeta};
use comrak::nodes::{AstNode, NodeCodeBlock, NodeValue, Sourcepos};
use comrak::options::Plugins;
use comrak::{Anchorizer, Arena, Options, format_html_with_plugins, parse_document};

use crate::links::{is_web, link_problem, percent_decode};
use crate::messages::Msg;
use crate::report::{HeadingKind, HeadingMatcher, Placeholders, classify_outline};

/// Images larger than this are not embedded.
pub const MAX_IMAGE_BYTES: u64 = 8 * 1024 * 1024;

/// What one page may embed in all, counting each image once: beyond it, images become
/// links to their files.
pub const MAX_PAGE_IMAGE_BYTES: u64 = 24 * 1024 * 1024;

/// A heading, for the table of contents.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TocEntry {
    /// 1 to 6.
    pub level: u8,
    /// Its text.
    pub text: String,
    /// Its anchor.
    pub id: String,
    /// Objective number, for objective headings.
    pub objective: Option<u32>,
}

/// The body as HTML, and its outline.
#[derive(Debug, Clone)]
pub struct Body {
    /// HTML of the body.
    pub html: String,
    /// Headings in order.
    pub toc: Vec<TocEntry>,
    /// Images that were linked rather than embedded, and why.
    pub warnings: Vec<Msg>,
}

/// The comrak options every rendering uses; also used by the test that compares comrak's
/// outline with the report model's.
pub fn options() -> Options<'static> {
    let mut options = Options::default();
    options.extension.table = true;
    options.extension.footnotes = true;
    options.extension.strikethrough = true;
    options.extension.tasklist = true;
    options.extension.autolink = true;
    options
}

/// Headings of a Markdown text as comrak sees them: level and text.
#[cfg(test)]
pub fn outline(markdown: &str) -> Vec<(u8, String)> {
    let arena = Arena::new();
    heading_texts(parse_document(&arena, markdown, &options()))
}

/// Level and text of every heading under `root`, in order.
fn heading_texts<'a>(root: &'a AstNode<'a>) -> Vec<(u8, String)> {
    root.descendants()
        .filter_map(|node| match &node.data.borrow().value {
            NodeValue::Heading(h) => Some((h.level, node.collect_text())),
            _ => None,
        })
        .collect()
}

/// Renders the Markdown body of a report found in `dir`.
pub fn render(
    markdown: &str,
    dir: &Path,
    matcher: &HeadingMatcher,
    placeholders: &Placeholders,
    guidance: &crate::guidance::Guidance,
    lang: crate::lang::Lang,
) -> Body {
    let arena = Arena::new();
    let options = options();
    let root = parse_document(&arena, markdown, &options);
    let mut images = Images::default();
    let mut warnings = Vec::new();
    clean(
        root,
        markdown,
        dir,
        placeholders,
        &mut images,
        &mut warnings,
    );
    let toc = headings(root, matcher, guidance);
    let adapter = Headings {
        ids: Mutex::new(toc.iter().map(|t| t.id.clone()).collect()),
    };
    let mut plugins = Plugins::default();
    plugins.render.heading_adapter = Some(&adapter);
    let mut html = images.style();
    // Writing into a String cannot fail.
    let _ = format_html_with_plugins(root, &options, &mut html, &plugins);
    Body {
        html: finish(&html, lang),
        toc,
        warnings,
    }
}

/// Completes comrak's HTML for reading and print: every block takes its direction from
/// its own text, an image alone in its paragraph becomes a figure with a caption, notes
/// get a heading and back-links labelled in the report's language, and note markers are
/// in the report's digits. comrak escapes every attribute and text, so what is looked for
/// here can only be comrak's own markup.
fn finish(html: &str, lang: crate::lang::Lang) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 16);
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(after) = rest.strip_prefix("<p><img ") {
            if let Some(end) = after.find(" /></p>") {
                let attributes = &after[..end];
                let caption = attribute(attributes, "title")
                    .filter(|t| !t.is_empty())
                    .or_else(|| attribute(attributes, "alt"))
                    .unwrap_or_default();
                out.push_str("<figure><img ");
                out.push_str(attributes);
                out.push_str(" />");
                if !caption.is_empty() {
                    out.push_str("<figcaption dir=\"auto\">");
                    out.push_str(caption);
                    out.push_str("</figcaption>");
                }
                out.push_str("</figure>");
                rest = &after[end + " /></p>".len()..];
                continue;
            }
        }
        if let Some(after) = rest.strip_prefix("<section class=\"footnotes\" data-footnotes>") {
            out.push_str("<section class=\"footnotes\" data-footnotes>\n<h2 class=\"notes\">");
            out.push_str(&crate::msg!("render-notes").plain(lang));
            out.push_str("</h2>");
            rest = after;
            continue;
        }
        if let Some(after) = rest.strip_prefix("<a href=\"#fnref-") {
            // The back-link: its label in the report's language, its arrow hidden in print.
            if let Some(end) = after.find("</a>") {
                let tag = &after[..end];
                let number = attribute(tag, "data-footnote-backref-idx")
                    .and_then(|n| n.parse::<u32>().ok())
                    .unwrap_or_default();
                let label = crate::msg!("render-back-to-reference", number = lang.number(number))
                    .plain(lang);
                let target = tag.split('"').next().unwrap_or_default();
                out.push_str(&format!(
                    "<a href=\"#fnref-{target}\" class=\"footnote-backref\" aria-label=\"{}\">↩</a>",
                    tera::escape_html(&label)
                ));
                rest = &after[end + "</a>".len()..];
                continue;
            }
        }
        if let Some((tag, after)) = ["<p>", "<td", "<th", "<blockquote>", "<dd>", "<dt>"]
            .iter()
            .find_map(|tag| rest.strip_prefix(tag).map(|after| (*tag, after)))
            .filter(|(tag, after)| tag.ends_with('>') || after.starts_with(['>', ' ']))
        {
            let name = tag.trim_end_matches('>');
            out.push_str(name);
            out.push_str(" dir=\"auto\"");
            if tag.ends_with('>') {
                out.push('>');
            }
            rest = after;
            // A column's alignment as a class: the `align` attribute is obsolete HTML.
            for side in ["left", "center", "right"] {
                if let Some(after) = rest.strip_prefix(&format!(" align=\"{side}\"")) {
                    out.push_str(&format!(" class=\"align-{side}\""));
                    rest = after;
                }
            }
            continue;
        }
        if let Some(after) = rest.strip_prefix("<sup class=\"footnote-ref\"><a href=\"#fn-") {
            // The marker's number in the report's digits.
            if let Some(end) = after.find("</a></sup>") {
                let tag = &after[..end];
                if let Some((attributes, number)) = tag.split_once('>') {
                    out.push_str("<sup class=\"footnote-ref\"><a href=\"#fn-");
                    out.push_str(attributes);
                    out.push('>');
                    out.push_str(&match number.parse::<u32>() {
                        Ok(n) => lang.number(n),
                        Err(_) => number.to_string(),
                    });
                    out.push_str("</a></sup>");
                    rest = &after[end + "</a></sup>".len()..];
                    continue;
                }
            }
        }
        out.push('<');
        rest = &rest[1..];
    }
    out.push_str(rest);
    out
}

/// The value of an attribute as comrak wrote it (escaped, in double quotes).
fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// The `src` of an embedded image: a transparent pixel named after the image (comrak lets
/// only `data:image/…` URLs through), which the page's style sheet replaces.
fn placeholder(name: &str) -> String {
    format!(
        "data:image/gif;name={name};base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
    )
}

/// How an image is shown on the page.
enum Shown {
    /// Embedded, with this `src`.
    Embedded(String),
    /// A link to its file, which lies inside the report's folder.
    Linked,
    /// Only its alternative text.
    Dropped,
}

/// The local images of one page. Each is embedded once, in a style sheet at the top of
/// the body, however often the report shows it: an `<img>` points at its entry with a
/// `data:` URL that names it, and the style sheet gives that image its content.
#[derive(Default)]
struct Images {
    /// File (canonical), its name in the page, its `data:` URL.
    embedded: Vec<(std::path::PathBuf, String, String)>,
    bytes: u64,
}

impl Images {
    /// How a local image of the report is shown; a warning says why an image of the
    /// folder was linked rather than embedded.
    fn show(&mut self, dir: &Path, url: &str, warnings: &mut Vec<Msg>) -> Shown {
        if url.contains(':') || link_problem(dir, url).is_some() {
            return Shown::Dropped;
        }
        let file = url.split(['#', '?']).next().unwrap_or_default();
        let path = dir.join(percent_decode(file));
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default();
        let mime = match extension.to_ascii_lowercase().as_str() {
            "png" => "image/png",
            "jpg" | "jpeg" => "image/jpeg",
            "gif" => "image/gif",
            "webp" => "image/webp",
            "svg" => "image/svg+xml",
            _ => return Shown::Dropped,
        };
        let Ok(key) = path.canonicalize() else {
            return Shown::Dropped;
        };
        if let Some((_, name, _)) = self.embedded.iter().find(|(p, _, _)| *p == key) {
            return Shown::Embedded(placeholder(name));
        }
        let shown = url.to_string();
        let bytes = match crate::fsutil::read_capped(&path, MAX_IMAGE_BYTES) {
            Ok(bytes) => bytes,
            Err(crate::fsutil::ReadError::TooLarge(_)) => {
                warnings.push(crate::msg!(
                    "render-image-too-large",
                    image = shown,
                    limit = (MAX_IMAGE_BYTES / (1024 * 1024)) as i64
                ));
                return Shown::Linked;
            }
            // A pipe or a device named like an image is never read, nor linked.
            Err(_) => return Shown::Dropped,
        };
        if self.bytes + bytes.len() as u64 > MAX_PAGE_IMAGE_BYTES {
            warnings.push(crate::msg!(
                "render-images-over-cap",
                image = shown,
                limit = (MAX_PAGE_IMAGE_BYTES / (1024 * 1024)) as i64
            ));
            return Shown::Linked;
        }
        self.bytes += bytes.len() as u64;
        let name = format!("image-{}", self.embedded.len() + 1);
        let data = format!("data:{mime};base64,{}", base64(&bytes));
        let source = placeholder(&name);
        self.embedded.push((key, name, data));
        Shown::Embedded(source)
    }

    /// The style sheet that gives each image its content; nothing when there is none.
    fn style(&self) -> String {
        if self.embedded.is_empty() {
            return String::new();
        }
        let mut css = String::from("<style>\n");
        for (_, name, data) in &self.embedded {
            // The name is ours and base64 holds no quote: nothing can end the string.
            css.push_str(&format!(
                "img[src=\"{}\"] {{ content: url(\"{data}\"); }}\n",
                placeholder(name)
            ));
        }
        css.push_str("</style>\n");
        css
    }
}

/// Removes and rewrites what must not reach the page.
fn clean<'a>(
    root: &'a AstNode<'a>,
    markdown: &str,
    dir: &Path,
    placeholders: &Placeholders,
    images: &mut Images,
    warnings: &mut Vec<Msg>,
) {
    let nodes: Vec<&AstNode> = root.descendants().collect();
    for node in nodes {
        let value = node.data.borrow().value.clone();
        match value {
            NodeValue::HtmlBlock(_) | NodeValue::HtmlInline(_) => node.detach(),
            NodeValue::Paragraph if placeholders.matches(&node.collect_text()) => node.detach(),
            NodeValue::Image(link) => {
                let url = link.url.trim().to_string();
                if is_web(&url) {
                    // Never fetched: the reader follows the link if they wish.
                    node.data.borrow_mut().value = NodeValue::Link(link);
                } else {
                    match images.show(dir, &url, warnings) {
                        Shown::Embedded(source) => {
                            let mut new = link.clone();
                            new.url = source;
                            node.data.borrow_mut().value = NodeValue::Image(new);
                        }
                        Shown::Linked => node.data.borrow_mut().value = NodeValue::Link(link),
                        Shown::Dropped => unwrap(node),
                    }
                }
            }
            NodeValue::Link(link) if link_problem(dir, &link.url).is_some() => unwrap(node),
            NodeValue::Table(table) if table.num_columns > MAX_TABLE_COLUMNS => {
                warnings.push(crate::msg!(
                    "render-table-too-wide",
                    columns = table.num_columns,
                    limit = MAX_TABLE_COLUMNS
                ));
                as_source(node, markdown);
            }
            _ => {}
        }
    }
}

/// Tables wider than this are shown as their source text: no report needs them, and
/// comrak's HTML writer takes time quadratic in a table's width.
pub const MAX_TABLE_COLUMNS: usize = 1000;

/// Replaces a block by a code block of its source lines.
fn as_source<'a>(node: &'a AstNode<'a>, markdown: &str) {
    let (start, end) = {
        let pos = node.data.borrow().sourcepos;
        (pos.start.line, pos.end.line)
    };
    let literal: String = markdown
        .split_inclusive('\n')
        .skip(start.saturating_sub(1))
        .take(end + 1 - start.min(end))
        .collect();
    let children: Vec<_> = node.children().collect();
    for child in children {
        child.detach();
    }
    node.data.borrow_mut().value = NodeValue::CodeBlock(Box::new(NodeCodeBlock {
        literal,
        ..NodeCodeBlock::default()
    }));
}

/// Replaces a node by its children.
fn unwrap<'a>(node: &'a AstNode<'a>) {
    let children: Vec<_> = node.children().collect();
    for child in children {
        node.insert_before(child);
    }
    node.detach();
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(TABLE[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The outline with anchors: `objective-6` for objective sections, the guidance's id for
/// its sections, a slug of the text otherwise.
fn headings<'a>(
    root: &'a AstNode<'a>,
    matcher: &HeadingMatcher,
    guidance: &crate::guidance::Guidance,
) -> Vec<TocEntry> {
    let outline = heading_texts(root);
    let kinds = classify_outline(outline.iter().map(|(l, t)| (*l, t.as_str())), matcher);
    let mut anchors = Anchors::default();
    outline
        .into_iter()
        .zip(kinds)
        .map(|((level, text), kind)| {
            let (id, objective) = match kind {
                HeadingKind::Objective(n) => {
                    (anchors.anchorize(&format!("objective-{n}")), Some(n))
                }
                HeadingKind::Section(s) => (anchors.anchorize(&guidance.sections[s].id), None),
                HeadingKind::Other => {
                    let slug = anchors.anchorize(&text);
                    (
                        if slug.is_empty() {
                            anchors.anchorize("section")
                        } else {
                            slug
                        },
                        None,
                    )
                }
            };
            TocEntry {
                level,
                text,
                id,
                objective,
            }
        })
        .collect()
}

/// Unique anchors, as comrak's [`Anchorizer`] makes them (`a`, `a-1`, `a-2`, …), in time
/// linear in the number of headings: comrak's tries every suffix from 1 again for each
/// repeat, so 20,000 identical headings took half a minute.
#[derive(Default)]
struct Anchors {
    used: std::collections::HashSet<String>,
    /// For each slug, the suffix to try next.
    next: std::collections::HashMap<String, usize>,
}

impl Anchors {
    fn anchorize(&mut self, text: &str) -> String {
        let slug = Anchorizer::new().anchorize(text);
        let next = self.next.entry(slug.clone()).or_insert(0);
        loop {
            let anchor = match *next {
                0 => slug.clone(),
                n => format!("{slug}-{n}"),
            };
            *next += 1;
            if self.used.insert(anchor.clone()) {
                return anchor;
            }
        }
    }
}

/// Writes headings with the anchors computed beforehand, in document order.
struct Headings {
    ids: Mutex<VecDeque<String>>,
}

impl HeadingAdapter for Headings {
    fn enter(
        &self,
        output: &mut dyn fmt::Write,
        heading: &HeadingMeta,
        _: Option<Sourcepos>,
    ) -> fmt::Result {
        let id = self
            .ids
            .lock()
            .ok()
            .and_then(|mut ids| ids.pop_front())
            .unwrap_or_default();
        // Anchors hold only letters, digits, `-` and `_` (Anchorizer), so need no escaping.
        write!(output, "<h{} id=\"{id}\" dir=\"auto\">", heading.level)
    }

    fn exit(&self, output: &mut dyn fmt::Write, heading: &HeadingMeta) -> fmt::Result {
        writeln!(output, "</h{}>", heading.level)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_take_their_own_direction_and_notes_speak_the_reports_language() {
        let html = "<p><img src=\"data:image/gif;name=image-1;base64,R0\" alt=\"A chart\" title=\"Fees &amp; debts\" /></p>\n\
            <p>Text<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>12</a></sup></p>\n\
            <table><tr><th align=\"right\">a</th><td>b</td></tr></table>\n\
            <ul>\n<li>item</li>\n</ul>\n\
            <section class=\"footnotes\" data-footnotes>\n<ol>\n<li id=\"fn-1\">\n<p>Note <a href=\"#fnref-1\" class=\"footnote-backref\" data-footnote-backref data-footnote-backref-idx=\"1\" aria-label=\"Back to reference 1\">↩</a></p>\n</li>\n</ol>\n</section>\n";
        let ar = finish(html, crate::lang::Lang::Ar);
        assert!(ar.contains("<figure><img src=\"data:image/gif;name=image-1;base64,R0\" alt=\"A chart\" title=\"Fees &amp; debts\" /><figcaption dir=\"auto\">Fees &amp; debts</figcaption></figure>"), "{ar}");
        assert!(ar.contains("data-footnote-ref>١٢</a>"), "{ar}");
        assert!(
            ar.contains("<th dir=\"auto\" class=\"align-right\">a</th><td dir=\"auto\">b</td>"),
            "{ar}"
        );
        assert!(
            ar.contains("<li>item</li>"),
            "list items keep their list's side: {ar}"
        );
        assert!(ar.contains("<h2 class=\"notes\">الحواشي</h2>"), "{ar}");
        assert!(
            ar.contains("aria-label=\"العودة إلى موضع الحاشية ١\">↩</a>"),
            "{ar}"
        );
        let fr = finish(html, crate::lang::Lang::Fr);
        assert!(fr.contains("Retour à l&#x27;appel de note 1"), "{fr}");
        assert!(fr.contains("data-footnote-ref>12</a>"), "{fr}");
        // Without a title, the alternative text is the caption.
        let plain = finish(
            "<p><img src=\"x\" alt=\"Only alt\" /></p>",
            crate::lang::Lang::En,
        );
        assert!(
            plain.contains("<figcaption dir=\"auto\">Only alt</figcaption>"),
            "{plain}"
        );
    }

    #[test]
    fn anchors_are_unique_as_comrak_makes_them() {
        let mut ours = Anchors::default();
        let mut comrak = Anchorizer::new();
        for text in ["A b", "A b", "a-b-1", "A b", "Été", "", "", "a-b"] {
            assert_eq!(ours.anchorize(text), comrak.anchorize(text), "{text}");
        }
    }

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }
}
