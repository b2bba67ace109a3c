//! The guidance note as data: the compact's objectives and principles, the kinds of
//! stakeholder, the report's front matter fields and its sections with their prompts.
//!
//! The model is strict (unknown keys are errors) so that a typo in a user's guidance file
//! is reported instead of silently ignored. Loading and validation live in [`load`].

mod load;

pub(crate) use load::strip_location;

use serde::{Deserialize, Serialize};

pub use load::{GuidanceError, MAX_GUIDANCE_BYTES};

use crate::lang::{Lang, Localized};

/// The guidance note shipped inside the binary.
pub const BUILTIN_YAML: &str = include_str!("../../guidance/gcm.yaml");

/// File name under which the built-in guidance is known in messages and exports.
pub const BUILTIN_NAME: &str = "gcm.yaml";

/// A whole guidance note.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Guidance {
    /// Identifier a report names in its `guidance` field.
    pub id: String,
    /// Version of this guidance note.
    pub version: u32,
    /// Name of the guidance note.
    pub name: Localized<String>,
    /// Name of the compact.
    pub compact: Localized<String>,
    /// The word that starts an objective heading (`Objective`, `Objectif`, `الهدف`).
    pub objective_label: Localized<String>,
    /// Text the scaffold puts where the writer has to write.
    pub placeholder: Localized<String>,
    /// How a working translation is labelled wherever one is shown.
    pub working_translation: Localized<String>,
    /// Sentence telling a writer that the titles in their language are not official.
    pub working_translation_note: Localized<String>,
    /// Sentence telling a reader that a title is the UN Network's short label.
    pub network_label_note: Localized<String>,
    /// Title a new report gets when none is given.
    pub default_title: Localized<String>,
    /// Suggested word limit for a whole report.
    #[serde(default)]
    pub max_words: Option<usize>,
    /// The IMRF round tables that group the objectives.
    pub round_tables: Vec<RoundTable>,
    /// The 23 objectives, in order.
    pub objectives: Vec<Objective>,
    /// The 10 guiding principles (para. 15).
    pub principles: Vec<Principle>,
    /// Kinds of stakeholder that may submit a report.
    pub stakeholders: Vec<StakeholderKind>,
    /// Front matter fields of a report.
    pub fields: Vec<Field>,
    /// Sections of a report, in the order they should appear.
    pub sections: Vec<Section>,
}

/// How far a text can be trusted as the compact's own wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TextStatus {
    /// The text of the compact, or a UN page reproducing it.
    Official,
    /// The UN Network on Migration's own short label, not the compact's text.
    NetworkLabel,
    /// A translation made for this tool; not official.
    WorkingTranslation,
}

impl TextStatus {
    /// Whether the text is the compact's own wording.
    pub fn is_official(self) -> bool {
        self == TextStatus::Official
    }
}

/// A title with where it comes from.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Title {
    /// The title itself.
    pub text: String,
    /// Whether it is official text.
    pub status: TextStatus,
    /// Where the text was seen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// An IMRF round table.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RoundTable {
    /// 1 to 4.
    pub number: u8,
    /// Whether the list of objectives was seen in the source, rather than inferred.
    pub verified: bool,
    /// Where the grouping comes from.
    pub source: String,
}

/// One of the compact's objectives.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Objective {
    /// 1 to 23.
    pub number: u8,
    /// The IMRF round table that discusses it.
    pub round_table: u8,
    /// Full title in each language.
    pub title: Localized<Title>,
    /// Short label in each language.
    pub short: Localized<String>,
}

/// One of the compact's guiding principles.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    /// Letter of the sub-paragraph of para. 15, `a` to `j`.
    pub letter: String,
    /// Title in each language.
    pub title: Localized<Title>,
}

/// A kind of stakeholder.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StakeholderKind {
    /// Identifier used in a report's front matter.
    pub id: String,
    /// Name in each language.
    pub title: Localized<String>,
}

/// What a front matter field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FieldType {
    /// A line of text.
    Text,
    /// A list of texts.
    TextList,
    /// A stakeholder kind id.
    Stakeholder,
    /// An ISO 3166-1 alpha-2 country code, or a list of them.
    Countries,
    /// `ar`, `en` or `fr`.
    Language,
    /// A list of objective numbers.
    Objectives,
    /// A date, YYYY-MM-DD.
    Date,
    /// An e-mail address.
    Email,
    /// A short identifier.
    Identifier,
    /// A PNG or JPEG file inside the report's folder.
    Image,
}

/// Whether a field or section must be there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Presence {
    /// Missing is an error.
    Required,
    /// Missing is a warning.
    Recommended,
    /// Missing is fine.
    Optional,
}

/// A front matter field.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// Key in the front matter.
    pub name: String,
    /// What it holds.
    #[serde(rename = "type")]
    pub kind: FieldType,
    /// Whether it must be there.
    pub presence: Presence,
    /// What to put in it, in each language.
    pub description: Localized<String>,
}

/// What is special about a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SectionRole {
    /// Holds one sub-section per objective.
    Objectives,
    /// Holds the list of recommendations.
    Recommendations,
}

/// A section of a report.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Section {
    /// Stable identifier.
    pub id: String,
    /// Whether it must be there.
    pub presence: Presence,
    /// What is special about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<SectionRole>,
    /// Suggested word limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_words: Option<usize>,
    /// Heading in each language.
    pub title: Localized<String>,
    /// Other headings accepted for it.
    #[serde(default)]
    pub aliases: Localized<Vec<String>>,
    /// Questions the writer answers in it.
    pub prompts: Localized<Vec<String>>,
    /// Questions for each objective sub-section (objectives section only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objective_prompts: Option<Localized<Vec<String>>>,
}

impl Guidance {
    /// The built-in guidance note.
    pub fn builtin() -> Result<Guidance, GuidanceError> {
        Guidance::from_yaml(BUILTIN_YAML, BUILTIN_NAME)
    }

    /// The objective with this number.
    pub fn objective(&self, number: u32) -> Option<&Objective> {
        self.objectives
            .iter()
            .find(|o| u32::from(o.number) == number)
    }

    /// The stakeholder kind with this id.
    pub fn stakeholder(&self, id: &str) -> Option<&StakeholderKind> {
        self.stakeholders.iter().find(|s| s.id == id)
    }

    /// The stakeholder kind a writer names: by its id, or by its name in any of the
    /// guidance's languages, regardless of case, diacritics and the forms of alef
    /// (`نقابة عمالية`, `Syndicat`, `trade union`).
    pub fn stakeholder_named(&self, text: &str) -> Option<&StakeholderKind> {
        let wanted = crate::report::heading::fold(text.trim());
        self.stakeholders.iter().find(|s| {
            crate::report::heading::fold(&s.id.replace('-', " ")) == wanted
                || s.title
                    .iter()
                    .any(|(_, title)| crate::report::heading::fold(title) == wanted)
        })
    }

    /// The name of a stakeholder kind in a language, or the id as written when unknown.
    pub fn stakeholder_name(&self, id: &str, lang: Lang) -> String {
        self.stakeholder(id)
            .map_or_else(|| id.to_string(), |s| s.title.get(lang).clone())
    }

    /// The front matter field with this name.
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    /// The section that holds the objective sub-sections.
    pub fn objectives_section(&self) -> Option<&Section> {
        self.sections
            .iter()
            .find(|s| s.role == Some(SectionRole::Objectives))
    }

    /// Numbers of the objectives discussed at a round table.
    pub fn round_table_objectives(&self, round_table: u8) -> Vec<u32> {
        self.objectives
            .iter()
            .filter(|o| o.round_table == round_table)
            .map(|o| u32::from(o.number))
            .collect()
    }

    /// The heading of an objective sub-section: `Objective 6: …`, `Objectif 6 : …`,
    /// `الهدف ٦: …`.
    pub fn objective_heading(&self, objective: &Objective, lang: Lang) -> String {
        let label = self.objective_label.get(lang);
        let number = lang.number(objective.number);
        let title = &objective.title.get(lang).text;
        match lang {
            Lang::Fr => format!("{label} {number} : {title}"),
            Lang::Ar | Lang::En => format!("{label} {number}: {title}"),
        }
    }
}
