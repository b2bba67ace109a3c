//! Folders of reports written by others: memory that follows the text, reads that take
//! only regular files, time near linear, no input overwritten, nothing read or linked
//! outside the folder, nothing a terminal would obey.

use std::time::Instant;

use crate::support::{Scratch, json, project_root};

const HEAD: &str = "---
title: T
organization: O
stakeholder: trade-union
country: JO
language: en
objectives: [6]
date: 2026-01-01
contact: a@example.org
---

## Executive summary

";

fn report(body: &str) -> String {
    format!("{HEAD}{body}\n")
}

/// Lines of `check --format short` about one rule.
fn short_lines(run: &crate::support::Run, rule: &str) -> Vec<String> {
    run.stdout()
        .lines()
        .filter(|l| l.contains(&format!("[{rule}]")))
        .map(str::to_string)
        .collect()
}

#[test]
fn findings_of_one_rule_are_capped_and_quote_a_window_of_the_line() {
    let s = Scratch::new();
    s.write("todo.md", report(&"TODO ".repeat(20_000)));
    s.write("images.md", report(&"![](x.png)".repeat(8_000)));
    let run = s.run(&["check", "--format", "short", "todo.md", "images.md"]);
    let todos: Vec<String> = short_lines(&run, "placeholder");
    assert_eq!(todos.len(), 101, "{}", run.stdout());
    assert!(todos[100].contains("and 19900 more findings of rule placeholder"));
    assert_eq!(
        short_lines(&run, "image-alt")
            .iter()
            .filter(|l| l.starts_with("images.md"))
            .count(),
        101
    );
    // The human output quotes a window of the 100 KB line, not the line.
    let human = s.run(&["check", "todo.md"]).stdout();
    assert!(human.len() < 100 * 1024, "{} bytes", human.len());
    let longest = human.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(longest < 250, "a quoted line of {longest} characters");
    assert!(
        human.contains(" | …"),
        "a window that starts inside the line"
    );
}

#[test]
fn reports_beyond_the_limits_are_refused_before_parsing() {
    let s = Scratch::new();
    s.write("marks.md", report(&"*a* ".repeat(80_000)));
    let front = format!("---\ntitle: {}\n---\n", "x".repeat(70 * 1024));
    s.write("front.md", front);
    let out = json(&s.run(&["check", "--format", "json", "marks.md", "front.md"]));
    let messages: Vec<String> = out["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["diagnostics"][0]["message"].as_str().unwrap().to_string())
        .collect();
    assert!(
        messages.iter().any(|m| m.contains("front matter holds")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("150000 lines and Markdown marks")),
        "{messages:?}"
    );
    s.run(&["render", "marks.md", "-o", "marks.html"])
        .expect_code(2);
    assert!(!s.path("marks.html").exists());
}

#[test]
fn an_image_shown_many_times_is_embedded_once_and_a_page_has_a_cap() {
    let s = Scratch::new();
    let image: Vec<u8> = b"\x89PNG\r\n\x1a\n"
        .iter()
        .copied()
        .chain((0..300_000u32).map(|i| (i % 251) as u8))
        .collect();
    s.write("many/chart.png", &image);
    s.write("many/r.md", report(&"![Chart](chart.png) ".repeat(400)));
    s.run(&["render", "many/r.md", "-o", "many/r.html"])
        .expect_code(0);
    let page = s.read("many/r.html");
    assert!(
        page.len() < 2 * image.len(),
        "{} bytes for a {} byte image",
        page.len(),
        image.len()
    );
    assert_eq!(page.matches("data:image/png;base64,").count(), 1);
    assert_eq!(page.matches("<img ").count(), 400);

    // Four different images of 7 MB: the fourth would pass the page's 24 MB.
    for i in 0..4u8 {
        let big: Vec<u8> = std::iter::repeat_n(i, 7 * 1024 * 1024).collect();
        s.write(&format!("cap/{i}.png"), big);
    }
    s.write(
        "cap/r.md",
        report("![zero](0.png) ![one](1.png) ![two](2.png) ![three](3.png)"),
    );
    let run = s
        .run(&["render", "cap/r.md", "-o", "cap/r.html"])
        .expect_code(0);
    assert!(
        run.stderr()
            .contains("image `3.png` is linked, not embedded"),
        "{}",
        run.stderr()
    );
    let page = s.read("cap/r.html");
    assert_eq!(page.matches("data:image/png;base64,").count(), 3);
    assert!(page.contains("<a href=\"3.png\">three</a>"));
}

#[cfg(unix)]
#[test]
fn a_folder_walk_reads_only_its_own_regular_files() {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::symlink;

    let s = Scratch::new();
    let good =
        std::fs::read_to_string(project_root().join("examples/en-joint-civil-society-lb.md"))
            .unwrap();
    s.write("in/good.md", &good);
    let fifo = s.path("in/pipe.md");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    symlink("/dev/zero", s.path("in/zero.md")).unwrap();
    s.write("secret/passwd.md", "root:x:0:0:SECRET-LINE:/root:/bin/sh\n");
    symlink(s.path("secret/passwd.md"), s.path("in/leak.md")).unwrap();
    symlink(s.path("secret"), s.path("in/away")).unwrap();
    std::fs::write(
        s.path("in")
            .join(std::ffi::OsStr::from_bytes(b"bad\xff.md")),
        format!("{good}\nTODO\n"),
    )
    .unwrap();

    let run = s.run_within(30, &["check", "--format", "json", "in"]);
    let out = json(&run);
    let reports = out["reports"].as_array().unwrap();
    let by_name = |name: &str| {
        reports
            .iter()
            .find(|r| r["path"].as_str().unwrap().ends_with(name))
            .unwrap_or_else(|| panic!("no {name} in {out:#}"))
    };
    let first = |name: &str| {
        by_name(name)["diagnostics"][0]["message"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert!(
        first("pipe.md").contains("named pipe"),
        "{}",
        first("pipe.md")
    );
    // A link to a device is refused as a device, or as a link out of the folder.
    assert!(
        first("zero.md").contains("device") || first("zero.md").contains("outside the folder"),
        "{}",
        first("zero.md")
    );
    assert!(
        first("leak.md").contains("outside the folder"),
        "{}",
        first("leak.md")
    );
    assert!(
        first("away").contains("outside the folder"),
        "{}",
        first("away")
    );
    assert!(!run.stdout().contains("SECRET-LINE"));
    let bad = by_name("bad\u{fffd}.md");
    // base64 of the bytes of `in/bad\xff.md`.
    assert_eq!(bad["path_bytes"].as_str().unwrap(), "aW4vYmFk/y5tZA==");
    let sarif = s
        .run_within(30, &["check", "--format", "sarif", "in"])
        .stdout();
    assert!(sarif.contains("bad%FF.md"), "the SARIF URI keeps the byte");

    // The same folder rendered: every problem is a failure, counted, with exit code 1.
    let run = s.run_within(60, &["render", "in", "--out-dir", "site"]);
    assert_eq!(run.code(), 1, "{}", run.stderr());
    run.assert_stderr("rendered 2 of 6 reports");
    let index = s.read("site/index.html");
    assert!(!index.contains("SECRET-LINE"));
    let coverage = s.run_within(30, &["coverage", "in"]);
    assert!(!coverage.stdout().contains("SECRET-LINE"));

    // Named on the command line, a pipe or a device is refused at once (coverage lists
    // it as unreadable).
    let coverage = s.run_within(30, &["coverage", "--format", "csv", "in/pipe.md"]);
    assert!(
        coverage.stdout().contains("unreadable"),
        "{}",
        coverage.stdout()
    );
    for args in [
        vec!["check", "in/pipe.md"],
        vec!["render", "in/pipe.md", "-o", "p.html"],
        vec!["check", "in/zero.md"],
        vec!["--guidance", "in/pipe.md", "check", "in/good.md"],
    ] {
        let run = s.run_within(30, &args);
        assert_ne!(run.code(), 0, "{args:?}");
    }
    // A pipe used as an image does not hang the render.
    let pipe_image = s.path("img/chart.png");
    std::fs::create_dir_all(pipe_image.parent().unwrap()).unwrap();
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&pipe_image)
            .status()
            .unwrap()
            .success()
    );
    s.write("img/r.md", report("![Chart](chart.png)"));
    s.run_within(30, &["render", "img/r.md", "-o", "img/r.html"])
        .expect_code(0);
}

/// Seconds of the fastest of three runs.
fn fastest(s: &Scratch, args: &[&str]) -> f64 {
    (0..3)
        .map(|_| {
            let started = Instant::now();
            s.run(args);
            started.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

/// Time grows about linearly: four times the input takes well under sixteen times (a
/// quadratic cost) as long. Compares the program with itself, never with a clock.
fn assert_linear(name: &str, make: impl Fn(usize) -> String, args: &[&str], n: usize) {
    let s = Scratch::new();
    let file = |k: usize| format!("{name}-{k}.md");
    s.write(&file(1), make(n));
    s.write(&file(4), make(4 * n));
    let with = |k: usize| -> Vec<String> {
        args.iter()
            .map(|a| {
                a.replace("{}", &file(k))
                    .replace("{out}", &format!("{name}-{k}.html"))
            })
            .collect()
    };
    let one: Vec<String> = with(1);
    let four: Vec<String> = with(4);
    let one: Vec<&str> = one.iter().map(String::as_str).collect();
    let four: Vec<&str> = four.iter().map(String::as_str).collect();
    // The first run pays for the binary's loading; what is compared is the work.
    let base = fastest(&s, &["guidance", "--format", "json"]);
    let t1 = (fastest(&s, &one) - base).max(0.01);
    let t4 = fastest(&s, &four) - base;
    assert!(
        t4 / t1 < 9.0,
        "{name}: {t1:.3} s for n, {t4:.3} s for 4n: worse than linear"
    );
}

#[test]
fn identical_headings_tables_and_unknown_countries_take_linear_time() {
    assert_linear(
        "headings",
        |n| report(&"## Same\n\n".repeat(n)),
        &["render", "{}", "-o", "{out}"],
        5_000,
    );
    assert_linear(
        "table",
        |n| {
            let cols = 1_000;
            let rows = n / 50;
            report(&format!(
                "|{}\n|{}\n{}",
                "a|".repeat(cols),
                "-|".repeat(cols),
                format!("|{}\n", "1|".repeat(cols)).repeat(rows)
            ))
        },
        &["render", "{}", "-o", "{out}"],
        1_000,
    );
    assert_linear(
        "countries",
        |n| {
            let codes: Vec<String> = (0..n).map(|i| format!("Q{i}")).collect();
            HEAD.replace("country: JO", &format!("country: [{}]", codes.join(", ")))
        },
        &["check", "{}"],
        1_000,
    );
}

#[test]
fn an_output_that_is_an_input_is_refused() {
    let s = Scratch::new();
    let good =
        std::fs::read_to_string(project_root().join("examples/en-joint-civil-society-lb.md"))
            .unwrap();
    s.write("subs/a.md", &good);
    let run = s
        .run(&["coverage", "subs", "-o", "subs/a.md"])
        .expect_code(2);
    run.assert_stderr("one of the files being read");
    assert_eq!(s.read("subs/a.md"), good, "the report is left as it was");

    let run = s
        .run(&["render", "subs/a.md", "--to", "pdf", "-o", "a.html"])
        .expect_code(2);
    run.assert_stderr("contradicts");
    assert!(!s.path("a.html").exists());
}

#[test]
fn a_batch_gives_every_report_its_own_page() {
    let s = Scratch::new();
    let good =
        std::fs::read_to_string(project_root().join("examples/en-joint-civil-society-lb.md"))
            .unwrap();
    for name in [
        "index.md",
        "a.md",
        "a.markdown",
        "javascript:alert(1).md",
        "sub/b.md",
    ] {
        s.write(&format!("in/{name}"), good.replace("Joint", name));
    }
    let run = s.run(&["render", "in", "--out-dir", "in"]).expect_code(0);
    run.assert_stderr("rendered 5 of 5 reports");
    // `a.markdown` comes first in name order and takes `a.html`.
    for page in [
        "index.html",
        "index.md.html",
        "a.html",
        "a.md.html",
        "sub/b.html",
    ] {
        assert!(s.path(&format!("in/{page}")).is_file(), "{page}");
    }
    let index = s.read("in/index.html");
    assert!(
        index.contains("href=\"javascript%3Aalert%281%29.html\""),
        "{index}"
    );
    assert!(!index.contains("href=\"javascript:"));
    // An output folder inside the input: its reports are rendered too, once.
    let run = s
        .run(&["render", "in", "--out-dir", "in/site"])
        .expect_code(0);
    run.assert_stderr("rendered 5 of 5 reports");
}

#[test]
fn links_are_kept_only_to_the_web_mail_the_page_and_the_folder() {
    let s = Scratch::new();
    s.write("f/annex.md", "annex");
    s.write(
        "f/r.md",
        report(
            "[web](https://example.org) [mail](mailto:a@example.org) [here](#methodology) \
             [annex](annex.md) [msdt](ms-msdt:/id%20x) [search](search-ms:query=x) \
             [smb](smb://host/share) [share](//host/share) [word](ms-word:ofe|u|https://x) \
             [vscode](vscode://file/etc) [ssh](ssh://host) ![remote](//host/i.png)",
        ),
    );
    s.run(&["render", "f/r.md", "-o", "f/r.html"])
        .expect_code(0);
    let page = s.read("f/r.html");
    let body = &page[page.find("<main").unwrap_or(0)..];
    let hrefs: Vec<&str> = body
        .split("href=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect();
    for href in &hrefs {
        assert!(
            href.starts_with("https://")
                || href.starts_with("mailto:")
                || href.starts_with('#')
                || *href == "annex.md",
            "{href} in {hrefs:?}"
        );
    }
    assert!(hrefs.contains(&"annex.md") && hrefs.contains(&"https://example.org"));
    let run = s.run(&["check", "--format", "short", "f/r.md"]);
    assert_eq!(
        short_lines(&run, "broken-link").len(),
        8,
        "{}",
        run.stdout()
    );
}

#[test]
fn text_output_shows_control_characters_instead_of_obeying_them() {
    let s = Scratch::new();
    s.write(
        "t/r.md",
        report("Text \u{1b}]52;c;aGVsbG8=\u{7}\u{1b}[2K\u{202e}dlrow TODO here."),
    );
    s.write("t/new\nline\u{202e}.md", report("TODO"));
    let human = s.run(&["check", "t"]).stdout();
    assert!(!human.contains('\u{1b}') && !human.contains('\u{7}') && !human.contains('\u{202e}'));
    assert!(human.contains("<U+001B>]52;c;aGVsbG8=<U+0007>"), "{human}");
    let short = s.run(&["check", "--format", "short", "t"]).stdout();
    for line in short.lines().filter(|l| l.contains("[placeholder]")) {
        assert!(line.starts_with("t/"), "one finding per line: {line:?}");
    }
    assert!(short.contains("t/new<U+000A>line<U+202E>.md:"), "{short}");
    let table = s.run(&["coverage", "t"]).stdout();
    assert!(!table.contains('\u{202e}'), "{table}");
    assert!(table.contains("t/new<U+000A>line<U+202E>.md"), "{table}");
}

#[test]
fn a_template_that_includes_itself_is_an_error_not_a_crash() {
    let s = Scratch::new();
    s.write(
        "tpl/render/style.css.tera",
        "{% include \"render/report.html\" %}",
    );
    let input = project_root().join("examples/en-joint-civil-society-lb.md");
    let run = s
        .run(&[
            "render",
            input.to_str().unwrap(),
            "-o",
            "x.html",
            "--templates",
            "tpl",
        ])
        .expect_code(2);
    run.assert_stderr("includes itself");
}

#[cfg(unix)]
#[test]
fn an_interrupted_print_leaves_no_scratch_folder_and_no_browser() {
    let s = Scratch::new();
    let tmp = s.path("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let pids = s.path("pids");
    let browser = s.write(
        "fake-browser.sh",
        "#!/bin/sh\nsleep 300 &\necho \"$$ $!\" > \"$FAKE_BROWSER_PIDS\"\nwait\n",
    );
    std::process::Command::new("chmod")
        .arg("+x")
        .arg(&browser)
        .status()
        .unwrap();
    let input = project_root().join("examples/en-joint-civil-society-lb.md");
    let mut child = s
        .command(&[
            "render",
            input.to_str().unwrap(),
            "--to",
            "pdf",
            "-o",
            "x.pdf",
            "--browser",
            browser.to_str().unwrap(),
        ])
        .env("TMPDIR", &tmp)
        .env("FAKE_BROWSER_PIDS", &pids)
        .spawn()
        .unwrap();
    let started = Instant::now();
    while !pids.exists()
        || std::fs::read_to_string(&pids)
            .unwrap()
            .split_whitespace()
            .count()
            < 2
    {
        assert!(
            started.elapsed().as_secs() < 30,
            "the browser never started"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let scratch: Vec<_> = std::fs::read_dir(&tmp)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(scratch.len(), 1, "{scratch:?}");
    let mode = std::os::unix::fs::PermissionsExt::mode(
        &std::fs::metadata(&scratch[0]).unwrap().permissions(),
    );
    assert_eq!(mode & 0o777, 0o700, "the scratch folder is private");

    std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130));
    assert_eq!(
        std::fs::read_dir(&tmp).unwrap().count(),
        0,
        "scratch folder removed"
    );
    assert!(!s.path("x.pdf").exists());
    for pid in std::fs::read_to_string(&pids).unwrap().split_whitespace() {
        assert!(!running(pid), "browser process {pid} still runs");
    }
}

/// Whether a process runs (a zombie waiting for its parent to read it does not).
#[cfg(unix)]
fn running(pid: &str) -> bool {
    let started = Instant::now();
    loop {
        let alive = std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
            stat.rsplit(") ")
                .next()
                .is_some_and(|rest| !rest.starts_with('Z'))
        });
        if !alive || started.elapsed().as_secs() > 5 {
            return alive;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// Inputs the fuzzer (`scripts/fuzz.py`) found breaking the program once: every command
/// runs on them within a memory limit and a time limit, and ends with a code of its own.
#[test]
fn inputs_the_fuzzer_found_stay_fixed() {
    let dir = project_root().join("tests/fixtures/fuzz");
    let limited = crate::support::have("prlimit (util-linux)", crate::support::on_path("prlimit"));
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty());
    for input in &inputs {
        let s = Scratch::new();
        let path = input.to_str().unwrap();
        for args in [
            vec!["check", path],
            vec!["render", path, "-o", "out.html"],
            vec!["coverage", "--format", "json", path],
        ] {
            let mut command = if limited {
                let mut c = std::process::Command::new("prlimit");
                c.arg("--as=1073741824")
                    .arg("--")
                    .arg(env!("CARGO_BIN_EXE_parallel-review"))
                    .args(&args);
                c
            } else {
                s.command(&args)
            };
            let output = command.current_dir(s.dir.path()).output().unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(
                matches!(output.status.code(), Some(0..=2)),
                "{args:?}: {:?} {stderr}",
                output.status
            );
        }
    }
}
