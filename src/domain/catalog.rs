//! The whole dataset: tools and the sources they cite, parsed once from JSON.

use crate::domain::parse::parse_catalog;
use crate::domain::{DataError, Source, Tool};

/// The built-in data file, embedded into the build.
pub const BUILTIN_JSON: &str = include_str!("../../data/tools.json");

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalog {
    pub tools: Vec<Tool>,
    pub sources: Vec<Source>,
}

impl Catalog {
    /// Parses and validates a data file in the format of `data/tools.json`.
    pub fn parse(json: &str) -> Result<Catalog, Vec<DataError>> {
        parse_catalog(json)
    }

    /// The data shipped with the widget.
    pub fn builtin() -> Result<Catalog, Vec<DataError>> {
        Catalog::parse(BUILTIN_JSON)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}
