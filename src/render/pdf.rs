//! Printing a rendered page to PDF with a headless Chromium-family browser: run as root
//! if need be, in a throw-away profile, with the network shut off, and the PDF written
//! atomically so a failed print leaves no half file.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

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
    if let Some(path) = explicit {
        return resolve(path).with_context(|| {
            format!(
                "--browser `{}` is not a program that can be run",
                path.display()
            )
        });
    }
    if let Some(value) = std::env::var_os(BROWSER_ENV).filter(|v| !v.is_empty()) {
        let path = PathBuf::from(&value);
        return resolve(&path).with_context(|| {
            format!(
                "{BROWSER_ENV}=`{}` is not a program that can be run",
                path.display()
            )
        });
    }
    CANDIDATES
        .iter()
        .find_map(|name| resolve(Path::new(name)))
        .ok_or_else(|| {
            anyhow::anyhow!(
                "no Chromium-family browser found to print the PDF (looked for {} on the PATH)\n\
                 install one (Debian/Ubuntu: `sudo apt-get install chromium`), or pass --browser PATH, \
                 or set {BROWSER_ENV}; or render to HTML (`--to html`) and print it from any browser",
                CANDIDATES.join(", ")
            )
        })
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
        .context("cannot create a temporary folder")?;
    let page = work.path().join("report.html");
    std::fs::write(&page, html).context("cannot write the page to print")?;
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
        .with_context(|| format!("cannot start `{}`", browser.display()))?;
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            bail!(
                "the browser did not finish printing within {} seconds",
                TIMEOUT.as_secs()
            );
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
        bail!(
            "`{}` did not print a PDF ({status}): {last}",
            browser.display()
        );
    };
    write_atomic(out, &bytes, Overwrite::Allow)
}

fn file_url(path: &Path) -> String {
    let mut url = String::from("file://");
    for byte in path.to_string_lossy().bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            url.push(byte as char);
        } else {
            url.push_str(&format!("%{byte:02X}"));
        }
    }
    url
}
