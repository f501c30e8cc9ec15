//! Proptest strategies for data files: random valid catalogs (every optional part, hostile
//! text in every free-text field), the JSON a data file holds for them, and random junk.
#![allow(dead_code)] // each test crate uses a different part of this module

use std::rc::Rc;

use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use serde_json::{json, Map, Value};
use vk_check::domain::{
    AuthorityRating, Catalog, Field, FieldValue, Location, Origin, Platform, Platforms,
    RatingLevel, Source, SourceDate, Status, StatusKind, Text, Tool, Tristate, Update,
};

/// Pieces that break naive renderers, searches and layouts: markup, bidirectional text,
/// emoji with joiners, combining accents, control characters, quotes and separators.
pub const HOSTILE: [&str; 16] = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\"><svg onload=alert(1)>",
    "שלום עולם",
    "مرحبا بالعالم",
    "\u{202E}evil\u{202C}",
    "👩\u{200D}💻 🎥",
    "🇩🇪",
    "e\u{301}",
    "\u{0}\u{7}",
    "&amp; &lt;",
    "a,b;c\"d'e",
    "=1+2",
    "\\u0041",
    "İstanbul",
    "Straße",
];

/// Free text as the parser keeps it: trimmed and not empty.
pub fn text() -> impl Strategy<Value = String> {
    let random = proptest::collection::vec(any::<char>(), 0..16).prop_map(String::from_iter);
    let piece = prop_oneof![select(HOSTILE.to_vec()).prop_map(str::to_owned), random];
    proptest::collection::vec(piece, 1..4)
        .prop_map(|parts| parts.concat().trim().to_owned())
        .prop_filter("not empty once trimmed", |t| !t.is_empty())
}

pub fn bilingual() -> impl Strategy<Value = Text> {
    (text(), text()).prop_map(|(de, en)| Text { de, en })
}

/// An id as the data allows it: lower-case letters, digits and hyphens, at most 40.
pub fn id() -> impl Strategy<Value = String> {
    "[a-z0-9-]{1,40}"
}

pub fn tristate() -> impl Strategy<Value = Tristate> {
    select(Tristate::ALL.to_vec())
}

pub fn location() -> impl Strategy<Value = Option<Location>> {
    let codes: Vec<&'static str> = Location::known_codes().collect();
    proptest::option::of(select(codes).prop_map(|c| Location::from_code(c).expect("known")))
}

pub fn participants() -> impl Strategy<Value = Option<u32>> {
    proptest::option::of(1u32..=1_000_000)
}

pub fn date() -> impl Strategy<Value = SourceDate> {
    (1990u16..=2100, 1u8..=12, 1u8..=28, any::<bool>(), 0..3).prop_map(
        |(y, m, d, circa, precision)| {
            let tilde = if circa { "~" } else { "" };
            let text = match precision {
                0 => format!("{tilde}{y}"),
                1 => format!("{tilde}{y}-{m:02}"),
                _ => format!("{tilde}{y}-{m:02}-{d:02}"),
            };
            SourceDate::parse(&text).expect("a valid date")
        },
    )
}

fn field_value(field: Field) -> BoxedStrategy<FieldValue> {
    match field {
        Field::Location => location().prop_map(FieldValue::Location).boxed(),
        Field::MaxParticipants => participants().prop_map(FieldValue::MaxParticipants).boxed(),
        Field::E2e => tristate().prop_map(FieldValue::E2e).boxed(),
        Field::Platform(p) => tristate()
            .prop_map(move |t| FieldValue::Platform(p, t))
            .boxed(),
        Field::Blur => tristate().prop_map(FieldValue::Blur).boxed(),
    }
}

fn update(field: Field, sources: Vec<String>) -> impl Strategy<Value = Update> {
    (field_value(field), bilingual(), select(sources), date()).prop_map(
        |(value, note, source, as_of)| Update {
            value,
            note,
            source,
            as_of,
        },
    )
}

fn status(sources: Vec<String>) -> impl Strategy<Value = Status> {
    let kind = prop_oneof![
        Just(StatusKind::Active),
        Just(StatusKind::Discontinued),
        text().prop_map(|to| StatusKind::Renamed { to }),
    ];
    (
        kind,
        proptest::option::of(date()),
        bilingual(),
        select(sources),
        date(),
    )
        .prop_map(|(kind, date, note, source, as_of)| Status {
            kind,
            date,
            note,
            source,
            as_of,
        })
}

fn rating(sources: Vec<String>) -> impl Strategy<Value = AuthorityRating> {
    (
        select(RatingLevel::ALL.to_vec()),
        bilingual(),
        select(sources),
        date(),
    )
        .prop_map(|(value, note, source, as_of)| AuthorityRating {
            value,
            note,
            source,
            as_of,
        })
}

/// A tool with the given id citing only `sources`, with any mix of optional parts.
pub fn tool(id: String, sources: Vec<String>) -> impl Strategy<Value = Tool> {
    let facts = (
        text(),
        select(Origin::ALL.to_vec()),
        select(sources.clone()),
        location(),
        participants(),
        tristate(),
        tristate(),
        proptest::collection::vec(tristate(), Platform::ALL.len()),
    );
    // The parser reads `field_sources` in key order; updates keep their order but one per field.
    let mut by_key = Field::ALL.to_vec();
    by_key.sort_by_key(|f| f.key());
    let field_sources = subsequence(by_key, 0..=Field::ALL.len()).prop_flat_map({
        let sources = sources.clone();
        move |fields| {
            let n = fields.len();
            proptest::collection::vec(select(sources.clone()), n)
                .prop_map(move |ids| fields.iter().copied().zip(ids).collect::<Vec<_>>())
        }
    });
    let updates = subsequence(Field::ALL.to_vec(), 0..=3)
        .prop_shuffle()
        .prop_flat_map({
            let sources = sources.clone();
            move |fields| {
                let each: Vec<_> = fields
                    .into_iter()
                    .map(|f| update(f, sources.clone()))
                    .collect();
                each
            }
        });
    let extras = (
        field_sources,
        proptest::option::of(bilingual()),
        updates,
        proptest::option::of(status(sources.clone())),
        proptest::option::of(rating(sources)),
    );
    (facts, extras).prop_map(
        move |(
            (name, origin, source, location, max_participants, e2e, blur, platforms),
            (field_sources, note, updates, status, authority_rating),
        )| {
            let mut all = Platforms::UNKNOWN;
            for (p, t) in Platform::ALL.into_iter().zip(platforms) {
                all.set(p, t);
            }
            Tool {
                id: id.clone(),
                name,
                former_name: None,
                origin,
                location,
                max_participants,
                e2e,
                platforms: all,
                blur,
                source,
                field_sources,
                note: note.map(Box::new),
                updates,
                status: status.map(Box::new),
                authority_rating: authority_rating.map(Box::new),
                light: None,
            }
        },
    )
}

pub fn source(id: String) -> impl Strategy<Value = Source> {
    let url = proptest::option::of(text().prop_map(|t| format!("https://example.org/{t}")));
    (text(), text(), url, proptest::option::of(date())).prop_map(
        move |(title, publisher, url, date)| Source {
            id: id.clone(),
            title,
            publisher,
            url,
            date,
        },
    )
}

/// A valid catalog: 1 to 3 sources, `tools` tools with unique ids, every citation resolvable.
pub fn catalog(tools: std::ops::Range<usize>) -> impl Strategy<Value = Catalog> {
    let source_ids = proptest::collection::btree_set(id(), 1..4);
    // Shuffled, so data order is not alphabetical order.
    let tool_ids = proptest::collection::btree_set(id(), tools)
        .prop_map(|ids| ids.into_iter().collect::<Vec<_>>())
        .prop_shuffle();
    (source_ids, tool_ids).prop_flat_map(|(source_ids, tool_ids)| {
        let source_ids: Vec<String> = source_ids.into_iter().collect();
        let sources: Vec<_> = source_ids.iter().cloned().map(source).collect();
        let tools: Vec<_> = tool_ids
            .into_iter()
            .map(|id| tool(id, source_ids.clone()))
            .collect();
        (sources, tools).prop_map(|(sources, tools)| Catalog {
            tools: tools.into_iter().map(Rc::new).collect(),
            sources,
        })
    })
}

/// The JSON a data file holds for `catalog`, in the format of `data/tools.json`.
pub fn catalog_json(catalog: &Catalog) -> Value {
    json!({
        "sources": catalog.sources.iter().map(source_json).collect::<Vec<_>>(),
        "tools": catalog.tools.iter().map(|t| tool_json(t)).collect::<Vec<_>>(),
    })
}

fn text_json(text: &Text) -> Value {
    json!({ "de": text.de, "en": text.en })
}

fn source_json(source: &Source) -> Value {
    json!({
        "id": source.id,
        "title": source.title,
        "publisher": source.publisher,
        "url": source.url,
        "date": source.date.map(|d| d.to_string()),
    })
}

fn field_value_json(value: &FieldValue) -> Value {
    match value {
        FieldValue::Location(l) => json!(l.as_ref().map(Location::code)),
        FieldValue::MaxParticipants(n) => json!(n),
        FieldValue::E2e(t) | FieldValue::Platform(_, t) | FieldValue::Blur(t) => json!(t.key()),
    }
}

pub fn tool_json(tool: &Tool) -> Value {
    let platforms: Map<String, Value> = Platform::ALL
        .into_iter()
        .map(|p| (p.key().to_owned(), json!(tool.platforms.get(p).key())))
        .collect();
    let field_sources: Map<String, Value> = tool
        .field_sources
        .iter()
        .map(|(f, id)| (f.key().to_owned(), json!(id)))
        .collect();
    let mut json = json!({
        "id": tool.id,
        "name": tool.name,
        "origin": tool.origin.key(),
        "source": tool.source,
        "location": tool.location.as_ref().map(Location::code),
        "max_participants": tool.max_participants,
        "e2e": tool.e2e.key(),
        "platforms": platforms,
        "blur": tool.blur.key(),
        "field_sources": field_sources,
    });
    if let Some(note) = &tool.note {
        json["note"] = text_json(note);
    }
    if !tool.updates.is_empty() {
        let updates: Vec<Value> = tool
            .updates
            .iter()
            .map(|u| {
                json!({
                    "field": u.field().key(),
                    "value": field_value_json(&u.value),
                    "note": text_json(&u.note),
                    "source": u.source,
                    "as_of": u.as_of.to_string(),
                })
            })
            .collect();
        json["updates"] = json!(updates);
    }
    if let Some(status) = &tool.status {
        let mut s = json!({
            "kind": status.kind.key(),
            "note": text_json(&status.note),
            "source": status.source,
            "as_of": status.as_of.to_string(),
        });
        if let Some(date) = status.date {
            s["date"] = json!(date.to_string());
        }
        if let StatusKind::Renamed { to } = &status.kind {
            s["renamed_to"] = json!(to);
        }
        json["status"] = s;
    }
    if let Some(rating) = &tool.authority_rating {
        json["authority_rating"] = json!({
            "value": rating.value.key(),
            "note": text_json(&rating.note),
            "source": rating.source,
            "as_of": rating.as_of.to_string(),
        });
    }
    json
}

/// Any JSON value, nested a few levels: the shapes a broken or hostile file can take.
pub fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        Just(json!(1_u64 << 40)),
        any::<String>().prop_map(Value::String),
        select(HOSTILE.to_vec()).prop_map(Value::from),
        select(vec![
            "yes",
            "no",
            "unknown",
            "DE",
            "added",
            "source-table",
            "2024-01-01"
        ])
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map("[a-z_]{1,16}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}
