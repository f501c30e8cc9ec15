//! The comparison table's columns; every place that renders or exports a cell matches on this.

use crate::domain::{Field, Platform};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Tool,
    Location,
    MaxParticipants,
    E2e,
    Platform(Platform),
    Blur,
    /// The calculator's traffic light; shown (and not in `ALL`) only once a scenario is set.
    Light,
}

impl Column {
    /// In the source table's order.
    pub const ALL: [Column; 10] = [
        Column::Tool,
        Column::Location,
        Column::MaxParticipants,
        Column::E2e,
        Column::Platform(Platform::Windows),
        Column::Platform(Platform::Macos),
        Column::Platform(Platform::Android),
        Column::Platform(Platform::Ios),
        Column::Platform(Platform::Browser),
        Column::Blur,
    ];

    /// A short stable name, as used in the URL fragment (`sort=participants.desc`).
    pub fn key(self) -> &'static str {
        match self {
            Column::Tool => "name",
            Column::Location => "location",
            Column::MaxParticipants => "participants",
            Column::E2e => "e2e",
            Column::Platform(p) => p.key(),
            Column::Blur => "blur",
            Column::Light => "light",
        }
    }

    pub fn from_key(key: &str) -> Option<Column> {
        Column::ALL
            .into_iter()
            .chain([Column::Light])
            .find(|c| c.key() == key)
    }

    /// The sourced fact shown in this column; the tool name and the light have none.
    pub fn field(self) -> Option<Field> {
        match self {
            Column::Tool | Column::Light => None,
            Column::Location => Some(Field::Location),
            Column::MaxParticipants => Some(Field::MaxParticipants),
            Column::E2e => Some(Field::E2e),
            Column::Platform(p) => Some(Field::Platform(p)),
            Column::Blur => Some(Field::Blur),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_are_unique() {
        for c in Column::ALL {
            assert_eq!(Column::from_key(c.key()), Some(c));
        }
        assert_eq!(Column::from_key("light"), Some(Column::Light));
        assert_eq!(Column::from_key("tool"), None);
    }
}
