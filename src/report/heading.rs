//! Recognising headings: which guidance section a heading names, in any language and with
//! any leading numbering ("2. Methodology", "ثانياً: المنهجية", "II – Méthodologie"), and which
//! objective an objective heading is about ("Objective 6: …", "Objectif 6 : …", "الهدف ٦: …").

use std::collections::HashMap;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use crate::guidance::Guidance;
use crate::lang::parse_number;

/// Arabic ordinal words used to number sections, as [`normalize`] writes them.
const ARABIC_ORDINALS: &[&str] = &[
    "اولا",
    "ثانيا",
    "ثالثا",
    "رابعا",
    "خامسا",
    "سادسا",
    "سابعا",
    "ثامنا",
    "تاسعا",
    "عاشرا",
];

const ROMAN: &[&str] = &[
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
];

/// Matches heading texts against the guidance's sections and objective label.
#[derive(Debug, Clone)]
pub struct HeadingMatcher {
    sections: HashMap<String, usize>,
    objective_labels: Vec<String>,
    /// Both readings of every heading as the scaffold writes it (section titles and
    /// aliases, objective headings, in every language), so that the headings of most
    /// reports are read without being normalized.
    written: HashMap<String, Reading>,
}

/// A heading's objective number and section index, if any.
type Reading = (Option<u32>, Option<usize>);

impl HeadingMatcher {
    /// Builds the lookup tables from every title and alias of every language.
    pub fn new(guidance: &Guidance) -> HeadingMatcher {
        let mut sections = HashMap::new();
        for (index, section) in guidance.sections.iter().enumerate() {
            for (lang, title) in section.title.iter() {
                let names = std::iter::once(title).chain(section.aliases.get(lang));
                for name in names {
                    sections.entry(normalize(name)).or_insert(index);
                }
            }
        }
        let mut objective_labels: Vec<String> = guidance
            .objective_label
            .iter()
            .map(|(_, l)| normalize(l))
            .collect();
        objective_labels.dedup();
        let mut matcher = HeadingMatcher {
            sections,
            objective_labels,
            written: HashMap::new(),
        };
        let titles = guidance.sections.iter().flat_map(|section| {
            section.title.iter().flat_map(|(lang, title)| {
                std::iter::once(title.clone()).chain(section.aliases.get(lang).iter().cloned())
            })
        });
        let objectives = guidance.objectives.iter().flat_map(|objective| {
            crate::lang::Lang::ALL.map(|lang| guidance.objective_heading(objective, lang))
        });
        let written = titles
            .chain(objectives)
            .map(|text| {
                let reading = matcher.read_normalized(&text);
                (text, reading)
            })
            .collect();
        matcher.written = written;
        matcher
    }

    /// Both readings of a heading, normalizing its text once unless it is written as the
    /// scaffold writes it.
    pub fn read(&self, text: &str) -> Reading {
        match self.written.get(text) {
            Some(reading) => *reading,
            None => self.read_normalized(text),
        }
    }

    fn read_normalized(&self, text: &str) -> Reading {
        let normalized = normalize(text);
        (self.objective_of(&normalized), self.section_of(&normalized))
    }

    fn section_of(&self, normalized: &str) -> Option<usize> {
        self.sections.get(normalized).copied()
    }

    fn objective_of(&self, normalized: &str) -> Option<u32> {
        let mut tokens = normalized.split(' ');
        let label = tokens.next()?;
        if !self.objective_labels.iter().any(|l| l == label) {
            return None;
        }
        parse_number(tokens.next()?)
    }
}

/// Lower case, without diacritics, punctuation or leading numbering, Arabic letter variants
/// folded (أ إ آ → ا, ة → ه, ى → ي), words separated by one space.
pub fn normalize(text: &str) -> String {
    let mut folded = fold(text);
    // Folded text has single spaces between its words: the numbering is a prefix of it.
    let mut numbering = 0;
    for token in folded.split(' ') {
        let is_numbering = token.chars().all(|c| crate::lang::digit_value(c).is_some())
            || ROMAN.contains(&token)
            || ARABIC_ORDINALS.contains(&token);
        if !is_numbering {
            folded.drain(..numbering);
            return folded;
        }
        numbering += token.len() + 1;
    }
    // A heading that is only a number keeps it.
    folded
}

/// [`normalize`] without removing numbering: what running text is searched in.
pub fn fold(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    fold_into(text, &mut out);
    // Whole characters only are written: the error cannot happen.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// What each ASCII byte folds to: itself or its lower case, or 0 for a space between
/// words; 0x80 for the bytes of other characters.
const ASCII_FOLD: [u8; 256] = {
    let mut table = [0x80; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            c @ (b'a'..=b'z' | b'0'..=b'9') => c,
            c @ b'A'..=b'Z' => c.to_ascii_lowercase(),
            _ => 0,
        };
        b += 1;
    }
    table
};

/// What the two-byte Arabic characters fold to, by the last bit of their first byte (0xD8
/// or 0xD9) and the six bits of their second: the two bytes of the letter they become
/// (themselves for most; hamza forms lose their hamza or madda, teh marbuta and alef
/// maksura become heh and yeh), [`DROPPED`] for tatweel and harakat, 0 for the characters
/// taken the long way.
const ARABIC_FOLD: [u16; 128] = {
    let mut table = [0; 128];
    let mut i = 0;
    while i < 128 {
        let (lead, next) = (0xD8 + (i >> 6) as u8, 0x80 | (i & 0x3F) as u8);
        let same = (lead as u16) << 8 | next as u16;
        table[i] = match (lead, next) {
            (0xD8, 0xA1 | 0xA7..=0xA8 | 0xAA..=0xBA) | (0xD9, 0x81..=0x88 | 0x8A) => same,
            (0xD8, 0xA2 | 0xA3 | 0xA5) => 0xD8A7,
            (0xD8, 0xA4) => 0xD988,
            (0xD8, 0xA6) | (0xD9, 0x89) => 0xD98A,
            (0xD8, 0xA9) => 0xD987,
            (0xD9, 0x80 | 0x8B..=0x9F | 0xB0) => DROPPED,
            _ => 0,
        };
        i += 1;
    }
    table
};

/// The letter each Latin-1 letter with a diacritic folds to (`é` and `É` to `e`), by the
/// six bits of its second byte after 0xC3; 0 for the characters taken the long way.
const LATIN1_FOLD: [u8; 64] =
    *b"aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0\0aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0y";

/// The byte [`fold_for_search`] writes for each Arabic letter that folding keeps as
/// itself (those [`ARABIC_FOLD`] folds to), by the same index; 0 for the others. Folded
/// text never holds an ASCII control character: they are the codes, from 1.
const ARABIC_SEARCH: [u8; 128] = {
    let mut table = [0; 128];
    let mut code = 1;
    let mut i = 0;
    while i < 128 {
        let (lead, next) = (0xD8 + (i >> 6) as u16, 0x80 | (i & 0x3F) as u16);
        if ARABIC_FOLD[i] == lead << 8 | next {
            table[i] = code;
            code += 1;
        }
        i += 1;
    }
    assert!(code < 0x20);
    table
};

/// [`ARABIC_FOLD`] and [`ARABIC_SEARCH`] in one, by the two bytes of a character read as
/// one number: the code of the letter each Arabic character folds to, [`DROPPED_CODE`]
/// for those folding removes, [`SEPARATOR_CODE`] for the common Arabic punctuation and
/// the Latin-1 signs (`«`, `»`, the no-break space), [`DIGIT_CODE`] for the Arabic-Indic
/// digits, 0 for anything else. One load per character, with no test of its first byte
/// first; the entries in use lie in a few cache lines.
static ARABIC_FOLD_SEARCH: [u8; 0x10000] = {
    let mut table = [0; 0x10000];
    let mut i = 0;
    while i < 128 {
        let pair = (0xD8 + (i >> 6)) << 8 | 0x80 | (i & 0x3F);
        table[pair] = match ARABIC_FOLD[i] {
            0 => 0,
            DROPPED => DROPPED_CODE,
            folded => ARABIC_SEARCH[((folded >> 8) as usize & 1) << 6 | (folded & 0x3F) as usize],
        };
        i += 1;
    }
    // Comma, semicolon, question mark, percent sign, decimal and thousands separators.
    let separators = [0xD88C, 0xD89B, 0xD89F, 0xD9AA, 0xD9AB, 0xD9AC];
    let mut k = 0;
    while k < separators.len() {
        table[separators[k]] = SEPARATOR_CODE;
        k += 1;
    }
    // U+0080 to U+00BF but for the letters and numbers among them (ª ² ³ µ ¹ º ¼ ½ ¾).
    let mut sign = 0xC280;
    while sign <= 0xC2BF {
        if !matches!(
            sign,
            0xC2AA | 0xC2B2 | 0xC2B3 | 0xC2B5 | 0xC2B9 | 0xC2BA | 0xC2BC..=0xC2BE
        ) {
            table[sign] = SEPARATOR_CODE;
        }
        sign += 1;
    }
    let mut digit = 0xD9A0;
    while digit <= 0xD9A9 {
        table[digit] = DIGIT_CODE;
        digit += 1;
    }
    table
};

/// In [`ARABIC_FOLD_SEARCH`], an Arabic character that folding removes.
const DROPPED_CODE: u8 = 0x7F;

/// In [`ARABIC_FOLD_SEARCH`], Arabic punctuation or a Latin-1 sign: it folds to a space
/// between words.
const SEPARATOR_CODE: u8 = 0x7E;

/// In [`ARABIC_FOLD_SEARCH`], an Arabic-Indic digit: it folds to itself, both its bytes.
const DIGIT_CODE: u8 = 0x7D;

/// Whether a code of [`ARABIC_FOLD_SEARCH`] is that of a letter, one test for all the
/// others, which are rare.
fn is_letter_code(code: u8) -> bool {
    code.wrapping_sub(1) < DIGIT_CODE - 1
}

/// The code of what the character of two bytes folds to (see [`ARABIC_FOLD_SEARCH`]).
fn folded_search_code(b: u8, next: u8) -> u8 {
    ARABIC_FOLD_SEARCH[usize::from(u16::from_be_bytes([b, next]))]
}

/// The byte standing for the Arabic letter of two bytes in [`fold_for_search`]; 0 when it
/// has none.
fn search_code(lead: u8, trail: u8) -> u8 {
    if lead & 0xFE == 0xD8 {
        ARABIC_SEARCH[usize::from(lead & 1) << 6 | usize::from(trail & 0x3F)]
    } else {
        0
    }
}

/// An Arabic character that folding removes.
const DROPPED: u16 = 1;

/// What the Arabic character of two bytes folds to (see [`ARABIC_FOLD`]); 0 for anything
/// else.
fn arabic_fold(b: u8, next: u8) -> u16 {
    if b & 0xFE == 0xD8 {
        ARABIC_FOLD[usize::from(b & 1) << 6 | usize::from(next & 0x3F)]
    } else {
        0
    }
}

/// [`fold`] written as UTF-8 bytes into `out`, for searching a whole report. One pass,
/// a byte at a time through a table for ASCII (eight at a time where they need no
/// change), two for Arabic, decomposing only the other characters. A space is written only before
/// the next word, so that none leads, trails or doubles.
pub fn fold_into(text: &str, out: &mut Vec<u8>) {
    let start = out.len();
    let end = fold_in_place::<false>(text, out, start);
    out.truncate(end);
}

/// [`fold_in_place`] for searching folded text for folded titles: the common Arabic
/// letters are written as one byte each (see [`ARABIC_SEARCH`]), which halves the bytes
/// of Arabic text and lets a search skip through them. Not UTF-8: titles are put the same
/// way by this function, and a title is found in a text so folded exactly when it is
/// found in the text's [`fold`].
pub fn fold_for_search(text: &str, out: &mut Vec<u8>, start: usize) -> usize {
    fold_in_place::<true>(text, out, start)
}

/// Eight bytes at `i` that are all ASCII letters, digits or spaces, with no two spaces side
/// by side: which of them are spaces, a bit each, byte 0 in bit 0, and the eight bytes in
/// lower case.
fn plain_chunk(bytes: &[u8], i: usize) -> Option<(u8, [u8; 8])> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut word = [0; 8];
    word.copy_from_slice(bytes.get(i..i + 8)?);
    let w = u64::from_le_bytes(word);
    if w & HIGH != 0 {
        return None;
    }
    // Letters, digits and spaces fold to themselves with the 0x20 bit set (a capital
    // becomes small): setting it in every byte folds the eight, and leaves a letter of
    // either case in one range.
    let lower = w | (0x20 * ONES);
    // The high bit of each byte of `v` that lies in lo..=hi (every byte is below 0x80, so
    // no sum carries into the next byte).
    let within =
        |v: u64, lo: u64, hi: u64| (v + (0x80 - lo) * ONES) & !(v + (0x7F - hi) * ONES) & HIGH;
    let x = w ^ (0x20 * ONES);
    let spaces = !(((x & !HIGH) + !HIGH) | x) & HIGH;
    let plain = within(lower, 0x61, 0x7A) | within(w, 0x30, 0x39) | spaces;
    if plain != HIGH || spaces & (spaces << 8) != 0 {
        return None;
    }
    Some((
        ((spaces >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u8,
        lower.to_le_bytes(),
    ))
}

/// [`fold_into`], written from `start` into room in `out` made beforehand (a buffer kept
/// from one text to the next needs no clearing), which is most of the speed: a byte gives
/// at most itself and the space before it, and a character taken the long way makes room
/// for itself first. Returns where the folded text ends; what follows is left over.
fn fold_in_place<const SEARCH: bool>(text: &str, out: &mut Vec<u8>, start: usize) -> usize {
    let room = start + 2 * text.len() + 8;
    if out.len() < room {
        out.resize(room, 0);
    }
    let mut n = start;
    let mut space = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    // Where eight bytes at once may be tried again: after eight that could not, the bytes
    // are taken one at a time, so that text that never can costs one try per eight bytes.
    let mut retry = 0;
    while i < bytes.len() {
        if i >= retry {
            match plain_chunk(bytes, i) {
                Some((spaces, lower)) if spaces & 1 == 0 || n > start || space => {
                    // Eight bytes of letters, digits and single spaces fold to themselves
                    // in lower case; a space that ends them is written before the next
                    // word.
                    let trailing = spaces >> 7 == 1;
                    let leading = spaces & 1 == 1;
                    if space && !leading {
                        out[n] = b' ';
                        n += 1;
                    }
                    // All eight are written (a fixed size, one store); a trailing space
                    // is left past the end, where the next byte written replaces it.
                    out[n..n + 8].copy_from_slice(&lower);
                    n += if trailing { 7 } else { 8 };
                    space = trailing;
                    i += 8;
                    continue;
                }
                _ => retry = i + 8,
            }
        }
        let b = bytes[i];
        let folded = ASCII_FOLD[usize::from(b)];
        if folded < 0x80 {
            // Without a branch on whether the byte is a letter, which in text changes
            // every few bytes and so cannot be predicted: what is not written is written
            // over.
            let letter = folded != 0;
            out[n] = b' ';
            n += usize::from(space & letter);
            out[n] = folded;
            n += usize::from(letter);
            space = !letter & (n > start);
            i += 1;
            continue;
        }
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        let latin = if b == 0xC3 {
            LATIN1_FOLD[usize::from(next & 0x3F)]
        } else {
            0
        };
        if latin != 0 {
            if space {
                out[n] = b' ';
                n += 1;
                space = false;
            }
            out[n] = latin;
            n += 1;
            i += 2;
            continue;
        }
        if arabic_fold(b, next) > DROPPED {
            // A run of Arabic characters, folded through the table; it starts with a
            // letter, so that the space before it is owed.
            if space {
                out[n] = b' ';
                n += 1;
                space = false;
            }
            if SEARCH {
                // Single spaces between the words of the run are taken in it too.
                loop {
                    for pair in bytes[i..].chunks_exact(2) {
                        let code = folded_search_code(pair[0], pair[1]);
                        // A dropped character stays in the run; anything else but a letter
                        // ends it.
                        if is_letter_code(code) {
                            out[n] = code;
                            n += 1;
                        } else if code != DROPPED_CODE {
                            break;
                        }
                        i += 2;
                    }
                    let next = match bytes.get(i..i + 3) {
                        Some(&[b' ', lead, trail]) => folded_search_code(lead, trail),
                        _ => 0,
                    };
                    if !is_letter_code(next) {
                        break;
                    }
                    out[n] = b' ';
                    n += 1;
                    i += 1;
                }
                continue;
            }
            while let (Some(&lead), Some(&trail)) = (bytes.get(i), bytes.get(i + 1)) {
                match arabic_fold(lead, trail) {
                    0 => break,
                    DROPPED => {}
                    pair => {
                        out[n..n + 2].copy_from_slice(&pair.to_be_bytes());
                        n += 2;
                    }
                }
                i += 2;
            }
            continue;
        }
        if SEARCH {
            // Arabic punctuation and digits and the Latin-1 signs, which are common, without
            // decomposing them.
            match folded_search_code(b, next) {
                SEPARATOR_CODE => {
                    space = n > start;
                    i += 2;
                    continue;
                }
                DIGIT_CODE => {
                    if space {
                        out[n] = b' ';
                        n += 1;
                        space = false;
                    }
                    out[n..n + 2].copy_from_slice(&[b, next]);
                    n += 2;
                    i += 2;
                    continue;
                }
                _ => {}
            }
        }
        let Some(c) = crate::report::words::char_at(text, i) else {
            break;
        };
        i += c.len_utf8();
        let folded = match c {
            // The letters whose folding is known: hamza forms lose their hamza or madda,
            // teh marbuta and alef maksura become heh and yeh; tatweel and harakat go.
            '\u{0622}' | '\u{0623}' | '\u{0625}' => 'ا',
            '\u{0624}' => 'و',
            '\u{0626}' | '\u{0649}' => 'ي',
            '\u{0629}' => 'ه',
            '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' => continue,
            _ => {
                // Copies, so that the loop's own stay in registers.
                let (mut at, mut owed) = (n, space);
                decompose_canonical(c, |d| {
                    if is_combining_mark(d) || d == '\u{0640}' {
                        return;
                    }
                    let d = match d {
                        'ة' => 'ه',
                        'ى' => 'ي',
                        d => d,
                    };
                    (at, owed) = push::<SEARCH>(d, out, at, owed, start);
                });
                (n, space) = (at, owed);
                continue;
            }
        };
        (n, space) = push::<SEARCH>(folded, out, n, space, start);
    }
    n
}

/// Writes the folded `c` at `n` in `out` (a letter or digit in lower case, after the space
/// `space` owes; anything else owes a space once something is written after `start`).
/// Returns where the text now ends and whether a space is owed.
fn push<const SEARCH: bool>(
    c: char,
    out: &mut Vec<u8>,
    mut n: usize,
    space: bool,
    start: usize,
) -> (usize, bool) {
    if !crate::report::words::is_alphanumeric(c) {
        return (n, n > start);
    }
    if out.len() < n + 32 {
        out.resize(out.len() + n + 32, 0);
    }
    if space {
        out[n] = b' ';
        n += 1;
    }
    let mut put = |c: char| {
        let mut utf8 = [0; 4];
        let bytes = c.encode_utf8(&mut utf8).as_bytes();
        let code = match bytes {
            [lead, trail] if SEARCH => search_code(*lead, *trail),
            _ => 0,
        };
        if code != 0 {
            out[n] = code;
            n += 1;
        } else {
            out[n..n + bytes.len()].copy_from_slice(bytes);
            n += bytes.len();
        }
    };
    if ('\u{0600}'..='\u{06FF}').contains(&c) {
        // Arabic has no case.
        put(c);
    } else {
        c.to_lowercase().for_each(put);
    }
    (n, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first implementation of [`fold`], kept to hold the fast one to its results.
    fn fold_reference(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let push = |c: char, out: &mut String| {
            if c.is_alphanumeric() {
                out.extend(c.to_lowercase());
            } else if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        };
        for c in text.chars() {
            if c.is_ascii() {
                push(c, &mut out);
                continue;
            }
            decompose_canonical(c, |d| {
                if is_combining_mark(d) || d == '\u{0640}' {
                    return;
                }
                let d = match d {
                    'ة' => 'ه',
                    'ى' => 'ي',
                    d => d,
                };
                push(d, &mut out);
            });
        }
        if out.ends_with(' ') {
            out.pop();
        }
        out
    }

    #[test]
    fn folding_agrees_with_the_reference() {
        for text in crate::model_tests::samples() {
            assert_eq!(fold(&text), fold_reference(&text), "{text:?}");
        }
        for c in (0x0600..=0x06FFu32).filter_map(char::from_u32) {
            let text = format!("a{c}b");
            assert_eq!(fold(&text), fold_reference(&text), "{c:?}");
        }
    }

    #[test]
    fn eight_bytes_at_a_time_agree_with_the_reference() {
        // Short alphabets make every kind of chunk: words, single and double spaces,
        // spaces at either end, capitals, punctuation and Arabic between them.
        let alphabets: [&[&str]; 4] = [
            &["a", "b", "z", "0", "9", " "],
            &[
                "a", "q", " ", "  ", "A", ",", "é", "ب", "À", "ç", "Ñ", "ÿ", "Ø", "ß", "×", "Æ",
            ],
            &["word", " ", "x", ".", "\n", "أ"],
            &[
                "ب", "ة", "ى", "ـ", "\u{64E}", "إ", "ؤ", "ئ", "آ", "ٰ", "\u{6D2}", " ", "،", "٣",
            ],
        ];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let alphabet = alphabets[(seed % 4) as usize];
            let len = (seed >> 8) % 40;
            let mut text = String::new();
            let mut pick = seed;
            for _ in 0..len {
                pick = pick.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                text.push_str(alphabet[(pick >> 33) as usize % alphabet.len()]);
            }
            assert_eq!(fold(&text), fold_reference(&text), "{text:?}");
        }
    }

    fn matcher() -> (HeadingMatcher, Guidance) {
        let g = Guidance::builtin().unwrap();
        (HeadingMatcher::new(&g), g)
    }

    fn section_id(text: &str) -> Option<String> {
        let (m, g) = matcher();
        m.read(text).1.map(|i| g.sections[i].id.clone())
    }

    #[test]
    fn sections_match_in_every_language_with_numbering_and_diacritics() {
        for heading in [
            "2. Methodology",
            "المنهجية",
            "Méthodologie",
            "METHODOLOGIE",
            "ثانياً: المنهجية",
            "II – Méthodologie",
            "2.1 Methods",
        ] {
            assert_eq!(
                section_id(heading).as_deref(),
                Some("methodology"),
                "{heading}"
            );
        }
        assert_eq!(section_id("Context").as_deref(), Some("national-context"));
        assert_eq!(
            section_id("الملخّص التنفيذي").as_deref(),
            Some("executive-summary")
        );
        assert_eq!(section_id("التوصيات:").as_deref(), Some("recommendations"));
        assert_eq!(section_id("Annex"), None);
    }

    #[test]
    fn objective_headings_in_every_language_and_digit_form() {
        let (m, _) = matcher();
        assert_eq!(
            m.read("Objective 6: Facilitate fair and ethical recruitment")
                .0,
            Some(6)
        );
        assert_eq!(m.read("Objectif 6 : Favoriser").0, Some(6));
        assert_eq!(m.read("الهدف ٦: تيسير التوظيف").0, Some(6));
        assert_eq!(m.read("Objective 22 — Social protection").0, Some(22));
        assert_eq!(m.read("Objective 24").0, Some(24));
        assert_eq!(m.read("Objectives").0, None);
        assert_eq!(m.read("Objective six").0, None);
    }

    #[test]
    fn headings_as_the_scaffold_writes_them_are_read_as_when_normalized() {
        let (m, g) = matcher();
        assert!(m.written.len() > 3 * (g.objectives.len() + g.sections.len()) / 2);
        for (text, reading) in &m.written {
            assert_eq!(*reading, m.read_normalized(text), "{text}");
        }
        let objective = &g.objectives[5];
        for lang in crate::lang::Lang::ALL {
            assert_eq!(
                m.read(&g.objective_heading(objective, lang)),
                (Some(u32::from(objective.number)), None)
            );
        }
    }

    #[test]
    fn the_fold_for_search_is_the_fold_with_one_byte_for_each_common_arabic_letter() {
        // Each code back to the two bytes of its letter.
        let mut letters = std::collections::HashMap::new();
        for (i, &code) in ARABIC_SEARCH.iter().enumerate() {
            if code != 0 {
                letters.insert(code, [0xD8 + (i >> 6) as u8, 0x80 | (i & 0x3F) as u8]);
            }
        }
        assert_eq!(
            letters.len(),
            29,
            "hamza, alef, beh, teh to ghain, feh to waw, yeh"
        );
        let mut texts = crate::model_tests::samples();
        texts.push("إنّ حقوقَ الإنسانِ مُراعاةٌ".to_string());
        texts.push("في ٢٠٢٦، بلغت النسبة ٤٥٫٥٪؛ لماذا؟ ،٣ ب".to_string());
        // Every Latin-1 and Arabic character after and before letters, spaces and digits.
        for c in (0x0080..=0x00FFu32)
            .chain(0x0600..=0x06FF)
            .filter_map(char::from_u32)
        {
            for context in ["ب{c}ب", "ب {c} ب", "a{c}", "{c}", " {c}٣ {c}،ب"] {
                texts.push(context.replace("{c}", &c.to_string()));
            }
        }
        for text in texts {
            let mut out = Vec::new();
            let end = fold_for_search(&text, &mut out, 0);
            let decoded: Vec<u8> = out[..end]
                .iter()
                .flat_map(|b| match letters.get(b) {
                    Some(pair) => pair.to_vec(),
                    None => vec![*b],
                })
                .collect();
            assert_eq!(decoded, fold(&text).into_bytes(), "{text:?}");
        }
    }
}
