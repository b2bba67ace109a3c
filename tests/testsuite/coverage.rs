//! `coverage`: exact counts on a known set, every output format, the page in a browser.

use serde_json::Value;

use crate::support::{Scratch, chromium, have, json, load_in_browser, project_root};

/// The three examples and three fixtures of known coverage, in a scratch folder.
fn submissions() -> Scratch {
    let s = Scratch::new();
    std::fs::create_dir_all(s.path("in")).unwrap();
    for dir in ["examples", "tests/fixtures/coverage"] {
        for entry in std::fs::read_dir(project_root().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(
                &path,
                s.path(&format!(
                    "in/{}",
                    path.file_name().unwrap().to_string_lossy()
                )),
            )
            .unwrap();
        }
    }
    s
}

fn numbers(value: &Value) -> Vec<u64> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap())
        .collect()
}

#[test]
fn counts_gaps_and_matrix_are_exact() {
    let s = submissions();
    let model = json(
        &s.run(&["coverage", "in", "--format", "json"])
            .expect_code(0),
    );
    assert_eq!(
        model["totals"],
        serde_json::json!({"reports": 6, "complete": 4, "incomplete": 1, "unreadable": 1})
    );
    assert_eq!(numbers(&model["gaps"]), [2, 3, 9, 11, 18, 21]);
    let objective = |n: usize| &model["objectives"][n - 1];
    assert_eq!(objective(9)["written"], 0);
    assert_eq!(objective(9)["declared_only"], 1);
    assert_eq!(objective(15)["written"], 2);
    assert_eq!(
        objective(20)["by_stakeholder"],
        serde_json::json!({"civil-society": 1, "diaspora-organization": 1})
    );
    assert_eq!(
        model["by_country"],
        serde_json::json!({"FR": 1, "JO": 1, "LB": 2, "MA": 1, "TN": 1})
    );
    assert_eq!(
        model["by_language"],
        serde_json::json!({"ar": 1, "en": 2, "fr": 2})
    );
    let kinds = &model["by_stakeholder"];
    assert_eq!(kinds["nhri"], 1);
    assert_eq!(kinds["media"], 0, "missing voices are listed with zero");
    assert_eq!(
        model["round_tables"][1],
        serde_json::json!({"number": 2, "objectives": [4, 8, 9, 10, 11, 13, 21], "objectives_covered": 4, "reports": 2})
    );
    let principles = &model["principles"];
    assert_eq!(principles[3]["reports"], 1, "rule of law, named in French");
    assert_eq!(principles[7]["reports"], 1, "child-sensitive");

    let reports = model["reports"].as_array().unwrap();
    let by_name = |name: &str| {
        reports
            .iter()
            .find(|r| r["path"].as_str().unwrap().ends_with(name))
            .unwrap()
    };
    assert_eq!(by_name("broken.md")["status"], "unreadable");
    assert!(
        by_name("broken.md")["reason"]
            .as_str()
            .unwrap()
            .contains("binary")
    );
    assert_eq!(by_name("nhri-tn.md")["status"], "incomplete");
    assert_eq!(numbers(&by_name("nhri-tn.md")["objectives_written"]), [12]);
    assert_eq!(
        numbers(&by_name("nhri-tn.md")["objectives_declared"]),
        [9, 12]
    );
    assert_eq!(by_name("diaspora-lb-en.md")["status"], "complete");
}

#[test]
fn principles_are_those_the_writers_name_not_those_of_prompts_and_objective_titles() {
    let s = Scratch::new();
    std::fs::create_dir_all(s.path("in")).unwrap();
    // Skeletons as `new` writes them: objective 19's title names sustainable development,
    // 23's international cooperation, a prompt names four principles.
    for lang in ["ar", "en", "fr"] {
        s.run(&[
            "new",
            &format!("in/{lang}.md"),
            "--lang",
            lang,
            "--stakeholder",
            "trade-union",
            "--country",
            "JO",
            "--organization",
            "Union",
        ])
        .expect_code(0);
    }
    let named = |s: &Scratch| -> Vec<Vec<String>> {
        let model = json(&s.run(&["coverage", "in", "--format", "json"]));
        let mut reports = model["reports"].as_array().unwrap().clone();
        reports.sort_by_key(|r| r["path"].as_str().unwrap().to_string());
        reports
            .iter()
            .map(|r| {
                let letters = r["principles"].as_array().unwrap();
                letters.iter().map(|l| l.as_str().unwrap().into()).collect()
            })
            .collect()
    };
    assert_eq!(named(&s), [[""; 0]; 3], "a skeleton names no principle");

    // Named in a paragraph (with diacritics, in bold) and in a heading of the writers'.
    let ar = s.read("in/ar.md").replacen(
        "## المنهجية",
        "## المنهجية\n\nنرصد احترام **حُقوق الإنسان** في العمل.\n\n### نهج يشمل المجتمع بأسره\n",
        1,
    );
    s.write("in/ar.md", ar);
    let en = s.read("in/en.md").replacen(
        "## Methodology",
        "## Methodology\n\nOur survey followed a *Child-Sensitive* design.\n",
        1,
    );
    s.write("in/en.md", en);
    assert_eq!(named(&s), [vec!["f", "j"], vec!["h"], vec![]]);
}

/// Splits CSV into records of fields (quotes and doubled quotes handled).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => record.push(std::mem::take(&mut field)),
            ('\r', false) => {}
            ('\n', false) => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (c, _) => field.push(c),
        }
    }
    records
}

#[test]
fn csv_tidy_and_wide_parse() {
    let s = submissions();
    let tidy = parse_csv(
        &s.run(&["coverage", "in", "--format", "csv"])
            .expect_code(0)
            .stdout(),
    );
    assert_eq!(tidy.len(), 1 + 6 * 23);
    assert!(tidy.iter().all(|r| r.len() == 11));
    let row = tidy
        .iter()
        .find(|r| r[0].ends_with("nhri-tn.md") && r[8] == "9")
        .unwrap();
    assert_eq!(row[10], "declared-only");
    let title = tidy
        .iter()
        .find(|r| r[0].ends_with("ar-trade-union-jo.md"))
        .unwrap();
    assert!(
        title[1].starts_with("العمل اللائق"),
        "Arabic survives: {title:?}"
    );

    s.run(&[
        "coverage", "in", "--format", "csv", "--wide", "-o", "wide.csv",
    ])
    .expect_code(0);
    let wide = parse_csv(&s.read("wide.csv"));
    assert_eq!(wide.len(), 7);
    assert_eq!(wide[0].len(), 11 + 23);
    assert_eq!(wide[0][11], "objective_1");
    let diaspora = wide
        .iter()
        .find(|r| r[0].ends_with("diaspora-lb-en.md"))
        .unwrap();
    assert_eq!(
        (diaspora[11 + 18].as_str(), diaspora[4].as_str()),
        ("written", "LB;FR")
    );
}

#[test]
fn table_fits_80_columns_and_markdown_lists_the_gaps() {
    let s = submissions();
    let table = s.run(&["coverage", "in"]).expect_code(0).stdout();
    assert!(table.lines().all(|l| l.chars().count() <= 80), "{table}");
    let headline = table
        .lines()
        .position(|l| l.starts_with("Objectives no report writes about (6 of 23)"))
        .unwrap();
    assert!(headline < 3, "gaps come first:\n{table}");
    let md = s
        .run(&["coverage", "in", "--format", "md", "--lang", "fr"])
        .expect_code(0)
        .stdout();
    assert!(md.contains("## Objectifs qu'aucun rapport ne traite"));
    assert!(md.contains("- Objectif 9\u{a0}: "), "{md}");
}

#[test]
fn could_not_run_is_exit_code_2() {
    let s = Scratch::new();
    s.run(&["coverage", "nowhere"]).expect_code(2);
    s.run(&["coverage", ".", "--wide"]).expect_code(2);
    s.run(&["coverage", ".", "-o", "out.xyz"]).expect_code(2);
}

#[test]
fn page_loads_in_a_browser_without_console_errors_and_shows_the_gaps() {
    let Some(browser) = chromium() else {
        have("chromium (apt-get install chromium)", false);
        return;
    };
    let s = submissions();
    for lang in ["en", "ar"] {
        let page = format!("coverage-{lang}.html");
        s.run(&["coverage", "in", "-o", &page, "--lang", lang])
            .expect_code(0);
        let loaded = load_in_browser(&browser, &s.path(&page));
        let console: Vec<&str> = loaded
            .log
            .lines()
            .filter(|l| l.contains("CONSOLE") || l.contains("Refused to"))
            .collect();
        assert!(console.is_empty(), "{lang}: console messages: {console:?}");
        let dom = &loaded.dom;
        assert!(dom.contains("id=\"gaps\""), "{lang}: {dom}");
        let gap = if lang == "ar" {
            "الهدف ٢١"
        } else {
            "Objective 21"
        };
        assert!(dom.contains(gap), "{lang}: the gap list shows objective 21");
        if lang == "ar" {
            assert!(dom.contains("dir=\"rtl\""));
        }
        assert!(
            dom.contains("href=\"in/nhri-tn.md\""),
            "links to the reports, relative to the page"
        );
    }
}

/// `coverage --templates DIR` uses the page template found there, with the catalogue's
/// labels through `t()`.
#[test]
fn coverage_honours_templates() {
    let s = Scratch::new();
    s.write(
        "tpl/coverage/page.html.tera",
        "<p>{{ t(key=\"cov-title\", lang=lang) }} / {{ headline }}</p>",
    );
    let fixtures = project_root().join("examples");
    s.run(&[
        "coverage",
        fixtures.to_str().unwrap(),
        "-o",
        "c.html",
        "--templates",
        "tpl",
        "--lang",
        "fr",
    ])
    .expect_code(0);
    let page = s.read("c.html");
    assert!(
        page.starts_with("<p>") && page.contains(" / 3 rapports"),
        "{page}"
    );
    s.write(
        "bad/coverage/page.html.tera",
        "{{ t(key=\"no-such-label\", lang=lang) }}",
    );
    let run = s.run(&[
        "coverage",
        fixtures.to_str().unwrap(),
        "-o",
        "d.html",
        "--templates",
        "bad",
    ]);
    assert_eq!(run.code(), 2);
    run.assert_stderr("no message `no-such-label`");
}

#[test]
fn invalid_values_copies_and_broken_reports_are_kept_apart() {
    let s = Scratch::new();
    let jordan =
        std::fs::read_to_string(project_root().join("examples/ar-trade-union-jo.md")).unwrap();
    s.write("in/a.md", &jordan);
    s.write("in/b-copy.md", &jordan);
    let lebanon =
        std::fs::read_to_string(project_root().join("examples/en-joint-civil-society-lb.md"))
            .unwrap();
    let lebanon = lebanon
        .replacen("stakeholder: civil-society", "stakeholder: civil-socety", 1)
        .replacen("country: LB", "country: UK", 1)
        .replacen("language: en\n", "", 1);
    assert!(
        lebanon.contains("civil-socety") && lebanon.contains("country: UK"),
        "{lebanon}"
    );
    s.write("in/c.md", &lebanon);
    // Broken front matter, with a section on objective 9, which no other report covers.
    s.write(
        "in/d-broken.md",
        "---\ntitle: [unclosed\n---\n\n## Progress\n\n### Objective 9: Smuggling\n\nThe border police trained 300 officers in 2025.\n",
    );
    let model = json(
        &s.run(&["coverage", "in", "--format", "json"])
            .expect_code(0),
    );
    let reports = model["reports"].as_array().unwrap();
    assert_eq!(
        reports[1]["copy_of"].as_str().map(|p| p.ends_with("a.md")),
        Some(true)
    );
    assert_eq!(reports[3]["status"], "unreadable");
    let objective = |n: usize| &model["objectives"][n - 1];
    assert_eq!(objective(6)["written"], 1, "the copy is not counted again");
    assert_eq!(
        objective(9)["written"],
        0,
        "a broken report counts for nothing"
    );
    assert_eq!(model["by_stakeholder"]["trade-union"], 1);
    assert!(model["by_stakeholder"].get("civil-socety").is_none());
    assert!(model["by_country"].get("UK").is_none());
    assert!(model["by_language"].get("").is_none());
    let not_counted: Vec<String> = model["not_counted"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            format!(
                "{} {} {}",
                v["field"].as_str().unwrap(),
                v["value"].as_str().unwrap(),
                v["reports"]
            )
        })
        .collect();
    assert_eq!(
        not_counted,
        ["country UK 1", "language  1", "stakeholder civil-socety 1"]
    );

    let table = s.run(&["coverage", "in"]).expect_code(0).stdout();
    assert!(table.contains("Not counted: country `UK`: 1"), "{table}");
    assert!(table.contains("stakeholder `civil-socety`: 1"), "{table}");
    assert!(table.contains("language missing: 1"), "{table}");
    assert!(
        table.contains("  Status       err. warn.  written"),
        "{table}"
    );
    assert!(table.contains("identical copy of"), "{table}");
    let md = s
        .run(&["coverage", "in", "--format", "md"])
        .expect_code(0)
        .stdout();
    assert!(md.contains("Trade union 1"), "names, not ids: {md}");
    assert!(md.contains("Jordan 1"), "{md}");
    assert!(md.contains("missed: "), "{md}");
    assert!(md.contains("fails "), "which rules fail: {md}");
}

#[test]
fn a_workbook_for_staff_read_back() {
    use calamine::{Reader, Xlsx, open_workbook};
    let s = submissions();
    s.run(&["coverage", "in", "-o", "coverage.xlsx", "--lang", "ar"])
        .expect_code(0);
    let mut book: Xlsx<_> = open_workbook(s.path("coverage.xlsx")).expect("a workbook");
    assert_eq!(
        book.sheet_names(),
        ["التقارير", "الأهداف × التقارير", "الثغرات", "الأعداد"]
    );
    let reports = book.worksheet_range("التقارير").expect("reports");
    let rows: Vec<Vec<String>> = reports
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(rows[0][0], "التقرير");
    let jordan = rows
        .iter()
        .find(|r| r[11].ends_with("ar-trade-union-jo.md"))
        .expect("the Jordanian report");
    assert_eq!(jordan[2], "نقابة عمالية", "names, not ids");
    assert_eq!(jordan[3], "الأردن");
    assert_eq!(jordan[10], "5, 6, 7, 15, 22");
    let matrix = book.worksheet_range("الأهداف × التقارير").expect("matrix");
    let total = matrix.rows().next_back().expect("a total row");
    // Objective 6 is written about by the Jordanian report and by no fixture.
    assert_eq!(total[2 + 5].to_string(), "1");
    // Right to left: the sheet's view says so.
    let zip = std::fs::File::open(s.path("coverage.xlsx")).unwrap();
    let mut zip = zip::ZipArchive::new(zip).unwrap();
    let mut sheet = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(),
        &mut sheet,
    )
    .unwrap();
    assert!(sheet.contains("rightToLeft=\"1\""), "{sheet}");
}
