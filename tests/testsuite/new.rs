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
            "Atlantis",
            "--organization",
            "U",
        ])
        .expect_code(2);
    run.assert_stderr("`Atlantis` is not an ISO 3166-1 alpha-2 country code");
    assert!(!s.path("r.md").exists(), "nothing written on error");
}

#[test]
fn flags_take_names_in_arabic_english_and_french() {
    let s = Scratch::new();
    s.run(&[
        "new",
        "r.md",
        "--lang",
        "ar",
        "--stakeholder",
        "نقابة عمالية",
        "--country",
        "الاردن،Maroc",
        "--organization",
        "اتحاد",
    ])
    .expect_code(0);
    let text = s.read("r.md");
    assert!(text.contains("\nstakeholder: trade-union\n"), "{text}");
    assert!(text.contains("\ncountry: [JO, MA]\n"), "{text}");
}

#[test]
fn a_missing_folder_is_an_error_that_says_how_to_create_it() {
    let s = Scratch::new();
    let mut args = vec!["new", "nope/r.md"];
    args.extend_from_slice(TRADE_UNION);
    let run = s.run(&args).expect_code(2);
    run.assert_stderr("the folder `nope` does not exist");
    run.assert_stderr("mkdir -p nope");
    assert!(
        !s.path("nope").exists(),
        "no folder made behind the writer's back"
    );
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

/// A tmux server of the test's own, ended with the test.
struct Tmux {
    socket: std::path::PathBuf,
}

impl Tmux {
    /// `new` with these words around it (`ENV=… new r.md …`), in a terminal in the
    /// scratch folder; `None` when tmux is missing on a machine that is not CI.
    fn new_report(s: &Scratch, env: &str, args: &str) -> Option<Tmux> {
        if !crate::support::have("tmux", crate::support::on_path("tmux")) {
            return None;
        }
        let binary = env!("CARGO_BIN_EXE_parallel-review");
        Some(Tmux::start(
            &s.path(""),
            &format!("{env} '{binary}' new r.md {args}"),
        ))
    }

    fn start(dir: &std::path::Path, command: &str) -> Tmux {
        let tmux = Tmux {
            socket: dir.join("tmux.socket"),
        };
        let status = tmux
            .command()
            .args([
                "-u",
                "new-session",
                "-d",
                "-s",
                "new",
                "-x",
                "120",
                "-y",
                "60",
            ])
            .arg(format!("{command}; echo EXIT=$?; sleep 60"))
            .current_dir(dir)
            .status()
            .expect("tmux starts");
        assert!(status.success());
        tmux
    }

    fn command(&self) -> std::process::Command {
        let mut command = std::process::Command::new("tmux");
        command.arg("-S").arg(&self.socket).env("LANG", "C.UTF-8");
        command
    }

    fn screen(&self) -> String {
        let out = self
            .command()
            .args(["capture-pane", "-p", "-J", "-t", "new"])
            .output()
            .expect("tmux capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits for `text` to be on the screen (a prompt's question, say), failing the test
    /// with what the screen shows if it never comes.
    fn wait_for(&self, text: &str) {
        for _ in 0..200 {
            if self.screen().contains(text) {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("`{text}` never came:\n{}", self.screen());
    }

    /// Types `text` and Enter, as a writer would.
    fn answer(&self, text: &str) {
        if !text.is_empty() {
            self.keys(&["-l", text]);
        }
        self.keys(&["Enter"]);
    }

    /// Presses keys: `Enter`, `C-d`, or `-l` and text typed as it is.
    fn keys(&self, keys: &[&str]) {
        self.command()
            .args(["send-keys", "-t", "new"])
            .args(keys)
            .status()
            .expect("tmux send-keys");
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.command().arg("kill-server").status();
    }
}

#[test]
fn an_arabic_writer_answers_new_in_a_terminal() {
    let s = Scratch::new();
    let Some(tmux) = Tmux::new_report(&s, "PARALLEL_REVIEW_LANG=ar", "") else {
        return;
    };
    tmux.wait_for("لغة التقرير");
    tmux.answer("");
    // The stakeholder kinds are listed, in Arabic; the answer is a name from the list.
    tmux.wait_for("٥. نقابة عمالية (trade-union)");
    tmux.answer("نقابة عمالية");
    tmux.wait_for("البلد");
    tmux.answer("أتلانتس");
    // A wrong answer says why and asks again.
    tmux.wait_for("ليس رمز بلد");
    tmux.answer("الاردن");
    tmux.wait_for("اسم جهتكم");
    tmux.answer("اتحاد النقابات");
    tmux.wait_for("الأهداف التي يتناولها التقرير");
    tmux.answer("٦،٢٢");
    tmux.wait_for("عنوان البريد الإلكتروني");
    tmux.answer("");
    tmux.wait_for("EXIT=0");
    let text = s.read("r.md");
    for line in [
        "organization: \"اتحاد النقابات\"",
        "stakeholder: trade-union",
        "country: JO",
        "language: ar",
        "objectives: [6, 22]",
        "# contact:",
    ] {
        assert!(text.contains(&format!("\n{line}")), "{line}:\n{text}");
    }
}

#[test]
fn a_writer_who_stops_is_shown_how_to_go_on() {
    let s = Scratch::new();
    let Some(tmux) = Tmux::new_report(&s, "", "--lang fr --country MA") else {
        return;
    };
    tmux.wait_for("Type d'acteur");
    tmux.answer("syndicat");
    tmux.wait_for("Nom de votre organisation");
    tmux.answer("L'Union");
    tmux.wait_for("Objectifs traités");
    tmux.keys(&["C-d"]);
    tmux.wait_for("EXIT=2");
    let screen = tmux.screen();
    assert!(
        screen.contains(
            "new r.md --lang fr --country MA --stakeholder trade-union --organization 'L'\\''Union'"
        ),
        "{screen}"
    );
    assert!(!s.path("r.md").exists());
}

#[test]
fn the_report_language_follows_the_environment_then_the_locale() {
    let s = Scratch::new();
    let new = |name: &str, env: &[(&str, &str)]| {
        let mut command = s.command(&["new", name]);
        command.args(TRADE_UNION).env_remove("LC_ALL");
        for (key, value) in env {
            command.env(key, value);
        }
        let out = command.output().expect("run");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        (
            s.read(name),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (text, said) = new("locale.md", &[("LANG", "ar_JO.UTF-8")]);
    assert!(text.contains("\nlanguage: ar\n"), "{text}");
    assert!(said.contains("كُتب الملف"), "{said}");
    let (text, _) = new(
        "variable.md",
        &[("LANG", "ar_JO.UTF-8"), ("PARALLEL_REVIEW_LANG", "fr")],
    );
    assert!(text.contains("\nlanguage: fr\n"), "{text}");
}
