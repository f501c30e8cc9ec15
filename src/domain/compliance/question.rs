//! The per-tool questions, and which of them can matter for a tool in a scenario.

use crate::domain::compliance::case::{destination, located_in_third_country};
use crate::domain::compliance::catalogue::rule;
use crate::domain::compliance::{Answers, RuleId, Scenario, Topic};
use crate::domain::{Tool, Tristate};

/// One question about a tool, answering one field of [`Answers`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Question {
    Maintained,
    BusinessUseAllowed,
    ConsumerPlan,
    Avv,
    OwnPurposeUse,
    SubprocessorList,
    TomsChecked,
    SecrecyBound,
    ThirdCountryAccess,
    /// Includes the DPF entity and check date, or whether SCCs have a TIA.
    TransferMechanism,
    ParentOutsideEea,
    GroupAccessExcluded,
    TransportEncryption,
    TrackingOff,
    ChatHistoryNotStored,
    AccessDataSeparate,
    ScreenSharingHostsOnly,
    WaitingRoom,
    MfaAndUpdates,
    RetentionPeriods,
    PrivacyNotice,
    RecordOfProcessing,
    DpiaThresholdCheck,
    BreachProcess,
}

impl Question {
    /// In the order of the form.
    pub const ALL: [Question; 24] = {
        use Question::*;
        [
            Maintained,
            BusinessUseAllowed,
            ConsumerPlan,
            Avv,
            OwnPurposeUse,
            SubprocessorList,
            TomsChecked,
            SecrecyBound,
            ThirdCountryAccess,
            TransferMechanism,
            ParentOutsideEea,
            GroupAccessExcluded,
            TransportEncryption,
            TrackingOff,
            ChatHistoryNotStored,
            AccessDataSeparate,
            ScreenSharingHostsOnly,
            WaitingRoom,
            MfaAndUpdates,
            RetentionPeriods,
            PrivacyNotice,
            RecordOfProcessing,
            DpiaThresholdCheck,
            BreachProcess,
        ]
    };

    /// Stable key for the URL state and element ids.
    pub fn key(self) -> &'static str {
        match self {
            Question::Maintained => "maintained",
            Question::BusinessUseAllowed => "business-use",
            Question::ConsumerPlan => "consumer-plan",
            Question::Avv => "avv",
            Question::OwnPurposeUse => "own-purpose-use",
            Question::SubprocessorList => "subprocessor-list",
            Question::TomsChecked => "toms-checked",
            Question::SecrecyBound => "secrecy-bound",
            Question::ThirdCountryAccess => "third-country-access",
            Question::TransferMechanism => "transfer",
            Question::ParentOutsideEea => "parent-outside-eea",
            Question::GroupAccessExcluded => "group-access-excluded",
            Question::TransportEncryption => "transport-encryption",
            Question::TrackingOff => "tracking-off",
            Question::ChatHistoryNotStored => "chat-history-not-stored",
            Question::AccessDataSeparate => "access-data-separate",
            Question::ScreenSharingHostsOnly => "screen-sharing-hosts-only",
            Question::WaitingRoom => "waiting-room",
            Question::MfaAndUpdates => "mfa-and-updates",
            Question::RetentionPeriods => "retention-periods",
            Question::PrivacyNotice => "privacy-notice",
            Question::RecordOfProcessing => "record-of-processing",
            Question::DpiaThresholdCheck => "dpia-threshold-check",
            Question::BreachProcess => "breach-process",
        }
    }

    /// Where the answer sits in the answers' JSON form ([`Answers::to_json`], the JS API's
    /// `answers`): `avv`, `settings.waiting_room`.
    pub fn path(self) -> &'static str {
        match self {
            Question::Maintained => "maintained",
            Question::BusinessUseAllowed => "business_use_allowed",
            Question::ConsumerPlan => "consumer_plan",
            Question::Avv => "avv",
            Question::OwnPurposeUse => "own_purpose_use",
            Question::SubprocessorList => "subprocessor_list",
            Question::TomsChecked => "toms_checked",
            Question::SecrecyBound => "secrecy_bound",
            Question::ThirdCountryAccess => "third_country_access",
            Question::TransferMechanism => "transfer",
            Question::ParentOutsideEea => "parent_outside_eea",
            Question::GroupAccessExcluded => "group_access_excluded",
            Question::TransportEncryption => "transport_encryption",
            Question::TrackingOff => "settings.tracking_off",
            Question::ChatHistoryNotStored => "settings.chat_history_not_stored",
            Question::AccessDataSeparate => "settings.access_data_separate",
            Question::ScreenSharingHostsOnly => "settings.screen_sharing_hosts_only",
            Question::WaitingRoom => "settings.waiting_room",
            Question::MfaAndUpdates => "settings.mfa_and_updates",
            Question::RetentionPeriods => "settings.retention_periods",
            Question::PrivacyNotice => "documentation.privacy_notice",
            Question::RecordOfProcessing => "documentation.record_of_processing",
            Question::DpiaThresholdCheck => "documentation.dpia_threshold_check",
            Question::BreachProcess => "documentation.breach_process",
        }
    }

    /// The rule the answer feeds.
    pub fn rule(self) -> RuleId {
        match self {
            Question::Maintained => RuleId::R01,
            Question::BusinessUseAllowed => RuleId::R02,
            Question::ConsumerPlan => RuleId::R25,
            Question::Avv => RuleId::R03,
            Question::OwnPurposeUse => RuleId::R04,
            Question::SubprocessorList => RuleId::R26,
            Question::TomsChecked => RuleId::R33,
            Question::SecrecyBound => RuleId::R31,
            Question::ThirdCountryAccess | Question::TransferMechanism => RuleId::R06,
            Question::ParentOutsideEea | Question::GroupAccessExcluded => RuleId::R09,
            Question::TransportEncryption => RuleId::R10,
            Question::TrackingOff => RuleId::R19,
            Question::ChatHistoryNotStored => RuleId::R20,
            Question::AccessDataSeparate => RuleId::R21,
            Question::ScreenSharingHostsOnly => RuleId::R22,
            Question::WaitingRoom => RuleId::R23,
            Question::MfaAndUpdates => RuleId::R35,
            Question::RetentionPeriods => RuleId::R29,
            Question::PrivacyNotice => RuleId::R14,
            Question::RecordOfProcessing => RuleId::R15,
            Question::DpiaThresholdCheck => RuleId::R16,
            Question::BreachProcess => RuleId::R32,
        }
    }

    /// The yes/no/unknown answer this question sets; `None` for the transfer mechanism, which
    /// is a choice with details of its own.
    fn slot(self, a: &mut Answers) -> Option<&mut Tristate> {
        let (s, d) = (&mut a.settings, &mut a.documentation);
        Some(match self {
            Question::Maintained => &mut a.maintained,
            Question::BusinessUseAllowed => &mut a.business_use_allowed,
            Question::ConsumerPlan => &mut a.consumer_plan,
            Question::Avv => &mut a.avv,
            Question::OwnPurposeUse => &mut a.own_purpose_use,
            Question::SubprocessorList => &mut a.subprocessor_list,
            Question::TomsChecked => &mut a.toms_checked,
            Question::SecrecyBound => &mut a.secrecy_bound,
            Question::ThirdCountryAccess => &mut a.third_country_access,
            Question::TransferMechanism => return None,
            Question::ParentOutsideEea => &mut a.parent_outside_eea,
            Question::GroupAccessExcluded => &mut a.group_access_excluded,
            Question::TransportEncryption => &mut a.transport_encryption,
            Question::TrackingOff => &mut s.tracking_off,
            Question::ChatHistoryNotStored => &mut s.chat_history_not_stored,
            Question::AccessDataSeparate => &mut s.access_data_separate,
            Question::ScreenSharingHostsOnly => &mut s.screen_sharing_hosts_only,
            Question::WaitingRoom => &mut s.waiting_room,
            Question::MfaAndUpdates => &mut s.mfa_and_updates,
            Question::RetentionPeriods => &mut s.retention_periods,
            Question::PrivacyNotice => &mut d.privacy_notice,
            Question::RecordOfProcessing => &mut d.record_of_processing,
            Question::DpiaThresholdCheck => &mut d.dpia_threshold_check,
            Question::BreachProcess => &mut d.breach_process,
        })
    }

    /// The current answer to a yes/no question (`None` for the transfer mechanism).
    pub fn answer(self, answers: &Answers) -> Option<Tristate> {
        self.slot(&mut answers.clone()).map(|t| *t)
    }

    /// `answers` with this question answered `value`.
    pub fn answered(self, answers: &Answers, value: Tristate) -> Answers {
        let mut next = answers.clone();
        if let Some(slot) = self.slot(&mut next) {
            *slot = value;
        }
        next
    }

    /// The topic to group the question under, that of its rule.
    pub fn topic(self) -> Topic {
        rule(self.rule()).topic
    }
}

/// The questions whose answer can change the result for this tool, in form order; the others
/// are hidden. A question is hidden when:
/// - `Maintained`: the data already says whether the tool is maintained;
/// - `Avv`, `OwnPurposeUse`, `SubprocessorList`, `TomsChecked`, `ParentOutsideEea`: self-hosted
///   on own hardware with own staff (no processor);
/// - `ConsumerPlan`: self-hosted (there is no provider's plan);
/// - `SecrecyBound`: no professional secrecy in the scenario, or no processor;
/// - `GroupAccessExcluded`: the parent company is not (known to be) outside the EEA;
/// - `ThirdCountryAccess`: the provider's location already is a third country;
/// - `TransferMechanism`: nothing is known to leave the EEA or adequate countries (EEA or
///   adequate location, or self-hosted, and no answer puts access in a third country);
/// - `DpiaThresholdCheck`: the scenario makes a DPIA likely required anyway (R16).
pub fn applicable_questions(
    tool: &Tool,
    maintenance: Tristate,
    scenario: &Scenario,
    answers: &Answers,
) -> Vec<Question> {
    let model = scenario.operating_model;
    let processor = model.has_processor();
    Question::ALL
        .into_iter()
        .filter(|q| match q {
            Question::Maintained => maintenance == Tristate::Unknown,
            Question::Avv
            | Question::OwnPurposeUse
            | Question::SubprocessorList
            | Question::TomsChecked
            | Question::ParentOutsideEea => processor,
            Question::ConsumerPlan => !model.is_self_hosted(),
            Question::SecrecyBound => processor && scenario.uses.professional_secrecy,
            Question::GroupAccessExcluded => {
                processor && answers.parent_outside_eea == Tristate::Yes
            }
            Question::ThirdCountryAccess => !located_in_third_country(tool, scenario),
            Question::TransferMechanism => destination(tool, scenario, answers).needs_mechanism(),
            Question::DpiaThresholdCheck => !scenario.dpia_likely_required(),
            _ => true,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_yes_no_question_reads_back_what_it_set() {
        for q in Question::ALL {
            let answered = q.answered(&Answers::default(), Tristate::Yes);
            match q {
                Question::TransferMechanism => assert_eq!(q.answer(&answered), None),
                _ => {
                    assert_eq!(q.answer(&answered), Some(Tristate::Yes), "{q:?}");
                    let others = Question::ALL.into_iter().filter(|o| *o != q);
                    let changed = others.filter(|o| o.answer(&answered) == Some(Tristate::Yes));
                    assert_eq!(changed.count(), 0, "{q:?} sets only its own answer");
                }
            }
        }
    }

    #[test]
    fn every_path_names_its_answer_in_the_json_form() {
        for q in Question::ALL {
            let pointer = format!("/{}", q.path().replace('.', "/"));
            let answered = match q {
                Question::TransferMechanism => Answers {
                    transfer: crate::domain::compliance::TransferMechanism::Bcr,
                    ..Answers::default()
                },
                _ => q.answered(&Answers::default(), Tristate::Yes),
            };
            let changed = |json: &serde_json::Value| json.pointer(&pointer).cloned();
            assert!(changed(&Answers::default().to_json()).is_some(), "{q:?}");
            assert_ne!(
                changed(&answered.to_json()),
                changed(&Answers::default().to_json()),
                "{q:?}: {pointer} holds this question's answer"
            );
        }
    }

    #[test]
    fn keys_are_unique() {
        let mut keys: Vec<&str> = Question::ALL.iter().map(|q| q.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), Question::ALL.len());
    }
}
