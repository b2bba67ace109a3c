//! `render`: golden pages, safety on hostile reports, PDF through a real browser, batches.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{Scratch, chromium, have, load_in_browser, on_path, project_root};

const EXAMPLES: [&str; 3] = [
    "ar-trade-union-jo",
    "en-joint-civil-society-lb",
    "fr-migrant-organization-ma",
];

fn example(name: &str) -> PathBuf {
    project_root().join("examples").join(format!("{name}.md"))
}

fn render_to(s: &Scratch, input: &Path, out: &str, extra: &[&str]) -> String {
    let mut args = vec!["render", input.to_str().unwrap(), "-o", out];
    args.extend_from_slice(extra);
    s.run(&args).expect_code(0);
    s.read(out)
}

/// Compares with `tests/golden/NAME.html`; `UPDATE_GOLDEN=1 cargo test` rewrites them.
#[test]
fn examples_render_like_their_golden_pages() {
    let s = Scratch::new();
    for name in EXAMPLES {
        let html = render_to(&s, &example(name), &format!("{name}.html"), &[]);
        let golden = project_root()
            .join("tests/golden")
            .join(format!("{name}.html"));
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::create_dir_all(golden.parent().unwrap()).unwrap();
            std::fs::write(&golden, &html).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&golden).unwrap_or_else(|_| {
            panic!(
                "{} is missing: run UPDATE_GOLDEN=1 cargo test",
                golden.display()
            )
        });
        if html != expected {
            let line = html
                .lines()
                .zip(expected.lines())
                .position(|(a, b)| a != b)
                .map_or(0, |i| i + 1);
            panic!(
                "{name}.html differs from {} from line {line}; if the change is intended, run UPDATE_GOLDEN=1 cargo test",
                golden.display()
            );
        }
    }
}

#[test]
fn arabic_page_is_right_to_left_with_arabic_labels_and_digits() {
    let s = Scratch::new();
    let html = render_to(
        &s,
        &example(EXAMPLES[0]),
        "ar.html",
        &["--number-paragraphs"],
    );
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains("<dt>الجهة المقدِّمة</dt>"));
    assert!(
        html.contains("١٥ تشرين الأول&#x2F;أكتوبر ٢٠٢٦"),
        "long Arabic date"
    );
    assert!(
        html.contains("counter(page, arabic-indic)"),
        "Arabic-Indic page numbers"
    );
    assert!(html.contains("<span class=\"number\">الهدف ٢٢</span>"));
    assert!(
        html.contains("ترجمة عمل غير رسمية"),
        "working translations are marked"
    );
    assert!(html.contains("<h3 id=\"objective-6\" dir=\"auto\">الهدف ٦: تيسير التوظيف"));
    assert!(html.contains("class=\"report-body numbered\""));
    assert!(
        !html.contains("<!--"),
        "no comment (prompts, notes) reaches the page"
    );
    let fr = render_to(&s, &example(EXAMPLES[2]), "fr.html", &[]);
    assert!(
        fr.contains("30 septembre 2026")
            && fr.contains("\"Page \" counter(page, decimal) \" sur \"")
    );
}

/// Each tag of an HTML text with its name and attributes (`name`, `value`), quoted values
/// read as values; the escaped text between tags is not looked at.
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let tag = &rest[start + 1..];
        let chars: Vec<char> = tag.chars().collect();
        let mut i = 0;
        let name: String = chars
            .iter()
            .take_while(|c| !c.is_whitespace() && **c != '>')
            .collect();
        i += name.chars().count();
        let mut attributes = Vec::new();
        while i < chars.len() && chars[i] != '>' {
            if chars[i].is_whitespace() || chars[i] == '/' {
                i += 1;
                continue;
            }
            let attr: String = chars[i..]
                .iter()
                .take_while(|c| !c.is_whitespace() && !matches!(c, '=' | '>'))
                .collect();
            i += attr.chars().count().max(1);
            let mut value = String::new();
            if chars.get(i) == Some(&'=') {
                i += 1;
                match chars.get(i) {
                    Some(&q) if q == '"' || q == '\'' => {
                        i += 1;
                        while i < chars.len() && chars[i] != q {
                            value.push(chars[i]);
                            i += 1;
                        }
                        i += 1;
                    }
                    _ => {
                        while i < chars.len() && !chars[i].is_whitespace() && chars[i] != '>' {
                            value.push(chars[i]);
                            i += 1;
                        }
                    }
                }
            }
            attributes.push((attr.to_ascii_lowercase(), value.to_ascii_lowercase()));
        }
        out.push((name.to_ascii_lowercase(), attributes));
        let consumed: usize = chars[..i.min(chars.len())]
            .iter()
            .map(|c| c.len_utf8())
            .sum();
        rest = &tag[consumed.min(tag.len())..];
    }
    out
}

#[test]
fn hostile_report_renders_without_any_active_content() {
    let s = Scratch::new();
    let input = project_root().join("tests/fixtures/render/xss/report.md");
    let run = s
        .run(&["render", input.to_str().unwrap(), "-o", "xss.html"])
        .expect_code(0);
    assert!(
        run.stderr().contains("warning:"),
        "a report that fails check still renders, with a warning"
    );
    let html = s.read("xss.html");
    let tags = tags(&html);
    assert!(tags.len() > 50);
    for (name, attributes) in &tags {
        assert!(
            ![
                "script", "iframe", "svg", "object", "embed", "form", "base", "math"
            ]
            .contains(&name.as_str()),
            "<{name}>"
        );
        assert!(
            !(name == "meta"
                && attributes.iter().any(|(a, _)| a == "http-equiv")
                && html.contains("refresh")),
            "<{name} {attributes:?}>"
        );
        for (attribute, value) in attributes {
            assert!(
                !attribute.starts_with("on"),
                "event handler in <{name} {attributes:?}>"
            );
            assert!(
                !value.trim_start().starts_with("javascript:")
                    && !value.trim_start().starts_with("vbscript:"),
                "<{name} {attributes:?}>"
            );
            assert!(
                !(attribute == "href" && value.starts_with("data:")),
                "<{name} {attributes:?}>"
            );
            assert!(attribute != "style", "inline style in <{name}>");
        }
    }
    // Besides the page's own style sheet, only the one that embeds the report's images,
    // which holds nothing but one image rule per line.
    let sheets: Vec<&str> = html.split("<style>").skip(1).collect();
    assert_eq!(sheets.len(), 2, "the page's style sheet and its images'");
    let images = sheets[1].split("</style>").next().unwrap();
    for rule in images.lines().filter(|l| !l.is_empty()) {
        assert!(
            rule.starts_with("img[src=\"data:image/gif;name=image-")
                && rule.contains("{ content: url(\"data:image/svg+xml;base64,")
                && rule.ends_with("\"); }"),
            "{rule}"
        );
    }
    assert!(html.contains("<title>Report&lt;&#x2F;title&gt;&lt;script&gt;"));
    assert!(
        html.contains("img-src data:"),
        "the page allows no script and no request"
    );
}

#[test]
fn no_script_runs_when_the_hostile_report_is_opened_in_a_browser() {
    let Some(browser) = chromium() else {
        have("chromium (apt-get install chromium)", false);
        return;
    };
    let s = Scratch::new();
    // The probe works: a page that does run a script shows it in the dumped DOM.
    let control = s.write("control.html", "<html><head><title>t</title></head><body><script>document.body.setAttribute('data-pwned','control');document.title='PWNED-control'</script></body></html>");
    let dom = load_in_browser(&browser, &control).dom;
    assert!(
        dom.contains("data-pwned=\"control\""),
        "the browser probe cannot see scripts run: {dom}"
    );

    let input = project_root().join("tests/fixtures/render/xss/report.md");
    s.run(&["render", input.to_str().unwrap(), "-o", "xss.html"])
        .expect_code(0);
    let dom = load_in_browser(&browser, &s.path("xss.html")).dom;
    assert!(
        dom.contains("<h1 class=\"title\""),
        "the page loaded: {dom}"
    );
    assert!(!dom.contains("data-pwned=\""), "a payload ran: {dom}");
    assert!(!dom.contains("<title>PWNED"), "a payload changed the title");
    assert!(
        !dom.to_ascii_lowercase().contains("<script"),
        "a script element reached the DOM"
    );
}

/// Arabic text as pdftotext gives it back: without bidi controls, diacritics, spacing or
/// neutral punctuation, which the extraction (in visual order) may move around a number.
fn comparable(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, ':' | '،' | '.' | '(' | ')'))
        .filter(|c| !matches!(*c as u32, 0x064B..=0x065F | 0x0670 | 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069))
        .filter(|c| !c.is_whitespace())
        .collect()
}

#[test]
fn arabic_report_prints_to_pdf_with_an_arabic_font_and_real_text() {
    let tools = on_path("pdffonts") && on_path("pdftotext");
    let Some(browser) = chromium() else {
        have("chromium (apt-get install chromium)", false);
        return;
    };
    if !have("poppler-utils (pdffonts, pdftotext)", tools) {
        return;
    }
    let s = Scratch::new();
    let run = s
        .run(&[
            "render",
            example(EXAMPLES[0]).to_str().unwrap(),
            "-o",
            "ar.pdf",
            "--browser",
            &browser,
        ])
        .expect_code(0);
    assert!(!run.stderr().contains("no Arabic font"), "{}", run.stderr());
    let pdf = s.path("ar.pdf");
    let fonts =
        String::from_utf8_lossy(&Command::new("pdffonts").arg(&pdf).output().unwrap().stdout)
            .into_owned();
    assert!(
        ["Amiri", "NotoNaskhArabic", "NotoSansArabic"]
            .iter()
            .any(|f| fonts.contains(f)),
        "no Arabic font embedded:\n{fonts}"
    );
    let text = String::from_utf8_lossy(
        &Command::new("pdftotext")
            .arg(&pdf)
            .arg("-")
            .output()
            .unwrap()
            .stdout,
    )
    .into_owned();
    let text = comparable(&text);
    for expected in [
        "العمل اللائق للعمال المهاجرين في الأردن",
        "الهدف ٦: تيسير التوظيف العادل والأخلاقي",
        // The title page has no page number; the next one has.
        "صفحة ٢ من",
    ] {
        assert!(
            text.contains(&comparable(expected)),
            "`{expected}` not found in the PDF's text"
        );
    }
}

#[test]
fn unreadable_report_is_an_error_and_writes_nothing() {
    let s = Scratch::new();
    s.write("bad.md", b"\x00\x01binary");
    let run = s.run(&["render", "bad.md"]).expect_code(2);
    assert!(
        run.stderr()
            .contains("cannot render `bad.md`: this is a binary file"),
        "{}",
        run.stderr()
    );
    assert!(!s.path("bad.html").exists());
    let run = s.run(&["render", "bad.md", "-o", "bad.txt"]).expect_code(2);
    run.assert_stderr("--to html|pdf");
    s.write("r.md", "---\ntitle: t\n---\n");
    let run = s
        .run(&["render", "r.md", "-o", "r.md", "--to", "html"])
        .expect_code(2);
    run.assert_stderr("would replace the report itself");
}

#[test]
fn missing_browser_says_how_to_get_one() {
    let s = Scratch::new();
    s.write("r.md", "---\ntitle: t\n---\n");
    let output = Command::new(env!("CARGO_BIN_EXE_parallel-review"))
        .args(["render", "r.md", "--to", "pdf"])
        .current_dir(s.dir.path())
        .env("PATH", "")
        .env_remove("PARALLEL_REVIEW_BROWSER")
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("apt-get install chromium") && stderr.contains("--to html"),
        "{stderr}"
    );
    assert!(!s.path("r.pdf").exists());
}

#[test]
fn a_folder_renders_to_a_site_with_an_index_and_bad_reports_do_not_stop_it() {
    let s = Scratch::new();
    for name in EXAMPLES {
        std::fs::create_dir_all(s.path("in/sub")).unwrap();
        std::fs::copy(example(name), s.path(&format!("in/sub/{name}.md"))).unwrap();
    }
    s.write("in/broken.md", b"\xff\xfe not utf-8");
    let run = s.run(&["render", "in", "--out-dir", "site"]).expect_code(1);
    run.assert_stderr("rendered 3 of 4 reports");
    run.assert_stderr("broken.md");
    for name in EXAMPLES {
        assert!(s.path(&format!("site/sub/{name}.html")).is_file());
    }
    let index = s.read("site/index.html");
    assert!(
        index.contains("href=\"sub&#x2F;ar-trade-union-jo.html\""),
        "{index}"
    );
    assert!(
        index.contains("Lebanon") && index.contains("Trade union"),
        "names in the index language"
    );
    assert!(index.contains("not rendered"));
}

#[test]
fn render_templates_can_be_overridden() {
    let s = Scratch::new();
    s.run(&["templates", "export", "tpl"]).expect_code(0);
    let css = s.path("tpl/render/style.css.tera");
    let text = std::fs::read_to_string(&css).unwrap();
    std::fs::write(&css, format!("{text}\n.custom-rule {{ color: red; }}\n")).unwrap();
    let html = render_to(
        &s,
        &example(EXAMPLES[1]),
        "en.html",
        &["--templates", "tpl"],
    );
    assert!(html.contains(".custom-rule"));
}

#[test]
fn a_single_report_can_be_rendered_into_an_output_folder() {
    let s = Scratch::new();
    let input = example(EXAMPLES[1]);
    s.run(&["render", input.to_str().unwrap(), "--out-dir", "out/site"])
        .expect_code(0);
    assert!(s.path("out/site/en-joint-civil-society-lb.html").is_file());
}

/// An image shown twice is embedded once in the page and still printed twice in the PDF,
/// at its own size.
#[test]
fn embedded_images_print_in_the_pdf() {
    let Some(browser) = chromium() else {
        have("chromium (apt-get install chromium)", false);
        return;
    };
    if !have("poppler-utils (pdfimages)", on_path("pdfimages")) {
        return;
    }
    let s = Scratch::new();
    s.write("r/chart.png", png(40, 20));
    let report = std::fs::read_to_string(example(EXAMPLES[2]))
        .unwrap()
        .replacen(
            "\n## ",
            "\n![A chart](chart.png) and again ![The same chart](chart.png)\n\n## ",
            1,
        );
    s.write("r/report.md", report);
    s.run(&[
        "render",
        "r/report.md",
        "-o",
        "r/report.pdf",
        "--browser",
        &browser,
    ])
    .expect_code(0);
    let list = String::from_utf8_lossy(
        &Command::new("pdfimages")
            .arg("-list")
            .arg(s.path("r/report.pdf"))
            .output()
            .unwrap()
            .stdout,
    )
    .into_owned();
    let images: Vec<&str> = list
        .lines()
        .skip(2)
        .filter(|l| l.contains(" image "))
        .collect();
    assert_eq!(images.len(), 2, "{list}");
    assert!(
        images
            .iter()
            .all(|l| l.split_whitespace().nth(3) == Some("40")),
        "{list}"
    );
}

/// A PNG of one colour, `width` by `height`.
fn png(width: u32, height: u32) -> Vec<u8> {
    fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
        out.extend((data.len() as u32).to_be_bytes());
        let start = out.len();
        out.extend(kind);
        out.extend(data);
        out.extend(crc32(&out[start..]).to_be_bytes());
    }
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    // Stored (uncompressed) deflate blocks, one per row: no compressor needed.
    let row: Vec<u8> = std::iter::once(0)
        .chain((0..width).flat_map(|_| [200, 30, 30]))
        .collect();
    let mut zlib = vec![0x78, 0x01];
    let (mut a, mut b) = (1u32, 0u32);
    for y in 0..height {
        let last = u8::from(y == height - 1);
        zlib.push(last);
        zlib.extend((row.len() as u16).to_le_bytes());
        zlib.extend((!(row.len() as u16)).to_le_bytes());
        zlib.extend(&row);
        for &byte in &row {
            a = (a + u32::from(byte)) % 65521;
            b = (b + a) % 65521;
        }
    }
    zlib.extend(((b << 16) | a).to_be_bytes());
    let mut header = Vec::new();
    header.extend(width.to_be_bytes());
    header.extend(height.to_be_bytes());
    header.extend([8, 2, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    chunk(&mut out, b"IHDR", &header);
    chunk(&mut out, b"IDAT", &zlib);
    chunk(&mut out, b"IEND", &[]);
    out
}
