//! Test data for the domain's unit tests: the built-in tools and made-up tools with chosen facts.

use crate::domain::{Catalog, Location, Origin, Platforms, Tool, Tristate};

pub(crate) fn builtin() -> Vec<Tool> {
    Catalog::builtin().expect("built-in data is valid").tools
}

/// An added tool named like its id, with every fact unknown.
pub(crate) fn unknown_tool(id: &str) -> Tool {
    Tool {
        id: id.to_owned(),
        name: id.to_owned(),
        origin: Origin::Added,
        location: None,
        max_participants: None,
        e2e: Tristate::Unknown,
        platforms: Platforms::UNKNOWN,
        blur: Tristate::Unknown,
        source: "test".to_owned(),
        field_sources: Vec::new(),
    }
}

pub(crate) fn located(id: &str, code: &str) -> Tool {
    Tool {
        location: Location::from_code(code),
        ..unknown_tool(id)
    }
}

/// The ids of `rows`, for readable assertions.
pub(crate) fn ids<'t>(tools: &'t [Tool], rows: &[usize]) -> Vec<&'t str> {
    rows.iter().map(|&i| tools[i].id.as_str()).collect()
}
