//! The report model, the rules and the renderer together: arbitrary Markdown never
//! panics them, and the two Markdown parsers agree on every outline.

use std::path::Path;

use std::path::PathBuf;

use crate::check::{CheckOptions, Checker};
use crate::guidance::Guidance;
use crate::report::{HeadingMatcher, Report};

const FRAGMENTS: &[&str] = &[
    "---\n",
    "title: x\n",
    "objectives: [6, ٢٢, 99]\n",
    "language: ar\n",
    "## ",
    "### ",
    "# ",
    "Objective 6: ",
    "الهدف ٦: ",
    "المنهجية",
    "Methodology",
    "\n",
    "\r\n",
    "\n\n",
    "> ",
    ">>>>>>>> ",
    "- ",
    "1. ",
    "  ",
    "\t",
    "| a | b |\n|---|---|\n| 1 | 2 |\n",
    "<!-- prompt: x -->",
    "<!--",
    "-->",
    "<div>",
    "</div>",
    "<script>x</script>",
    "[a](b.md)",
    "![](c.png)",
    "![alt](../x.png)",
    "[^1]",
    "[^1]: note\n",
    "```\n",
    "~~~",
    "`code`",
    "**",
    "*",
    "_",
    "TODO",
    "…",
    "[Write this section.]",
    "\u{feff}",
    "\u{202e}",
    "\u{0651}",
    "ـ",
    "é",
    "&amp;",
    "&#0;",
    "\\",
    "[",
    "]",
    "(",
    ")",
    "<",
    ">",
    "|",
    ":",
    "#",
    "=\n",
    "---",
    "***\n",
    "<https://x.org>",
];

/// A small deterministic generator (xorshift), so failures can be replayed.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 as usize
    }
}

#[test]
fn random_markdown_never_panics() {
    let guidance = Guidance::builtin().unwrap();
    let checker = Checker::new(
        &guidance,
        CheckOptions {
            final_: true,
            ..CheckOptions::default()
        },
    );
    let renderer = crate::render::Renderer::new(
        &guidance,
        crate::templates::load(None).unwrap(),
        crate::render::RenderOptions {
            number_paragraphs: true,
            section_breaks: true,
        },
    );
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for case in 0..3000 {
        let length = rng.next() % 60;
        let text: String = (0..length)
            .map(|_| FRAGMENTS[rng.next() % FRAGMENTS.len()])
            .collect();
        let Ok(text) = Report::decode(text.into_bytes()) else {
            continue;
        };
        let report = Report::parse(text.clone(), &guidance, checker.matcher(), false);
        let result = checker.check_report(Path::new("case.md"), &report);
        for d in &result.diagnostics {
            assert!(d.line >= 1 && d.column >= 1, "case {case}: {text:?}");
        }
        let html = renderer
            .html(&report, Path::new("case.md"))
            .unwrap_or_else(|e| panic!("case {case}: {e}: {text:?}"))
            .html;
        assert!(!html.contains("<script>x"), "case {case}: {text:?}");
    }
}

#[test]
fn both_markdown_parsers_agree_on_the_outline() {
    let guidance = Guidance::builtin().unwrap();
    let matcher = HeadingMatcher::new(&guidance);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = Vec::new();
    for entry in walkdir::WalkDir::new(root.join("examples"))
        .into_iter()
        .chain(walkdir::WalkDir::new(root.join("tests/fixtures")))
    {
        let path = entry.unwrap().into_path();
        if path.extension().is_some_and(|e| e == "md") {
            files.push(path);
        }
    }
    let mut compared = 0;
    for file in files {
        let Ok(text) = Report::decode(std::fs::read(&file).unwrap()) else {
            continue;
        };
        let report = Report::parse(text, &guidance, &matcher, false);
        let ours: Vec<(u8, String)> = report
            .headings
            .iter()
            .map(|h| (h.level, h.text.clone()))
            .collect();
        let comrak = crate::render::markdown::outline(&report.text[report.body_start..]);
        assert_eq!(ours, comrak, "{}", file.display());
        compared += 1;
    }
    assert!(compared > 40);
}

/// Texts to hold a fast implementation to its reference with: the examples, every
/// fixture, and random text mixing Arabic (diacritics, hamza forms, tatweel, Arabic-Indic
/// digits), French (accents, ligatures) and English with punctuation and spaces.
pub(crate) fn samples() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts: Vec<String> = walkdir::WalkDir::new(root.join("examples"))
        .into_iter()
        .chain(walkdir::WalkDir::new(root.join("tests/fixtures")))
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    const PIECES: &[&str] = &[
        "كلمة",
        "مُهَاجِرُونَ",
        "أإآؤئءة",
        "ى",
        "ـ",
        "٠١٢٣٤٥٦٧٨٩",
        "،",
        "؛",
        "؟",
        "ﻻ",
        "ﷲ",
        "ٰ",
        "é",
        "É",
        "œ",
        "ç",
        "à",
        "Ŀ",
        "ﬁ",
        "e\u{301}",
        "word",
        "TODO",
        "W3C",
        "x1",
        "—",
        "–",
        "«",
        "»",
        ":",
        "•",
        "'",
        "’",
        "-",
        "…",
        "%",
        "٪",
        " ",
        "  ",
        "\n",
        "\t",
        "\u{a0}",
        "\u{85}",
        "\u{1680}",
        "\u{2003}",
        "\u{202f}",
        "\u{205f}",
        "\u{3000}",
        "\u{2028}",
        "\u{e000}",
        "€",
        "𝐀",
        "😀",
        "\u{200f}",
        "\u{2068}",
        "ß",
        "İ",
        "Ω",
        "ǅ",
        "٫",
        "۱۲",
        "\u{0654}",
    ];
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for _ in 0..2000 {
        let length = rng.next() % 40;
        texts.push(
            (0..length)
                .map(|_| PIECES[rng.next() % PIECES.len()])
                .collect(),
        );
    }
    texts
}
