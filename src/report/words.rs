//! Counting words the way a word processor does, in Arabic as in Latin script: a word is a
//! run of non-space characters holding at least one letter or digit. Arabic diacritics and
//! the tatweel are part of their word; punctuation alone (`—`, `:`, `•`) is not a word.

/// Number of words in `text`.
pub fn count(text: &str) -> usize {
    // Between words, each character is looked at until a letter or digit starts one; once
    // it has counted, only the bytes that may start a space are (`next_maybe_space`).
    let bytes = text.as_bytes();
    let mut words = 0;
    let mut i = 0;
    'between: while let Some(&byte) = bytes.get(i) {
        match BYTE_CLASS[usize::from(byte)] {
            ALNUM => words += 1,
            SPACE | ASCII_OTHER | CONTINUATION => {
                i += 1;
                continue;
            }
            _ => {
                let Some(c) = char_at(text, i) else { break };
                if is_whitespace(c) || !is_alphanumeric(c) {
                    i += c.len_utf8();
                    continue;
                }
                words += 1;
            }
        }
        // In a word that has counted: on to the space that ends it.
        let mut from = i + 1;
        while let Some(at) = next_maybe_space(bytes, from) {
            if BYTE_CLASS[usize::from(bytes[at])] == SPACE {
                i = at + 1;
                continue 'between;
            }
            match char_at(text, at) {
                Some(c) if is_whitespace(c) => {
                    i = at + c.len_utf8();
                    continue 'between;
                }
                _ => from = at + 1,
            }
        }
        break;
    }
    words
}

/// Index of the first byte at or after `i` that may start a space. This scan is most of
/// the cost of counting, so it reads eight bytes at a time: in each, the lowest byte that
/// is below 0x21, 0xC2 or 0xE0 to 0xE3 (a superset of the first bytes of spaces) is found
/// exactly by the usual bit tricks, whose false hits can only lie above a true one.
fn next_maybe_space(bytes: &[u8], mut i: usize) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    let zero_bytes = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    while i < bytes.len() {
        // Past the end, a letter: it matches nothing.
        let mut chunk = [b'a'; 8];
        let n = (bytes.len() - i).min(8);
        match bytes.get(i..i + 8) {
            Some(eight) => chunk.copy_from_slice(eight),
            None => chunk[..n].copy_from_slice(&bytes[i..]),
        }
        let x = u64::from_le_bytes(chunk);
        let hits = (x.wrapping_sub(ONES * 0x21) & !x & HIGH)
            | zero_bytes(x ^ (ONES * 0xC2))
            | zero_bytes((x & (ONES * 0xFC)) ^ (ONES * 0xE0));
        if hits == 0 {
            i += n;
            continue;
        }
        let at = i + (hits.trailing_zeros() / 8) as usize;
        if matches!(BYTE_CLASS[usize::from(bytes[at])], SPACE | MAYBE_SPACE) {
            return Some(at);
        }
        // A control character or 0xE0: not a space.
        i = at + 1;
    }
    None
}

/// The character starting at byte `i`, decoded directly when it takes two bytes (Arabic,
/// accented Latin letters).
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    let bytes = text.as_bytes();
    match (bytes.get(i), bytes.get(i + 1)) {
        (Some(&lead @ 0xC2..=0xDF), Some(&next)) => {
            char::from_u32(u32::from(lead & 0x1F) << 6 | u32::from(next & 0x3F))
        }
        _ => text.get(i..).and_then(|rest| rest.chars().next()),
    }
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
