//! Test data for the domain's unit tests: the built-in tools and made-up tools with chosen facts.

use std::rc::Rc;

use crate::domain::{Catalog, DataView, Location, Origin, Platforms, Tool, Tristate};

/// The source table's 11 tools as the original view shows them.
pub(crate) fn builtin() -> Vec<Tool> {
    let catalog = Catalog::builtin().expect("built-in data is valid");
    catalog
        .view(DataView::Original)
        .into_iter()
        .map(|r| Rc::unwrap_or_clone(r.tool))
        .collect()
}

/// Every tool as the current view shows it (updates applied, statuses known).
pub(crate) fn current() -> Vec<Tool> {
    let catalog = Catalog::builtin().expect("built-in data is valid");
    catalog
        .view(DataView::Current)
        .into_iter()
        .map(|r| Rc::unwrap_or_clone(r.tool))
        .collect()
}

/// An added tool named like its id, with every fact unknown.
pub(crate) fn unknown_tool(id: &str) -> Tool {
    Tool {
        id: id.to_owned(),
        name: id.to_owned(),
        former_name: None,
        origin: Origin::Added,
        location: None,
        max_participants: None,
        e2e: Tristate::Unknown,
        platforms: Platforms::UNKNOWN,
        blur: Tristate::Unknown,
        source: "test".to_owned(),
        field_sources: Vec::new(),
        note: None,
        updates: Vec::new(),
        status: None,
        authority_rating: None,
        light: None,
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
