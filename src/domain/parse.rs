//! Reading the data file: every problem is collected with the path of the field it concerns.

use std::collections::HashSet;

use serde_json::{Map, Value};

use crate::domain::{
    Catalog, Field, Location, Origin, Platform, Platforms, Source, SourceDate, Tool, Tristate,
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
}

const MAX_PARTICIPANTS: u64 = 1_000_000;

/// Collects errors while walking the JSON tree.
#[derive(Default)]
struct Reader {
    errors: Vec<DataError>,
    /// Ids of all source entries, even invalid ones, so a citation is checked only once.
    source_ids: HashSet<String>,
}

impl Reader {
    fn fail(&mut self, path: &str, problem: Problem) {
        self.errors.push(DataError {
            path: path.to_owned(),
            problem,
        });
    }

    fn object<'v>(
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
            self.fail(&format!("{path}.{key}"), Problem::UnknownKey);
        }
        Some(map)
    }

    fn field<'v>(
        &mut self,
        path: &str,
        map: &'v Map<String, Value>,
        key: &str,
    ) -> Option<&'v Value> {
        let value = map.get(key);
        if value.is_none() {
            self.fail(&format!("{path}.{key}"), Problem::Missing);
        }
        value
    }

    fn string(&mut self, path: &str, map: &Map<String, Value>, key: &str) -> Option<String> {
        let value = self.field(path, map, key)?;
        let path = format!("{path}.{key}");
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
            self.fail(&format!("{path}.{key}"), Problem::BadId(id));
            return None;
        }
        Some(id)
    }

    fn array<'v>(&mut self, path: &str, map: &'v Map<String, Value>, key: &str) -> &'v [Value] {
        match self.field(path, map, key).map(Value::as_array) {
            Some(Some(items)) => items,
            Some(None) => {
                self.fail(
                    &format!("{path}.{key}"),
                    Problem::WrongType { expected: "array" },
                );
                &[]
            }
            None => &[],
        }
    }

    fn cited(&mut self, path: &str, id: &str) {
        if !self.source_ids.contains(id) {
            self.fail(path, Problem::UnknownSource(id.to_owned()));
        }
    }

    fn tristate(&mut self, path: &str, value: &Value) -> Option<Tristate> {
        let found = value.as_str().unwrap_or_default();
        let parsed = Tristate::from_key(found);
        if parsed.is_none() {
            let found = if value.is_string() {
                found.to_owned()
            } else {
                value.to_string()
            };
            let allowed = r#""yes", "no", "unknown""#.to_owned();
            self.fail(path, Problem::NotAllowed { found, allowed });
        }
        parsed
    }

    fn source(&mut self, path: &str, value: &Value) -> Option<Source> {
        let map = self.object(path, value, &["id", "title", "publisher", "url", "date"])?;
        let id = self.id(path, map, "id");
        let path = id
            .as_ref()
            .map_or_else(|| path.to_owned(), |id| format!("sources[{id}]"));
        let title = self.string(&path, map, "title");
        let publisher = self.string(&path, map, "publisher");
        let url = match map.get("url") {
            None | Some(Value::Null) => Some(None),
            Some(_) => self.string(&path, map, "url").map(Some),
        };
        let date = self.string(&path, map, "date").and_then(|text| {
            let date = SourceDate::parse(&text);
            if date.is_none() {
                self.fail(&format!("{path}.date"), Problem::BadDate(text));
            }
            date
        });
        Some(Source {
            id: id?,
            title: title?,
            publisher: publisher?,
            url: url?,
            date: date?,
        })
    }

    fn tool(&mut self, path: &str, value: &Value) -> Option<Tool> {
        const KEYS: [&str; 10] = [
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
        ];
        let map = self.object(path, value, &KEYS)?;
        let id = self.id(path, map, "id");
        let path = id
            .as_ref()
            .map_or_else(|| path.to_owned(), |id| format!("tools[{id}]"));
        let path = path.as_str();
        let name = self.string(path, map, "name");
        let origin = self.string(path, map, "origin").and_then(|key| {
            let origin = Origin::from_key(&key);
            if origin.is_none() {
                let allowed = r#""source-table", "added""#.to_owned();
                self.fail(
                    &format!("{path}.origin"),
                    Problem::NotAllowed {
                        found: key,
                        allowed,
                    },
                );
            }
            origin
        });
        let source = self.id(path, map, "source");
        if let Some(id) = &source {
            self.cited(&format!("{path}.source"), id);
        }
        let location = self
            .field(path, map, "location")
            .and_then(|v| self.location(path, v));
        let max_participants = self
            .field(path, map, "max_participants")
            .and_then(|v| self.participants(path, v));
        let e2e = self
            .field(path, map, "e2e")
            .and_then(|v| self.tristate(&format!("{path}.e2e"), v));
        let blur = self
            .field(path, map, "blur")
            .and_then(|v| self.tristate(&format!("{path}.blur"), v));
        let platforms = self
            .field(path, map, "platforms")
            .and_then(|v| self.platforms(path, v));
        let field_sources = match map.get("field_sources") {
            None => Some(Vec::new()),
            Some(v) => self.field_sources(path, v),
        };
        Some(Tool {
            id: id?,
            name: name?,
            origin: origin?,
            location: location?,
            max_participants: max_participants?,
            e2e: e2e?,
            platforms: platforms?,
            blur: blur?,
            source: source?,
            field_sources: field_sources?,
        })
    }

    /// `Some(None)` is a valid "not stated"; `None` is an error already recorded.
    fn location(&mut self, path: &str, value: &Value) -> Option<Option<Location>> {
        let path = format!("{path}.location");
        match value {
            Value::Null => Some(None),
            Value::String(code) => {
                let location = Location::from_code(code);
                if location.is_none() {
                    self.fail(&path, Problem::UnknownCountry(code.clone()));
                }
                location.map(Some)
            }
            _ => {
                self.fail(
                    &path,
                    Problem::WrongType {
                        expected: "string or null",
                    },
                );
                None
            }
        }
    }

    fn participants(&mut self, path: &str, value: &Value) -> Option<Option<u32>> {
        let path = format!("{path}.max_participants");
        match value {
            Value::Null => Some(None),
            Value::Number(n) => match n.as_u64() {
                Some(n @ 1..=MAX_PARTICIPANTS) => Some(Some(n as u32)),
                _ => {
                    self.fail(
                        &path,
                        Problem::OutOfRange {
                            min: 1,
                            max: MAX_PARTICIPANTS,
                        },
                    );
                    None
                }
            },
            _ => {
                self.fail(
                    &path,
                    Problem::WrongType {
                        expected: "whole number or null",
                    },
                );
                None
            }
        }
    }

    fn platforms(&mut self, path: &str, value: &Value) -> Option<Platforms> {
        let path = format!("{path}.platforms");
        let keys = Platform::ALL.map(Platform::key);
        let map = self.object(&path, value, &keys)?;
        let mut platforms = Platforms::UNKNOWN;
        let mut complete = true;
        for platform in Platform::ALL {
            let value = self.field(&path, map, platform.key());
            match value.and_then(|v| self.tristate(&format!("{path}.{}", platform.key()), v)) {
                Some(t) => platforms.set(platform, t),
                None => complete = false,
            }
        }
        complete.then_some(platforms)
    }

    fn field_sources(&mut self, path: &str, value: &Value) -> Option<Vec<(Field, String)>> {
        let path = format!("{path}.field_sources");
        let keys = Field::ALL.map(Field::key);
        let map = self.object(&path, value, &keys)?;
        let mut sources = Vec::new();
        let mut complete = true;
        // Unknown keys were reported by `object`; only the known ones are read.
        for field in map.keys().filter_map(|key| Field::from_key(key)) {
            match self.id(&path, map, field.key()) {
                Some(id) => {
                    self.cited(&format!("{path}.{}", field.key()), &id);
                    sources.push((field, id));
                }
                None => complete = false,
            }
        }
        complete.then_some(sources)
    }
}

/// Parses and validates a whole data file, collecting every problem.
pub fn parse_catalog(json: &str) -> Result<Catalog, Vec<DataError>> {
    let root: Value = serde_json::from_str(json).map_err(|e| {
        let problem = Problem::Syntax {
            line: e.line(),
            column: e.column(),
        };
        vec![DataError {
            path: String::new(),
            problem,
        }]
    })?;
    let mut reader = Reader::default();
    let Some(map) = reader.object("", &root, &["sources", "tools"]) else {
        return Err(reader.errors);
    };
    let raw_sources = reader.array("", map, "sources");
    reader.source_ids = raw_sources
        .iter()
        .filter_map(|s| s.get("id")?.as_str().map(str::to_owned))
        .collect();
    let sources: Vec<Source> = raw_sources
        .iter()
        .enumerate()
        .filter_map(|(i, v)| reader.source(&format!("sources[{i}]"), v))
        .collect();
    let tools: Vec<Tool> = reader
        .array("", map, "tools")
        .iter()
        .enumerate()
        .filter_map(|(i, v)| reader.tool(&format!("tools[{i}]"), v))
        .collect();
    check_unique_ids(&mut reader, &sources, &tools);
    if reader.errors.is_empty() {
        Ok(Catalog { tools, sources })
    } else {
        Err(reader.errors)
    }
}

/// Ids are unique among sources and among tools.
fn check_unique_ids(reader: &mut Reader, sources: &[Source], tools: &[Tool]) {
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
