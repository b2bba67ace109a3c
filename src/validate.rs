//! Values a user gives for a stakeholder kind, a country or an e-mail address, checked the same way whether
//! they come from `new`'s flags and prompts or a report's front matter, with one set of
//! messages.

use crate::country;
use crate::guidance::Guidance;
use crate::messages::Msg;
use crate::msg;
use crate::suggest::did_you_mean;

/// Whether the guidance defines the stakeholder kind `value`; why not, with the closest kind.
pub fn stakeholder(guidance: &Guidance, value: &str) -> Result<(), Msg> {
    if guidance.stakeholder(value).is_some() {
        return Ok(());
    }
    let ids = guidance.stakeholders.iter().map(|s| s.id.as_str());
    let valid = ids.clone().collect::<Vec<_>>().join(", ");
    Err(match did_you_mean(value, ids) {
        Some(s) => msg!(
            "invalid-stakeholder-suggest",
            value = value,
            suggestion = s,
            valid = valid
        ),
        None => msg!("invalid-stakeholder", value = value, valid = valid),
    })
}

/// Whether `value` is an ISO 3166-1 alpha-2 code; why not, with the code it most likely
/// means (the same letters in capitals, or the country whose name was written).
pub fn country(value: &str) -> Result<(), (Msg, Option<String>)> {
    if country::is_valid(value) {
        return Ok(());
    }
    Err(match country::suggest(value) {
        Some(code) => (
            msg!(
                "invalid-country-suggest",
                value = value,
                suggestion = code.as_str()
            ),
            Some(code),
        ),
        None => (msg!("invalid-country", value = value), None),
    })
}

/// Whether `value` looks like an e-mail address: something, `@`, a domain with a dot.
pub fn email(value: &str) -> Result<(), Msg> {
    if is_email(value) {
        Ok(())
    } else {
        Err(msg!("invalid-email", value = value))
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
