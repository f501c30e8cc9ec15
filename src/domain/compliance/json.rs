//! The calculator's JSON form (stored state, JS API, report), written and read by hand.

// Written by hand rather than derived with serde: the derived visitors and serde's error
// machinery made up almost a tenth of the wasm. Reading uses the data file's `Reader`, so every
// problem is named by its path (`scenario.uses.webinars`) and worded like the data file's.

use serde_json::Value;

use crate::domain::compliance::{
    AiFeatures, Answers, Assessment, Documentation, Finding, HardNeeds, LegalBasis, OperatingModel,
    Recording, Scenario, Settings, TransferMechanism, Uses, Webinars,
};
use crate::domain::parse::{shortened, Reader};
use crate::domain::{DataError, Lang, Platform, Problem, SourceDate, Tristate};
use crate::i18n;

// --- Writing ---

/// A JSON object with the fields in the order given (the report and the export use it too).
pub(crate) fn object(fields: Vec<(&str, Value)>) -> Value {
    Value::Object(fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

fn key(key: &'static str) -> Value {
    Value::from(key)
}

fn tristate(t: Tristate) -> Value {
    key(t.key())
}

impl Scenario {
    /// The scenario with every field, values as kebab-case keys.
    pub fn to_json(&self) -> Value {
        let (uses, needs) = (&self.uses, &self.needs);
        let platforms = needs.platforms.iter().map(|p| key(p.key())).collect();
        object(vec![
            ("operating_model", key(self.operating_model.key())),
            (
                "uses",
                object(vec![
                    ("internal_meetings", uses.internal_meetings.into()),
                    (
                        "customers_or_applicants",
                        uses.customers_or_applicants.into(),
                    ),
                    ("webinars", key(uses.webinars.key())),
                    ("special_categories", uses.special_categories.into()),
                    (
                        "art9_exception_documented",
                        tristate(uses.art9_exception_documented),
                    ),
                    ("professional_secrecy", uses.professional_secrecy.into()),
                    ("confidential_business", uses.confidential_business.into()),
                ]),
            ),
            ("recording", key(self.recording.key())),
            ("recording_basis", key(self.recording_basis.key())),
            ("ai", key(self.ai.key())),
            (
                "participants_join_from_home",
                self.participants_join_from_home.into(),
            ),
            ("employees_use_it", self.employees_use_it.into()),
            ("works_council", self.works_council.into()),
            ("staff_informed", tristate(self.staff_informed)),
            (
                "needs",
                object(vec![
                    ("e2e", needs.e2e.into()),
                    ("eea_hosting", needs.eea_hosting.into()),
                    ("browser_only", needs.browser_only.into()),
                    ("blur", needs.blur.into()),
                    ("participants", needs.participants.into()),
                    ("platforms", Value::Array(platforms)),
                ]),
            ),
        ])
    }
}

impl Answers {
    /// Every answer, unknown ones included.
    pub fn to_json(&self) -> Value {
        let (s, d) = (&self.settings, &self.documentation);
        object(vec![
            ("maintained", tristate(self.maintained)),
            ("business_use_allowed", tristate(self.business_use_allowed)),
            ("consumer_plan", tristate(self.consumer_plan)),
            ("avv", tristate(self.avv)),
            ("own_purpose_use", tristate(self.own_purpose_use)),
            ("subprocessor_list", tristate(self.subprocessor_list)),
            ("third_country_access", tristate(self.third_country_access)),
            ("transfer", self.transfer.to_json()),
            ("parent_outside_eea", tristate(self.parent_outside_eea)),
            (
                "group_access_excluded",
                tristate(self.group_access_excluded),
            ),
            ("transport_encryption", tristate(self.transport_encryption)),
            ("toms_checked", tristate(self.toms_checked)),
            ("secrecy_bound", tristate(self.secrecy_bound)),
            (
                "settings",
                object(vec![
                    ("tracking_off", tristate(s.tracking_off)),
                    (
                        "chat_history_not_stored",
                        tristate(s.chat_history_not_stored),
                    ),
                    ("access_data_separate", tristate(s.access_data_separate)),
                    (
                        "screen_sharing_hosts_only",
                        tristate(s.screen_sharing_hosts_only),
                    ),
                    ("waiting_room", tristate(s.waiting_room)),
                    ("mfa_and_updates", tristate(s.mfa_and_updates)),
                    ("retention_periods", tristate(s.retention_periods)),
                ]),
            ),
            (
                "documentation",
                object(vec![
                    ("privacy_notice", tristate(d.privacy_notice)),
                    ("record_of_processing", tristate(d.record_of_processing)),
                    ("dpia_threshold_check", tristate(d.dpia_threshold_check)),
                    ("breach_process", tristate(d.breach_process)),
                ]),
            ),
        ])
    }
}

impl TransferMechanism {
    /// Tagged by `kind`, with the fields of that kind: `{"kind": "sccs", "tia": "yes"}`.
    pub fn to_json(&self) -> Value {
        let (kind, mut fields) = match self {
            TransferMechanism::Dpf { entity, checked_on } => {
                let date = checked_on.map_or(Value::Null, |d| d.to_string().into());
                let fields = vec![("entity", entity.as_str().into()), ("checked_on", date)];
                ("dpf", fields)
            }
            TransferMechanism::Sccs { tia } => ("sccs", vec![("tia", tristate(*tia))]),
            TransferMechanism::Bcr => ("bcr", vec![]),
            TransferMechanism::Art49 => ("art49", vec![]),
            TransferMechanism::None => ("none", vec![]),
            TransferMechanism::Unknown => ("unknown", vec![]),
        };
        fields.insert(0, ("kind", key(kind)));
        object(fields)
    }
}

/// `{ "de": …, "en": … }`: the JS API has no language, so its texts come in both.
fn in_both<'a>(get: impl Fn(Lang) -> &'a str) -> Value {
    object(vec![
        ("de", get(Lang::De).into()),
        ("en", get(Lang::En).into()),
    ])
}

impl Finding {
    /// Stable keys, and measure, legal basis and source in both languages.
    pub fn to_json(&self) -> Value {
        object(vec![
            ("rule", self.rule.to_string().into()),
            ("severity", key(self.severity.key())),
            ("topic", key(self.topic.key())),
            ("measure", in_both(|l| self.measure.get(l))),
            ("legal_basis", in_both(|l| self.legal_basis.get(l))),
            ("source", in_both(|l| self.source.get(l))),
            ("scenario_only", self.scenario_only.into()),
        ])
    }
}

impl Assessment {
    /// The JS API's result: `{ findings, done, light, progress }`.
    pub fn to_json(&self) -> Value {
        let done = self.done.iter().map(|id| id.to_string().into()).collect();
        let progress = object(vec![
            ("done", self.progress.done.into()),
            ("needed", self.progress.needed.into()),
        ]);
        object(vec![
            (
                "findings",
                self.findings.iter().map(Finding::to_json).collect(),
            ),
            ("done", Value::Array(done)),
            ("light", key(self.light.key())),
            ("progress", progress),
        ])
    }
}

// --- Reading ---

/// Reads a scenario; missing fields keep their defaults, and `path` ("scenario") names the
/// value in errors.
pub fn scenario_from_json(path: &str, value: &Value) -> Result<Scenario, Vec<DataError>> {
    let mut r = Reader::default();
    let scenario = read_scenario(&mut r, path, value);
    r.errors.is_empty().then_some(scenario).ok_or(r.errors)
}

/// Reads one tool's answers; missing answers are unknown.
pub fn answers_from_json(path: &str, value: &Value) -> Result<Answers, Vec<DataError>> {
    let mut r = Reader::default();
    let answers = read_answers(&mut r, path, value);
    r.errors.is_empty().then_some(answers).ok_or(r.errors)
}

/// The first error in words, for the console or an exception:
/// `scenario.ai: “x” is not allowed, allowed are: …`.
pub fn describe(errors: &[DataError]) -> String {
    let Some(first) = errors.first() else {
        return String::new();
    };
    let text = format!(
        "{}: {}",
        first.path,
        i18n::problem(Lang::En, &first.problem)
    );
    match errors.len() - 1 {
        0 => text,
        more => format!("{text} (and {more} more)"),
    }
}

/// Reads each field of an object with `field`, which returns false for a key it does not know;
/// such a key is reported, as is a value that is no object.
fn each_field(
    r: &mut Reader,
    path: &str,
    value: &Value,
    mut field: impl FnMut(&mut Reader, &str, &str, &Value) -> bool,
) {
    let Some(map) = value.as_object() else {
        r.fail(path, Problem::WrongType { expected: "object" });
        return;
    };
    for (key, value) in map {
        let path = format!("{path}.{}", shortened(key));
        if !field(r, &path, key, value) {
            r.fail(&path, Problem::UnknownKey);
        }
    }
}

/// Keeps what was read; a value read wrong was reported and leaves the default.
fn set<T>(slot: &mut T, read: Option<T>) {
    if let Some(value) = read {
        *slot = value;
    }
}

/// A value of a closed set, by its key.
fn keyed<T: Copy, const N: usize>(
    r: &mut Reader,
    path: &str,
    value: &Value,
    all: [T; N],
    key: fn(T) -> &'static str,
) -> Option<T> {
    let index = r.choice(path, value, &all.map(key))?;
    all.get(index).copied()
}

pub(crate) fn read_scenario(r: &mut Reader, path: &str, value: &Value) -> Scenario {
    let mut s = Scenario::default();
    each_field(r, path, value, |r, path, key, v| {
        match key {
            "operating_model" => set(
                &mut s.operating_model,
                keyed(r, path, v, OperatingModel::ALL, OperatingModel::key),
            ),
            "uses" => s.uses = read_uses(r, path, v),
            "recording" => set(
                &mut s.recording,
                keyed(r, path, v, Recording::ALL, Recording::key),
            ),
            "recording_basis" => set(
                &mut s.recording_basis,
                keyed(r, path, v, LegalBasis::ALL, LegalBasis::key),
            ),
            "ai" => set(
                &mut s.ai,
                keyed(r, path, v, AiFeatures::ALL, AiFeatures::key),
            ),
            "participants_join_from_home" => {
                set(&mut s.participants_join_from_home, r.boolean(path, v))
            }
            "employees_use_it" => set(&mut s.employees_use_it, r.boolean(path, v)),
            "works_council" => set(&mut s.works_council, r.boolean(path, v)),
            "staff_informed" => set(&mut s.staff_informed, r.tristate(path, v)),
            "needs" => s.needs = read_needs(r, path, v),
            _ => return false,
        }
        true
    });
    s
}

fn read_uses(r: &mut Reader, path: &str, value: &Value) -> Uses {
    let mut u = Uses::default();
    each_field(r, path, value, |r, path, key, v| {
        let slot = match key {
            "webinars" => {
                set(
                    &mut u.webinars,
                    keyed(r, path, v, Webinars::ALL, Webinars::key),
                );
                return true;
            }
            "art9_exception_documented" => {
                set(&mut u.art9_exception_documented, r.tristate(path, v));
                return true;
            }
            "internal_meetings" => &mut u.internal_meetings,
            "customers_or_applicants" => &mut u.customers_or_applicants,
            "special_categories" => &mut u.special_categories,
            "professional_secrecy" => &mut u.professional_secrecy,
            "confidential_business" => &mut u.confidential_business,
            _ => return false,
        };
        set(slot, r.boolean(path, v));
        true
    });
    u
}

fn read_needs(r: &mut Reader, path: &str, value: &Value) -> HardNeeds {
    let mut n = HardNeeds::default();
    each_field(r, path, value, |r, path, key, v| {
        let slot = match key {
            "participants" => {
                set(&mut n.participants, read_count(r, path, v));
                return true;
            }
            "platforms" => {
                set(&mut n.platforms, read_platforms(r, path, v));
                return true;
            }
            "e2e" => &mut n.e2e,
            "eea_hosting" => &mut n.eea_hosting,
            "browser_only" => &mut n.browser_only,
            "blur" => &mut n.blur,
            _ => return false,
        };
        set(slot, r.boolean(path, v));
        true
    });
    n
}

/// A whole number that fits a `u32`, or null for none; a fraction is never cut to fit.
fn read_count(r: &mut Reader, path: &str, value: &Value) -> Option<Option<u32>> {
    if value.is_null() {
        return Some(None);
    }
    let count = value.as_u64().and_then(|n| u32::try_from(n).ok());
    if count.is_none() {
        let expected = "whole number from 0 to 4294967295, or null";
        r.fail(path, Problem::WrongType { expected });
    }
    count.map(Some)
}

fn read_platforms(r: &mut Reader, path: &str, value: &Value) -> Option<Vec<Platform>> {
    let Some(items) = value.as_array() else {
        r.fail(path, Problem::WrongType { expected: "array" });
        return None;
    };
    let platforms: Vec<Platform> = items
        .iter()
        .enumerate()
        .filter_map(|(i, v)| keyed(r, &format!("{path}[{i}]"), v, Platform::ALL, Platform::key))
        .collect();
    (platforms.len() == items.len()).then_some(platforms)
}

fn read_answers(r: &mut Reader, path: &str, value: &Value) -> Answers {
    let mut a = Answers::default();
    each_field(r, path, value, |r, path, key, v| {
        let slot = match key {
            "transfer" => {
                set(&mut a.transfer, read_transfer(r, path, v));
                return true;
            }
            "settings" => {
                a.settings = read_settings(r, path, v);
                return true;
            }
            "documentation" => {
                a.documentation = read_documentation(r, path, v);
                return true;
            }
            "maintained" => &mut a.maintained,
            "business_use_allowed" => &mut a.business_use_allowed,
            "consumer_plan" => &mut a.consumer_plan,
            "avv" => &mut a.avv,
            "own_purpose_use" => &mut a.own_purpose_use,
            "subprocessor_list" => &mut a.subprocessor_list,
            "third_country_access" => &mut a.third_country_access,
            "parent_outside_eea" => &mut a.parent_outside_eea,
            "group_access_excluded" => &mut a.group_access_excluded,
            "transport_encryption" => &mut a.transport_encryption,
            "toms_checked" => &mut a.toms_checked,
            "secrecy_bound" => &mut a.secrecy_bound,
            _ => return false,
        };
        set(slot, r.tristate(path, v));
        true
    });
    a
}

fn read_settings(r: &mut Reader, path: &str, value: &Value) -> Settings {
    read_tristates(r, path, value, |s: &mut Settings, key| {
        Some(match key {
            "tracking_off" => &mut s.tracking_off,
            "chat_history_not_stored" => &mut s.chat_history_not_stored,
            "access_data_separate" => &mut s.access_data_separate,
            "screen_sharing_hosts_only" => &mut s.screen_sharing_hosts_only,
            "waiting_room" => &mut s.waiting_room,
            "mfa_and_updates" => &mut s.mfa_and_updates,
            "retention_periods" => &mut s.retention_periods,
            _ => return None,
        })
    })
}

fn read_documentation(r: &mut Reader, path: &str, value: &Value) -> Documentation {
    read_tristates(r, path, value, |d: &mut Documentation, key| {
        Some(match key {
            "privacy_notice" => &mut d.privacy_notice,
            "record_of_processing" => &mut d.record_of_processing,
            "dpia_threshold_check" => &mut d.dpia_threshold_check,
            "breach_process" => &mut d.breach_process,
            _ => return None,
        })
    })
}

/// An object whose every field is a yes/no/unknown answer; `slot` finds a key's field.
fn read_tristates<T: Default>(
    r: &mut Reader,
    path: &str,
    value: &Value,
    slot: for<'a> fn(&'a mut T, &str) -> Option<&'a mut Tristate>,
) -> T {
    let mut read = T::default();
    each_field(r, path, value, |r, path, key, v| {
        match slot(&mut read, key) {
            Some(field) => {
                set(field, r.tristate(path, v));
                true
            }
            None => false,
        }
    });
    read
}

/// The `kind` of a transfer mechanism decides its other fields: `entity` (required) and
/// `checked_on` for `dpf`, `tia` (required) for `sccs`, none for the rest.
fn read_transfer(r: &mut Reader, path: &str, value: &Value) -> Option<TransferMechanism> {
    const KINDS: [&str; 6] = ["dpf", "sccs", "bcr", "art49", "none", "unknown"];
    let kind = value.get("kind").and_then(Value::as_str);
    let keys: &[&str] = match kind {
        Some("dpf") => &["kind", "entity", "checked_on"],
        Some("sccs") => &["kind", "tia"],
        Some("bcr" | "art49" | "none" | "unknown") => &["kind"],
        // The fields of an unknown or missing kind cannot be judged; the kind is reported.
        _ => &["kind", "entity", "checked_on", "tia"],
    };
    let map = r.object(path, value, keys)?;
    let kind = r.field(path, map, "kind")?;
    let kind = KINDS.get(r.choice(&format!("{path}.kind"), kind, &KINDS)?)?;
    Some(match *kind {
        "dpf" => {
            let entity = r.field(path, map, "entity").and_then(|v| {
                let text = v.as_str().map(str::to_owned);
                if text.is_none() {
                    let expected = "string";
                    r.fail(&format!("{path}.entity"), Problem::WrongType { expected });
                }
                text
            });
            let checked_on = read_date(r, &format!("{path}.checked_on"), map.get("checked_on"));
            TransferMechanism::Dpf {
                entity: entity?,
                checked_on: checked_on?,
            }
        }
        "sccs" => {
            let tia = r.field(path, map, "tia")?;
            TransferMechanism::Sccs {
                tia: r.tristate(&format!("{path}.tia"), tia)?,
            }
        }
        "bcr" => TransferMechanism::Bcr,
        "art49" => TransferMechanism::Art49,
        "none" => TransferMechanism::None,
        _ => TransferMechanism::Unknown,
    })
}

/// A date as the data file writes it, or absent or null for none.
fn read_date(r: &mut Reader, path: &str, value: Option<&Value>) -> Option<Option<SourceDate>> {
    let text = match value {
        None | Some(Value::Null) => return Some(None),
        Some(Value::String(text)) => text,
        Some(_) => {
            let expected = "string or null";
            r.fail(path, Problem::WrongType { expected });
            return None;
        }
    };
    let date = SourceDate::parse(text);
    if date.is_none() {
        r.fail(path, Problem::BadDate(text.clone()));
    }
    date.map(Some)
}

/// The answers per tool id, each read as [`answers_from_json`] does.
pub(crate) fn read_answers_per_tool<T: FromIterator<(String, Answers)>>(
    r: &mut Reader,
    path: &str,
    value: &Value,
) -> T {
    let Some(map) = value.as_object() else {
        r.fail(path, Problem::WrongType { expected: "object" });
        return T::from_iter(None);
    };
    map.iter()
        .map(|(id, v)| {
            let path = format!("{path}[{}]", shortened(id));
            (id.clone(), read_answers(r, &path, v))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_scenario_reads_back_and_writes_readable_stable_keys() {
        let mut s = Scenario::default();
        s.needs.platforms = vec![Platform::Browser];
        s.needs.participants = Some(50);
        let json = s.to_json();
        assert_eq!(json["operating_model"], "online-service");
        assert_eq!(json["uses"]["webinars"], "none");
        assert_eq!(json["recording_basis"], "unknown");
        assert_eq!(json["needs"]["platforms"][0], "browser");
        assert_eq!(json["needs"]["participants"], 50);
        assert_eq!(scenario_from_json("scenario", &json), Ok(s));
    }

    #[test]
    fn the_transfer_mechanism_writes_its_kind_and_fields() {
        let dpf = TransferMechanism::Dpf {
            entity: "Zoom Video Communications, Inc.".to_owned(),
            checked_on: SourceDate::parse("2026-01-10"),
        };
        assert_eq!(
            dpf.to_json(),
            json!({"kind": "dpf", "entity": "Zoom Video Communications, Inc.", "checked_on": "2026-01-10"})
        );
        let undated = TransferMechanism::Dpf {
            entity: String::new(),
            checked_on: None,
        };
        assert_eq!(undated.to_json()["checked_on"], Value::Null);
        let sccs = TransferMechanism::Sccs { tia: Tristate::Yes };
        assert_eq!(sccs.to_json(), json!({"kind": "sccs", "tia": "yes"}));
        assert_eq!(
            TransferMechanism::Art49.to_json(),
            json!({ "kind": "art49" })
        );
        for t in [
            dpf,
            undated,
            sccs,
            TransferMechanism::Bcr,
            TransferMechanism::None,
        ] {
            let answers = Answers {
                transfer: t,
                ..Answers::default()
            };
            assert_eq!(
                answers_from_json("answers", &answers.to_json()),
                Ok(answers)
            );
        }
    }

    #[test]
    fn partial_input_fills_the_defaults() {
        let s = scenario_from_json("scenario", &json!({"uses": {"webinars": "alone"}})).unwrap();
        assert_eq!(s.uses.webinars, Webinars::Alone);
        assert!(s.uses.internal_meetings && s.employees_use_it);
        assert_eq!(
            scenario_from_json("scenario", &json!({})),
            Ok(Scenario::default())
        );
        let a = answers_from_json("answers", &json!({"settings": {"waiting_room": "yes"}}));
        let a = a.unwrap();
        assert_eq!(a.settings.waiting_room, Tristate::Yes);
        assert_eq!(a.avv, Tristate::Unknown);
        let dpf = answers_from_json("a", &json!({"transfer": {"kind": "dpf", "entity": "X"}}));
        assert_eq!(
            dpf.unwrap().transfer,
            TransferMechanism::Dpf {
                entity: "X".to_owned(),
                checked_on: None
            }
        );
    }

    fn problems(result: Result<impl std::fmt::Debug, Vec<DataError>>) -> Vec<(String, Problem)> {
        result
            .unwrap_err()
            .into_iter()
            .map(|e| (e.path, e.problem))
            .collect()
    }

    #[test]
    fn each_wrong_field_is_named_by_its_path() {
        let wrong_type = |expected| Problem::WrongType { expected };
        let not_allowed = |found: &str, allowed: &str| Problem::NotAllowed {
            found: found.to_owned(),
            allowed: allowed.to_owned(),
        };
        let scenario = json!({
            "colour": "red",
            "operating_model": 7,
            "works_council": "yes",
            "uses": {"webinars": "sometimes", "art9": true},
            "needs": {"participants": 1.5, "platforms": ["browser", "linux"]},
        });
        // In the order of the input, so a long list reads along with it.
        assert_eq!(
            problems(scenario_from_json("scenario", &scenario)),
            [
                ("scenario.colour".into(), Problem::UnknownKey),
                (
                    "scenario.operating_model".into(),
                    not_allowed(
                        "7",
                        r#""self-hosted-own", "self-hosted-rented-or-maintained", "external-provider", "online-service""#
                    )
                ),
                ("scenario.works_council".into(), wrong_type("true or false")),
                (
                    "scenario.uses.webinars".into(),
                    not_allowed("sometimes", r#""none", "alone", "with-partner""#)
                ),
                ("scenario.uses.art9".into(), Problem::UnknownKey),
                (
                    "scenario.needs.participants".into(),
                    wrong_type("whole number from 0 to 4294967295, or null")
                ),
                (
                    "scenario.needs.platforms[1]".into(),
                    not_allowed(
                        "linux",
                        r#""windows", "macos", "android", "ios", "browser""#
                    )
                ),
            ]
        );
        assert_eq!(
            problems(scenario_from_json("scenario", &json!([]))),
            [("scenario".into(), wrong_type("object"))]
        );
        assert_eq!(
            problems(scenario_from_json("scenario", &json!({"uses": null}))),
            [("scenario.uses".into(), wrong_type("object"))]
        );
    }

    #[test]
    fn each_wrong_answer_is_named_by_its_path() {
        let answers = json!({
            "avv-signed": "yes",
            "avv": "ja",
            "documentation": {"breach_process": null},
            "settings": "all",
        });
        let tristates = r#""yes", "no", "unknown""#.to_owned();
        assert_eq!(
            problems(answers_from_json("answers[zoom]", &answers)),
            [
                ("answers[zoom].avv-signed".into(), Problem::UnknownKey),
                (
                    "answers[zoom].avv".into(),
                    Problem::NotAllowed {
                        found: "ja".into(),
                        allowed: tristates.clone()
                    }
                ),
                (
                    "answers[zoom].documentation.breach_process".into(),
                    Problem::NotAllowed {
                        found: "null".into(),
                        allowed: tristates
                    }
                ),
                (
                    "answers[zoom].settings".into(),
                    Problem::WrongType { expected: "object" }
                ),
            ]
        );
    }

    #[test]
    fn a_transfer_mechanism_has_exactly_the_fields_of_its_kind() {
        let read =
            |transfer: Value| problems(answers_from_json("a", &json!({ "transfer": transfer })));
        assert_eq!(
            read(json!({})),
            [("a.transfer.kind".into(), Problem::Missing)]
        );
        assert_eq!(
            read(json!({"kind": "ftp", "entity": "X"})),
            [(
                "a.transfer.kind".into(),
                Problem::NotAllowed {
                    found: "ftp".into(),
                    allowed: r#""dpf", "sccs", "bcr", "art49", "none", "unknown""#.into()
                }
            )]
        );
        assert_eq!(
            read(json!({"kind": "bcr", "entity": "X"})),
            [("a.transfer.entity".into(), Problem::UnknownKey)]
        );
        assert_eq!(
            read(json!({"kind": "sccs"})),
            [("a.transfer.tia".into(), Problem::Missing)]
        );
        assert_eq!(
            read(json!({"kind": "dpf", "checked_on": "10.01.2026"})),
            [
                ("a.transfer.entity".into(), Problem::Missing),
                (
                    "a.transfer.checked_on".into(),
                    Problem::BadDate("10.01.2026".into())
                )
            ]
        );
        assert_eq!(
            read(json!({"kind": "dpf", "entity": 3, "checked_on": 20260110})),
            [
                (
                    "a.transfer.entity".into(),
                    Problem::WrongType { expected: "string" }
                ),
                (
                    "a.transfer.checked_on".into(),
                    Problem::WrongType {
                        expected: "string or null"
                    }
                )
            ]
        );
    }

    #[test]
    fn participants_are_a_whole_u32_or_null() {
        let read = |n: Value| scenario_from_json("s", &json!({"needs": {"participants": n}}));
        assert_eq!(read(json!(null)).unwrap().needs.participants, None);
        assert_eq!(read(json!(0)).unwrap().needs.participants, Some(0));
        assert_eq!(
            read(json!(4_294_967_295u64)).unwrap().needs.participants,
            Some(u32::MAX)
        );
        for bad in [
            json!(-1),
            json!(1.5),
            json!(4_294_967_296u64),
            json!("100"),
            json!([1]),
        ] {
            assert!(read(bad.clone()).is_err(), "{bad}");
        }
    }

    #[test]
    fn an_error_is_described_with_its_path() {
        let errors = answers_from_json("answers", &json!({"avv": 1, "x": 2})).unwrap_err();
        assert_eq!(
            describe(&errors),
            r#"answers.avv: “1” is not allowed, allowed are: "yes", "no", "unknown" (and 1 more)"#
        );
        assert_eq!(describe(&errors[1..]), "answers.x: unknown field");
    }

    #[test]
    fn an_assessment_writes_the_js_api_shape() {
        use crate::domain::compliance::{assess, RuleId};
        let zoom = crate::domain::testing::builtin()
            .into_iter()
            .find(|t| t.id == "zoom")
            .unwrap();
        let a = assess(
            &zoom,
            Tristate::Unknown,
            &Scenario::default(),
            &Answers::default(),
            SourceDate::parse("2026-01-10").unwrap(),
        );
        let json = a.to_json();
        assert_eq!(json["light"], a.light.key());
        assert_eq!(
            json["progress"],
            json!({"done": a.progress.done, "needed": a.progress.needed})
        );
        assert_eq!(json["findings"].as_array().unwrap().len(), a.findings.len());
        let first = &json["findings"][0];
        let f = &a.findings[0];
        assert_eq!(first["rule"], f.rule.to_string());
        assert_eq!(first["severity"], f.severity.key());
        assert_eq!(first["topic"], f.topic.key());
        assert_eq!(first["measure"]["de"], f.measure.de);
        assert_eq!(first["measure"]["en"], f.measure.en);
        assert_eq!(first["legal_basis"]["de"], f.legal_basis.de);
        assert_eq!(first["legal_basis"]["en"], f.legal_basis.en);
        assert_eq!(first["source"]["de"], f.source.de);
        assert_eq!(first["source"]["en"], f.source.en);
        assert_eq!(first["scenario_only"], f.scenario_only);
        let done: Vec<String> = a.done.iter().map(RuleId::to_string).collect();
        assert_eq!(json["done"], json!(done));
    }
}
