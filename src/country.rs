//! Country codes (ISO 3166-1 alpha-2) and their names, from the keshvar crate's data.

use std::collections::HashMap;
use std::sync::OnceLock;

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

/// The code a writer means: the code in any case, its alpha-3 code, or the country's
/// name in Arabic, English or French (official or common), regardless of case,
/// diacritics and the forms of alef.
pub fn suggest(input: &str) -> Option<String> {
    let upper = input.trim().to_uppercase();
    if is_valid(&upper) {
        return Some(upper);
    }
    names().get(&fold(input)).map(|code| code.to_string())
}

fn fold(name: &str) -> String {
    crate::report::heading::fold(name.trim())
}

/// Every country's names in the report languages, folded, to its code. Built once: a front
/// matter with thousands of unknown codes asks for thousands of suggestions. Only the report
/// languages: the data has names in about a hundred, and folding them all cost a sixth of
/// checking a thousand reports.
fn names() -> &'static HashMap<String, String> {
    static NAMES: OnceLock<HashMap<String, String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names = HashMap::new();
        for country in CountryIterator::new() {
            let code = country.alpha2().to_string();
            let translations = Lang::ALL
                .iter()
                .filter_map(|lang| country.translations().get(lang.code()).copied());
            let alpha3 = country.alpha3().to_string();
            let names_and_codes = std::iter::once(country.iso_short_name())
                .chain(translations)
                .chain(country.unofficial_name_list().iter().copied())
                .chain(std::iter::once(alpha3.as_str()));
            for name in names_and_codes {
                // The first country to carry a name keeps it, as the search did.
                names.entry(fold(name)).or_insert_with(|| code.clone());
            }
        }
        // Codes ISO 3166-1 reserves for a country that has another: the United Kingdom is
        // GB, Greece GR.
        for (reserved, code) in [("uk", "GB"), ("el", "GR")] {
            names.insert(fold(reserved), code.to_string());
        }
        names
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alpha_3_codes_common_names_and_reserved_codes_are_suggested() {
        assert_eq!(suggest("JOR").as_deref(), Some("JO"));
        assert_eq!(suggest("mar").as_deref(), Some("MA"));
        assert_eq!(suggest("UK").as_deref(), Some("GB"));
        assert_eq!(suggest("United Kingdom").as_deref(), Some("GB"));
        assert_eq!(suggest("الأردن").as_deref(), Some("JO"));
        assert_eq!(suggest("الاردن").as_deref(), Some("JO"));
        assert_eq!(suggest("Algerie").as_deref(), Some("DZ"));
        assert_eq!(suggest("المغرب").as_deref(), Some("MA"));
    }

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
