//! Every rule of the catalogue, case by case: situations that fire it and situations that do not.

// Each row starts from a maintained tool, the default scenario (online service, internal
// meetings) and all answers unknown, changes what the row is about, and states what the rule
// must say. Only the row's own rule is compared.

mod compliance_support;

use compliance_support::{date, today, tool};
use vk_check::domain::compliance::{
    assess, AiFeatures, Answers, LegalBasis, OperatingModel, Recording, RuleId, Scenario, Severity,
    TransferMechanism, Webinars,
};
use vk_check::domain::Tristate;

use RuleId::*;
use Severity::{Block, Info, Warn};
use Tristate::{No, Unknown, Yes};

/// What the row's rule must say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Expect {
    Fires(Severity),
    Silent,
}
use Expect::{Fires, Silent};

/// Everything a row may change.
struct Input {
    maintenance: Tristate,
    scenario: Scenario,
    answers: Answers,
}

/// (rule, what the row is about, tool, change to the defaults, expectation)
type Row = (RuleId, &'static str, &'static str, fn(&mut Input), Expect);

fn nothing(_: &mut Input) {}

fn dpf(entity: &str, checked_on: Option<&str>) -> TransferMechanism {
    TransferMechanism::Dpf {
        entity: entity.to_owned(),
        checked_on: checked_on.map(date),
    }
}

#[rustfmt::skip] // one row per line, read as a table
fn rows() -> Vec<Row> {
    vec![
        (R01, "a discontinued tool", "skype", |i| i.maintenance = No, Fires(Block)),
        (R01, "a tool whose status the data does not give", "lifesize", |i| i.maintenance = Unknown, Fires(Warn)),
        (R01, "a tool the user says is discontinued", "lifesize", |i| {
            i.maintenance = Unknown;
            i.answers.maintained = No;
        }, Fires(Block)),
        (R01, "a tool the user confirms is maintained", "lifesize", |i| {
            i.maintenance = Unknown;
            i.answers.maintained = Yes;
        }, Silent),
        (R01, "a maintained tool", "zoom", nothing, Silent),

        (R02, "terms that forbid business use", "zoom", |i| i.answers.business_use_allowed = No, Fires(Block)),
        (R02, "terms not checked", "zoom", nothing, Fires(Warn)),
        (R02, "terms that allow business use", "zoom", |i| i.answers.business_use_allowed = Yes, Silent),

        (R03, "an online service without AVV", "zoom", |i| i.answers.avv = No, Fires(Block)),
        (R03, "an online service with the AVV unknown", "whereby", nothing, Fires(Warn)),
        (R03, "an external IT provider without AVV", "blizz", |i| {
            i.scenario.operating_model = OperatingModel::ExternalProvider;
            i.answers.avv = No;
        }, Fires(Block)),
        (R03, "rented servers with the AVV unknown", "blizz", |i| {
            i.scenario.operating_model = OperatingModel::SelfHostedRentedOrMaintained;
        }, Fires(Warn)),
        (R03, "an AVV concluded and checked", "zoom", |i| i.answers.avv = Yes, Silent),
        (R03, "own hardware and staff", "zoom", |i| i.scenario.operating_model = OperatingModel::SelfHostedOwn, Silent),

        (R04, "a provider using data for its own purposes", "zoom", |i| i.answers.own_purpose_use = Yes, Fires(Block)),
        (R04, "own-purpose use not checked", "zoom", nothing, Fires(Warn)),
        (R04, "own-purpose use excluded", "zoom", |i| i.answers.own_purpose_use = No, Silent),
        (R04, "own hardware and staff", "zoom", |i| i.scenario.operating_model = OperatingModel::SelfHostedOwn, Silent),

        (R05, "own hardware and staff", "blizz", |i| i.scenario.operating_model = OperatingModel::SelfHostedOwn, Fires(Info)),
        (R05, "rented servers", "blizz", |i| i.scenario.operating_model = OperatingModel::SelfHostedRentedOrMaintained, Silent),
        (R05, "an online service", "blizz", nothing, Silent),

        (R06, "a USA tool without mechanism", "zoom", |i| i.answers.transfer = TransferMechanism::None, Fires(Block)),
        (R06, "a USA tool with the mechanism unknown", "zoom", nothing, Fires(Warn)),
        (R06, "a USA tool with SCCs", "zoom", |i| i.answers.transfer = TransferMechanism::Sccs { tia: Yes }, Silent),
        (R06, "a USA tool with BCR", "webex", |i| i.answers.transfer = TransferMechanism::Bcr, Silent),
        (R06, "a USA tool with a DPF certification", "teams", |i| i.answers.transfer = dpf("Microsoft Corporation", Some("2026-04-01")), Silent),
        (R06, "a USA tool relying on Art. 49 (R27 blocks instead)", "zoom", |i| i.answers.transfer = TransferMechanism::Art49, Silent),
        (R06, "a Norwegian tool", "whereby", nothing, Silent),
        (R06, "a German tool with support access from a third country", "fastviewer", |i| {
            i.answers.third_country_access = Yes;
            i.answers.transfer = TransferMechanism::None;
        }, Fires(Block)),
        (R06, "a German tool whose parent company's access is not excluded", "blizz", |i| {
            i.answers.parent_outside_eea = Yes;
            i.answers.group_access_excluded = No;
        }, Fires(Warn)),
        (R06, "a tool whose location is not stated", "no-location", nothing, Fires(Warn)),
        (R06, "a tool in an adequate country", "swiss", nothing, Silent),
        (R06, "a USA product run on own hardware", "adobe-connect", |i| i.scenario.operating_model = OperatingModel::SelfHostedOwn, Silent),

        (R07, "DPF without a check date", "zoom", |i| i.answers.transfer = dpf("Zoom Video Communications, Inc.", None), Fires(Warn)),
        (R07, "DPF checked more than 12 months ago", "zoom", |i| i.answers.transfer = dpf("Zoom Video Communications, Inc.", Some("2025-04-30")), Fires(Warn)),
        (R07, "DPF checked without naming the entity", "zoom", |i| i.answers.transfer = dpf(" ", Some("2026-04-01")), Fires(Warn)),
        (R07, "DPF of the exact entity checked recently", "zoom", |i| i.answers.transfer = dpf("Zoom Video Communications, Inc.", Some("2025-05-01")), Fires(Info)),
        (R07, "SCCs instead of DPF", "zoom", |i| i.answers.transfer = TransferMechanism::Sccs { tia: Yes }, Silent),
        (R07, "DPF answered for a tool that transfers nothing", "whereby", |i| i.answers.transfer = dpf("Whereby AS", None), Silent),

        (R08, "SCCs without a TIA", "gotomeeting", |i| i.answers.transfer = TransferMechanism::Sccs { tia: No }, Fires(Warn)),
        (R08, "SCCs with the TIA unknown", "gotomeeting", |i| i.answers.transfer = TransferMechanism::Sccs { tia: Unknown }, Fires(Warn)),
        (R08, "SCCs with a documented TIA", "adobe-connect", |i| i.answers.transfer = TransferMechanism::Sccs { tia: Yes }, Fires(Info)),
        (R08, "BCR instead of SCCs", "adobe-connect", |i| i.answers.transfer = TransferMechanism::Bcr, Silent),

        (R09, "a parent abroad, group access not clarified", "blizz", |i| i.answers.parent_outside_eea = Yes, Fires(Warn)),
        (R09, "a parent abroad, group access excluded", "blizz", |i| {
            i.answers.parent_outside_eea = Yes;
            i.answers.group_access_excluded = Yes;
        }, Fires(Info)),
        (R09, "a parent abroad, group access not excluded", "blizz", |i| {
            i.answers.parent_outside_eea = Yes;
            i.answers.group_access_excluded = No;
        }, Fires(Info)),
        (R09, "the parent company not known", "blizz", nothing, Silent),
        (R09, "own hardware and staff", "blizz", |i| {
            i.scenario.operating_model = OperatingModel::SelfHostedOwn;
            i.answers.parent_outside_eea = Yes;
        }, Silent),

        (R10, "no transport encryption", "whereby", |i| i.answers.transport_encryption = No, Fires(Block)),
        (R10, "transport encryption unknown, no E2E", "zoom", nothing, Fires(Warn)),
        (R10, "transport encryption unknown, E2E confirmed", "whereby", nothing, Silent),
        (R10, "transport encryption confirmed", "zoom", |i| i.answers.transport_encryption = Yes, Silent),

        (R11, "a tool without E2E", "zoom", nothing, Fires(Info)),
        (R11, "a tool with E2E", "whereby", nothing, Silent),
        (R11, "confidential use, which R12 covers", "zoom", |i| i.scenario.uses.confidential_business = true, Silent),

        (R12, "Art. 9 data on a hosted tool without E2E", "zoom", |i| i.scenario.uses.special_categories = true, Fires(Block)),
        (R12, "Art. 9 data on a hosted tool with E2E unknown", "e2e-unknown", |i| i.scenario.uses.special_categories = true, Fires(Block)),
        (R12, "Art. 9 data, self-hosted without E2E", "adobe-connect", |i| {
            i.scenario.uses.special_categories = true;
            i.scenario.operating_model = OperatingModel::SelfHostedOwn;
        }, Fires(Warn)),
        (R12, "confidential business information without E2E", "teams", |i| i.scenario.uses.confidential_business = true, Fires(Warn)),
        (R12, "Art. 9 data with E2E", "whereby", |i| i.scenario.uses.special_categories = true, Silent),
        (R12, "nothing sensitive", "zoom", nothing, Silent),

        (R13, "E2E needed and cloud recording planned", "webex", |i| {
            i.scenario.needs.e2e = true;
            i.scenario.recording = Recording::Cloud;
        }, Fires(Warn)),
        (R13, "Art. 9 data and cloud transcription planned", "whereby", |i| {
            i.scenario.uses.special_categories = true;
            i.scenario.recording = Recording::Cloud;
        }, Fires(Warn)),
        (R13, "E2E needed and local recording", "webex", |i| {
            i.scenario.needs.e2e = true;
            i.scenario.recording = Recording::Local;
        }, Silent),
        (R13, "a tool without any E2E mode", "zoom", |i| {
            i.scenario.needs.e2e = true;
            i.scenario.recording = Recording::Cloud;
        }, Silent),

        (R14, "privacy notice not updated", "whereby", |i| i.answers.documentation.privacy_notice = No, Fires(Warn)),
        (R14, "privacy notice unknown", "whereby", nothing, Fires(Warn)),
        (R14, "privacy notice updated", "whereby", |i| i.answers.documentation.privacy_notice = Yes, Silent),

        (R15, "VVT not updated", "whereby", |i| i.answers.documentation.record_of_processing = No, Fires(Warn)),
        (R15, "VVT unknown", "whereby", nothing, Fires(Warn)),
        (R15, "VVT updated", "whereby", |i| i.answers.documentation.record_of_processing = Yes, Silent),

        (R16, "no DPIA threshold check", "whereby", |i| i.answers.documentation.dpia_threshold_check = No, Fires(Warn)),
        (R16, "threshold check unknown", "whereby", nothing, Fires(Warn)),
        (R16, "threshold check documented, but Art. 9 data", "whereby", |i| {
            i.answers.documentation.dpia_threshold_check = Yes;
            i.scenario.uses.special_categories = true;
        }, Fires(Warn)),
        (R16, "threshold check documented, but professional secrets", "whereby", |i| {
            i.answers.documentation.dpia_threshold_check = Yes;
            i.scenario.uses.professional_secrecy = true;
        }, Fires(Warn)),
        (R16, "threshold check documented, but AI features on", "whereby", |i| {
            i.answers.documentation.dpia_threshold_check = Yes;
            i.scenario.ai = AiFeatures::On;
        }, Fires(Warn)),
        (R16, "threshold check documented, nothing high-risk", "whereby", |i| i.answers.documentation.dpia_threshold_check = Yes, Silent),

        (R17, "cloud recording without legal basis", "zoom", |i| {
            i.scenario.recording = Recording::Cloud;
            i.scenario.recording_basis = LegalBasis::None;
        }, Fires(Block)),
        (R17, "local recording with consent", "zoom", |i| {
            i.scenario.recording = Recording::Local;
            i.scenario.recording_basis = LegalBasis::Consent;
        }, Fires(Warn)),
        (R17, "recording on legitimate interest", "zoom", |i| {
            i.scenario.recording = Recording::Cloud;
            i.scenario.recording_basis = LegalBasis::LegitimateInterest;
        }, Fires(Warn)),
        (R17, "recording with the legal basis unknown", "zoom", |i| i.scenario.recording = Recording::Local, Fires(Warn)),
        (R17, "no recording", "zoom", |i| i.scenario.recording_basis = LegalBasis::None, Silent),

        (R18, "employees use it and there is a works council", "whereby", |i| i.scenario.works_council = true, Fires(Warn)),
        (R18, "a works council, but no employees use it", "whereby", |i| {
            i.scenario.works_council = true;
            i.scenario.employees_use_it = false;
        }, Silent),
        (R18, "no works council", "whereby", nothing, Silent),

        (R19, "tracking not switched off", "zoom", |i| i.answers.settings.tracking_off = No, Fires(Warn)),
        (R19, "tracking unknown", "zoom", nothing, Fires(Warn)),
        (R19, "tracking off", "zoom", |i| i.answers.settings.tracking_off = Yes, Silent),

        (R20, "chat history stored", "zoom", |i| i.answers.settings.chat_history_not_stored = No, Fires(Warn)),
        (R20, "chat history unknown", "zoom", nothing, Fires(Warn)),
        (R20, "chat history not stored", "zoom", |i| i.answers.settings.chat_history_not_stored = Yes, Silent),

        (R21, "access data in the invitation", "zoom", |i| i.answers.settings.access_data_separate = No, Fires(Warn)),
        (R21, "access data unknown", "zoom", nothing, Fires(Warn)),
        (R21, "access data sent separately", "zoom", |i| i.answers.settings.access_data_separate = Yes, Silent),

        (R22, "everyone may share the screen", "zoom", |i| i.answers.settings.screen_sharing_hosts_only = No, Fires(Warn)),
        (R22, "screen sharing unknown", "zoom", nothing, Fires(Warn)),
        (R22, "screen sharing for hosts only", "zoom", |i| i.answers.settings.screen_sharing_hosts_only = Yes, Silent),

        (R23, "no waiting room", "zoom", |i| i.answers.settings.waiting_room = No, Fires(Warn)),
        (R23, "waiting room unknown", "zoom", nothing, Fires(Warn)),
        (R23, "waiting room used", "zoom", |i| i.answers.settings.waiting_room = Yes, Silent),

        (R24, "joining from home, blur not stated", "whereby", |i| i.scenario.participants_join_from_home = true, Fires(Info)),
        (R24, "joining from home, blur available", "zoom", |i| i.scenario.participants_join_from_home = true, Silent),
        (R24, "not joining from home", "whereby", nothing, Silent),

        (R25, "a webinar with a partner organisation", "whereby", |i| i.scenario.uses.webinars = Webinars::WithPartner, Fires(Warn)),
        (R25, "a consumer plan", "whereby", |i| i.answers.consumer_plan = Yes, Fires(Warn)),
        (R25, "a provider using data for its own purposes", "zoom", |i| i.answers.own_purpose_use = Yes, Fires(Warn)),
        (R25, "a webinar alone on a business plan", "whereby", |i| {
            i.scenario.uses.webinars = Webinars::Alone;
            i.answers.consumer_plan = No;
        }, Silent),
        (R25, "a consumer plan answer for self-hosted software", "blizz", |i| {
            i.scenario.operating_model = OperatingModel::SelfHostedRentedOrMaintained;
            i.answers.consumer_plan = Yes;
        }, Silent),

        (R26, "no sub-processor list", "zoom", |i| i.answers.subprocessor_list = No, Fires(Warn)),
        (R26, "sub-processor list unknown", "whereby", nothing, Fires(Warn)),
        (R26, "sub-processor list obtained", "zoom", |i| i.answers.subprocessor_list = Yes, Silent),
        (R26, "own hardware and staff", "zoom", |i| i.scenario.operating_model = OperatingModel::SelfHostedOwn, Silent),

        (R27, "a USA tool relying on Art. 49", "zoom", |i| i.answers.transfer = TransferMechanism::Art49, Fires(Block)),
        (R27, "a tool of unknown location relying on Art. 49", "no-location", |i| i.answers.transfer = TransferMechanism::Art49, Fires(Block)),
        (R27, "Art. 49 answered for a tool that transfers nothing", "whereby", |i| i.answers.transfer = TransferMechanism::Art49, Silent),
        (R27, "SCCs", "zoom", |i| i.answers.transfer = TransferMechanism::Sccs { tia: Yes }, Silent),

        (R28, "a tool in an adequate country", "swiss", nothing, Fires(Info)),
        (R28, "an adequate country, but support from a third country", "swiss", |i| i.answers.third_country_access = Yes, Silent),
        (R28, "a tool in the EEA", "whereby", nothing, Silent),
        (R28, "a tool in the USA", "zoom", nothing, Silent),

        (R29, "no retention periods", "zoom", |i| i.answers.settings.retention_periods = No, Fires(Warn)),
        (R29, "retention periods unknown", "zoom", nothing, Fires(Warn)),
        (R29, "retention periods set", "zoom", |i| i.answers.settings.retention_periods = Yes, Silent),

        (R30, "Art. 9 data without a documented exception", "whereby", |i| {
            i.scenario.uses.special_categories = true;
            i.scenario.uses.art9_exception_documented = No;
        }, Fires(Block)),
        (R30, "Art. 9 data, exception unknown", "whereby", |i| i.scenario.uses.special_categories = true, Fires(Warn)),
        (R30, "Art. 9 data with a documented exception", "whereby", |i| {
            i.scenario.uses.special_categories = true;
            i.scenario.uses.art9_exception_documented = Yes;
        }, Silent),
        (R30, "no Art. 9 data", "whereby", |i| i.scenario.uses.art9_exception_documented = No, Silent),

        (R31, "a secret holder, provider not bound", "whereby", |i| {
            i.scenario.uses.professional_secrecy = true;
            i.answers.secrecy_bound = No;
        }, Fires(Block)),
        (R31, "a secret holder, provider's duty unknown", "whereby", |i| i.scenario.uses.professional_secrecy = true, Fires(Warn)),
        (R31, "a secret holder, provider bound in text form", "whereby", |i| {
            i.scenario.uses.professional_secrecy = true;
            i.answers.secrecy_bound = Yes;
        }, Silent),
        (R31, "a secret holder on own hardware", "whereby", |i| {
            i.scenario.uses.professional_secrecy = true;
            i.scenario.operating_model = OperatingModel::SelfHostedOwn;
        }, Silent),
        (R31, "no professional secrecy", "whereby", |i| i.answers.secrecy_bound = No, Silent),

        (R32, "no breach process", "zoom", |i| i.answers.documentation.breach_process = No, Fires(Warn)),
        (R32, "breach process unknown", "zoom", nothing, Fires(Warn)),
        (R32, "breach process covers the tool", "zoom", |i| i.answers.documentation.breach_process = Yes, Silent),

        (R33, "TOMs not checked", "zoom", |i| i.answers.toms_checked = No, Fires(Warn)),
        (R33, "TOMs unknown", "zoom", nothing, Fires(Warn)),
        (R33, "TOMs and certificates checked", "zoom", |i| i.answers.toms_checked = Yes, Silent),
        (R33, "own hardware and staff", "zoom", |i| i.scenario.operating_model = OperatingModel::SelfHostedOwn, Silent),

        (R34, "staff not informed", "whereby", |i| i.scenario.staff_informed = No, Fires(Warn)),
        (R34, "staff information unknown", "whereby", nothing, Fires(Warn)),
        (R34, "staff informed and rules issued", "whereby", |i| i.scenario.staff_informed = Yes, Silent),
        (R34, "no employees use it", "whereby", |i| {
            i.scenario.employees_use_it = false;
            i.scenario.staff_informed = No;
        }, Silent),

        (R35, "no MFA", "zoom", |i| i.answers.settings.mfa_and_updates = No, Fires(Warn)),
        (R35, "MFA unknown", "zoom", nothing, Fires(Warn)),
        (R35, "no MFA with confidential information", "zoom", |i| {
            i.answers.settings.mfa_and_updates = No;
            i.scenario.uses.confidential_business = true;
        }, Fires(Block)),
        (R35, "MFA unknown with Art. 9 data", "whereby", |i| i.scenario.uses.special_categories = true, Fires(Warn)),
        (R35, "MFA enforced and clients updated", "zoom", |i| i.answers.settings.mfa_and_updates = Yes, Silent),

        (R36, "AI features on", "zoom", |i| i.scenario.ai = AiFeatures::On, Fires(Warn)),
        (R36, "emotion recognition of employees", "zoom", |i| i.scenario.ai = AiFeatures::EmotionRecognition, Fires(Block)),
        (R36, "AI features off", "zoom", nothing, Silent),
    ]
}

fn outcome(row: &Row) -> Expect {
    let (rule, _, tool_id, change, _) = row;
    let mut input = Input {
        maintenance: Yes,
        scenario: Scenario::default(),
        answers: Answers::default(),
    };
    change(&mut input);
    let assessment = assess(
        &tool(tool_id),
        input.maintenance,
        &input.scenario,
        &input.answers,
        today(),
    );
    assessment
        .finding(*rule)
        .map_or(Silent, |f| Fires(f.severity))
}

#[test]
fn every_rule_says_what_its_cases_expect() {
    let failures: Vec<String> = rows()
        .iter()
        .filter_map(|row| {
            let got = outcome(row);
            (got != row.4).then(|| {
                format!(
                    "{} {} ({}): expected {:?}, got {got:?}",
                    row.0, row.1, row.2, row.4
                )
            })
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_rule_has_a_case_that_fires_it_and_one_that_does_not() {
    let rows = rows();
    for id in RuleId::ALL {
        let fires = rows.iter().any(|r| r.0 == id && matches!(r.4, Fires(_)));
        let silent = rows.iter().any(|r| r.0 == id && r.4 == Silent);
        assert!(fires && silent, "{id}: fires {fires}, silent {silent}");
    }
}

#[test]
fn every_finding_has_a_measure_in_both_languages_and_its_rule_s_basis_and_source() {
    for row in rows() {
        let mut input = Input {
            maintenance: Yes,
            scenario: Scenario::default(),
            answers: Answers::default(),
        };
        (row.3)(&mut input);
        let a = assess(
            &tool(row.2),
            input.maintenance,
            &input.scenario,
            &input.answers,
            today(),
        );
        for f in &a.findings {
            assert!(
                f.measure.de.len() > 40 && f.measure.en.len() > 40,
                "{}",
                f.rule
            );
            assert_ne!(f.measure.de, f.measure.en, "{}", f.rule);
            let rule = vk_check::domain::compliance::rule(f.rule);
            assert_eq!(
                (f.topic, f.legal_basis, f.source),
                (rule.topic, rule.legal_basis, rule.source)
            );
            assert_eq!(f.scenario_only, rule.scenario_only());
        }
    }
}
