//! The answers per tool id, as a list sorted by id.

// A handful of tools get answers, so a sorted `Vec` is as quick as a `BTreeMap` here and costs
// far less code in the wasm than a B-tree monomorphised for `Answers`. The methods are those of
// the map it replaces, so call sites read the same.

use std::ops::Index;

use crate::domain::compliance::Answers;

/// Tool ids with their answers, each id once, in id order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AnswersPerTool(Vec<(String, Answers)>);

impl AnswersPerTool {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, id: &str) -> Option<&Answers> {
        let index = self.position(id).ok()?;
        self.0.get(index).map(|(_, answers)| answers)
    }

    pub fn contains_key(&self, id: &str) -> bool {
        self.position(id).is_ok()
    }

    /// Sets the answers for `id`, replacing any it had.
    pub fn insert(&mut self, id: String, answers: Answers) {
        match self.position(&id) {
            Ok(index) => self.0[index].1 = answers,
            Err(index) => self.0.insert(index, (id, answers)),
        }
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&String, &mut Answers) -> bool) {
        self.0.retain_mut(|(id, answers)| keep(id, answers));
    }

    /// In id order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Answers)> {
        self.0.iter().map(|(id, answers)| (id, answers))
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(id, _)| id)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn position(&self, id: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(key, _)| key.as_str().cmp(id))
    }
}

/// As a map collects: for an id given twice, the later answers win.
impl FromIterator<(String, Answers)> for AnswersPerTool {
    fn from_iter<I: IntoIterator<Item = (String, Answers)>>(iter: I) -> Self {
        let mut entries: Vec<(String, Answers)> = iter.into_iter().collect();
        // Stable, so equal ids stay in the order given; the last of each run is kept.
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        entries.dedup_by(|later, earlier| {
            let same = later.0 == earlier.0;
            if same {
                std::mem::swap(later, earlier);
            }
            same
        });
        AnswersPerTool(entries)
    }
}

/// `answers["zoom"]`; panics for an id without answers, as a map does.
impl Index<&str> for AnswersPerTool {
    type Output = Answers;

    fn index(&self, id: &str) -> &Answers {
        self.get(id).expect("no answers for this tool id")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Tristate;

    fn with_avv(avv: Tristate) -> Answers {
        Answers {
            avv,
            ..Answers::default()
        }
    }

    #[test]
    fn keeps_ids_sorted_and_once() {
        let mut answers = AnswersPerTool::new();
        for id in ["zoom", "teams", "webex", "teams"] {
            answers.insert(id.to_owned(), Answers::default());
        }
        answers.insert("zoom".to_owned(), with_avv(Tristate::Yes));
        assert_eq!(
            answers.keys().collect::<Vec<_>>(),
            ["teams", "webex", "zoom"]
        );
        assert_eq!(answers.len(), 3);
        assert_eq!(answers["zoom"].avv, Tristate::Yes);
        assert!(answers.contains_key("webex") && !answers.contains_key("jitsi"));
        assert_eq!(answers.get("jitsi"), None);
        answers.retain(|id, _| id != "webex");
        assert_eq!(
            answers
                .iter()
                .map(|(id, _)| id.as_str())
                .collect::<Vec<_>>(),
            ["teams", "zoom"]
        );
    }

    #[test]
    fn collecting_sorts_and_the_last_answers_for_an_id_win() {
        let answers: AnswersPerTool = [
            ("zoom".to_owned(), with_avv(Tristate::No)),
            ("teams".to_owned(), Answers::default()),
            ("zoom".to_owned(), with_avv(Tristate::Yes)),
        ]
        .into_iter()
        .collect();
        assert_eq!(answers.keys().collect::<Vec<_>>(), ["teams", "zoom"]);
        assert_eq!(answers["zoom"].avv, Tristate::Yes);
        assert!(AnswersPerTool::new().is_empty());
    }
}
