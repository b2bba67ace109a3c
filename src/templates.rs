//! The Tera templates the tool renders with: built into the binary, each replaceable by a
//! file of the same name in a user's `--templates` folder.

use std::path::Path;

use anyhow::{Context, Result, bail};
use tera::Tera;

/// Built-in templates: name, then text. A user's override of `new/report.md` lives at
/// `DIR/new/report.md.tera`.
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "new/report.md",
        include_str!("../templates/new/report.md.tera"),
    ),
    (
        "render/style.css",
        include_str!("../templates/render/style.css.tera"),
    ),
    (
        "render/report.html",
        include_str!("../templates/render/report.html.tera"),
    ),
    (
        "render/index.html",
        include_str!("../templates/render/index.html.tera"),
    ),
    (
        "coverage/page.html",
        include_str!("../templates/coverage/page.html.tera"),
    ),
];

/// Suffix of template files on disk.
pub const SUFFIX: &str = ".tera";

/// Loads the built-in templates, replacing each one that `dir` holds a file for.
pub fn load(dir: Option<&Path>) -> Result<Tera> {
    let mut tera = Tera::default();
    // Markdown and YAML must never be HTML-escaped; HTML templates opt in by name.
    tera.autoescape_on(vec![".html"]);
    let mut overridden = 0;
    let mut sources = Vec::new();
    for (name, builtin) in BUILTIN {
        let text = match dir {
            Some(dir) => {
                let path = dir.join(format!("{name}{SUFFIX}"));
                if path.is_file() {
                    overridden += 1;
                    std::fs::read_to_string(&path)
                        .with_context(|| format!("cannot read template `{}`", path.display()))?
                } else {
                    (*builtin).to_string()
                }
            }
            None => (*builtin).to_string(),
        };
        sources.push((*name, text));
    }
    // Added together so that templates may include one another in any order.
    tera.add_raw_templates(sources)
        .map_err(|e| anyhow::anyhow!(describe(&e)))
        .context("a template does not parse")?;
    if let Some(dir) = dir {
        if !dir.is_dir() {
            bail!(
                "the templates folder `{}` does not exist; `parallel-review templates export {}` creates it",
                dir.display(),
                dir.display()
            );
        }
        if overridden == 0 {
            bail!(
                "the templates folder `{}` holds none of the templates ({}); `parallel-review templates export DIR` writes them out to edit",
                dir.display(),
                names()
            );
        }
    }
    Ok(tera)
}

/// The names of the built-in templates, as files.
pub fn names() -> String {
    BUILTIN
        .iter()
        .map(|(name, _)| format!("{name}{SUFFIX}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A Tera error with its causes on one line: Tera hides the useful part in `source()`.
pub fn describe(error: &tera::Error) -> String {
    let mut text = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// Writes every built-in template under `dir`, refusing to replace files already there.
pub fn export(dir: &Path, force: bool) -> Result<Vec<std::path::PathBuf>> {
    let mut written = Vec::new();
    for (name, text) in BUILTIN {
        let path = dir.join(format!("{name}{SUFFIX}"));
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create folder `{}`", parent.display()))?;
        }
        let overwrite = if force {
            crate::fsutil::Overwrite::Allow
        } else {
            crate::fsutil::Overwrite::Never
        };
        crate::fsutil::write_atomic(&path, text.as_bytes(), overwrite)?;
        written.push(path);
    }
    Ok(written)
}
