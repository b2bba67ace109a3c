//! Country codes (ISO 3166-1 alpha-2) and their names, from the keshvar crate's data.

use keshvar::{Alpha2, CountryIterator};

use crate::lang::Lang;

/// Whether `code` is an assigned ISO 3166-1 alpha-2 code (upper case expected).
pub fn is_valid(code: &str) -> bool {
    code.len() == 2
        && code.chars().all(|c| c.is_ascii_uppercase())
        && Alpha2::try_from(code).is_ok()
}

/// The name of a country in a language, or `None` for an unknown code.
pub fn name(code: &str, lang: Lang) -> Option<String> {
    let country = Alpha2::try_from(code).ok()?.to_country();
    let name = country
        .translations()
        .get(lang.code())
        .copied()
        .unwrap_or_else(|| country.iso_short_name());
    Some(name.to_string())
}

/// The name of a country in a language, or the code as written when it is not a country.
pub fn display_name(code: &str, lang: Lang) -> String {
    name(code, lang).unwrap_or_else(|| code.to_string())
}

/// The valid code closest to a mistyped one: same letters in another case, or a country
/// whose English name was typed instead of its code.
pub fn suggest(input: &str) -> Option<String> {
    let upper = input.trim().to_uppercase();
    if is_valid(&upper) {
        return Some(upper);
    }
    let lower = input.trim().to_lowercase();
    CountryIterator::new()
        .find(|c| {
            c.iso_short_name().to_lowercase() == lower
                || c.translations().values().any(|t| t.to_lowercase() == lower)
        })
        .map(|c| c.alpha2().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names() {
        assert!(is_valid("JO"));
        assert!(!is_valid("jo"));
        assert!(!is_valid("XX"));
        assert_eq!(name("MA", Lang::Fr).as_deref(), Some("Maroc"));
        assert_eq!(name("JO", Lang::Ar).as_deref(), Some("الأردن"));
        assert_eq!(suggest("lb").as_deref(), Some("LB"));
        assert_eq!(suggest("Tunisia").as_deref(), Some("TN"));
        assert_eq!(suggest("Tunisie").as_deref(), Some("TN"));
    }
}
