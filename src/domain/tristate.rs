//! Three-valued facts: yes, no, or not stated ("k. A."), where unknown is never read as no.

/// A yes/no fact that may be unknown; unknown is the default, since nothing is assumed.
/// Serialised as its key.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tristate {
    Yes,
    No,
    #[default]
    Unknown,
}

impl Tristate {
    pub const ALL: [Tristate; 3] = [Tristate::Yes, Tristate::No, Tristate::Unknown];

    /// The spelling used in the data file.
    pub fn key(self) -> &'static str {
        match self {
            Tristate::Yes => "yes",
            Tristate::No => "no",
            Tristate::Unknown => "unknown",
        }
    }

    pub fn from_key(key: &str) -> Option<Tristate> {
        Tristate::ALL.into_iter().find(|t| t.key() == key)
    }

    pub fn is_yes(self) -> bool {
        self == Tristate::Yes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_reject_anything_else() {
        for t in Tristate::ALL {
            assert_eq!(Tristate::from_key(t.key()), Some(t));
        }
        assert_eq!(Tristate::from_key("Ja"), None);
        assert_eq!(Tristate::from_key(""), None);
    }

    #[test]
    fn the_default_is_unknown() {
        assert_eq!(Tristate::default(), Tristate::Unknown);
    }

    #[test]
    fn unknown_is_not_yes() {
        assert!(!Tristate::Unknown.is_yes());
        assert!(Tristate::Yes.is_yes());
    }
}
