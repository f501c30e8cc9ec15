//! Whether a tool is still offered, discontinued or renamed: a sourced fact of the current view only.

use crate::domain::{SourceDate, Text};

/// What became of a tool since the source table.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum StatusKind {
    /// Still offered, as of the status date.
    Active,
    Discontinued,
    /// Renamed; `to` is the current product name.
    Renamed {
        to: String,
    },
}

impl StatusKind {
    /// The keys the data file uses for `kind`.
    pub const KEYS: [&'static str; 3] = ["active", "discontinued", "renamed"];

    pub fn key(&self) -> &'static str {
        match self {
            StatusKind::Active => "active",
            StatusKind::Discontinued => "discontinued",
            StatusKind::Renamed { .. } => "renamed",
        }
    }
}

/// A tool's status with its note and source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    pub kind: StatusKind,
    /// When it happened, if the source says so (Skype: 2025-05-05); the status may be known
    /// without knowing its date (Blizz's rename).
    pub date: Option<SourceDate>,
    pub note: Text,
    /// Source id.
    pub source: String,
    /// The date the fact holds as of; the newest such date heads the current view.
    pub as_of: SourceDate,
}

impl Status {
    pub fn is_discontinued(&self) -> bool {
        self.kind == StatusKind::Discontinued
    }

    /// The new name of a renamed tool.
    pub fn renamed_to(&self) -> Option<&str> {
        match &self.kind {
            StatusKind::Renamed { to } => Some(to),
            _ => None,
        }
    }
}
