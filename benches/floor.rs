//! The floor `check` is measured against: walk a folder, read each `*.md` file and consume
//! every pulldown-cmark event with the options the report model uses, on one thread.
//! Nothing a program that reads the reports could skip. Run by `scripts/bench.sh`:
//! `cargo bench --bench floor -- DIR`.

use std::path::PathBuf;

use pulldown_cmark::{Options, Parser};

fn main() {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: floor DIR");
        std::process::exit(2);
    };
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS;
    let (mut files, mut events) = (0usize, 0usize);
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        let Ok(entry) = entry else { continue };
        if entry.path().extension().is_none_or(|e| e != "md") {
            continue;
        }
        let Ok(bytes) = std::fs::read(entry.path()) else {
            continue;
        };
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        files += 1;
        events += Parser::new_ext(&text, options).into_offset_iter().count();
    }
    println!("{files} files, {events} events");
}
