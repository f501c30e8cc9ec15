//! Plain-Rust domain of vk-check: data model, data-file parsing and validation (no UI imports).

pub mod catalog;
pub mod column;
pub mod compliance;
pub mod lang;
pub mod location;
pub mod parse;
pub mod platform;
pub mod source;
pub mod tool;
pub mod tristate;

pub use catalog::Catalog;
pub use column::Column;
pub use lang::{Lang, Text};
pub use location::{Location, Region, ADEQUACY_AS_OF};
pub use parse::{DataError, Problem};
pub use platform::{Platform, Platforms};
pub use source::{Source, SourceDate};
pub use tool::{Field, Origin, Tool};
pub use tristate::Tristate;
