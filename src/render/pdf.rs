//! Printing a rendered page to PDF with a headless Chromium-family browser: run as root
//! if need be, in a throw-away profile inside a private scratch folder, with the network
//! shut off, and the PDF written atomically so a failed print leaves no half file. An
//! interrupted print (Ctrl-C, SIGTERM, a closed terminal) ends the browser's whole process
//! group and removes the scratch folder before the program exits.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Mutex, Once};
use std::time::{Duration, Instant};

use anyhow::Result;

use crate::fail;
use crate::fsutil::{Overwrite, write_atomic};

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

/// The print under way: its scratch folder and the browser's process group.
struct Printing {
    scratch: PathBuf,
    group: Option<u32>,
}

static PRINTING: Mutex<Option<Printing>> = Mutex::new(None);

/// Cleans up the print under way when the program is interrupted, then exits.
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

/// Forgets the print under way once it is over (its folder is removed by its owner).
fn set_printing(printing: Option<Printing>) {
    if let Ok(mut slot) = PRINTING.lock() {
        *slot = printing;
    }
}

/// Prints `html` to a PDF at `out`.
pub fn print(browser: &Path, html: &str, out: &Path) -> Result<()> {
    on_interrupt();
    let mut builder = tempfile::Builder::new();
    builder.prefix("parallel-review-print-");
    // The page and the browser profile are private: other users of the machine may not
    // read a report that is being printed.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o700));
    }
    let work = builder.tempdir().map_err(|e| {
        fail!(
            "create-folder-failed",
            path = std::env::temp_dir().display().to_string(),
            reason = e.to_string()
        )
    })?;
    let page = work.path().join("report.html");
    std::fs::write(&page, html).map_err(|e| {
        fail!(
            "write-failed",
            path = page.display().to_string(),
            reason = e.to_string()
        )
    })?;
    let pdf = work.path().join("report.pdf");
    let profile = work.path().join("profile");
    set_printing(Some(Printing {
        scratch: work.path().to_path_buf(),
        group: None,
    }));
    let result = run_browser(browser, &page, &pdf, &profile);
    set_printing(None);
    let bytes = result?;
    write_atomic(out, &bytes, Overwrite::Allow)
}

/// Runs the browser on `page` and returns the PDF it printed.
fn run_browser(browser: &Path, page: &Path, pdf: &Path, profile: &Path) -> Result<Vec<u8>> {
    let mut command = Command::new(browser);
    // Its own process group, so that the whole browser can be ended at once.
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let mut child = command
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
            "--no-pdf-header-footer",
            "--run-all-compositor-stages-before-draw",
            "--virtual-time-budget=5000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(file_url(page))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            fail!(
                "render-browser-failed",
                browser = browser.display().to_string(),
                reason = e.to_string()
            )
        })?;
    let group = Some(child.id());
    if let Some(printing) = PRINTING.lock().ok().as_mut().and_then(|p| p.as_mut()) {
        printing.group = group;
    }
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            end_group(group);
            let _ = child.wait();
            return Err(fail!(
                "render-browser-timeout",
                seconds = TIMEOUT.as_secs() as i64
            ));
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    // Helpers the browser left behind go with it.
    end_group(group);
    let bytes = std::fs::read(pdf).ok().filter(|b| b.starts_with(b"%PDF"));
    let Some(bytes) = bytes else {
        let mut stderr = String::new();
        if let Some(mut pipe) = child.stderr.take() {
            use std::io::Read;
            let _ = pipe.read_to_string(&mut stderr);
        }
        let last = stderr
            .lines()
            .rfind(|l| !l.trim().is_empty())
            .unwrap_or("no message");
        return Err(fail!(
            "render-browser-failed",
            browser = browser.display().to_string(),
            reason = format!("{status}: {last}")
        ));
    };
    Ok(bytes)
}

fn file_url(path: &Path) -> String {
    format!(
        "file://{}",
        crate::links::percent_encode(&path.to_string_lossy())
    )
}
