//! `render --to docx`: the report as an editable Word document, written part by part (no
//! crate writes right-to-left paragraphs): styles a Word user expects (Title, Heading 1-3,
//! Quote, Footnote Text…), a title page, a table-of-contents field Word fills in on
//! opening, page numbers in the footer, Word footnotes, hyperlinks, numbered lists, tables
//! with header rows, and right to left done as Word expects it: the section, each Arabic
//! paragraph and table marked right-to-left, Arabic runs marked as complex script with
//! their bold, italic, size, font and language, Latin runs inside them left as Latin.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

use comrak::nodes::{AstNode, ListType, NodeValue, TableAlignment};
use comrak::{Arena, parse_document};

use crate::lang::Lang;
use crate::links::link_problem;
use crate::messages::Msg;
use crate::report::Placeholders;

/// What the title page shows, in the report's language.
pub struct Cover {
    /// The compact's name.
    pub compact: String,
    /// What the document is ("Parallel review report").
    pub kind: String,
    /// The report's title.
    pub title: String,
    /// Label and value of each front matter field shown.
    pub fields: Vec<(String, String)>,
    /// "Objectives covered".
    pub objectives_heading: String,
    /// Each objective covered, its label and title.
    pub objectives: Vec<String>,
    /// Notes on the objectives' titles (working translations, short labels).
    pub notes: Vec<String>,
    /// "Contents".
    pub contents: String,
}

/// What a document is written with.
pub struct Context<'a> {
    /// The report's folder.
    pub dir: &'a Path,
    /// The guidance's placeholder texts, left out as in the HTML.
    pub placeholders: &'a Placeholders,
    /// The report's language.
    pub lang: Lang,
    /// Number the body's paragraphs with Word's own numbering.
    pub number_paragraphs: bool,
    /// The title page.
    pub cover: &'a Cover,
    /// Title, author, subject, keywords and language of the document.
    pub metadata: &'a super::pdf::Metadata,
    /// "Page \u{E000} of \u{E001}" in the report's language.
    pub page_label: String,
    /// The front matter as written, kept as the document's custom properties so that
    /// `import` gives it back.
    pub fields: Vec<(String, String)>,
}

/// Abstract numberings of `numbering.xml`.
const BULLETS: u32 = 1;
const ORDERED: u32 = 2;
const PARAGRAPHS: u32 = 3;

/// The Word document of a report's Markdown body.
pub fn write(markdown: &str, cx: &Context) -> (Vec<u8>, Vec<Msg>) {
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &super::markdown::options());
    let mut doc = Doc {
        cx,
        body: String::new(),
        footnotes: Vec::new(),
        footnote_ids: HashMap::new(),
        links: Vec::new(),
        nums: Vec::new(),
        paragraph_num: None,
        contents: Vec::new(),
        media: Vec::new(),
        media_bytes: 0,
        warnings: Vec::new(),
    };
    if cx.number_paragraphs {
        doc.paragraph_num = Some(doc.new_num(PARAGRAPHS, 1));
    }
    // Footnote numbers first: a reference may come before its definition; and the
    // headings, for the contents.
    for node in root.descendants() {
        match &node.data.borrow().value {
            NodeValue::FootnoteDefinition(def) => {
                let id = doc.footnote_ids.len() + 1;
                doc.footnote_ids.entry(def.name.clone()).or_insert(id);
            }
            NodeValue::Heading(heading) if word_level(heading.level) <= 3 => {
                doc.contents
                    .push((word_level(heading.level), node.collect_text()));
            }
            _ => {}
        }
    }
    doc.cover();
    for child in root.children() {
        doc.block(child, &Block::default());
    }
    let bytes = doc.package().unwrap_or_default();
    (bytes, doc.warnings)
}

/// Where a block sits: its style, list numbering and depth.
#[derive(Clone, Default)]
struct Block {
    style: Option<&'static str>,
    num: Option<(u32, u32)>,
    top: bool,
}

struct Doc<'a> {
    cx: &'a Context<'a>,
    body: String,
    /// Each footnote's paragraphs, by id.
    footnotes: Vec<(usize, String)>,
    footnote_ids: HashMap<String, usize>,
    /// External link targets, `rId` = index + 100.
    links: Vec<String>,
    /// Numbering instances: abstract numbering and start.
    nums: Vec<(u32, usize)>,
    paragraph_num: Option<u32>,
    /// Level (1 to 3) and text of the headings the table of contents lists.
    contents: Vec<(u8, String)>,
    /// Embedded pictures: their folder's name for them and bytes; `rId` = index + 200.
    media: Vec<(String, Vec<u8>)>,
    /// Bytes of the pictures embedded so far.
    media_bytes: u64,
    warnings: Vec<Msg>,
}

impl Doc<'_> {
    fn rtl(&self) -> bool {
        self.cx.lang.is_rtl()
    }

    fn new_num(&mut self, abstract_num: u32, start: usize) -> u32 {
        self.nums.push((abstract_num, start));
        self.nums.len() as u32
    }

    /// A paragraph of plain text with a style.
    fn plain(&mut self, style: &str, text: &str) {
        let runs = runs(text, &Format::default());
        let _ = write!(
            self.body,
            "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/>{}</w:pPr>{runs}</w:p>",
            bidi(direction(text).unwrap_or(self.rtl()))
        );
    }

    fn cover(&mut self) {
        let cover = self.cx.cover;
        self.plain("Subtitle", &cover.compact);
        self.plain("Subtitle", &cover.kind);
        self.plain("Title", &cover.title);
        for (label, value) in &cover.fields {
            let runs = format!(
                "{}{}",
                runs(
                    &format!("{label}{} ", self.cx.lang.colon()),
                    &Format {
                        bold: true,
                        ..Format::default()
                    }
                ),
                runs(value, &Format::default())
            );
            let _ = write!(
                self.body,
                "<w:p><w:pPr><w:pStyle w:val=\"CoverField\"/>{}</w:pPr>{runs}</w:p>",
                bidi(self.rtl())
            );
        }
        if !cover.objectives.is_empty() {
            self.plain("CoverHeading", &cover.objectives_heading);
            for objective in &cover.objectives {
                self.plain("CoverField", objective);
            }
            for note in &cover.notes {
                self.plain("CoverNote", note);
            }
        }
        // The contents open a page (a break in the title page's last paragraph leaves no
        // empty page behind when the title page is full).
        self.page_break_in_last_paragraph();
        self.plain("TOCHeading", &cover.contents);
        // A table-of-contents field, its result the headings without page numbers until
        // Word fills it in on opening (settings.xml asks it to update fields).
        let entries = std::mem::take(&mut self.contents);
        let last = entries.len().saturating_sub(1);
        let rtl = self.rtl();
        for (i, (level, text)) in entries.iter().enumerate() {
            let _ = write!(
                self.body,
                "<w:p><w:pPr><w:pStyle w:val=\"TOC{level}\"/>{}</w:pPr>",
                bidi(direction(text).unwrap_or(rtl))
            );
            if i == 0 {
                self.body.push_str(
                    "<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r>\
                     <w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h \\z \\u </w:instrText></w:r>\
                     <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>",
                );
            }
            self.body.push_str(&runs(text, &Format::default()));
            if i == last {
                self.body
                    .push_str("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
            }
            self.body.push_str("</w:p>");
        }
        self.page_break_in_last_paragraph();
    }

    /// Ends the last paragraph written with a page break.
    fn page_break_in_last_paragraph(&mut self) {
        match self.body.rfind("</w:p>") {
            Some(end) if end + "</w:p>".len() == self.body.len() => {
                self.body
                    .insert_str(end, "<w:r><w:br w:type=\"page\"/></w:r>");
            }
            _ => self
                .body
                .push_str("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"),
        }
    }

    fn block<'n>(&mut self, node: &'n AstNode<'n>, at: &Block) {
        let value = node.data.borrow().value.clone();
        match value {
            NodeValue::Paragraph => {
                if self.cx.placeholders.matches(&node.collect_text()) {
                    return;
                }
                if let Some(image) = alone(node) {
                    self.figure(image);
                    return;
                }
                let mut at = at.clone();
                if at.top && at.num.is_none() {
                    at.num = self.paragraph_num.map(|n| (n, 0));
                }
                self.paragraph(node, &at);
            }
            NodeValue::Heading(heading) => {
                let level = word_level(heading.level);
                let style = [
                    "Heading1", "Heading2", "Heading3", "Heading4", "Heading5", "Heading6",
                ][usize::from(level - 1)];
                self.paragraph(
                    node,
                    &Block {
                        style: Some(style),
                        ..Block::default()
                    },
                );
            }
            NodeValue::BlockQuote => {
                let at = Block {
                    style: Some("Quote"),
                    ..at.clone()
                };
                for child in node.children() {
                    self.block(child, &at);
                }
            }
            NodeValue::List(list) => {
                let depth = at.num.map_or(0, |(_, level)| level + 1);
                let num = match list.list_type {
                    ListType::Bullet => self.new_num(BULLETS, 1),
                    ListType::Ordered => self.new_num(ORDERED, list.start),
                };
                for item in node.children() {
                    // The item's first paragraph carries its number; the others follow.
                    let mut first = true;
                    for child in item.children() {
                        let num = first.then_some((num, depth.min(8)));
                        first = false;
                        let style = at.style.or(Some("ListParagraph"));
                        self.block(
                            child,
                            &Block {
                                style,
                                num,
                                top: false,
                            },
                        );
                    }
                }
            }
            NodeValue::CodeBlock(code) => {
                for line in code.literal.lines() {
                    let runs = runs(
                        line,
                        &Format {
                            code: true,
                            ..Format::default()
                        },
                    );
                    let _ = write!(
                        self.body,
                        "<w:p><w:pPr><w:pStyle w:val=\"Code\"/></w:pPr>{runs}</w:p>"
                    );
                }
            }
            NodeValue::Table(table) => self.table(node, &table.alignments),
            NodeValue::ThematicBreak => {
                self.body.push_str("<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"C8CCD0\"/></w:pBdr></w:pPr></w:p>");
            }
            NodeValue::FootnoteDefinition(def) => {
                let id = self.footnote_ids.get(&def.name).copied().unwrap_or(0);
                let saved = std::mem::take(&mut self.body);
                let mut first = true;
                for child in node.children() {
                    if first {
                        // The note's number, as Word shows it.
                        self.body
                            .push_str("<w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/>");
                        self.body
                            .push_str(bidi(direction(&child.collect_text()).unwrap_or(self.rtl())));
                        self.body.push_str("</w:pPr><w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r>");
                        self.inlines(child, &Format::default());
                        self.body.push_str("</w:p>");
                        first = false;
                    } else {
                        self.block(
                            child,
                            &Block {
                                style: Some("FootnoteText"),
                                ..Block::default()
                            },
                        );
                    }
                }
                let note = std::mem::replace(&mut self.body, saved);
                self.footnotes.push((id, note));
            }
            // Raw HTML never reaches the document, as it never reaches the page.
            NodeValue::HtmlBlock(_) => {}
            _ => {
                for child in node.children() {
                    self.block(child, at);
                }
            }
        }
    }

    fn paragraph<'n>(&mut self, node: &'n AstNode<'n>, at: &Block) {
        let text = node.collect_text();
        self.body.push_str("<w:p><w:pPr>");
        if let Some(style) = at.style {
            let _ = write!(self.body, "<w:pStyle w:val=\"{style}\"/>");
        }
        if let Some((num, level)) = at.num {
            let _ = write!(
                self.body,
                "<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{num}\"/></w:numPr>"
            );
        }
        self.body
            .push_str(bidi(direction(&text).unwrap_or(self.rtl())));
        self.body.push_str("</w:pPr>");
        self.inlines(node, &Format::default());
        self.body.push_str("</w:p>");
    }

    fn table<'n>(&mut self, node: &'n AstNode<'n>, alignments: &[TableAlignment]) {
        let columns = alignments.len().max(1);
        let _ = write!(
            self.body,
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/>{}<w:tblW w:w=\"5000\" w:type=\"pct\"/></w:tblPr><w:tblGrid>",
            if self.rtl() { "<w:bidiVisual/>" } else { "" }
        );
        for _ in 0..columns {
            let _ = write!(self.body, "<w:gridCol w:w=\"{}\"/>", 9000 / columns);
        }
        self.body.push_str("</w:tblGrid>");
        for row in node.children() {
            let header = matches!(row.data.borrow().value, NodeValue::TableRow(true));
            self.body.push_str("<w:tr>");
            if header {
                self.body.push_str("<w:trPr><w:tblHeader/></w:trPr>");
            }
            for (i, cell) in row.children().enumerate() {
                // `---:` is right in either direction, as on the page.
                let jc = match alignments.get(i) {
                    Some(TableAlignment::Right) => "<w:jc w:val=\"right\"/>",
                    Some(TableAlignment::Center) => "<w:jc w:val=\"center\"/>",
                    Some(TableAlignment::Left) => "<w:jc w:val=\"left\"/>",
                    _ => "",
                };
                let text = cell.collect_text();
                let _ = write!(
                    self.body,
                    "<w:tc><w:p><w:pPr><w:pStyle w:val=\"TableText\"/>{}{jc}</w:pPr>",
                    bidi(direction(&text).unwrap_or(self.rtl()))
                );
                let format = Format {
                    bold: header,
                    ..Format::default()
                };
                self.inlines(cell, &format);
                self.body.push_str("</w:p></w:tc>");
            }
            self.body.push_str("</w:tr>");
        }
        self.body.push_str("</w:tbl><w:p/>");
    }

    fn inlines<'n>(&mut self, node: &'n AstNode<'n>, format: &Format) {
        for child in node.children() {
            let value = child.data.borrow().value.clone();
            match value {
                NodeValue::Text(text) => self.body.push_str(&runs(&text, format)),
                NodeValue::Code(code) => {
                    self.body.push_str(&runs(
                        &code.literal,
                        &Format {
                            code: true,
                            ..format.clone()
                        },
                    ));
                }
                NodeValue::SoftBreak => self.body.push_str(&runs(" ", format)),
                NodeValue::LineBreak => self.body.push_str("<w:r><w:br/></w:r>"),
                NodeValue::Emph => self.inlines(
                    child,
                    &Format {
                        italic: true,
                        ..format.clone()
                    },
                ),
                NodeValue::Strong => self.inlines(
                    child,
                    &Format {
                        bold: true,
                        ..format.clone()
                    },
                ),
                NodeValue::Strikethrough => {
                    self.inlines(
                        child,
                        &Format {
                            strike: true,
                            ..format.clone()
                        },
                    );
                }
                NodeValue::Link(link) => {
                    let url = link.url.trim();
                    let web = ["http://", "https://", "mailto:"].iter().any(|scheme| {
                        url.len() > scheme.len() && url[..scheme.len()].eq_ignore_ascii_case(scheme)
                    });
                    if web && link_problem(self.cx.dir, url).is_none() {
                        self.links.push(url.to_string());
                        let _ = write!(
                            self.body,
                            "<w:hyperlink r:id=\"rId{}\">",
                            self.links.len() + 99
                        );
                        self.inlines(
                            child,
                            &Format {
                                link: true,
                                ..format.clone()
                            },
                        );
                        self.body.push_str("</w:hyperlink>");
                    } else {
                        self.inlines(child, format);
                    }
                }
                // The alternative text stands for the image.
                NodeValue::Image(_) => {
                    self.inlines(
                        child,
                        &Format {
                            italic: true,
                            ..format.clone()
                        },
                    );
                }
                NodeValue::FootnoteReference(reference) => {
                    if let Some(id) = self.footnote_ids.get(&reference.name) {
                        let _ = write!(
                            self.body,
                            "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"{id}\"/></w:r>"
                        );
                    }
                }
                NodeValue::HtmlInline(_) => {}
                _ => self.inlines(child, format),
            }
        }
    }

    /// An image alone in its paragraph: centred, with a caption from its title, else its
    /// alternative text.
    fn figure<'n>(&mut self, image: &'n AstNode<'n>) {
        let NodeValue::Image(link) = image.data.borrow().value.clone() else {
            return;
        };
        let alt = image.collect_text();
        let Some(drawing) = self.picture(&link.url, &alt) else {
            self.paragraph_of_inlines(image);
            return;
        };
        let _ = write!(
            self.body,
            "<w:p><w:pPr><w:keepNext/><w:jc w:val=\"center\"/></w:pPr>{drawing}</w:p>"
        );
        let caption = if link.title.trim().is_empty() {
            alt
        } else {
            link.title.clone()
        };
        if !caption.trim().is_empty() {
            self.plain("Caption", &caption);
        }
    }

    fn paragraph_of_inlines<'n>(&mut self, node: &'n AstNode<'n>) {
        self.body.push_str("<w:p>");
        self.inlines(
            node,
            &Format {
                italic: true,
                ..Format::default()
            },
        );
        self.body.push_str("</w:p>");
    }

    /// A picture from the report's folder as an inline drawing, under the same rules and
    /// caps as on the page; `None` when it cannot be embedded.
    fn picture(&mut self, url: &str, alt: &str) -> Option<String> {
        use super::markdown::{MAX_IMAGE_BYTES, MAX_PAGE_IMAGE_BYTES};
        let megabytes = |bytes: u64| (bytes / (1024 * 1024)) as i64;
        let picture = match crate::logo::read(self.cx.dir, url) {
            Ok(picture) => picture,
            Err(crate::logo::Unusable::Large) => {
                self.warnings.push(crate::msg!(
                    "render-image-too-large",
                    image = url,
                    limit = megabytes(MAX_IMAGE_BYTES)
                ));
                return None;
            }
            Err(_) => return None,
        };
        if self.media_bytes + picture.bytes.len() as u64 > MAX_PAGE_IMAGE_BYTES {
            self.warnings.push(crate::msg!(
                "render-images-over-cap",
                image = url,
                limit = megabytes(MAX_PAGE_IMAGE_BYTES)
            ));
            return None;
        }
        self.media_bytes += picture.bytes.len() as u64;
        let n = self.media.len() + 1;
        self.media
            .push((format!("image{n}.{}", picture.extension), picture.bytes));
        // At 96 pixels an inch, no wider than the text.
        const EMU_PER_PIXEL: u64 = 9525;
        const TEXT_WIDTH: u64 = 6_300_000;
        let (w, h) = picture.size.unwrap_or((400, 300));
        let (mut cx, mut cy) = (u64::from(w) * EMU_PER_PIXEL, u64::from(h) * EMU_PER_PIXEL);
        if cx > TEXT_WIDTH {
            cy = cy * TEXT_WIDTH / cx;
            cx = TEXT_WIDTH;
        }
        let alt = escape(alt);
        Some(format!(
            "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"{cx}\" cy=\"{cy}\"/>\
             <wp:docPr id=\"{n}\" name=\"Picture {n}\" descr=\"{alt}\"/><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">\
             <a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">\
             <pic:nvPicPr><pic:cNvPr id=\"{n}\" name=\"image{n}\" descr=\"{alt}\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"rId{}\"/>\
             <a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm>\
             <a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>",
            n + 199
        ))
    }

    /// The package: every part of the document, zipped.
    fn package(&self) -> zip::result::ZipResult<Vec<u8>> {
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let parts = [
            ("[Content_Types].xml", CONTENT_TYPES.to_string()),
            ("_rels/.rels", ROOT_RELS.to_string()),
            ("docProps/core.xml", self.core()),
            ("docProps/custom.xml", self.custom()),
            ("word/_rels/document.xml.rels", self.document_rels()),
            ("word/document.xml", self.document()),
            ("word/styles.xml", self.styles()),
            ("word/numbering.xml", self.numbering()),
            ("word/footnotes.xml", self.footnotes_part()),
            ("word/settings.xml", SETTINGS.to_string()),
            ("word/footer1.xml", self.footer()),
        ];
        for (name, text) in parts {
            zip.start_file(name, options)?;
            zip.write_all(text.as_bytes())?;
        }
        for (name, bytes) in &self.media {
            // Pictures are compressed already.
            let stored = options.compression_method(zip::CompressionMethod::Stored);
            zip.start_file(format!("word/media/{name}"), stored)?;
            zip.write_all(bytes)?;
        }
        Ok(zip.finish()?.into_inner())
    }

    fn document(&self) -> String {
        format!(
            "{XML}<w:document {NS}><w:body>{}<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId4\"/>{}\
             <w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1077\" w:bottom=\"1077\" \
             w:left=\"1077\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>{}</w:sectPr></w:body></w:document>",
            self.body,
            // Note numbers in Arabic-Indic digits, as in the PDF.
            if self.rtl() {
                "<w:footnotePr><w:numFmt w:val=\"hindiNumbers\"/></w:footnotePr>"
            } else {
                ""
            },
            if self.rtl() { "<w:bidi/>" } else { "" }
        )
    }

    fn document_rels(&self) -> String {
        let mut rels = String::from(
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
             <Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>\
             <Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>\
             <Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>\
             <Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>",
        );
        for (i, (name, _)) in self.media.iter().enumerate() {
            let _ = write!(
                rels,
                "<Relationship Id=\"rId{}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/{name}\"/>",
                i + 200
            );
        }
        for (i, url) in self.links.iter().enumerate() {
            let _ = write!(
                rels,
                "<Relationship Id=\"rId{}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"{}\" TargetMode=\"External\"/>",
                i + 100,
                escape(url)
            );
        }
        format!(
            "{XML}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{rels}</Relationships>"
        )
    }

    fn core(&self) -> String {
        let m = self.cx.metadata;
        format!(
            "{XML}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
             xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
             xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title><dc:subject>{}</dc:subject>\
             <dc:creator>{}</dc:creator><cp:keywords>{}</cp:keywords><dc:language>{}</dc:language></cp:coreProperties>",
            escape(&m.title),
            escape(&m.subject),
            escape(&m.author),
            escape(&m.keywords),
            escape(&m.lang)
        )
    }

    fn custom(&self) -> String {
        let mut out = format!(
            "{XML}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" \
             xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
        );
        for (i, (name, value)) in self.cx.fields.iter().enumerate() {
            let _ = write!(
                out,
                "<property fmtid=\"{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}\" pid=\"{}\" name=\"{}\"><vt:lpwstr>{}</vt:lpwstr></property>",
                i + 2,
                escape(name),
                escape(value)
            );
        }
        out.push_str("</Properties>");
        out
    }

    fn styles(&self) -> String {
        let lang = self.cx.lang.code();
        let style = |id: &str, name: &str, ppr: &str, rpr: &str| {
            format!(
                "<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/><w:basedOn w:val=\"Normal\"/>\
                 <w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
            )
        };
        let heading = |level: u32, size: u32| {
            style(
                &format!("Heading{level}"),
                &format!("heading {level}"),
                &format!(
                    "<w:keepNext/><w:keepLines/><w:spacing w:before=\"{}\" w:after=\"120\"/><w:outlineLvl w:val=\"{}\"/>",
                    360 - level * 60,
                    level - 1
                ),
                &format!(
                    "<w:b/><w:bCs/><w:color w:val=\"0B5394\"/><w:sz w:val=\"{size}\"/><w:szCs w:val=\"{}\"/>",
                    size + 4
                ),
            )
        };
        let mut styles = format!(
            "{XML}<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr>\
             <w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Amiri\"/>\
             <w:sz w:val=\"22\"/><w:szCs w:val=\"26\"/><w:lang w:val=\"{lang}\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>\
             <w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\
             <w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/><w:pPr><w:widowControl/></w:pPr></w:style>"
        );
        styles.push_str(&style(
            "Title",
            "Title",
            "<w:spacing w:before=\"1200\" w:after=\"600\"/>",
            "<w:b/><w:bCs/><w:sz w:val=\"52\"/><w:szCs w:val=\"60\"/>",
        ));
        styles.push_str(&style(
            "Subtitle",
            "Subtitle",
            "",
            "<w:color w:val=\"5A5A5A\"/>",
        ));
        styles.push_str(&style(
            "CoverField",
            "Cover field",
            "<w:spacing w:after=\"60\"/>",
            "",
        ));
        styles.push_str(&style(
            "CoverHeading",
            "Cover heading",
            "<w:keepNext/><w:spacing w:before=\"480\" w:after=\"120\"/>",
            "<w:b/><w:bCs/><w:color w:val=\"5A5A5A\"/>",
        ));
        styles.push_str(&style(
            "CoverNote",
            "Cover note",
            "",
            "<w:color w:val=\"5A5A5A\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"22\"/>",
        ));
        styles.push_str(&style(
            "TOCHeading",
            "TOC Heading",
            "<w:keepNext/>",
            "<w:b/><w:bCs/><w:color w:val=\"0B5394\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"36\"/>",
        ));
        for level in 1..=3u32 {
            styles.push_str(&style(
                &format!("TOC{level}"),
                &format!("toc {level}"),
                &format!(
                    "<w:spacing w:after=\"60\"/><w:ind w:start=\"{}\"/>",
                    (level - 1) * 360
                ),
                if level == 1 { "<w:b/><w:bCs/>" } else { "" },
            ));
        }
        for (level, size) in [(1, 30), (2, 26), (3, 23), (4, 22), (5, 22), (6, 22)] {
            styles.push_str(&heading(level, size));
        }
        styles.push_str(&style(
            "ListParagraph",
            "List Paragraph",
            "<w:ind w:start=\"720\"/><w:contextualSpacing/>",
            "",
        ));
        styles.push_str(&style(
            "Quote",
            "Quote",
            "<w:ind w:start=\"567\" w:end=\"567\"/>",
            "<w:i/><w:iCs/><w:color w:val=\"404040\"/>",
        ));
        styles.push_str(&style("Code", "Code", "<w:bidi w:val=\"0\"/><w:spacing w:after=\"0\"/>", "<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:cs=\"Courier New\"/><w:sz w:val=\"19\"/>"));
        styles.push_str(&style(
            "TableText",
            "Table Text",
            "<w:spacing w:after=\"0\"/>",
            "",
        ));
        styles.push_str(&style(
            "Caption",
            "caption",
            "",
            "<w:i/><w:iCs/><w:sz w:val=\"18\"/><w:szCs w:val=\"22\"/>",
        ));
        styles.push_str(&style(
            "FootnoteText",
            "footnote text",
            "<w:spacing w:after=\"0\"/>",
            "<w:sz w:val=\"18\"/><w:szCs w:val=\"22\"/>",
        ));
        styles.push_str(&style(
            "Footer",
            "footer",
            "<w:jc w:val=\"center\"/>",
            "<w:color w:val=\"5A5A5A\"/><w:sz w:val=\"17\"/><w:szCs w:val=\"20\"/>",
        ));
        styles.push_str(
            "<w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"footnote reference\"/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>\
             <w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:rPr><w:color w:val=\"0B5394\"/><w:u w:val=\"single\"/></w:rPr></w:style>\
             <w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:tblPr><w:tblBorders>\
             <w:top w:val=\"single\" w:sz=\"4\" w:color=\"C8CCD0\"/><w:start w:val=\"single\" w:sz=\"4\" w:color=\"C8CCD0\"/>\
             <w:bottom w:val=\"single\" w:sz=\"4\" w:color=\"C8CCD0\"/><w:end w:val=\"single\" w:sz=\"4\" w:color=\"C8CCD0\"/>\
             <w:insideH w:val=\"single\" w:sz=\"4\" w:color=\"C8CCD0\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:color=\"C8CCD0\"/>\
             </w:tblBorders><w:tblCellMar><w:start w:w=\"85\" w:type=\"dxa\"/><w:end w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\
             </w:styles>",
        );
        styles
    }

    fn numbering(&self) -> String {
        let arabic = self.rtl();
        let digits = if arabic { "hindiNumbers" } else { "decimal" };
        let level = |ilvl: u32, format: &str, text: &str| {
            format!(
                "<w:lvl w:ilvl=\"{ilvl}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{format}\"/><w:lvlText w:val=\"{text}\"/>\
                 <w:lvlJc w:val=\"start\"/><w:pPr><w:ind w:start=\"{}\" w:hanging=\"360\"/></w:pPr></w:lvl>",
                720 * (ilvl + 1)
            )
        };
        let mut out = format!("{XML}<w:numbering {NS}>");
        let bullets: String = (0..9)
            .map(|i| level(i, "bullet", ["•", "◦", "▪"][i as usize % 3]))
            .collect();
        let ordered: String = (0..9)
            .map(|i| level(i, digits, &format!("%{}.", i + 1)))
            .collect();
        // A paragraph's number as on the page: `6.`, or `٦ -` where a full stop reads as a zero.
        let paragraph_text = if arabic { "%1 -" } else { "%1." };
        let paragraphs = level(0, digits, paragraph_text);
        for (id, levels) in [
            (BULLETS, bullets),
            (ORDERED, ordered),
            (PARAGRAPHS, paragraphs),
        ] {
            let _ = write!(
                out,
                "<w:abstractNum w:abstractNumId=\"{id}\"><w:multiLevelType w:val=\"multilevel\"/>{levels}</w:abstractNum>"
            );
        }
        for (i, (abstract_num, start)) in self.nums.iter().enumerate() {
            let _ = write!(
                out,
                "<w:num w:numId=\"{}\"><w:abstractNumId w:val=\"{abstract_num}\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"{start}\"/></w:lvlOverride></w:num>",
                i + 1
            );
        }
        out.push_str("</w:numbering>");
        out
    }

    fn footnotes_part(&self) -> String {
        let mut out = format!(
            "{XML}<w:footnotes {NS}><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\
             <w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
        );
        let mut notes = self.footnotes.clone();
        notes.sort_by_key(|(id, _)| *id);
        for (id, note) in notes {
            let _ = write!(out, "<w:footnote w:id=\"{id}\">{note}</w:footnote>");
        }
        out.push_str("</w:footnotes>");
        out
    }

    /// "Page 3 of 12", the numbers as fields Word keeps up to date.
    fn footer(&self) -> String {
        let field = |instruction: &str| {
            format!(
                "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> {instruction} </w:instrText></w:r>\
                 <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            )
        };
        let mut runs_xml = String::new();
        let mut rest = self.cx.page_label.as_str();
        while let Some(i) = rest.find(['\u{E000}', '\u{E001}']) {
            runs_xml.push_str(&runs(&rest[..i], &Format::default()));
            let is_page = rest[i..].starts_with('\u{E000}');
            runs_xml.push_str(&field(if is_page { "PAGE" } else { "NUMPAGES" }));
            rest = &rest[i + '\u{E000}'.len_utf8()..];
        }
        runs_xml.push_str(&runs(rest, &Format::default()));
        format!(
            "{XML}<w:ftr {NS}><w:p><w:pPr><w:pStyle w:val=\"Footer\"/>{}</w:pPr>{runs_xml}</w:p></w:ftr>",
            bidi(self.rtl())
        )
    }
}

/// The image of a paragraph that holds nothing else.
fn alone<'n>(paragraph: &'n AstNode<'n>) -> Option<&'n AstNode<'n>> {
    let mut children = paragraph.children();
    let only = children.next()?;
    let image = matches!(only.data.borrow().value, NodeValue::Image(_));
    (image && children.next().is_none()).then_some(only)
}

/// Word's heading level for a Markdown one: `#` is the report's title, so its sections
/// (`##`) are Word's Heading 1.
fn word_level(markdown: u8) -> u8 {
    markdown.saturating_sub(1).clamp(1, 6)
}

/// How a run of text is set.
#[derive(Clone, Default)]
struct Format {
    bold: bool,
    italic: bool,
    strike: bool,
    code: bool,
    link: bool,
}

/// The runs of a text: Arabic and Latin stretches apart, so that each is marked as what
/// it is (Arabic as right-to-left complex script, with its own bold and italic).
fn runs(text: &str, format: &Format) -> String {
    let mut out = String::new();
    for (arabic, piece) in script_runs(text) {
        out.push_str("<w:r><w:rPr>");
        if format.link {
            out.push_str("<w:rStyle w:val=\"Hyperlink\"/>");
        }
        if format.code {
            out.push_str(
                "<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:cs=\"Courier New\"/>",
            );
        }
        if format.bold {
            out.push_str("<w:b/><w:bCs/>");
        }
        if format.italic {
            out.push_str("<w:i/><w:iCs/>");
        }
        if format.strike {
            out.push_str("<w:strike/>");
        }
        if arabic {
            out.push_str("<w:rtl/><w:lang w:bidi=\"ar-SA\"/>");
        }
        let _ = write!(
            out,
            "</w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r>",
            escape(piece)
        );
    }
    out
}

/// Whether a character is written in Arabic script.
fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Stretches of a text in Arabic script and in others; spaces and punctuation go with the
/// stretch before them.
fn script_runs(text: &str) -> Vec<(bool, &str)> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut current: Option<bool> = None;
    for (i, c) in text.char_indices() {
        let script = if is_arabic(c) {
            Some(true)
        } else if c.is_alphabetic() {
            Some(false)
        } else {
            None
        };
        if let (Some(now), Some(before)) = (script, current) {
            if now != before {
                pieces.push((before, &text[start..i]));
                start = i;
            }
        }
        if script.is_some() {
            current = script;
        }
    }
    if start < text.len() {
        pieces.push((current.unwrap_or(false), &text[start..]));
    }
    pieces
}

/// The direction of a text from its first letter: right to left for Arabic script.
fn direction(text: &str) -> Option<bool> {
    text.chars().find(|c| c.is_alphabetic()).map(is_arabic)
}

fn bidi(rtl: bool) -> &'static str {
    if rtl { "<w:bidi/>" } else { "" }
}

/// Text for XML content and attributes; characters XML 1.0 cannot hold are left out.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
    out
}

const XML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

const NS: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
                  xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" \
                  xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"";

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Default Extension=\"png\" ContentType=\"image/png\"/>\
<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>\
<Default Extension=\"gif\" ContentType=\"image/gif\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>\
<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>\
<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>\
<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>\
<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
<Override PartName=\"/docProps/custom.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/>\
</Types>";

const ROOT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties\" Target=\"docProps/custom.xml\"/>\
</Relationships>";

/// Word updates the table of contents (and the other fields) when it opens the document.
const SETTINGS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:defaultTabStop w:val=\"720\"/><w:updateFields w:val=\"true\"/></w:settings>";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_and_latin_stretches_are_runs_of_their_own() {
        assert_eq!(
            script_runs("قال ٦٢٪ (Survey, 2026) إنهم"),
            [
                (true, "قال ٦٢٪ ("),
                (false, "Survey, 2026) "),
                (true, "إنهم")
            ]
        );
        assert_eq!(script_runs("plain text."), [(false, "plain text.")]);
        assert_eq!(direction("٢٠٢٦ English"), Some(false));
        assert_eq!(direction("«العمل»"), Some(true));
        assert_eq!(escape("a<b & \"c\"\u{7}"), "a&lt;b &amp; &quot;c&quot;");
    }
}
