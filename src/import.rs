//! `import draft.docx`: a Word draft as a report's Markdown body and what its properties
//! say about it. A `.docx` is a zip written by anyone: only the parts needed are read, each
//! within a size cap; names inside the archive are never used as paths; the XML is read
//! without a DTD (a document that declares one is refused) and without entities beyond
//! XML's own.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use quick_xml::events::Event;
use serde_yaml::{Mapping, Value};

use crate::guidance::Guidance;
use crate::lang::Lang;
use crate::report::HeadingMatcher;
use crate::report::meta::key;

use crate::render::markdown::{MAX_IMAGE_BYTES, MAX_PAGE_IMAGE_BYTES};

/// The most an unpacked part may take, and the text parts together (pictures have their
/// own caps, the page's).
const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;
const MAX_TOTAL_BYTES: u64 = 96 * 1024 * 1024;
/// The most XML events one part may hold: a report of 15,000 words needs about 200,000.
const MAX_NODES: usize = 1_000_000;
const MAX_ENTRIES: usize = 20_000;

/// What a Word draft holds.
#[derive(Debug, Default)]
pub struct Draft {
    /// The body as Markdown.
    pub markdown: String,
    /// The first paragraph in the Title style, if any.
    pub title: Option<String>,
    /// The document's properties: title, creator, language, and custom ones.
    pub properties: HashMap<String, String>,
    /// What was left out, by kind: deleted text, comments, text boxes, fields' codes.
    pub dropped: Dropped,
    /// The pictures the body links to: file name in the pictures folder, and bytes.
    pub pictures: Vec<(String, Vec<u8>)>,
}

/// Counts of what the Markdown does not keep.
#[derive(Debug, Default, PartialEq)]
pub struct Dropped {
    /// Tracked deletions.
    pub deletions: usize,
    /// Comments.
    pub comments: usize,
    /// Text boxes.
    pub text_boxes: usize,
}

/// What the command line says of a report, over what the document says.
#[derive(Debug, Default)]
pub struct Given {
    /// Language of the report.
    pub lang: Option<Lang>,
    /// Stakeholder kind id.
    pub stakeholder: Option<String>,
    /// Country codes.
    pub countries: Vec<String>,
    /// Submitting organisation.
    pub organization: Option<String>,
    /// Objectives covered.
    pub objectives: Option<Vec<u32>>,
}

/// The report a draft makes: front matter from what is given, else the document's
/// properties (its own custom ones first, as `render --to docx` writes them), else the
/// objective headings found; then the body.
pub fn report_text(draft: &Draft, guidance: &Guidance, given: &Given) -> String {
    let property = |name: &str| {
        draft
            .properties
            .get(&format!("custom:{name}"))
            .filter(|v| !v.trim().is_empty())
            .cloned()
    };
    let list = |text: Option<String>| -> Vec<String> {
        text.map(|t| {
            t.split(',')
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
                .collect()
        })
        .unwrap_or_default()
    };
    // A text mostly in Arabic is Arabic, whatever default language the document names.
    let guessed = guess_language(&draft.markdown);
    let report_lang = given
        .lang
        .or_else(|| property(key::LANGUAGE).and_then(|l| Lang::from_code(&l)))
        .or_else(|| (guessed == Lang::Ar).then_some(Lang::Ar))
        .or_else(|| {
            draft
                .properties
                .get("language")
                .and_then(|l| Lang::from_code(l.get(..2)?))
        })
        .unwrap_or(guessed);
    let title = property(key::TITLE)
        .or_else(|| draft.title.clone())
        .or_else(|| draft.properties.get("title").cloned())
        .unwrap_or_else(|| guidance.default_title.get(report_lang).clone());
    let organization = given
        .organization
        .clone()
        .or_else(|| property(key::ORGANIZATION))
        .or_else(|| draft.properties.get("creator").cloned());
    let countries = if given.countries.is_empty() {
        list(property(key::COUNTRY))
    } else {
        given.countries.clone()
    };
    let objectives: Vec<u32> = match &given.objectives {
        Some(listed) => listed.clone(),
        None => match property(key::OBJECTIVES) {
            Some(listed) => list(Some(listed))
                .iter()
                .filter_map(|n| crate::lang::parse_number(n))
                .collect(),
            None => objectives_found(&draft.markdown, guidance),
        },
    };
    let mut front = Mapping::new();
    let mut set = |k: &str, v: Value| {
        front.insert(Value::from(k), v);
    };
    let text = |v: String| Value::from(v);
    let texts = |v: Vec<String>| Value::Sequence(v.into_iter().map(Value::from).collect());
    set(key::TITLE, text(title));
    if let Some(organization) = organization {
        set(key::ORGANIZATION, text(organization));
    }
    let partners = list(property(key::PARTNERS));
    if !partners.is_empty() {
        set(key::PARTNERS, texts(partners));
    }
    if let Some(stakeholder) = given
        .stakeholder
        .clone()
        .or_else(|| property(key::STAKEHOLDER))
    {
        set(key::STAKEHOLDER, text(stakeholder));
    }
    match countries.len() {
        0 => {}
        1 => set(key::COUNTRY, text(countries[0].clone())),
        _ => set(key::COUNTRY, texts(countries)),
    }
    set(key::LANGUAGE, text(report_lang.code().to_string()));
    set(
        key::OBJECTIVES,
        Value::Sequence(objectives.into_iter().map(Value::from).collect()),
    );
    set(
        key::DATE,
        text(property(key::DATE).unwrap_or_else(|| crate::date::Date::today().to_string())),
    );
    if let Some(contact) = property(key::CONTACT) {
        set(key::CONTACT, text(contact));
    }
    set(
        key::GUIDANCE,
        text(property(key::GUIDANCE).unwrap_or_else(|| guidance.id.clone())),
    );
    // A mapping of text keys to texts, numbers and lists always serializes.
    let yaml = serde_yaml::to_string(&front).unwrap_or_default();
    format!("---\n{yaml}---\n\n{}\n", draft.markdown.trim_end())
}

/// Arabic when most letters are Arabic, French when accents or French words show, else
/// English.
fn guess_language(text: &str) -> Lang {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count().max(1);
    let arabic = text
        .chars()
        .filter(|c| ('\u{0600}'..='\u{06FF}').contains(c))
        .count();
    if arabic * 2 > letters {
        return Lang::Ar;
    }
    let french = [" les ", " des ", " une ", " est ", " pour ", "é"]
        .iter()
        .map(|w| text.matches(w).count())
        .sum::<usize>();
    let english = [" the ", " and ", " of ", " is ", " for "]
        .iter()
        .map(|w| text.matches(w).count())
        .sum::<usize>();
    if french > english { Lang::Fr } else { Lang::En }
}

/// The objectives whose headings the body has, in order, once each.
fn objectives_found(markdown: &str, guidance: &Guidance) -> Vec<u32> {
    let matcher = HeadingMatcher::new(guidance);
    let mut found = Vec::new();
    for line in markdown.lines() {
        let Some(text) = line
            .strip_prefix('#')
            .map(|t| t.trim_start_matches('#').trim())
        else {
            continue;
        };
        if let (Some(n), _) = matcher.read(text) {
            if guidance.objective(n).is_some() && !found.contains(&n) {
                found.push(n);
            }
        }
    }
    found
}

/// Why a file cannot be imported.
#[derive(Debug)]
pub enum ImportError {
    /// Not a zip at all: a legacy `.doc`, or not a Word document.
    NotDocx,
    /// Encrypted: Word keeps a protected document in another container.
    Encrypted,
    /// A part too large, too many entries, or XML that does not parse.
    Broken(String),
}

/// Reads a Word document; its pictures are linked from a folder of this name beside the
/// report when one is given, else stand as their alternative text.
pub fn read(path: &Path, pictures: Option<&str>) -> Result<Draft, ImportError> {
    let file = std::fs::File::open(path).map_err(|e| ImportError::Broken(e.to_string()))?;
    let mut head = [0; 8];
    let _ = (&file).read(&mut head);
    // An encrypted document is an OLE compound file, as is a legacy `.doc`.
    if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Err(ImportError::Encrypted);
    }
    let file = std::fs::File::open(path).map_err(|e| ImportError::Broken(e.to_string()))?;
    let mut zip = zip::ZipArchive::new(file).map_err(|_| ImportError::NotDocx)?;
    if zip.len() > MAX_ENTRIES {
        return Err(ImportError::Broken(format!(
            "more than {MAX_ENTRIES} parts"
        )));
    }
    let mut read_so_far = 0;
    let mut part = |name: &str| -> Result<Option<String>, ImportError> {
        let Ok(entry) = zip.by_name(name) else {
            return Ok(None);
        };
        let mut bytes = Vec::new();
        entry
            .take(MAX_PART_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| ImportError::Broken(format!("{name}: {e}")))?;
        if bytes.len() as u64 > MAX_PART_BYTES {
            return Err(ImportError::Broken(format!(
                "{name} is larger than 64 MB unpacked"
            )));
        }
        read_so_far += bytes.len() as u64;
        if read_so_far > MAX_TOTAL_BYTES {
            return Err(ImportError::Broken(
                "its text parts are larger than 96 MB unpacked".to_string(),
            ));
        }
        String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| ImportError::Broken(format!("{name} is not UTF-8")))
    };
    let document = part("word/document.xml")?.ok_or(ImportError::NotDocx)?;
    let rels = part("word/_rels/document.xml.rels")?.unwrap_or_default();
    let styles = part("word/styles.xml")?.unwrap_or_default();
    let numbering = part("word/numbering.xml")?.unwrap_or_default();
    let footnotes = part("word/footnotes.xml")?.unwrap_or_default();
    let endnotes = part("word/endnotes.xml")?.unwrap_or_default();
    let core = part("docProps/core.xml")?.unwrap_or_default();
    let custom = part("docProps/custom.xml")?.unwrap_or_default();

    let rels = parse(&rels)?;
    // Pictures within the page's caps, read before the body that shows them.
    let mut media = HashMap::new();
    if let Some(folder) = pictures {
        let mut total = 0;
        for (id, target) in picture_parts(&rels) {
            let part = format!(
                "word/{}",
                target.trim_start_matches('/').trim_start_matches("word/")
            );
            let Ok(entry) = zip.by_name(&part) else {
                continue;
            };
            let mut bytes = Vec::new();
            if entry
                .take(MAX_IMAGE_BYTES + 1)
                .read_to_end(&mut bytes)
                .is_err()
                || bytes.len() as u64 > MAX_IMAGE_BYTES
                || total + bytes.len() as u64 > MAX_PAGE_IMAGE_BYTES
            {
                continue;
            }
            // Named here after what it holds: a name inside the archive is never a path.
            let Some(extension) = crate::logo::kind(&bytes).map(|(_, extension)| extension) else {
                continue;
            };
            total += bytes.len() as u64;
            let name = format!("picture-{}.{extension}", media.len() + 1);
            media.insert(id, (format!("{folder}/{name}"), name, bytes));
        }
    }
    let reader = Reader {
        media,
        links: relationships(&rels),
        headings: heading_styles(&parse(&styles)?),
        ordered: ordered_lists(&parse(&numbering)?),
    };
    let mut draft = Draft::default();
    for (name, value) in properties(&parse(&core)?, &parse(&custom)?) {
        draft.properties.insert(name, value);
    }
    let body = parse(&document)?;
    let mut markdown = String::new();
    if let Some(body) = body.find("body") {
        reader.blocks(body, &mut markdown, &mut draft);
    }
    for (kind, xml) in [("footnote", footnotes), ("endnote", endnotes)] {
        let notes = parse(&xml)?;
        let Some(notes) = notes.find(&format!("{kind}s")) else {
            continue;
        };
        for note in notes.children_named(kind) {
            let id = note.attr("id").unwrap_or_default();
            if id.starts_with('-') || id == "0" || note.attr("type").is_some_and(|t| t != "normal")
            {
                continue;
            }
            let mut text = String::new();
            reader.blocks(note, &mut text, &mut draft);
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            markdown.push_str(&format!("[^{kind}-{id}]: {text}\n\n"));
        }
    }
    draft.markdown = top_level_sections(&markdown);
    Ok(draft)
}

/// The Markdown with its headings raised so that the highest is a section (`##`): many
/// drafts start their sections at Heading 2.
fn top_level_sections(markdown: &str) -> String {
    let level = |line: &str| {
        let hashes = line.len() - line.trim_start_matches('#').len();
        (hashes > 0 && line[hashes..].starts_with(' ')).then_some(hashes)
    };
    let highest = markdown.lines().filter_map(level).min().unwrap_or(2);
    if highest <= 2 {
        return markdown.to_string();
    }
    let shift = highest - 2;
    let mut out = String::with_capacity(markdown.len());
    for line in markdown.split_inclusive('\n') {
        match level(line) {
            Some(_) => out.push_str(&line[shift..]),
            None => out.push_str(line),
        }
    }
    out
}

/// An element of a parsed part: its local name, attributes and children.
#[derive(Debug, Default)]
struct El {
    name: String,
    attrs: Vec<(String, String)>,
    children: Vec<Node>,
}

#[derive(Debug)]
enum Node {
    El(El),
    Text(String),
}

impl El {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn elements(&self) -> impl Iterator<Item = &El> {
        self.children.iter().filter_map(|n| match n {
            Node::El(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a El> + 'a {
        self.elements().filter(move |e| e.name == name)
    }

    fn child(&self, name: &str) -> Option<&El> {
        self.elements().find(|e| e.name == name)
    }

    /// The first element of this name at any depth.
    fn find(&self, name: &str) -> Option<&El> {
        self.elements().find_map(|e| {
            if e.name == name {
                Some(e)
            } else {
                e.find(name)
            }
        })
    }

    /// All its text.
    fn text(&self) -> String {
        let mut out = String::new();
        for node in &self.children {
            match node {
                Node::Text(t) => out.push_str(t),
                Node::El(e) => out.push_str(&e.text()),
            }
        }
        out
    }

    fn on(&self, name: &str) -> bool {
        self.child(name)
            .is_some_and(|e| !matches!(e.attr("val"), Some("0" | "false" | "none")))
    }
}

/// A part as a tree; nothing outside XML's own entities, no DTD.
fn parse(xml: &str) -> Result<El, ImportError> {
    let broken = |e: &dyn std::fmt::Display| ImportError::Broken(e.to_string());
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut stack = vec![El::default()];
    let element = |e: &quick_xml::events::BytesStart| -> Result<El, ImportError> {
        let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
        let mut attrs = Vec::new();
        for attr in e.attributes() {
            let attr = attr.map_err(|e| broken(&e))?;
            let key = String::from_utf8_lossy(attr.key.local_name().as_ref()).into_owned();
            let value = attr
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|e| broken(&e))?
                .into_owned();
            attrs.push((key, value));
        }
        Ok(El {
            name,
            attrs,
            children: Vec::new(),
        })
    };
    let mut nodes = 0usize;
    loop {
        let event = reader.read_event().map_err(|e| broken(&e))?;
        // Memory follows the nodes, not the bytes: a part of tiny elements is refused.
        nodes += 1;
        if nodes > MAX_NODES {
            return Err(broken(&"more than a million XML nodes in one part"));
        }
        match event {
            Event::Start(e) => stack.push(element(&e)?),
            Event::Empty(e) => {
                let el = element(&e)?;
                if let Some(top) = stack.last_mut() {
                    top.children.push(Node::El(el));
                }
            }
            Event::End(_) => {
                let el = stack.pop().unwrap_or_default();
                match stack.last_mut() {
                    Some(top) => top.children.push(Node::El(el)),
                    None => return Err(broken(&"an element closes that never opened")),
                }
            }
            Event::Text(t) => {
                let text = t.decode().map_err(|e| broken(&e))?.into_owned();
                if let Some(top) = stack.last_mut() {
                    top.children.push(Node::Text(text));
                }
            }
            Event::CData(t) => {
                let text = String::from_utf8_lossy(&t).into_owned();
                if let Some(top) = stack.last_mut() {
                    top.children.push(Node::Text(text));
                }
            }
            Event::GeneralRef(r) => {
                let c = match r.resolve_char_ref().map_err(|e| broken(&e))? {
                    Some(c) => Some(c),
                    None => match &*r {
                        b"amp" => Some('&'),
                        b"lt" => Some('<'),
                        b"gt" => Some('>'),
                        b"quot" => Some('"'),
                        b"apos" => Some('\''),
                        _ => None,
                    },
                };
                if let (Some(c), Some(top)) = (c, stack.last_mut()) {
                    top.children.push(Node::Text(c.to_string()));
                }
            }
            Event::DocType(_) => return Err(broken(&"a document type declaration")),
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(stack.pop().unwrap_or_default())
}

/// Hyperlink targets by relationship id.
fn relationships(rels: &El) -> HashMap<String, String> {
    rels.find("Relationships")
        .unwrap_or(rels)
        .children_named("Relationship")
        .filter(|r| r.attr("TargetMode") == Some("External"))
        .filter_map(|r| Some((r.attr("Id")?.to_string(), r.attr("Target")?.to_string())))
        .collect()
}

/// The parts of the pictures the document shows, by relationship id: `media/image1.png`.
fn picture_parts(rels: &El) -> Vec<(String, String)> {
    rels.find("Relationships")
        .unwrap_or(rels)
        .children_named("Relationship")
        .filter(|r| r.attr("Type").is_some_and(|t| t.ends_with("/image")))
        .filter(|r| r.attr("TargetMode") != Some("External"))
        .filter_map(|r| Some((r.attr("Id")?.to_string(), r.attr("Target")?.to_string())))
        .collect()
}

/// The heading level of each paragraph style that has one: Title as 0, headings by their
/// outline level or name.
fn heading_styles(styles: &El) -> HashMap<String, usize> {
    let root = styles.find("styles").unwrap_or(styles);
    root.children_named("style")
        .filter_map(|style| {
            let id = style.attr("styleId")?.to_string();
            let name = style
                .child("name")
                .and_then(|n| n.attr("val"))
                .unwrap_or_default()
                .to_lowercase();
            let outline = style
                .child("pPr")
                .and_then(|p| p.child("outlineLvl"))
                .and_then(|o| o.attr("val"))
                .and_then(|v| v.parse::<usize>().ok())
                .filter(|l| *l < 9);
            let level = if name == "title" {
                Some(0)
            } else if let Some(n) = name.strip_prefix("heading ") {
                n.trim().parse().ok()
            } else {
                outline.map(|l| l + 1)
            };
            level.map(|level| (id, level))
        })
        .collect()
}

/// For each numbering and level, whether its items are numbered (not bulleted).
fn ordered_lists(numbering: &El) -> HashMap<(String, String), bool> {
    let root = numbering.find("numbering").unwrap_or(numbering);
    let abstracts: HashMap<&str, &El> = root
        .children_named("abstractNum")
        .filter_map(|a| Some((a.attr("abstractNumId")?, a)))
        .collect();
    let mut ordered = HashMap::new();
    for num in root.children_named("num") {
        let (Some(id), Some(abstract_id)) = (
            num.attr("numId"),
            num.child("abstractNumId").and_then(|a| a.attr("val")),
        ) else {
            continue;
        };
        let Some(abstract_num) = abstracts.get(abstract_id) else {
            continue;
        };
        for level in abstract_num.children_named("lvl") {
            let format = level
                .child("numFmt")
                .and_then(|f| f.attr("val"))
                .unwrap_or("bullet");
            let is_ordered = !matches!(format, "bullet" | "none");
            ordered.insert(
                (
                    id.to_string(),
                    level.attr("ilvl").unwrap_or("0").to_string(),
                ),
                is_ordered,
            );
        }
    }
    ordered
}

/// The core properties (title, creator, subject, keywords, language) and the custom ones.
fn properties(core: &El, custom: &El) -> Vec<(String, String)> {
    let mut found = Vec::new();
    if let Some(root) = core.find("coreProperties") {
        for (tag, name) in [
            ("title", "title"),
            ("creator", "creator"),
            ("subject", "subject"),
            ("keywords", "keywords"),
            ("language", "language"),
        ] {
            if let Some(value) = root
                .child(tag)
                .map(El::text)
                .filter(|v| !v.trim().is_empty())
            {
                found.push((name.to_string(), value.trim().to_string()));
            }
        }
    }
    if let Some(root) = custom.find("Properties") {
        for property in root.children_named("property") {
            if let Some(name) = property.attr("name") {
                found.push((format!("custom:{name}"), property.text().trim().to_string()));
            }
        }
    }
    found
}

struct Reader {
    /// Pictures by relationship id: link, file name and bytes.
    media: HashMap<String, (String, String, Vec<u8>)>,
    links: HashMap<String, String>,
    headings: HashMap<String, usize>,
    ordered: HashMap<(String, String), bool>,
}

/// Styles of the title page and contents that `render --to docx` writes: the front matter
/// and the contents say it already.
const COVER_STYLES: &[&str] = &[
    "Subtitle",
    "CoverField",
    "CoverHeading",
    "CoverNote",
    "TOCHeading",
];

impl Reader {
    fn blocks(&self, parent: &El, out: &mut String, draft: &mut Draft) {
        for el in parent.elements() {
            match el.name.as_str() {
                "p" => self.paragraph(el, out, draft),
                "tbl" => self.table(el, out, draft),
                "sdt" => {
                    if let Some(content) = el.child("sdtContent") {
                        self.blocks(content, out, draft);
                    }
                }
                "ins" | "smartTag" | "customXml" => self.blocks(el, out, draft),
                "del" => draft.dropped.deletions += 1,
                _ => {}
            }
        }
    }

    fn paragraph(&self, p: &El, out: &mut String, draft: &mut Draft) {
        let props = p.child("pPr");
        let style = props
            .and_then(|p| p.child("pStyle"))
            .and_then(|s| s.attr("val"))
            .unwrap_or_default();
        if COVER_STYLES.contains(&style) || style.starts_with("TOC") {
            return;
        }
        let mut text = String::new();
        self.runs(p, &mut text, draft);
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        let outline = props
            .and_then(|p| p.child("outlineLvl"))
            .and_then(|o| o.attr("val"))
            .and_then(|v| v.parse::<usize>().ok())
            .filter(|l| *l < 9)
            .map(|l| l + 1);
        let level = self.headings.get(style).copied().or(outline);
        match level {
            Some(0) if draft.title.is_none() => draft.title = Some(strip_marks(text)),
            // Word's Heading 1 is the report's section: `##`.
            Some(level) => {
                let level = (level + 1).min(6);
                out.push_str(&format!("{} {}\n\n", "#".repeat(level), strip_marks(text)));
            }
            None => {
                if let Some(num) = props.and_then(|p| p.child("numPr")) {
                    let id = num
                        .child("numId")
                        .and_then(|n| n.attr("val"))
                        .unwrap_or("0");
                    let ilvl = num.child("ilvl").and_then(|n| n.attr("val")).unwrap_or("0");
                    let depth = ilvl.parse::<usize>().unwrap_or(0).min(8);
                    let ordered = self
                        .ordered
                        .get(&(id.to_string(), ilvl.to_string()))
                        .copied()
                        .unwrap_or(false);
                    if id != "0" {
                        let marker = if ordered { "1." } else { "-" };
                        out.push_str(&format!("{}{marker} {text}\n", "   ".repeat(depth)));
                        return;
                    }
                }
                if style == "Quote" || style == "IntenseQuote" {
                    out.push_str(&format!("> {text}\n\n"));
                } else {
                    out.push_str(text);
                    out.push_str("\n\n");
                }
            }
        }
    }

    fn table(&self, table: &El, out: &mut String, draft: &mut Draft) {
        let rows: Vec<Vec<String>> = table
            .children_named("tr")
            .enumerate()
            .map(|(i, row)| {
                row.children_named("tc")
                    .map(|cell| {
                        let mut text = String::new();
                        for p in cell.children_named("p") {
                            self.runs(p, &mut text, draft);
                            text.push(' ');
                        }
                        let text = text
                            .split_whitespace()
                            .collect::<Vec<_>>()
                            .join(" ")
                            .replace('|', "\\|");
                        // A header row is bold already.
                        if i == 0 { strip_marks(&text) } else { text }
                    })
                    .collect()
            })
            .collect();
        let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
        if columns == 0 {
            return;
        }
        out.push('\n');
        for (i, row) in rows.iter().enumerate() {
            out.push('|');
            for c in 0..columns {
                out.push_str(&format!(" {} |", row.get(c).map_or("", String::as_str)));
            }
            out.push('\n');
            if i == 0 {
                out.push('|');
                out.push_str(&"---|".repeat(columns));
                out.push('\n');
            }
        }
        out.push('\n');
    }

    /// The text of a paragraph's runs as Markdown: bold, italic, links, note references.
    fn runs(&self, parent: &El, out: &mut String, draft: &mut Draft) {
        for el in parent.elements() {
            match el.name.as_str() {
                "r" => {
                    let props = el.child("rPr");
                    let bold = props.is_some_and(|p| p.on("b") || p.on("bCs"));
                    let italic = props.is_some_and(|p| p.on("i") || p.on("iCs"));
                    let mut text = String::new();
                    for part in el.elements() {
                        match part.name.as_str() {
                            "t" => text.push_str(&escape_markdown(&part.text())),
                            "tab" | "br" | "cr" => text.push(' '),
                            "footnoteReference" => {
                                text.push_str(&format!(
                                    "[^footnote-{}]",
                                    part.attr("id").unwrap_or_default()
                                ));
                            }
                            "endnoteReference" => {
                                text.push_str(&format!(
                                    "[^endnote-{}]",
                                    part.attr("id").unwrap_or_default()
                                ));
                            }
                            "delText" => draft.dropped.deletions += 1,
                            "commentReference" => draft.dropped.comments += 1,
                            "pict" | "drawing" if part.find("txbxContent").is_some() => {
                                draft.dropped.text_boxes += 1;
                            }
                            "drawing" | "pict" => {
                                let alt = part
                                    .find("docPr")
                                    .and_then(|d| d.attr("descr"))
                                    .unwrap_or_default();
                                let alt = escape_markdown(alt.trim());
                                let id = part.find("blip").and_then(|b| b.attr("embed"));
                                match id.and_then(|id| self.media.get(id)) {
                                    Some((link, name, bytes)) => {
                                        if !draft.pictures.iter().any(|(n, _)| n == name) {
                                            draft.pictures.push((name.clone(), bytes.clone()));
                                        }
                                        text.push_str(&format!("![{alt}]({link})"));
                                    }
                                    None if !alt.is_empty() => text.push_str(&format!("*{alt}*")),
                                    None => {}
                                }
                            }
                            _ => {}
                        }
                    }
                    out.push_str(&emphasis(&text, bold, italic));
                }
                "hyperlink" => {
                    let mut text = String::new();
                    self.runs(el, &mut text, draft);
                    match el.attr("id").and_then(|id| self.links.get(id)) {
                        Some(url) if !text.trim().is_empty() => {
                            out.push_str(&format!(
                                "[{}]({})",
                                text.trim(),
                                url.replace(' ', "%20").replace(')', "%29")
                            ));
                        }
                        _ => out.push_str(&text),
                    }
                }
                "ins" | "smartTag" | "fldSimple" | "customXml" | "sdt" | "sdtContent" => {
                    self.runs(el, out, draft)
                }
                "del" => draft.dropped.deletions += 1,
                _ => {}
            }
        }
    }
}

/// A run's text with its bold and italic, the marks kept off the spaces around it.
fn emphasis(text: &str, bold: bool, italic: bool) -> String {
    let marks = match (bold, italic) {
        (true, true) => "***",
        (true, false) => "**",
        (false, true) => "*",
        (false, false) => "",
    };
    let trimmed = text.trim();
    if marks.is_empty() || trimmed.is_empty() {
        return text.to_string();
    }
    let start = text.len() - text.trim_start().len();
    let end = text.trim_end().len();
    format!("{}{marks}{trimmed}{marks}{}", &text[..start], &text[end..])
}

/// Characters Markdown would read as marks, escaped.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '*' | '_' | '`' | '[' | ']' | '<' | '>' | '\\' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Heading text without bold and italic marks: a heading's weight is its style's.
fn strip_marks(text: &str) -> String {
    text.replace("***", "")
        .replace("**", "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emphasis_stays_off_the_spaces_and_marks_are_escaped() {
        assert_eq!(emphasis(" bold ", true, false), " **bold** ");
        assert_eq!(emphasis("x", true, true), "***x***");
        assert_eq!(emphasis("  ", true, false), "  ");
        assert_eq!(escape_markdown("a*b [c] #1"), "a\\*b \\[c\\] \\#1");
    }

    #[test]
    fn a_document_type_declaration_is_refused() {
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>";
        assert!(matches!(parse(xml), Err(ImportError::Broken(_))));
        let fine = parse("<a:x xmlns:a=\"u\" b=\"1 &amp; 2\">t&lt;&#x41;</a:x>").unwrap();
        let x = fine.find("x").unwrap();
        assert_eq!((x.attr("b"), x.text().as_str()), (Some("1 & 2"), "t<A"));
    }
}
