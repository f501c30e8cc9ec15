//! Bad data files are rejected with every problem named by its field, and good ones parse.

use vk_check::domain::{Catalog, DataError, Field, Platform, Problem, Tristate};

const SOURCES: &str = r#"[{"id": "s1", "title": "T", "publisher": "P", "url": null, "date": "2024-05-01"},
                          {"id": "s2", "title": "T2", "publisher": "P2", "date": "~2021"}]"#;

fn tool(overrides: &str) -> String {
    let base = r#""id": "t1", "name": "Tool One", "origin": "added", "source": "s1",
        "location": "DE", "max_participants": 100, "e2e": "yes", "blur": "unknown",
        "platforms": {"windows": "yes", "macos": "no", "android": "unknown", "ios": "yes", "browser": "yes"}"#;
    format!(
        "{{{base}{}{overrides}}}",
        if overrides.is_empty() { "" } else { "," }
    )
}

fn parse(tools: &[String]) -> Result<Catalog, Vec<DataError>> {
    Catalog::parse(&format!(
        r#"{{"sources": {SOURCES}, "tools": [{}]}}"#,
        tools.join(",")
    ))
}

fn errors(tools: &[String]) -> Vec<(String, Problem)> {
    parse(tools)
        .unwrap_err()
        .into_iter()
        .map(|e| (e.path, e.problem))
        .collect()
}

#[test]
fn a_valid_file_parses_with_unknowns_kept() {
    let catalog = parse(&[tool(r#""field_sources": {"blur": "s2"}"#)]).unwrap();
    let t = &catalog.tools[0];
    assert_eq!(t.platforms.get(Platform::Android), Tristate::Unknown);
    assert_eq!(t.platforms.get(Platform::Macos), Tristate::No);
    assert_eq!(t.source_of(Field::Blur), "s2");
    assert_eq!(t.source_of(Field::E2e), "s1");
    assert_eq!(catalog.source("s1").unwrap().url, None);
}

#[test]
fn null_location_and_participants_mean_not_stated() {
    let catalog = parse(&[tool(r#""location": null, "max_participants": null"#)]).unwrap();
    assert_eq!(catalog.tools[0].location, None);
    assert_eq!(catalog.tools[0].max_participants, None);
}

#[test]
fn every_bad_field_is_reported_at_once_with_its_path() {
    let bad = tool(r#""e2e": "maybe", "max_participants": 0, "location": "XX", "colour": "red""#);
    let found = errors(&[bad]);
    let paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
    assert!(paths.contains(&"tools[t1].e2e"), "{found:?}");
    assert!(paths.contains(&"tools[t1].max_participants"), "{found:?}");
    assert!(paths.contains(&"tools[t1].location"), "{found:?}");
    assert!(paths.contains(&"tools[0].colour"), "{found:?}");
    assert!(found.contains(&(
        "tools[t1].e2e".into(),
        Problem::NotAllowed {
            found: "maybe".into(),
            allowed: r#""yes", "no", "unknown""#.into()
        }
    )));
    assert!(found.contains(&(
        "tools[t1].location".into(),
        Problem::UnknownCountry("XX".into())
    )));
}

#[test]
fn missing_fields_and_platforms_are_named() {
    let json = r#"{"sources": [], "tools": [{"id": "a", "name": "A", "origin": "added",
        "source": "s1", "location": "DE", "e2e": "yes", "blur": "no",
        "platforms": {"windows": "yes"}}]}"#;
    let found: Vec<(String, Problem)> = Catalog::parse(json)
        .unwrap_err()
        .into_iter()
        .map(|e| (e.path, e.problem))
        .collect();
    assert!(found.contains(&("tools[a].max_participants".into(), Problem::Missing)));
    assert!(found.contains(&("tools[a].platforms.browser".into(), Problem::Missing)));
    assert!(found.contains(&(
        "tools[a].source".into(),
        Problem::UnknownSource("s1".into())
    )));
}

#[test]
fn duplicate_ids_and_unknown_sources_are_rejected() {
    let found = errors(&[tool(""), tool(r#""field_sources": {"e2e": "nowhere"}"#)]);
    assert!(found.contains(&("tools[1].id".into(), Problem::DuplicateId("t1".into()))));
    assert!(found.contains(&(
        "tools[t1].field_sources.e2e".into(),
        Problem::UnknownSource("nowhere".into())
    )));
}

#[test]
fn wrong_types_say_what_was_expected() {
    let found = errors(&[tool(r#""max_participants": "viele", "platforms": []"#)]);
    assert!(found.contains(&(
        "tools[t1].max_participants".into(),
        Problem::WrongType {
            expected: "whole number or null"
        }
    )));
    assert!(found.contains(&(
        "tools[t1].platforms".into(),
        Problem::WrongType { expected: "object" }
    )));
}

#[test]
fn bad_ids_and_dates_are_rejected() {
    let json = r#"{"sources": [{"id": "S 1", "title": "T", "publisher": "P", "date": "2020-02-30"}],
                   "tools": []}"#;
    let found: Vec<Problem> = Catalog::parse(json)
        .unwrap_err()
        .into_iter()
        .map(|e| e.problem)
        .collect();
    assert!(found.contains(&Problem::BadId("S 1".into())));
    assert!(found.contains(&Problem::BadDate("2020-02-30".into())));
}

#[test]
fn syntax_errors_give_line_and_column() {
    let found = Catalog::parse("{\n  \"tools\": [,]\n}").unwrap_err();
    assert!(
        matches!(found[0].problem, Problem::Syntax { line: 2, .. }),
        "{found:?}"
    );
    assert!(matches!(
        Catalog::parse("[]").unwrap_err()[0].problem,
        Problem::WrongType { .. }
    ));
}

#[test]
fn deeply_nested_json_is_an_error_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(Catalog::parse(&deep).is_err());
}
