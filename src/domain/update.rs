//! A newer, sourced fact about a tool, stored beside the source table's value instead of over it.

use crate::domain::{Field, FieldValue, SourceDate, Text};

/// One update: the field's new value, why it changed, who says so and as of when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Update {
    /// The new value; its variant names the field.
    pub value: FieldValue,
    pub note: Text,
    /// Source id.
    pub source: String,
    /// The date the fact holds as of, as the source gives it.
    pub as_of: SourceDate,
}

impl Update {
    pub fn field(&self) -> Field {
        self.value.field()
    }
}
