//! Property tests of the calculator's state: its URL codes and its stored JSON survive every
//! state, and no input, however broken, makes them panic.
#![cfg(not(target_arch = "wasm32"))]

mod state_strategies;

use proptest::prelude::*;
use state_strategies::{answers, scenario};
use vk_check::domain::compliance::{
    answers_code, answers_from_code, scenario_code, scenario_from_code, stored_state_from_json,
    stored_state_to_json, AnswersPerTool, StoredState, StoredStateError,
};

fn stored_state() -> impl Strategy<Value = StoredState> {
    // Any string is a key here: storage does not check ids against the data, the interface does.
    let ids = proptest::collection::vec(any::<char>(), 0..12).prop_map(String::from_iter);
    (
        proptest::option::of(scenario()),
        proptest::collection::btree_map(ids, answers(), 0..5),
    )
        .prop_map(|(scenario, answers)| StoredState {
            scenario,
            answers: answers.into_iter().collect(),
        })
}

/// Text made of the codes' own characters reaches deeper than random text.
fn code_like() -> impl Strategy<Value = String> {
    let pieces = [
        "0", "1", "2", "3", "4", "y", "n", "u", "d", "s", ".", "-", "~", "2026", "ä",
    ];
    proptest::collection::vec(proptest::sample::select(pieces.to_vec()), 0..40)
        .prop_map(|p| p.concat())
}

proptest! {
    #[test]
    fn every_scenario_reads_back_from_its_code(scenario in scenario()) {
        prop_assert_eq!(scenario_from_code(&scenario_code(&scenario)), Some(scenario));
    }

    #[test]
    fn all_answers_read_back_from_their_code(answers in answers()) {
        prop_assert_eq!(answers_from_code(&answers_code(&answers)), Some(answers));
    }

    #[test]
    fn any_code_is_read_or_rejected_without_panicking(text in any::<String>(), like in code_like()) {
        for code in [&text, &like] {
            if let Some(s) = scenario_from_code(code) {
                prop_assert_eq!(scenario_from_code(&scenario_code(&s)), Some(s));
            }
            if let Some(a) = answers_from_code(code) {
                prop_assert_eq!(answers_from_code(&answers_code(&a)), Some(a));
            }
        }
    }

    #[test]
    fn every_stored_state_reads_back(state in stored_state()) {
        prop_assert_eq!(stored_state_from_json(&stored_state_to_json(&state)), Ok(state));
    }

    #[test]
    fn a_stored_state_cut_anywhere_is_an_error(state in stored_state(), cut in any::<prop::sample::Index>()) {
        let json = stored_state_to_json(&state);
        let end = cut.index(json.len());
        if let Some(prefix) = json.get(..end) {
            prop_assert!(stored_state_from_json(prefix).is_err());
        }
    }

    #[test]
    fn any_text_in_storage_is_read_or_rejected_without_panicking(text in any::<String>()) {
        let _ = stored_state_from_json(&text);
    }
}

#[test]
fn a_stored_state_with_a_foreign_shape_is_rejected() {
    let foreign = serde_json::json!({
        "version": 1,
        "scenario": null,
        "answers": { "zoom": { "avv-signed": "yes" } }
    });
    assert!(matches!(
        stored_state_from_json(&foreign.to_string()),
        Err(StoredStateError::Invalid(_))
    ));
    // Answers may be partial (the rest are unknown), but never carry fields of another shape.
    let partial = r#"{"version":1,"scenario":null,"answers":{"zoom":{"avv":"yes"}}}"#;
    let read = stored_state_from_json(partial).unwrap();
    assert_eq!(read.answers["zoom"].avv, vk_check::domain::Tristate::Yes);
    assert_eq!(
        read.answers["zoom"].business_use_allowed,
        vk_check::domain::Tristate::Unknown
    );
    let empty = StoredState {
        scenario: None,
        answers: AnswersPerTool::new(),
    };
    assert_eq!(
        stored_state_to_json(&empty),
        r#"{"version":1,"scenario":null,"answers":{}}"#
    );
}

#[test]
fn saved_numbers_outside_a_participant_count_are_invalid_not_cut_to_fit() {
    let mut scenario = vk_check::domain::compliance::Scenario::default();
    scenario.needs.participants = Some(100);
    let saved = stored_state_to_json(&StoredState {
        scenario: Some(scenario),
        answers: AnswersPerTool::new(),
    });
    assert!(saved.contains(r#""participants":100"#), "{saved}");
    for bad in [
        "-1",
        "1.5",
        "4294967296",
        "1099511627776",
        "1e300",
        r#""100""#,
        "true",
        "[100]",
    ] {
        let edited = saved.replace(r#""participants":100"#, &format!(r#""participants":{bad}"#));
        assert!(
            matches!(
                stored_state_from_json(&edited),
                Err(StoredStateError::Invalid(_))
            ),
            "{bad}"
        );
    }
    let most = saved.replace(r#""participants":100"#, r#""participants":4294967295"#);
    assert!(stored_state_from_json(&most).is_ok());
}

#[test]
fn a_saved_value_of_megabytes_with_markup_and_rtl_text_is_read_as_text() {
    use vk_check::domain::compliance::{Answers, TransferMechanism};
    let entity = format!("<script>alert(1)</script> שלום 🎥 {}", "x".repeat(5 << 20));
    let answers = Answers {
        transfer: TransferMechanism::Dpf {
            entity: entity.clone(),
            checked_on: None,
        },
        ..Answers::default()
    };
    let state = StoredState {
        scenario: None,
        answers: [("zoom".to_owned(), answers)].into_iter().collect(),
    };
    let json = stored_state_to_json(&state);
    assert!(json.len() > 5 << 20);
    assert_eq!(stored_state_from_json(&json), Ok(state));
    // Many keys, as a script sharing the origin might write: read or rejected, never a panic.
    let many: String = (0..100_000)
        .map(|i| format!(r#""t{i}":{{}}"#))
        .collect::<Vec<_>>()
        .join(",");
    let json = format!(r#"{{"version":1,"scenario":null,"answers":{{{many}}}}}"#);
    assert_eq!(
        stored_state_from_json(&json).unwrap().answers.len(),
        100_000
    );
}
