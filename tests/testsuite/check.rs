//! `check`: rules on fixtures, examples, bad input, output formats and exit codes.

use std::path::Path;

use crate::support::{Scratch, have, json, on_path, project_root, rules_found, test_tools};

fn rule_ids(s: &Scratch) -> Vec<String> {
    s.run(&["rules"])
        .expect_code(0)
        .stdout()
        .lines()
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect()
}

/// Rules whose inputs are made by the tests below (huge files, unreadable paths).
const GENERATED: &[&str] = &["unreadable", "file-size"];

#[test]
fn every_rule_fires_on_its_failing_fixtures_and_not_on_its_passing_ones() {
    let s = Scratch::new();
    let fixtures = project_root().join("tests/fixtures/rules");
    for rule in rule_ids(&s) {
        if GENERATED.contains(&rule.as_str()) {
            continue;
        }
        let dir = fixtures.join(&rule);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|_| panic!("rule `{rule}` has no fixture folder {}", dir.display()))
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
            .collect();
        files.sort();
        let (mut fails, mut passes) = (0, 0);
        for file in files {
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            let out = json(&s.run(&["check", "--format", "json", file.to_str().unwrap()]));
            let found = rules_found(&out);
            compare_snapshot(&s, &file);
            if name.starts_with("fail") {
                fails += 1;
                assert!(
                    found.contains(&rule),
                    "`{rule}` should fire on {name}: {found:?}"
                );
            } else {
                passes += 1;
                assert!(
                    !found.contains(&rule),
                    "`{rule}` should stay quiet on {name}: {found:?}"
                );
            }
        }
        assert!(
            fails > 0 && passes > 0,
            "`{rule}` needs a failing and a passing fixture"
        );
    }
}

/// Compares `check --format short` of a fixture with the `.short` file beside it;
/// `UPDATE_SNAPSHOTS=1 cargo test` rewrites them.
fn compare_snapshot(s: &Scratch, fixture: &Path) {
    let name = fixture.file_name().unwrap().to_str().unwrap();
    let output = s
        .command(&["check", "--format", "short", name])
        .current_dir(fixture.parent().unwrap())
        .output()
        .unwrap();
    let actual = String::from_utf8_lossy(&output.stdout).into_owned();
    let snapshot = fixture.with_extension("short");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&snapshot, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&snapshot).unwrap_or_else(|_| {
        panic!(
            "{} is missing: run UPDATE_SNAPSHOTS=1 cargo test",
            snapshot.display()
        )
    });
    assert_eq!(
        actual,
        expected,
        "{} differs from its snapshot (UPDATE_SNAPSHOTS=1 cargo test rewrites it after an intended change)",
        fixture.display()
    );
}

#[test]
fn examples_pass() {
    let s = Scratch::new();
    let run = s
        .run(&[
            "check",
            "--format",
            "json",
            project_root().join("examples").to_str().unwrap(),
        ])
        .expect_code(0);
    let out = json(&run);
    assert_eq!(out["summary"]["reports"], 3);
    assert_eq!(out["summary"]["errors"], 0);
    assert_eq!(out["summary"]["warnings"], 0, "{out:#}");
}

#[test]
fn a_fresh_scaffold_passes_with_placeholder_warnings_and_fails_when_final() {
    let s = Scratch::new();
    for lang in ["ar", "en", "fr"] {
        let file = format!("{lang}.md");
        s.run(&[
            "new",
            &file,
            "--lang",
            lang,
            "--stakeholder",
            "nhri",
            "--country",
            "TN",
            "--organization",
            "O",
            "--objectives",
            "rt2",
        ])
        .expect_code(0);
        let out = json(&s.run(&["check", "--format", "json", &file]).expect_code(0));
        let found = rules_found(&out);
        assert!(
            found
                .iter()
                .all(|r| r == "placeholder" || r == "missing-field"),
            "{lang}: {found:?}"
        );
        assert!(found.iter().filter(|r| *r == "placeholder").count() > 10);
        s.run(&["check", "--final", &file]).expect_code(1);
    }
}

#[test]
fn bad_input_gets_findings_and_the_batch_goes_on() {
    let s = Scratch::new();
    let fixtures = project_root().join("tests/fixtures/rules");
    for name in [
        "fail-utf8.md",
        "fail-binary.md",
        "fail-empty.md",
        "pass-bom-crlf.md",
        "pass.md",
    ] {
        std::fs::copy(
            fixtures.join("encoding").join(name),
            s.path(&format!("batch/{name}")).tap_parent(),
        )
        .unwrap();
    }
    s.write("batch/not-a-mapping.md", "---\n[1, 2]\n---\n");
    s.write(
        "batch/wrong-types.md",
        "---\ntitle: [a, b]\norganization: {x: 1}\nobjectives: six\ndate: 12\n---\n",
    );
    s.write(
        "batch/deep.md",
        format!("---\ntitle: x\n---\n{}deep\n", "> ".repeat(50_000)),
    );
    let bomb: String = std::iter::once("---\na: &a [x, x, x, x, x, x, x, x, x]\n".to_string())
        .chain((b'b'..=b'y').map(|c| {
            let (c, p) = (c as char, (c - 1) as char);
            format!("{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n")
        }))
        .chain(std::iter::once("---\n".to_string()))
        .collect();
    s.write("batch/bomb.md", bomb);
    let big = std::fs::File::create(s.path("batch/huge.md")).unwrap();
    big.set_len(50 * 1024 * 1024).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(s.path("batch"), s.path("batch/loop")).unwrap();
    s.write("batch/.hidden/skipped.md", "not a report");

    let run = s
        .run(&["check", "--format", "json", "batch"])
        .expect_code(1);
    let out = json(&run);
    let reports = out["reports"].as_array().unwrap();
    let by_name = |name: &str| {
        reports
            .iter()
            .find(|r| r["path"].as_str().unwrap().ends_with(name))
            .unwrap_or_else(|| panic!("{name} missing from {out:#}"))
    };
    let first = |name: &str| by_name(name)["diagnostics"][0].clone();
    let messages = |name: &str| -> Vec<String> {
        by_name(name)["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["message"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(first("fail-utf8.md")["rule"], "encoding");
    assert_eq!(
        first("fail-utf8.md")["line"],
        18,
        "the line of the bad byte"
    );
    assert_eq!(
        first("fail-binary.md")["message"],
        "this is a binary file, not a Markdown report"
    );
    assert_eq!(first("fail-empty.md")["message"], "the file is empty");
    assert_eq!(first("huge.md")["rule"], "file-size");
    assert_eq!(
        by_name("pass-bom-crlf.md")["diagnostics"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert!(
        messages("not-a-mapping.md")
            .contains(&"front matter is a list, not a set of fields".to_string())
    );
    let wrong = messages("wrong-types.md");
    assert!(
        wrong.contains(&"`title` must be text".to_string()),
        "{wrong:?}"
    );
    assert!(
        wrong.contains(&"`six` is not an objective number".to_string()),
        "{wrong:?}"
    );
    assert!(
        wrong.contains(&"`12` is not a date: write YYYY-MM-DD".to_string()),
        "{wrong:?}"
    );
    assert!(
        messages("bomb.md")
            .iter()
            .any(|m| m.contains("YAML aliases")),
        "{out:#}"
    );
    assert!(by_name("deep.md")["diagnostics"].as_array().is_some());
    #[cfg(unix)]
    {
        let looped = by_name("loop");
        assert_eq!(looped["diagnostics"][0]["rule"], "unreadable");
        assert!(
            looped["diagnostics"][0]["message"]
                .as_str()
                .unwrap()
                .contains("loop")
        );
    }
    assert!(
        !reports
            .iter()
            .any(|r| r["path"].as_str().unwrap().contains(".hidden"))
    );
}

trait TapParent {
    fn tap_parent(self) -> Self;
}

impl TapParent for std::path::PathBuf {
    /// Creates the parent folder and returns the path.
    fn tap_parent(self) -> Self {
        std::fs::create_dir_all(self.parent().unwrap()).unwrap();
        self
    }
}

#[test]
fn human_output_quotes_the_line_and_says_what_to_do() {
    let s = Scratch::new();
    let text =
        std::fs::read_to_string(project_root().join("examples/ar-trade-union-jo.md")).unwrap();
    s.write(
        "r.md",
        text.replace("## المنهجية\n", "## المنهجية\n\nTODO\n")
            .replace("stakeholder: trade-union", "stakeholder: trade-unoin"),
    );
    let run = s.run(&["check", "r.md"]).expect_code(1);
    let out = run.stdout();
    assert!(out.contains("error[invalid-field]: unknown stakeholder kind `trade-unoin`; did you mean `trade-union`?"), "{out}");
    assert!(out.contains(" --> r.md:5:1\n"), "{out}");
    assert!(out.contains("5 | stakeholder: trade-unoin\n"), "{out}");
    assert!(out.contains("  | ^^^^^^^^^^^\n"), "{out}");
    assert!(
        out.contains("= help: use one of: migrant-organization"),
        "{out}"
    );
    assert!(
        out.contains("warning[placeholder]: `TODO` marker left in the text"),
        "{out}"
    );
    assert!(out.ends_with("1 report: 1 error, 1 warning\n"), "{out}");
    assert!(!out.contains('\x1b'), "no colour when not a terminal");

    let short = s
        .run(&["check", "--format", "short", "r.md"])
        .expect_code(1)
        .stdout();
    assert!(
        short.starts_with("r.md:5:1: error[invalid-field]: unknown stakeholder kind"),
        "{short}"
    );
}

#[test]
fn options_change_severities() {
    let s = Scratch::new();
    let good =
        std::fs::read_to_string(project_root().join("tests/fixtures/rules/unknown-field/fail.md"))
            .unwrap();
    s.write("r.md", good);
    let out = json(&s.run(&["check", "--format", "json", "r.md"]).expect_code(0));
    assert_eq!(rules_found(&out), ["missing-field", "unknown-field"]);
    s.run(&["check", "--deny", "warnings", "r.md"])
        .expect_code(1);
    let out = json(
        &s.run(&[
            "check",
            "--allow",
            "unknown-field",
            "--format",
            "json",
            "r.md",
        ])
        .expect_code(0),
    );
    assert_eq!(rules_found(&out), ["missing-field"]);
    let run = s
        .run(&["check", "--allow", "unknwon-field", "r.md"])
        .expect_code(2);
    run.assert_stderr("did you mean `unknown-field`?");
}

#[test]
fn could_not_run_is_exit_code_2() {
    let s = Scratch::new();
    let run = s.run(&["check", "nowhere.md"]).expect_code(2);
    run.assert_stderr("`nowhere.md` does not exist");
    s.write("g.yaml", "id: [");
    s.write("r.md", "x");
    s.run(&["--guidance", "g.yaml", "check", "r.md"])
        .expect_code(2);
}

#[test]
fn json_has_the_documented_shape() {
    let s = Scratch::new();
    let fixture = project_root().join("tests/fixtures/rules/missing-field/fail.md");
    let out = json(
        &s.run(&["check", "--format", "json", fixture.to_str().unwrap()])
            .expect_code(1),
    );
    let d = &out["reports"][0]["diagnostics"][0];
    assert_eq!(d["rule"], "missing-field");
    assert_eq!(d["severity"], "error");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(1), Some(1))
    );
    assert!(d["message"].is_string() && d["help"].is_string());
    assert_eq!(out["summary"]["reports"], 1);
    assert_eq!(out["summary"]["errors"], 1);
}

#[test]
fn sarif_validates_against_the_sarif_2_1_0_schema() {
    let tools = test_tools();
    let present = on_path("node") && tools.join("@microsoft/jest-sarif/lib/schemas").is_dir();
    if !have(
        "node with @microsoft/jest-sarif (npm install --prefix target/test-tools @microsoft/jest-sarif)",
        present,
    ) {
        return;
    }
    let s = Scratch::new();
    let fixtures = project_root().join("tests/fixtures/rules");
    let run = s
        .run(&["check", "--format", "sarif", fixtures.to_str().unwrap()])
        .expect_code(1);
    let sarif = s.write("out.sarif", run.stdout());
    let out = std::process::Command::new("node")
        .arg(project_root().join("tests/tools/validate-sarif.js"))
        .arg(&sarif)
        .env("NODE_PATH", &tools)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let log = json(&run);
    assert_eq!(
        log["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap()
            .len(),
        rule_ids(&s).len()
    );
    assert!(Path::new(&sarif).exists());
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_out_of_the_folder_is_caught_for_a_report_named_without_a_folder() {
    let s = Scratch::new();
    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::write(elsewhere.path().join("secret.txt"), "x").unwrap();
    std::os::unix::fs::symlink(elsewhere.path().join("secret.txt"), s.path("annex.txt")).unwrap();
    let good =
        std::fs::read_to_string(project_root().join("tests/fixtures/rules/broken-link/pass.md"))
            .unwrap();
    s.write(
        "r.md",
        good.replace("[the annex](pass.md)", "[the annex](annex.txt)"),
    );
    let out = json(&s.run(&["check", "--format", "json", "r.md"]));
    let messages: Vec<_> = out["reports"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap().to_string())
        .collect();
    assert!(
        messages.contains(&"link to `annex.txt` points outside the report's folder".to_string()),
        "{messages:?}"
    );
}

/// A reader that stops early (`parallel-review rules | head -1`) is no failure.
#[test]
fn output_to_a_closed_pipe_is_not_a_crash() {
    let s = Scratch::new();
    for args in [
        vec!["rules"],
        vec!["guidance"],
        vec!["coverage", "--format", "md"],
    ] {
        let mut args = args;
        let examples = project_root().join("examples");
        if args[0] == "coverage" {
            args.push(examples.to_str().unwrap());
        }
        let mut child = s
            .command(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // The reader goes away before the program has written anything.
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
    }
}

#[test]
fn one_rule_is_explained_in_the_chosen_language() {
    let s = Scratch::new();
    let en = s
        .run(&["rules", "placeholder", "--lang", "en"])
        .expect_code(0)
        .stdout();
    assert!(en.starts_with("placeholder\n"), "{en}");
    assert!(
        en.contains("severity: warning (an error under --final)"),
        "{en}"
    );
    assert!(
        en.contains("Fails:\n    Many migrant workers (TODO: add figures).\n"),
        "{en}"
    );
    assert!(en.contains("Passes:\n    Many migrant workers.\n"), "{en}");
    let ar = s
        .run(&["rules", "missing-section", "--lang", "ar"])
        .expect_code(0)
        .stdout();
    assert!(ar.contains("درجة الخطورة: خطأ"), "{ar}");
    assert!(ar.contains("مثال مخالف:"), "{ar}");
    let run = s.run(&["rules", "placeholdr"]).expect_code(2);
    run.assert_stderr("did you mean `placeholder`?");
}
