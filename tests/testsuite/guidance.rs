//! `guidance`: showing, exporting and replacing the guidance note.

use crate::support::Scratch;

#[test]
fn text_shows_every_objective_principle_and_stakeholder_kind_in_each_language() {
    let s = Scratch::new();
    for (lang, first, label) in [
        (
            "en",
            "Collect and utilize accurate",
            "Whole-of-society approach",
        ),
        (
            "fr",
            "Collecter et utiliser",
            "Approche mobilisant l'ensemble de la société",
        ),
        ("ar", "جمع بيانات دقيقة", "نهج يشمل المجتمع بأسره"),
    ] {
        let out = s.run(&["guidance", "--lang", lang]).expect_code(0).stdout();
        assert!(out.contains(first), "{lang}");
        assert!(out.contains(label), "{lang}");
        assert!(out.contains("red-cross-red-crescent"));
    }
    let ar = s.run(&["guidance", "--lang", "ar"]).expect_code(0).stdout();
    assert_eq!(
        ar.matches("[ترجمة عمل").count(),
        23 + 10,
        "every Arabic title is marked"
    );
    assert!(ar.contains("الأهداف (٢٣)"), "labels in Arabic");
}

#[test]
fn json_holds_the_whole_guidance() {
    let s = Scratch::new();
    let out = s
        .run(&["guidance", "--format", "json", "--lang", "fr"])
        .expect_code(0)
        .stdout();
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["objectives"].as_array().unwrap().len(), 23);
    assert_eq!(json["principles"].as_array().unwrap().len(), 10);
    assert_eq!(json["stakeholders"].as_array().unwrap().len(), 16);
    assert_eq!(json["objectives"][16]["title"]["status"], "network-label");
    assert_eq!(json["sections"][0]["title"], "Résumé analytique");
}

#[test]
fn exported_guidance_round_trips_and_a_broken_one_points_at_line_and_column() {
    let s = Scratch::new();
    s.run(&["guidance", "export", "g.yaml"]).expect_code(0);
    s.run(&["--guidance", "g.yaml", "guidance"]).expect_code(0);

    let text = s.read("g.yaml").replacen(
        "    round-table: 4\n",
        "    round-table: 4\n    colour: blue\n",
        1,
    );
    s.write("bad.yaml", &text);
    let line = text.lines().position(|l| l == "    colour: blue").unwrap() + 1;
    let run = s
        .run(&["--guidance", "bad.yaml", "guidance"])
        .expect_code(2);
    let expected = format!("invalid guidance file `bad.yaml` at line {line}, column 5");
    assert!(run.stderr().contains(&expected), "{}", run.stderr());
    assert!(run.stderr().contains("unknown field `colour`"));

    s.write("bin.yaml", b"\xff\xfe\x00");
    let run = s
        .run(&["--guidance", "bin.yaml", "new", "r.md"])
        .expect_code(2);
    run.assert_stderr("not UTF-8");
}

#[test]
fn every_command_follows_a_users_guidance_file() {
    let s = Scratch::new();
    s.run(&["guidance", "export", "g.yaml"]).expect_code(0);
    let text = s.read("g.yaml").replace(
        "title: {ar: الملخص التنفيذي, en: Executive summary, fr: Résumé analytique}",
        "title: {ar: الملخص التنفيذي, en: Key findings, fr: Résumé analytique}",
    );
    assert!(text.contains("en: Key findings"));
    s.write("g.yaml", text);
    s.run(&[
        "--guidance",
        "g.yaml",
        "new",
        "r.md",
        "--stakeholder",
        "media",
        "--country",
        "EG",
        "--organization",
        "O",
        "--objectives",
        "3",
    ])
    .expect_code(0);
    assert!(s.read("r.md").contains("\n## Key findings\n"));
    let missing = |args: &[&str]| {
        let out = crate::support::json(&s.run(args));
        out["reports"][0]["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["rule"] == "missing-section")
            .count()
    };
    assert_eq!(
        missing(&["--guidance", "g.yaml", "check", "--format", "json", "r.md"]),
        0
    );
    assert_eq!(
        missing(&["check", "--format", "json", "r.md"]),
        1,
        "the built-in guidance does not know the heading"
    );
    let html = {
        s.run(&["--guidance", "g.yaml", "render", "r.md"])
            .expect_code(0);
        s.read("r.html")
    };
    assert!(
        html.contains("id=\"executive-summary\""),
        "the section is recognised when rendering too"
    );
}
