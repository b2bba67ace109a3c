//! Which objectives a user means by `6,22`, `1-5`, `rt3` or `all`, in Western or
//! Arabic-Indic digits.

use crate::guidance::Guidance;
use crate::lang::{parse_number, to_western_digits};
use crate::messages::Msg;
use crate::msg;

/// Parses an objective selection into sorted, distinct objective numbers.
pub fn parse_objectives(spec: &str, guidance: &Guidance) -> Result<Vec<u32>, Msg> {
    let mut numbers = Vec::new();
    // The Arabic comma (U+060C) and semicolon (U+061B) separate as well as the Latin ones.
    for part in spec.split([',', ';', ' ', '\u{060C}', '\u{061B}']) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let lower = to_western_digits(part).to_lowercase();
        if lower == "all" {
            numbers.extend(guidance.objectives.iter().map(|o| u32::from(o.number)));
        } else if let Some(rt) = lower.strip_prefix("rt") {
            let table = rt
                .parse::<u8>()
                .ok()
                .filter(|n| guidance.round_tables.iter().any(|r| r.number == *n))
                .ok_or_else(|| msg!("objectives-round-table", value = part))?;
            numbers.extend(guidance.round_table_objectives(table));
        } else if let Some((from, to)) = part.split_once(['-', '–', '—']) {
            let (from, to) = (number(from, guidance)?, number(to, guidance)?);
            if from > to {
                return Err(msg!("objectives-empty-range", value = part));
            }
            numbers.extend(from..=to);
        } else {
            numbers.push(number(part, guidance)?);
        }
    }
    if numbers.is_empty() {
        return Err(msg!("objectives-empty"));
    }
    numbers.sort_unstable();
    numbers.dedup();
    Ok(numbers)
}

fn number(text: &str, guidance: &Guidance) -> Result<u32, Msg> {
    let n =
        parse_number(text).ok_or_else(|| msg!("objectives-not-a-number", value = text.trim()))?;
    match guidance.objective(n) {
        Some(_) => Ok(n),
        None => Err(msg!("objectives-out-of-range", number = n)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(spec: &str) -> Result<Vec<u32>, String> {
        parse_objectives(spec, &Guidance::builtin().unwrap())
            .map_err(|m| m.text(crate::lang::Lang::En))
    }

    #[test]
    fn numbers_ranges_round_tables_and_all() {
        assert_eq!(parse("6,22").unwrap(), vec![6, 22]);
        assert_eq!(parse("1-3, 2").unwrap(), vec![1, 2, 3]);
        assert_eq!(parse("٦،٢٢").unwrap(), vec![6, 22]);
        assert_eq!(parse("١–٣").unwrap(), vec![1, 2, 3]);
        assert_eq!(parse("RT1").unwrap(), vec![2, 5, 6, 12, 18]);
        assert_eq!(parse("all").unwrap().len(), 23);
    }

    #[test]
    fn out_of_range_and_garbage_are_errors() {
        assert!(parse("24").unwrap_err().contains("no objective 24"));
        assert!(parse("0").is_err());
        assert!(
            parse("rt5")
                .unwrap_err()
                .contains("`rt5` is not a round table")
        );
        assert!(parse("5-2").unwrap_err().contains("empty range"));
        assert!(parse("six").is_err());
        assert!(parse(" , ").is_err());
    }
}
