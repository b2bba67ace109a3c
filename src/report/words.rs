//! Counting words the way a word processor does, in Arabic as in Latin script: a word is a
//! run of non-space characters holding at least one letter or digit. Arabic diacritics and
//! the tatweel are part of their word; punctuation alone (`—`, `:`, `•`) is not a word.

/// Number of words in `text`.
pub fn count(text: &str) -> usize {
    // One pass over the bytes: a run of non-space characters counts once, at its first
    // letter or digit; once it has counted, only a byte that may start a space is looked
    // at, through a table of what each byte may be.
    let bytes = text.as_bytes();
    let mut words = 0;
    let mut counted = false;
    let mut i = 0;
    while i < bytes.len() {
        if counted {
            // Inside a word that has counted: on to the next byte that may start a space.
            match bytes[i..]
                .iter()
                .position(|&b| matches!(BYTE_CLASS[usize::from(b)], SPACE | MAYBE_SPACE))
            {
                Some(skip) => i += skip,
                None => break,
            }
        }
        let class = BYTE_CLASS[usize::from(bytes[i])];
        match class {
            SPACE => counted = false,
            ALNUM if !counted => {
                words += 1;
                counted = true;
            }
            ASCII_OTHER | ALNUM | CONTINUATION => {}
            // A character outside ASCII: only one that may be a space matters once the
            // word has counted.
            _ if counted && class != MAYBE_SPACE => {}
            _ => {
                if let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) {
                    if is_whitespace(c) {
                        counted = false;
                    } else if !counted && is_alphanumeric(c) {
                        words += 1;
                        counted = true;
                    }
                    i += c.len_utf8();
                    continue;
                }
            }
        }
        i += 1;
    }
    words
}

const SPACE: u8 = 0;
const ALNUM: u8 = 1;
const ASCII_OTHER: u8 = 2;
const CONTINUATION: u8 = 3;
/// The first byte of a character outside ASCII that may be a space: U+0085, U+00A0,
/// U+1680, U+2000-U+205F, U+3000.
const MAYBE_SPACE: u8 = 4;
/// The first byte of any other character outside ASCII.
const LEAD: u8 = 5;

/// What each byte of UTF-8 text may be.
const BYTE_CLASS: [u8; 256] = {
    let mut table = [LEAD; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b' ' | b'\t'..=b'\r' => SPACE,
            b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' => ALNUM,
            0..=0x7F => ASCII_OTHER,
            0x80..=0xBF => CONTINUATION,
            0xC2 | 0xE1 | 0xE2 | 0xE3 => MAYBE_SPACE,
            _ => LEAD,
        };
        b += 1;
    }
    table
};

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
