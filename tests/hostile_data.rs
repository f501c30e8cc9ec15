//! Hostile data files: whatever an embedder's file holds, the parser and the custom-data merge
//! never panic, name every problem where it is, and read back every valid file exactly. Also
//! the sizes and texts a real file can reach: 10 MB, 100,000 tools, markup, RTL and emoji.
#![cfg(not(target_arch = "wasm32"))]

mod catalog_strategies;

use std::collections::HashSet;
use std::rc::Rc;

use catalog_strategies::{any_json, catalog, catalog_json, HOSTILE};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use serde_json::{json, Value};
use vk_check::domain::parse::TOOL_KEYS;
use vk_check::domain::{
    combine, combine_json, fold, sort_rows, Catalog, Column, DataError, DataMode, Direction,
    FacetOption, Facets, Filter, Lang, Platform, Problem, SortState, Tool, Tristate,
};
use vk_check::i18n::problem;

fn builtin() -> Catalog {
    Catalog::builtin().expect("built-in data is valid")
}

/// Every error says where and what: a path (only a file that is not JSON, or not an object,
/// is reported at the root) and a message in both languages.
fn assert_specific(errors: &[DataError]) {
    assert!(!errors.is_empty(), "an error list is never empty");
    for error in errors {
        let at_root = matches!(
            error.problem,
            Problem::Syntax { .. } | Problem::WrongType { .. }
        );
        assert!(!error.path.is_empty() || at_root, "{error:?} has no path");
        for lang in Lang::ALL {
            assert!(!problem(lang, &error.problem).is_empty(), "{error:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn every_valid_catalog_reads_back_from_its_json(catalog in catalog(0..6)) {
        let json = catalog_json(&catalog);
        prop_assert_eq!(Catalog::parse(&json.to_string()), Ok(catalog.clone()));
        prop_assert_eq!(Catalog::parse(&serde_json::to_string_pretty(&json).unwrap()), Ok(catalog));
    }

    #[test]
    fn any_text_is_read_or_rejected_without_panicking(text in any::<String>()) {
        if let Err(errors) = Catalog::parse(&text) {
            assert_specific(&errors);
        }
    }

    #[test]
    fn any_json_gives_a_catalog_or_specific_errors(junk in any_json(), tools in proptest::collection::vec(any_json(), 0..4)) {
        for file in [junk.clone(), json!({"sources": junk, "tools": tools})] {
            if let Err(errors) = Catalog::parse(&file.to_string()) {
                assert_specific(&errors);
            }
        }
    }

    /// One field of one tool replaced by junk: the errors name that field, and nothing else
    /// (a duplicate id aside, which is reported at the later of the two tools).
    #[test]
    fn a_broken_tool_field_is_named_and_only_it(
        catalog in catalog(1..4),
        which in any::<Index>(),
        key in select(TOOL_KEYS.to_vec()),
        junk in any_json(),
    ) {
        let i = which.index(catalog.tools.len());
        let id = &catalog.tools[i].id;
        let mut file = catalog_json(&catalog);
        file["tools"][i][key] = junk;
        let Err(errors) = Catalog::parse(&file.to_string()) else {
            return Ok(()); // the junk happened to be a valid value
        };
        assert_specific(&errors);
        let tool = [format!("tools[{id}]"), format!("tools[{i}]")];
        let field = tool.clone().map(|t| format!("{t}.{key}"));
        for error in &errors {
            let duplicate = matches!(error.problem, Problem::DuplicateId(_));
            prop_assert!(
                duplicate || tool.iter().any(|t| error.path.starts_with(t.as_str())),
                "{} reported for a change of {}.{}", error.path, tool[0], key
            );
        }
        prop_assert!(
            errors.iter().any(|e| field.iter().any(|f| e.path.starts_with(f.as_str()))),
            "{:?} names {}", errors, field[0]
        );
    }

    #[test]
    fn a_broken_source_field_is_named(
        catalog in catalog(0..3),
        which in any::<Index>(),
        key in select(vec!["id", "title", "publisher", "url", "date"]),
        junk in any_json(),
    ) {
        let i = which.index(catalog.sources.len());
        let id = &catalog.sources[i].id;
        let mut file = catalog_json(&catalog);
        file["sources"][i][key] = junk;
        let Err(errors) = Catalog::parse(&file.to_string()) else { return Ok(()) };
        assert_specific(&errors);
        let field = [format!("sources[{id}].{key}"), format!("sources[{i}].{key}")];
        // A source whose id changed leaves its citations unresolved; those are named instead.
        let named = |e: &DataError| {
            field.iter().any(|f| e.path.starts_with(f.as_str()))
                || matches!(&e.problem, Problem::UnknownSource(cited) if cited == id)
                || matches!(e.problem, Problem::DuplicateId(_))
        };
        prop_assert!(errors.iter().any(named), "{:?} names {}", errors, field[0]);
    }

    #[test]
    fn extending_keeps_the_built_in_tools_in_place_and_adds_the_custom_ones(custom in catalog(0..5)) {
        let base = builtin();
        let merged = combine(&base, &catalog_json(&custom), DataMode::Extend).unwrap();
        let custom_ids: HashSet<&str> = custom.tools.iter().map(|t| t.id.as_str()).collect();
        for (i, tool) in base.tools.iter().enumerate() {
            if !custom_ids.contains(tool.id.as_str()) {
                prop_assert_eq!(&merged.tools[i], tool);
            }
        }
        for tool in &custom.tools {
            prop_assert_eq!(merged.tool(&tool.id), Some(&**tool));
        }
        let ids: HashSet<&str> = merged.tools.iter().map(|t| t.id.as_str()).collect();
        prop_assert_eq!(ids.len(), merged.tools.len(), "ids stay unique");
    }

    #[test]
    fn replacing_shows_exactly_the_custom_catalog(custom in catalog(1..5)) {
        let json = catalog_json(&custom).to_string();
        prop_assert_eq!(combine_json(&builtin(), &json, DataMode::Replace), Ok(custom));
    }

    #[test]
    fn any_custom_data_is_merged_or_rejected_without_panicking(junk in any_json(), text in any::<String>()) {
        for mode in DataMode::ALL {
            if let Err(errors) = combine(&builtin(), &junk, mode) {
                assert_specific(&errors);
            }
            if let Err(errors) = combine_json(&builtin(), &text, mode) {
                assert_specific(&errors);
            }
        }
    }
}

/// A deterministic tool whose facts follow from its index, so tests can count without the
/// filter code: e2e cycles yes/no/unknown, locations DE/NOR/USA/none, participants 50..1000
/// (every tenth unknown), Windows on even indices, every seventh name with "Ärzte".
fn numbered_tool(i: usize) -> Value {
    let tristate = ["yes", "no", "unknown"];
    let location = [Some("DE"), Some("NOR"), Some("USA"), None][i % 4];
    json!({
        "id": format!("t{i}"),
        "name": if i % 7 == 0 { format!("Tool {i} Ärzte") } else { format!("Tool {i}") },
        "origin": if i % 5 == 0 { "added" } else { "source-table" },
        "source": "s",
        "location": location,
        "max_participants": participants_of(i),
        "e2e": tristate[i % 3],
        "blur": tristate[(i / 3) % 3],
        "platforms": {
            "windows": if i % 2 == 0 { "yes" } else { "no" },
            "macos": "unknown", "android": "unknown", "ios": "unknown",
            "browser": if i % 3 == 1 { "unknown" } else { "yes" },
        },
    })
}

fn participants_of(i: usize) -> Option<u32> {
    (i % 10 != 9).then(|| (i as u32 % 20 + 1) * 50)
}

fn numbered_file(n: usize) -> String {
    let tools: Vec<Value> = (0..n).map(numbered_tool).collect();
    json!({
        "sources": [{"id": "s", "title": "Generated", "publisher": "Test", "date": "2024-01-01"}],
        "tools": tools,
    })
    .to_string()
}

fn rows(filter: &Filter, tools: &[Rc<Tool>]) -> Vec<usize> {
    filter.apply(tools)
}

fn expected(n: usize, keep: impl Fn(usize) -> bool) -> Vec<usize> {
    (0..n).filter(|&i| keep(i)).collect()
}

#[test]
fn a_hundred_thousand_tools_parse_and_filter_sort_and_count_correctly() {
    const N: usize = 100_000;
    let catalog = Catalog::parse(&numbered_file(N)).expect("valid");
    let tools = catalog.tools;
    assert_eq!(tools.len(), N);
    assert_eq!(tools[N - 1].id, format!("t{}", N - 1));

    let e2e = |t: Tristate| Filter {
        e2e: [t].into(),
        ..Filter::default()
    };
    assert_eq!(
        rows(&e2e(Tristate::Yes), &tools),
        expected(N, |i| i % 3 == 0)
    );
    let min = Filter {
        min_participants: Some(500),
        ..Filter::default()
    };
    assert_eq!(
        rows(&min, &tools),
        expected(N, |i| participants_of(i).is_some_and(|n| n >= 500))
    );
    let strict = Filter {
        eea_only: true,
        platforms: [Platform::Windows].into(),
        ..e2e(Tristate::Yes)
    };
    assert_eq!(
        rows(&strict, &tools),
        expected(N, |i| i % 3 == 0 && i % 4 < 2 && i % 2 == 0)
    );
    let search = |q: &str| Filter {
        query: q.to_owned(),
        ..Filter::default()
    };
    assert_eq!(rows(&search("tool 99999"), &tools), [99_999]);
    assert_eq!(rows(&search("ARZTE"), &tools), expected(N, |i| i % 7 == 0));

    // Facet counts predict the rows each option leaves, with E2E "yes" already chosen.
    let facets = Facets::compute(&e2e(Tristate::Yes), &tools);
    assert_eq!(facets.shown, N.div_ceil(3));
    assert_eq!(facets.total, N);
    let count = |o: FacetOption| facets.count(&o).expect("offered");
    assert_eq!(
        count(FacetOption::E2e(Tristate::No)),
        expected(N, |i| i % 3 != 2).len()
    );
    assert_eq!(
        count(FacetOption::Platform(Platform::Windows)),
        expected(N, |i| i % 3 == 0 && i % 2 == 0).len()
    );
    assert_eq!(
        count(FacetOption::Location("DE".into())),
        expected(N, |i| i % 3 == 0 && i % 4 == 0).len()
    );
    assert_eq!(
        count(FacetOption::MinParticipants(500)),
        expected(N, |i| i % 3 == 0
            && participants_of(i).is_some_and(|n| n >= 500))
        .len()
    );

    // Participants descending: larger first, unknown last, equal values in data order.
    let mut order: Vec<usize> = (0..N).collect();
    let by = SortState::by(Column::MaxParticipants, Direction::Descending);
    sort_rows(&tools, &mut order, &by);
    let key = |i: usize| (participants_of(i).map(std::cmp::Reverse), i);
    assert!(
        order
            .windows(2)
            .all(|w| match (participants_of(w[0]), participants_of(w[1])) {
                (None, Some(_)) => false,
                (None, None) => w[0] < w[1],
                (Some(_), None) => true,
                _ => key(w[0]) < key(w[1]),
            }),
        "sorted, stable, unknowns last"
    );
    let mut by_name: Vec<usize> = (0..N).collect();
    sort_rows(
        &tools,
        &mut by_name,
        &SortState::by(Column::Tool, Direction::Ascending),
    );
    assert!(by_name
        .windows(2)
        .all(|w| fold(&tools[w[0]].name) <= fold(&tools[w[1]].name)));
}

#[test]
fn a_hundred_thousand_custom_tools_extend_the_built_in_data() {
    const N: usize = 100_000;
    let base = builtin();
    let merged = combine_json(&base, &numbered_file(N), DataMode::Extend).expect("valid");
    assert_eq!(merged.tools.len(), base.tools.len() + N);
    assert_eq!(merged.tools[..base.tools.len()], base.tools[..]);
    assert_eq!(merged.tools.last().unwrap().id, format!("t{}", N - 1));
    assert_eq!(merged.sources.len(), base.sources.len() + 1);
}

#[test]
fn a_ten_megabyte_data_file_reads_back_what_it_holds() {
    let per_tool = numbered_tool(12_345).to_string().len() + 1;
    let mut n = (10 << 20) / per_tool;
    let mut file = numbered_file(n);
    while file.len() < 10 << 20 {
        n += 1_000;
        file = numbered_file(n);
    }
    let catalog = Catalog::parse(&file).expect("valid");
    assert_eq!(catalog.tools.len(), n);
    let again = catalog_json(&catalog).to_string();
    assert_eq!(Catalog::parse(&again), Ok(catalog));
}

#[test]
fn a_ten_megabyte_value_is_named_but_not_repeated_in_full() {
    let huge = "x".repeat(10 << 20);
    let mut tool = numbered_tool(1);
    tool["e2e"] = json!(huge);
    tool["location"] = json!(huge);
    tool["id"] = json!(huge);
    tool[&huge] = json!(1);
    let file = json!({"sources": [], "tools": [tool]}).to_string();
    let errors = Catalog::parse(&file).unwrap_err();
    assert_specific(&errors);
    let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    for field in ["tools[0].id", "tools[0].e2e", "tools[0].location"] {
        assert!(paths.contains(&field), "{field} in {paths:?}");
    }
    let key = format!("tools[0].{}…", "x".repeat(40));
    assert!(
        paths.contains(&key.as_str()),
        "the unknown key, shortened: {paths:?}"
    );
    for error in &errors {
        let message = problem(Lang::De, &error.problem);
        assert!(
            message.chars().count() < 200,
            "{}: a message of {} characters",
            error.path,
            message.len()
        );
        let quotes = matches!(
            error.problem,
            Problem::NotAllowed { .. } | Problem::UnknownCountry(_) | Problem::BadId(_)
        );
        assert!(
            !quotes || message.contains(&format!("{}…", "x".repeat(40))),
            "{message}: the value is still recognisable"
        );
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    for depth in [200, 100_000] {
        let deep = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let errors = Catalog::parse(&deep).unwrap_err();
        assert!(
            matches!(
                errors[..],
                [DataError {
                    problem: Problem::Syntax { line: 1, .. },
                    ..
                }]
            ),
            "{errors:?}"
        );
        let inside = format!(r#"{{"sources": [], "tools": [{{"name": {deep}}}]}}"#);
        let errors = combine_json(&builtin(), &inside, DataMode::Extend).unwrap_err();
        assert!(matches!(errors[0].problem, Problem::Syntax { .. }));
    }
    // Nesting the reader does accept is a wrong type where the field is.
    let nested = (0..100).fold(json!("yes"), |inner, _| json!([inner]));
    let mut tool = numbered_tool(1);
    tool["e2e"] = nested.clone();
    tool["name"] = nested;
    let errors = Catalog::parse(&json!({"sources": [], "tools": [tool]}).to_string()).unwrap_err();
    let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    assert!(paths.contains(&"tools[t1].e2e") && paths.contains(&"tools[t1].name"));
}

/// A file with one tool called `name`, citing one source.
fn named(name: &str) -> Catalog {
    let mut tool = numbered_tool(1);
    tool["name"] = json!(name);
    let file = json!({"sources": [{"id": "s", "title": "T", "publisher": "P", "date": null}], "tools": [tool]});
    Catalog::parse(&file.to_string()).expect("valid")
}

#[test]
fn markup_rtl_and_emoji_in_names_are_kept_exactly_and_found_by_search() {
    for name in HOSTILE.map(str::trim).into_iter().filter(|n| !n.is_empty()) {
        let catalog = named(name);
        assert_eq!(catalog.tools[0].name, name);
        // The whole name, as typed into the search, finds the tool.
        let filter = Filter {
            query: name.to_owned(),
            ..Filter::default()
        };
        assert_eq!(filter.apply(&catalog.tools), [0], "{name:?}");
    }
    let names = [
        "מפגש וידאו",
        "اجتماع 🎥",
        "Zoom 👩\u{200D}💻",
        "Ärzte-Call",
        "<b>Bold</b>",
    ];
    let tools: Vec<Tool> = names
        .iter()
        .enumerate()
        .map(|(i, n)| Tool {
            id: format!("t{i}"),
            ..Rc::unwrap_or_clone(named(n).tools.remove(0))
        })
        .collect();
    let find = |q: &str| {
        let filter = Filter {
            query: q.to_owned(),
            ..Filter::default()
        };
        filter.apply(&tools)
    };
    assert_eq!(find("וידאו"), [0], "a Hebrew word");
    assert_eq!(find("🎥"), [1], "an emoji");
    assert_eq!(find("اجتماع"), [1], "an Arabic word");
    assert_eq!(find("zoom 💻"), [2], "words in any order and script");
    assert_eq!(find("ARZTE"), [3], "case and accents folded");
    assert_eq!(find("<b>"), [4], "markup is just text");
    let mut order: Vec<usize> = (0..tools.len()).collect();
    sort_rows(
        &tools,
        &mut order,
        &SortState::by(Column::Tool, Direction::Ascending),
    );
    assert_eq!(
        order,
        [4, 3, 2, 0, 1],
        "by code point: Latin, Hebrew, Arabic"
    );
}

#[test]
fn participants_outside_whole_numbers_from_1_to_a_million_are_named() {
    let read = |value: Value| {
        let mut tool = numbered_tool(1);
        tool["max_participants"] = value;
        let file = json!({"sources": [{"id": "s", "title": "T", "publisher": "P", "date": null}], "tools": [tool]});
        Catalog::parse(&file.to_string())
    };
    let out_of_range = Problem::OutOfRange {
        min: 1,
        max: 1_000_000,
    };
    let whole = Problem::WrongType {
        expected: "whole number or null",
    };
    for (value, problem) in [
        (json!(0), &out_of_range),
        (json!(-1), &out_of_range),
        (json!(i64::MIN), &out_of_range),
        (json!(1_000_001), &out_of_range),
        (json!(1_u64 << 40), &out_of_range),
        (json!(u64::MAX), &out_of_range),
        (json!(1e300), &out_of_range),
        (json!(-1e300), &out_of_range),
        (json!(1.5), &whole),
        (json!(99.99), &whole),
        (json!(100.0), &whole),
        (json!(-0.5), &whole),
        (json!("100"), &whole),
        (json!(true), &whole),
        (json!([100]), &whole),
        (json!({"max": 100}), &whole),
    ] {
        let errors = read(value.clone()).unwrap_err();
        assert_eq!(
            errors,
            [DataError {
                path: "tools[t1].max_participants".into(),
                problem: problem.clone()
            }],
            "{value}"
        );
    }
    // A number beyond any float cannot even be read: it is named by its line and column.
    let file = numbered_file(2).replace(
        "\"max_participants\":100",
        &format!("\"max_participants\":1{}", "0".repeat(400)),
    );
    let at = file.find(&"0".repeat(400)).expect("replaced");
    let errors = Catalog::parse(&file).unwrap_err();
    assert!(
        matches!(errors[..], [DataError { problem: Problem::Syntax { line: 1, column }, .. }] if column > at),
        "{errors:?}"
    );
    for ok in [json!(1), json!(1_000_000), json!(null)] {
        assert!(read(ok.clone()).is_ok(), "{ok}");
    }
}

#[test]
fn duplicate_ids_are_named_at_each_repetition() {
    let mut file: Value = serde_json::from_str(&numbered_file(3)).unwrap();
    file["tools"][2]["id"] = json!("t0");
    file["tools"][1]["id"] = json!("t0");
    let source = file["sources"][0].clone();
    file["sources"] = json!([source, source]);
    let errors = Catalog::parse(&file.to_string()).unwrap_err();
    let duplicate = |path: &str, id: &str| DataError {
        path: path.into(),
        problem: Problem::DuplicateId(id.into()),
    };
    assert_eq!(
        errors,
        [
            duplicate("sources[1].id", "s"),
            duplicate("tools[1].id", "t0"),
            duplicate("tools[2].id", "t0"),
        ]
    );
    // Extending, a built-in id is a replacement, not a duplicate; twice within the file is.
    let mut zoom = numbered_tool(0);
    zoom["id"] = json!("zoom");
    zoom["source"] = json!("reisswolf-2020");
    let once = json!({"sources": [], "tools": [zoom]});
    assert!(combine(&builtin(), &once, DataMode::Extend).is_ok());
    let twice = json!({"sources": [], "tools": [zoom, zoom]});
    let errors = combine(&builtin(), &twice, DataMode::Extend).unwrap_err();
    assert_eq!(errors, [duplicate("tools[1].id", "zoom")]);
}
