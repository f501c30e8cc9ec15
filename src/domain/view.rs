//! Which state of the data the table shows: the source table as published, or brought up to date.

/// The data view. The original is the default because the widget reproduces the source article.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DataView {
    /// The source table exactly as published (ca. 2020).
    #[default]
    Original,
    /// The source table with the later, sourced updates applied.
    Current,
}

impl DataView {
    pub const ALL: [DataView; 2] = [DataView::Original, DataView::Current];

    /// The spelling used in the URL fragment.
    pub fn key(self) -> &'static str {
        match self {
            DataView::Original => "original",
            DataView::Current => "current",
        }
    }

    pub fn from_key(key: &str) -> Option<DataView> {
        DataView::ALL.into_iter().find(|v| v.key() == key)
    }
}
