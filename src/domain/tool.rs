//! A video-conferencing tool with its typed facts and the source of each fact.

use crate::domain::{Location, Platform, Platforms, Tristate};

/// Whether a tool comes from the source article's table or was added later.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Origin {
    SourceTable,
    Added,
}

impl Origin {
    pub const ALL: [Origin; 2] = [Origin::SourceTable, Origin::Added];

    pub fn key(self) -> &'static str {
        match self {
            Origin::SourceTable => "source-table",
            Origin::Added => "added",
        }
    }

    pub fn from_key(key: &str) -> Option<Origin> {
        Origin::ALL.into_iter().find(|o| o.key() == key)
    }
}

/// A fact of a tool that carries its own source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Location,
    MaxParticipants,
    E2e,
    Platform(Platform),
    Blur,
}

impl Field {
    pub const ALL: [Field; 9] = [
        Field::Location,
        Field::MaxParticipants,
        Field::E2e,
        Field::Platform(Platform::Windows),
        Field::Platform(Platform::Macos),
        Field::Platform(Platform::Android),
        Field::Platform(Platform::Ios),
        Field::Platform(Platform::Browser),
        Field::Blur,
    ];

    /// The key used in the data file (`platforms.macos` for one platform).
    pub fn key(self) -> &'static str {
        match self {
            Field::Location => "location",
            Field::MaxParticipants => "max_participants",
            Field::E2e => "e2e",
            Field::Platform(Platform::Windows) => "platforms.windows",
            Field::Platform(Platform::Macos) => "platforms.macos",
            Field::Platform(Platform::Android) => "platforms.android",
            Field::Platform(Platform::Ios) => "platforms.ios",
            Field::Platform(Platform::Browser) => "platforms.browser",
            Field::Blur => "blur",
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// One tool as the data file describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tool {
    pub id: String,
    pub name: String,
    pub origin: Origin,
    /// Server or provider location; `None` when not stated.
    pub location: Option<Location>,
    /// Maximum participants; `None` when not stated.
    pub max_participants: Option<u32>,
    pub e2e: Tristate,
    pub platforms: Platforms,
    pub blur: Tristate,
    /// Source id of every fact not listed in `field_sources`.
    pub source: String,
    pub field_sources: Vec<(Field, String)>,
}

impl Tool {
    /// The source id that backs one fact of this tool.
    pub fn source_of(&self, field: Field) -> &str {
        self.field_sources
            .iter()
            .find(|(f, _)| *f == field)
            .map_or(&self.source, |(_, id)| id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_keys_round_trip() {
        for f in Field::ALL {
            assert_eq!(Field::from_key(f.key()), Some(f));
        }
        assert_eq!(Field::from_key("platforms"), None);
    }
}
