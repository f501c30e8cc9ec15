//! A video-conferencing tool with its typed facts and the source of each fact.

use crate::domain::compliance::TrafficLight;
use crate::domain::{
    AuthorityRating, FieldValue, Location, Platform, Platforms, Status, Text, Tristate, Update,
};

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
    /// The name the source table used, when the current view shows a renamed tool's new name;
    /// never in the data. Kept here, not only beside the tool, so the search finds it too.
    pub former_name: Option<Box<str>>,
    pub origin: Origin,
    /// Server or provider location, or self-hosted (wherever the user runs it); `None` when not
    /// stated.
    pub location: Option<Location>,
    /// Maximum participants; `None` when not stated.
    pub max_participants: Option<u32>,
    pub e2e: Tristate,
    pub platforms: Platforms,
    pub blur: Tristate,
    /// Source id of every fact not listed in `field_sources`.
    pub source: String,
    pub field_sources: Vec<(Field, String)>,
    /// A remark on the whole tool (e.g. why a self-hosted tool's location is the user's choice); current view only.
    /// Boxed, like `status` and `authority_rating`: few tools have one, and unboxed they would
    /// more than double the size of every tool (thousands of custom tools, two copies each).
    pub note: Option<Box<Text>>,
    /// Newer facts, applied by the current view; a resolved tool has none left.
    pub updates: Vec<Update>,
    /// Current view only: the original view shows the tool as the article did.
    pub status: Option<Box<Status>>,
    /// Current view only, like `status`.
    pub authority_rating: Option<Box<AuthorityRating>>,
    /// The calculator's light for this tool in the user's scenario. Never in the data: the
    /// table sets it on its working copy once a scenario exists, so filters and sorting see it.
    pub light: Option<TrafficLight>,
}

impl Tool {
    /// The source id that backs one fact of this tool.
    pub fn source_of(&self, field: Field) -> &str {
        self.field_sources
            .iter()
            .find(|(f, _)| *f == field)
            .map_or(&self.source, |(_, id)| id)
    }

    /// The value of one fact.
    pub fn value(&self, field: Field) -> FieldValue {
        match field {
            Field::Location => FieldValue::Location(self.location.clone()),
            Field::MaxParticipants => FieldValue::MaxParticipants(self.max_participants),
            Field::E2e => FieldValue::E2e(self.e2e),
            Field::Platform(p) => FieldValue::Platform(p, self.platforms.get(p)),
            Field::Blur => FieldValue::Blur(self.blur),
        }
    }

    /// Replaces one fact's value and records the source that backs it.
    pub fn set(&mut self, value: FieldValue, source: &str) {
        let field = value.field();
        match value {
            FieldValue::Location(v) => self.location = v,
            FieldValue::MaxParticipants(v) => self.max_participants = v,
            FieldValue::E2e(v) => self.e2e = v,
            FieldValue::Platform(p, v) => self.platforms.set(p, v),
            FieldValue::Blur(v) => self.blur = v,
        }
        self.field_sources.retain(|(f, _)| *f != field);
        if source != self.source {
            self.field_sources.push((field, source.to_owned()));
        }
    }

    /// Whether the tool's status says it is no longer offered.
    pub fn is_discontinued(&self) -> bool {
        self.status.as_deref().is_some_and(Status::is_discontinued)
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
