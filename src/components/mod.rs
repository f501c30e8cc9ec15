//! Thin view components; each file holds one.

mod choice_buttons;
mod compare_view;
mod comparison_table;
mod data_errors;
mod export_bar;
mod filter_panel;
mod footnote;
mod lang_switch;
mod link_notice;
mod source_note;
mod sources_list;
mod table_section;
mod tool_name;
mod tristate_value;
mod value_cell;
mod view_switch;

pub use choice_buttons::{Choice, ChoiceButtons};
pub use compare_view::CompareView;
pub use comparison_table::ComparisonTable;
pub use data_errors::DataErrors;
pub use export_bar::ExportBar;
pub use filter_panel::FilterPanel;
pub use footnote::Footnote;
pub use lang_switch::LangSwitch;
pub use link_notice::LinkNotice;
pub use source_note::SourceNote;
pub use sources_list::SourcesList;
pub use table_section::TableSection;
pub use tool_name::ToolName;
pub use tristate_value::TristateValue;
pub use value_cell::ValueCell;
pub use view_switch::ViewSwitch;
