//! Printing a rendered page to PDF with a headless Chromium-family browser: run as root
//! if need be, in a throw-away profile, with the network shut off, and the PDF written
//! atomically so a failed print leaves no half file.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
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

/// Prints `html` to a PDF at `out`.
pub fn print(browser: &Path, html: &str, out: &Path) -> Result<()> {
    let work = tempfile::Builder::new()
        .prefix("parallel-review-print-")
        .tempdir()
        .map_err(|e| {
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
    let mut child = Command::new(browser)
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
        .arg(file_url(&page))
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
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            return Err(fail!(
                "render-browser-timeout",
                seconds = TIMEOUT.as_secs() as i64
            ));
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let bytes = std::fs::read(&pdf).ok().filter(|b| b.starts_with(b"%PDF"));
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
    write_atomic(out, &bytes, Overwrite::Allow)
}

fn file_url(path: &Path) -> String {
    format!(
        "file://{}",
        crate::links::percent_encode(&path.to_string_lossy())
    )
}
