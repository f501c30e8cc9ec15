//! Plain-Rust domain of vk-check: data, parsing, filters, sorting, URL state (no UI imports).

pub mod catalog;
pub mod column;
pub mod facets;
pub mod filter;
pub mod fold;
pub mod fragment;
pub mod lang;
pub mod location;
pub mod parse;
pub mod platform;
pub mod sort;
pub mod source;
pub mod tool;
pub mod tristate;
pub mod view;

#[cfg(test)]
mod testing;

pub use catalog::Catalog;
pub use column::Column;
pub use facets::Facets;
pub use filter::{FacetOption, Filter, FilterContext};
pub use fold::fold;
pub use fragment::{decode, encode, IgnoreReason, Ignored, UrlState, MAX_COMPARE};
pub use lang::{Lang, Text};
pub use location::{Location, Region};
pub use parse::{DataError, Problem};
pub use platform::{Platform, Platforms};
pub use sort::{sort_rows, Direction, SortKey, SortState};
pub use source::{Source, SourceDate};
pub use tool::{Field, Origin, Tool};
pub use tristate::Tristate;
pub use view::DataView;
