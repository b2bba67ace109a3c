//! Rules on the front matter: `front-matter`, `missing-field`, `invalid-field`,
//! `unknown-field`, and `unknown-objective` for the `objectives` list.

use serde_yaml::Value;

use crate::check::{Ctx, Findings};
use crate::country;
use crate::date::Date;
use crate::diagnostic::{Finding, Severity};
use crate::guidance::{Field as FieldDef, FieldType, Presence};
use crate::lang::Lang;
use crate::messages::Msg;
use crate::msg;
use crate::report::frontmatter::scalar as scalar_text;
use crate::report::frontmatter::{MAX_ALIASES, MAX_FRONT_MATTER_BYTES};
use crate::report::{Field, FrontMatter, objective_number};
use crate::suggest::did_you_mean;

pub(super) fn check(ctx: &Ctx, out: &mut Findings) {
    let report = ctx.report;
    let end = report.text.len();

    match &report.front {
        FrontMatter::Missing => {
            out.push(ctx.top(
                "front-matter",
                Severity::Error,
                msg!("front-matter-missing"),
            ));
            return;
        }
        FrontMatter::Unclosed => {
            out.push(ctx.top(
                "front-matter",
                Severity::Error,
                msg!("front-matter-unclosed"),
            ));
            return;
        }
        FrontMatter::Invalid { offset, message } => {
            out.push(ctx.at(
                "front-matter",
                Severity::Error,
                *offset..end.min(offset + 1),
                msg!("front-matter-yaml", reason = message),
            ));
            return;
        }
        FrontMatter::NotMapping { offset, found } => {
            out.push(ctx.at(
                "front-matter",
                Severity::Error,
                *offset..end.min(offset + 1),
                msg!("front-matter-not-mapping", found = *found),
            ));
            return;
        }
        FrontMatter::TooLarge { bytes } => {
            out.push(ctx.top(
                "front-matter",
                Severity::Error,
                msg!(
                    "front-matter-too-large",
                    bytes = *bytes,
                    limit = MAX_FRONT_MATTER_BYTES
                ),
            ));
            return;
        }
        FrontMatter::Aliases { offset } => {
            out.push(ctx.at(
                "front-matter",
                Severity::Error,
                *offset..end.min(offset + 1),
                msg!("front-matter-aliases", limit = MAX_ALIASES),
            ));
            return;
        }
        FrontMatter::Fields(_) => {}
    }
    for def in &ctx.guidance.fields {
        match report.field(&def.name).filter(|f| !f.value.is_null()) {
            Some(field) => check_value(ctx, def, field, out),
            None => missing(ctx, def, out),
        }
    }
    for field in report.fields() {
        if ctx.guidance.field(&field.key).is_none() {
            let names = ctx.guidance.fields.iter().map(|f| f.name.as_str());
            let msg = match did_you_mean(&field.key, names) {
                Some(name) => msg!(
                    "unknown-field-suggest",
                    field = &field.key,
                    suggestion = name
                ),
                None => msg!("unknown-field", field = &field.key),
            };
            out.push(key_diagnostic(
                ctx,
                "unknown-field",
                Severity::Warning,
                field,
                msg,
            ));
        }
    }
}

fn missing(ctx: &Ctx, def: &FieldDef, out: &mut Findings) {
    let severity = match def.presence {
        Presence::Required => Severity::Error,
        Presence::Recommended if ctx.final_ => Severity::Error,
        Presence::Recommended => Severity::Warning,
        Presence::Optional => return,
    };
    let msg = msg!(
        "missing-field",
        field = &def.name,
        description = def.description.get(ctx.lang)
    );
    out.push(ctx.top("missing-field", severity, msg));
}

fn key_diagnostic(
    ctx: &Ctx,
    rule: &'static str,
    severity: Severity,
    field: &Field,
    msg: Msg,
) -> Finding {
    ctx.at(rule, severity, field.key_range(), msg)
}

fn check_value(ctx: &Ctx, def: &FieldDef, field: &Field, out: &mut Findings) {
    let invalid = |msg: Msg| key_diagnostic(ctx, "invalid-field", Severity::Error, field, msg);
    let text = scalar_text(&field.value);
    match def.kind {
        FieldType::Text | FieldType::Identifier => {
            if text.as_deref().is_none_or(|t| t.trim().is_empty()) {
                out.push(invalid(msg!("invalid-text", field = &def.name)));
            }
        }
        FieldType::TextList => {
            let ok = match &field.value {
                Value::Sequence(items) => items.iter().all(|i| scalar_text(i).is_some()),
                other => scalar_text(other).is_some(),
            };
            if !ok {
                out.push(invalid(msg!("invalid-text-list", field = &def.name)));
            }
        }
        FieldType::Stakeholder => {
            let value = text.unwrap_or_default();
            if ctx.guidance.stakeholder(&value).is_none() {
                let ids = ctx.guidance.stakeholders.iter().map(|s| s.id.as_str());
                let valid = ids.clone().collect::<Vec<_>>().join(", ");
                out.push(invalid(match did_you_mean(&value, ids) {
                    Some(s) => msg!(
                        "invalid-stakeholder-suggest",
                        value = value.as_str(),
                        suggestion = s,
                        valid = valid
                    ),
                    None => msg!("invalid-stakeholder", value = value.as_str(), valid = valid),
                }));
            }
        }
        FieldType::Countries => {
            let values: Vec<Option<String>> = match &field.value {
                Value::Sequence(items) => items.iter().map(scalar_text).collect(),
                other => vec![scalar_text(other)],
            };
            if values.is_empty() {
                out.push(invalid(msg!("invalid-country", value = "[]")));
            }
            for value in values {
                let value = value.unwrap_or_default();
                if country::is_valid(&value) {
                    continue;
                }
                out.push(invalid(match country::suggest(&value) {
                    Some(code) => msg!(
                        "invalid-country-suggest",
                        value = value.as_str(),
                        suggestion = code
                    ),
                    None => msg!("invalid-country", value = value.as_str()),
                }));
            }
        }
        FieldType::Language => {
            let value = text.unwrap_or_default();
            if !Lang::ALL.iter().any(|l| l.code() == value) {
                let codes = Lang::ALL.map(Lang::code);
                out.push(invalid(
                    match did_you_mean(&value, codes).or_else(|| {
                        Lang::from_code(&value)
                            .or_else(|| Lang::from_name(&value))
                            .map(Lang::code)
                    }) {
                        Some(s) => msg!(
                            "invalid-language-suggest",
                            value = value.as_str(),
                            suggestion = s
                        ),
                        None => msg!("invalid-language", value = value.as_str()),
                    },
                ));
            }
        }
        FieldType::Objectives => objectives(ctx, field, out),
        FieldType::Date => {
            let value = text.unwrap_or_default();
            if Date::parse(&value).is_none() {
                out.push(invalid(msg!(
                    "invalid-date",
                    value = value.as_str(),
                    today = Date::today().to_string()
                )));
            }
        }
        FieldType::Email => {
            let value = text.unwrap_or_default();
            if !is_email(&value) {
                out.push(invalid(msg!("invalid-email", value = value.as_str())));
            }
        }
    }
}

/// The `objectives` list: numbers (Arabic-Indic digits too), each an objective.
fn objectives(ctx: &Ctx, field: &Field, out: &mut Findings) {
    let items: Vec<&Value> = match &field.value {
        Value::Sequence(items) => items.iter().collect(),
        other => vec![other],
    };
    if items.is_empty() {
        out.push(key_diagnostic(
            ctx,
            "invalid-field",
            Severity::Error,
            field,
            msg!("invalid-objectives-empty"),
        ));
    }
    for item in items {
        match objective_number(item) {
            Some(n) if ctx.guidance.objective(n).is_some() => {}
            Some(n) => out.push(key_diagnostic(
                ctx,
                "unknown-objective",
                Severity::Error,
                field,
                msg!("unknown-objective", number = n),
            )),
            None => {
                let value = scalar_text(item).unwrap_or_else(|| "…".into());
                out.push(key_diagnostic(
                    ctx,
                    "invalid-field",
                    Severity::Error,
                    field,
                    msg!("invalid-objective", value = value),
                ));
            }
        }
    }
}

fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.starts_with('.')
        && domain.contains('.')
        && !domain.ends_with('.')
        && !text.contains(char::is_whitespace)
        && !domain.contains('@')
}

#[cfg(test)]
mod tests {
    use crate::check::rules::testing::{GOOD, findings};

    #[test]
    fn front_matter_problems() {
        assert_eq!(
            findings("## Summary\n", "front-matter"),
            ["1:1 error report has no front matter"]
        );
        let bad = GOOD.replace("country: JO", "country: [JO");
        let found = findings(&bad, "front-matter");
        assert_eq!(found.len(), 1);
        assert!(
            found[0]
                .starts_with("6:9 error the front matter is not valid YAML: did not find expected"),
            "YAML error shifted to the file's line: {found:?}"
        );
        assert!(
            !found[0].contains("at line"),
            "no position relative to the YAML block: {found:?}"
        );
        assert!(findings(GOOD, "front-matter").is_empty());
        assert_eq!(
            findings("---\n- a\n---\n", "front-matter"),
            ["2:1 error front matter is a list, not a set of fields"]
        );
    }

    #[test]
    fn missing_fields_required_and_recommended() {
        let no_title = GOOD.replace("title: A report\n", "");
        assert_eq!(
            findings(&no_title, "missing-field"),
            ["1:1 error missing field `title`: Title of the report"]
        );
        let no_contact = GOOD.replace("contact: a@example.org\n", "");
        assert_eq!(
            findings(&no_contact, "missing-field"),
            ["1:1 warning missing field `contact`: Contact e-mail address"]
        );
        assert!(findings(GOOD, "missing-field").is_empty());
    }

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
            "8:1 error `2026-02-30` is not a date: write YYYY-MM-DD",
            "9:1 error `a@example` is not an e-mail address",
        ];
        assert_eq!(found, expected);
        assert!(findings(GOOD, "invalid-field").is_empty());
    }

    #[test]
    fn unknown_field_suggests_the_closest() {
        let bad = GOOD.replace("contact:", "contcat:");
        assert_eq!(
            findings(&bad, "unknown-field"),
            ["9:1 warning unknown field `contcat`; did you mean `contact`?"]
        );
        assert!(findings(GOOD, "unknown-field").is_empty());
    }

    #[test]
    fn objectives_list_accepts_arabic_indic_digits_and_rejects_24() {
        let arabic = GOOD.replace("[6, 22]", "[\"٦\", \"٢٢\"]");
        assert!(findings(&arabic, "unknown-objective").is_empty());
        assert!(findings(&arabic, "invalid-field").is_empty());
        let bad = GOOD.replace("[6, 22]", "[6, 22, 24]");
        assert_eq!(
            findings(&bad, "unknown-objective"),
            ["7:1 error there is no objective 24: objectives are numbered 1 to 23"]
        );
    }
}
