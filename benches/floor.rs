//! The floor `check` is measured against: walk a folder, read each `*.md` file and consume
//! every pulldown-cmark event with the options the report model uses, on as many threads
//! as there are cores, as `check` runs. Nothing a program that reads the reports could
//! skip; its CPU time pays what `check`'s does for sharing the cores. Run by
//! `scripts/bench.sh`: `cargo bench --bench floor -- DIR`.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

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
    let paths: Vec<PathBuf> = walkdir::WalkDir::new(&dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|entry| entry.path().extension().is_some_and(|e| e == "md"))
        .map(walkdir::DirEntry::into_path)
        .collect();
    let (next, files, events) = (
        AtomicUsize::new(0),
        AtomicUsize::new(0),
        AtomicUsize::new(0),
    );
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..cores {
            scope.spawn(|| {
                while let Some(path) = paths.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let Ok(bytes) = std::fs::read(path) else {
                        continue;
                    };
                    let Ok(text) = String::from_utf8(bytes) else {
                        continue;
                    };
                    files.fetch_add(1, Ordering::Relaxed);
                    let count = Parser::new_ext(&text, options).into_offset_iter().count();
                    events.fetch_add(count, Ordering::Relaxed);
                }
            });
        }
    });
    println!(
        "{} files, {} events",
        files.into_inner(),
        events.into_inner()
    );
}
