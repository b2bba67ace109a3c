//! Calendar dates as reports write them (YYYY-MM-DD), without a date-time dependency.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::lang::to_western_digits;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month, 1-12.
    pub month: u32,
    /// Day, 1-31.
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD` (Arabic-Indic digits accepted); `None` when malformed or when
    /// the day does not exist.
    pub fn parse(text: &str) -> Option<Date> {
        let date = Date::shaped(text)?;
        (1..=12)
            .contains(&date.month)
            .then_some(())
            .filter(|()| (1..=days_in_month(date.year, date.month)).contains(&date.day))
            .map(|()| date)
    }

    /// For a text written `YYYY-MM-DD` with a real month but a day it does not have
    /// (`2026-02-30`), the number of days of that month.
    pub fn missing_day(text: &str) -> Option<u32> {
        let date = Date::shaped(text)?;
        let days = (1..=12)
            .contains(&date.month)
            .then(|| days_in_month(date.year, date.month))?;
        (date.day == 0 || date.day > days).then_some(days)
    }

    /// Year, month and day of a text written `YYYY-MM-DD`, whether or not they exist.
    fn shaped(text: &str) -> Option<Date> {
        let text = to_western_digits(text.trim());
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Some(Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        })
    }

    /// Today, in UTC.
    pub fn today() -> Date {
        let secs = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or_default();
        Date::from_days(i64::try_from(secs / 86_400).unwrap_or_default())
    }

    /// The date `days` days after 1970-01-01 (H. Hinnant's civil-from-days algorithm).
    fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_a_month_does_not_have_is_told_apart_from_a_malformed_date() {
        assert_eq!(Date::missing_day("2026-02-30"), Some(28));
        assert_eq!(Date::missing_day("2024-02-30"), Some(29));
        assert_eq!(Date::missing_day("٢٠٢٦-٠٤-٣١"), Some(30));
        assert_eq!(Date::missing_day("2026-02-28"), None);
        assert_eq!(Date::missing_day("2026-13-01"), None);
        assert_eq!(Date::missing_day("30/02/2026"), None);
    }

    #[test]
    fn parses_real_dates_only() {
        assert_eq!(
            Date::parse("2024-02-29").map(|d| d.to_string()).as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(Date::parse("٢٠٢٤-٠٣-٠١").map(|d| d.day), Some(1));
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("2024-13-01"), None);
        assert_eq!(Date::parse("2024-1-1"), None);
        assert_eq!(Date::parse("yesterday"), None);
    }

    #[test]
    fn days_since_epoch_become_dates() {
        assert_eq!(Date::from_days(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_days(20_421).to_string(), "2025-11-29");
        assert_eq!(Date::from_days(19_782).to_string(), "2024-02-29");
    }
}
