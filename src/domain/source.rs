//! Where a fact comes from: a publication with title, publisher, address and date.

use std::fmt;

/// A date as precise as the source gives it; `circa` marks an inferred date ("ca. 2020").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SourceDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub circa: bool,
}

impl SourceDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally prefixed with `~` for "circa".
    pub fn parse(text: &str) -> Option<SourceDate> {
        let (circa, rest) = match text.strip_prefix('~') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let mut parts = rest.split('-');
        let year = parse_part(parts.next()?, 4, 1990, 2100)? as u16;
        let month = match parts.next() {
            Some(m) => Some(parse_part(m, 2, 1, 12)?),
            None => None,
        };
        let day = match (month, parts.next()) {
            (Some(m), Some(d)) => Some(parse_part(d, 2, 1, days_in_month(year, m))?),
            (_, None) => None,
            (None, Some(_)) => return None,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(SourceDate {
            year,
            month: month.map(|m| m as u8),
            day: day.map(|d| d as u8),
            circa,
        })
    }
}

fn parse_part(text: &str, len: usize, min: u32, max: u32) -> Option<u32> {
    if text.len() != len || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u32 = text.parse().ok()?;
    (min..=max).contains(&n).then_some(n)
}

fn days_in_month(year: u16, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// ISO form, as in the data file.
impl fmt::Display for SourceDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.circa {
            f.write_str("~")?;
        }
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// A publication that facts in the data cite.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub url: Option<String>,
    /// `None` for an undated web page; the data file says so with `"date": null`.
    pub date: Option<SourceDate>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_precisions_sources_give() {
        let d = SourceDate::parse("2020-10-26").unwrap();
        assert_eq!(
            (d.year, d.month, d.day, d.circa),
            (2020, Some(10), Some(26), false)
        );
        let d = SourceDate::parse("~2020").unwrap();
        assert_eq!((d.year, d.month, d.day, d.circa), (2020, None, None, true));
        assert_eq!(SourceDate::parse("2024-06").unwrap().month, Some(6));
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            "2020-13",
            "2021-02-29",
            "20-01-01",
            "2020-1-1",
            "2020-01-01-01",
            "",
            "heute",
        ] {
            assert_eq!(SourceDate::parse(bad), None, "{bad}");
        }
        assert!(SourceDate::parse("2024-02-29").is_some());
    }

    #[test]
    fn orders_by_date_and_round_trips_through_display() {
        let a = SourceDate::parse("2020-07-03").unwrap();
        let b = SourceDate::parse("2025-05-05").unwrap();
        assert!(a < b);
        for text in ["2020-07-03", "~2020", "2024-06"] {
            assert_eq!(SourceDate::parse(text).unwrap().to_string(), text);
        }
    }
}
