//! Counting words the way a word processor does, in Arabic as in Latin script: a word is a
//! run of non-space characters holding at least one letter or digit. Arabic diacritics and
//! the tatweel are part of their word; punctuation alone (`—`, `:`, `•`) is not a word.

/// Number of words in `text`.
pub fn count(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut words = 0;
    // The text starts as after a space.
    let mut after_space = 1;
    let mut padded: Window;
    let mut i = 0;
    while i < bytes.len() {
        let inside = i
            .checked_sub(2)
            .and_then(|from| bytes.get(from..i + BLOCK + 1))
            .and_then(|window| <&Window>::try_from(window).ok());
        let window = match inside {
            Some(window) => window,
            None => {
                // At either end of the text: spaces past it.
                padded = [b' '; BLOCK + 3];
                let from = i.saturating_sub(2);
                let to = (i + BLOCK + 1).min(bytes.len());
                padded[2 - (i - from)..][..to - from].copy_from_slice(&bytes[from..to]);
                &padded
            }
        };
        words += count_block(text, i, window, &mut after_space);
        i += BLOCK;
    }
    words
}

/// Bytes counted at once: the loops over a block are written byte by byte, with flags of
/// 0 or 1, so that the compiler makes them a few vector operations each.
const BLOCK: usize = 64;

/// A block of text with the two bytes before it and the one after.
type Window = [u8; BLOCK + 3];

/// Words starting in the block at byte `i` of `text`; `after_space`, whether the byte
/// before the block is a space, becomes whether its last byte is.
fn count_block(text: &str, i: usize, window: &Window, after_space: &mut u8) -> usize {
    let eq = |a: u8, b: u8| u8::from(a == b);
    let le = |a: u8, b: u8| u8::from(a <= b);
    // space[k + 1]: whether byte k of the block is (part of) a space; space[0], the one
    // before it.
    let mut space = [0; BLOCK + 1];
    space[0] = *after_space;
    // The first bytes of the spaces outside ASCII (0xC2 for U+0085 and U+00A0, 0xE1 to
    // 0xE3 for the others), and of many other characters.
    let mut lead = [0; BLOCK];
    let mut leads = 0;
    for k in 0..BLOCK {
        let b = window[k + 2];
        space[k + 1] = eq(b, b' ') | le(b.wrapping_sub(b'\t'), b'\r' - b'\t');
        lead[k] = eq(b, 0xC2) | le(b.wrapping_sub(0xE1), 2);
        leads |= lead[k];
    }
    if leads != 0 || is_space_lead(window[0]) || is_space_lead(window[1]) {
        mark_spaces(text, i, &lead, &mut space);
    }
    // A token (a run of bytes that are not spaces) is a word when its first character is
    // an ASCII letter or digit or an Arabic letter; the others are read further.
    let mut words = 0u8;
    let mut unsure = [0; BLOCK];
    let mut any_unsure = 0;
    for k in 0..BLOCK {
        let (b, next) = (window[k + 2], window[k + 3]);
        let starts = space[k] & (space[k + 1] ^ 1);
        let alnum = le((b | 0x20).wrapping_sub(b'a'), 25)
            | le(b.wrapping_sub(b'0'), 9)
            // U+0620 to U+064A.
            | (eq(b, 0xD8) & le(0xA0, next))
            | (eq(b, 0xD9) & le(next, 0x8A));
        words = words.wrapping_add(starts & alnum);
        unsure[k] = starts & (alnum ^ 1);
        any_unsure |= unsure[k];
    }
    *after_space = space[BLOCK];
    let mut words = usize::from(words);
    if any_unsure != 0 {
        for_each_set(&unsure, |k| words += usize::from(has_alnum(text, i + k)));
    }
    words
}

/// Whether `b` may start a space outside ASCII.
fn is_space_lead(b: u8) -> bool {
    b == 0xC2 || (0xE1..=0xE3).contains(&b)
}

/// Marks in `space` the bytes of the block at byte `i` that belong to spaces outside
/// ASCII: those starting at a `lead` byte, or in the two bytes before the block.
#[inline(never)]
fn mark_spaces(text: &str, i: usize, lead: &[u8; BLOCK], space: &mut [u8; BLOCK + 1]) {
    let mut mark = |at: usize| {
        if let Some(c) = char_at(text, at).filter(|&c| is_whitespace(c)) {
            for byte in at.max(i)..(at + c.len_utf8()).min(i + BLOCK) {
                space[byte - i + 1] = 1;
            }
        }
    };
    for back in [2, 1] {
        if let Some(at) = i.checked_sub(back) {
            mark(at);
        }
    }
    for_each_set(lead, |k| mark(i + k));
}

/// Calls `f` with the index of every flag of `flags` that is set, eight flags at a time.
fn for_each_set(flags: &[u8; BLOCK], mut f: impl FnMut(usize)) {
    for (eighth, chunk) in flags.chunks_exact(8).enumerate() {
        let mut set = chunk.try_into().map_or(0, u64::from_le_bytes);
        while set != 0 {
            f(eighth * 8 + (set.trailing_zeros() / 8) as usize);
            set &= set - 1;
        }
    }
}

/// Whether the token starting at byte `i` holds a letter or digit.
fn has_alnum(text: &str, i: usize) -> bool {
    let mut at = i;
    while let Some(c) = char_at(text, at) {
        if is_alphanumeric(c) {
            return true;
        }
        if is_whitespace(c) {
            return false;
        }
        at += c.len_utf8();
    }
    false
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
    fn spaces_and_words_across_the_edges_of_blocks_are_counted_as_the_reference_does() {
        let spaces = [
            " ", "\n", "\t", "\u{85}", "\u{a0}", "\u{1680}", "\u{2000}", "\u{200a}", "\u{2028}",
            "\u{2029}", "\u{202f}", "\u{205f}", "\u{3000}",
        ];
        let words = ["a", "é", "ب", "،", "«", "—x", "٣", "\u{2060}"];
        for space in spaces {
            for word in words {
                for offset in 0..3 * super::BLOCK {
                    let text = format!("{}{space}{word}{space}{word}", "x".repeat(offset));
                    assert_eq!(count(&text), reference(&text), "{text:?}");
                }
            }
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
