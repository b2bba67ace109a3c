//! "Did you mean …?" for values a user mistyped: a stakeholder kind, a field name, a rule id.

/// The candidate closest to `input`, if it is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let input = input.to_lowercase();
    let limit = (input.chars().count() / 3).max(2);
    candidates
        .into_iter()
        // Optimal string alignment: Levenshtein in characters with adjacent swaps costing
        // one ("unoin" is one edit from "union").
        .map(|c| (strsim::osa_distance(&input, &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_closest_value() {
        let kinds = ["trade-union", "academia", "media"];
        assert_eq!(did_you_mean("trade-unoin", kinds), Some("trade-union"));
        assert_eq!(did_you_mean("Academia", kinds), Some("academia"));
        assert_eq!(did_you_mean("parliament-of-owls", kinds), None);
    }
}
