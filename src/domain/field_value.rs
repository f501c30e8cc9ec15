//! One fact's value tagged with the field it belongs to, so an update cannot give a field the wrong type.

use crate::domain::{Field, Location, Platform, Tristate};

/// The value of one sourced fact of a tool.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FieldValue {
    /// `None`: not stated (for self-hosted tools: depends on where it is hosted).
    Location(Option<Location>),
    /// `None`: not stated.
    MaxParticipants(Option<u32>),
    E2e(Tristate),
    Platform(Platform, Tristate),
    Blur(Tristate),
}

impl FieldValue {
    /// The field this value belongs to.
    pub fn field(&self) -> Field {
        match self {
            FieldValue::Location(_) => Field::Location,
            FieldValue::MaxParticipants(_) => Field::MaxParticipants,
            FieldValue::E2e(_) => Field::E2e,
            FieldValue::Platform(platform, _) => Field::Platform(*platform),
            FieldValue::Blur(_) => Field::Blur,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_names_its_field() {
        assert_eq!(FieldValue::E2e(Tristate::Yes).field(), Field::E2e);
        assert_eq!(
            FieldValue::Platform(Platform::Macos, Tristate::Yes).field(),
            Field::Platform(Platform::Macos)
        );
        assert_eq!(
            FieldValue::MaxParticipants(None).field(),
            Field::MaxParticipants
        );
    }
}
