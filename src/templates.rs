//! The Tera templates the tool renders with: built into the binary, each replaceable by a
//! file of the same name in a user's `--templates` folder.

use std::path::Path;

use anyhow::Result;
use std::collections::{HashMap, HashSet};

use tera::Tera;
use tera::ast::Node;

use crate::fail;

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
    (
        "publish/layout.html",
        include_str!("../templates/publish/layout.html.tera"),
    ),
    (
        "publish/home.html",
        include_str!("../templates/publish/home.html.tera"),
    ),
    (
        "publish/find.html",
        include_str!("../templates/publish/find.html.tera"),
    ),
    (
        "publish/objectives.html",
        include_str!("../templates/publish/objectives.html.tera"),
    ),
    (
        "publish/objective.html",
        include_str!("../templates/publish/objective.html.tera"),
    ),
    (
        "publish/countries.html",
        include_str!("../templates/publish/countries.html.tera"),
    ),
    (
        "publish/country.html",
        include_str!("../templates/publish/country.html.tera"),
    ),
];

/// Suffix of template files on disk.
pub const SUFFIX: &str = ".tera";

/// Loads the built-in templates, replacing each one that `dir` holds a file for.
pub fn load(dir: Option<&Path>) -> Result<Tera> {
    if let Some(dir) = dir {
        if !dir.is_dir() {
            return Err(fail!(
                "templates-folder-missing",
                path = dir.display().to_string()
            ));
        }
        if !BUILTIN
            .iter()
            .any(|(name, _)| dir.join(format!("{name}{SUFFIX}")).is_file())
        {
            return Err(fail!(
                "templates-folder-empty",
                path = dir.display().to_string(),
                names = names()
            ));
        }
    }
    let mut tera = Tera::default();
    // Markdown and YAML must never be HTML-escaped; HTML templates opt in by name.
    tera.autoescape_on(vec![".html"]);
    let mut sources = Vec::new();
    for (name, builtin) in BUILTIN {
        let path = dir
            .map(|dir| dir.join(format!("{name}{SUFFIX}")))
            .filter(|p| p.is_file());
        let text = match path {
            Some(path) => read_template(&path)?,
            None => (*builtin).to_string(),
        };
        sources.push((*name, text));
    }
    // Added together so that templates may include one another in any order.
    tera.add_raw_templates(sources).map_err(|e| {
        fail!(
            "template-error",
            name = template_name(&e),
            reason = describe(&e)
        )
    })?;
    refuse_include_cycles(&tera)?;
    tera.register_function("t", translate);
    Ok(tera)
}

/// `t(key="render-date", lang=lang)`: a label from the message catalogue in the page's
/// language, so that templates, not Rust, say which labels a page shows.
fn translate(args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let text = |name: &str| args.get(name).and_then(tera::Value::as_str);
    let key = text("key").ok_or("t() needs key=\"…\", a message id of the catalogue")?;
    let lang = text("lang")
        .and_then(crate::lang::Lang::from_code)
        .ok_or("t() needs lang=lang, the page's language")?;
    crate::messages::label(lang, key)
        .map(tera::Value::String)
        .ok_or_else(|| format!("t(): no message `{key}` in the catalogue").into())
}

/// Refuses templates that include themselves, directly or through others: Tera would
/// recurse until the stack overflows and the process aborts.
fn refuse_include_cycles(tera: &Tera) -> Result<()> {
    fn includes(nodes: &[Node], out: &mut Vec<String>) {
        for node in nodes {
            match node {
                Node::Include(_, names, _) => out.extend(names.iter().cloned()),
                Node::Block(_, block, _) => includes(&block.body, out),
                Node::Forloop(_, forloop, _) => {
                    includes(&forloop.body, out);
                    includes(forloop.empty_body.as_deref().unwrap_or_default(), out);
                }
                Node::If(branches, _) => {
                    for (_, _, body) in &branches.conditions {
                        includes(body, out);
                    }
                    if let Some((_, body)) = &branches.otherwise {
                        includes(body, out);
                    }
                }
                Node::FilterSection(_, section, _) => includes(&section.body, out),
                Node::MacroDefinition(_, definition, _) => includes(&definition.body, out),
                _ => {}
            }
        }
    }
    let graph: HashMap<&str, Vec<String>> = tera
        .get_template_names()
        .filter_map(|name| {
            let template = tera.get_template(name).ok()?;
            let mut out = Vec::new();
            includes(&template.ast, &mut out);
            Some((name, out))
        })
        .collect();
    // Depth-first search from every template, with the path so far.
    fn visit<'a>(
        graph: &'a HashMap<&str, Vec<String>>,
        name: &'a str,
        path: &mut Vec<&'a str>,
        done: &mut HashSet<&'a str>,
    ) -> Option<Vec<&'a str>> {
        if let Some(start) = path.iter().position(|n| *n == name) {
            let mut cycle = path[start..].to_vec();
            cycle.push(name);
            return Some(cycle);
        }
        if !done.insert(name) {
            return None;
        }
        path.push(name);
        for next in graph.get(name).into_iter().flatten() {
            if let Some(cycle) = visit(graph, next, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        None
    }
    let mut done = HashSet::new();
    let mut names: Vec<&str> = graph.keys().copied().collect();
    names.sort_unstable();
    for name in names {
        if let Some(cycle) = visit(&graph, name, &mut Vec::new(), &mut done) {
            return Err(fail!(
                "template-include-cycle",
                name = cycle[0],
                cycle = cycle.join(" → ")
            ));
        }
    }
    Ok(())
}

/// A template file is text of at most this many bytes.
const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

fn read_template(path: &Path) -> Result<String> {
    let bytes = crate::fsutil::read_capped(path, MAX_TEMPLATE_BYTES)
        .map_err(|e| e.failure(path, MAX_TEMPLATE_BYTES))?;
    String::from_utf8(bytes).map_err(|_| {
        fail!(
            "read-failed",
            path = path.display().to_string(),
            reason = "not UTF-8 text"
        )
    })
}

/// The template an error is about, when Tera says.
fn template_name(error: &tera::Error) -> String {
    let text = error.to_string();
    text.split('\'').nth(1).unwrap_or("?").to_string()
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
            crate::fsutil::create_dir_all(parent)?;
        }
        let overwrite = crate::fsutil::Overwrite::forced(force);
        crate::fsutil::write_atomic(&path, text.as_bytes(), overwrite)?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_that_includes_itself_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let render = dir.path().join("render");
        std::fs::create_dir_all(&render).unwrap();
        std::fs::write(
            render.join("style.css.tera"),
            "{% if true %}{% include \"render/report.html\" %}{% endif %}",
        )
        .unwrap();
        let err = load(Some(dir.path())).unwrap_err().to_string();
        assert!(
            err.contains("render/style.css → render/report.html → render/style.css"),
            "{err}"
        );
        assert!(load(None).is_ok());
    }
}
