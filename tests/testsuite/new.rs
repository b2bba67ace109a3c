//! `new`: scaffolding a report.

use crate::support::Scratch;

const TRADE_UNION: &[&str] = &[
    "--stakeholder",
    "trade-union",
    "--country",
    "JO",
    "--organization",
    "Union",
];

fn new(s: &Scratch, lang: &str, objectives: &str) -> String {
    let mut args = vec![
        "new",
        "r.md",
        "--lang",
        lang,
        "--objectives",
        objectives,
        "--date",
        "2026-03-01",
    ];
    args.extend_from_slice(TRADE_UNION);
    s.run(&args).expect_code(0);
    s.read("r.md")
}

fn headings(text: &str, marker: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.strip_prefix(marker))
        .map(str::to_string)
        .collect()
}

#[test]
fn arabic_report_has_arabic_headings_and_arabic_indic_numbers() {
    let s = Scratch::new();
    let text = new(&s, "ar", "6,22");
    assert_eq!(
        headings(&text, "### "),
        [
            "الهدف ٦: تيسير التوظيف العادل والأخلاقي وصون الظروف التي تكفل العمل اللائق",
            "الهدف ٢٢: إنشاء آليات لقابلية نقل استحقاقات الضمان الاجتماعي والمزايا المكتسبة",
        ]
    );
    assert_eq!(
        headings(&text, "## "),
        [
            "الملخص التنفيذي",
            "المنهجية",
            "السياق الوطني",
            "التقدم المحرز في تحقيق الأهداف",
            "المبادئ التوجيهية والقضايا الشاملة",
            "التوصيات"
        ]
    );
    assert!(text.contains("language: ar\n"));
    assert!(text.contains("objectives: [6, 22]\n"));
    assert!(
        text.contains("ترجمة عمل غير رسمية"),
        "the working translation is labelled"
    );
    assert!(text.contains("<!-- prompt: ما أهم النتائج"));
}

#[test]
fn french_and_english_objective_headings() {
    let s = Scratch::new();
    let fr = new(&s, "fr", "1-2");
    assert_eq!(
        headings(&fr, "### "),
        [
            "Objectif 1 : Collecter et utiliser des données précises et ventilées qui serviront à l'élaboration de politiques fondées sur la connaissance des faits",
            "Objectif 2 : Lutter contre les facteurs négatifs et les problèmes structurels qui poussent des personnes à quitter leur pays d'origine",
        ]
    );
    std::fs::remove_file(s.path("r.md")).unwrap();
    let en = new(&s, "en", "rt1");
    let numbers: Vec<_> = headings(&en, "### Objective ")
        .iter()
        .map(|h| h.split(':').next().unwrap().to_string())
        .collect();
    assert_eq!(numbers, ["2", "5", "6", "12", "18"]);
}

#[test]
fn titles_are_labelled_as_the_data_labels_them() {
    let s = Scratch::new();
    let official_only = new(&s, "fr", "1-2");
    assert!(!official_only.contains("Libellé court"), "{official_only}");
    assert!(!official_only.contains("traduction de travail"));
    std::fs::remove_file(s.path("r.md")).unwrap();
    // 17 and 22 have only the Network's short label in French: not a working translation.
    let labels = new(&s, "fr", "17,22");
    assert!(
        labels.contains("<!-- prompt: Libellé court du Réseau"),
        "{labels}"
    );
    assert!(!labels.contains("traduction de travail"), "{labels}");
    std::fs::remove_file(s.path("r.md")).unwrap();
    let arabic = new(&s, "ar", "6");
    assert!(arabic.contains("ترجمة عمل"), "{arabic}");
}

#[test]
fn objective_selection_accepts_all_and_arabic_digits() {
    let s = Scratch::new();
    assert_eq!(headings(&new(&s, "en", "all"), "### ").len(), 23);
    std::fs::remove_file(s.path("r.md")).unwrap();
    assert_eq!(headings(&new(&s, "en", "١-٣,٢٢"), "### ").len(), 4);
}

#[test]
fn existing_file_is_left_byte_for_byte_and_exit_code_is_2() {
    let s = Scratch::new();
    let original = b"my draft \xff\n".to_vec();
    s.write("r.md", &original);
    let mut args = vec!["new", "r.md"];
    args.extend_from_slice(TRADE_UNION);
    let run = s.run(&args).expect_code(2);
    run.assert_stderr("already exists");
    assert!(run.stderr().contains("--force"));
    assert_eq!(std::fs::read(s.path("r.md")).unwrap(), original);

    args.push("--force");
    s.run(&args).expect_code(0);
    assert!(s.read("r.md").starts_with("---\n"));
}

#[test]
fn bad_values_get_suggestions_and_valid_lists() {
    let s = Scratch::new();
    let run = s
        .run(&[
            "new",
            "r.md",
            "--stakeholder",
            "trade-unoin",
            "--country",
            "JO",
            "--organization",
            "U",
        ])
        .expect_code(2);
    run.assert_stderr("did you mean `trade-union`?");
    assert!(run.stderr().contains("migrant-organization"));

    let mut args = vec!["new", "r.md", "--objectives", "24"];
    args.extend_from_slice(TRADE_UNION);
    let run = s.run(&args).expect_code(2);
    run.assert_stderr("no objective 24");

    let run = s
        .run(&[
            "new",
            "r.md",
            "--stakeholder",
            "academia",
            "--country",
            "Morocco",
            "--organization",
            "U",
        ])
        .expect_code(2);
    run.assert_stderr("did you mean `MA`?");
    assert!(!s.path("r.md").exists(), "nothing written on error");
}

#[test]
fn missing_values_without_a_terminal_are_a_clear_error_not_a_hang() {
    let s = Scratch::new();
    let run = s.run(&["new", "r.md"]).expect_code(2);
    assert!(
        run.stderr()
            .contains("--stakeholder ID, --country CC, --organization NAME"),
        "{}",
        run.stderr()
    );
}

#[test]
fn templates_can_be_exported_and_overridden() {
    let s = Scratch::new();
    s.run(&["templates", "export", "tpl"]).expect_code(0);
    let path = s.path("tpl/new/report.md.tera");
    let builtin = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{builtin}\n<!-- custom footer -->\n")).unwrap();
    let mut args = vec!["new", "r.md", "--templates", "tpl"];
    args.extend_from_slice(TRADE_UNION);
    s.run(&args).expect_code(0);
    assert!(s.read("r.md").contains("<!-- custom footer -->"));

    s.run(&["templates", "export", "tpl"]).expect_code(2);
}

#[test]
fn a_contact_given_to_new_is_in_the_front_matter() {
    let s = Scratch::new();
    s.run(&[
        "new",
        "r.md",
        "--lang",
        "en",
        "--stakeholder",
        "trade-union",
        "--country",
        "JO",
        "--organization",
        "Union",
        "--objectives",
        "6",
        "--contact",
        "office@union.example.org",
    ])
    .expect_code(0);
    assert!(
        s.read("r.md")
            .contains("\ncontact: \"office@union.example.org\"\n")
    );
    let run = s.run(&["check", "r.md", "--format", "short"]);
    assert!(
        !run.stdout().contains("missing field `contact`"),
        "{}",
        run.stdout()
    );
}
