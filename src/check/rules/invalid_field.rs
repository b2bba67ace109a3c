//! `invalid-field`: a field's value is not of the kind the guidance declares (text, a
//! stakeholder kind, a country code, a language, objective numbers, a date, an e-mail
//! address), with the closest valid value when there is one.

use serde_yaml::Value;

use super::Rule;
use crate::check::{Ctx, Findings};
use crate::date::Date;
use crate::diagnostic::Severity;
use crate::guidance::{Field as FieldDef, FieldType};
use crate::lang::Lang;
use crate::messages::Msg;
use crate::msg;
use crate::report::frontmatter::scalar as scalar_text;
use crate::report::{Field, objective_number};
use crate::suggest::did_you_mean;
use crate::validate;

/// `invalid-field`.
pub const RULE: Rule = Rule {
    id: "invalid-field",
    summary: "rule-invalid-field",
    severity: Severity::Error,
    recommended: Severity::Error,
    final_error: false,
    fails: "stakeholder: trade-unoin",
    passes: "stakeholder: trade-union",
    check: Some(check),
};

fn check(ctx: &Ctx, out: &mut Findings) {
    for def in &ctx.guidance.fields {
        if let Some(field) = ctx.report.field(&def.name).filter(|f| !f.value.is_null()) {
            for msg in problems(ctx, def, field) {
                out.at(&RULE, field.key_range(), msg);
            }
        }
    }
}

/// What is wrong with a field's value.
fn problems(ctx: &Ctx, def: &FieldDef, field: &Field) -> Vec<Msg> {
    let text = scalar_text(&field.value);
    let mut found = Vec::new();
    match def.kind {
        FieldType::Text | FieldType::Identifier => {
            if text.as_deref().is_none_or(|t| t.trim().is_empty()) {
                found.push(msg!("invalid-text", field = &def.name));
            }
        }
        FieldType::TextList => {
            let ok = match &field.value {
                Value::Sequence(items) => items.iter().all(|i| scalar_text(i).is_some()),
                other => scalar_text(other).is_some(),
            };
            if !ok {
                found.push(msg!("invalid-text-list", field = &def.name));
            }
        }
        FieldType::Stakeholder => {
            let value = text.unwrap_or_default();
            found.extend(validate::stakeholder(ctx.guidance, &value).err());
        }
        FieldType::Countries => {
            let values: Vec<Option<String>> = match &field.value {
                Value::Sequence(items) => items.iter().map(scalar_text).collect(),
                other => vec![scalar_text(other)],
            };
            if values.is_empty() {
                found.push(msg!("invalid-country", value = "[]"));
            }
            for value in values {
                let value = value.unwrap_or_default();
                found.extend(validate::country(&value).err().map(|(msg, _)| msg));
            }
        }
        FieldType::Language => {
            let value = text.unwrap_or_default();
            if !Lang::ALL.iter().any(|l| l.code() == value) {
                let codes = Lang::ALL.map(Lang::code);
                let suggestion = did_you_mean(&value, codes).or_else(|| {
                    Lang::from_code(&value)
                        .or_else(|| Lang::from_name(&value))
                        .map(Lang::code)
                });
                found.push(match suggestion {
                    Some(s) => msg!(
                        "invalid-language-suggest",
                        value = value.as_str(),
                        suggestion = s
                    ),
                    None => msg!("invalid-language", value = value.as_str()),
                });
            }
        }
        FieldType::Objectives => {
            let items: Vec<&Value> = match &field.value {
                Value::Sequence(items) => items.iter().collect(),
                other => vec![other],
            };
            if items.is_empty() {
                found.push(msg!("invalid-objectives-empty"));
            }
            // Numbers that are no objective are `unknown-objective`'s.
            for item in items.into_iter().filter(|i| objective_number(i).is_none()) {
                let value = scalar_text(item).unwrap_or_else(|| "…".into());
                found.push(msg!("invalid-objective", value = value));
            }
        }
        FieldType::Date => {
            let value = text.unwrap_or_default();
            if Date::parse(&value).is_none() {
                found.push(match Date::missing_day(&value) {
                    Some(days) => msg!("invalid-date-day", value = value.as_str(), days = days),
                    None => msg!(
                        "invalid-date",
                        value = value.as_str(),
                        today = Date::today().to_string()
                    ),
                });
            }
        }
        FieldType::Email => {
            let value = text.unwrap_or_default();
            found.extend(crate::validate::email(&value).err());
        }
        FieldType::Image => {
            let dir = ctx.path.parent().unwrap_or(std::path::Path::new(""));
            found.extend(crate::logo::data_url(dir, &text.unwrap_or_default()).err());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use crate::check::rules::testing::{GOOD, findings};

    #[test]
    fn invalid_values_with_suggestions() {
        let bad = GOOD
            .replace("trade-union", "trade-unoin")
            .replace("country: JO", "country: [jo, Tunisia, QQ]")
            .replace("language: en", "language: english")
            .replace("2026-01-31", "2026-02-30")
            .replace("a@example.org", "a@example");
        let found = findings(&bad, "invalid-field");
        let expected = [
            "4:1 error unknown stakeholder kind `trade-unoin`; did you mean `trade-union`?",
            "5:1 error `jo` is not an ISO 3166-1 alpha-2 country code; did you mean `JO`?",
            "5:1 error `Tunisia` is not an ISO 3166-1 alpha-2 country code; did you mean `TN`?",
            "5:1 error `QQ` is not an ISO 3166-1 alpha-2 country code",
            "6:1 error unknown language `english`; did you mean `en`?",
            "8:1 error `2026-02-30` does not exist: that month has 28 days",
            "9:1 error `a@example` is not an e-mail address",
        ];
        assert_eq!(found, expected);
        assert!(findings(GOOD, "invalid-field").is_empty());
    }

    #[test]
    fn objectives_list_accepts_arabic_indic_digits() {
        let arabic = GOOD.replace("[6, 22]", "[\"٦\", \"٢٢\"]");
        assert!(findings(&arabic, "invalid-field").is_empty());
        let bad = GOOD.replace("[6, 22]", "[6, six]");
        assert_eq!(
            findings(&bad, "invalid-field"),
            ["7:1 error `six` is not an objective number"]
        );
    }

    #[test]
    fn a_logo_must_be_a_png_or_jpeg_inside_the_reports_folder() {
        use crate::check::{CheckOptions, rules::testing::findings_in};
        let dir = tempfile::tempdir().unwrap();
        let png = include_bytes!("../../../tests/fixtures/print/short-ar/logo.png");
        std::fs::write(dir.path().join("logo.png"), png).unwrap();
        std::fs::write(dir.path().join("fake.png"), "not an image").unwrap();
        let report = dir.path().join("report.md");
        let with =
            |logo: &str| GOOD.replace("language: en", &format!("language: en\nlogo: {logo}"));
        let found = |logo: &str| {
            findings_in(
                &with(logo),
                "invalid-field",
                &report,
                CheckOptions::default(),
            )
        };
        assert!(found("logo.png").is_empty());
        assert_eq!(
            found("fake.png"),
            ["7:1 error `fake.png` is not a PNG or JPEG image; save the logo as PNG or JPEG"]
        );
        assert_eq!(
            found("../logo.png"),
            [
                "7:1 error `../logo.png` is not a file inside the report's folder; put the logo next to the report and write its name"
            ]
        );
        assert_eq!(found("missing.png").len(), 1);
    }
}
