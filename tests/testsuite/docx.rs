//! `render --to docx`: the Word documents opened in a real word processor (LibreOffice,
//! headless, converting them to PDF) and read back.

use std::io::Read;
use std::path::Path;
use std::process::Command;

use crate::support::{Scratch, have, on_path, project_root};

/// The text of a part of a Word document.
fn part(docx: &Path, name: &str) -> String {
    let file = std::fs::File::open(docx).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// Text without what PDF extraction and bidi reordering change: spaces, marks, punctuation.
fn comparable(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .filter(|c| !matches!(*c as u32, 0x064B..=0x065F | 0x0670))
        .collect()
}

#[test]
fn word_documents_open_in_a_word_processor_right_to_left_and_with_their_properties() {
    let s = Scratch::new();
    let examples = [
        (
            "ar-trade-union-jo",
            "النقابة العامة للعاملين في الخدمات والمهن الحرة",
            "العمل اللائق للعمال المهاجرين في الأردن",
            "الملخص التنفيذي",
        ),
        (
            "en-joint-civil-society-lb",
            "Lebanon Migration Justice Coalition",
            "No One Left Behind",
            "Executive summary",
        ),
        (
            "fr-migrant-organization-ma",
            "Collectif des associations de migrants subsahariens au Maroc",
            "Migrer, travailler, rester",
            "Résumé analytique",
        ),
    ];
    for (name, ..) in examples {
        let input = project_root().join("examples").join(format!("{name}.md"));
        s.run(&[
            "render",
            input.to_str().unwrap(),
            "-o",
            &format!("{name}.docx"),
        ])
        .expect_code(0);
    }
    for (name, author, ..) in examples {
        let docx = s.path(&format!("{name}.docx"));
        let core = part(&docx, "docProps/core.xml");
        assert!(
            core.contains(&format!("<dc:creator>{author}</dc:creator>")),
            "{core}"
        );
        let document = part(&docx, "word/document.xml");
        assert!(
            document.contains("<w:pStyle w:val=\"Heading1\"/>"),
            "sections are Word headings"
        );
        assert!(document.contains("<w:footnoteReference") || name != "fr-migrant-organization-ma");
        if name.starts_with("ar") {
            assert!(
                document.contains("<w:sectPr>") && document.contains("<w:bidi/></w:sectPr>"),
                "the section runs right to left"
            );
            assert!(
                document.contains("<w:rtl/>"),
                "Arabic runs are marked right to left"
            );
            assert!(part(&docx, "word/numbering.xml").contains("hindiNumbers"));
        }
    }
    if !have(
        "LibreOffice (apt-get install libreoffice-writer-nogui)",
        on_path("soffice"),
    ) || !have("poppler-utils (pdftotext)", on_path("pdftotext"))
    {
        return;
    }
    let profile = tempfile::tempdir().unwrap();
    let status = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(s.path("."))
        .args(
            examples
                .iter()
                .map(|(name, ..)| s.path(&format!("{name}.docx"))),
        )
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    for (name, _, title, heading) in examples {
        let pdf = s.path(&format!("{name}.pdf"));
        let text = Command::new("pdftotext")
            .arg(&pdf)
            .arg("-")
            .output()
            .unwrap();
        let text = comparable(&String::from_utf8_lossy(&text.stdout));
        for expected in [title, heading] {
            assert!(
                text.contains(&comparable(expected)),
                "{name}: `{expected}` not in the word processor's PDF"
            );
        }
    }
}

#[test]
fn images_are_embedded_with_their_caption_and_read_back_by_the_word_processor() {
    let s = Scratch::new();
    let fixture = project_root().join("tests/fixtures/print/short-ar");
    let report = std::fs::read_to_string(fixture.join("report.md"))
        .unwrap()
        .replacen(
            "\n## المنهجية",
            "\n![شعار النقابة](chart.png \"الشكل ١: شعار النقابة\")\n\n## المنهجية",
            1,
        );
    s.write("r/report.md", report);
    s.write(
        "r/chart.png",
        std::fs::read(fixture.join("logo.png")).unwrap(),
    );
    s.run(&["render", "r/report.md", "-o", "r/report.docx"])
        .expect_code(0);
    let docx = s.path("r/report.docx");
    let document = part(&docx, "word/document.xml");
    assert!(
        document.contains("<a:blip r:embed=\"rId200\"/>"),
        "{document}"
    );
    assert!(document.contains("<w:pStyle w:val=\"Caption\"/>"));
    assert_eq!(
        part(&docx, "word/_rels/document.xml.rels")
            .matches("media/image1.png")
            .count(),
        1
    );
    // Imported back, the picture is a file beside the report, named after what it holds.
    s.run(&["import", "r/report.docx", "-o", "r/back.md"])
        .expect_code(0);
    assert!(
        s.read("r/back.md")
            .contains("![شعار النقابة](back-pictures/picture-1.png)")
    );
    assert_eq!(
        std::fs::read(s.path("r/back-pictures/picture-1.png")).unwrap(),
        std::fs::read(fixture.join("logo.png")).unwrap()
    );
    if !have(
        "LibreOffice (apt-get install libreoffice-writer-nogui)",
        on_path("soffice"),
    ) || !have("poppler-utils (pdfimages)", on_path("pdfimages"))
    {
        return;
    }
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(s.path("r"))
        .arg(&docx)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list = Command::new("pdfimages")
        .arg("-list")
        .arg(s.path("r/report.pdf"))
        .output()
        .unwrap();
    let list = String::from_utf8_lossy(&list.stdout);
    assert!(
        list.lines()
            .any(|l| l.contains(" 360 ") && l.contains(" 140 ")),
        "{list}"
    );
}

/// The headings of a Markdown report, in order.
fn outline(markdown: &str) -> Vec<String> {
    markdown
        .lines()
        .filter(|l| l.starts_with('#'))
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// `check`'s findings on a report, without where they are.
fn findings(s: &Scratch, report: &str) -> Vec<String> {
    let run = s.run(&["check", report, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let mut found: Vec<String> = json["reports"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| format!("{} {}", d["rule"], d["message"]))
        .collect();
    found.sort();
    found
}

fn words(s: &Scratch, report: &str) -> f64 {
    let run = s.run(&["coverage", report, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    json["reports"][0]["words"].as_f64().unwrap()
}

#[test]
fn every_example_comes_back_from_word_with_its_outline_words_and_findings() {
    let s = Scratch::new();
    for name in [
        "ar-trade-union-jo",
        "en-joint-civil-society-lb",
        "fr-migrant-organization-ma",
    ] {
        let original = project_root().join("examples").join(format!("{name}.md"));
        let original = original.to_str().unwrap();
        s.run(&["render", original, "-o", &format!("{name}.docx")])
            .expect_code(0);
        s.run(&[
            "import",
            &format!("{name}.docx"),
            "-o",
            &format!("{name}.md"),
        ])
        .expect_code(0);
        let back = s.read(&format!("{name}.md"));
        assert_eq!(
            outline(&back),
            outline(&std::fs::read_to_string(original).unwrap()),
            "{name}"
        );
        let (before, after) = (words(&s, original), words(&s, &format!("{name}.md")));
        assert!(
            (before - after).abs() <= before / 100.0,
            "{name}: {before} words, then {after}"
        );
        assert_eq!(
            findings(&s, original),
            findings(&s, &format!("{name}.md")),
            "{name}"
        );
    }
}

#[test]
fn import_never_overwrites_and_says_what_a_file_is_not() {
    let s = Scratch::new();
    let example = project_root().join("examples/en-joint-civil-society-lb.md");
    s.run(&["render", example.to_str().unwrap(), "-o", "d.docx"])
        .expect_code(0);
    s.write("d.md", "mine");
    s.run(&["import", "d.docx"]).expect_code(2);
    assert_eq!(s.read("d.md"), "mine");
    s.write(
        "old.docx",
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0],
    );
    s.run(&["import", "old.docx"])
        .expect_code(2)
        .assert_stderr("save it as .docx");
    s.write("text.docx", "just text");
    s.run(&["import", "text.docx"])
        .expect_code(2)
        .assert_stderr("is not a Word document");
}

#[test]
fn drafts_saved_by_libreoffice_import_with_their_sections() {
    let s = Scratch::new();
    for (name, sections) in [
        (
            "ar-trade-union-jo",
            ["## الملخص التنفيذي", "## المنهجية", "## التوصيات"],
        ),
        (
            "en-joint-civil-society-lb",
            [
                "## Executive summary",
                "## Methodology",
                "## Recommendations",
            ],
        ),
        (
            "fr-migrant-organization-ma",
            [
                "## Résumé analytique",
                "## Méthodologie",
                "## Recommandations",
            ],
        ),
    ] {
        let draft = project_root().join(format!("tests/fixtures/docx/libreoffice-{name}.docx"));
        s.run(&[
            "import",
            draft.to_str().unwrap(),
            "-o",
            &format!("{name}.md"),
            "--country",
            "JO",
        ])
        .expect_code(0);
        let report = s.read(&format!("{name}.md"));
        for section in sections {
            assert!(
                report.lines().any(|l| l == section),
                "{name}: no `{section}` in\n{report}"
            );
        }
        // check and coverage read it: findings, not a failure to run.
        s.run(&["check", &format!("{name}.md")]).expect_code(1);
        s.run(&["coverage", &format!("{name}.md"), "--format", "json"])
            .expect_code(0);
    }
}

#[test]
fn hostile_word_files_are_refused_with_a_reason() {
    use std::io::Write;
    let s = Scratch::new();
    let zip_with = |name: &str, document: &[u8]| {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("word/document.xml", options).unwrap();
        zip.write_all(document).unwrap();
        s.write(name, zip.finish().unwrap().into_inner());
    };
    // A part that unpacks past the cap: a zip bomb stops at the cap.
    zip_with("bomb.docx", &vec![b' '; 65 * 1024 * 1024]);
    s.run(&["import", "bomb.docx"])
        .expect_code(2)
        .assert_stderr("larger than 64 MB");
    // Millions of tiny elements: refused before they fill the memory.
    zip_with("tiny.docx", &b"<a/>".repeat(2_000_000));
    s.run(&["import", "tiny.docx"])
        .expect_code(2)
        .assert_stderr("million XML nodes");
    // Entities declared in a document type: never expanded.
    zip_with(
        "entities.docx",
        b"<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><d>&b;</d>",
    );
    s.run(&["import", "entities.docx"])
        .expect_code(2)
        .assert_stderr("cannot be read as a Word document");
    assert!(!s.path("bomb.md").exists() && !s.path("entities.md").exists());
}

#[test]
fn a_word_document_in_a_submissions_folder_is_checked_counted_and_rendered() {
    let s = Scratch::new();
    let example = project_root().join("examples/en-joint-civil-society-lb.md");
    s.write("in/report.md", std::fs::read_to_string(example).unwrap());
    s.write(
        "in/draft.docx",
        std::fs::read(
            project_root().join("tests/fixtures/docx/libreoffice-ar-trade-union-jo.docx"),
        )
        .unwrap(),
    );
    s.write("in/broken.docx", "not a zip");
    // A submission in another format is named; a PDF printed from a report beside it is not.
    s.write("in/scan.pdf", "%PDF-1.4");
    s.write("in/old.doc", "old");
    s.write("in/report.pdf", "%PDF-1.4");
    let run = s.run(&["check", "in", "--format", "short"]).expect_code(1);
    let out = run.stdout();
    assert!(
        out.contains("draft.docx:1:1: error[missing-field]: missing field `stakeholder`"),
        "{out}"
    );
    assert!(
        out.contains("broken.docx:1:1: error[unreadable]: this is not a Word document"),
        "{out}"
    );
    assert!(
        out.contains("scan.pdf:1:1: error[unreadable]: a `.pdf` file is not a report"),
        "{out}"
    );
    assert!(
        out.contains("old.doc:1:1: error[unreadable]: a `.doc` file is not a report"),
        "{out}"
    );
    assert!(!out.contains("report.pdf"), "{out}");
    let coverage = s
        .run(&["coverage", "in", "--format", "json"])
        .expect_code(0);
    let json: serde_json::Value = serde_json::from_str(&coverage.stdout()).unwrap();
    let draft = json["reports"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["path"].as_str().unwrap().ends_with("draft.docx"))
        .unwrap()
        .clone();
    assert_eq!(draft["status"], "incomplete", "{draft}");
    assert_eq!(draft["language"], "ar", "{draft}");
    s.run(&["render", "in/draft.docx", "-o", "draft.html"])
        .expect_code(0);
    assert!(
        s.read("draft.html")
            .contains("<html lang=\"ar\" dir=\"rtl\">")
    );
}

#[test]
fn word_files_from_another_project_import_and_check_without_failing() {
    let s = Scratch::new();
    let folder = project_root().join("tests/fixtures/docx/python-docx");
    let mut imported = 0;
    for entry in std::fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "docx") {
            continue;
        }
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        let out = format!("{name}.md");
        s.run_within(30, &["import", path.to_str().unwrap(), "-o", &out])
            .expect_code(0);
        let code = s.run_within(30, &["check", &out]).code();
        assert!(code <= 1, "{name}: check exited {code}");
        imported += 1;
    }
    assert!(imported >= 10, "{imported}");
    // The comments of one of them are counted, not dropped silently.
    s.run(&[
        "import",
        folder.join("comments-rich-para.docx").to_str().unwrap(),
        "-o",
        "c.md",
    ])
    .expect_code(0)
    .assert_stderr("4 comments");
    s.run_within(60, &["coverage", ".", "--format", "json"])
        .expect_code(0);
}

#[test]
fn findings_in_a_word_document_point_at_its_paragraph_and_quote_it() {
    let s = Scratch::new();
    let example = project_root().join("examples/en-joint-civil-society-lb.md");
    let marked = std::fs::read_to_string(example).unwrap().replacen(
        "The coalition formed a steering group",
        "TODO The coalition formed a steering group",
        1,
    );
    s.write("t.md", marked);
    s.run(&["render", "t.md", "-o", "t.docx"]).expect_code(0);
    let run = s.run(&["check", "t.docx"]);
    // The executive summary's heading and three paragraphs, the methodology's heading,
    // then this paragraph: the sixth.
    assert!(run.stdout().contains("t.docx:6:1"), "{}", run.stdout());
    assert!(
        run.stdout()
            .contains("6 | TODO The coalition formed a steering group"),
        "{}",
        run.stdout()
    );
    assert!(
        run.stdout().contains("= under: Methodology"),
        "{}",
        run.stdout()
    );
    let json = s.run(&["check", "t.docx", "--format", "json"]);
    assert!(
        json.stdout().contains("\"section\":\"Methodology\""),
        "{}",
        json.stdout()
    );
}
