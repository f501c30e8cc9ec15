//! Proptest strategies for the calculator's state: random scenarios and answers per tool.
#![allow(dead_code)] // each test crate uses a different part of this module

use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use vk_check::domain::compliance::{
    AiFeatures, Answers, AnswersPerTool, Documentation, HardNeeds, LegalBasis, OperatingModel,
    Recording, Scenario, Settings, TransferMechanism, Uses, Webinars,
};
use vk_check::domain::{Platform, SourceDate, Tristate};

pub fn tristate() -> impl Strategy<Value = Tristate> {
    select(Tristate::ALL.to_vec())
}

pub fn scenario() -> impl Strategy<Value = Scenario> {
    let uses = (
        any::<[bool; 5]>(),
        select(Webinars::ALL.to_vec()),
        tristate(),
    )
        .prop_map(|(flags, webinars, documented)| {
            let [internal, customers, art9, secrecy, confidential] = flags;
            Uses {
                internal_meetings: internal,
                customers_or_applicants: customers,
                webinars,
                special_categories: art9,
                art9_exception_documented: documented,
                professional_secrecy: secrecy,
                confidential_business: confidential,
            }
        });
    let needs = (
        any::<[bool; 4]>(),
        proptest::option::of(any::<u32>()),
        // The code keeps the required platforms as a set in table order.
        subsequence(Platform::ALL.to_vec(), 0..=Platform::ALL.len()),
    )
        .prop_map(
            |([e2e, eea_hosting, browser_only, blur], participants, platforms)| HardNeeds {
                e2e,
                eea_hosting,
                browser_only,
                blur,
                participants,
                platforms,
            },
        );
    (
        select(OperatingModel::ALL.to_vec()),
        uses,
        select(Recording::ALL.to_vec()),
        select(LegalBasis::ALL.to_vec()),
        select(AiFeatures::ALL.to_vec()),
        any::<[bool; 3]>(),
        tristate(),
        needs,
    )
        .prop_map(
            |(
                operating_model,
                uses,
                recording,
                recording_basis,
                ai,
                flags,
                staff_informed,
                needs,
            )| {
                let [participants_join_from_home, employees_use_it, works_council] = flags;
                Scenario {
                    operating_model,
                    uses,
                    recording,
                    recording_basis,
                    ai,
                    participants_join_from_home,
                    employees_use_it,
                    works_council,
                    staff_informed,
                    needs,
                }
            },
        )
}

pub fn date() -> impl Strategy<Value = SourceDate> {
    let text = (1990u16..2100, 1u8..=12, 1u8..=28, any::<bool>(), 0..3).prop_map(
        |(y, m, d, circa, precision)| {
            let tilde = if circa { "~" } else { "" };
            match precision {
                0 => format!("{tilde}{y}"),
                1 => format!("{tilde}{y}-{m:02}"),
                _ => format!("{tilde}{y}-{m:02}-{d:02}"),
            }
        },
    );
    text.prop_map(|t| SourceDate::parse(&t).expect("a valid date"))
}

pub fn transfer() -> impl Strategy<Value = TransferMechanism> {
    let entity = proptest::collection::vec(any::<char>(), 0..40).prop_map(String::from_iter);
    prop_oneof![
        (entity, proptest::option::of(date()))
            .prop_map(|(entity, checked_on)| TransferMechanism::Dpf { entity, checked_on }),
        tristate().prop_map(|tia| TransferMechanism::Sccs { tia }),
        Just(TransferMechanism::Bcr),
        Just(TransferMechanism::Art49),
        Just(TransferMechanism::None),
        Just(TransferMechanism::Unknown),
    ]
}

pub fn answers() -> impl Strategy<Value = Answers> {
    (proptest::collection::vec(tristate(), 23), transfer()).prop_map(|(t, transfer)| Answers {
        maintained: t[0],
        business_use_allowed: t[1],
        consumer_plan: t[2],
        avv: t[3],
        own_purpose_use: t[4],
        subprocessor_list: t[5],
        third_country_access: t[6],
        transfer,
        parent_outside_eea: t[7],
        group_access_excluded: t[8],
        transport_encryption: t[9],
        toms_checked: t[10],
        secrecy_bound: t[11],
        settings: Settings {
            tracking_off: t[12],
            chat_history_not_stored: t[13],
            access_data_separate: t[14],
            screen_sharing_hosts_only: t[15],
            waiting_room: t[16],
            mfa_and_updates: t[17],
            retention_periods: t[18],
        },
        documentation: Documentation {
            privacy_notice: t[19],
            record_of_processing: t[20],
            dpia_threshold_check: t[21],
            breach_process: t[22],
        },
    })
}

/// Answers for up to four of the given tools.
pub fn answers_per_tool(ids: Vec<String>) -> impl Strategy<Value = AnswersPerTool> {
    proptest::collection::btree_map(select(ids), answers(), 0..=4)
        .prop_map(|answers| answers.into_iter().collect())
}
