//! The three languages of the compact's regional reviews that the tool speaks, text held in
//! each of them, and digits: Arabic readers get Arabic-Indic digits, and every number a user
//! types may use either Western or Arabic-Indic digits.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A language a report, a guidance text or a message can be written in.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Arabic (right to left).
    Ar,
    /// English.
    En,
    /// French.
    Fr,
}

impl Lang {
    /// Every language, in the order the guidance file lists them.
    pub const ALL: [Lang; 3] = [Lang::Ar, Lang::En, Lang::Fr];

    /// The ISO 639-1 code (`ar`, `en`, `fr`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// Parses an ISO 639-1 code, ignoring case and a region suffix (`fr_FR.UTF-8` is French).
    pub fn from_code(code: &str) -> Option<Lang> {
        let base = code
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == base)
    }

    /// The language a name in English, French or Arabic means ("French", "arabe", "العربية").
    pub fn from_name(name: &str) -> Option<Lang> {
        let name = name.trim().to_lowercase();
        let names: [(&[&str], Lang); 3] = [
            (&["arabic", "arabe", "العربية", "عربي"], Lang::Ar),
            (&["english", "anglais", "الإنجليزية", "الانجليزية"], Lang::En),
            (&["french", "français", "francais", "الفرنسية"], Lang::Fr),
        ];
        names
            .into_iter()
            .find(|(list, _)| list.contains(&name.as_str()))
            .map(|(_, l)| l)
    }

    /// Whether the script runs right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// The colon after a label: French puts a no-break space before it.
    pub fn colon(self) -> &'static str {
        if self == Lang::Fr { "\u{a0}:" } else { ":" }
    }

    /// The HTML `dir` of text in this language.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// Writes a number the way a reader of this language expects it.
    pub fn number(self, n: impl fmt::Display) -> String {
        let text = n.to_string();
        match self {
            Lang::Ar => to_arabic_indic(&text),
            Lang::En | Lang::Fr => text,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_code(s).ok_or_else(|| format!("unknown language `{s}`: use ar, en or fr"))
    }
}

/// The same text in each language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized<T> {
    /// Arabic.
    pub ar: T,
    /// English.
    pub en: T,
    /// French.
    pub fr: T,
}

impl<T> Localized<T> {
    /// The text in one language.
    pub fn get(&self, lang: Lang) -> &T {
        match lang {
            Lang::Ar => &self.ar,
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        }
    }

    /// Every language with its text.
    pub fn iter(&self) -> impl Iterator<Item = (Lang, &T)> {
        Lang::ALL.into_iter().map(move |l| (l, self.get(l)))
    }
}

/// Replaces Western digits with Arabic-Indic ones (٠–٩), leaving everything else as is.
pub fn to_arabic_indic(text: &str) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if c.is_ascii_digit() => char::from_u32(0x0660 + d).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// The value of a decimal digit written in Western (0–9), Arabic-Indic (٠–٩) or Eastern
/// Arabic-Indic (۰–۹, used in Persian and Urdu but typed by some Arabic keyboards) form.
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// Replaces Arabic-Indic digits with Western ones so the text can be parsed as a number.
pub fn to_western_digits(text: &str) -> String {
    text.chars()
        .map(|c| match digit_value(c) {
            Some(d) => char::from_digit(d, 10).unwrap_or(c),
            None => c,
        })
        .collect()
}

/// Parses a whole number written with any of the accepted digit forms.
pub fn parse_number(text: &str) -> Option<u32> {
    let text = text.trim();
    if text.is_empty() || !text.chars().all(|c| digit_value(c).is_some()) {
        return None;
    }
    to_western_digits(text).parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip_through_arabic_indic_digits() {
        assert_eq!(Lang::Ar.number(16), "١٦");
        assert_eq!(Lang::Fr.number(16), "16");
        assert_eq!(parse_number("١٦"), Some(16));
        assert_eq!(parse_number("۲۲"), Some(22));
        assert_eq!(parse_number(" 7 "), Some(7));
        assert_eq!(parse_number("7a"), None);
        assert_eq!(parse_number(""), None);
    }

    #[test]
    fn locale_strings_name_their_language() {
        assert_eq!(Lang::from_code("fr_FR.UTF-8"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("ar-JO"), Some(Lang::Ar));
        assert_eq!(Lang::from_code("C.UTF-8"), None);
    }
}
