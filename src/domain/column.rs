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

    /// The sourced fact shown in this column; the tool name has none.
    pub fn field(self) -> Option<Field> {
        match self {
            Column::Tool => None,
            Column::Location => Some(Field::Location),
            Column::MaxParticipants => Some(Field::MaxParticipants),
            Column::E2e => Some(Field::E2e),
            Column::Platform(p) => Some(Field::Platform(p)),
            Column::Blur => Some(Field::Blur),
        }
    }
}
