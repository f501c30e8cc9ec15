//! Helpers for the native compliance tests: built-in tools, a fixed date, answers all done.
#![allow(dead_code)] // each test crate uses a different part of this module

use std::rc::Rc;

use vk_check::domain::compliance::{
    assess, Answers, Assessment, Documentation, Scenario, Settings, TransferMechanism,
};
use vk_check::domain::{Catalog, DataView, Location, SourceDate, Tool, Tristate};

/// A fixed "today", so DPF check dates do not age with the test suite.
pub fn today() -> SourceDate {
    SourceDate::parse("2026-05-01").unwrap()
}

pub fn date(text: &str) -> SourceDate {
    SourceDate::parse(text).unwrap()
}

pub fn catalog() -> Catalog {
    Catalog::builtin().expect("built-in data parses")
}

/// The source table's tools with the article's values (the original view).
pub fn source_table() -> Vec<Tool> {
    let view = catalog().view(DataView::Original);
    view.into_iter()
        .map(|r| Rc::unwrap_or_clone(r.tool))
        .collect()
}

/// A built-in tool by id, or a variant of one for cases the data does not have:
/// `no-location` (location not stated), `swiss` (provider in an adequate country),
/// `e2e-unknown` (E2E not stated).
pub fn tool(id: &str) -> Tool {
    let by_id = |id: &str| {
        source_table()
            .into_iter()
            .chain(catalog().tools.into_iter().map(Rc::unwrap_or_clone))
            .find(|t| t.id == id)
            .unwrap_or_else(|| panic!("no tool {id}"))
    };
    match id {
        "no-location" => Tool {
            location: None,
            ..by_id("whereby")
        },
        "swiss" => Tool {
            location: Location::from_code("CH"),
            ..by_id("whereby")
        },
        "e2e-unknown" => Tool {
            e2e: Tristate::Unknown,
            ..by_id("zoom")
        },
        _ => by_id(id),
    }
}

/// Every answer in its good state: done, or "no" where "yes" would be the defect.
pub fn all_done() -> Answers {
    let yes = Tristate::Yes;
    Answers {
        maintained: yes,
        business_use_allowed: yes,
        consumer_plan: Tristate::No,
        avv: yes,
        own_purpose_use: Tristate::No,
        subprocessor_list: yes,
        third_country_access: Tristate::No,
        transfer: TransferMechanism::Unknown,
        parent_outside_eea: Tristate::No,
        group_access_excluded: yes,
        transport_encryption: yes,
        toms_checked: yes,
        secrecy_bound: yes,
        settings: Settings {
            tracking_off: yes,
            chat_history_not_stored: yes,
            access_data_separate: yes,
            screen_sharing_hosts_only: yes,
            waiting_room: yes,
            mfa_and_updates: yes,
            retention_periods: yes,
        },
        documentation: Documentation {
            privacy_notice: yes,
            record_of_processing: yes,
            dpia_threshold_check: yes,
            breach_process: yes,
        },
    }
}

/// Internal meetings by online service, nothing sensitive, nothing recorded, staff informed.
pub fn harmless() -> Scenario {
    Scenario {
        staff_informed: Tristate::Yes,
        ..Scenario::default()
    }
}

/// Assesses a tool that the data says is maintained.
pub fn check(tool: &Tool, scenario: &Scenario, answers: &Answers) -> Assessment {
    assess(tool, Tristate::Yes, scenario, answers, today())
}
