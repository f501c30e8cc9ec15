//! Which state of the data the table shows: the source article's table or the current state.

/// The two views of the data.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DataView {
    /// "Originaltabelle (ca. 2020)": the 11 source-table tools exactly as the article lists them.
    /// The default, since the widget presents the article; a notice above it says how old it is
    /// and what has changed since, so nobody takes a 2020 value for today's.
    #[default]
    Original,
    /// "Aktueller Stand": all tools with updates, status, ratings and notes applied.
    Current,
}

impl DataView {
    pub const ALL: [DataView; 2] = [DataView::Original, DataView::Current];

    /// A stable key, e.g. for the URL fragment.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn view_keys_round_trip() {
        for v in DataView::ALL {
            assert_eq!(DataView::from_key(v.key()), Some(v));
        }
        assert_eq!(DataView::from_key("Original"), None);
    }
}
