//! Counting words the way a word processor does, in Arabic as in Latin script: a word is a
//! run of non-space characters holding at least one letter or digit. Arabic diacritics and
//! the tatweel are part of their word; punctuation alone (`—`, `:`, `•`) is not a word.

/// Number of words in `text`.
pub fn count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|token| token.chars().any(char::is_alphanumeric))
        .count()
}

#[cfg(test)]
mod tests {
    use super::count;

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
