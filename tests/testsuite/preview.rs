//! `preview`: the local server, followed through a change, and what it refuses.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::support::{Scratch, project_root};

/// A running `preview`, stopped with the test.
pub struct Preview {
    child: Child,
    pub port: u16,
    /// What it printed after its address, read when it stops.
    stderr: BufReader<std::process::ChildStderr>,
}

impl Preview {
    pub fn start(s: &Scratch, report: &str) -> Preview {
        let mut child = s
            .command(&["preview", report])
            .stderr(Stdio::piped())
            .spawn()
            .expect("preview starts");
        let mut stderr = BufReader::new(child.stderr.take().expect("stderr"));
        let mut line = String::new();
        let port = loop {
            line.clear();
            if stderr.read_line(&mut line).expect("read stderr") == 0 {
                panic!("preview ended before listening: {line}");
            }
            if let Some(rest) = line.split("http://127.0.0.1:").nth(1) {
                let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                break digits.parse().expect("a port");
            }
        };
        Preview {
            child,
            port,
            stderr,
        }
    }

    /// A GET of `path` as `host` sends it: the status and the body.
    fn get_as(&self, host: &str, path: &str) -> (u16, String) {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .expect("timeout");
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        )
        .expect("send");
        let mut bytes = Vec::new();
        stream.read_to_end(&mut bytes).expect("answer");
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let status = head
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("no status: {head}"));
        (status, body.to_string())
    }

    pub fn get(&self, path: &str) -> (u16, String) {
        self.get_as(&format!("127.0.0.1:{}", self.port), path)
    }

    /// Stops it as Ctrl-C would; what it printed then.
    #[cfg(unix)]
    fn interrupt(mut self) -> (i32, String) {
        let status = std::process::Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .expect("kill");
        assert!(status.success());
        let started = Instant::now();
        let code = loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                break status.code().unwrap_or(-1);
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "preview did not stop on Ctrl-C"
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        let mut rest = String::new();
        let _ = self.stderr.read_to_string(&mut rest);
        (code, rest)
    }
}

impl Drop for Preview {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[cfg(unix)]
#[test]
fn preview_follows_the_report_and_serves_only_its_folder() {
    let s = Scratch::new();
    let example =
        std::fs::read_to_string(project_root().join("examples/en-joint-civil-society-lb.md"))
            .expect("example");
    s.write("report/r.md", &example);
    s.write("report/annex.txt", "an annex");
    s.write("report/.hidden", "hidden");
    s.write("secret.txt", "private");
    std::os::unix::fs::symlink(s.path("secret.txt"), s.path("report/link.txt")).expect("link");
    let preview = Preview::start(&s, "report/r.md");

    let (status, frame) = preview.get("/");
    assert_eq!(status, 200);
    assert!(frame.contains("<iframe name=\"page\""), "{frame}");
    assert!(frame.contains("data-version=\"1\""), "{frame}");
    let (status, page) = preview.get("/.preview-page");
    assert_eq!(status, 200);
    assert!(page.contains("Beirut"), "the report's own text: {page}");
    assert!(!page.contains("written while previewing"));

    // A change to the report: a sentence and a placeholder that `check` finds.
    let changed = example.replacen(
        "## Executive summary\n",
        "## Executive summary\n\nA sentence written while previewing. TODO: figures.\n",
        1,
    );
    assert_ne!(changed, example, "the example has the heading");
    s.write("report/r.md", &changed);
    let (status, version) = preview.get("/.preview-wait?after=1");
    assert_eq!(status, 200);
    assert_eq!(version.trim(), "2", "a new version once the report changed");
    let (_, page) = preview.get("/.preview-page");
    assert!(
        page.contains("A sentence written while previewing."),
        "{page}"
    );
    let (_, findings) = preview.get("/.preview-findings");
    assert!(findings.contains("<code>placeholder</code>"), "{findings}");
    assert!(
        findings.contains("href=\"/.preview-page#executive-summary\""),
        "linked to its section: {findings}"
    );

    assert_eq!(preview.get("/annex.txt"), (200, "an annex".to_string()));
    for refused in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/link.txt",
        "/.hidden",
    ] {
        let (status, body) = preview.get(refused);
        assert_eq!(status, 403, "{refused}: {body}");
        assert!(
            !body.contains("private") && !body.contains("hidden"),
            "{body}"
        );
    }
    assert_eq!(preview.get("/nothing.txt").0, 404);
    // A page of another site whose name points at 127.0.0.1 (DNS rebinding).
    let (status, body) = preview.get_as(&format!("evil.example:{}", preview.port), "/");
    assert_eq!(status, 403);
    assert!(!body.contains("Beirut"));

    let (code, said) = preview.interrupt();
    assert_eq!(code, 0, "{said}");
    assert!(said.contains("preview stopped"), "{said}");
}

#[test]
fn a_report_that_cannot_be_read_is_shown_as_a_finding() {
    let s = Scratch::new();
    s.write("r.md", "---\ntitle: [unclosed\n---\n\n# Text\n");
    let preview = Preview::start(&s, "r.md");
    let (status, findings) = preview.get("/.preview-findings");
    assert_eq!(status, 200);
    assert!(findings.contains("<code>front-matter</code>"), "{findings}");
    assert_eq!(preview.get("/.preview-page").0, 200);
}

#[test]
fn preview_of_a_folder_or_a_missing_file_says_what_to_do() {
    let s = Scratch::new();
    s.write("submissions/a.md", "# A\n");
    let run = s.run(&["preview", "submissions"]).expect_code(2);
    run.assert_stderr("is a folder; preview shows one report");
    let run = s.run(&["preview", "nope.md"]).expect_code(2);
    run.assert_stderr("`nope.md` does not exist");
}

#[test]
fn the_browser_reloads_by_itself_and_keeps_its_place() {
    let Some(browser) = crate::support::chromium() else {
        crate::support::have("chromium (apt-get install chromium)", false);
        return;
    };
    let s = Scratch::new();
    let example = std::fs::read_to_string(project_root().join("examples/ar-trade-union-jo.md"))
        .expect("example");
    s.write("r.md", &example);
    let preview = Preview::start(&s, "r.md");
    let mut page =
        crate::support::DevTools::open(&browser, &format!("http://127.0.0.1:{}/", preview.port));
    let frame = "document.getElementById('page').contentWindow";
    page.wait_until(
        &format!("{frame}.document.readyState === 'complete' && {frame}.document.body.innerText.length > 1000"),
        "the report's page loading in the frame",
    );
    page.eval(&format!("{frame}.scrollTo(0, 2500)"));
    page.wait_until(&format!("{frame}.scrollY === 2500"), "scrolling");

    // The writer saves a new sentence and a placeholder.
    let changed = example.replacen("\n## ", "\nجملة أضيفت أثناء المعاينة. TODO\n\n## ", 1);
    assert_ne!(changed, example);
    s.write("r.md", &changed);
    page.wait_until(
        &format!("{frame}.document.body.innerText.includes('جملة أضيفت أثناء المعاينة')"),
        "the page reloading with the new text",
    );
    page.wait_until(
        "document.getElementById('findings').innerText.includes('placeholder')",
        "the findings showing the placeholder",
    );
    // Near where it was, not back at the top: the new line above and the fonts loading
    // move the text a little, and the browser keeps what was in view.
    page.wait_until(
        &format!("Math.abs({frame}.scrollY - 2500) < 150"),
        "the place kept",
    );
    assert_eq!(
        page.eval("document.getElementById('findings').dataset.version"),
        serde_json::json!("2")
    );
    assert!(page.problems.is_empty(), "{:?}", page.problems);
}

#[test]
fn a_word_draft_is_previewed_with_findings_by_paragraph() {
    let s = Scratch::new();
    let draft =
        project_root().join("tests/fixtures/docx/libreoffice-en-joint-civil-society-lb.docx");
    s.write("draft.docx", std::fs::read(draft).expect("fixture"));
    let preview = Preview::start(&s, "draft.docx");
    let (status, findings) = preview.get("/.preview-findings");
    assert_eq!(status, 200);
    assert!(findings.contains("paragraph "), "{findings}");
    assert!(!findings.contains(">line "), "{findings}");
    let (_, page) = preview.get("/.preview-page");
    assert!(page.contains("<h2"), "{page}");
}
