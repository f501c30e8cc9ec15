//! A small set of strings as a sorted vector: a `BTreeSet<String>`'s order with far less code.

use std::fmt;

/// Distinct strings in byte order, as a `BTreeSet<String>` holds them. For the few values a
/// filter chooses; inserting is linear in the set's size.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct StringSet(Vec<String>);

impl StringSet {
    /// Adds `value`; whether it was not in the set yet.
    pub fn insert(&mut self, value: String) -> bool {
        match self.0.binary_search(&value) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, value);
                true
            }
        }
    }

    /// Removes `value`; whether it was in the set.
    pub fn remove(&mut self, value: &str) -> bool {
        let found = self.0.binary_search_by(|s| s.as_str().cmp(value));
        found.map(|at| self.0.remove(at)).is_ok()
    }

    pub fn contains(&self, value: &str) -> bool {
        self.0.binary_search_by(|s| s.as_str().cmp(value)).is_ok()
    }

    /// Keeps only the strings for which `keep` is true.
    pub fn retain(&mut self, keep: impl FnMut(&String) -> bool) {
        self.0.retain(keep);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The strings in byte order.
    pub fn iter(&self) -> std::slice::Iter<'_, String> {
        self.0.iter()
    }
}

impl<'a> IntoIterator for &'a StringSet {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl FromIterator<String> for StringSet {
    fn from_iter<I: IntoIterator<Item = String>>(values: I) -> Self {
        let mut set = StringSet::default();
        for value in values {
            set.insert(value);
        }
        set
    }
}

impl<const N: usize> From<[String; N]> for StringSet {
    fn from(values: [String; N]) -> Self {
        values.into_iter().collect()
    }
}

impl fmt::Debug for StringSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(&self.0).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(values: &[&str]) -> StringSet {
        values.iter().map(|v| v.to_string()).collect()
    }

    #[test]
    fn insert_remove_and_contains() {
        let mut s = StringSet::default();
        assert!(s.is_empty());
        assert!(s.insert("NOR".into()));
        assert!(!s.insert("NOR".into()), "already there");
        assert!(s.contains("NOR"));
        assert!(!s.contains("nor"), "case matters, as in a BTreeSet");
        assert_eq!(s.len(), 1);
        assert!(!s.remove("DE"), "never there");
        assert!(s.remove("NOR"));
        assert!(s.is_empty());
    }

    #[test]
    fn iterates_in_byte_order_like_a_btree_set() {
        let values = ["USA", "de", "DE", "NOR", "Ä", "", "DEU"];
        let expected: Vec<String> = std::collections::BTreeSet::from(values.map(String::from))
            .into_iter()
            .collect();
        let s = set(&values);
        assert_eq!(s.iter().cloned().collect::<Vec<_>>(), expected);
        assert_eq!(
            format!("{s:?}"),
            r#"{"", "DE", "DEU", "NOR", "USA", "de", "Ä"}"#
        );
    }

    #[test]
    fn retain_keeps_the_order() {
        let mut s = set(&["c", "a", "b"]);
        s.retain(|v| v != "b");
        assert_eq!(s, set(&["a", "c"]));
        assert_eq!((&s).into_iter().collect::<Vec<_>>(), ["a", "c"]);
    }
}
