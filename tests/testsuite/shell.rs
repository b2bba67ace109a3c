//! `completions` and `man`.

use crate::support::Scratch;

#[test]
fn bash_completes_commands_and_options() {
    let s = Scratch::new();
    let script = s.run(&["completions", "bash"]).expect_code(0).stdout();
    s.write("complete.bash", &script);
    // Loads the script as bash would and asks it, as a tab press would.
    let ask = |words: &str| {
        let probe = format!(
            "source complete.bash; COMP_WORDS=({words}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); \
             _parallel__review parallel-review \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; \
             printf '%s\\n' \"${{COMPREPLY[@]}}\""
        );
        let out = std::process::Command::new("bash")
            .args(["-c", &probe])
            .current_dir(s.path(""))
            .output()
            .expect("bash runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let commands = ask("parallel-review re");
    assert!(commands.lines().any(|l| l == "render"), "{commands}");
    let options = ask("parallel-review new --sta");
    assert!(options.lines().any(|l| l == "--stakeholder"), "{options}");
    for (shell, option) in [
        ("zsh", "'--stakeholder=["),
        ("fish", "-l stakeholder"),
        ("powershell", "new('--stakeholder'"),
    ] {
        let script = s.run(&["completions", shell]).expect_code(0).stdout();
        assert!(script.contains(option), "{shell}: {script}");
    }
}

#[test]
fn manual_pages_for_every_command() {
    let s = Scratch::new();
    let page = s.run(&["man"]).expect_code(0).stdout();
    assert!(
        page.starts_with(".ie \\n(.g .ds Aq") || page.contains(".TH parallel-review 1"),
        "{page}"
    );
    s.run(&["man", "--out-dir", "pages"]).expect_code(0);
    let new = s.read("pages/parallel-review-new.1");
    assert!(new.contains(".TH parallel-review-new 1"), "{new}");
    assert!(new.contains("stakeholder"), "{new}");
    assert!(s.path("pages/parallel-review-render.1").is_file());
}
