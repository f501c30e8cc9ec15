//! Hostile embedding options: whatever a page passes to `mount()` or writes into `data-*`
//! attributes, the options parser never panics, names each bad key, applies the good ones,
//! reads every valid combination back, and never lets a data address leave the page's origin.
#![cfg(not(target_arch = "wasm32"))]

mod catalog_strategies;

use catalog_strategies::{any_json, HOSTILE};
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{json, Map, Value};
use vk_check::domain::options::KEYS;
use vk_check::domain::{parse_options, DataMode, EmbedOptions, Lang, Parts, Problem};

/// Whether a browser resolving `src` against the page would leave the page's origin, following
/// the URL standard's steps that matter here: tabs and newlines are removed anywhere, C0
/// controls and spaces trimmed, a backslash counts as a slash (http and https), and a scheme
/// or a leading `//` names another origin.
fn would_leave_the_origin(src: &str) -> bool {
    let cleaned: String = src.chars().filter(|c| !"\t\n\r".contains(*c)).collect();
    let cleaned = cleaned.trim_matches(|c: char| c <= ' ').replace('\\', "/");
    let scheme = cleaned.split_once(':').is_some_and(|(s, _)| {
        s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    scheme || cleaned.starts_with("//")
}

/// Addresses a hostile page or a careless embedder might give.
const SOURCES: [&str; 18] = [
    "https://evil.example/tools.json",
    "//evil.example/tools.json",
    "\\\\evil.example/tools.json",
    "/\\evil.example/tools.json",
    "/\t/evil.example/tools.json",
    "\n//evil.example",
    "\u{1}//evil.example/tools.json",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:application/json,{}",
    "blob:http://127.0.0.1/x",
    "http:evil.example",
    "tools.json",
    "/intranet/tools.json",
    "../data/tools.json",
    "%2F%2Fevil.example",
    "?src=//evil",
    "#//evil",
];

fn src() -> impl Strategy<Value = String> {
    let random = proptest::collection::vec(
        prop_oneof![
            select(vec![
                '/', '\\', ':', '\t', '\n', '\r', '\u{1}', ' ', '.', '%', '?', '#'
            ]),
            any::<char>(),
        ],
        0..12,
    )
    .prop_map(String::from_iter);
    prop_oneof![select(SOURCES.to_vec()).prop_map(str::to_owned), random]
}

/// A valid options object and the options it means.
fn valid() -> impl Strategy<Value = (Value, EmbedOptions)> {
    let lang = proptest::option::of(select(Lang::ALL.to_vec()));
    let parts = proptest::option::of(select(Parts::ALL.to_vec()));
    let mode = proptest::option::of(select(DataMode::ALL.to_vec()));
    let data = prop_oneof![
        Just((None, None)),
        select(vec!["tools.json", "/a/b.json", "../c.json", " d.json "])
            .prop_map(|s| (Some(s.to_owned()), None)),
        Just((None, Some(json!({"sources": [], "tools": []})))),
    ];
    let spaced = any::<bool>();
    (lang, parts, mode, data, spaced).prop_map(|(lang, parts, mode, (src, data), spaced)| {
        // Attribute values often carry stray spaces; they do not matter.
        let pad = |key: &str| {
            if spaced {
                format!(" {key}\n")
            } else {
                key.to_owned()
            }
        };
        let mut object = Map::new();
        if let Some(lang) = lang {
            object.insert("lang".into(), json!(pad(lang.tag())));
        }
        if let Some(parts) = parts {
            object.insert("view".into(), json!(pad(parts.key())));
        }
        if let Some(mode) = mode {
            object.insert("dataMode".into(), json!(pad(mode.key())));
        }
        if let Some(src) = &src {
            object.insert("src".into(), json!(src));
        }
        if let Some(data) = &data {
            object.insert("data".into(), data.clone());
        }
        let options = EmbedOptions {
            lang,
            parts: parts.unwrap_or_default(),
            src: src.map(|s| s.trim().to_owned()),
            data,
            data_mode: mode.unwrap_or_default(),
        };
        (Value::Object(object), options)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_valid_combination_reads_back((object, options) in valid()) {
        prop_assert_eq!(parse_options(object), (options, vec![]));
    }

    #[test]
    fn any_value_is_read_without_panicking_and_each_error_names_a_given_key(value in any_json()) {
        let (options, errors) = parse_options(value.clone());
        match &value {
            Value::Null => prop_assert!(errors.is_empty()),
            Value::Object(map) => {
                for error in &errors {
                    prop_assert!(map.contains_key(&error.path), "{:?} names no given key", error);
                }
                // A key that is valid in value and type is never reported, and applies.
                if let Some(lang) = map.get("lang").and_then(Value::as_str).and_then(|t| Lang::ALL.into_iter().find(|l| l.tag() == t.trim())) {
                    prop_assert_eq!(options.lang, Some(lang));
                }
            }
            _ => {
                prop_assert_eq!(options, EmbedOptions::default());
                prop_assert_eq!(errors.len(), 1);
                prop_assert_eq!(&errors[0].path, "");
            }
        }
    }

    /// `data-*` attributes give strings only: any strings, bad ones named by their key.
    #[test]
    fn any_attribute_strings_are_read_and_bad_ones_named(
        lang in prop_oneof![any::<String>(), select(HOSTILE.to_vec()).prop_map(str::to_owned)],
        view in any::<String>(),
        src in src(),
        mode in any::<String>(),
    ) {
        let object = json!({"lang": lang, "view": view, "src": src, "dataMode": mode});
        let (options, errors) = parse_options(object);
        let named = |key: &str| errors.iter().any(|e| e.path == key);
        prop_assert_eq!(named("lang"), options.lang.is_none());
        prop_assert_eq!(named("src"), options.src.is_none());
        prop_assert_eq!(named("view"), view.trim() != options.parts.key());
        prop_assert_eq!(named("dataMode"), mode.trim() != options.data_mode.key());
        prop_assert!(errors.len() <= 4);
    }

    #[test]
    fn no_accepted_data_address_leaves_the_page_origin(src in src()) {
        let (options, errors) = parse_options(json!({ "src": src }));
        match options.src {
            Some(kept) => prop_assert!(!would_leave_the_origin(&kept), "{:?} was accepted", src),
            None => {
                let refused = matches!(errors[0].problem, Problem::NotSameOrigin(_));
                prop_assert!(refused, "{:?}", errors);
            }
        }
    }
}

#[test]
fn addresses_that_a_browser_would_resolve_to_another_origin_are_refused() {
    for src in SOURCES {
        let (options, errors) = parse_options(json!({ "src": src }));
        assert_eq!(
            options.src.is_some(),
            !would_leave_the_origin(src),
            "{src:?}: {errors:?}"
        );
    }
    assert!(
        would_leave_the_origin("/\t/evil.example"),
        "the model strips tabs"
    );
}

#[test]
fn every_key_of_the_documented_list_is_read() {
    let object: Map<String, Value> = KEYS.iter().map(|k| (k.to_string(), json!(7))).collect();
    let (_, errors) = parse_options(Value::Object(object));
    let mut named: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    named.sort_unstable();
    let mut keys = KEYS.to_vec();
    keys.sort_unstable();
    assert_eq!(
        named, keys,
        "each key is checked for its type, none is unknown"
    );
    assert!(errors
        .iter()
        .all(|e| matches!(e.problem, Problem::WrongType { .. })));
}

#[test]
fn numbers_and_other_types_where_text_belongs_are_wrong_types() {
    for value in [
        json!(0),
        json!(-1),
        json!(1_u64 << 40),
        json!(1.5),
        json!(true),
        json!(null),
        json!(["en"]),
        json!({"lang": "en"}),
    ] {
        let (options, errors) =
            parse_options(json!({"lang": value, "view": value, "dataMode": value, "src": value}));
        assert_eq!(options, EmbedOptions::default(), "{value}");
        assert_eq!(errors.len(), 4, "{value}: {errors:?}");
        assert!(errors
            .iter()
            .all(|e| e.problem == Problem::WrongType { expected: "string" }));
    }
}
