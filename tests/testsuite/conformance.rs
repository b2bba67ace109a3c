//! The rendered pages against outside judges: the W3C Nu HTML checker (no HTML errors) and
//! axe-core in Chromium (no serious or critical accessibility violation). Both are
//! installed by `.ci/run` under `target/test-tools`.

use std::path::PathBuf;
use std::process::Command;

use crate::support::{Scratch, chromium, have, load_in_browser, on_path, project_root, test_tools};

fn tool(path: &str) -> Option<PathBuf> {
    let path = test_tools().join(path);
    path.is_file().then_some(path)
}

/// The golden pages, a rendered coverage page and batch index, `preview`'s frame page with
/// findings, and every kind of page of a published site: every kind of page.
fn pages(s: &Scratch) -> Vec<PathBuf> {
    let mut pages: Vec<PathBuf> = std::fs::read_dir(project_root().join("tests/golden"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    let examples = project_root().join("examples");
    s.run(&[
        "coverage",
        examples.to_str().unwrap(),
        "-o",
        "coverage.html",
    ])
    .expect_code(0);
    s.run(&["render", examples.to_str().unwrap(), "--out-dir", "site"])
        .expect_code(0);
    pages.push(s.path("coverage.html"));
    pages.push(s.path("site/index.html"));
    let report = std::fs::read_to_string(examples.join("ar-trade-union-jo.md")).unwrap();
    s.write("preview/r.md", report.replacen("\n## ", "\nTODO\n\n## ", 1));
    let preview = crate::preview::Preview::start(s, "preview/r.md");
    let (status, frame) = preview.get("/");
    assert_eq!(status, 200);
    assert!(frame.contains("<code>placeholder</code>"), "{frame}");
    pages.push(s.write("preview.html", frame));
    s.run(&[
        "publish",
        examples.to_str().unwrap(),
        "--out",
        "site-ar",
        "--lang",
        "ar",
    ])
    .expect_code(0);
    for page in [
        "index.html",
        "find.html",
        "objectives/index.html",
        "objectives/6.html",
        "countries/index.html",
        "countries/JO.html",
        "reports/ar-trade-union-jo.html",
        "coverage.html",
    ] {
        pages.push(s.path("site-ar").join(page));
    }
    pages.sort();
    pages
}

#[test]
fn pages_have_no_html_errors_in_the_nu_checker() {
    let jar = tool("vnu-jar/build/dist/vnu.jar");
    if !have(
        "the Nu HTML checker (npm install vnu-jar) and java",
        jar.is_some() && on_path("java"),
    ) {
        return;
    }
    let s = Scratch::new();
    let out = Command::new("java")
        .arg("-jar")
        .arg(jar.unwrap())
        .args(["--errors-only", "--format", "text"])
        .args(pages(&s))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn pages_have_no_serious_accessibility_violations_in_axe() {
    let axe = tool("axe-core/axe.min.js");
    let browser = chromium();
    if !have("axe-core (npm install axe-core)", axe.is_some())
        || !have("chromium (apt-get install chromium)", browser.is_some())
    {
        return;
    }
    let (axe, browser) = (axe.unwrap(), browser.unwrap());
    let s = Scratch::new();
    for page in pages(&s) {
        // The audit runs in a copy of the page, its Content-Security-Policy (which would
        // stop the audit's script) taken out; it writes what it found into the page.
        let html = std::fs::read_to_string(&page).unwrap();
        // `preview` sends its policy as a header, which a file does not have.
        let start = html
            .find("<meta http-equiv=\"Content-Security-Policy\"")
            .unwrap_or(0);
        let end = match start {
            0 => 0,
            start => start + html[start..].find('>').unwrap() + 1,
        };
        let audit = format!(
            "<script src=\"file://{}\"></script><script>\
             axe.run(document, {{resultTypes: ['violations']}}).then(r => {{\
             document.body.setAttribute('data-axe', JSON.stringify(r.violations.map(v => \
             ({{id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' '))}}))));}});\
             </script></body>",
            axe.display()
        );
        let copy = format!("{}{}", &html[..start], &html[end..]).replacen("</body>", &audit, 1);
        let audited = s.write("audited.html", copy);
        let loaded = load_in_browser(&browser, &audited);
        let start = loaded
            .dom
            .find("data-axe=\"")
            .unwrap_or_else(|| panic!("axe did not run on {}:\n{}", page.display(), loaded.log));
        let rest = &loaded.dom[start + "data-axe=\"".len()..];
        let found = rest[..rest.find('"').unwrap()]
            .replace("&quot;", "\"")
            .replace("&gt;", ">")
            .replace("&lt;", "<")
            .replace("&amp;", "&");
        let violations: Vec<serde_json::Value> = serde_json::from_str(&found).unwrap();
        let serious: Vec<_> = violations
            .iter()
            .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
            .collect();
        assert!(serious.is_empty(), "{}: {serious:#?}", page.display());
    }
}
