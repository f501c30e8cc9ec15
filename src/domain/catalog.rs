//! The whole dataset: tools and the sources they cite, parsed once from JSON.

use std::rc::Rc;

use crate::domain::parse::parse_catalog;
use crate::domain::{resolve, DataError, DataView, Origin, ResolvedTool, Source, SourceDate, Tool};

/// The built-in data file, embedded into the build.
pub const BUILTIN_JSON: &str = include_str!("../../data/tools.json");

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Catalog {
    /// Shared with the views that show a tool as it is stored (see [`resolve`]): with thousands
    /// of custom tools, a copy of each per view would double the memory they take.
    pub tools: Vec<Rc<Tool>>,
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

    pub fn tool(&self, id: &str) -> Option<&Tool> {
        self.tools.iter().find(|t| t.id == id).map(Rc::as_ref)
    }

    /// Whether the data has the source article's rows, which the original view shows. An
    /// embedder's own data may have none; its tools are then only in the current view.
    pub fn has_source_table(&self) -> bool {
        self.tools.iter().any(|t| t.origin == Origin::SourceTable)
    }

    /// The tools one view shows, in data-file order: the original view only the source table's,
    /// the current view every tool (hiding added ones is a filter the user chooses).
    pub fn view(&self, view: DataView) -> Vec<ResolvedTool> {
        let shown = |t: &&Rc<Tool>| view == DataView::Current || t.origin == Origin::SourceTable;
        // Counted first: growing by doubling would hold up to twice the memory for a while.
        let mut rows = Vec::with_capacity(self.tools.iter().filter(shown).count());
        rows.extend(self.tools.iter().filter(shown).map(|t| resolve(t, view)));
        rows
    }

    /// The date of the newest fact the current view shows, for its "Stand" line: the latest
    /// "as of" of an update, status or rating, or of a dated source a tool's values cite.
    pub fn newest_fact_date(&self) -> Option<SourceDate> {
        let cited = |tool: &Tool| {
            let ids = std::iter::once(tool.source.as_str())
                .chain(tool.field_sources.iter().map(|(_, id)| id.as_str()));
            ids.filter_map(|id| self.source(id)?.date)
                .collect::<Vec<_>>()
        };
        self.tools
            .iter()
            .flat_map(|tool| {
                let dated = tool.updates.iter().map(|u| u.as_of);
                let status = tool.status.iter().map(|s| s.as_of);
                let rating = tool.authority_rating.iter().map(|r| r.as_of);
                dated.chain(status).chain(rating).chain(cited(tool))
            })
            .max()
    }
}
