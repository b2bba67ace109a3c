//! Counting words the way a word processor does, in Arabic as in Latin script: a word is a
//! run of non-space characters holding at least one letter or digit. Arabic diacritics and
//! the tatweel are part of their word; punctuation alone (`—`, `:`, `•`) is not a word.

/// Number of words in `text`.
pub fn count(text: &str) -> usize {
    // One pass over the bytes: a run of non-space characters counts once, at its first
    // letter or digit; once it has counted, only a possible space is looked at.
    let bytes = text.as_bytes();
    let mut words = 0;
    let mut counted = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if matches!(b, b' ' | b'\t'..=b'\r') {
                counted = false;
            } else if !counted && b.is_ascii_alphanumeric() {
                words += 1;
                counted = true;
            }
            i += 1;
            continue;
        }
        // Every space outside ASCII starts with one of these bytes (U+0085, U+00A0,
        // U+1680, U+2000-U+205F, U+3000); within a counted word the rest are skipped.
        if counted && !matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3) {
            i += 1;
            continue;
        }
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
            // Not at a character boundary: a continuation byte of a skipped character.
            i += 1;
            continue;
        };
        if is_whitespace(c) {
            counted = false;
        } else if !counted && is_alphanumeric(c) {
            words += 1;
            counted = true;
        }
        i += c.len_utf8();
    }
    words
}

/// `char::is_whitespace`, answering for ASCII and the Arabic block (which has no space)
/// without the Unicode table lookup.
fn is_whitespace(c: char) -> bool {
    match c {
        '\0'..='\u{7F}' => matches!(c, ' ' | '\t'..='\r'),
        '\u{0600}'..='\u{06FF}' => false,
        c => c.is_whitespace(),
    }
}

/// `char::is_alphanumeric`, answering from ranges for ASCII and the Arabic letters and
/// digits without the Unicode table lookup, which dominated the cost of counting words.
pub(crate) fn is_alphanumeric(c: char) -> bool {
    match c {
        '\0'..='\u{7F}' => c.is_ascii_alphanumeric(),
        // Arabic letters and the tatweel, Arabic-Indic digits.
        '\u{0620}'..='\u{064A}' | '\u{0660}'..='\u{0669}' => true,
        // Arabic comma, semicolon and question mark.
        '\u{060C}' | '\u{061B}' | '\u{061F}' => false,
        c => c.is_alphanumeric(),
    }
}

#[cfg(test)]
mod tests {
    use super::{count, is_alphanumeric, is_whitespace};

    /// The first implementation, kept to hold the fast one to the same results.
    fn reference(text: &str) -> usize {
        text.split_whitespace()
            .filter(|token| token.chars().any(char::is_alphanumeric))
            .count()
    }

    #[test]
    fn the_fast_tests_agree_with_unicode_on_every_character() {
        for c in (0..=0x2FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_whitespace(c), c.is_whitespace(), "{c:?}");
        }
    }

    #[test]
    fn counts_agree_with_the_reference_on_real_and_random_text() {
        for text in crate::model_tests::samples() {
            assert_eq!(count(&text), reference(&text), "{text:?}");
        }
    }

    #[test]
    fn counts_arabic_and_latin_words_alike() {
        assert_eq!(count("يعمل فيه عشرات الآلاف من العمال المهاجرين"), 7);
        assert_eq!(count("قال ٦٢٪ من المشاركين — وهذا مهم."), 6);
        assert_eq!(
            count("مُهَاجِرُونَ، وعُمّال"),
            2,
            "diacritics stay inside their word"
        );
        assert_eq!(count("Whole-of-society approach: l'accès aux soins"), 5);
        assert_eq!(count("  \n "), 0);
        assert_eq!(count("• — :"), 0);
    }
}
