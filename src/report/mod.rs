//! The report model every rule reads: the front matter with the position of each key, the
//! outline of headings (which guidance section or objective each one is), the words each
//! heading holds, links, images, raw HTML, scaffold prompts and placeholders, all with byte
//! offsets for diagnostics. Built in one streaming pass of pulldown-cmark.

pub mod frontmatter;
pub mod heading;
pub mod meta;
pub mod words;

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

pub use frontmatter::{Field, FrontMatter, objective_number};
pub use heading::HeadingMatcher;
pub use meta::Meta;

use crate::diagnostic::LineIndex;
use crate::guidance::Guidance;

/// Reports larger than this are not parsed: a long report is well under 1 MB.
pub const MAX_REPORT_BYTES: u64 = 16 * 1024 * 1024;

/// Reports with more lines and Markdown marks than this together are not parsed: the
/// Markdown parsers build a node for nearly every line and mark of the whole text before
/// the first is read, so these, not bytes, decide their memory. A report of 15,000 words
/// has about 10,000.
pub const MAX_MARKS: usize = 150_000;

/// The characters at which a Markdown parser may start a new node: those that open or
/// close an element, and those where comrak looks for a link written out (`www.`, `https:`).
const MARKS: [bool; 256] = {
    let mut table = [false; 256];
    let marks = b"\n\r*_~`[]!<&\\|>-+#\":w$";
    let mut i = 0;
    while i < marks.len() {
        table[marks[i] as usize] = true;
        i += 1;
    }
    table
};

/// Marker that opens a scaffold prompt, a comment the guidance's questions are left in.
pub const PROMPT_OPEN: &str = "<!-- prompt:";

/// Markers of unfinished text, matched as whole words.
const MARKERS: &[&str] = &["TODO", "TBD", "XXX", "FIXME"];

/// What a heading is in the guidance's terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadingKind {
    /// A guidance section (index into the guidance's sections).
    Section(usize),
    /// An objective sub-section (its number, possibly out of range).
    Objective(u32),
    /// Anything else.
    Other,
}

/// The placeholder text a scaffold leaves, as the guidance gives it in every language.
#[derive(Debug, Clone)]
pub struct Placeholders {
    texts: Vec<String>,
    /// The bytes they start with, each once (`[` in every language).
    firsts: Vec<u8>,
}

impl Placeholders {
    /// The guidance's placeholders.
    pub fn new(guidance: &Guidance) -> Placeholders {
        let texts: Vec<String> = guidance
            .placeholder
            .iter()
            .map(|(_, p)| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect();
        let mut firsts: Vec<u8> = texts.iter().map(|p| p.as_bytes()[0]).collect();
        firsts.sort_unstable();
        firsts.dedup();
        Placeholders { texts, firsts }
    }

    /// Whether a paragraph is unfinished: it holds a placeholder, or is only an ellipsis.
    pub fn matches(&self, paragraph: &str) -> bool {
        let text = paragraph.trim().as_bytes();
        // Most paragraphs hold none of the placeholders' first bytes: one fast scan for
        // each such byte, and a comparison where one is.
        self.firsts.iter().any(|&first| {
            memchr::memchr_iter(first, text).any(|at| {
                self.texts
                    .iter()
                    .any(|p| text[at..].starts_with(p.as_bytes()))
            })
        }) || matches!(paragraph.trim(), "…" | "..." | "[…]" | "[...]")
    }
}

/// A heading and what it holds up to the next heading.
#[derive(Debug, Clone)]
pub struct Heading {
    /// 1 to 6.
    pub level: u8,
    /// Its text.
    pub text: String,
    /// Where it is in the file.
    pub range: Range<usize>,
    /// What it is.
    pub kind: HeadingKind,
    /// Words of its own text, before the next heading.
    pub words: usize,
    /// Scaffold prompts left in its own text.
    pub prompts: usize,
    /// Placeholders left in its own text.
    pub placeholders: usize,
    /// List items in its own text.
    pub list_items: usize,
}

/// What a heading holds, with the headings under it.
#[derive(Debug, Clone, Copy)]
pub struct Held {
    /// Words.
    pub words: usize,
    /// Whether placeholder text or markers are left in it.
    pub unfinished: bool,
    /// List items.
    pub list_items: usize,
}

/// A link or an image.
#[derive(Debug, Clone)]
pub struct Link {
    /// Where it points.
    pub dest: String,
    /// Where it is in the file.
    pub range: Range<usize>,
    /// An image rather than a link.
    pub image: bool,
    /// Alternative text of an image.
    pub alt: String,
}

/// Unfinished text left in a report.
#[derive(Debug, Clone)]
pub enum Unfinished {
    /// A `<!-- prompt: … -->` comment.
    Prompt,
    /// The guidance's placeholder text, or a paragraph that is only `…`.
    Placeholder,
    /// A `TODO`/`TBD`/`XXX`/`FIXME` marker.
    Marker(&'static str),
}

/// A parsed report.
#[derive(Debug, Clone)]
pub struct Report {
    /// The text, without a byte order mark.
    pub text: String,
    /// Line starts of the text.
    pub index: LineIndex,
    /// The front matter.
    pub front: FrontMatter,
    /// Byte offset where the Markdown body starts.
    pub body_start: usize,
    /// Headings in order.
    pub headings: Vec<Heading>,
    /// Words before the first heading.
    pub preamble_words: usize,
    /// Links and images.
    pub links: Vec<Link>,
    /// Raw HTML that is not a comment.
    pub html: Vec<Range<usize>>,
    /// Unfinished text, with where it is: the first [`MAX_UNFINISHED_KEPT`].
    pub unfinished: Vec<(Unfinished, Range<usize>)>,
    /// Unfinished text found beyond those kept.
    pub unfinished_more: usize,
    /// The text of its paragraphs, list items, table cells and code blocks, one block a
    /// line, without markup, placeholders or comments: what its writers wrote. Only when
    /// asked for ([`Report::parse`]); empty otherwise.
    pub prose: String,
}

/// Unfinished text kept with its place; more are only counted, so that a text made of
/// `TODO`s costs no more than one made of words.
pub const MAX_UNFINISHED_KEPT: usize = 1000;

/// Why a file cannot be read as a report at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// The system refused, for this reason.
    Io(String),
    /// Not a regular file: a folder, a named pipe, a device.
    NotAFile(crate::fsutil::FileKind),
    /// Larger than [`MAX_REPORT_BYTES`].
    TooLarge(u64),
    /// Holds NUL bytes: not text.
    Binary,
    /// Not valid UTF-8; the line and column of the first bad byte.
    NotUtf8 {
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
    },
    /// Nothing but white space.
    Empty,
    /// More lines and marks than [`MAX_MARKS`]; the 1-based line where the limit is passed.
    TooManyMarks(usize),
    /// A `.docx` that cannot be read as a Word document: why.
    NotWord(WordProblem),
}

/// Why a `.docx` cannot be read as a Word document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordProblem {
    /// Not a zip holding a document: not a Word document at all.
    NotDocx,
    /// A protected document, or an older `.doc`.
    Encrypted,
    /// A part too large, or XML that does not parse: why.
    Broken(String),
}

impl Report {
    /// Reads a report's file: only a regular file, only up to [`MAX_REPORT_BYTES`], only
    /// text.
    pub fn load(path: &std::path::Path) -> Result<String, Unreadable> {
        use crate::fsutil::{ReadError, read_capped};
        let bytes = read_capped(path, MAX_REPORT_BYTES).map_err(|e| match e {
            ReadError::NotAFile(kind) => Unreadable::NotAFile(kind),
            ReadError::TooLarge(bytes) => Unreadable::TooLarge(bytes),
            ReadError::Io(e) => Unreadable::Io(e.to_string()),
        })?;
        Report::decode(bytes)
    }

    /// Decodes a file's bytes, refusing what is not a text report.
    pub fn decode(bytes: Vec<u8>) -> Result<String, Unreadable> {
        if bytes.len() as u64 > MAX_REPORT_BYTES {
            return Err(Unreadable::TooLarge(bytes.len() as u64));
        }
        if memchr::memchr(0, &bytes).is_some() {
            return Err(Unreadable::Binary);
        }
        let mut text = String::from_utf8(bytes).map_err(|e| {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            // The prefix is valid UTF-8 by definition.
            let valid = std::str::from_utf8(valid).unwrap_or_default();
            let line = valid.matches('\n').count() + 1;
            let column = valid
                .rsplit('\n')
                .next()
                .unwrap_or_default()
                .chars()
                .count()
                + 1;
            Unreadable::NotUtf8 { line, column }
        })?;
        if text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        if text.trim().is_empty() {
            return Err(Unreadable::Empty);
        }
        check_shape(&text)?;
        Ok(text)
    }

    /// Parses a report's text against the guidance, keeping its [`Report::prose`] when
    /// `keep_prose`.
    pub fn parse(
        text: String,
        guidance: &Guidance,
        matcher: &HeadingMatcher,
        keep_prose: bool,
    ) -> Report {
        let index = LineIndex::new(&text);
        let (front, body_start) = frontmatter::split(&text);
        let mut report = Report {
            index,
            front,
            body_start,
            headings: Vec::new(),
            preamble_words: 0,
            links: Vec::new(),
            html: Vec::new(),
            unfinished: Vec::new(),
            unfinished_more: 0,
            text: String::new(),
            // Room for the whole body at once: the prose is at most that, and growing it
            // block by block would copy it again and again.
            prose: String::with_capacity(if keep_prose {
                text.len() - body_start
            } else {
                0
            }),
        };
        let mut walker = Walker::new(guidance, &mut report);
        walker.keep_prose = keep_prose;
        walker.walk(&text[body_start..], body_start);
        classify(&mut report.headings, matcher);
        report.text = text;
        report
    }

    /// Words in the whole body.
    pub fn words(&self) -> usize {
        self.preamble_words + self.headings.iter().map(|h| h.words).sum::<usize>()
    }

    /// The headings under heading `i`: up to the next heading of the same or a higher level.
    pub fn extent(&self, i: usize) -> Range<usize> {
        let level = self.headings[i].level;
        let end = self.headings[i + 1..]
            .iter()
            .position(|h| h.level <= level)
            .map_or(self.headings.len(), |p| i + 1 + p);
        i..end
    }

    /// The headings of objectives the guidance has: each one's index and number, in order.
    pub fn known_objectives<'a>(
        &'a self,
        guidance: &'a Guidance,
    ) -> impl Iterator<Item = (usize, u32)> + 'a {
        self.headings
            .iter()
            .enumerate()
            .filter_map(move |(i, h)| match h.kind {
                HeadingKind::Objective(n) if guidance.objective(n).is_some() => Some((i, n)),
                _ => None,
            })
    }

    /// Whether the front matter parsed to a set of fields.
    pub fn has_fields(&self) -> bool {
        matches!(self.front, FrontMatter::Fields(_))
    }

    /// What heading `i` holds, with the headings under it.
    pub fn held(&self, i: usize) -> Held {
        let under = &self.headings[self.extent(i)];
        Held {
            words: under.iter().map(|h| h.words).sum(),
            unfinished: under.iter().any(|h| h.placeholders > 0),
            list_items: under.iter().map(|h| h.list_items).sum(),
        }
    }

    /// The front matter's fields, when it parsed to a mapping.
    pub fn fields(&self) -> &[Field] {
        match &self.front {
            FrontMatter::Fields(fields) => fields,
            _ => &[],
        }
    }

    /// A front matter field by key.
    pub fn field(&self, key: &str) -> Option<&Field> {
        self.fields().iter().find(|f| f.key == key)
    }

    /// The language the front matter names, when it names a valid one.
    pub fn lang(&self) -> Option<crate::lang::Lang> {
        self.field(meta::key::LANGUAGE)
            .and_then(|f| f.value.as_str())
            .and_then(crate::lang::Lang::from_code)
    }

    /// A front matter field as text ("" when absent or not text).
    pub fn text_field(&self, key: &str) -> String {
        self.field(key)
            .and_then(|f| frontmatter::scalar(&f.value))
            .unwrap_or_default()
    }

    /// A front matter field holding one text or a list of texts.
    pub fn list_field(&self, key: &str) -> Vec<String> {
        self.field(key)
            .map(|f| frontmatter::texts(&f.value))
            .unwrap_or_default()
    }

    /// The numbers in `objectives`, in order, ignoring what is not a number.
    pub fn declared_objectives(&self) -> Vec<u32> {
        match self.field(meta::key::OBJECTIVES).map(|f| &f.value) {
            Some(serde_yaml::Value::Sequence(items)) => items
                .iter()
                .filter_map(frontmatter::objective_number)
                .collect(),
            Some(other) => frontmatter::objective_number(other).into_iter().collect(),
            None => Vec::new(),
        }
    }
}

/// Refuses a text whose lines and Markdown marks would make the parsers' memory grow far
/// beyond the text itself.
fn check_shape(text: &str) -> Result<(), Unreadable> {
    let bytes = text.as_bytes();
    // A byte is at most one mark: a text this short cannot pass the limit.
    if bytes.len() <= MAX_MARKS {
        return Ok(());
    }
    // Counted without a branch per byte; the line where the limit is passed is looked
    // for only when it is.
    let marks: usize = bytes
        .iter()
        .map(|&b| usize::from(MARKS[usize::from(b)]))
        .sum();
    if marks <= MAX_MARKS {
        return Ok(());
    }
    let mut seen = 0;
    let mut line = 1;
    for &byte in bytes {
        seen += usize::from(MARKS[usize::from(byte)]);
        if seen > MAX_MARKS {
            break;
        }
        line += usize::from(byte == b'\n');
    }
    Err(Unreadable::TooManyMarks(line))
}

/// What each heading of an outline is, given each heading's level and text. Sections are
/// the headings naming a guidance section at the outline's top level (a "Good practices"
/// sub-heading inside an objective is not the good-practices section); objective headings
/// may be at any level. Shared by the report model and the renderer so both agree.
pub fn classify_outline<'t>(
    outline: impl Iterator<Item = (u8, &'t str)>,
    matcher: &HeadingMatcher,
) -> Vec<HeadingKind> {
    let candidates: Vec<(u8, Option<u32>, Option<usize>)> = outline
        .map(|(level, text)| {
            let (objective, section) = matcher.read(text);
            (level, objective, section)
        })
        .collect();
    let top = candidates
        .iter()
        .filter(|(_, _, s)| s.is_some())
        .map(|(level, _, _)| *level)
        .min();
    candidates
        .into_iter()
        .map(|(level, objective, section)| match (objective, section) {
            (Some(n), _) => HeadingKind::Objective(n),
            (None, Some(section)) if Some(level) == top => HeadingKind::Section(section),
            _ => HeadingKind::Other,
        })
        .collect()
}

fn classify(headings: &mut [Heading], matcher: &HeadingMatcher) {
    let kinds = classify_outline(headings.iter().map(|h| (h.level, h.text.as_str())), matcher);
    for (heading, kind) in headings.iter_mut().zip(kinds) {
        heading.kind = kind;
    }
}

/// The markers of unfinished text in `text` standing as whole words, with their byte
/// offsets, in one pass: every marker starts with `T`, `X` or `F`.
fn markers(text: &str) -> impl Iterator<Item = (usize, &'static str)> + '_ {
    memchr::memchr3_iter(b'T', b'X', b'F', text.as_bytes()).filter_map(move |i| {
        let marker = MARKERS.iter().find(|m| text[i..].starts_with(**m))?;
        let before = text[..i].chars().next_back();
        let after = text[i + marker.len()..].chars().next();
        let whole =
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric);
        whole.then_some((i, *marker))
    })
}

/// State of the single pass over the body.
struct Walker<'a> {
    report: &'a mut Report,
    placeholders: Placeholders,
    /// Text of the block being read, and where the block starts.
    block: String,
    block_start: usize,
    heading: Option<(u8, usize)>,
    image: Option<usize>,
    html_block: Option<(usize, bool)>,
    /// Whether the text of each block goes to the report's prose.
    keep_prose: bool,
}

impl<'a> Walker<'a> {
    fn new(guidance: &Guidance, report: &'a mut Report) -> Walker<'a> {
        Walker {
            report,
            placeholders: Placeholders::new(guidance),
            block: String::new(),
            block_start: 0,
            heading: None,
            image: None,
            html_block: None,
            keep_prose: false,
        }
    }

    fn walk(mut self, body: &str, base: usize) {
        let options = Options::ENABLE_TABLES
            | Options::ENABLE_FOOTNOTES
            | Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_TASKLISTS;
        for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
            let range = range.start + base..range.end + base;
            match event {
                Event::Start(Tag::Heading { level, .. }) => {
                    self.flush();
                    self.heading = Some((level as u8, range.start));
                    self.block_start = range.start;
                }
                Event::End(TagEnd::Heading(_)) => {
                    if let Some((level, start)) = self.heading.take() {
                        let text = self.block.trim().to_string();
                        self.block.clear();
                        self.report.headings.push(Heading {
                            level,
                            text,
                            range: start..range.end,
                            kind: HeadingKind::Other,
                            words: 0,
                            prompts: 0,
                            placeholders: 0,
                            list_items: 0,
                        });
                    }
                }
                Event::Start(Tag::Item) => {
                    self.flush();
                    self.block_start = range.start;
                    if let Some(h) = self.report.headings.last_mut() {
                        h.list_items += 1;
                    }
                }
                Event::Start(
                    Tag::Paragraph
                    | Tag::TableCell
                    | Tag::CodeBlock(_)
                    | Tag::FootnoteDefinition(_),
                ) => {
                    self.flush();
                    self.block_start = range.start;
                }
                Event::End(
                    TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell | TagEnd::CodeBlock,
                ) => self.flush(),
                Event::Start(Tag::Link { dest_url, .. }) => self.report.links.push(Link {
                    dest: dest_url.into_string(),
                    range,
                    image: false,
                    alt: String::new(),
                }),
                Event::Start(Tag::Image { dest_url, .. }) => {
                    self.image = Some(self.report.links.len());
                    self.report.links.push(Link {
                        dest: dest_url.into_string(),
                        range,
                        image: true,
                        alt: String::new(),
                    });
                }
                Event::End(TagEnd::Image) => self.image = None,
                Event::Text(text) | Event::Code(text) => {
                    if let Some(i) = self.image {
                        self.report.links[i].alt.push_str(&text);
                    }
                    self.markers(&text, range, body, base);
                    self.block.push_str(&text);
                }
                Event::SoftBreak | Event::HardBreak => self.block.push(' '),
                Event::Start(Tag::HtmlBlock) => {
                    self.flush();
                    self.html_block = Some((range.start, true));
                }
                Event::End(TagEnd::HtmlBlock) => {
                    if let Some((start, false)) = self.html_block.take() {
                        self.report.html.push(start..range.end);
                    }
                }
                Event::Html(html) => {
                    let only_comments = self.comments(&html, range.start);
                    if let Some((_, all)) = self.html_block.as_mut() {
                        *all &= only_comments;
                    }
                }
                Event::InlineHtml(html) if !self.comments(&html, range.start) => {
                    self.report.html.push(range);
                }
                _ => {}
            }
        }
        self.flush();
    }

    /// Records the prompts in a piece of HTML; whether it holds nothing but comments.
    fn comments(&mut self, html: &str, offset: usize) -> bool {
        let mut rest = html;
        let mut at = offset;
        loop {
            let trimmed = rest.trim_start();
            at += rest.len() - trimmed.len();
            if trimmed.is_empty() {
                return true;
            }
            if !trimmed.starts_with("<!--") {
                return false;
            }
            if trimmed.starts_with(PROMPT_OPEN) {
                self.unfinished(Unfinished::Prompt, at..at + PROMPT_OPEN.len());
            }
            match trimmed.find("-->") {
                Some(end) => {
                    at += end + 3;
                    rest = &trimmed[end + 3..];
                }
                // A comment running on into the next lines.
                None => return true,
            }
        }
    }

    fn markers(&mut self, text: &str, range: Range<usize>, body: &str, base: usize) {
        // The event's text is the source's text unless escapes or entities changed it.
        let verbatim = body.get(range.start - base..range.end - base) == Some(text);
        for (i, marker) in markers(text) {
            let start = if verbatim {
                range.start + i
            } else {
                range.start
            };
            self.unfinished(Unfinished::Marker(marker), start..start + marker.len());
        }
    }

    fn unfinished(&mut self, what: Unfinished, range: Range<usize>) {
        if let Some(h) = self.report.headings.last_mut() {
            match what {
                Unfinished::Prompt => h.prompts += 1,
                Unfinished::Placeholder | Unfinished::Marker(_) => h.placeholders += 1,
            }
        }
        if self.report.unfinished.len() < MAX_UNFINISHED_KEPT {
            self.report.unfinished.push((what, range));
        } else {
            self.report.unfinished_more += 1;
        }
    }

    /// Ends the block being read: counts its words and keeps its text as prose when asked,
    /// unless it is placeholder text.
    fn flush(&mut self) {
        if self.heading.is_some() || self.block.is_empty() {
            return;
        }
        // The buffer keeps its capacity from block to block.
        let trimmed = self.block.trim();
        if self.placeholders.matches(trimmed) {
            self.block.clear();
            let start = self.block_start;
            self.unfinished(Unfinished::Placeholder, start..start + 1);
            return;
        }
        let words = words::count(trimmed);
        if self.keep_prose {
            self.report.prose.push_str(trimmed);
            self.report.prose.push('\n');
        }
        self.block.clear();
        match self.report.headings.last_mut() {
            Some(h) => h.words += words,
            None => self.report.preamble_words += words,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{MARKERS, markers};

    /// The first implementation: one search per marker.
    fn reference(text: &str) -> Vec<(usize, &'static str)> {
        let mut found = Vec::new();
        for marker in MARKERS {
            for (i, _) in text.match_indices(marker) {
                let before = text[..i].chars().next_back();
                let after = text[i + marker.len()..].chars().next();
                if !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
                {
                    found.push((i, *marker));
                }
            }
        }
        found.sort_unstable();
        found
    }

    #[test]
    fn markers_are_found_as_the_reference_finds_them() {
        let mut texts = crate::model_tests::samples();
        texts.extend(
            [
                "TODO", "XXXX", "FIXMEX", "(TODO)", "TBD: x", "aTODO", "TODOs", "XXX XXX", "FIXME٦",
            ]
            .map(String::from),
        );
        for text in texts {
            let fast: Vec<_> = markers(&text).collect();
            assert_eq!(fast, reference(&text), "{text:?}");
        }
    }
}
