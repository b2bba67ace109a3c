//! `preview REPORT`: a local server showing the report as it is written.

use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use anyhow::Result;
use notify::Watcher;
use tiny_http::{Header, Method, Request, Response, Server};

use crate::check::{CheckOptions, Checker};
use crate::cli::PreviewArgs;
use crate::guidance::Guidance;
use crate::lang::Lang;
use crate::preview::{self, Refusal, Snapshot, route};
use crate::render::{RenderOptions, Renderer};
use crate::{fail, msg};

/// How long a request for the next version waits before answering with the same one:
/// under the time browsers and proxies give up on a quiet connection.
const WAIT: Duration = Duration::from_secs(25);

/// Changes closer together than this are one change: an editor's save is often several
/// writes and a rename.
const SETTLE: Duration = Duration::from_millis(80);

/// The latest snapshot and its version, shared by the watcher and the requests.
struct State {
    current: Mutex<(u64, Snapshot)>,
    changed: Condvar,
    stopping: AtomicBool,
}

impl State {
    fn current(&self) -> std::sync::MutexGuard<'_, (u64, Snapshot)> {
        self.current.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn stop(&self) {
        self.stopping.store(true, Ordering::SeqCst);
        let _guard = self.current();
        self.changed.notify_all();
    }
}

pub(super) fn run(guidance: &Guidance, args: PreviewArgs, lang: Lang) -> Result<ExitCode> {
    crate::walk::require_existing(std::slice::from_ref(&args.report))?;
    let shown = args.report.display().to_string();
    if args.report.is_dir() {
        return Err(fail!("preview-needs-file", path = shown));
    }
    let folder = crate::fsutil::folder_of(&args.report)?;
    let root = folder.canonicalize().map_err(|e| {
        fail!(
            "read-failed",
            path = folder.display().to_string(),
            reason = e.to_string()
        )
    })?;
    let tera = crate::templates::load(args.templates.dir.as_deref())?;
    let renderer = Renderer::new(
        guidance,
        tera,
        RenderOptions {
            number_paragraphs: args.number_paragraphs,
            section_breaks: false,
        },
    );
    let checker = Checker::new(
        guidance,
        CheckOptions {
            final_: args.final_,
            ..CheckOptions::default()
        },
    );
    let take = || preview::snapshot(&renderer, &checker, &args.report, lang);

    let port = args.port.unwrap_or(0);
    let server = Server::http(("127.0.0.1", port)).map_err(|e| {
        fail!(
            "preview-port",
            port = port.to_string(),
            reason = e.to_string()
        )
    })?;
    let port = server
        .server_addr()
        .to_ip()
        .map_or(port, |address| address.port());
    let server = Arc::new(server);
    let state = Arc::new(State {
        current: Mutex::new((1, take())),
        changed: Condvar::new(),
        stopping: AtomicBool::new(false),
    });
    {
        let server = Arc::clone(&server);
        let state = Arc::clone(&state);
        // Ctrl-C ends the requests waiting for a change and the server's loop, so that
        // the command returns rather than being killed mid-answer.
        let _ = ctrlc::set_handler(move || {
            state.stop();
            server.unblock();
        });
    }

    let (changes, changed) = mpsc::channel();
    let watcher = watch(&root, changes, lang);
    let url = format!("http://127.0.0.1:{port}/");
    eprintln!(
        "{}",
        msg!(
            "preview-listening",
            path = shown.as_str(),
            url = url.as_str()
        )
        .text(lang)
    );
    if args.open {
        if let Err(reason) = open_in_browser(&url) {
            let failed = msg!(
                "preview-open-failed",
                url = url.as_str(),
                reason = reason.to_string()
            );
            eprintln!("{}", failed.text(lang));
        }
    }

    std::thread::scope(|scope| {
        let state = &state;
        let root = root.as_path();
        scope.spawn(move || {
            // Each settled change is rendered once; a version is a new one only when what
            // it shows differs, so that a touch or a file written beside the report does
            // not reload the page.
            while changed.recv().is_ok() {
                loop {
                    match changed.recv_timeout(SETTLE) {
                        Ok(_) => continue,
                        Err(RecvTimeoutError::Timeout) => break,
                        Err(RecvTimeoutError::Disconnected) => return,
                    }
                }
                if state.stopping.load(Ordering::SeqCst) {
                    return;
                }
                let next = take();
                let mut current = state.current();
                if current.1 != next {
                    *current = (current.0 + 1, next);
                    state.changed.notify_all();
                }
            }
        });
        for request in server.incoming_requests() {
            scope.spawn(move || answer(request, state, root, port));
        }
        state.stop();
        // Ends the watcher's thread: its channel closes with it.
        drop(watcher);
    });
    eprintln!("{}", msg!("preview-stopped").text(lang));
    Ok(ExitCode::SUCCESS)
}

/// Where the watcher sends what it saw; only that something changed matters.
type Changes = mpsc::Sender<notify::Result<notify::Event>>;

/// Watches the report's folder; a folder that cannot be watched (too many watches, a
/// network drive) is polled instead.
fn watch(root: &Path, changes: Changes, lang: Lang) -> Option<Box<dyn Watcher>> {
    let watching = |watcher: notify::Result<Box<dyn Watcher>>| {
        let mut watcher = watcher?;
        watcher.watch(root, notify::RecursiveMode::Recursive)?;
        notify::Result::Ok(watcher)
    };
    let native = notify::recommended_watcher(changes.clone());
    let reason = match watching(native.map(|w| Box::new(w) as Box<dyn Watcher>)) {
        Ok(watcher) => return Some(watcher),
        Err(e) => e.to_string(),
    };
    let config = notify::Config::default().with_poll_interval(Duration::from_millis(500));
    let polled = notify::PollWatcher::new(changes, config);
    match watching(polled.map(|w| Box::new(w) as Box<dyn Watcher>)) {
        Ok(watcher) => Some(watcher),
        Err(_) => {
            let failed = msg!(
                "preview-watch-failed",
                path = root.display().to_string(),
                reason = reason
            );
            eprintln!("{}", failed.text(lang));
            None
        }
    }
}

/// Answers one request.
fn answer(request: Request, state: &State, root: &Path, port: u16) {
    let host = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Host"))
        .map(|h| h.value.as_str());
    let lang = state.current().1.lang;
    if !preview::host_allowed(host, port) {
        return refuse(request, 403, "preview-refused", lang);
    }
    if !matches!(request.method(), Method::Get | Method::Head) {
        return refuse(request, 405, "preview-refused", lang);
    }
    let url = request.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    let (body, kind, policy) = match path {
        route::FRAME => {
            let current = state.current();
            (preview::frame(&current.1, current.0), HTML, FRAME_POLICY)
        }
        route::PAGE => (state.current().1.page.clone(), HTML, PAGE_POLICY),
        route::FINDINGS => (state.current().1.findings.clone(), HTML, PAGE_POLICY),
        route::WAIT => {
            let after = query
                .split('&')
                .find_map(|pair| pair.strip_prefix("after="))
                .and_then(|v| v.parse::<u64>().ok())
                .unwrap_or(0);
            (wait(state, after).to_string(), TEXT, PAGE_POLICY)
        }
        route::SCRIPT => (
            preview::SCRIPT.to_string(),
            "text/javascript; charset=utf-8",
            PAGE_POLICY,
        ),
        route::STYLE => (
            preview::STYLE.to_string(),
            "text/css; charset=utf-8",
            PAGE_POLICY,
        ),
        _ => return file(request, root, path, lang),
    };
    let response = Response::from_string(body);
    let _ = request.respond(with_headers(response, kind, policy));
}

const HTML: &str = "text/html; charset=utf-8";
const TEXT: &str = "text/plain; charset=utf-8";
/// The frame page runs its own script only, and talks only to this server.
const FRAME_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; frame-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
/// The report's page as `render` writes it: styles and embedded images, no script.
const PAGE_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
/// A file of the report's folder: whatever it holds, it runs nothing.
const FILE_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; sandbox; frame-ancestors 'self'";

/// The version after `after`, once there is one, or the same after a while.
fn wait(state: &State, after: u64) -> u64 {
    let current = state.current();
    let (current, _) = state
        .changed
        .wait_timeout_while(current, WAIT, |(version, _)| {
            *version == after && !state.stopping.load(Ordering::SeqCst)
        })
        .unwrap_or_else(|e| e.into_inner());
    current.0
}

/// A file of the report's folder, or why not.
fn file(request: Request, root: &Path, path: &str, lang: Lang) {
    let found = preview::resolve(root, path).and_then(|real| {
        std::fs::File::open(&real)
            .map(|f| (f, real))
            .map_err(|_| Refusal::NotFound)
    });
    match found {
        Ok((file, real)) => {
            let response = Response::from_file(file);
            let _ = request.respond(with_headers(
                response,
                preview::content_type(&real),
                FILE_POLICY,
            ));
        }
        Err(Refusal::Forbidden) => refuse(request, 403, "preview-refused", lang),
        Err(Refusal::NotFound) => refuse(request, 404, "preview-not-found", lang),
    }
}

fn refuse(request: Request, status: u16, why: &'static str, lang: Lang) {
    let response =
        Response::from_string(crate::messages::Msg::new(why).plain(lang)).with_status_code(status);
    let _ = request.respond(with_headers(response, TEXT, PAGE_POLICY));
}

fn with_headers<R: std::io::Read>(
    mut response: Response<R>,
    kind: &str,
    policy: &str,
) -> Response<R> {
    for (name, value) in [
        ("Content-Type", kind),
        ("Content-Security-Policy", policy),
        ("Cache-Control", "no-store"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
    ] {
        if let Ok(header) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(header);
        }
    }
    response
}

/// Opens `url` in the user's default browser.
fn open_in_browser(url: &str) -> std::io::Result<()> {
    let mut command = if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else if cfg!(windows) {
        let mut command = std::process::Command::new("cmd");
        command.args(["/C", "start", ""]);
        command
    } else {
        std::process::Command::new("xdg-open")
    };
    command
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map(drop)
}
