//! An embedder's own data, replacing or extending the built-in catalog.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use crate::domain::parse::{parse_json, read_catalog_with};
use crate::domain::{Catalog, DataError, Problem};

/// How custom data combines with the built-in data.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DataMode {
    /// Only the custom tools and sources.
    #[default]
    Replace,
    /// The built-in tools and sources plus the custom ones; an entry with a built-in id replaces
    /// the built-in entry in place, and custom tools may cite built-in sources.
    Extend,
}

impl DataMode {
    pub const ALL: [DataMode; 2] = [DataMode::Replace, DataMode::Extend];

    /// The option value, as in `dataMode: "extend"`.
    pub fn key(self) -> &'static str {
        match self {
            DataMode::Replace => "replace",
            DataMode::Extend => "extend",
        }
    }
}

/// The catalog an instance shows for custom data given as JSON text (a fetched file).
pub fn combine_json(
    builtin: &Catalog,
    json: &str,
    mode: DataMode,
) -> Result<Catalog, Vec<DataError>> {
    combine(builtin, &parse_json(json)?, mode)
}

/// The catalog an instance shows for custom data. Invalid custom data yields every problem
/// found, field by field; the caller then keeps the built-in catalog, so the widget still works.
pub fn combine(
    builtin: &Catalog,
    custom: &Value,
    mode: DataMode,
) -> Result<Catalog, Vec<DataError>> {
    combine_with(builtin, custom, None, mode)
}

/// As [`combine`], with the custom tools given apart from the rest of the data, one at a time
/// (see [`read_catalog_with`]).
pub fn combine_with(
    builtin: &Catalog,
    custom: &Value,
    tools: Option<&mut dyn Iterator<Item = Option<Value>>>,
    mode: DataMode,
) -> Result<Catalog, Vec<DataError>> {
    let known: HashSet<String> = match mode {
        DataMode::Replace => HashSet::new(),
        DataMode::Extend => builtin.sources.iter().map(|s| s.id.clone()).collect(),
    };
    let custom = read_catalog_with(custom, tools, &known)?;
    match mode {
        // An empty table would look like a filter that matches nothing; say what is wrong instead.
        DataMode::Replace if custom.tools.is_empty() => Err(vec![DataError {
            path: "tools".to_owned(),
            problem: Problem::Empty,
        }]),
        DataMode::Replace => Ok(custom),
        DataMode::Extend => Ok(Catalog {
            tools: merge_by_id(&builtin.tools, custom.tools, |t| &t.id),
            sources: merge_by_id(&builtin.sources, custom.sources, |s| &s.id),
        }),
    }
}

/// `base` with each entry of `extra` replacing the one with its id in place, or appended.
/// Keeping the place keeps a replaced tool where readers of the original table expect it.
/// The places are looked up by id, so a long custom list merges in linear time.
fn merge_by_id<T: Clone>(base: &[T], extra: Vec<T>, id: impl Fn(&T) -> &String) -> Vec<T> {
    // Custom ids are unique (the reader rejects repeats), so only the base's places matter.
    let mut places: HashMap<&str, usize> = HashMap::new();
    for (at, entry) in base.iter().enumerate() {
        places.entry(id(entry).as_str()).or_insert(at);
    }
    let mut merged = base.to_vec();
    for entry in extra {
        match places.get(id(&entry).as_str()) {
            Some(&at) => merged[at] = entry,
            None => merged.push(entry),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::parse::PLAIN_JSON;
    use crate::domain::{Origin, Tristate};
    use serde_json::json;

    fn builtin() -> Catalog {
        Catalog::builtin().expect("built-in data is valid")
    }

    fn tool(id: &str, source: &str) -> Value {
        json!({
            "id": id, "name": format!("Tool {id}"), "origin": "added", "source": source,
            "location": "DE", "max_participants": 80, "e2e": "yes", "blur": "unknown",
            "platforms": {"windows": "yes", "macos": "yes", "android": "no", "ios": "no", "browser": "yes"}
        })
    }

    fn company_source() -> Value {
        json!({"id": "it-list", "title": "Freigegebene Tools", "publisher": "Beispiel GmbH", "date": "2025-01"})
    }

    fn paths(errors: &[DataError]) -> Vec<&str> {
        errors.iter().map(|e| e.path.as_str()).collect()
    }

    #[test]
    fn tools_given_one_by_one_read_as_if_listed() {
        let rest = json!({"sources": [company_source()], "tools": []});
        // Valid, and with a problem in the second tool (a source nobody has).
        for tools in [
            vec![tool("a", "it-list")],
            vec![tool("a", "it-list"), tool("b", "nope")],
        ] {
            let listed = json!({"sources": [company_source()], "tools": tools.clone()});
            for mode in DataMode::ALL {
                let mut one_by_one = tools.clone().into_iter().map(Some);
                assert_eq!(
                    combine_with(&builtin(), &rest, Some(&mut one_by_one), mode),
                    combine(&builtin(), &listed, mode),
                );
            }
        }
    }

    #[test]
    fn a_tool_given_one_by_one_that_json_cannot_hold_is_named_by_its_place() {
        let rest = json!({"sources": [company_source()], "tools": []});
        let mut tools = [Some(tool("a", "it-list")), None].into_iter();
        let errors = combine_with(&builtin(), &rest, Some(&mut tools), DataMode::Extend);
        assert_eq!(
            errors,
            Err(vec![DataError {
                path: "tools[1]".to_owned(),
                problem: Problem::WrongType {
                    expected: PLAIN_JSON
                },
            }])
        );
    }

    #[test]
    fn replace_shows_only_the_custom_tools() {
        let custom = json!({"sources": [company_source()], "tools": [tool("intern", "it-list")]});
        let catalog = combine(&builtin(), &custom, DataMode::Replace).unwrap();
        assert_eq!(catalog.tools.len(), 1);
        assert_eq!(catalog.sources.len(), 1);
        assert_eq!(catalog.tools[0].name, "Tool intern");
        // Only added tools: nothing for the original view, so the widget opens the current one.
        assert!(!catalog.has_source_table());
        assert!(builtin().has_source_table());
    }

    #[test]
    fn extend_appends_new_tools_and_keeps_every_built_in_one() {
        let custom = json!({"sources": [company_source()], "tools": [tool("intern", "it-list")]});
        let before = builtin();
        let catalog = combine(&before, &custom, DataMode::Extend).unwrap();
        assert_eq!(catalog.tools.len(), before.tools.len() + 1);
        assert_eq!(catalog.sources.len(), before.sources.len() + 1);
        assert_eq!(catalog.tools.last().unwrap().id, "intern");
        assert_eq!(catalog.tools[..before.tools.len()], before.tools[..]);
    }

    #[test]
    fn extend_replaces_a_built_in_tool_with_the_same_id_in_place() {
        let before = builtin();
        let at = before.tools.iter().position(|t| t.id == "zoom").unwrap();
        let mut zoom = tool("zoom", "it-list");
        zoom["origin"] = json!("source-table");
        let custom = json!({"sources": [company_source()], "tools": [zoom]});
        let catalog = combine(&before, &custom, DataMode::Extend).unwrap();
        assert_eq!(catalog.tools.len(), before.tools.len());
        assert_eq!(catalog.tools[at].name, "Tool zoom");
        assert_eq!(catalog.tools[at].origin, Origin::SourceTable);
        assert_eq!(catalog.tools[at].e2e, Tristate::Yes);
    }

    #[test]
    fn extending_tools_may_cite_built_in_sources() {
        let custom = json!({"sources": [], "tools": [tool("intern", "reisswolf-2020")]});
        assert!(combine(&builtin(), &custom, DataMode::Extend).is_ok());
        // Replacing data has nothing built in to cite.
        let errors = combine(&builtin(), &custom, DataMode::Replace).unwrap_err();
        assert_eq!(
            errors,
            [DataError {
                path: "tools[intern].source".into(),
                problem: Problem::UnknownSource("reisswolf-2020".into())
            }]
        );
    }

    #[test]
    fn a_custom_source_with_a_built_in_id_replaces_it() {
        let mut source = company_source();
        source["id"] = json!("reisswolf-2020");
        let custom = json!({"sources": [source], "tools": [tool("intern", "reisswolf-2020")]});
        let catalog = combine(&builtin(), &custom, DataMode::Extend).unwrap();
        let reisswolf = catalog.source("reisswolf-2020").unwrap();
        assert_eq!(reisswolf.publisher, "Beispiel GmbH");
        assert_eq!(catalog.sources.len(), builtin().sources.len());
    }

    #[test]
    fn invalid_custom_data_is_reported_field_by_field_in_either_mode() {
        let mut bad = tool("zoom", "nowhere");
        bad["e2e"] = json!("maybe");
        bad["colour"] = json!("red");
        let custom = json!({"sources": [], "tools": [bad, tool("zoom", "reisswolf-2020")]});
        for mode in DataMode::ALL {
            let errors = combine(&builtin(), &custom, mode).unwrap_err();
            let found = paths(&errors);
            assert!(found.contains(&"tools[zoom].e2e"), "{mode:?}: {found:?}");
            // Unknown keys are found before the id is read, so they carry the index.
            assert!(found.contains(&"tools[0].colour"), "{mode:?}: {found:?}");
            assert!(found.contains(&"tools[zoom].source"), "{mode:?}: {found:?}");
        }
    }

    #[test]
    fn a_duplicate_id_within_the_custom_data_is_an_error_even_when_extending() {
        let custom = json!({"sources": [], "tools": [tool("a", "reisswolf-2020"), tool("a", "reisswolf-2020")]});
        let errors = combine(&builtin(), &custom, DataMode::Extend).unwrap_err();
        assert_eq!(errors[0].problem, Problem::DuplicateId("a".into()));
    }

    #[test]
    fn replacing_with_no_tools_is_refused() {
        let errors = combine(
            &builtin(),
            &json!({"sources": [], "tools": []}),
            DataMode::Replace,
        )
        .unwrap_err();
        assert_eq!(paths(&errors), ["tools"]);
        assert_eq!(errors[0].problem, Problem::Empty);
        let same = combine(
            &builtin(),
            &json!({"sources": [], "tools": []}),
            DataMode::Extend,
        );
        assert_eq!(same.unwrap(), builtin());
    }

    #[test]
    fn text_that_is_not_json_names_line_and_column() {
        let errors = combine_json(&builtin(), "<!doctype html>", DataMode::Extend).unwrap_err();
        assert_eq!(errors[0].path, "");
        assert_eq!(errors[0].problem, Problem::Syntax { line: 1, column: 1 });
        let errors = combine_json(&builtin(), "[1, 2]", DataMode::Replace).unwrap_err();
        assert_eq!(errors[0].problem, Problem::WrongType { expected: "object" });
    }
}
