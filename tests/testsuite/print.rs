//! PDFs read back as a reader, a screen reader or a catalogue would: pages, bookmarks, the
//! contents' page numbers against where the headings landed, metadata, fonts, text order.

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

use lopdf::{Document, Object};

use crate::support::{Scratch, chromium, have, on_path, project_root};

/// Prints `report` (a path under the project) to `out` in the scratch folder (a file, or
/// a folder when `extra` has `--out-dir`), or says why it cannot (which fails under CI).
fn print(s: &Scratch, report: &str, out: &str, extra: &[&str]) -> Option<std::path::PathBuf> {
    let tools = ["pdfinfo", "pdffonts", "pdftotext"]
        .iter()
        .all(|t| on_path(t));
    let Some(browser) = chromium() else {
        have("chromium (apt-get install chromium)", false);
        return None;
    };
    if !have("poppler-utils (pdfinfo, pdffonts, pdftotext)", tools) {
        return None;
    }
    let input = project_root().join(report);
    let mut args = vec!["render", input.to_str().unwrap(), "--browser", &browser];
    if !extra.contains(&"--out-dir") {
        args.extend(["-o", out]);
    }
    args.extend_from_slice(extra);
    s.run(&args).expect_code(0);
    Some(s.path(out))
}

fn output(program: &str, args: &[&str], pdf: &Path) -> String {
    let out = Command::new(program)
        .args(args)
        .arg(pdf)
        .args(program.eq("pdftotext").then_some("-"))
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn info(pdf: &Path) -> HashMap<String, String> {
    let out = Command::new("pdfinfo").arg(pdf).output().unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect()
}

/// Western digits of a number written in Western or Arabic-Indic digits.
fn number(text: &str) -> Option<u32> {
    let text: String = text
        .chars()
        .filter(|c| !matches!(*c as u32, 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069))
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            c => c,
        })
        .collect();
    text.parse().ok()
}

/// For each link of page `page` whose text starts or ends with a number (the entries of
/// the contents): the number printed, and the page its destination is on.
fn contents_numbers(pdf: &Path, page: u32) -> Vec<(u32, u32)> {
    let doc = Document::load(pdf).unwrap();
    let pages = doc.get_pages();
    let page_of: HashMap<lopdf::ObjectId, u32> = pages.iter().map(|(n, id)| (*id, *n)).collect();
    let dests = doc
        .catalog()
        .unwrap()
        .get(b"Dests")
        .and_then(|d| doc.dereference(d))
        .and_then(|(_, d)| d.as_dict().cloned())
        .unwrap_or_default();
    let height = doc
        .get_dictionary(pages[&page])
        .unwrap()
        .get(b"MediaBox")
        .unwrap()
        .as_array()
        .unwrap()[3]
        .as_float()
        .unwrap();
    let mut found = Vec::new();
    for annotation in doc.get_page_annotations(pages[&page]).unwrap() {
        let Ok(name) = annotation.get(b"Dest").and_then(Object::as_name) else {
            continue;
        };
        let Ok(target) = dests
            .get(name)
            .and_then(|d| doc.dereference(d))
            .and_then(|(_, d)| d.as_array())
        else {
            continue;
        };
        let landed = page_of[&target[0].as_reference().unwrap()];
        let rect: Vec<f32> = annotation
            .get(b"Rect")
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_float().unwrap())
            .collect();
        // pdftotext's crop box is in whole points from the top left.
        let (x, y) = (rect[0].floor() as i32, (height - rect[3]).floor() as i32);
        let (w, h) = (
            (rect[2] - rect[0]).ceil() as i32 + 1,
            (rect[3] - rect[1]).ceil() as i32 + 1,
        );
        let text = output(
            "pdftotext",
            &[
                "-f",
                &page.to_string(),
                "-l",
                &page.to_string(),
                "-x",
                &x.to_string(),
                "-y",
                &y.to_string(),
                "-W",
                &w.to_string(),
                "-H",
                &h.to_string(),
            ],
            pdf,
        );
        // The number comes after the entry's text, or before it right to left.
        let tokens: Vec<&str> = text.split_whitespace().collect();
        let printed = tokens
            .last()
            .and_then(|t| number(t))
            .or_else(|| tokens.first().and_then(|t| number(t)));
        if let Some(printed) = printed {
            found.push((printed, landed));
        }
    }
    found
}

#[test]
fn a_short_arabic_report_prints_on_four_designed_pages_that_read_back_right() {
    let s = Scratch::new();
    let Some(pdf) = print(
        &s,
        "tests/fixtures/print/short-ar/report.md",
        "short.pdf",
        &[],
    ) else {
        return;
    };
    let info = info(&pdf);
    let pages: u32 = info["Pages"].parse().unwrap();
    assert!(pages <= 4, "{pages} pages");
    assert_eq!(
        info["Author"],
        "النقابة العامة للعاملين في الخدمات والمهن الحرة"
    );
    assert!(info["Keywords"].contains("الهدف ٦"), "{info:?}");
    assert!(info["Subject"].contains("الاتفاق العالمي"), "{info:?}");
    assert_eq!(info["Tagged"], "yes");

    // Bookmarks: the sections, in order, titled as the headings are.
    let doc = Document::load(&pdf).unwrap();
    let outline: Vec<String> = doc
        .get_toc()
        .unwrap()
        .toc
        .into_iter()
        .map(|t| t.title)
        .collect();
    let sections = ["الملخص التنفيذي", "المنهجية", "السياق الوطني", "التوصيات"];
    let mut at = 0;
    for section in sections {
        at += outline[at..]
            .iter()
            .position(|t| t == section)
            .unwrap_or_else(|| panic!("{section} not in the bookmarks: {outline:?}"));
    }
    assert!(outline.iter().any(|t| t == "الهدف ٦: تيسير التوظيف العادل والأخلاقي وصون الظروف التي تكفل العمل اللائق"));

    // The contents' page numbers are where the headings landed.
    let numbers = contents_numbers(&pdf, 2);
    assert!(numbers.len() >= 9, "{numbers:?}");
    for (printed, landed) in &numbers {
        assert_eq!(printed, landed, "{numbers:?}");
    }

    let fonts = output("pdffonts", &[], &pdf);
    assert!(fonts.contains("Amiri"), "no Arabic font embedded:\n{fonts}");
    let text = output("pdftotext", &[], &pdf);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains("kept as they wrote them."),
        "the English paragraph's period is not at its end:\n{text}"
    );
    assert!(!text.contains(".This paragraph"), "{text}");
}

#[test]
fn a_batch_prints_every_example_with_its_own_contents_numbers_and_metadata() {
    let s = Scratch::new();
    // Three reports in one run: one browser, its tabs reused from report to report.
    let Some(out) = print(
        &s,
        "examples",
        "pdfs",
        &["--out-dir", "pdfs", "--to", "pdf", "--section-breaks"],
    ) else {
        return;
    };
    for (name, author) in [
        (
            "ar-trade-union-jo",
            "النقابة العامة للعاملين في الخدمات والمهن الحرة",
        ),
        (
            "en-joint-civil-society-lb",
            "Lebanon Migration Justice Coalition",
        ),
        (
            "fr-migrant-organization-ma",
            "Collectif des associations de migrants subsahariens au Maroc",
        ),
    ] {
        let pdf = out.join(format!("{name}.pdf"));
        let info = info(&pdf);
        assert_eq!(info["Author"], author);
        let numbers = contents_numbers(&pdf, 2);
        assert!(numbers.len() >= 9, "{name}: {numbers:?}");
        assert!(numbers.iter().all(|(p, l)| p == l), "{name}: {numbers:?}");
        // With --section-breaks every main section opens a page.
        let doc = Document::load(&pdf).unwrap();
        let toc = doc.get_toc().unwrap().toc;
        let notes = ["Notes", "الحواشي"];
        // The main sections, after the objectives covered and the contents, before the
        // notes, which follow the last section.
        let body: Vec<_> = toc
            .iter()
            .filter(|t| t.level == 2 && !notes.contains(&t.title.as_str()))
            .skip(2)
            .collect();
        for pair in body.windows(2) {
            assert!(
                pair[0].page < pair[1].page,
                "{name}: {:?} and {:?} share a page",
                pair[0],
                pair[1]
            );
        }
    }
}
