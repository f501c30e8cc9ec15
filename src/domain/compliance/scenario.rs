//! The scenario: how and for what a company wants to use video conferencing, the same for every tool.

use crate::domain::{Platform, Tristate};

/// Who runs the system, after the DSK's operating models (Orientierungshilfe 2.1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum OperatingModel {
    /// On the company's own hardware, run by its own staff: no processor involved.
    SelfHostedOwn,
    /// Self-hosted software on rented servers, or maintained by an outside firm: they are processors.
    SelfHostedRentedOrMaintained,
    /// An IT service provider runs the system for the company.
    ExternalProvider,
    /// The vendor's online service (SaaS); the most common case, hence the default.
    #[default]
    OnlineService,
}

impl OperatingModel {
    pub const ALL: [OperatingModel; 4] = [
        OperatingModel::SelfHostedOwn,
        OperatingModel::SelfHostedRentedOrMaintained,
        OperatingModel::ExternalProvider,
        OperatingModel::OnlineService,
    ];

    /// The key in the JSON form (stored state, JS API, report).
    pub fn key(self) -> &'static str {
        match self {
            OperatingModel::SelfHostedOwn => "self-hosted-own",
            OperatingModel::SelfHostedRentedOrMaintained => "self-hosted-rented-or-maintained",
            OperatingModel::ExternalProvider => "external-provider",
            OperatingModel::OnlineService => "online-service",
        }
    }

    /// Someone outside the company processes the data on its behalf (hoster, maintainer, provider).
    pub fn has_processor(self) -> bool {
        self != OperatingModel::SelfHostedOwn
    }

    /// The company runs the software itself, on own or rented servers.
    pub fn is_self_hosted(self) -> bool {
        matches!(
            self,
            OperatingModel::SelfHostedOwn | OperatingModel::SelfHostedRentedOrMaintained
        )
    }
}

/// Whether webinars or public events are held, and with whom.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Webinars {
    #[default]
    None,
    Alone,
    /// Organised jointly with another organisation: joint controllership (Art. 26).
    WithPartner,
}

impl Webinars {
    pub const ALL: [Webinars; 3] = [Webinars::None, Webinars::Alone, Webinars::WithPartner];

    /// The key in the JSON form (stored state, JS API, report).
    pub fn key(self) -> &'static str {
        match self {
            Webinars::None => "none",
            Webinars::Alone => "alone",
            Webinars::WithPartner => "with-partner",
        }
    }
}

/// What the meetings are used for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Uses {
    pub internal_meetings: bool,
    pub customers_or_applicants: bool,
    pub webinars: Webinars,
    /// Special categories of personal data (Art. 9), e.g. health data.
    pub special_categories: bool,
    /// Whether the Art. 9(2) exception relied on is documented; asked only with special categories.
    pub art9_exception_documented: Tristate,
    /// The company holds a professional secret (§ 203 StGB: doctors, lawyers, tax advisers …).
    pub professional_secrecy: bool,
    /// Trade secrets or other confidential business information.
    pub confidential_business: bool,
}

impl Default for Uses {
    /// Internal meetings only: the most common start, and nothing sensitive is assumed.
    fn default() -> Self {
        Uses {
            internal_meetings: true,
            customers_or_applicants: false,
            webinars: Webinars::None,
            special_categories: false,
            art9_exception_documented: Tristate::Unknown,
            professional_secrecy: false,
            confidential_business: false,
        }
    }
}

/// Recording or AI transcription of meetings, and where it happens.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Recording {
    #[default]
    None,
    /// On the company's own devices.
    Local,
    /// In the provider's cloud (including the provider's AI transcription).
    Cloud,
}

impl Recording {
    pub const ALL: [Recording; 3] = [Recording::None, Recording::Local, Recording::Cloud];

    /// The key in the JSON form (stored state, JS API, report).
    pub fn key(self) -> &'static str {
        match self {
            Recording::None => "none",
            Recording::Local => "local",
            Recording::Cloud => "cloud",
        }
    }
}

/// The legal basis relied on for recording.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LegalBasis {
    None,
    Consent,
    LegitimateInterest,
    #[default]
    Unknown,
}

impl LegalBasis {
    pub const ALL: [LegalBasis; 4] = [
        LegalBasis::None,
        LegalBasis::Consent,
        LegalBasis::LegitimateInterest,
        LegalBasis::Unknown,
    ];

    /// The key in the JSON form (stored state, JS API, report).
    pub fn key(self) -> &'static str {
        match self {
            LegalBasis::None => "none",
            LegalBasis::Consent => "consent",
            LegalBasis::LegitimateInterest => "legitimate-interest",
            LegalBasis::Unknown => "unknown",
        }
    }
}

/// AI features other than transcription.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum AiFeatures {
    #[default]
    Off,
    /// Summaries, assistants, attention tracking and similar.
    On,
    /// Emotion recognition of employees, which the AI Act prohibits at work.
    EmotionRecognition,
}

impl AiFeatures {
    pub const ALL: [AiFeatures; 3] = [
        AiFeatures::Off,
        AiFeatures::On,
        AiFeatures::EmotionRecognition,
    ];

    /// The key in the JSON form (stored state, JS API, report).
    pub fn key(self) -> &'static str {
        match self {
            AiFeatures::Off => "off",
            AiFeatures::On => "on",
            AiFeatures::EmotionRecognition => "emotion-recognition",
        }
    }
}

/// Requirements a tool must meet outright; they also drive the table's filters.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct HardNeeds {
    pub e2e: bool,
    pub eea_hosting: bool,
    pub browser_only: bool,
    pub blur: bool,
    pub participants: Option<u32>,
    pub platforms: Vec<Platform>,
}

impl HardNeeds {
    /// Whether participants must be able to join in the browser. The form asks it once; a
    /// scenario may also name the browser among its platforms (older links do), which means
    /// the same.
    pub fn browser(&self) -> bool {
        self.browser_only || self.platforms.contains(&Platform::Browser)
    }

    /// Sets or clears joining in the browser, whichever way it was given.
    pub fn set_browser(&mut self, on: bool) {
        self.browser_only = on;
        self.platforms.retain(|p| *p != Platform::Browser);
    }
}

/// The whole scenario. The default is an online service for internal meetings, used by staff.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Scenario {
    pub operating_model: OperatingModel,
    pub uses: Uses,
    pub recording: Recording,
    /// Only asked when something is recorded.
    pub recording_basis: LegalBasis,
    pub ai: AiFeatures,
    pub participants_join_from_home: bool,
    pub employees_use_it: bool,
    pub works_council: bool,
    /// Staff informed and rules of use issued (camera, recording, working from home).
    pub staff_informed: Tristate,
    pub needs: HardNeeds,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            operating_model: OperatingModel::default(),
            uses: Uses::default(),
            recording: Recording::None,
            recording_basis: LegalBasis::Unknown,
            ai: AiFeatures::Off,
            participants_join_from_home: false,
            employees_use_it: true,
            works_council: false,
            staff_informed: Tristate::Unknown,
            needs: HardNeeds::default(),
        }
    }
}

impl Scenario {
    /// Art. 9 data, professional secrets or confidential business information: the DSK's
    /// "high risk" that calls for stronger authentication (OH 4.2.2).
    pub fn high_protection_need(&self) -> bool {
        self.uses.special_categories
            || self.uses.professional_secrecy
            || self.uses.confidential_business
    }

    /// The scenario falls under the DSK's DPIA must-list (Art. 9 data, professional secrets,
    /// monitoring of employees or AI analysis), so a DPIA is likely required.
    pub fn dpia_likely_required(&self) -> bool {
        self.uses.special_categories || self.uses.professional_secrecy || self.ai != AiFeatures::Off
    }

    /// E2E is needed: asked for outright, or implied by Art. 9 data (R12).
    pub fn needs_e2e(&self) -> bool {
        self.needs.e2e || self.uses.special_categories
    }

    pub fn records(&self) -> bool {
        self.recording != Recording::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_is_an_online_service_for_internal_meetings() {
        let s = Scenario::default();
        assert_eq!(s.operating_model, OperatingModel::OnlineService);
        assert!(s.uses.internal_meetings && s.employees_use_it);
        assert!(!s.high_protection_need() && !s.dpia_likely_required() && !s.records());
        assert_eq!(s.staff_informed, Tristate::Unknown);
        assert_eq!(s.recording_basis, LegalBasis::Unknown);
    }

    #[test]
    fn only_own_hardware_has_no_processor() {
        for model in OperatingModel::ALL {
            assert_eq!(
                model.has_processor(),
                model != OperatingModel::SelfHostedOwn
            );
        }
        assert!(OperatingModel::SelfHostedRentedOrMaintained.is_self_hosted());
        assert!(!OperatingModel::ExternalProvider.is_self_hosted());
    }

    #[test]
    fn special_categories_imply_the_need_for_e2e() {
        let mut s = Scenario::default();
        assert!(!s.needs_e2e());
        s.uses.special_categories = true;
        assert!(s.needs_e2e() && s.high_protection_need() && s.dpia_likely_required());
    }

    #[test]
    fn joining_in_the_browser_is_one_need_however_it_was_given() {
        let mut needs = HardNeeds {
            platforms: vec![Platform::Windows, Platform::Browser],
            ..HardNeeds::default()
        };
        assert!(
            needs.browser(),
            "named among the platforms, as older links do"
        );
        needs.set_browser(false);
        assert!(!needs.browser());
        assert_eq!(needs.platforms, [Platform::Windows]);
        needs.set_browser(true);
        assert!(needs.browser_only && needs.browser());
    }
}
