//! A new report skeleton from the guidance note: front matter, the guidance's sections in
//! the report's language, one sub-section per chosen objective, the guidance's questions as
//! `<!-- prompt: … -->` comments (never rendered, found later by `check`) and the
//! placeholder text the writer replaces.

use serde::Serialize;
use tera::{Context, Tera};

use crate::date::Date;
use crate::guidance::{Guidance, Presence, SectionRole, TextStatus};
use crate::lang::Lang;
use crate::report::meta::key;

/// What a new report is about.
#[derive(Debug, Clone)]
pub struct NewReport {
    /// Language the report is written in.
    pub lang: Lang,
    /// Report title; the guidance's default title when absent.
    pub title: Option<String>,
    /// Submitting organisation.
    pub organization: String,
    /// Partners of a joint submission.
    pub partners: Vec<String>,
    /// Stakeholder kind id.
    pub stakeholder: String,
    /// ISO 3166-1 alpha-2 codes.
    pub countries: Vec<String>,
    /// Objective numbers covered.
    pub objectives: Vec<u32>,
    /// Date of the report.
    pub date: Date,
    /// Contact e-mail address, when given.
    pub contact: Option<String>,
}

#[derive(Serialize)]
struct SectionView {
    id: String,
    heading: String,
    prompts: Vec<String>,
    objectives: Vec<ObjectiveView>,
}

#[derive(Serialize)]
struct ObjectiveView {
    number: u32,
    heading: String,
    prompts: Vec<String>,
}

/// Renders the skeleton with the `new/report.md` template.
pub fn scaffold(guidance: &Guidance, report: &NewReport, tera: &Tera) -> Result<String, String> {
    let lang = report.lang;
    let objective_prompts = guidance
        .objectives_section()
        .and_then(|s| s.objective_prompts.as_ref())
        .map(|p| comment_safe(p.get(lang)))
        .unwrap_or_default();
    let sections: Vec<SectionView> = guidance
        .sections
        .iter()
        .filter(|s| s.presence != Presence::Optional)
        .map(|section| SectionView {
            id: section.id.clone(),
            heading: section.title.get(lang).clone(),
            prompts: comment_safe(section.prompts.get(lang)),
            objectives: if section.role == Some(SectionRole::Objectives) {
                objective_views(guidance, report, &objective_prompts)
            } else {
                Vec::new()
            },
        })
        .collect();
    // One note per kind of title that is not the compact's own text, each saying what it is.
    let statuses: Vec<TextStatus> = report
        .objectives
        .iter()
        .filter_map(|n| guidance.objective(*n))
        .map(|o| o.title.get(lang).status)
        .collect();
    let notes: Vec<String> = [
        (
            TextStatus::WorkingTranslation,
            &guidance.working_translation_note,
        ),
        (TextStatus::NetworkLabel, &guidance.network_label_note),
    ]
    .into_iter()
    .filter(|(status, _)| statuses.contains(status))
    .map(|(_, note)| note.get(lang).replace("--", "—"))
    .collect();
    let mut context = Context::new();
    context.insert("lang", lang.code());
    context.insert("dir", lang.dir());
    context.insert("front_matter", &front_matter(guidance, report));
    context.insert("sections", &sections);
    context.insert("placeholder", guidance.placeholder.get(lang));
    context.insert("notes", &notes);
    tera.render("new/report.md", &context)
        .map_err(|e| crate::templates::describe(&e))
}

fn objective_views(
    guidance: &Guidance,
    report: &NewReport,
    prompts: &[String],
) -> Vec<ObjectiveView> {
    report
        .objectives
        .iter()
        .filter_map(|n| guidance.objective(*n))
        .map(|o| ObjectiveView {
            number: u32::from(o.number),
            heading: guidance.objective_heading(o, report.lang),
            prompts: prompts.to_vec(),
        })
        .collect()
}

/// The front matter, in the guidance's field order; fields without a value are left as
/// commented-out lines that say what to put there.
fn front_matter(guidance: &Guidance, report: &NewReport) -> String {
    let quote = |s: &str| serde_json::to_string(s).unwrap_or_default();
    let mut out = String::new();
    for field in &guidance.fields {
        let value = match field.name.as_str() {
            key::TITLE => Some(quote(
                report
                    .title
                    .as_deref()
                    .unwrap_or(guidance.default_title.get(report.lang)),
            )),
            key::ORGANIZATION => Some(quote(&report.organization)),
            key::PARTNERS if !report.partners.is_empty() => Some(format!(
                "[{}]",
                report
                    .partners
                    .iter()
                    .map(|p| quote(p))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
            key::STAKEHOLDER => Some(report.stakeholder.clone()),
            key::COUNTRY => Some(match report.countries.as_slice() {
                [one] => one.clone(),
                many => format!("[{}]", many.join(", ")),
            }),
            key::LANGUAGE => Some(report.lang.code().to_string()),
            key::OBJECTIVES => Some(format!(
                "[{}]",
                report
                    .objectives
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
            key::DATE => Some(report.date.to_string()),
            key::CONTACT => report.contact.as_deref().map(quote),
            key::GUIDANCE => Some(guidance.id.clone()),
            _ => None,
        };
        match value {
            Some(value) => out.push_str(&format!("{}: {value}\n", field.name)),
            None => out.push_str(&format!(
                "# {}:   # {}\n",
                field.name,
                field.description.get(report.lang)
            )),
        }
    }
    out
}

/// Prompts go inside HTML comments, which `--` would break.
fn comment_safe(prompts: &[String]) -> Vec<String> {
    prompts.iter().map(|p| p.replace("--", "—")).collect()
}
