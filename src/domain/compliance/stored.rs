//! The calculator's state as saved on the device (after the user opts in), versioned JSON.

// Whatever is in storage may be from an older or newer build, cut off, edited by hand or written
// by another script under the same key. Reading it therefore never trusts it: every way it can
// be wrong has its own error, so the interface can discard it and say why.

use std::fmt;

use serde_json::Value;

use crate::domain::compliance::json::{describe, read_answers_per_tool, read_scenario};
use crate::domain::compliance::{AnswersPerTool, Scenario};
use crate::domain::parse::Reader;
use crate::domain::Problem;

/// The format version written now. A value with another version is not read.
pub const STORED_STATE_VERSION: u64 = 1;

/// What is kept on the device: the scenario and the answers per tool id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StoredState {
    pub scenario: Option<Scenario>,
    pub answers: AnswersPerTool,
}

/// Why a stored value cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoredStateError {
    /// Not JSON at all.
    NotJson,
    /// JSON that stops in the middle, as when a write was cut off.
    Truncated,
    /// JSON, but not the calculator's: no `version` number.
    Foreign,
    /// Written by a different version of the format.
    UnsupportedVersion(u64),
    /// The right version, but a field is missing or holds a value this build does not know.
    Invalid(String),
}

impl fmt::Display for StoredStateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoredStateError::NotJson => f.write_str("the saved answers are not JSON"),
            StoredStateError::Truncated => f.write_str("the saved answers are cut off"),
            StoredStateError::Foreign => {
                f.write_str("the saved value is not the calculator's (no version)")
            }
            StoredStateError::UnsupportedVersion(v) => write!(
                f,
                "the saved answers have format version {v}, this build reads version \
                 {STORED_STATE_VERSION}"
            ),
            StoredStateError::Invalid(detail) => {
                write!(f, "the saved answers are invalid: {detail}")
            }
        }
    }
}

impl std::error::Error for StoredStateError {}

/// The state as the JSON to store: `{"version":1,"scenario":…,"answers":{…}}`.
pub fn stored_state_to_json(state: &StoredState) -> String {
    let scenario = state
        .scenario
        .as_ref()
        .map_or(Value::Null, Scenario::to_json);
    let answers = state
        .answers
        .iter()
        .map(|(id, answers)| (id.clone(), answers.to_json()))
        .collect();
    // Put together by hand so that `version` comes first, for anyone reading the raw value.
    format!(
        r#"{{"version":{STORED_STATE_VERSION},"scenario":{scenario},"answers":{}}}"#,
        Value::Object(answers)
    )
}

/// Reads a stored value. Never panics; any value that is not exactly what
/// [`stored_state_to_json`] writes gives an error that says what is wrong with it.
pub fn stored_state_from_json(json: &str) -> Result<StoredState, StoredStateError> {
    // serde_json calls an empty text cut off; for a stored value, nothing is no JSON at all.
    if json.trim().is_empty() {
        return Err(StoredStateError::NotJson);
    }
    let value: Value = serde_json::from_str(json).map_err(|e| {
        if e.is_eof() {
            StoredStateError::Truncated
        } else {
            StoredStateError::NotJson
        }
    })?;
    let version = value.get("version").ok_or(StoredStateError::Foreign)?;
    let version = version.as_u64().ok_or(StoredStateError::Foreign)?;
    if version != STORED_STATE_VERSION {
        return Err(StoredStateError::UnsupportedVersion(version));
    }
    // Other top-level keys are left alone, as a later build of the same version may add some.
    let mut r = Reader::default();
    let scenario = match value.get("scenario") {
        None | Some(Value::Null) => None,
        Some(scenario) => Some(read_scenario(&mut r, "scenario", scenario)),
    };
    let answers = match value.get("answers") {
        Some(answers) => read_answers_per_tool(&mut r, "answers", answers),
        None => {
            r.fail("answers", Problem::Missing);
            Default::default()
        }
    };
    match r.errors.is_empty() {
        true => Ok(StoredState { scenario, answers }),
        false => Err(StoredStateError::Invalid(describe(&r.errors))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::compliance::{Answers, TransferMechanism};
    use crate::domain::{Platform, SourceDate, Tristate};

    fn state() -> StoredState {
        let mut scenario = Scenario::default();
        scenario.needs.platforms = vec![Platform::Browser];
        scenario.needs.participants = Some(50);
        let zoom = Answers {
            avv: Tristate::Yes,
            transfer: TransferMechanism::Dpf {
                entity: "Zoom Video Communications, Inc.".to_owned(),
                checked_on: SourceDate::parse("2026-01-10"),
            },
            ..Answers::default()
        };
        StoredState {
            scenario: Some(scenario),
            answers: [
                ("zoom".to_owned(), zoom),
                ("teams".to_owned(), Answers::default()),
            ]
            .into_iter()
            .collect(),
        }
    }

    #[test]
    fn a_saved_state_reads_back_as_it_was() {
        for state in [state(), StoredState::default()] {
            let json = stored_state_to_json(&state);
            assert_eq!(stored_state_from_json(&json), Ok(state));
        }
    }

    #[test]
    fn the_stored_json_is_versioned_and_readable() {
        let json: Value = serde_json::from_str(&stored_state_to_json(&state())).unwrap();
        assert_eq!(json["version"], 1);
        assert_eq!(json["scenario"]["operating_model"], "online-service");
        assert_eq!(json["answers"]["zoom"]["avv"], "yes");
        assert_eq!(json["answers"]["zoom"]["transfer"]["kind"], "dpf");
        assert_eq!(
            json["answers"]["zoom"]["transfer"]["checked_on"],
            "2026-01-10"
        );
    }

    #[test]
    fn garbage_is_not_json() {
        for garbage in [
            "",
            "   ",
            "zoom",
            "{version:1}",
            "\u{0}\u{1}",
            "}{",
            "[1,]",
            "nul",
        ] {
            let error = stored_state_from_json(garbage).unwrap_err();
            assert!(
                matches!(
                    error,
                    StoredStateError::NotJson | StoredStateError::Truncated
                ),
                "{garbage:?}: {error:?}"
            );
        }
        assert_eq!(
            stored_state_from_json("zoom"),
            Err(StoredStateError::NotJson)
        );
    }

    #[test]
    fn a_cut_off_value_is_truncated_at_every_length() {
        let json = stored_state_to_json(&state());
        for end in 1..json.len() {
            if let Some(prefix) = json.get(..end) {
                assert_eq!(
                    stored_state_from_json(prefix),
                    Err(StoredStateError::Truncated),
                    "{prefix}"
                );
            }
        }
    }

    #[test]
    fn json_without_a_version_is_foreign() {
        for foreign in [
            "null",
            "42",
            r#""text""#,
            "[]",
            "{}",
            r#"{"theme":"dark"}"#,
            r#"{"version":"1"}"#,
            r#"{"version":-1}"#,
            r#"{"version":1.5}"#,
        ] {
            assert_eq!(
                stored_state_from_json(foreign),
                Err(StoredStateError::Foreign),
                "{foreign}"
            );
        }
    }

    #[test]
    fn another_version_is_named() {
        let json = stored_state_to_json(&state()).replace(r#""version":1"#, r#""version":2"#);
        assert_eq!(
            stored_state_from_json(&json),
            Err(StoredStateError::UnsupportedVersion(2))
        );
        assert_eq!(
            stored_state_from_json(r#"{"version":0}"#),
            Err(StoredStateError::UnsupportedVersion(0))
        );
    }

    #[test]
    fn wrong_or_missing_fields_are_invalid_and_say_which() {
        let json = stored_state_to_json(&state());
        for (from, to, path) in [
            (r#""avv":"yes""#, r#""avv":"ja""#, "answers[zoom].avv:"),
            (
                r#""operating_model":"online-service""#,
                r#""operating_model":7"#,
                "scenario.operating_model:",
            ),
            (
                r#""checked_on":"2026-01-10""#,
                r#""checked_on":"10.01.2026""#,
                "answers[zoom].transfer.checked_on:",
            ),
            (
                r#""kind":"dpf""#,
                r#""kind":"ftp""#,
                "answers[zoom].transfer.kind:",
            ),
            (r#""answers":{"#, r#""answerz":{"#, "answers:"),
        ] {
            assert!(json.contains(from), "{from}");
            let broken = json.replace(from, to);
            match stored_state_from_json(&broken) {
                Err(StoredStateError::Invalid(detail)) => {
                    assert!(detail.starts_with(path), "{detail}")
                }
                other => panic!("{to}: {other:?}"),
            }
        }
        let Err(StoredStateError::Invalid(detail)) = stored_state_from_json(r#"{"version":1}"#)
        else {
            panic!("a bare version is not a state");
        };
        assert!(
            detail.contains("scenario") || detail.contains("answers"),
            "{detail}"
        );
    }

    #[test]
    fn deep_nesting_gives_an_error_not_a_stack_overflow() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(
            stored_state_from_json(&deep),
            Err(StoredStateError::NotJson)
        );
    }

    #[test]
    fn every_error_explains_itself() {
        for error in [
            StoredStateError::NotJson,
            StoredStateError::Truncated,
            StoredStateError::Foreign,
            StoredStateError::UnsupportedVersion(2),
            StoredStateError::Invalid("missing field `answers`".to_owned()),
        ] {
            assert!(!error.to_string().is_empty());
        }
    }
}
