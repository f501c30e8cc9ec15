//! Reading the data file: every problem is collected with the path of the field it concerns.

use std::collections::HashSet;
use std::rc::Rc;

use serde_json::{Map, Value};

use crate::domain::{
    AuthorityRating, Catalog, Field, FieldValue, Location, Origin, Platform, Platforms,
    RatingLevel, Source, SourceDate, Status, StatusKind, Text, Tool, Tristate, Update,
};

/// One problem in a data file, at a path such as `tools[zoom].e2e`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub path: String,
    pub problem: Problem,
}

/// What is wrong with a field; the interface words it in the user's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not JSON at all.
    Syntax {
        line: usize,
        column: usize,
    },
    Missing,
    /// The field has the wrong JSON type; `expected` names the JSON type wanted.
    WrongType {
        expected: &'static str,
    },
    UnknownKey,
    /// A value outside a fixed list.
    NotAllowed {
        found: String,
        allowed: String,
    },
    UnknownCountry(String),
    OutOfRange {
        min: u64,
        max: u64,
    },
    BadDate(String),
    BadId(String),
    DuplicateId(String),
    UnknownSource(String),
    Empty,
    /// A data URL that would leave the page's origin.
    NotSameOrigin(String),
    /// A tool has two updates for the same field (named by its key).
    RepeatedUpdate(String),
    /// The field is only allowed under a condition, written as JSON (`"kind": "renamed"`).
    OnlyWhen(String),
    // --- Embedding and custom data (issue 6) ---
    /// An option that cannot be given together with the named one.
    Exclusive(&'static str),
    /// A data file answered with an HTTP error status (404, say).
    HttpStatus(u16),
    /// A data file could not be fetched at all (network error, or a redirect to another origin).
    Unreachable,
}

impl Problem {
    /// The problem with every value it quotes cut to [`MAX_SHOWN_LEN`] characters: enough to
    /// recognise it, while a 10 MB value in a file does not become a 10 MB error message.
    pub(crate) fn shortened(self) -> Problem {
        match self {
            Problem::NotAllowed { found, allowed } => Problem::NotAllowed {
                found: shortened(&found),
                allowed,
            },
            Problem::UnknownCountry(code) => Problem::UnknownCountry(shortened(&code)),
            Problem::BadDate(text) => Problem::BadDate(shortened(&text)),
            Problem::BadId(id) => Problem::BadId(shortened(&id)),
            Problem::NotSameOrigin(url) => Problem::NotSameOrigin(shortened(&url)),
            other => other,
        }
    }
}

/// Values quoted in an error message, and unknown keys in its path, are cut to this length.
pub(crate) const MAX_SHOWN_LEN: usize = 40;

/// `text` cut to [`MAX_SHOWN_LEN`] characters, with "…" where it was cut.
pub(crate) fn shortened(text: &str) -> String {
    match text.char_indices().nth(MAX_SHOWN_LEN) {
        Some((end, _)) => [&text[..end], "…"].concat(),
        None => text.to_owned(),
    }
}

const MAX_PARTICIPANTS: u64 = 1_000_000;

/// Collects errors while walking the JSON tree; the calculator's JSON form is read with it too.
#[derive(Default)]
pub(crate) struct Reader {
    pub(crate) errors: Vec<DataError>,
    /// Ids of all source entries, even invalid ones, so a citation is checked only once.
    source_ids: HashSet<String>,
}

impl Reader {
    pub(crate) fn fail(&mut self, path: &str, problem: Problem) {
        self.errors.push(DataError {
            path: path.to_owned(),
            problem: problem.shortened(),
        });
    }

    pub(crate) fn object<'v>(
        &mut self,
        path: &str,
        value: &'v Value,
        keys: &[&str],
    ) -> Option<&'v Map<String, Value>> {
        let Some(map) = value.as_object() else {
            self.fail(path, Problem::WrongType { expected: "object" });
            return None;
        };
        for key in map.keys().filter(|k| !keys.contains(&k.as_str())) {
            self.fail(&at(path, &shortened(key)), Problem::UnknownKey);
        }
        Some(map)
    }

    pub(crate) fn field<'v>(
        &mut self,
        path: &str,
        map: &'v Map<String, Value>,
        key: &str,
    ) -> Option<&'v Value> {
        let value = map.get(key);
        if value.is_none() {
            self.fail(&at(path, key), Problem::Missing);
        }
        value
    }

    fn string(&mut self, path: &str, map: &Map<String, Value>, key: &str) -> Option<String> {
        let value = self.field(path, map, key)?;
        let path = at(path, key);
        match value.as_str().map(str::trim) {
            None => self.fail(&path, Problem::WrongType { expected: "string" }),
            Some("") => self.fail(&path, Problem::Empty),
            Some(text) => return Some(text.to_owned()),
        }
        None
    }

    fn id(&mut self, path: &str, map: &Map<String, Value>, key: &str) -> Option<String> {
        let id = self.string(path, map, key)?;
        let valid = id.len() <= 40
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !valid {
            self.fail(&at(path, key), Problem::BadId(id));
            return None;
        }
        Some(id)
    }

    /// A string from a fixed list of keys.
    fn one_of(
        &mut self,
        path: &str,
        map: &Map<String, Value>,
        key: &str,
        allowed: &[&str],
    ) -> Option<String> {
        let found = self.string(path, map, key)?;
        if allowed.contains(&found.as_str()) {
            return Some(found);
        }
        let allowed = quoted(allowed.iter().copied());
        self.fail(&at(path, key), Problem::NotAllowed { found, allowed });
        None
    }

    /// A source id that must name an entry of `sources`. An unknown one is reported but kept,
    /// so the entry is still built and checked further (e.g. for a duplicate id).
    fn citation(&mut self, path: &str, map: &Map<String, Value>, key: &str) -> Option<String> {
        let id = self.id(path, map, key)?;
        if !self.source_ids.contains(&id) {
            self.fail(&at(path, key), Problem::UnknownSource(id.clone()));
        }
        Some(id)
    }

    fn date(&mut self, path: &str, map: &Map<String, Value>, key: &str) -> Option<SourceDate> {
        let text = self.string(path, map, key)?;
        let date = SourceDate::parse(&text);
        if date.is_none() {
            self.fail(&at(path, key), Problem::BadDate(text));
        }
        date
    }

    /// A date that may be `null` (undated); the key itself is required so that "undated" is said.
    fn nullable_date(
        &mut self,
        path: &str,
        map: &Map<String, Value>,
        key: &str,
    ) -> Option<Option<SourceDate>> {
        match self.field(path, map, key)? {
            Value::Null => Some(None),
            _ => self.date(path, map, key).map(Some),
        }
    }

    /// A bilingual text; both languages are required, so no reader meets an empty note.
    fn text(&mut self, path: &str, map: &Map<String, Value>, key: &str) -> Option<Text> {
        let value = self.field(path, map, key)?;
        let path = at(path, key);
        let map = self.object(&path, value, &["de", "en"])?;
        let de = self.string(&path, map, "de");
        let en = self.string(&path, map, "en");
        Some(Text { de: de?, en: en? })
    }

    fn array<'v>(&mut self, path: &str, map: &'v Map<String, Value>, key: &str) -> &'v [Value] {
        match self.field(path, map, key).map(Value::as_array) {
            Some(Some(items)) => items,
            Some(None) => {
                self.fail(&at(path, key), Problem::WrongType { expected: "array" });
                &[]
            }
            None => &[],
        }
    }

    pub(crate) fn tristate(&mut self, path: &str, value: &Value) -> Option<Tristate> {
        let index = self.choice(path, value, &Tristate::ALL.map(Tristate::key))?;
        Tristate::ALL.get(index).copied()
    }

    /// The index of `value` in a fixed list of keys; anything else, a number say, is named.
    pub(crate) fn choice(&mut self, path: &str, value: &Value, keys: &[&str]) -> Option<usize> {
        let found = value.as_str().unwrap_or_default();
        let index = keys.iter().position(|key| *key == found);
        if index.is_none() {
            let found = if value.is_string() {
                found.to_owned()
            } else {
                value.to_string()
            };
            let allowed = quoted(keys.iter().copied());
            self.fail(path, Problem::NotAllowed { found, allowed });
        }
        index
    }

    pub(crate) fn boolean(&mut self, path: &str, value: &Value) -> Option<bool> {
        let read = value.as_bool();
        if read.is_none() {
            self.fail(
                path,
                Problem::WrongType {
                    expected: "true or false",
                },
            );
        }
        read
    }

    fn source(&mut self, path: &str, value: &Value) -> Option<Source> {
        let map = self.object(path, value, &["id", "title", "publisher", "url", "date"])?;
        let id = self.id(path, map, "id");
        let path = id
            .as_ref()
            .map_or_else(|| path.to_owned(), |id| ["sources[", id, "]"].concat());
        let title = self.string(&path, map, "title");
        let publisher = self.string(&path, map, "publisher");
        let url = match map.get("url") {
            None | Some(Value::Null) => Some(None),
            Some(_) => self.string(&path, map, "url").map(Some),
        };
        let date = self.nullable_date(&path, map, "date");
        Some(Source {
            id: id?,
            title: title?,
            publisher: publisher?,
            url: url?,
            date: date?,
        })
    }

    fn tool(&mut self, path: &str, value: &Value) -> Option<Tool> {
        let map = self.object(path, value, &TOOL_KEYS)?;
        let id = self.id(path, map, "id");
        let path = id
            .as_ref()
            .map_or_else(|| path.to_owned(), |id| ["tools[", id, "]"].concat());
        let path = path.as_str();
        let name = self.string(path, map, "name");
        let origin_keys = Origin::ALL.map(Origin::key);
        let origin = self
            .one_of(path, map, "origin", &origin_keys)
            .and_then(|key| Origin::from_key(&key));
        let source = self.citation(path, map, "source");
        let location = self
            .field(path, map, "location")
            .and_then(|v| self.location(&at(path, "location"), v));
        let max_participants = self
            .field(path, map, "max_participants")
            .and_then(|v| self.participants(&at(path, "max_participants"), v));
        let e2e = self
            .field(path, map, "e2e")
            .and_then(|v| self.tristate(&at(path, "e2e"), v));
        let blur = self
            .field(path, map, "blur")
            .and_then(|v| self.tristate(&at(path, "blur"), v));
        let platforms = self
            .field(path, map, "platforms")
            .and_then(|v| self.platforms(path, v));
        let field_sources = match map.get("field_sources") {
            None => Some(Vec::new()),
            Some(v) => self.field_sources(path, v),
        };
        let note = match given(map, "note") {
            None => Some(None),
            Some(_) => self.text(path, map, "note").map(Box::new).map(Some),
        };
        let updates = match given(map, "updates") {
            None => Some(Vec::new()),
            Some(v) => self.updates(&at(path, "updates"), v),
        };
        let status = match given(map, "status") {
            None => Some(None),
            Some(v) => self.status(&at(path, "status"), v).map(Box::new).map(Some),
        };
        let authority_rating = match given(map, "authority_rating") {
            None => Some(None),
            Some(v) => self
                .rating(&at(path, "authority_rating"), v)
                .map(Box::new)
                .map(Some),
        };
        Some(Tool {
            id: id?,
            name: name?,
            former_name: None,
            origin: origin?,
            location: location?,
            max_participants: max_participants?,
            e2e: e2e?,
            platforms: platforms?,
            blur: blur?,
            source: source?,
            field_sources: field_sources?,
            note: note?,
            updates: updates?,
            status: status?,
            authority_rating: authority_rating?,
            light: None,
        })
    }

    fn updates(&mut self, path: &str, value: &Value) -> Option<Vec<Update>> {
        let Some(items) = value.as_array() else {
            self.fail(path, Problem::WrongType { expected: "array" });
            return None;
        };
        let mut updates: Vec<Update> = Vec::new();
        let mut complete = true;
        for (i, item) in items.iter().enumerate() {
            let path = format!("{path}[{i}]");
            match self.update(&path, item) {
                // Two updates of one field would leave it unclear which value the view shows.
                Some(u) if updates.iter().any(|seen| seen.field() == u.field()) => {
                    self.fail(
                        &at(&path, "field"),
                        Problem::RepeatedUpdate(u.field().key().to_owned()),
                    );
                    complete = false;
                }
                Some(u) => updates.push(u),
                None => complete = false,
            }
        }
        complete.then_some(updates)
    }

    fn update(&mut self, path: &str, value: &Value) -> Option<Update> {
        let map = self.object(path, value, &["field", "value", "note", "source", "as_of"])?;
        let field_keys = Field::ALL.map(Field::key);
        let field = self
            .one_of(path, map, "field", &field_keys)
            .and_then(|key| Field::from_key(&key));
        let raw = self.field(path, map, "value");
        let new = match (field, raw) {
            (Some(field), Some(raw)) => self.field_value(&at(path, "value"), field, raw),
            _ => None,
        };
        let note = self.text(path, map, "note");
        let source = self.citation(path, map, "source");
        let as_of = self.date(path, map, "as_of");
        Some(Update {
            value: new?,
            note: note?,
            source: source?,
            as_of: as_of?,
        })
    }

    /// A value typed by its field, as the tool itself would hold it.
    fn field_value(&mut self, path: &str, field: Field, value: &Value) -> Option<FieldValue> {
        Some(match field {
            Field::Location => FieldValue::Location(self.location(path, value)?),
            Field::MaxParticipants => FieldValue::MaxParticipants(self.participants(path, value)?),
            Field::E2e => FieldValue::E2e(self.tristate(path, value)?),
            Field::Platform(p) => FieldValue::Platform(p, self.tristate(path, value)?),
            Field::Blur => FieldValue::Blur(self.tristate(path, value)?),
        })
    }

    fn status(&mut self, path: &str, value: &Value) -> Option<Status> {
        let keys = ["kind", "date", "renamed_to", "note", "source", "as_of"];
        let map = self.object(path, value, &keys)?;
        let kind = self.one_of(path, map, "kind", &StatusKind::KEYS);
        let renamed_to = match given(map, "renamed_to") {
            None => Some(None),
            Some(_) => self.string(path, map, "renamed_to").map(Some),
        };
        let kind = match (kind.as_deref(), renamed_to) {
            (Some("renamed"), Some(Some(to))) => Some(StatusKind::Renamed { to }),
            (Some("renamed"), Some(None)) => {
                self.fail(&at(path, "renamed_to"), Problem::Missing);
                None
            }
            (Some(_), Some(Some(_))) => {
                let condition = r#""kind": "renamed""#.to_owned();
                self.fail(&at(path, "renamed_to"), Problem::OnlyWhen(condition));
                None
            }
            (Some("active"), _) => Some(StatusKind::Active),
            (Some("discontinued"), _) => Some(StatusKind::Discontinued),
            _ => None,
        };
        let date = match given(map, "date") {
            None => Some(None),
            Some(_) => self.date(path, map, "date").map(Some),
        };
        let note = self.text(path, map, "note");
        let source = self.citation(path, map, "source");
        let as_of = self.date(path, map, "as_of");
        Some(Status {
            kind: kind?,
            date: date?,
            note: note?,
            source: source?,
            as_of: as_of?,
        })
    }

    fn rating(&mut self, path: &str, value: &Value) -> Option<AuthorityRating> {
        let map = self.object(path, value, &["value", "note", "source", "as_of"])?;
        let level_keys = RatingLevel::ALL.map(RatingLevel::key);
        let level = self
            .one_of(path, map, "value", &level_keys)
            .and_then(|key| RatingLevel::from_key(&key));
        let note = self.text(path, map, "note");
        let source = self.citation(path, map, "source");
        let as_of = self.date(path, map, "as_of");
        Some(AuthorityRating {
            value: level?,
            note: note?,
            source: source?,
            as_of: as_of?,
        })
    }

    /// `Some(None)` is a valid "not stated"; `None` is an error already recorded.
    fn location(&mut self, path: &str, value: &Value) -> Option<Option<Location>> {
        match value {
            Value::Null => Some(None),
            Value::String(code) => {
                let location = Location::from_code(code);
                if location.is_none() {
                    self.fail(path, Problem::UnknownCountry(code.clone()));
                }
                location.map(Some)
            }
            _ => {
                self.fail(
                    path,
                    Problem::WrongType {
                        expected: "string or null",
                    },
                );
                None
            }
        }
    }

    fn participants(&mut self, path: &str, value: &Value) -> Option<Option<u32>> {
        let out_of_range = Problem::OutOfRange {
            min: 1,
            max: MAX_PARTICIPANTS,
        };
        // 1.5 is within the range and still no count: saying "between 1 and …" would mislead.
        let not_whole = Problem::WrongType {
            expected: "whole number or null",
        };
        let problem = match value {
            Value::Null => return Some(None),
            Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
                (Some(n @ 1..=MAX_PARTICIPANTS), _, _) => return Some(Some(n as u32)),
                (Some(_), _, _) | (None, Some(_), _) => out_of_range,
                // A float beyond any count (1e300) is out of range whatever its fraction.
                (None, None, Some(f))
                    if f.fract() == 0.0 && !(1.0..=MAX_PARTICIPANTS as f64).contains(&f) =>
                {
                    out_of_range
                }
                _ => not_whole,
            },
            _ => not_whole,
        };
        self.fail(path, problem);
        None
    }

    fn platforms(&mut self, path: &str, value: &Value) -> Option<Platforms> {
        let path = at(path, "platforms");
        let keys = Platform::ALL.map(Platform::key);
        let map = self.object(&path, value, &keys)?;
        let mut platforms = Platforms::UNKNOWN;
        let mut complete = true;
        for platform in Platform::ALL {
            let value = self.field(&path, map, platform.key());
            match value.and_then(|v| self.tristate(&at(&path, platform.key()), v)) {
                Some(t) => platforms.set(platform, t),
                None => complete = false,
            }
        }
        complete.then_some(platforms)
    }

    fn field_sources(&mut self, path: &str, value: &Value) -> Option<Vec<(Field, String)>> {
        let path = at(path, "field_sources");
        let keys = Field::ALL.map(Field::key);
        let map = self.object(&path, value, &keys)?;
        let mut sources = Vec::new();
        let mut complete = true;
        // Unknown keys were reported by `object`; only the known ones are read.
        for field in map.keys().filter_map(|key| Field::from_key(key)) {
            match self.citation(&path, map, field.key()) {
                Some(id) => sources.push((field, id)),
                None => complete = false,
            }
        }
        complete.then_some(sources)
    }
}

/// The value of an optional key; absent and `null` both mean "not given".
fn given<'v>(map: &'v Map<String, Value>, key: &str) -> Option<&'v Value> {
    map.get(key).filter(|v| !v.is_null())
}

/// The path of `key` within `path`: `tools[zoom]` and `e2e` give `tools[zoom].e2e`. Built
/// without `format!`, whose machinery costs code at each of the many call sites.
fn at(path: &str, key: &str) -> String {
    [path, ".", key].concat()
}

/// `"a", "b"`: the allowed keys as an error message lists them.
fn quoted<'a>(keys: impl IntoIterator<Item = &'a str>) -> String {
    let keys: Vec<String> = keys.into_iter().map(|k| ["\"", k, "\""].concat()).collect();
    keys.join(", ")
}

/// Parses and validates a whole data file, collecting every problem.
pub fn parse_catalog(json: &str) -> Result<Catalog, Vec<DataError>> {
    read_catalog(&parse_json(json)?, &HashSet::new())
}

/// Reads JSON text; a syntax error is reported at the root with its line and column.
pub fn parse_json(json: &str) -> Result<Value, Vec<DataError>> {
    serde_json::from_str(json).map_err(|e| {
        let problem = Problem::Syntax {
            line: e.line(),
            column: e.column(),
        };
        vec![DataError {
            path: String::new(),
            problem,
        }]
    })
}

/// Validates a data file that is already JSON. `known_sources` are ids that citations may use
/// besides the file's own sources (the built-in ones, when an embedder extends the data).
pub fn read_catalog(
    root: &Value,
    known_sources: &HashSet<String>,
) -> Result<Catalog, Vec<DataError>> {
    read_catalog_with(root, None, known_sources)
}

/// The keys a tool may have; any other is an error.
pub const TOOL_KEYS: [&str; 14] = [
    "id",
    "name",
    "origin",
    "source",
    "location",
    "max_participants",
    "e2e",
    "platforms",
    "blur",
    "field_sources",
    "note",
    "updates",
    "status",
    "authority_rating",
];

/// What a value that JSON cannot hold (a cycle, a function, a BigInt, nesting deeper than 128
/// levels) should have been; the error names it in place of a JSON type.
pub const PLAIN_JSON: &str = "JSON data (no cycles or functions, nested at most 128 levels deep)";

/// As [`read_catalog`]; `tools`, when given, are the tools in place of the root's own `tools`
/// (then an empty array), read as they come: an embedder's thousands of tools can be
/// converted to JSON one at a time, so that their whole JSON tree never exists at once.
/// `None` stands for a tool that JSON cannot hold.
pub fn read_catalog_with(
    root: &Value,
    tools: Option<&mut dyn Iterator<Item = Option<Value>>>,
    known_sources: &HashSet<String>,
) -> Result<Catalog, Vec<DataError>> {
    let mut reader = Reader::default();
    let Some(map) = reader.object("", root, &["sources", "tools"]) else {
        return Err(reader.errors);
    };
    let raw_sources = reader.array("", map, "sources");
    reader.source_ids = raw_sources
        .iter()
        .filter_map(|s| s.get("id")?.as_str().map(str::to_owned))
        .chain(known_sources.iter().cloned())
        .collect();
    let sources: Vec<Source> = raw_sources
        .iter()
        .enumerate()
        .filter_map(|(i, v)| reader.source(&format!("sources[{i}]"), v))
        .collect();
    let listed = reader.array("", map, "tools");
    let mut tools: Vec<Rc<Tool>> = match tools {
        Some(tools) => {
            // Sized up front: growing by doubling would hold both lists at once, briefly,
            // and the wasm memory never gives that peak back.
            let mut read = Vec::with_capacity(tools.size_hint().0);
            for (i, v) in tools.enumerate() {
                let path = format!("tools[{i}]");
                match v {
                    Some(v) => read.extend(reader.tool(&path, &v).map(Rc::new)),
                    None => reader.fail(
                        &path,
                        Problem::WrongType {
                            expected: PLAIN_JSON,
                        },
                    ),
                }
            }
            read
        }
        None => listed
            .iter()
            .enumerate()
            .filter_map(|(i, v)| reader.tool(&format!("tools[{i}]"), v).map(Rc::new))
            .collect(),
    };
    // The catalog lives as long as the widget: no room to spare from growing the list.
    tools.shrink_to_fit();
    check_unique_ids(&mut reader, &sources, &tools);
    if reader.errors.is_empty() {
        Ok(Catalog { tools, sources })
    } else {
        Err(reader.errors)
    }
}

/// Ids are unique among sources and among tools.
fn check_unique_ids(reader: &mut Reader, sources: &[Source], tools: &[Rc<Tool>]) {
    let mut seen = HashSet::new();
    for (i, source) in sources.iter().enumerate() {
        if !seen.insert(source.id.as_str()) {
            reader.fail(
                &format!("sources[{i}].id"),
                Problem::DuplicateId(source.id.clone()),
            );
        }
    }
    seen.clear();
    for (i, tool) in tools.iter().enumerate() {
        if !seen.insert(tool.id.as_str()) {
            reader.fail(
                &format!("tools[{i}].id"),
                Problem::DuplicateId(tool.id.clone()),
            );
        }
    }
}
