//! The "Aktueller Stand" view: sourced updates, statuses, ratings and added tools on the built-in data.

use serde_json::Value;
use vk_check::domain::{
    Catalog, DataView, Field, FieldValue, Location, Origin, Platform, RatingLevel, ResolvedTool,
    SourceDate, StatusKind, Text, Tool, Tristate,
};

fn catalog() -> Catalog {
    Catalog::builtin().expect("built-in data is valid")
}

fn find<'a>(view: &'a [ResolvedTool], id: &str) -> &'a ResolvedTool {
    view.iter()
        .find(|r| r.tool.id == id)
        .unwrap_or_else(|| panic!("{id} is not in the view"))
}

fn date(text: &str) -> SourceDate {
    SourceDate::parse(text).unwrap()
}

#[test]
fn the_current_view_applies_every_sourced_update_and_says_what_it_was_before() {
    use FieldValue::{Blur, E2e, MaxParticipants, Platform as P};
    use Tristate::{No, Unknown, Yes};
    let expected = [
        ("zoom", E2e(No), E2e(Yes), "zoom-e2ee-2020", "2020-10-26"),
        (
            "zoom",
            MaxParticipants(Some(500)),
            MaxParticipants(Some(300)),
            "zoom-kb0065116",
            "2024",
        ),
        (
            "teams",
            MaxParticipants(Some(250)),
            MaxParticipants(Some(300)),
            "ms-learn-teams-limits",
            "2023",
        ),
        (
            "teams",
            E2e(No),
            E2e(No),
            "ms-learn-teams-e2ee",
            "2023-12-15",
        ),
        (
            "lifesize",
            P(Platform::Macos, No),
            P(Platform::Macos, Yes),
            "homebrew-lifesize",
            "2025",
        ),
        (
            "webex",
            Blur(Unknown),
            Blur(Yes),
            "webex-backgrounds-2020",
            "2020-07-11",
        ),
        (
            "adobe-connect",
            Blur(Unknown),
            Blur(Yes),
            "adobe-connect-backgrounds",
            "2025-03-03",
        ),
        (
            "whereby",
            MaxParticipants(Some(50)),
            MaxParticipants(Some(200)),
            "whereby-help-2025",
            "2025",
        ),
        ("whereby", E2e(Yes), E2e(Yes), "whereby-help-2025", "2025"),
    ];
    let current = catalog().view(DataView::Current);
    for (id, old, new, source, as_of) in &expected {
        let tool = find(&current, id);
        let change = tool
            .change(new.field())
            .unwrap_or_else(|| panic!("{id}: no change of {:?}", new.field()));
        assert_eq!(
            (
                &change.old,
                &change.new,
                change.source.as_str(),
                change.as_of
            ),
            (old, new, *source, date(as_of)),
            "{id}"
        );
        assert_eq!(
            &tool.tool.value(new.field()),
            new,
            "{id} shows the new value"
        );
        assert_eq!(tool.tool.source_of(new.field()), *source, "{id} cites it");
    }
    let total: usize = current.iter().map(|r| r.changes.len()).sum();
    assert_eq!(total, expected.len(), "every update is listed above");
}

#[test]
fn a_newer_source_that_keeps_the_value_is_a_confirmation_not_a_change() {
    let current = catalog().view(DataView::Current);
    let teams = find(&current, "teams").change(Field::E2e).unwrap();
    assert!(teams.is_confirmation());
    assert!(teams.note.en.contains("Teams Premium"));
    let zoom = find(&current, "zoom").change(Field::E2e).unwrap();
    assert!(!zoom.is_confirmation());
}

#[test]
fn values_without_an_update_stay_as_the_article_gave_them() {
    let catalog = catalog();
    let original = catalog.view(DataView::Original);
    let current = catalog.view(DataView::Current);
    for before in &original {
        let after = find(&current, &before.tool.id);
        for field in Field::ALL {
            if after.change(field).is_none() {
                assert_eq!(
                    after.tool.value(field),
                    before.tool.value(field),
                    "{} {field:?}",
                    before.tool.id
                );
                assert_eq!(after.tool.source_of(field), "reisswolf-2020");
            }
        }
    }
}

#[test]
fn skype_and_bluejeans_are_marked_discontinued_in_the_current_view() {
    let current = catalog().view(DataView::Current);
    let skype = find(&current, "skype").tool.status.clone().unwrap();
    assert_eq!(skype.kind, StatusKind::Discontinued);
    assert_eq!(skype.date, Some(date("2025-05-05")));
    let bluejeans = &find(&current, "bluejeans").tool;
    assert!(bluejeans.is_discontinued());
    assert_eq!(bluejeans.status.as_ref().unwrap().as_of, date("2024-06-22"));
    let discontinued: Vec<&str> = current
        .iter()
        .filter(|r| r.tool.is_discontinued())
        .map(|r| r.tool.id.as_str())
        .collect();
    assert_eq!(discontinued, ["bluejeans", "skype"]);
}

#[test]
fn renamed_tools_show_their_current_name_and_keep_the_former_one() {
    let current = catalog().view(DataView::Current);
    let blizz = find(&current, "blizz");
    assert_eq!(blizz.tool.name, "TeamViewer Meeting");
    assert_eq!(blizz.former_name(), Some("Blizz by TeamViewer"));
    let goto = find(&current, "gotomeeting");
    assert_eq!(goto.tool.name, "GoTo Meeting");
    assert_eq!(goto.former_name(), Some("GoToMeeting by LogMeIn"));
    assert_eq!(goto.tool.status.as_ref().unwrap().date, Some(date("2022")));
    let adobe = &find(&current, "adobe-connect").tool;
    assert_eq!(adobe.status.as_ref().unwrap().kind, StatusKind::Active);
}

#[test]
fn the_original_view_shows_the_eleven_article_rows_and_nothing_learnt_later() {
    let catalog = catalog();
    let original = catalog.view(DataView::Original);
    assert_eq!(original.len(), 11);
    for row in &original {
        let t = &row.tool;
        assert_eq!(t.origin, Origin::SourceTable, "{}", t.id);
        assert!(
            row.changes.is_empty() && row.former_name().is_none(),
            "{}",
            t.id
        );
        assert!(t.updates.is_empty() && t.status.is_none(), "{}", t.id);
        assert!(t.authority_rating.is_none() && t.note.is_none(), "{}", t.id);
        assert!(t.field_sources.is_empty(), "{}", t.id);
    }
    assert_eq!(find(&original, "blizz").tool.name, "Blizz by TeamViewer");
    assert_eq!(find(&original, "zoom").tool.e2e, Tristate::No);
}

#[test]
fn the_current_view_adds_seven_tools_marked_as_added() {
    let current = catalog().view(DataView::Current);
    let added: Vec<&str> = current
        .iter()
        .filter(|r| r.tool.origin == Origin::Added)
        .map(|r| r.tool.id.as_str())
        .collect();
    assert_eq!(
        added,
        [
            "jitsi-meet",
            "bigbluebutton",
            "nextcloud-talk",
            "alfaview",
            "wire",
            "opentalk",
            "google-meet"
        ]
    );
    assert_eq!(current.len(), 18);
}

#[test]
fn self_hosted_tools_are_located_where_you_run_them_and_say_why() {
    let current = catalog().view(DataView::Current);
    for id in ["jitsi-meet", "bigbluebutton", "nextcloud-talk"] {
        let tool = &find(&current, id).tool;
        assert_eq!(tool.location, Some(Location::SelfHosted), "{id}");
        let note = tool.note.as_ref().expect("a note explains it");
        assert!(note.de.contains("wo Sie es betreiben"), "{id}");
        assert!(note.en.contains("where you host it"), "{id}");
        assert!(
            !note.de.contains("k. A.") && !note.en.contains("n/a"),
            "{id}"
        );
    }
    // A hosted service whose location no source states stays unknown; hosted services with
    // an on-premise option keep the location of their service.
    assert_eq!(find(&current, "wire").tool.location, None);
    for id in ["alfaview", "opentalk"] {
        assert_eq!(find(&current, id).tool.location, Location::from_code("DE"));
    }
}

#[test]
fn what_no_source_confirms_stays_unknown_for_added_tools() {
    let current = catalog().view(DataView::Current);
    let tool = |id| find(&current, id).tool.clone();
    assert_eq!(tool("opentalk").e2e, Tristate::Unknown, "E2E unverified");
    assert_eq!(tool("alfaview").e2e, Tristate::Unknown, "E2E not claimed");
    assert_eq!(tool("bigbluebutton").e2e, Tristate::No);
    assert_eq!(
        tool("jitsi-meet").platforms.get(Platform::Windows),
        Tristate::Unknown
    );
    for id in [
        "jitsi-meet",
        "bigbluebutton",
        "nextcloud-talk",
        "alfaview",
        "wire",
        "opentalk",
    ] {
        let t = tool(id);
        assert_eq!(t.blur, Tristate::Unknown, "{id}");
        assert_eq!(t.max_participants, None, "{id}");
    }
}

#[test]
fn berlin_dpa_2020_ratings_appear_where_the_authority_rated_the_service() {
    let current = catalog().view(DataView::Current);
    let rated: Vec<(&str, RatingLevel)> = current
        .iter()
        .filter_map(|r| Some((r.tool.id.as_str(), r.tool.authority_rating.as_ref()?.value)))
        .collect();
    use RatingLevel::{Green, Red};
    assert_eq!(
        rated,
        [
            ("blizz", Red),
            ("gotomeeting", Red),
            ("webex", Red),
            ("teams", Red),
            ("skype", Red),
            ("zoom", Red),
            ("wire", Green),
            ("google-meet", Red),
        ]
    );
    for r in &current {
        if let Some(rating) = &r.tool.authority_rating {
            assert_eq!(rating.source, "blnbdi-2020");
            assert_eq!(rating.as_of, date("2020-07-03"));
        }
    }
}

/// Every source id one tool cites, wherever it appears.
fn citations(row: &ResolvedTool, raw: &Tool) -> Vec<String> {
    let t = &row.tool;
    let mut ids = vec![t.source.clone()];
    ids.extend(raw.field_sources.iter().map(|(_, id)| id.clone()));
    ids.extend(row.changes.iter().map(|c| c.source.clone()));
    ids.extend(t.status.iter().map(|s| s.source.clone()));
    ids.extend(t.authority_rating.iter().map(|r| r.source.clone()));
    ids
}

#[test]
fn every_cited_source_resolves_and_every_listed_source_is_cited() {
    let catalog = catalog();
    let mut cited = Vec::new();
    for row in catalog.view(DataView::Current) {
        let raw = catalog.tool(&row.tool.id).unwrap();
        for id in citations(&row, raw) {
            let source = catalog.source(&id).unwrap_or_else(|| panic!("{id}"));
            assert!(!source.title.is_empty() && !source.publisher.is_empty());
            cited.push(id);
        }
    }
    for source in &catalog.sources {
        assert!(cited.contains(&source.id), "{} is never cited", source.id);
    }
}

#[test]
fn every_note_is_written_in_german_and_english() {
    let mut notes: Vec<(String, Text)> = Vec::new();
    for tool in &catalog().tools {
        let id = &tool.id;
        notes.extend(
            tool.note
                .iter()
                .map(|n| (format!("{id} note"), (**n).clone())),
        );
        for u in &tool.updates {
            notes.push((format!("{id} {}", u.field().key()), u.note.clone()));
        }
        notes.extend(
            tool.status
                .iter()
                .map(|s| (format!("{id} status"), s.note.clone())),
        );
        notes.extend(
            tool.authority_rating
                .iter()
                .map(|r| (format!("{id} rating"), r.note.clone())),
        );
    }
    assert!(notes.len() > 30, "{}", notes.len());
    for (what, note) in notes {
        assert!(
            !note.de.trim().is_empty() && !note.en.trim().is_empty(),
            "{what}"
        );
        assert_ne!(note.de, note.en, "{what} is translated");
    }
}

/// Walks the raw JSON, so the check does not depend on the parser reading every date.
fn dates(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("date" | "as_of", Value::String(text)) => out.push(text.clone()),
                    _ => dates(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| dates(v, out)),
        _ => {}
    }
}

#[test]
fn every_date_in_the_data_file_parses() {
    let raw: Value = serde_json::from_str(vk_check::domain::catalog::BUILTIN_JSON).unwrap();
    let mut found = Vec::new();
    dates(&raw, &mut found);
    assert!(found.len() > 40, "{}", found.len());
    for text in found {
        assert!(SourceDate::parse(&text).is_some(), "{text}");
    }
}

#[test]
fn the_stand_line_can_name_the_newest_fact_skypes_retirement() {
    assert_eq!(catalog().newest_fact_date(), Some(date("2025-05-05")));
}

#[test]
fn filters_on_tools_see_the_values_of_the_chosen_view() {
    let catalog = catalog();
    let with_e2e = |view| -> Vec<String> {
        catalog
            .view(view)
            .into_iter()
            .filter(|r| r.tool.e2e.is_yes() && r.tool.origin == Origin::SourceTable)
            .map(|r| r.tool.id.clone())
            .collect()
    };
    assert!(!with_e2e(DataView::Original).contains(&"zoom".to_owned()));
    assert!(with_e2e(DataView::Current).contains(&"zoom".to_owned()));
}
