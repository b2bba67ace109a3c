//! Printing rendered pages to PDF with one headless Chromium-family browser per run,
//! driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`): no port that
//! another user of the machine could reach. The browser runs as root if need be, in a
//! throw-away profile inside a private scratch folder, with the network shut off; each PDF
//! is written atomically so a failed print leaves no half file. An interrupted run (Ctrl-C,
//! SIGTERM, a closed terminal) ends the browser's whole process group and removes the
//! scratch folder before the program exits.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, Once};
use std::time::{Duration, Instant};

use anyhow::Result;
use serde_json::{Value, json};

use crate::fail;
/// Environment variable naming the browser to use.
pub const BROWSER_ENV: &str = "PARALLEL_REVIEW_BROWSER";

/// Browsers looked for on the PATH, in order.
const CANDIDATES: &[&str] = &[
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
    "microsoft-edge",
    "brave-browser",
];

/// A print taking longer than this is stopped.
const TIMEOUT: Duration = Duration::from_secs(120);

/// The browser given, else the one named by the environment, else the first on the PATH.
pub fn find_browser(explicit: Option<&Path>) -> Result<PathBuf> {
    let named = explicit.map(Path::to_path_buf).or_else(|| {
        std::env::var_os(BROWSER_ENV)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    });
    if let Some(path) = named {
        return resolve(&path)
            .ok_or_else(|| fail!("render-bad-browser", path = path.display().to_string()));
    }
    CANDIDATES
        .iter()
        .find_map(|name| resolve(Path::new(name)))
        .ok_or_else(|| fail!("render-no-browser", names = CANDIDATES.join(", ")))
}

fn resolve(path: &Path) -> Option<PathBuf> {
    if path.components().count() > 1 {
        return path.is_file().then(|| path.to_path_buf());
    }
    let paths = std::env::var_os("PATH")?;
    std::env::split_paths(&paths)
        .map(|dir| dir.join(path))
        .find(|p| p.is_file())
}

/// Whether any font for Arabic is installed, when fontconfig can tell.
pub fn arabic_font_installed() -> Option<bool> {
    let out = Command::new("fc-list")
        .args([":lang=ar", "family"])
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| !out.stdout.iter().all(u8::is_ascii_whitespace))
}

/// The browser under way: its scratch folder and process group.
struct Printing {
    scratch: PathBuf,
    group: Option<u32>,
}

static PRINTING: Mutex<Option<Printing>> = Mutex::new(None);

/// Cleans up the browser under way when the program is interrupted, then exits.
fn on_interrupt() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        // When a handler cannot be installed (one exists already), prints still work;
        // only an interruption may leave the scratch folder behind.
        let _ = ctrlc::set_handler(|| {
            let printing = PRINTING.lock().ok().and_then(|mut p| p.take());
            if let Some(printing) = printing {
                end_group(printing.group);
                let _ = std::fs::remove_dir_all(&printing.scratch);
            }
            std::process::exit(i32::from(crate::exit::INTERRUPTED));
        });
    });
}

/// Ends every process of the browser's group: its renderer and helper processes too.
fn end_group(group: Option<u32>) {
    #[cfg(unix)]
    if let Some(pid) = group.and_then(|g| rustix::process::Pid::from_raw(g as i32)) {
        let _ = rustix::process::kill_process_group(pid, rustix::process::Signal::KILL);
    }
    #[cfg(not(unix))]
    let _ = group;
}

fn set_printing(printing: Option<Printing>) {
    if let Ok(mut slot) = PRINTING.lock() {
        *slot = printing;
    }
}

/// How a page is printed.
#[derive(Debug, Clone, Copy, Default)]
pub struct PrintOptions {
    /// A tagged PDF (structure for screen readers) with the headings as its outline.
    pub structured: bool,
}

/// A running browser that prints pages, several at a time, each in a tab of its own.
pub struct Browser {
    path: PathBuf,
    child: Mutex<Child>,
    link: Arc<Link>,
    scratch: tempfile::TempDir,
    pages: AtomicUsize,
    /// Tabs done with their page: target, session and events.
    tabs: Mutex<Vec<(String, String, Receiver<Value>)>>,
}

/// The protocol pipe, shared by the tabs: commands go out under a lock, and a reader
/// thread hands each reply to the command waiting for it and each event to its tab.
struct Link {
    commands: Mutex<ChildStdin>,
    next_id: AtomicU64,
    replies: Mutex<HashMap<u64, Sender<Value>>>,
    events: Mutex<HashMap<String, Sender<Value>>>,
}

impl Link {
    fn dispatch(&self, message: Value) {
        let to = match message["id"].as_u64() {
            Some(id) => lock(&self.replies).remove(&id),
            None => message["sessionId"]
                .as_str()
                .and_then(|session| lock(&self.events).get(session).cloned()),
        };
        if let Some(to) = to {
            let _ = to.send(message);
        }
    }

    /// The browser has gone: every waiter learns it.
    fn close(&self) {
        lock(&self.replies).clear();
        lock(&self.events).clear();
    }
}

/// A lock, even if a thread panicked holding it: the maps stay usable.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The wrapper that hands the browser its protocol pipe as descriptors 3 and 4, as
/// `--remote-debugging-pipe` expects, from the shell's standard input and output.
const PIPE_WRAPPER: &str = "exec 3<&0 4>&1 0</dev/null 1>/dev/null; exec \"$0\" \"$@\"";

impl Browser {
    /// Starts the browser at `path`, headless and offline.
    pub fn start(path: &Path) -> Result<Browser> {
        on_interrupt();
        let scratch = scratch_folder()?;
        let profile = scratch.path().join("profile");
        let log = std::fs::File::create(scratch.path().join("browser.log")).map_err(|e| {
            fail!(
                "write-failed",
                path = scratch.path().display().to_string(),
                reason = e.to_string()
            )
        })?;
        set_printing(Some(Printing {
            scratch: scratch.path().to_path_buf(),
            group: None,
        }));
        let mut command = Command::new("/bin/sh");
        // Its own process group, so that the whole browser can be ended at once.
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let spawned = command
            .arg("-c")
            .arg(PIPE_WRAPPER)
            .arg(path)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--disable-quic",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--proxy-server=127.0.0.1:9",
                "--remote-debugging-pipe",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("about:blank")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn();
        let mut child = spawned.map_err(|e| {
            set_printing(None);
            fail!(
                "render-browser-failed",
                browser = path.display().to_string(),
                reason = e.to_string()
            )
        })?;
        if let Ok(Some(printing)) = PRINTING.lock().as_deref_mut() {
            printing.group = Some(child.id());
        }
        let (Some(commands), Some(output)) = (child.stdin.take(), child.stdout.take()) else {
            end_group(Some(child.id()));
            set_printing(None);
            return Err(fail!(
                "render-browser-failed",
                browser = path.display().to_string(),
                reason = "no pipe to the browser"
            ));
        };
        let link = Arc::new(Link {
            commands: Mutex::new(commands),
            next_id: AtomicU64::new(0),
            replies: Mutex::new(HashMap::new()),
            events: Mutex::new(HashMap::new()),
        });
        let reader = Arc::clone(&link);
        std::thread::spawn(move || {
            // Messages end with a NUL byte.
            for message in BufReader::new(output).split(0) {
                let Ok(message) = message else { break };
                if let Ok(value) = serde_json::from_slice::<Value>(&message) {
                    reader.dispatch(value);
                }
            }
            reader.close();
        });
        Ok(Browser {
            path: path.to_path_buf(),
            child: Mutex::new(child),
            link,
            scratch,
            pages: AtomicUsize::new(0),
            tabs: Mutex::new(Vec::new()),
        })
    }

    /// Loads `html` in a new tab and hands it to `work`, which prints it, changes it and
    /// prints it again as it needs; the tab is closed afterwards.
    pub fn with_page<T>(
        &self,
        html: &str,
        work: impl FnOnce(&mut Tab<'_>) -> Result<T>,
    ) -> Result<T> {
        let n = self.pages.fetch_add(1, Ordering::Relaxed) + 1;
        let page = self.scratch.path().join(format!("page-{n}.html"));
        std::fs::write(&page, html).map_err(|e| {
            fail!(
                "write-failed",
                path = page.display().to_string(),
                reason = e.to_string()
            )
        })?;
        let deadline = Instant::now() + TIMEOUT;
        // A tab is kept for the next page: opening one costs more than loading a page.
        let idle = lock(&self.tabs).pop();
        let tab = match idle {
            Some((target, session, events)) => Ok(Tab {
                browser: self,
                target,
                session,
                events,
                deadline,
            }),
            None => self.open(deadline),
        };
        let done = tab.and_then(|mut tab| {
            let done = tab.load(&page).and_then(|()| work(&mut tab));
            match done {
                Ok(_) => lock(&self.tabs).push((tab.target, tab.session, tab.events)),
                Err(_) => tab.close(),
            }
            done
        });
        let _ = std::fs::remove_file(&page);
        done
    }

    fn open(&self, deadline: Instant) -> Result<Tab<'_>> {
        let target = self.call(
            "Target.createTarget",
            json!({"url": "about:blank"}),
            None,
            deadline,
        )?;
        let target = target["targetId"].as_str().unwrap_or_default().to_string();
        let attached = self.call(
            "Target.attachToTarget",
            json!({"targetId": target, "flatten": true}),
            None,
            deadline,
        )?;
        let session = attached["sessionId"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let (send, events) = std::sync::mpsc::channel();
        lock(&self.link.events).insert(session.clone(), send);
        let tab = Tab {
            browser: self,
            target,
            session,
            events,
            deadline,
        };
        tab.call("Page.enable", json!({}))?;
        Ok(tab)
    }

    /// Sends a command and waits for its reply.
    fn call(
        &self,
        method: &str,
        params: Value,
        session: Option<&str>,
        deadline: Instant,
    ) -> Result<Value> {
        let id = self.link.next_id.fetch_add(1, Ordering::Relaxed) + 1;
        let mut message = json!({"id": id, "method": method, "params": params});
        if let Some(session) = session {
            message["sessionId"] = json!(session);
        }
        let mut bytes = message.to_string().into_bytes();
        bytes.push(0);
        let (send, reply) = std::sync::mpsc::channel();
        lock(&self.link.replies).insert(id, send);
        let written = {
            let mut commands = lock(&self.link.commands);
            commands.write_all(&bytes).and_then(|()| commands.flush())
        };
        if let Err(e) = written {
            lock(&self.link.replies).remove(&id);
            return Err(self.failure(e.to_string()));
        }
        let message = self.receive(&reply, deadline);
        lock(&self.link.replies).remove(&id);
        let message = message?;
        if let Some(error) = message.get("error") {
            let reason = error["message"].as_str().unwrap_or("error").to_string();
            return Err(self.failure(format!("{method}: {reason}")));
        }
        Ok(message["result"].clone())
    }

    fn receive(&self, from: &Receiver<Value>, deadline: Instant) -> Result<Value> {
        let left = deadline.saturating_duration_since(Instant::now());
        match from.recv_timeout(left) {
            Ok(message) => Ok(message),
            Err(RecvTimeoutError::Timeout) => Err(fail!(
                "render-browser-timeout",
                seconds = TIMEOUT.as_secs() as i64
            )),
            Err(RecvTimeoutError::Disconnected) => {
                let _ = lock(&self.child).wait();
                Err(self.failure(last_line(&self.scratch.path().join("browser.log"))))
            }
        }
    }

    fn failure(&self, reason: String) -> anyhow::Error {
        fail!(
            "render-browser-failed",
            browser = self.path.display().to_string(),
            reason = reason
        )
    }
}

/// A page loaded in the browser.
pub struct Tab<'b> {
    browser: &'b Browser,
    target: String,
    session: String,
    events: Receiver<Value>,
    deadline: Instant,
}

impl Tab<'_> {
    fn call(&self, method: &str, params: Value) -> Result<Value> {
        self.browser
            .call(method, params, Some(&self.session), self.deadline)
    }

    fn load(&mut self, page: &Path) -> Result<()> {
        // Events of the page this tab showed before are of no use.
        while self.events.try_recv().is_ok() {}
        self.call("Page.navigate", json!({"url": file_url(page)}))?;
        loop {
            let event = self.browser.receive(&self.events, self.deadline)?;
            if event["method"] == "Page.loadEventFired" {
                break;
            }
        }
        // The fonts a page names may still be loading when it has loaded.
        let _ = self.call(
            "Runtime.evaluate",
            json!({"expression": "document.fonts.ready.then(() => true)", "awaitPromise": true}),
        );
        Ok(())
    }

    /// Prints the page as it now is.
    pub fn print(&mut self, options: PrintOptions) -> Result<Vec<u8>> {
        let printed = self.call(
            "Page.printToPDF",
            json!({
                "printBackground": true,
                "preferCSSPageSize": true,
                "displayHeaderFooter": false,
                "generateTaggedPDF": options.structured,
                "generateDocumentOutline": options.structured,
            }),
        )?;
        decode_base64(printed["data"].as_str().unwrap_or_default())
            .filter(|bytes| bytes.starts_with(b"%PDF"))
            .ok_or_else(|| self.browser.failure("the browser gave no PDF".to_string()))
    }

    /// Sets the text of the elements matching each CSS selector, through the protocol:
    /// the page itself runs no script.
    pub fn set_texts(&mut self, texts: &[(String, String)]) -> Result<()> {
        let texts = serde_json::to_string(texts)?;
        let expression = format!(
            "for (const [selector, text] of {texts}) \
             for (const e of document.querySelectorAll(selector)) e.textContent = text;"
        );
        self.call("Runtime.evaluate", json!({"expression": expression}))?;
        Ok(())
    }

    fn close(self) {
        lock(&self.browser.link.events).remove(&self.session);
        let browser = self.browser;
        let _ = browser.call(
            "Target.closeTarget",
            json!({"targetId": self.target}),
            None,
            self.deadline,
        );
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(5);
        let _ = self.call("Browser.close", json!({}), None, deadline);
        let child = self
            .child
            .get_mut()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // Helpers the browser left behind go with it.
        end_group(Some(child.id()));
        let _ = child.wait();
        set_printing(None);
    }
}

/// A private scratch folder: other users of the machine may not read a report that is
/// being printed.
fn scratch_folder() -> Result<tempfile::TempDir> {
    let mut builder = tempfile::Builder::new();
    builder.prefix("parallel-review-print-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o700));
    }
    builder.tempdir().map_err(|e| {
        fail!(
            "create-folder-failed",
            path = std::env::temp_dir().display().to_string(),
            reason = e.to_string()
        )
    })
}

/// The last line the browser wrote about itself, to explain a failure.
fn last_line(log: &Path) -> String {
    std::fs::read_to_string(log)
        .ok()
        .and_then(|text| {
            text.lines()
                .rfind(|l| !l.trim().is_empty())
                .map(str::to_string)
        })
        .unwrap_or_else(|| "it ended without a message".to_string())
}

/// Decodes standard base64, as the protocol sends a PDF.
fn decode_base64(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let text = text.trim_end_matches('=').as_bytes();
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.chunks(4) {
        let mut bits = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            bits |= u32::from(value(c)?) << (18 - 6 * i);
        }
        let bytes = bits.to_be_bytes();
        match chunk.len() {
            4 => out.extend_from_slice(&bytes[1..4]),
            3 => out.extend_from_slice(&bytes[1..3]),
            2 => out.push(bytes[1]),
            _ => return None,
        }
    }
    Some(out)
}

/// The 1-based page each named destination of a PDF is on: the browser names one after
/// the target of every link inside the page (`#methodology`), so this says where each
/// heading of the table of contents landed.
pub fn destinations(pdf: &[u8]) -> HashMap<String, u32> {
    let Ok(document) = lopdf::Document::load_mem(pdf) else {
        return HashMap::new();
    };
    let page_of: HashMap<lopdf::ObjectId, u32> = document
        .get_pages()
        .into_iter()
        .map(|(n, id)| (id, n))
        .collect();
    let Some(dests) = document
        .catalog()
        .and_then(|c| c.get(b"Dests"))
        .and_then(|d| document.dereference(d))
        .and_then(|(_, d)| d.as_dict())
        .ok()
    else {
        return HashMap::new();
    };
    dests
        .iter()
        .filter_map(|(name, dest)| {
            let dest = document.dereference(dest).ok()?.1.as_array().ok()?;
            let page = page_of.get(&dest.first()?.as_reference().ok()?)?;
            Some((String::from_utf8_lossy(name).into_owned(), *page))
        })
        .collect()
}

/// What a PDF says about itself, for catalogues and screen readers.
#[derive(Debug, Clone, Default)]
pub struct Metadata {
    /// The report's title.
    pub title: String,
    /// The submitting organisation.
    pub author: String,
    /// What the document is.
    pub subject: String,
    /// The objectives covered.
    pub keywords: String,
    /// Language code.
    pub lang: String,
}

/// The PDF with `metadata` in its document information and its language in its catalog,
/// and its bookmarks titled with `headings` (the page's headings in order) when there are
/// as many: the browser titles them from the laid-out lines, running words of a wrapped
/// heading together and repeating some at the top of a page.
pub fn finish(pdf: &[u8], metadata: &Metadata, headings: &[String]) -> Result<Vec<u8>> {
    use lopdf::{Dictionary, Object};
    let broken = |e: lopdf::Error| anyhow::anyhow!("the browser's PDF could not be read: {e}");
    let mut document = lopdf::Document::load_mem(pdf).map_err(broken)?;
    let info_id = match document.trailer.get(b"Info").and_then(Object::as_reference) {
        Ok(id) => id,
        Err(_) => {
            let id = document.add_object(Dictionary::new());
            document.trailer.set("Info", Object::Reference(id));
            id
        }
    };
    let info = document
        .get_object_mut(info_id)
        .and_then(Object::as_dict_mut)
        .map_err(broken)?;
    for (key, value) in [
        ("Title", &metadata.title),
        ("Author", &metadata.author),
        ("Subject", &metadata.subject),
        ("Keywords", &metadata.keywords),
    ] {
        if !value.is_empty() {
            info.set(key, text_string(value));
        }
    }
    if !metadata.lang.is_empty() {
        document
            .catalog_mut()
            .map_err(broken)?
            .set("Lang", text_string(&metadata.lang));
    }
    retitle_outline(&mut document, headings);
    let mut out = Vec::with_capacity(pdf.len());
    document
        .save_to(&mut out)
        .map_err(|e| anyhow::anyhow!("the PDF could not be written: {e}"))?;
    Ok(out)
}

/// Titles the outline's entries, in order, with `titles`, if they are as many.
fn retitle_outline(document: &mut lopdf::Document, titles: &[String]) {
    use lopdf::Object;
    let first = |document: &lopdf::Document, id| {
        document
            .get_dictionary(id)
            .and_then(|d| d.get(b"First"))
            .and_then(Object::as_reference)
            .ok()
    };
    let Some(root) = document
        .catalog()
        .and_then(|c| c.get(b"Outlines"))
        .and_then(Object::as_reference)
        .ok()
    else {
        return;
    };
    // Entries in document order: each, then its children, then its next sibling.
    let mut entries = Vec::new();
    let mut stack: Vec<lopdf::ObjectId> = first(document, root).into_iter().collect();
    while let Some(id) = stack.pop() {
        if entries.len() > titles.len() {
            return;
        }
        entries.push(id);
        let next = document
            .get_dictionary(id)
            .and_then(|d| d.get(b"Next"))
            .and_then(Object::as_reference)
            .ok();
        stack.extend(next);
        stack.extend(first(document, id));
    }
    if entries.len() != titles.len() {
        return;
    }
    for (id, title) in entries.into_iter().zip(titles) {
        if let Ok(entry) = document.get_dictionary_mut(id) {
            entry.set("Title", text_string(title));
        }
    }
}

/// A PDF text string: UTF-16BE after its byte order mark, for any script.
fn text_string(text: &str) -> lopdf::Object {
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    lopdf::Object::String(bytes, lopdf::StringFormat::Hexadecimal)
}

fn file_url(path: &Path) -> String {
    format!(
        "file://{}",
        crate::links::percent_encode(&path.to_string_lossy())
    )
}

/// Prints pages as PDFs with one browser, started for the first page and again after one
/// that failed; shared by the threads of a run.
pub struct Printer {
    browser: PathBuf,
    running: Mutex<Option<Arc<Browser>>>,
}

impl Printer {
    /// A printer using the browser at `browser`.
    pub fn new(browser: PathBuf) -> Printer {
        Printer {
            browser,
            running: Mutex::new(None),
        }
    }

    /// Prints a report's page with the page numbers of its table of contents: printed
    /// once to see where each heading lands, then with the numbers, until they hold (a
    /// longer number can move a heading to the next page; after three tries the last
    /// print stands). A browser that failed is started again for the next report.
    pub fn print(&self, page: &super::Page) -> Result<Vec<u8>> {
        let running = {
            let mut slot = self
                .running
                .lock()
                .map_err(|_| anyhow::anyhow!("the browser was lost"))?;
            match slot.as_ref() {
                Some(running) => Arc::clone(running),
                None => Arc::clone(slot.insert(Arc::new(Browser::start(&self.browser)?))),
            }
        };
        let printed = running.with_page(&page.html, |tab| {
            // A first print, without structure, only shows where the headings land.
            let trial = tab.print(PrintOptions::default())?;
            let mut pages = page.page_numbers(&destinations(&trial));
            let structured = PrintOptions { structured: true };
            let mut printed = Vec::new();
            for _ in 0..3 {
                tab.set_texts(&page.numbers(&pages))?;
                printed = tab.print(structured)?;
                let landed = page.page_numbers(&destinations(&printed));
                if landed == pages {
                    break;
                }
                pages = landed;
            }
            Ok(printed)
        });
        match printed {
            Ok(printed) => finish(&printed, &page.metadata, &page.headings),
            Err(e) => {
                if let Ok(mut slot) = self.running.lock() {
                    if slot.as_ref().is_some_and(|r| Arc::ptr_eq(r, &running)) {
                        *slot = None;
                    }
                }
                Err(e)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::decode_base64;

    #[test]
    fn base64_decodes_every_padding() {
        assert_eq!(decode_base64("JVBERi0=").unwrap(), b"%PDF-");
        assert_eq!(decode_base64("JVBERg==").unwrap(), b"%PDF");
        assert_eq!(decode_base64("JVBE").unwrap(), b"%PD");
        assert_eq!(decode_base64("").unwrap(), b"");
        assert!(decode_base64("JV*E").is_none());
        assert!(decode_base64("J").is_none());
    }
}
