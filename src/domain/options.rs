//! Embedding options (from a JS object or `data-*` attributes), validated key by key.

use serde_json::{Map, Value};

use crate::domain::parse::shortened;
use crate::domain::{DataError, DataMode, Lang, Problem};

/// Which parts of the widget an instance shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Parts {
    Table,
    Calculator,
    #[default]
    Both,
}

impl Parts {
    pub const ALL: [Parts; 3] = [Parts::Table, Parts::Calculator, Parts::Both];

    pub fn key(self) -> &'static str {
        match self {
            Parts::Table => "table",
            Parts::Calculator => "calculator",
            Parts::Both => "both",
        }
    }

    pub fn shows_table(self) -> bool {
        matches!(self, Parts::Table | Parts::Both)
    }

    pub fn shows_calculator(self) -> bool {
        matches!(self, Parts::Calculator | Parts::Both)
    }
}

/// Options of one instance; absent keys keep the defaults.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmbedOptions {
    pub lang: Option<Lang>,
    pub parts: Parts,
    /// Same-origin URL of a data file, fetched once.
    pub src: Option<String>,
    /// Custom data given inline (a JS object in the data-file format), checked when combined.
    pub data: Option<Value>,
    /// Whether custom data replaces or extends the built-in data.
    pub data_mode: DataMode,
}

/// The keys an embedder may set, as named in JS (`view`, `dataMode`); in HTML each is
/// `data-` plus the key in kebab case (`data-view`, `data-data-mode`), as `dataset` maps them.
pub const KEYS: [&str; 5] = ["lang", "view", "src", "data", "dataMode"];

/// Reads options from a JSON object. Valid keys are applied even when others are wrong, so the
/// widget still works; every unknown or ill-typed key is reported.
pub fn parse_options(value: Value) -> (EmbedOptions, Vec<DataError>) {
    let mut map = match value {
        Value::Null => Map::new(),
        Value::Object(map) => map,
        _ => {
            let wrong = error("", Problem::WrongType { expected: "object" });
            return (EmbedOptions::default(), vec![wrong]);
        }
    };
    let mut options = EmbedOptions::default();
    let mut errors: Vec<DataError> = map
        .keys()
        .filter(|key| !KEYS.contains(&key.as_str()))
        .map(|key| error(key, Problem::UnknownKey))
        .collect();
    if let Some(value) = map.get("lang") {
        // A language tag as HTML writes it ("en-GB", "EN") names its language, as a page's does.
        let tagged = value.as_str().and_then(Lang::from_tag).ok_or(());
        match tagged.or_else(|()| choice(value, Lang::ALL.map(|l| (l.tag(), l)))) {
            Ok(lang) => options.lang = Some(lang),
            Err(problem) => errors.push(error("lang", problem)),
        }
    }
    if let Some(value) = map.get("view") {
        match choice(value, Parts::ALL.map(|p| (p.key(), p))) {
            Ok(parts) => options.parts = parts,
            Err(problem) => errors.push(error("view", problem)),
        }
    }
    if let Some(value) = map.get("src") {
        match value.as_str().map(str::trim) {
            Some(src) if is_same_origin_path(src) => options.src = Some(src.to_owned()),
            Some(src) => errors.push(error("src", Problem::NotSameOrigin(src.to_owned()))),
            None => errors.push(error("src", Problem::WrongType { expected: "string" })),
        }
    }
    // Moved, not copied: inline data can hold thousands of tools.
    if let Some(value) = map.remove("data") {
        match value {
            Value::Object(_) => options.data = Some(value),
            _ => errors.push(error("data", Problem::WrongType { expected: "object" })),
        }
    }
    // Two data sources would leave it unclear which one the table shows: the inline one wins.
    if options.data.is_some() && options.src.take().is_some() {
        errors.push(error("src", Problem::Exclusive("data")));
    }
    if let Some(value) = map.get("dataMode") {
        match choice(value, DataMode::ALL.map(|m| (m.key(), m))) {
            Ok(mode) => options.data_mode = mode,
            Err(problem) => errors.push(error("dataMode", problem)),
        }
    }
    (options, errors)
}

fn error(key: &str, problem: Problem) -> DataError {
    DataError {
        path: shortened(key),
        problem: problem.shortened(),
    }
}

/// One of a fixed list of strings.
fn choice<T: Copy, const N: usize>(value: &Value, allowed: [(&str, T); N]) -> Result<T, Problem> {
    let Some(found) = value.as_str() else {
        return Err(Problem::WrongType { expected: "string" });
    };
    allowed
        .iter()
        .find(|(key, _)| *key == found.trim())
        .map(|(_, v)| *v)
        .ok_or_else(|| {
            let list: Vec<String> = allowed
                .iter()
                .map(|(key, _)| format!("\"{key}\""))
                .collect();
            Problem::NotAllowed {
                found: found.to_owned(),
                allowed: list.join(", "),
            }
        })
}

/// A relative URL or a root-relative path: never another origin (`//host`, `https:`, `data:`).
/// Control characters are refused too: browsers drop tabs and newlines anywhere in a URL, so
/// `/<tab>/host` would otherwise become `//host`.
fn is_same_origin_path(src: &str) -> bool {
    !src.is_empty()
        && !src.starts_with("//")
        && !src.contains(':')
        && !src.contains('\\')
        && !src.chars().any(|c| c.is_ascii_control())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn absent_options_mean_both_parts_and_the_page_language() {
        assert_eq!(
            parse_options(Value::Null),
            (EmbedOptions::default(), vec![])
        );
        assert_eq!(parse_options(json!({})), (EmbedOptions::default(), vec![]));
    }

    #[test]
    fn reads_language_parts_and_data_url() {
        let (options, errors) =
            parse_options(json!({"lang": "en", "view": "table", "src": "data/tools.json"}));
        assert_eq!(errors, []);
        assert_eq!(options.lang, Some(Lang::En));
        assert_eq!(options.parts, Parts::Table);
        assert_eq!(options.src.as_deref(), Some("data/tools.json"));
        assert!(Parts::Table.shows_table() && !Parts::Table.shows_calculator());
    }

    #[test]
    fn a_language_tag_with_region_or_in_capitals_names_its_language() {
        for (tag, lang) in [("en-GB", Lang::En), ("EN", Lang::En), ("de_AT", Lang::De)] {
            let (options, errors) = parse_options(json!({ "lang": tag }));
            assert_eq!((options.lang, errors), (Some(lang), vec![]), "{tag}");
        }
    }

    #[test]
    fn every_bad_key_is_named_and_the_good_ones_still_apply() {
        let (options, errors) =
            parse_options(json!({"lang": "fr", "view": 3, "colour": "red", "src": "t.json"}));
        assert_eq!(options.src.as_deref(), Some("t.json"));
        assert_eq!(options.parts, Parts::Both);
        assert_eq!(errors.len(), 3);
        assert!(errors.contains(&error("colour", Problem::UnknownKey)));
        assert!(errors.contains(&error("view", Problem::WrongType { expected: "string" })));
        assert!(errors.contains(&error(
            "lang",
            Problem::NotAllowed {
                found: "fr".into(),
                allowed: r#""de", "en""#.into()
            }
        )));
    }

    #[test]
    fn data_from_another_origin_is_refused() {
        for src in [
            "https://evil.example/tools.json",
            "//evil.example/x",
            "data:,{}",
            "",
            "/\t/evil.example/x",
            "/\n/evil.example/x",
            "\u{1}//evil.example/x",
        ] {
            let (_, errors) = parse_options(json!({ "src": src }));
            assert!(
                matches!(errors[0].problem, Problem::NotSameOrigin(_)),
                "{src}"
            );
        }
        assert_eq!(parse_options(json!({"src": "/intranet/tools.json"})).1, []);
        assert_eq!(parse_options(json!({"src": "../tools.json"})).1, []);
    }

    #[test]
    fn reads_inline_data_and_the_data_mode() {
        let data = json!({"sources": [], "tools": []});
        let (options, errors) = parse_options(json!({"data": data, "dataMode": "extend"}));
        assert_eq!(errors, []);
        assert_eq!(options.data, Some(data));
        assert_eq!(options.data_mode, DataMode::Extend);
        assert_eq!(
            parse_options(json!({"src": "a.json"})).0.data_mode,
            DataMode::Replace,
            "replace is the default"
        );
    }

    #[test]
    fn bad_data_options_are_named() {
        let (options, errors) = parse_options(json!({"data": "tools.json", "dataMode": "merge"}));
        assert_eq!(options.data, None);
        assert_eq!(options.data_mode, DataMode::Replace);
        assert!(errors.contains(&error("data", Problem::WrongType { expected: "object" })));
        assert!(errors.contains(&error(
            "dataMode",
            Problem::NotAllowed {
                found: "merge".into(),
                allowed: r#""replace", "extend""#.into()
            }
        )));
    }

    #[test]
    fn inline_data_wins_over_a_data_url() {
        let (options, errors) =
            parse_options(json!({"data": {"sources": [], "tools": []}, "src": "t.json"}));
        assert!(options.data.is_some());
        assert_eq!(options.src, None);
        assert_eq!(errors, [error("src", Problem::Exclusive("data"))]);
    }

    #[test]
    fn options_must_be_an_object() {
        let (_, errors) = parse_options(json!("table"));
        assert_eq!(errors[0].problem, Problem::WrongType { expected: "object" });
    }
}
