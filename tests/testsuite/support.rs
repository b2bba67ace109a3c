//! Running the binary in a scratch folder.

use std::path::PathBuf;
use std::process::{Command, Output};

/// A scratch folder to run the binary in.
pub struct Scratch {
    pub dir: tempfile::TempDir,
}

impl Scratch {
    pub fn new() -> Scratch {
        Scratch {
            dir: tempfile::tempdir().expect("temporary folder"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, contents).unwrap();
        path
    }

    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.path(name)).unwrap()
    }

    /// The binary with `args`, to run in the scratch folder with no terminal and no colour.
    pub fn command<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_parallel-review"));
        command
            .args(args)
            .current_dir(self.dir.path())
            .env("NO_COLOR", "1")
            .env_remove("PARALLEL_REVIEW_GUIDANCE")
            .env_remove("PARALLEL_REVIEW_LANG")
            .env("LC_ALL", "C")
            .stdin(std::process::Stdio::null());
        command
    }

    /// Runs the binary with `args` in the scratch folder, with no terminal and no colour.
    pub fn run<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> Run {
        let output = self.command(args).output().expect("run parallel-review");
        Run { output }
    }

    /// Runs the binary, failing the test if it has not finished within `seconds` (a
    /// command that would block forever on a pipe is killed, not waited for).
    pub fn run_within<S: AsRef<std::ffi::OsStr>>(&self, seconds: u64, args: &[S]) -> Run {
        let mut child = self
            .command(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("run parallel-review");
        let started = std::time::Instant::now();
        while child.try_wait().expect("wait").is_none() {
            if started.elapsed().as_secs() >= seconds {
                let _ = child.kill();
                panic!(
                    "still running after {seconds} s: {:?}",
                    args.iter()
                        .map(|a| a.as_ref().to_owned())
                        .collect::<Vec<_>>()
                );
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        Run {
            output: child.wait_with_output().expect("output"),
        }
    }
}

/// The outcome of one run.
pub struct Run {
    pub output: Output,
}

impl Run {
    pub fn code(&self) -> i32 {
        self.output.status.code().expect("exit code")
    }

    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }

    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }

    /// Asserts that standard error holds `text`, showing it when it does not.
    pub fn assert_stderr(&self, text: &str) {
        assert!(
            self.stderr().contains(text),
            "no {text:?} in:\n{}",
            self.stderr()
        );
    }

    /// Asserts the exit code, showing both streams when it differs.
    pub fn expect_code(self, code: i32) -> Run {
        assert_eq!(
            self.code(),
            code,
            "stdout:\n{}\nstderr:\n{}",
            self.stdout(),
            self.stderr()
        );
        self
    }
}

/// The project's own folder, for its examples and fixtures.
pub fn project_root() -> &'static std::path::Path {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Where `.ci/run` installs the node packages the tests use.
pub fn test_tools() -> std::path::PathBuf {
    project_root().join("target/test-tools/node_modules")
}

/// Whether a component a test needs is present. On a developer's machine a missing one
/// skips the test; under CI (`CI=true`, where `.ci/run` installs it) it fails the test.
pub fn have(component: &str, present: bool) -> bool {
    if present {
        return true;
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{component} is missing; .ci/run should have installed it");
    }
    eprintln!("skipped: {component} is not installed");
    false
}

/// Whether a program is on the PATH.
pub fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// Parses a run's standard output as JSON.
pub fn json(run: &Run) -> serde_json::Value {
    serde_json::from_str(&run.stdout())
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", run.stdout()))
}

/// The rule ids a JSON `check` output holds for its only report.
pub fn rules_found(json: &serde_json::Value) -> Vec<String> {
    json["reports"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap().to_string())
        .collect()
}

/// A Chromium-family browser on the PATH.
pub fn chromium() -> Option<String> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| on_path(b))
        .map(str::to_string)
}

/// What a page became once loaded in a headless browser.
pub struct Loaded {
    /// The DOM after the page loaded and ran whatever it could.
    pub dom: String,
    /// The browser's log, console messages included.
    pub log: String,
}

/// A headless browser that reaches no network and updates nothing.
const HEADLESS: [&str; 7] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

/// Loads a local page in a headless browser, with a throw-away profile and no network.
pub fn load_in_browser(browser: &str, page: &std::path::Path) -> Loaded {
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(browser)
        .args(HEADLESS)
        .args([
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=3000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    Loaded {
        dom: String::from_utf8_lossy(&out.stdout).into_owned(),
        log: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A headless browser driven over the DevTools protocol on a pipe, one page open: for
/// tests that watch a page change over time.
pub struct DevTools {
    child: std::process::Child,
    to: std::process::ChildStdin,
    from: std::io::BufReader<std::process::ChildStdout>,
    next_id: u64,
    session: String,
    _profile: tempfile::TempDir,
    /// Console messages, exceptions and log entries the page produced.
    pub problems: Vec<String>,
}

impl DevTools {
    /// Opens `url` in a new headless browser.
    pub fn open(browser: &str, url: &str) -> DevTools {
        use std::process::Stdio;
        let profile = tempfile::tempdir().unwrap();
        // The protocol runs on descriptors 3 and 4: the shell hands its standard input and
        // output over to them.
        let mut child = Command::new("/bin/sh")
            .args([
                "-c",
                "exec 3<&0 4>&1 0</dev/null 1>/dev/null; exec \"$0\" \"$@\"",
                browser,
            ])
            .args(HEADLESS)
            .args(["--remote-debugging-pipe", "--window-size=1200,900"])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("browser starts");
        let to = child.stdin.take().unwrap();
        let from = std::io::BufReader::new(child.stdout.take().unwrap());
        let mut tools = DevTools {
            child,
            to,
            from,
            next_id: 0,
            session: String::new(),
            _profile: profile,
            problems: Vec::new(),
        };
        let target = tools.call(
            "Target.createTarget",
            serde_json::json!({"url": "about:blank"}),
        );
        let target = target["targetId"].as_str().unwrap().to_string();
        let attached = tools.call(
            "Target.attachToTarget",
            serde_json::json!({"targetId": target, "flatten": true}),
        );
        tools.session = attached["sessionId"].as_str().unwrap().to_string();
        tools.call("Runtime.enable", serde_json::json!({}));
        tools.call("Log.enable", serde_json::json!({}));
        tools.call("Page.navigate", serde_json::json!({"url": url}));
        tools
    }

    /// Sends a command (to the page once attached) and waits for its answer, noting the
    /// page's complaints that come in the meantime.
    pub fn call(&mut self, method: &str, params: serde_json::Value) -> serde_json::Value {
        use std::io::{BufRead, Write};
        self.next_id += 1;
        let id = self.next_id;
        let mut message = serde_json::json!({"id": id, "method": method, "params": params});
        if !self.session.is_empty() {
            message["sessionId"] = self.session.clone().into();
        }
        let mut bytes = serde_json::to_vec(&message).unwrap();
        bytes.push(0);
        self.to.write_all(&bytes).expect("send to the browser");
        loop {
            let mut raw = Vec::new();
            let read = self.from.read_until(0, &mut raw).expect("read the browser");
            assert!(read > 0, "the browser ended");
            raw.pop();
            let reply: serde_json::Value = serde_json::from_slice(&raw).expect("JSON");
            match reply["method"].as_str() {
                Some("Runtime.exceptionThrown") | Some("Log.entryAdded") => {
                    self.problems.push(reply["params"].to_string())
                }
                Some("Runtime.consoleAPICalled")
                    if matches!(reply["params"]["type"].as_str(), Some("error" | "warning")) =>
                {
                    self.problems.push(reply["params"].to_string())
                }
                _ => {}
            }
            if reply["id"].as_u64() == Some(id) {
                assert!(reply["error"].is_null(), "{method}: {reply}");
                return reply["result"].clone();
            }
        }
    }

    /// The value of a JavaScript expression in the page.
    pub fn eval(&mut self, expression: &str) -> serde_json::Value {
        let result = self.call(
            "Runtime.evaluate",
            serde_json::json!({"expression": expression, "returnByValue": true}),
        );
        result["result"]["value"].clone()
    }

    /// Waits until the expression is true in the page, failing the test with `what`
    /// when it never is.
    pub fn wait_until(&mut self, expression: &str, what: &str) {
        for _ in 0..300 {
            if self.eval(expression) == serde_json::Value::Bool(true) {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("{what} never happened; page problems: {:?}", self.problems);
    }
}

impl Drop for DevTools {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
