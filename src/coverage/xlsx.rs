//! The coverage model as an Excel workbook, where network staff sort and filter: the
//! reports, the matrix of objectives × reports, the gaps and the counts; right to left in
//! Arabic.

use rust_xlsxwriter::{Color, Format, FormatAlign, Workbook, Worksheet, XlsxError};

use super::output::{language_label, status_label, why};
use super::{Cell, Coverage};
use crate::guidance::Guidance;
use crate::messages::Msg;

/// The workbook's bytes.
pub fn workbook(c: &Coverage, guidance: &Guidance) -> Result<Vec<u8>, XlsxError> {
    let lang = c.language;
    let t = |id: &'static str| Msg::new(id).plain(lang);
    let kind = |id: &str| guidance.stakeholder_name(id, lang);
    let country = |code: &str| crate::country::display_name(code, lang);
    let separator = Msg::new("list-separator").plain(lang);
    let bold = Format::new().set_bold();
    let header = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xEEF2F6));
    let written = Format::new()
        .set_background_color(Color::RGB(0x0B5394))
        .set_font_color(Color::White)
        .set_align(FormatAlign::Center);
    let declared = Format::new()
        .set_background_color(Color::RGB(0xCFE2F3))
        .set_align(FormatAlign::Center);
    let gap = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xF4CCCC))
        .set_align(FormatAlign::Center);

    let mut book = Workbook::new();
    let new_sheet = |name: &'static str| -> Result<Worksheet, XlsxError> {
        let mut sheet = Worksheet::new();
        sheet.set_name(sheet_name(&t(name)))?;
        sheet.set_right_to_left(lang.is_rtl());
        Ok(sheet)
    };

    // Reports: one row each, with why it is not complete.
    let mut sheet = new_sheet("cov-reports")?;
    let columns = [
        t("render-report"),
        t("render-organization"),
        t("render-stakeholder"),
        t("render-country"),
        t("render-language"),
        t("render-date"),
        t("cov-status"),
        t("cov-why"),
        t("cov-col-errors"),
        t("cov-col-warnings"),
        t("cov-written"),
        t("cov-col-file"),
    ];
    for (col, name) in columns.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, name, &header)?;
    }
    for (i, r) in c.reports.iter().enumerate() {
        let row = i as u32 + 1;
        let title = if r.title.is_empty() {
            &r.path
        } else {
            &r.title
        };
        let language = language_label(&r.language, lang);
        let cells = [
            title.clone(),
            r.organization.clone(),
            kind(&r.stakeholder),
            r.countries
                .iter()
                .map(|c| country(c))
                .collect::<Vec<_>>()
                .join(&separator),
            language,
            r.date.clone(),
            status_label(r.status, lang),
            why(r, lang),
        ];
        for (col, text) in cells.iter().enumerate() {
            sheet.write_string(row, col as u16, text)?;
        }
        sheet.write_number(row, 8, r.errors as f64)?;
        sheet.write_number(row, 9, r.warnings as f64)?;
        let numbers: Vec<String> = r.objectives_written.iter().map(u32::to_string).collect();
        sheet.write_string(row, 10, numbers.join(", "))?;
        sheet.write_string(row, 11, &r.path)?;
    }
    for (col, width) in [40, 30, 22, 18, 10, 12, 12, 40, 6, 6, 18, 30]
        .into_iter()
        .enumerate()
    {
        sheet.set_column_width(col as u16, width)?;
    }
    sheet.set_freeze_panes(1, 1)?;
    sheet.autofilter(0, 0, c.reports.len() as u32, columns.len() as u16 - 1)?;
    book.push_worksheet(sheet);

    // The matrix: a row per report, a column per objective, the total at the foot.
    let mut sheet = new_sheet("cov-matrix")?;
    sheet.write_string_with_format(0, 0, t("render-report"), &header)?;
    sheet.write_string_with_format(0, 1, t("render-organization"), &header)?;
    for (j, o) in c.objectives.iter().enumerate() {
        sheet.write_number_with_format(0, j as u16 + 2, f64::from(o.number), &header)?;
    }
    for (i, r) in c.reports.iter().enumerate() {
        let row = i as u32 + 1;
        let title = if r.title.is_empty() {
            &r.path
        } else {
            &r.title
        };
        sheet.write_string(row, 0, title)?;
        sheet.write_string(row, 1, &r.organization)?;
        for (j, o) in c.objectives.iter().enumerate() {
            let col = j as u16 + 2;
            match r.cell(o.number) {
                Cell::Written => {
                    sheet.write_string_with_format(row, col, "●", &written)?;
                }
                Cell::DeclaredOnly => {
                    sheet.write_string_with_format(row, col, "○", &declared)?;
                }
                Cell::Absent => {}
            }
        }
    }
    let total = c.reports.len() as u32 + 1;
    sheet.write_string_with_format(total, 0, t("cov-total"), &bold)?;
    for (j, o) in c.objectives.iter().enumerate() {
        let format = if o.written == 0 { &gap } else { &bold };
        sheet.write_number_with_format(total, j as u16 + 2, o.written as f64, format)?;
    }
    sheet.set_column_width(0, 40)?;
    sheet.set_column_width(1, 30)?;
    for j in 0..c.objectives.len() {
        sheet.set_column_width(j as u16 + 2, 4)?;
    }
    sheet.set_freeze_panes(1, 2)?;
    book.push_worksheet(sheet);

    // The gaps: objectives no report writes about.
    let mut sheet = new_sheet("cov-gaps-sheet")?;
    sheet.write_string_with_format(0, 0, "#", &header)?;
    sheet.write_string_with_format(0, 1, t("cov-objective"), &header)?;
    sheet.write_string_with_format(0, 2, t("cov-declared-only"), &header)?;
    for (i, o) in c.objectives.iter().filter(|o| o.written == 0).enumerate() {
        let row = i as u32 + 1;
        sheet.write_number(row, 0, f64::from(o.number))?;
        sheet.write_string(row, 1, &o.title)?;
        sheet.write_number(row, 2, o.declared_only as f64)?;
    }
    sheet.set_column_width(1, 80)?;
    book.push_worksheet(sheet);

    // The counts: voices, countries, languages, what was not counted, round tables.
    let mut sheet = new_sheet("cov-counts")?;
    let mut row = 0;
    let mut block =
        |sheet: &mut Worksheet, title: String, rows: Vec<(String, f64)>| -> Result<(), XlsxError> {
            sheet.write_string_with_format(row, 0, title, &header)?;
            sheet.write_string_with_format(row, 1, "", &header)?;
            row += 1;
            for (name, count) in rows {
                sheet.write_string(row, 0, name)?;
                sheet.write_number(row, 1, count)?;
                row += 1;
            }
            row += 1;
            Ok(())
        };
    let counted = |map: &std::collections::BTreeMap<String, usize>,
                   name: &dyn Fn(&str) -> String| {
        map.iter()
            .map(|(k, n)| (name(k), *n as f64))
            .collect::<Vec<_>>()
    };
    block(
        &mut sheet,
        t("cov-voices"),
        counted(&c.by_stakeholder, &kind),
    )?;
    block(
        &mut sheet,
        t("cov-countries"),
        counted(&c.by_country, &country),
    )?;
    block(
        &mut sheet,
        t("cov-languages"),
        counted(&c.by_language, &|code| language_label(code, lang)),
    )?;
    if !c.not_counted.is_empty() {
        block(
            &mut sheet,
            t("cov-not-counted"),
            c.not_counted
                .iter()
                .map(|v| (v.line().plain(lang), v.reports as f64))
                .collect(),
        )?;
    }
    block(
        &mut sheet,
        t("cov-round-tables"),
        c.round_tables
            .iter()
            .map(|rt| (rt.line().plain(lang), rt.reports as f64))
            .collect(),
    )?;
    block(
        &mut sheet,
        t("cov-principles"),
        c.principles
            .iter()
            .map(|p| (format!("({}) {}", p.letter, p.title), p.reports as f64))
            .collect(),
    )?;
    sheet.set_column_width(0, 60)?;
    book.push_worksheet(sheet);

    book.save_to_buffer()
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(text: &str) -> String {
    text.chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(31)
        .collect()
}
