//! Plain-Rust domain of vk-check: data, parsing, filters, sorting, URL state (no UI imports).

pub mod catalog;
pub mod column;
pub mod compliance;
pub mod custom_data;
pub mod enum_set;
pub mod export;
pub mod facets;
pub mod field_value;
pub mod filter;
pub mod fold;
pub mod fragment;
pub mod lang;
pub mod location;
mod number_field;
pub mod options;
pub mod parse;
pub mod platform;
pub mod rating;
pub mod resolve;
pub mod sort;
pub mod source;
mod stable_sort;
pub mod status;
pub mod string_set;
pub mod tool;
pub mod tristate;
pub mod update;
pub mod view;

#[cfg(test)]
mod testing;

pub use catalog::Catalog;
pub use column::Column;
pub use custom_data::{combine, combine_json, combine_with, DataMode};
pub use enum_set::EnumSet;
pub use facets::Facets;
pub use field_value::FieldValue;
pub use filter::{FacetOption, Filter};
pub use fold::fold;
pub use fragment::{decode, encode, Edit, IgnoreReason, Ignored, UrlState, MAX_COMPARE};
pub use lang::{Lang, StaticText, Text};
pub use location::{Country, Location, Region, ADEQUACY_AS_OF};
pub use number_field::count_at_least;
pub use options::{parse_options, EmbedOptions, Parts};
pub use parse::{DataError, Problem};
pub use platform::{Platform, Platforms};
pub use rating::{AuthorityRating, RatingLevel};
pub use resolve::{resolve, Change, ResolvedTool};
pub use sort::{sort_rows, Direction, SortKey, SortState};
pub use source::{Source, SourceDate};
pub use status::{Status, StatusKind};
pub use string_set::StringSet;
pub use tool::{Field, Origin, Tool};
pub use tristate::Tristate;
pub use update::Update;
pub use view::DataView;
