//! The JSON Schema `data/tools.schema.json` documents the data format: the built-in data and
//! the example custom data satisfy it, it rejects what the parser rejects, and its lists of
//! allowed values agree with the domain's.
//!
//! The schema is checked by a small validator for the keywords it uses (below) rather than
//! a full JSON Schema crate: those pull in dozens of crates for features this file does not
//! use. The validator refuses any keyword it does not implement, so the subset stays honest.

use std::collections::BTreeSet;

use serde_json::{json, Value};
use vk_check::domain::catalog::BUILTIN_JSON;
use vk_check::domain::{Catalog, Field, Location, Origin, RatingLevel, StatusKind, Tristate};

const SCHEMA: &str = include_str!("../data/tools.schema.json");
const COMPANY_TOOLS: &str = include_str!("../examples/company-tools.json");

/// Keywords that only describe; they never reject a value.
const ANNOTATIONS: [&str; 5] = ["$schema", "title", "description", "$comment", "$defs"];
const ASSERTIONS: [&str; 19] = [
    "$ref",
    "type",
    "enum",
    "const",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "minimum",
    "maximum",
    "minLength",
    "pattern",
    "anyOf",
    "allOf",
    "if",
    "then",
    "else",
    "not",
    "examples",
];

fn schema() -> Value {
    serde_json::from_str(SCHEMA).expect("the schema is JSON")
}

/// The problems `value` has against `schema`, each as `path: what`.
fn check(root: &Value, schema: &Value, value: &Value, path: &str) -> Vec<String> {
    let Some(rules) = schema.as_object() else {
        panic!("{path}: a schema must be an object, found {schema}");
    };
    let mut errors = Vec::new();
    let fail = |errors: &mut Vec<String>, what: String| errors.push(format!("{path}: {what}"));
    for (keyword, rule) in rules {
        match keyword.as_str() {
            "$ref" => {
                let target = rule.as_str().and_then(|r| r.strip_prefix('#')).unwrap();
                let target = root.pointer(target).expect("$ref resolves");
                errors.extend(check(root, target, value, path));
            }
            "type" => {
                let types: Vec<&str> = match rule {
                    Value::String(t) => vec![t],
                    Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
                    _ => panic!("bad type rule {rule}"),
                };
                if !types.iter().any(|t| has_type(value, t)) {
                    fail(&mut errors, format!("expected {types:?}, found {value}"));
                }
            }
            "enum" => {
                if !rule.as_array().unwrap().contains(value) {
                    fail(&mut errors, format!("{value} is not one of {rule}"));
                }
            }
            "const" => {
                if rule != value {
                    fail(&mut errors, format!("{value} is not {rule}"));
                }
            }
            "properties" => {
                let Some(map) = value.as_object() else {
                    continue;
                };
                for (key, sub) in rule.as_object().unwrap() {
                    if let Some(item) = map.get(key) {
                        errors.extend(check(root, sub, item, &format!("{path}.{key}")));
                    }
                }
            }
            "required" => {
                let Some(map) = value.as_object() else {
                    continue;
                };
                for key in rule.as_array().unwrap().iter().filter_map(Value::as_str) {
                    if !map.contains_key(key) {
                        fail(&mut errors, format!("{key} is missing"));
                    }
                }
            }
            "additionalProperties" => {
                assert_eq!(rule, &json!(false), "only `false` is implemented");
                let Some(map) = value.as_object() else {
                    continue;
                };
                let known = rules.get("properties").and_then(Value::as_object);
                for key in map.keys() {
                    if !known.is_some_and(|k| k.contains_key(key)) {
                        fail(&mut errors, format!("unknown key {key}"));
                    }
                }
            }
            "items" => {
                let Some(items) = value.as_array() else {
                    continue;
                };
                for (i, item) in items.iter().enumerate() {
                    errors.extend(check(root, rule, item, &format!("{path}[{i}]")));
                }
            }
            "minimum" | "maximum" => {
                let (Some(n), Some(limit)) = (value.as_f64(), rule.as_f64()) else {
                    continue;
                };
                if (keyword == "minimum" && n < limit) || (keyword == "maximum" && n > limit) {
                    fail(&mut errors, format!("{n} breaks {keyword} {limit}"));
                }
            }
            "minLength" => {
                let Some(text) = value.as_str() else { continue };
                if (text.chars().count() as u64) < rule.as_u64().unwrap() {
                    fail(&mut errors, format!("{value} is shorter than {rule}"));
                }
            }
            "pattern" => {
                let Some(text) = value.as_str() else { continue };
                let pattern = regex_lite::Regex::new(rule.as_str().unwrap()).unwrap();
                if !pattern.is_match(text) {
                    fail(&mut errors, format!("{value} does not match {rule}"));
                }
            }
            "anyOf" => {
                let subs = rule.as_array().unwrap();
                if !subs.iter().any(|s| check(root, s, value, path).is_empty()) {
                    fail(
                        &mut errors,
                        format!("{value} matches none of the alternatives"),
                    );
                }
            }
            "allOf" => {
                for sub in rule.as_array().unwrap() {
                    errors.extend(check(root, sub, value, path));
                }
            }
            "if" => {
                let branch = if check(root, rule, value, path).is_empty() {
                    rules.get("then")
                } else {
                    rules.get("else")
                };
                if let Some(branch) = branch {
                    errors.extend(check(root, branch, value, path));
                }
            }
            "not" => {
                if check(root, rule, value, path).is_empty() {
                    fail(&mut errors, format!("{value} must not match {rule}"));
                }
            }
            "then" | "else" | "examples" => {}
            other if ANNOTATIONS.contains(&other) => {}
            other => panic!("the schema uses `{other}`, which this checker does not implement"),
        }
    }
    errors
}

fn has_type(value: &Value, name: &str) -> bool {
    match name {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "number" => value.is_number(),
        "integer" => value.is_i64() || value.is_u64(),
        other => panic!("unknown type {other}"),
    }
}

fn validate(value: &Value) -> Vec<String> {
    let root = schema();
    check(&root, &root, value, "")
}

/// Every keyword in the schema, at any depth (object keys under `properties` are names, not
/// keywords).
fn keywords(schema: &Value, found: &mut BTreeSet<String>) {
    let Some(map) = schema.as_object() else {
        return;
    };
    for (key, value) in map {
        found.insert(key.clone());
        match key.as_str() {
            "properties" | "$defs" => value
                .as_object()
                .unwrap()
                .values()
                .for_each(|v| keywords(v, found)),
            "anyOf" | "allOf" => value
                .as_array()
                .unwrap()
                .iter()
                .for_each(|v| keywords(v, found)),
            "enum" | "const" | "required" | "examples" => {}
            _ => keywords(value, found),
        }
    }
}

/// The strings of the `enum` at a JSON pointer into the schema.
fn enum_at(pointer: &str) -> BTreeSet<String> {
    schema()
        .pointer(pointer)
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("no enum at {pointer}"))
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

fn set<'a>(items: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
    items.into_iter().map(str::to_owned).collect()
}

#[test]
fn the_checker_implements_every_keyword_the_schema_uses() {
    let mut found = BTreeSet::new();
    keywords(&schema(), &mut found);
    let known = set(ANNOTATIONS.into_iter().chain(ASSERTIONS));
    let unknown: Vec<_> = found.difference(&known).collect();
    assert!(unknown.is_empty(), "unimplemented keywords: {unknown:?}");
}

#[test]
fn the_built_in_data_satisfies_the_schema() {
    let data: Value = serde_json::from_str(BUILTIN_JSON).unwrap();
    assert_eq!(validate(&data), Vec::<String>::new());
}

#[test]
fn the_example_company_data_satisfies_the_schema_and_extends_the_built_in_data() {
    let data: Value = serde_json::from_str(COMPANY_TOOLS).unwrap();
    assert_eq!(validate(&data), Vec::<String>::new());
    let builtin = Catalog::builtin().unwrap();
    let combined = vk_check::domain::combine(&builtin, &data, vk_check::domain::DataMode::Extend)
        .expect("the example data is valid");
    assert!(combined.tools.len() > builtin.tools.len());
}

#[test]
fn the_schema_lists_the_values_the_domain_allows() {
    assert_eq!(
        enum_at("/$defs/tristate/enum"),
        set(Tristate::ALL.map(Tristate::key))
    );
    assert_eq!(
        enum_at("/$defs/tool/properties/origin/enum"),
        set(Origin::ALL.map(Origin::key))
    );
    assert_eq!(
        enum_at("/$defs/field/enum"),
        set(Field::ALL.map(Field::key))
    );
    assert_eq!(
        enum_at("/$defs/status/properties/kind/enum"),
        set(StatusKind::KEYS)
    );
    assert_eq!(
        enum_at("/$defs/rating/properties/value/enum"),
        set(RatingLevel::ALL.map(RatingLevel::key))
    );
    let mut locations = enum_at("/$defs/location/anyOf/1/enum");
    let self_hosted = schema()["$defs"]["location"]["anyOf"][2]["const"].clone();
    assert_eq!(self_hosted, json!(Location::SELF_HOSTED));
    locations.insert(Location::SELF_HOSTED.to_owned());
    assert_eq!(locations, set(Location::known_codes()));
}

#[test]
fn the_schema_and_the_parser_take_self_hosted_and_null_as_locations() {
    for location in [json!("self-hosted"), Value::Null] {
        let file = file_with(|t| {
            t["location"] = location.clone();
            t["updates"][0] = json!({"field": "location", "value": location,
                "note": {"de": "d", "en": "e"}, "source": "s1", "as_of": "2025-01-02"});
        });
        assert_eq!(validate(&file), Vec::<String>::new(), "{location}");
        assert!(Catalog::parse(&file.to_string()).is_ok(), "{location}");
    }
    let file = file_with(|t| t["location"] = json!("self hosted"));
    assert!(!validate(&file).is_empty());
    assert!(Catalog::parse(&file.to_string()).is_err());
}

/// One way to break a tool entry.
type Mistake = fn(&mut Value);

/// A valid file with one tool; `change` breaks it in one way.
fn file_with(change: impl FnOnce(&mut Value)) -> Value {
    let mut file = json!({
        "sources": [{"id": "s1", "title": "T", "publisher": "P", "url": null, "date": "2024-05"}],
        "tools": [{
            "id": "t1", "name": "Tool", "origin": "added", "source": "s1",
            "location": "DE", "max_participants": 100, "e2e": "yes", "blur": "unknown",
            "platforms": {"windows": "yes", "macos": "no", "android": "unknown", "ios": "yes", "browser": "yes"},
            "updates": [{"field": "e2e", "value": "no", "note": {"de": "d", "en": "e"},
                         "source": "s1", "as_of": "2025-01-02"}],
            "status": {"kind": "discontinued", "note": {"de": "d", "en": "e"}, "source": "s1", "as_of": "2025"}
        }]
    });
    change(&mut file["tools"][0]);
    file
}

#[test]
fn the_schema_and_the_parser_reject_the_same_mistakes() {
    let mistakes: [(&str, Mistake); 11] = [
        ("a maybe", |t| t["e2e"] = json!("maybe")),
        ("an unknown key", |t| t["colour"] = json!("red")),
        ("a bad id", |t| t["id"] = json!("Zoom Meetings")),
        ("a missing fact", |t| {
            t.as_object_mut().unwrap().remove("blur");
        }),
        ("a missing platform", |t| {
            t["platforms"].as_object_mut().unwrap().remove("ios");
        }),
        ("a bad date", |t| {
            t["updates"][0]["as_of"] = json!("02.01.2025")
        }),
        ("an update of the wrong type", |t| {
            t["updates"][0]["value"] = json!(3)
        }),
        ("a participant count of zero", |t| {
            t["max_participants"] = json!(0)
        }),
        ("a rename without a new name", |t| {
            t["status"]["kind"] = json!("renamed")
        }),
        ("a new name without a rename", |t| {
            t["status"]["renamed_to"] = json!("X")
        }),
        ("a note in one language", |t| {
            t["note"] = json!({"de": "nur deutsch"})
        }),
    ];
    assert_eq!(validate(&file_with(|_| {})), Vec::<String>::new());
    assert!(Catalog::parse(&file_with(|_| {}).to_string()).is_ok());
    for (name, mistake) in mistakes {
        let file = file_with(mistake);
        assert!(!validate(&file).is_empty(), "the schema accepts {name}");
        assert!(
            Catalog::parse(&file.to_string()).is_err(),
            "the parser accepts {name}"
        );
    }
}
