//! Thin view components; each file holds one.

mod comparison_table;
mod data_errors;
mod lang_switch;
mod source_note;
mod tristate_value;

pub use comparison_table::ComparisonTable;
pub use data_errors::DataErrors;
pub use lang_switch::LangSwitch;
pub use source_note::SourceNote;
pub use tristate_value::TristateValue;
