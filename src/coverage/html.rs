//! The coverage page: gap list, heat map of objectives × reports (three orders, switched
//! without script), round tables, principles, voices and per-report status.

use std::path::Path;

use serde::Serialize;
use tera::{Context, Tera};

use super::Coverage;
use super::output::{cell_class, status_label};
use crate::guidance::Guidance;
use crate::messages::Msg;

#[derive(Serialize)]
struct ObjectiveView {
    label: String,
    title: String,
    official: bool,
    written: usize,
    written_label: String,
}

#[derive(Serialize)]
struct RowView {
    href: Option<String>,
    title: String,
    organization: String,
    stakeholder: String,
    countries: String,
    status: &'static str,
    status_label: String,
    /// Why it is not complete or not counted.
    why: String,
    written: String,
    cells: Vec<&'static str>,
    order_file: usize,
    order_stakeholder: usize,
    order_country: usize,
}

#[derive(Serialize)]
struct Count {
    name: String,
    count: String,
}

/// Where the page links each report to.
pub enum Links<'a> {
    /// To each report's file, relative to the page's folder when it is known.
    Files(Option<&'a Path>),
    /// To the pages given by report path; a report not given has no link.
    Pages(&'a std::collections::HashMap<String, String>),
}

/// Renders the page.
pub fn page(
    c: &Coverage,
    guidance: &Guidance,
    tera: &Tera,
    links: Links,
) -> Result<String, String> {
    let lang = c.language;
    let t = |id: &'static str| Msg::new(id).plain(lang);
    let stakeholder_name = |id: &str| guidance.stakeholder_name(id, lang);
    let country_name = |code: &str| crate::country::display_name(code, lang);

    let objectives: Vec<ObjectiveView> = c
        .objectives
        .iter()
        .map(|o| ObjectiveView {
            label: lang.number(o.number),
            title: o.title.clone(),
            official: o.official,
            written: o.written,
            written_label: lang.number(o.written),
        })
        .collect();
    let gaps: Vec<&ObjectiveView> = c
        .objectives
        .iter()
        .zip(&objectives)
        .filter(|(o, _)| o.written == 0)
        .map(|(_, v)| v)
        .collect();

    let rank = |key: &dyn Fn(&super::ReportSummary) -> String| -> Vec<usize> {
        let mut indices: Vec<usize> = (0..c.reports.len()).collect();
        indices.sort_by_key(|&i| (key(&c.reports[i]), i));
        let mut ranks = vec![0; c.reports.len()];
        for (rank, i) in indices.into_iter().enumerate() {
            ranks[i] = rank;
        }
        ranks
    };
    let by_kind = rank(&|r| stakeholder_name(&r.stakeholder));
    let by_country = rank(&|r| {
        r.countries
            .first()
            .map(|c| country_name(c))
            .unwrap_or_default()
    });
    let rows: Vec<RowView> = c
        .reports
        .iter()
        .enumerate()
        .map(|(i, r)| RowView {
            href: match &links {
                Links::Files(out_dir) => Some(link(&r.path, *out_dir)),
                Links::Pages(pages) => pages.get(&r.path).cloned(),
            },
            title: if r.title.is_empty() {
                r.path.clone()
            } else {
                r.title.clone()
            },
            organization: r.organization.clone(),
            stakeholder: stakeholder_name(&r.stakeholder),
            countries: r
                .countries
                .iter()
                .map(|c| country_name(c))
                .collect::<Vec<_>>()
                .join(&t("list-separator")),
            status: r.status.as_str(),
            status_label: status_label(r.status, lang),
            why: super::output::why(r, lang),
            written: r
                .objectives_written
                .iter()
                .map(|n| lang.number(n))
                .collect::<Vec<_>>()
                .join(&t("list-separator")),
            cells: c
                .objectives
                .iter()
                .map(|o| cell_class(r.cell(o.number)))
                .collect(),
            order_file: i,
            order_stakeholder: by_kind[i],
            order_country: by_country[i],
        })
        .collect();
    let count_list = |map: &std::collections::BTreeMap<String, usize>,
                      name: &dyn Fn(&str) -> String|
     -> Vec<Count> {
        map.iter()
            .filter(|(_, n)| **n > 0)
            .map(|(k, n)| Count {
                name: name(k),
                count: lang.number(n),
            })
            .collect()
    };
    let round_tables: Vec<String> = c
        .round_tables
        .iter()
        .map(|rt| rt.line().plain(lang))
        .collect();
    let principles: Vec<serde_json::Value> = c
        .principles
        .iter()
        .map(|p| serde_json::json!({ "letter": p.letter, "title": p.title, "reports": lang.number(p.reports) }))
        .collect();
    let totals = &c.totals;

    let mut context = Context::new();
    context.insert("version", env!("CARGO_PKG_VERSION"));
    context.insert("lang", lang.code());
    context.insert("dir", lang.dir());
    context.insert("fonts", crate::render::fonts(lang));
    context.insert("counter_style", "decimal");
    context.insert("paragraph_number", crate::render::paragraph_number(lang));
    context.insert("guidance", &crate::render::guidance_texts(guidance, lang));
    context.insert("headline", &totals.headline().plain(lang));
    context.insert("unofficial", &gaps.iter().any(|o| !o.official));
    context.insert("gaps", &gaps);
    context.insert("objectives", &objectives);
    context.insert("rows", &rows);
    context.insert("round_tables", &round_tables);
    context.insert("principles", &principles);
    context.insert(
        "voices",
        &count_list(&c.by_stakeholder, &|k| stakeholder_name(k)),
    );
    context.insert(
        "missing_voices",
        &c.missing_voices()
            .into_iter()
            .map(stakeholder_name)
            .collect::<Vec<_>>(),
    );
    context.insert(
        "countries",
        &count_list(&c.by_country, &|k| country_name(k)),
    );
    context.insert(
        "languages",
        &count_list(&c.by_language, &|k| super::output::language_label(k, lang)),
    );
    context.insert(
        "not_counted",
        &c.not_counted
            .iter()
            .map(|v| v.line().plain(lang))
            .collect::<Vec<_>>(),
    );
    tera.render("coverage/page.html", &context)
        .map_err(|e| crate::templates::describe(&e))
}

/// A link from the page to a report: relative to the page's folder when both are known.
fn link(path: &str, out_dir: Option<&Path>) -> String {
    let target = Path::new(path);
    let relative = out_dir
        .and_then(|dir| {
            let dir = dir.canonicalize().ok()?;
            let target = target.canonicalize().ok()?;
            relative_path(&dir, &target)
        })
        .unwrap_or_else(|| path.to_string());
    crate::links::percent_encode(&relative)
}

fn relative_path(from: &Path, to: &Path) -> Option<String> {
    let from: Vec<_> = from.components().collect();
    let to: Vec<_> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> =
        std::iter::repeat_n("..".to_string(), from.len() - common).collect();
    parts.extend(
        to[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    Some(parts.join("/"))
}
