//! What the user knows about one tool in their setup: every answer starts as unknown.

use crate::domain::{SourceDate, Tristate};

/// The tool by which personal data may go to a third country (Art. 44–49 GDPR).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum TransferMechanism {
    /// EU-US Data Privacy Framework: the exact receiving entity, and when its listing was checked.
    Dpf {
        entity: String,
        checked_on: Option<SourceDate>,
    },
    /// Standard contractual clauses, with or without a transfer impact assessment.
    Sccs {
        tia: Tristate,
    },
    /// Binding corporate rules (Art. 47).
    Bcr,
    /// A derogation such as consent (Art. 49), which only covers occasional transfers.
    Art49,
    None,
    #[default]
    Unknown,
}

/// Settings done in the service and the clients.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Settings {
    pub tracking_off: Tristate,
    pub chat_history_not_stored: Tristate,
    /// Password or PIN sent separately from the invitation link.
    pub access_data_separate: Tristate,
    pub screen_sharing_hosts_only: Tristate,
    pub waiting_room: Tristate,
    /// MFA for hosts and admins, and clients kept updated.
    pub mfa_and_updates: Tristate,
    /// Retention periods for recordings, chats, transcripts and logs, and deletion at contract end.
    pub retention_periods: Tristate,
}

/// Documentation done for the tool.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Documentation {
    /// Privacy notice (Art. 13) covers the meetings.
    pub privacy_notice: Tristate,
    /// Record of processing activities (VVT, Art. 30) lists video conferencing.
    pub record_of_processing: Tristate,
    /// DPIA threshold check (Art. 35) documented.
    pub dpia_threshold_check: Tristate,
    /// Breach process (Art. 33) covers the tool, incl. the processor's duty to notify.
    pub breach_process: Tristate,
}

/// The answers for one tool. Questions read as asked, so "yes" is not always the good answer
/// (e.g. `own_purpose_use`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    /// Only asked when the data does not say whether the tool is still maintained.
    pub maintained: Tristate,
    pub business_use_allowed: Tristate,
    /// A consumer plan, or the provider says it acts as controller.
    pub consumer_plan: Tristate,
    /// AVV concluded and checked against Art. 28(3).
    pub avv: Tristate,
    /// The provider uses content, metadata or telemetry for its own purposes.
    pub own_purpose_use: Tristate,
    /// List of sub-processors with their countries and a right to object obtained.
    pub subprocessor_list: Tristate,
    /// A sub-processor, or support or admin access, is in a third country.
    pub third_country_access: Tristate,
    pub transfer: TransferMechanism,
    /// The contracting entity is in the EEA but its parent company is not.
    pub parent_outside_eea: Tristate,
    /// Access by that parent company is excluded by contract and technically.
    pub group_access_excluded: Tristate,
    pub transport_encryption: Tristate,
    /// The processor's technical and organisational measures and certificates checked.
    pub toms_checked: Tristate,
    /// The provider is bound to professional secrecy in text form (§ 203 StGB).
    pub secrecy_bound: Tristate,
    pub settings: Settings,
    pub documentation: Documentation,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_answer_starts_as_unknown() {
        let a = Answers::default();
        assert_eq!(a.transfer, TransferMechanism::Unknown);
        for t in [
            a.maintained,
            a.business_use_allowed,
            a.avv,
            a.own_purpose_use,
            a.settings.waiting_room,
            a.documentation.breach_process,
        ] {
            assert_eq!(t, Tristate::Unknown);
        }
    }
}
