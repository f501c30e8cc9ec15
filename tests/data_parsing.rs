//! Bad data files are rejected with every problem named by its field, and good ones parse.

use vk_check::domain::{
    Catalog, DataError, Field, FieldValue, Location, Platform, Problem, RatingLevel, SourceDate,
    StatusKind, Tristate,
};

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
fn self_hosted_is_a_location_of_its_own_apart_from_not_stated() {
    let update = r#""updates": [{"field": "location", "value": "self-hosted",
        "note": {"de": "d", "en": "e"}, "source": "s2", "as_of": "2025-01"}]"#;
    let catalog = parse(&[
        tool(r#""location": "self-hosted""#),
        tool(&format!(r#""id": "t2", "location": null, {update}"#)),
    ])
    .unwrap();
    assert_eq!(catalog.tools[0].location, Some(Location::SelfHosted));
    assert_eq!(catalog.tools[1].location, None);
    assert_eq!(
        catalog.tools[1].updates[0].value,
        FieldValue::Location(Some(Location::SelfHosted))
    );
    let found = errors(&[tool(r#""location": "selbst betrieben""#)]);
    assert_eq!(
        found,
        [(
            "tools[t1].location".to_owned(),
            Problem::UnknownCountry("selbst betrieben".into())
        )]
    );
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

const NOTE: &str = r#"{"de": "Neu", "en": "New"}"#;

#[test]
fn updates_status_rating_and_note_are_read_with_their_types() {
    let extra = format!(
        r#""note": {NOTE},
        "updates": [
            {{"field": "e2e", "value": "no", "note": {NOTE}, "source": "s2", "as_of": "2025-05-05"}},
            {{"field": "max_participants", "value": 300, "note": {NOTE}, "source": "s2", "as_of": "2023"}},
            {{"field": "location", "value": null, "note": {NOTE}, "source": "s2", "as_of": "2024-06"}},
            {{"field": "platforms.android", "value": "yes", "note": {NOTE}, "source": "s1", "as_of": "2025"}}
        ],
        "status": {{"kind": "renamed", "renamed_to": "Tool Two", "note": {NOTE}, "source": "s2", "as_of": "2024"}},
        "authority_rating": {{"value": "yellow", "note": {NOTE}, "source": "s2", "as_of": "2020-07-03"}}"#
    );
    let catalog = parse(&[tool(&extra)]).unwrap();
    let t = &catalog.tools[0];
    let values: Vec<FieldValue> = t.updates.iter().map(|u| u.value.clone()).collect();
    assert_eq!(
        values,
        [
            FieldValue::E2e(Tristate::No),
            FieldValue::MaxParticipants(Some(300)),
            FieldValue::Location(None),
            FieldValue::Platform(Platform::Android, Tristate::Yes),
        ]
    );
    assert_eq!(t.updates[1].as_of, SourceDate::parse("2023").unwrap());
    let status = t.status.as_ref().unwrap();
    assert_eq!(
        status.kind,
        StatusKind::Renamed {
            to: "Tool Two".into()
        }
    );
    assert_eq!(status.date, None);
    assert_eq!(
        t.authority_rating.as_ref().unwrap().value,
        RatingLevel::Yellow
    );
    assert_eq!(t.note.as_ref().unwrap().en, "New");
}

#[test]
fn a_bad_custom_file_gets_every_problem_named_by_tool_and_field_at_once() {
    let extra = r#""updates": [
            {"field": "e2e", "value": "vielleicht", "note": {"de": "", "en": "x"}, "source": "s1", "as_of": "2025"},
            {"field": "colour", "value": "red", "note": {"de": "x", "en": "x"}, "source": "s1", "as_of": "2025"},
            {"field": "max_participants", "value": -5, "note": {"de": "x"}, "source": "nowhere", "as_of": "2025-13"}
        ],
        "status": {"kind": "sold", "note": {"de": "x", "en": "x"}, "source": "s1", "as_of": "2025"},
        "authority_rating": {"value": "rot", "note": {"de": "x", "en": "x"}, "source": "s1"}"#;
    let found = errors(&[tool(extra)]);
    let expected = [
        ("tools[t1].updates[0].value", "vielleicht"),
        ("tools[t1].updates[0].note.de", "Empty"),
        ("tools[t1].updates[1].field", "colour"),
        ("tools[t1].updates[2].value", "OutOfRange"),
        ("tools[t1].updates[2].note.en", "Missing"),
        ("tools[t1].updates[2].source", "nowhere"),
        ("tools[t1].updates[2].as_of", "2025-13"),
        ("tools[t1].status.kind", "sold"),
        ("tools[t1].authority_rating.value", "rot"),
        ("tools[t1].authority_rating.as_of", "Missing"),
    ];
    for (path, hint) in expected {
        assert!(
            found
                .iter()
                .any(|(p, problem)| p == path && format!("{problem:?}").contains(hint)),
            "{path} ({hint}) not in {found:#?}"
        );
    }
    assert_eq!(found.len(), expected.len(), "{found:#?}");
}

#[test]
fn an_update_names_the_fields_it_may_change() {
    let extra = format!(
        r#""updates": [{{"field": "name", "value": "X", "note": {NOTE}, "source": "s1", "as_of": "2025"}}]"#
    );
    let found = errors(&[tool(&extra)]);
    let Some((_, Problem::NotAllowed { allowed, .. })) = found.first() else {
        panic!("{found:?}");
    };
    assert!(allowed.contains(r#""platforms.macos""#) && allowed.contains(r#""blur""#));
}

#[test]
fn a_field_updated_twice_is_rejected_because_the_view_could_not_choose() {
    let update = format!(
        r#"{{"field": "blur", "value": "yes", "note": {NOTE}, "source": "s1", "as_of": "2025"}}"#
    );
    let found = errors(&[tool(&format!(r#""updates": [{update}, {update}]"#))]);
    assert_eq!(
        found,
        [(
            "tools[t1].updates[1].field".into(),
            Problem::RepeatedUpdate("blur".into())
        )]
    );
}

#[test]
fn a_rename_needs_the_new_name_and_only_a_rename_has_one() {
    let status = |body: &str| {
        format!(r#""status": {{{body}, "note": {NOTE}, "source": "s1", "as_of": "2024"}}"#)
    };
    let found = errors(&[tool(&status(r#""kind": "renamed""#))]);
    assert_eq!(
        found,
        [("tools[t1].status.renamed_to".into(), Problem::Missing)]
    );
    let found = errors(&[tool(&status(
        r#""kind": "discontinued", "renamed_to": "Other""#,
    ))]);
    assert_eq!(
        found,
        [(
            "tools[t1].status.renamed_to".into(),
            Problem::OnlyWhen(r#""kind": "renamed""#.into())
        )]
    );
    let ok = parse(&[tool(&status(
        r#""kind": "discontinued", "date": "2025-05-05""#,
    ))])
    .unwrap();
    let status = ok.tools[0].status.as_ref().unwrap();
    assert!(status.is_discontinued());
    assert_eq!(status.date, SourceDate::parse("2025-05-05"));
}

#[test]
fn an_undated_source_must_say_so_with_null() {
    let json = r#"{"sources": [{"id": "a", "title": "T", "publisher": "P", "date": null},
                               {"id": "b", "title": "T", "publisher": "P"}], "tools": []}"#;
    let found = Catalog::parse(json).unwrap_err();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].path.as_str(), &found[0].problem),
        ("sources[b].date", &Problem::Missing)
    );
}
