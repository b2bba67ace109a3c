//! The report body as HTML, with comrak, made safe for reports written by others: raw HTML
//! and scaffold prompts are dropped, placeholders left out, dangerous URLs removed (comrak's
//! safe mode), remote images turned into links (never fetched), local images embedded only
//! when they lie inside the report's folder, links leaving the folder unlinked.

use std::collections::VecDeque;
use std::fmt;
use std::path::Path;
use std::sync::Mutex;

use comrak::adapters::{HeadingAdapter, HeadingMeta};
use comrak::nodes::{AstNode, NodeValue, Sourcepos};
use comrak::options::Plugins;
use comrak::{Anchorizer, Arena, Options, format_html_with_plugins, parse_document};

use crate::links::{local_link_problem, percent_decode};
use crate::report::{HeadingKind, HeadingMatcher, Placeholders, classify_outline};

/// Images larger than this are not embedded.
const MAX_IMAGE_BYTES: u64 = 8 * 1024 * 1024;

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
) -> Body {
    let arena = Arena::new();
    let options = options();
    let root = parse_document(&arena, markdown, &options);
    clean(root, dir, placeholders);
    let toc = headings(root, matcher, guidance);
    let adapter = Headings {
        ids: Mutex::new(toc.iter().map(|t| t.id.clone()).collect()),
    };
    let mut plugins = Plugins::default();
    plugins.render.heading_adapter = Some(&adapter);
    let mut html = String::new();
    // Writing into a String cannot fail.
    let _ = format_html_with_plugins(root, &options, &mut html, &plugins);
    Body { html, toc }
}

/// Removes and rewrites what must not reach the page.
fn clean<'a>(root: &'a AstNode<'a>, dir: &Path, placeholders: &Placeholders) {
    let nodes: Vec<&AstNode> = root.descendants().collect();
    for node in nodes {
        let value = node.data.borrow().value.clone();
        match value {
            NodeValue::HtmlBlock(_) | NodeValue::HtmlInline(_) => node.detach(),
            NodeValue::Paragraph if placeholders.matches(&node.collect_text()) => node.detach(),
            NodeValue::Image(link) => {
                let url = link.url.trim().to_string();
                if is_remote(&url) {
                    // Never fetched: the reader follows the link if they wish.
                    node.data.borrow_mut().value = NodeValue::Link(link);
                } else if let Some(data) = embed(dir, &url) {
                    let mut new = link.clone();
                    new.url = data;
                    node.data.borrow_mut().value = NodeValue::Image(new);
                } else {
                    unwrap(node);
                }
            }
            NodeValue::Link(link) => {
                let url = link.url.trim();
                if !is_remote(url)
                    && !url.starts_with('#')
                    && !url.starts_with("mailto:")
                    && local_link_problem(dir, url).is_some()
                {
                    unwrap(node);
                }
            }
            _ => {}
        }
    }
}

/// Replaces a node by its children.
fn unwrap<'a>(node: &'a AstNode<'a>) {
    let children: Vec<_> = node.children().collect();
    for child in children {
        node.insert_before(child);
    }
    node.detach();
}

fn is_remote(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("//")
}

/// A local image inside the report's folder as a `data:` URL.
fn embed(dir: &Path, url: &str) -> Option<String> {
    if url.contains(':') || local_link_problem(dir, url).is_some() {
        return None;
    }
    let file = url.split(['#', '?']).next()?;
    let path = dir.join(percent_decode(file));
    let mime = match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "svg" => "image/svg+xml",
        _ => return None,
    };
    if std::fs::metadata(&path).ok()?.len() > MAX_IMAGE_BYTES {
        return None;
    }
    let bytes = std::fs::read(&path).ok()?;
    Some(format!("data:{mime};base64,{}", base64(&bytes)))
}

fn base64(bytes: &[u8]) -> String {
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
    let mut anchors = Anchorizer::new();
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
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }
}
