//! `publish`: the site built from varied submissions, what it leaves out and why, a second
//! run, and the finder in a real browser.

use std::collections::BTreeMap;
use std::path::Path;

use crate::support::{Scratch, project_root};

/// The examples in three languages, in folders by country, with an attachment, a report
/// whose front matter is broken, a file that is not text and a site.yaml.
fn submissions(s: &Scratch) {
    let example = |name: &str| {
        std::fs::read_to_string(project_root().join("examples").join(name)).expect("example")
    };
    s.write(
        "in/jo/ar-trade-union-jo.md",
        example("ar-trade-union-jo.md"),
    );
    let french = example("fr-migrant-organization-ma.md").replacen(
        "## Méthodologie\n",
        "## Méthodologie\n\nVoir [l'annexe](annexe%20m%C3%A9thodes.txt).\n",
        1,
    );
    s.write("in/ma/fr-migrant-organization-ma.md", french);
    s.write("in/ma/annexe méthodes.txt", "questionnaire");
    s.write(
        "in/en-joint-civil-society-lb.md",
        example("en-joint-civil-society-lb.md"),
    );
    s.write("in/broken.md", "---\ntitle: [unclosed\n---\n\n## Text\n");
    s.write("in/garbage.md", b"\xff\xfe\x00\x01binary".as_slice());
    s.write(
        "in/site.yaml",
        "title: Parallel reviews, Arab region 2026\nintroduction: Reports by civil society and unions.\n",
    );
}

/// Every file of the site, with its bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let relative = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (relative, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

#[test]
fn a_site_from_varied_submissions() {
    let s = Scratch::new();
    submissions(&s);
    let run = s.run(&["publish", "in", "--out", "site"]).expect_code(0);
    run.assert_stderr("published 3 reports (3 made again");
    run.assert_stderr("not published: broken.md: its front matter cannot be read");
    run.assert_stderr("not published: garbage.md:");

    let site = files(&s.path("site"));
    for page in [
        "index.html",
        "find.html",
        "find.js",
        "search-index.js",
        "coverage.html",
        "compilation.en.md",
        "objectives/index.html",
        "objectives/6.html",
        "countries/index.html",
        "countries/JO.html",
        "reports/jo/ar-trade-union-jo.html",
        "reports/jo/ar-trade-union-jo.docx",
        "reports/jo/ar-trade-union-jo.md",
        "reports/ma/annexe méthodes.txt",
        "reports/en-joint-civil-society-lb.html",
    ] {
        assert!(site.contains_key(page), "{page} missing: {:?}", site.keys());
    }
    assert!(
        !site
            .keys()
            .any(|f| f.contains("broken") || f.contains("garbage"))
    );

    let home = s.read("site/index.html");
    assert!(
        home.contains("Parallel reviews, Arab region 2026"),
        "{home}"
    );
    assert!(home.contains("Reports by civil society and unions."));
    assert!(
        home.contains("3 reports from 3 countries, in 3 languages; 2 not published."),
        "{home}"
    );
    assert!(home.contains("broken.md"));
    // The attachment is not a report left out: it is published with its report.
    assert!(!home.contains("annexe"), "{home}");

    // Every link of a report's page to a file of the site leads to one.
    let page = s.read("site/reports/ma/fr-migrant-organization-ma.html");
    for href in [
        "annexe%20m%C3%A9thodes.txt",
        "fr-migrant-organization-ma.docx",
        "fr-migrant-organization-ma.md",
        "../../index.html",
    ] {
        assert!(page.contains(&format!("href=\"{href}\"")), "{href}");
    }
    let objective = s.read("site/objectives/6.html");
    assert!(
        objective.contains("reports/jo/ar-trade-union-jo.html#objective-6"),
        "{objective}"
    );
    assert!(
        objective.contains("lang=\"ar\" dir=\"rtl\""),
        "the quote in its own language"
    );
    let compilation = s.read("site/compilation.en.md");
    assert!(compilation.contains("## Objective 6: "), "{compilation}");
    assert!(compilation.contains("(reports/jo/ar-trade-union-jo.html#objective-6)"));

    // A second run: the same bytes, nothing made again, nothing written.
    let run = s.run(&["publish", "in", "--out", "site"]).expect_code(0);
    run.assert_stderr("(0 made again, 0 files written)");
    assert_eq!(files(&s.path("site")), site, "a second run changes nothing");

    // One report changes: it alone is made again, and the pages that quote it follow.
    let path = s.path("in/en-joint-civil-society-lb.md");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replacen(
            "## Executive summary\n",
            "## Executive summary\n\nA new finding on wage theft.\n",
            1,
        ),
    )
    .unwrap();
    let run = s.run(&["publish", "in", "--out", "site"]).expect_code(0);
    run.assert_stderr("(1 made again,");
    let after = files(&s.path("site"));
    assert_eq!(
        after["reports/jo/ar-trade-union-jo.html"],
        site["reports/jo/ar-trade-union-jo.html"]
    );
    assert_ne!(
        after["reports/en-joint-civil-society-lb.html"],
        site["reports/en-joint-civil-society-lb.html"]
    );
    assert!(String::from_utf8_lossy(&after["search-index.js"]).contains("wage theft"));

    // A report removed from the submissions leaves the site with its files.
    std::fs::remove_file(&path).unwrap();
    s.run(&["publish", "in", "--out", "site"]).expect_code(0);
    assert!(
        !s.path("site/reports/en-joint-civil-society-lb.html")
            .exists()
    );
    assert!(!s.path("site/countries/LB.html").exists());
}

#[test]
fn only_complete_reports_and_never_someone_elses_folder() {
    let s = Scratch::new();
    submissions(&s);
    s.write(
        "in/draft.md",
        "---\ntitle: Draft\n---\n\n## Executive summary\n\nTODO\n",
    );
    let run = s
        .run(&["publish", "in", "--out", "site", "--only-complete"])
        .expect_code(0);
    run.assert_stderr("not published: draft.md: ");
    run.assert_stderr("errors under check --final");
    assert!(!s.path("site/reports/draft.html").exists());

    // A folder of someone's files is not a site to write into.
    s.write("mine/thesis.docx", "mine");
    let run = s.run(&["publish", "in", "--out", "mine"]).expect_code(2);
    run.assert_stderr("`mine` holds files that publish did not make");
    assert_eq!(files(&s.path("mine")).len(), 1);
    let run = s.run(&["publish", "in", "--out", "in/site"]).expect_code(2);
    run.assert_stderr("cannot be inside the submissions");
}

#[test]
fn the_site_speaks_arabic_right_to_left() {
    let s = Scratch::new();
    submissions(&s);
    s.run(&["publish", "in", "--out", "site", "--lang", "ar"])
        .expect_code(0);
    let home = s.read("site/index.html");
    assert!(home.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(home.contains("الأهداف"));
    // Each report's page stays in its own language.
    let french = s.read("site/reports/ma/fr-migrant-organization-ma.html");
    assert!(
        french.contains("<html lang=\"fr\" dir=\"ltr\">"),
        "{}",
        &french[..200]
    );
    assert!(s.path("site/compilation.ar.md").is_file());
}

#[test]
fn the_finder_finds_arabic_and_french_however_they_are_written() {
    let Some(browser) = crate::support::chromium() else {
        crate::support::have("chromium (apt-get install chromium)", false);
        return;
    };
    let s = Scratch::new();
    submissions(&s);
    s.run(&["publish", "in", "--out", "site"]).expect_code(0);
    let find = s.path("site/find.html");
    let results = |query: &str| {
        let url = format!("file://{}?{query}", find.display());
        let mut page = crate::support::DevTools::open(&browser, &url);
        page.wait_until(
            "document.getElementById('summary').dataset.count !== undefined",
            "the finder answering",
        );
        let text = page.eval("document.getElementById('results').innerText");
        assert!(page.problems.is_empty(), "{query}: {:?}", page.problems);
        text.as_str().unwrap_or_default().to_string()
    };
    let jordan = "Decent work for migrant workers in Jordan";
    let jordan_ar = "العمل اللائق للعمال المهاجرين في الأردن";
    let morocco = "Migrer, travailler, rester";
    // Written with diacritics in the report (تُقتطع), searched without; أجور searched as اجور;
    // Arabic-Indic ٢٠٢٥ in the report, searched with Western digits.
    for query in [
        "q=%D8%AA%D9%82%D8%AA%D8%B7%D8%B9",
        "q=%D8%A7%D8%AC%D9%88%D8%B1",
        "q=2025+%D8%A7%D8%AC%D9%88%D8%B1",
    ] {
        let found = results(query);
        assert!(found.contains(jordan_ar), "{query}: {found}");
        assert!(!found.contains(morocco), "{query}: {found}");
    }
    // A query with diacritics finds the text without them.
    let found = results("q=%D8%A7%D9%84%D8%B9%D9%85%D9%91%D8%A7%D9%84");
    assert!(found.contains(jordan_ar), "{found}");
    // French without accents.
    let found = results("q=methodologie");
    assert!(found.contains(morocco), "{found}");
    // Filters: objective 8 is the Moroccan report's alone; the address holds the filter.
    let found = results("objective=8");
    assert!(
        found.contains(morocco) && !found.contains(jordan_ar),
        "{found}"
    );
    let found = results("country=JO&q=%D8%A7%D8%AC%D9%88%D8%B1");
    assert!(found.contains(jordan_ar), "{found}");
    let found = results("country=MA&q=%D8%A7%D8%AC%D9%88%D8%B1");
    assert!(found.is_empty(), "{found}");
    let _ = jordan;
}
