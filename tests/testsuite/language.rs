//! The tool speaks the writer's language: chosen by --lang, PARALLEL_REVIEW_LANG, the locale.

use std::process::Command;

use crate::support::{Scratch, json, project_root};

fn planted(s: &Scratch) -> String {
    let text =
        std::fs::read_to_string(project_root().join("examples/ar-trade-union-jo.md")).unwrap();
    s.write(
        "r.md",
        text.replace(
            "objectives: [5, 6, 7, 15, 22]",
            "objectives: [5, 6, 7, 8, 15, 22]",
        ),
    );
    "r.md".into()
}

/// Runs `check` with the given environment (the harness's own clears it).
fn check_with_env(s: &Scratch, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_parallel-review"));
    command
        .arg("check")
        .args(args)
        .current_dir(s.dir.path())
        .env("NO_COLOR", "1");
    for var in ["PARALLEL_REVIEW_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(var);
    }
    for (k, v) in env {
        command.env(k, v);
    }
    String::from_utf8_lossy(&command.output().unwrap().stdout).into_owned()
}

#[test]
fn check_speaks_arabic_with_arabic_digits_and_isolated_ids() {
    let s = Scratch::new();
    let file = planted(&s);
    let out = s
        .run(&["check", "--lang", "ar", &file])
        .expect_code(1)
        .stdout();
    assert!(out.contains("خطأ[\u{2068}missing-objective-section\u{2069}]: الهدف ٨ مذكور في objectives لكن ليس له قسم"), "{out}");
    assert!(
        out.contains("ما العمل: أضيفوا عنواناً «الهدف ٨: إنقاذ الأرواح"),
        "{out}"
    );
    assert!(
        out.contains("\u{2068}r.md:٨:١\u{2069}"),
        "position in Arabic-Indic digits, isolated: {out}"
    );
    assert!(out.contains("تقرير واحد: خطأ واحد، لا تحذيرات"), "{out}");
}

#[test]
fn check_speaks_french() {
    let s = Scratch::new();
    let file = planted(&s);
    let out = s
        .run(&["check", "--lang", "fr", &file])
        .expect_code(1)
        .stdout();
    assert!(out.contains("erreur[missing-objective-section]: l'objectif 8 est cité dans `objectives` mais n'a pas de section"), "{out}");
    assert!(
        out.contains("à faire\u{a0}: ajoutez un titre «\u{a0}الهدف ٨: إنقاذ الأرواح"),
        "the heading in the report's language: {out}"
    );
    assert!(
        out.contains("1 rapport\u{a0}: 1 erreur, 0 avertissement"),
        "{out}"
    );
}

#[test]
fn language_comes_from_the_option_then_the_environment_then_the_locale() {
    let s = Scratch::new();
    let file = planted(&s);
    let summary = |out: &str| out.lines().last().unwrap_or_default().to_string();
    assert_eq!(
        summary(&check_with_env(&s, &[&file], &[])),
        "1 report: 1 error, 0 warnings"
    );
    assert_eq!(
        summary(&check_with_env(&s, &[&file], &[("LANG", "fr_FR.UTF-8")])),
        "1 rapport\u{a0}: 1 erreur, 0 avertissement"
    );
    assert_eq!(
        summary(&check_with_env(
            &s,
            &[&file],
            &[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "ar_JO.UTF-8")]
        )),
        "تقرير واحد: خطأ واحد، لا تحذيرات"
    );
    let env = [("LANG", "fr_FR.UTF-8"), ("PARALLEL_REVIEW_LANG", "en")];
    assert_eq!(
        summary(&check_with_env(&s, &[&file], &env)),
        "1 report: 1 error, 0 warnings"
    );
    assert_eq!(
        summary(&check_with_env(&s, &["--lang", "fr", &file], &env)),
        "1 rapport\u{a0}: 1 erreur, 0 avertissement"
    );
}

#[test]
fn lang_report_uses_each_reports_own_language_and_json_keeps_english_ids() {
    let s = Scratch::new();
    let file = planted(&s);
    let out = json(
        &s.run(&["check", "--lang", "report", "--format", "json", &file])
            .expect_code(1),
    );
    let d = &out["reports"][0]["diagnostics"][0];
    assert_eq!(d["rule"], "missing-objective-section");
    assert!(d["message"].as_str().unwrap().starts_with("الهدف ٨"), "{d}");
}

#[test]
fn command_failures_speak_the_language_too() {
    let s = Scratch::new();
    let run = s
        .run(&[
            "new",
            "r.md",
            "--lang",
            "ar",
            "--stakeholder",
            "trade-unoin",
            "--country",
            "JO",
            "--organization",
            "ن",
        ])
        .expect_code(2);
    run.assert_stderr("خطأ: نوع جهة غير معروف: \u{2068}trade-unoin\u{2069}؛ هل تقصدون \u{2068}trade-union\u{2069}؟");
    let run = s
        .run(&["coverage", "nulle-part", "--lang", "fr"])
        .expect_code(2);
    run.assert_stderr("erreur\u{a0}: `nulle-part` n'existe pas");
}

/// `new` and `guidance` follow `--lang`, then `PARALLEL_REVIEW_LANG`, then the locale, as
/// every other command does.
#[test]
fn new_and_guidance_follow_the_locale() {
    let s = Scratch::new();
    let output = s
        .command(&[
            "new",
            "r.md",
            "--stakeholder",
            "trade-union",
            "--country",
            "JO",
            "--organization",
            "O",
            "--objectives",
            "6",
        ])
        .env("LC_ALL", "ar_JO.UTF-8")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report = s.read("r.md");
    assert!(report.contains("language: ar"), "{report}");
    assert!(report.contains("الهدف ٦"), "{report}");
    let output = s
        .command(&["guidance"])
        .env("PARALLEL_REVIEW_LANG", "fr")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("Objectifs (23)"), "{text}");
}
