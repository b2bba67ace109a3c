//! A report's metadata, read once from its front matter and typed: what the cover, the
//! index of a batch and coverage show. The keys of the front matter are named here only.

use super::Report;
use crate::guidance::Guidance;

/// The front matter keys the built-in guidance declares and the program reads.
pub mod key {
    /// Title of the report.
    pub const TITLE: &str = "title";
    /// Submitting organisation.
    pub const ORGANIZATION: &str = "organization";
    /// Partner organisations.
    pub const PARTNERS: &str = "partners";
    /// Stakeholder kind.
    pub const STAKEHOLDER: &str = "stakeholder";
    /// One country code or a list.
    pub const COUNTRY: &str = "country";
    /// Language code of the report.
    pub const LANGUAGE: &str = "language";
    /// Objective numbers the report covers.
    pub const OBJECTIVES: &str = "objectives";
    /// Date of the report.
    pub const DATE: &str = "date";
    /// Contact e-mail address.
    pub const CONTACT: &str = "contact";
    /// Id of the guidance note the report was scaffolded from.
    pub const GUIDANCE: &str = "guidance";
    /// The organisation's logo: a PNG or JPEG file in the report's folder.
    pub const LOGO: &str = "logo";
}

/// What a report says about itself, as written ("" or empty when absent or not text).
#[derive(Debug, Clone, Default)]
pub struct Meta {
    /// Title.
    pub title: String,
    /// Submitting organisation.
    pub organization: String,
    /// Partner organisations.
    pub partners: Vec<String>,
    /// Stakeholder kind id.
    pub stakeholder: String,
    /// Country codes.
    pub countries: Vec<String>,
    /// Language code.
    pub language: String,
    /// Date.
    pub date: String,
    /// Contact address.
    pub contact: String,
    /// The logo's file, as written.
    pub logo: String,
    /// Listed objectives that exist, in the order listed, without repeats.
    pub objectives: Vec<u32>,
}

impl Meta {
    /// Reads the metadata of a report.
    pub fn read(report: &Report, guidance: &Guidance) -> Meta {
        let text = |k: &str| report.text_field(k);
        let mut objectives: Vec<u32> = Vec::new();
        for n in report.declared_objectives() {
            if guidance.objective(n).is_some() && !objectives.contains(&n) {
                objectives.push(n);
            }
        }
        Meta {
            title: text(key::TITLE),
            organization: text(key::ORGANIZATION),
            partners: report.list_field(key::PARTNERS),
            stakeholder: text(key::STAKEHOLDER),
            countries: report.list_field(key::COUNTRY),
            language: text(key::LANGUAGE),
            date: text(key::DATE),
            contact: text(key::CONTACT),
            logo: text(key::LOGO),
            objectives,
        }
    }
}
