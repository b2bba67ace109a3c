//! The coverage model written as a terminal table, CSV (tidy or wide), JSON and Markdown.
//! The HTML page is a template (`templates/coverage/page.html.tera`).

use std::fmt::Write as _;

use super::{Cell, Coverage, Status};
use crate::lang::Lang;
use crate::messages::Msg;
use crate::msg;

/// Width of the terminal table.
pub const TABLE_WIDTH: usize = 80;

fn t(id: &'static str, lang: Lang) -> String {
    Msg::new(id).text(lang)
}

/// The status of a report, as a word in a language.
pub fn status_label(status: Status, lang: Lang) -> String {
    match status {
        Status::Complete => t("cov-status-complete", lang),
        Status::Incomplete => t("cov-status-incomplete", lang),
        Status::Unreadable => t("cov-status-unreadable", lang),
    }
}

/// Cuts `text` to `width` characters, with an ellipsis when cut.
/// A cell of the terminal table: control characters of a report's text or file name made
/// visible, cut to `width`.
fn fit(text: &str, width: usize) -> String {
    let text = crate::diagnostic::visible(text);
    if text.chars().count() <= width {
        return text.into_owned();
    }
    let mut out: String = text.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

fn counts(map: &std::collections::BTreeMap<String, usize>, lang: Lang) -> String {
    map.iter()
        .filter(|(_, n)| **n > 0)
        .map(|(k, n)| {
            let k = crate::diagnostic::visible(k);
            format!("{} {}", if k.is_empty() { "?" } else { &k }, lang.number(n))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A compact view for an 80-column terminal, gaps first.
pub fn table(c: &Coverage) -> String {
    let lang = c.language;
    let n = |v: usize| lang.number(v);
    let mut out = String::new();
    let totals = &c.totals;
    let _ = writeln!(out, "{}\n", totals.headline().text(lang));
    if c.gaps.is_empty() {
        let _ = writeln!(out, "{}\n", t("cov-no-gaps", lang));
    } else {
        let _ = writeln!(
            out,
            "{}",
            msg!("cov-gaps", count = c.gaps.len(), total = c.objectives.len()).text(lang)
        );
        for o in c.objectives.iter().filter(|o| o.written == 0) {
            let _ = writeln!(
                out,
                "  {:>3}  {}",
                n(o.number as usize),
                fit(&o.title, TABLE_WIDTH - 7)
            );
        }
        out.push('\n');
    }
    let (written, declared) = (t("cov-written", lang), t("cov-declared-only", lang));
    let _ = writeln!(
        out,
        "{:<54} {:>9} {:>14}",
        t("cov-objectives", lang),
        fit(&written, 9),
        fit(&declared, 14)
    );
    for o in &c.objectives {
        let _ = writeln!(
            out,
            "  {:>3}  {:<47} {:>9} {:>14}",
            n(o.number as usize),
            fit(&o.short, 47),
            n(o.written),
            n(o.declared_only)
        );
    }
    out.push('\n');
    let _ = writeln!(out, "{}", t("cov-round-tables", lang));
    for rt in &c.round_tables {
        let _ = writeln!(out, "  {}", rt.line().text(lang));
    }
    out.push('\n');
    let _ = writeln!(out, "{}", t("cov-principles", lang));
    for p in &c.principles {
        let _ = writeln!(
            out,
            "  ({}) {:<60} {:>6}",
            p.letter,
            fit(&p.title, 60),
            n(p.reports)
        );
    }
    out.push('\n');
    // "Label: value" lines, wrapped to the table's width.
    let mut labelled = |indent: &str, id: &'static str, value: String| {
        let _ = writeln!(
            out,
            "{}",
            wrap(
                &format!("{indent}{}{} {value}", t(id, lang), lang.colon()),
                TABLE_WIDTH,
            )
        );
    };
    labelled("", "cov-voices", counts(&c.by_stakeholder, lang));
    let missing = c.missing_voices();
    if !missing.is_empty() {
        labelled("  ", "cov-no-report-from", missing.join(", "));
    }
    labelled("", "cov-countries", counts(&c.by_country, lang));
    labelled("", "cov-languages", counts(&c.by_language, lang));
    if !c.not_counted.is_empty() {
        labelled("", "cov-not-counted", not_counted(c));
    }
    out.push('\n');
    let _ = writeln!(out, "{}", t("cov-reports", lang));
    let _ = writeln!(
        out,
        "  {:<11} {:>5} {:>5}  {:<18} {}",
        fit(&t("cov-status", lang), 11),
        fit(&t("cov-col-errors", lang), 5),
        fit(&t("cov-col-warnings", lang), 5),
        fit(&t("cov-written", lang), 18),
        t("cov-col-file", lang)
    );
    for r in &c.reports {
        let written = r
            .objectives_written
            .iter()
            .map(|n| lang.number(n))
            .collect::<Vec<_>>()
            .join(",");
        let _ = writeln!(
            out,
            "  {:<11} {:>5} {:>5}  {:<18} {}",
            fit(&status_label(r.status, lang), 11),
            n(r.errors),
            n(r.warnings),
            fit(&written, 18),
            fit(&r.path, TABLE_WIDTH - 46)
        );
        let who = [
            r.organization.clone(),
            r.stakeholder.clone(),
            r.countries.join(" "),
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
        for line in [who, why(r, lang)].iter().filter(|l| !l.is_empty()) {
            for part in wrap(line, TABLE_WIDTH - 6).lines() {
                let _ = writeln!(out, "      {part}");
            }
        }
    }
    out
}

/// Why a report is not complete, or not counted: the reason it could not be read, the
/// report it copies, or the rules it fails under `check --final`.
pub fn why(r: &super::ReportSummary, lang: Lang) -> String {
    if let Some(reason) = &r.reason {
        return reason.clone();
    }
    if let Some(original) = &r.copy_of {
        return msg!("cov-copy-of", path = original.as_str()).plain(lang);
    }
    if r.failing.is_empty() {
        return String::new();
    }
    msg!("cov-failing", rules = r.failing.join(", ")).plain(lang)
}

/// The values kept apart from the counts, on one line.
fn not_counted(c: &Coverage) -> String {
    c.not_counted
        .iter()
        .map(|v| v.line().plain(c.language))
        .collect::<Vec<_>>()
        .join(&Msg::new("list-separator").plain(c.language))
}

/// Wraps a line at spaces to fit `width`, continuing indented.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            out.push_str(line.trim_end());
            out.push('\n');
            line = "    ".to_string();
        }
        if !line.is_empty() && !line.ends_with(' ') {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push_str(&line);
    out
}

/// One CSV field, quoted when it needs to be. A leading `=`, `+`, `-` or `@` is prefixed
/// with `'` so that a spreadsheet does not run a report's title as a formula.
fn field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

fn row(fields: &[String]) -> String {
    fields
        .iter()
        .map(|f| field(f))
        .collect::<Vec<_>>()
        .join(",")
        + "\r\n"
}

/// The columns that say which report a CSV row is about.
const REPORT_COLUMNS: [&str; 8] = [
    "path",
    "title",
    "organization",
    "stakeholder",
    "countries",
    "language",
    "date",
    "status",
];

/// The values of [`REPORT_COLUMNS`] for a report.
fn report_fields(r: &super::ReportSummary) -> Vec<String> {
    vec![
        r.path.clone(),
        r.title.clone(),
        r.organization.clone(),
        r.stakeholder.clone(),
        r.countries.join(";"),
        r.language.clone(),
        r.date.clone(),
        r.status.as_str().into(),
    ]
}

/// Tidy CSV: one row per report and objective.
pub fn csv_tidy(c: &Coverage) -> String {
    let mut header: Vec<String> = REPORT_COLUMNS.map(String::from).to_vec();
    header.extend(["objective", "round_table", "cell"].map(String::from));
    let mut out = row(&header);
    for r in &c.reports {
        let report = report_fields(r);
        for o in &c.objectives {
            let mut fields = report.clone();
            fields.extend([
                o.number.to_string(),
                o.round_table.to_string(),
                r.cell(o.number).as_str().into(),
            ]);
            out.push_str(&row(&fields));
        }
    }
    out
}

/// Wide CSV: one row per report, a column per objective.
pub fn csv_wide(c: &Coverage) -> String {
    let mut header: Vec<String> = REPORT_COLUMNS.map(String::from).to_vec();
    header.extend(["errors", "warnings", "words"].map(String::from));
    header.extend(
        c.objectives
            .iter()
            .map(|o| format!("objective_{}", o.number)),
    );
    let mut out = row(&header);
    for r in &c.reports {
        let mut fields = report_fields(r);
        fields.extend([
            r.errors.to_string(),
            r.warnings.to_string(),
            r.words.to_string(),
        ]);
        fields.extend(
            c.objectives
                .iter()
                .map(|o| r.cell(o.number).as_str().to_string()),
        );
        out.push_str(&row(&fields));
    }
    out
}

/// Text safe inside a Markdown table cell.
fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '|' | '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => crate::diagnostic::push_visible(&mut out, c),
        }
    }
    out
}

/// A Markdown table row from cells already made safe with [`cell`].
fn md_row(cells: &[String]) -> String {
    format!("| {} |\n", cells.join(" | "))
}

/// A Markdown summary for a synthesis report.
pub fn markdown(c: &Coverage, guidance: &crate::guidance::Guidance) -> String {
    let lang = c.language;
    let n = |v: usize| lang.number(v);
    let t = |id: &'static str| t(id, lang);
    let list = |items: Vec<String>| items.join(&Msg::new("list-separator").plain(lang));
    let kind = |id: &str| guidance.stakeholder_name(id, lang);
    let country = |code: &str| crate::country::display_name(code, lang);
    let language = |code: &str| language_label(code, lang);
    let named = |map: &std::collections::BTreeMap<String, usize>, name: &dyn Fn(&str) -> String| {
        list(
            map.iter()
                .filter(|(_, count)| **count > 0)
                .map(|(k, count)| format!("{} {}", name(k), n(*count)))
                .collect(),
        )
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n\n{}\n",
        t("cov-title"),
        c.totals.headline().text(lang)
    );
    let _ = writeln!(out, "## {}\n", t("cov-gaps-heading"));
    if c.gaps.is_empty() {
        let _ = writeln!(out, "{}", t("cov-no-gaps"));
    }
    for o in c.objectives.iter().filter(|o| o.written == 0) {
        let _ = writeln!(
            out,
            "- {} {}{} {}",
            t("cov-objective"),
            n(o.number as usize),
            lang.colon(),
            cell(&o.title)
        );
    }
    let _ = writeln!(out, "\n## {}\n", t("cov-objectives"));
    out.push_str(&md_row(&[
        "#".into(),
        t("cov-objective"),
        t("cov-written"),
        t("cov-declared-only"),
        t("cov-by-stakeholder"),
    ]));
    out.push_str("|---:|---|---:|---:|---|\n");
    for o in &c.objectives {
        out.push_str(&md_row(&[
            n(o.number as usize),
            cell(&o.short),
            n(o.written),
            n(o.declared_only),
            cell(&named(&o.by_stakeholder, &kind)),
        ]));
    }
    let _ = writeln!(out, "\n## {}\n", t("cov-round-tables"));
    for rt in &c.round_tables {
        let (covered, missed): (Vec<u32>, Vec<u32>) = rt.objectives.iter().partition(|number| {
            c.objectives
                .iter()
                .any(|o| o.number == **number && o.written > 0)
        });
        let numbers = |v: Vec<u32>| list(v.into_iter().map(|x| n(x as usize)).collect());
        let mut line = rt.line().text(lang);
        if !covered.is_empty() {
            line.push_str(&format!(
                "; {}",
                msg!("cov-rt-covered", objectives = numbers(covered)).text(lang)
            ));
        }
        if !missed.is_empty() {
            line.push_str(&format!(
                "; {}",
                msg!("cov-rt-missed", objectives = numbers(missed)).text(lang)
            ));
        }
        let _ = writeln!(out, "- {line}");
    }
    let _ = writeln!(out, "\n## {}\n", t("cov-principles"));
    for p in &c.principles {
        let _ = writeln!(
            out,
            "- ({}) {}{} {}",
            p.letter,
            cell(&p.title),
            lang.colon(),
            n(p.reports)
        );
    }
    let _ = writeln!(out, "\n## {}\n", t("cov-voices"));
    let _ = writeln!(out, "- {}", cell(&named(&c.by_stakeholder, &kind)));
    let missing = c.missing_voices();
    let lines = [
        (
            "cov-no-report-from",
            list(missing.iter().map(|k| kind(k)).collect()),
        ),
        ("cov-countries", named(&c.by_country, &country)),
        ("cov-languages", named(&c.by_language, &language)),
        ("cov-not-counted", not_counted(c)),
    ];
    for (label, value) in lines.iter().filter(|(_, v)| !v.is_empty()) {
        let _ = writeln!(out, "- {}{} {}", t(label), lang.colon(), cell(value));
    }
    let _ = writeln!(out, "\n## {}\n", t("cov-reports"));
    out.push_str(&md_row(&[
        t("render-report"),
        t("render-organization"),
        t("render-stakeholder"),
        t("render-country"),
        t("cov-status"),
        t("cov-written"),
    ]));
    out.push_str("|---|---|---|---|---|---|\n");
    for r in &c.reports {
        let title = if r.title.is_empty() {
            &r.path
        } else {
            &r.title
        };
        let written = list(
            r.objectives_written
                .iter()
                .map(|x| n(*x as usize))
                .collect(),
        );
        let mut status = status_label(r.status, lang);
        let why = why(r, lang);
        if !why.is_empty() {
            status = format!("{status}{} {why}", lang.colon());
        }
        out.push_str(&md_row(&[
            cell(title),
            cell(&r.organization),
            cell(&kind(&r.stakeholder)),
            cell(&list(r.countries.iter().map(|c| country(c)).collect())),
            cell(&status),
            written,
        ]));
    }
    out
}

/// A report's language code as the language's name in `lang`; a code that names no
/// language of the guidance is shown as written.
pub fn language_label(code: &str, lang: Lang) -> String {
    let id = |language| match language {
        Lang::Ar => "language-ar",
        Lang::En => "language-en",
        Lang::Fr => "language-fr",
    };
    Lang::ALL
        .into_iter()
        .find(|l| l.code() == code)
        .map_or_else(|| code.to_string(), |l| Msg::new(id(l)).plain(lang))
}

/// Whether a cell is written, for the HTML heat map.
pub fn cell_class(cell: Cell) -> &'static str {
    match cell {
        Cell::Written => "w",
        Cell::DeclaredOnly => "d",
        Cell::Absent => "a",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("plain"), "plain");
    }

    #[test]
    fn markdown_cells_cannot_break_the_table() {
        assert_eq!(cell("a | b\n<script>"), "a \\| b \\<script\\>");
    }
}
