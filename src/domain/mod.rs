//! Plain-Rust domain of vk-check: data model, data-file parsing and validation (no UI imports).

pub mod catalog;
pub mod column;
pub mod export;
pub mod field_value;
pub mod lang;
pub mod location;
pub mod options;
pub mod parse;
pub mod platform;
pub mod rating;
pub mod resolve;
pub mod source;
pub mod status;
pub mod tool;
pub mod tristate;
pub mod update;
pub mod view;

pub use catalog::Catalog;
pub use column::Column;
pub use field_value::FieldValue;
pub use lang::{Lang, Text};
pub use location::{Location, Region};
pub use options::{parse_options, EmbedOptions, Parts};
pub use parse::{DataError, Problem};
pub use platform::{Platform, Platforms};
pub use rating::{AuthorityRating, RatingLevel};
pub use resolve::{resolve, Change, ResolvedTool};
pub use source::{Source, SourceDate};
pub use status::{Status, StatusKind};
pub use tool::{Field, Origin, Tool};
pub use tristate::Tristate;
pub use update::Update;
pub use view::DataView;
