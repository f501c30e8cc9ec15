//! A supervisory authority's traffic-light rating of a tool, such as the Berlin DPA's 2020 list.

use crate::domain::{SourceDate, Text};

/// The authority's traffic light.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RatingLevel {
    /// Defects that rule out lawful use as things stand.
    Red,
    /// Defects that can be fixed.
    Yellow,
    /// No defects found in a short review, which is not proof of compliance.
    Green,
}

impl RatingLevel {
    pub const ALL: [RatingLevel; 3] = [RatingLevel::Red, RatingLevel::Yellow, RatingLevel::Green];

    /// The spelling used in the data file.
    pub fn key(self) -> &'static str {
        match self {
            RatingLevel::Red => "red",
            RatingLevel::Yellow => "yellow",
            RatingLevel::Green => "green",
        }
    }

    pub fn from_key(key: &str) -> Option<RatingLevel> {
        RatingLevel::ALL.into_iter().find(|r| r.key() == key)
    }
}

/// One authority's rating of one tool, with note, source and date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuthorityRating {
    pub value: RatingLevel,
    pub note: Text,
    /// Source id.
    pub source: String,
    pub as_of: SourceDate,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rating_keys_round_trip() {
        for r in RatingLevel::ALL {
            assert_eq!(RatingLevel::from_key(r.key()), Some(r));
        }
        assert_eq!(RatingLevel::from_key("rot"), None);
    }
}
