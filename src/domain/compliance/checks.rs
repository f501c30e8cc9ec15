//! The logic of each rule of `reference/rules.md`: one small function per rule, read by the catalogue.

use crate::domain::compliance::case::{within_twelve_months, Case, Destination};
use crate::domain::compliance::measures::{self as m, Measure};
use crate::domain::compliance::{
    AiFeatures, LegalBasis, Recording, Scenario, Severity, TransferMechanism, Webinars,
};
use crate::domain::Tristate;

/// What one rule says about one case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Outcome {
    /// The rule does not apply here, or the tool's own facts already satisfy it.
    NotApplicable,
    /// Advice without a measure to tick off (an info finding).
    Advice(&'static Measure),
    /// The measure is done according to the answers; a reminder may remain as info.
    Done(Option<&'static Measure>),
    /// A measure is open: block or warn.
    Open(Severity, &'static Measure),
}

use Outcome::{Advice, Done, NotApplicable, Open};
use Severity::{Block, Warn};

/// The common shape: "yes" means done, "no" and "unknown" each open a measure.
fn expect_yes(
    answer: Tristate,
    if_no: (Severity, &'static Measure),
    if_unknown: (Severity, &'static Measure),
) -> Outcome {
    match answer {
        Tristate::Yes => Done(None),
        Tristate::No => Open(if_no.0, if_no.1),
        Tristate::Unknown => Open(if_unknown.0, if_unknown.1),
    }
}

/// "No or unknown → warn" with one text that also says what to check.
fn warn_unless_yes(answer: Tristate, measure: &'static Measure) -> Outcome {
    expect_yes(answer, (Warn, measure), (Warn, measure))
}

/// R01: a discontinued tool gets no security updates.
pub(super) fn r01(c: &Case) -> Outcome {
    match c.maintenance {
        Tristate::Yes => NotApplicable,
        Tristate::No => Open(Block, &m::R01_DISCONTINUED),
        Tristate::Unknown => expect_yes(
            c.answers.maintained,
            (Block, &m::R01_DISCONTINUED),
            (Warn, &m::R01_UNKNOWN),
        ),
    }
}

/// R02: the plan's terms must allow business use (licence terms matter when self-hosting too).
pub(super) fn r02(c: &Case) -> Outcome {
    expect_yes(
        c.answers.business_use_allowed,
        (Block, &m::R02_NO),
        (Warn, &m::R02_UNKNOWN),
    )
}

/// R03: an AVV with whoever processes data for the company, for every use.
pub(super) fn r03(c: &Case) -> Outcome {
    if !c.has_processor() {
        return NotApplicable;
    }
    expect_yes(c.answers.avv, (Block, &m::R03_NO), (Warn, &m::R03_UNKNOWN))
}

/// R04: own-purpose use by the provider; here "no" is the good answer.
pub(super) fn r04(c: &Case) -> Outcome {
    if !c.has_processor() {
        return NotApplicable;
    }
    match c.answers.own_purpose_use {
        Tristate::No => Done(None),
        Tristate::Yes => Open(Block, &m::R04_YES),
        Tristate::Unknown => Open(Warn, &m::R04_UNKNOWN),
    }
}

/// R05: own hardware and staff need no AVV, but own security work.
pub(super) fn r05(c: &Case) -> Outcome {
    if c.has_processor() {
        NotApplicable
    } else {
        Advice(&m::R05_SELF_HOSTED)
    }
}

/// R06: every transfer to a third country needs a transfer mechanism.
pub(super) fn r06(c: &Case) -> Outcome {
    let mechanism = &c.answers.transfer;
    let secured = matches!(
        mechanism,
        TransferMechanism::Dpf { .. } | TransferMechanism::Sccs { .. } | TransferMechanism::Bcr
    );
    match c.destination() {
        Destination::Eea | Destination::Adequate => NotApplicable,
        // R27 blocks a derogation, so R06 does not count the same defect twice.
        _ if *mechanism == TransferMechanism::Art49 => NotApplicable,
        _ if secured => Done(None),
        Destination::ThirdCountry if *mechanism == TransferMechanism::None => {
            Open(Block, &m::R06_NONE)
        }
        Destination::ThirdCountry => Open(Warn, &m::R06_UNKNOWN),
        Destination::Unknown => Open(Warn, &m::R06_LOCATION_UNKNOWN),
    }
}

/// R07: a DPF transfer needs the exact entity's active listing, checked within 12 months.
pub(super) fn r07(c: &Case) -> Outcome {
    let TransferMechanism::Dpf { entity, checked_on } = &c.answers.transfer else {
        return NotApplicable;
    };
    if !c.destination().needs_mechanism() {
        return NotApplicable;
    }
    let recent = checked_on.is_some_and(|d| within_twelve_months(d, c.today));
    if entity.trim().is_empty() || !recent {
        Open(Warn, &m::R07_CHECK)
    } else {
        Done(Some(&m::R07_CHECKED))
    }
}

/// R08: SCCs need a documented transfer impact assessment.
pub(super) fn r08(c: &Case) -> Outcome {
    let TransferMechanism::Sccs { tia } = c.answers.transfer else {
        return NotApplicable;
    };
    if !c.destination().needs_mechanism() {
        return NotApplicable;
    }
    match tia {
        Tristate::Yes => Done(Some(&m::R08_DONE)),
        Tristate::No | Tristate::Unknown => Open(Warn, &m::R08_OPEN),
    }
}

/// R09: an EEA contracting entity with a parent abroad (e.g. CLOUD Act access).
pub(super) fn r09(c: &Case) -> Outcome {
    if !c.has_processor() || c.answers.parent_outside_eea != Tristate::Yes {
        return NotApplicable;
    }
    match c.answers.group_access_excluded {
        Tristate::Yes => Done(Some(&m::R09_EXCLUDED)),
        // Not excluded: the access counts as a third-country transfer under R06.
        Tristate::No => Done(Some(&m::R09_NOT_EXCLUDED)),
        Tristate::Unknown => Open(Warn, &m::R09_UNKNOWN),
    }
}

/// R10: transport encryption is the minimum; confirmed E2E makes an unknown answer moot.
pub(super) fn r10(c: &Case) -> Outcome {
    match c.answers.transport_encryption {
        Tristate::Yes => Done(None),
        Tristate::No => Open(Block, &m::R10_NO),
        Tristate::Unknown if c.tool.e2e.is_yes() => NotApplicable,
        Tristate::Unknown => Open(Warn, &m::R10_UNKNOWN),
    }
}

/// R11: without E2E, advise it as the ideal unless R12 already demands it.
pub(super) fn r11(c: &Case) -> Outcome {
    let uses = &c.scenario.uses;
    if c.tool.e2e.is_yes() || uses.special_categories || uses.confidential_business {
        NotApplicable
    } else {
        Advice(&m::R11_E2E_IDEAL)
    }
}

/// R12: Art. 9 data or confidential information need E2E; unknown E2E counts as none.
pub(super) fn r12(c: &Case) -> Outcome {
    let uses = &c.scenario.uses;
    if c.tool.e2e.is_yes() {
        NotApplicable
    } else if uses.special_categories && c.scenario.operating_model.is_self_hosted() {
        Open(Warn, &m::R12_ART9_SELF_HOSTED)
    } else if uses.special_categories {
        Open(Block, &m::R12_ART9_HOSTED)
    } else if uses.confidential_business {
        Open(Warn, &m::R12_CONFIDENTIAL)
    } else {
        NotApplicable
    }
}

/// R13: E2E modes switch off cloud recording and transcription, so the plan cannot work as is.
/// A tool without any E2E cannot have that conflict (R12 covers the missing E2E).
pub(super) fn r13(c: &Case) -> Outcome {
    let conflict = c.scenario.needs_e2e() && c.scenario.recording == Recording::Cloud;
    if conflict && c.tool.e2e != Tristate::No {
        Open(Warn, &m::R13_E2E_VS_CLOUD)
    } else {
        NotApplicable
    }
}

pub(super) fn r14(c: &Case) -> Outcome {
    warn_unless_yes(
        c.answers.documentation.privacy_notice,
        &m::R14_PRIVACY_NOTICE,
    )
}

pub(super) fn r15(c: &Case) -> Outcome {
    warn_unless_yes(
        c.answers.documentation.record_of_processing,
        &m::R15_RECORD_OF_PROCESSING,
    )
}

/// R16: the threshold check, and a DPIA that is likely required whatever the check says.
pub(super) fn r16(c: &Case) -> Outcome {
    if c.scenario.dpia_likely_required() {
        Open(Warn, &m::R16_LIKELY)
    } else {
        warn_unless_yes(
            c.answers.documentation.dpia_threshold_check,
            &m::R16_THRESHOLD,
        )
    }
}

/// R17: recording or AI transcription needs a legal basis, as a rule consent.
pub(super) fn r17(s: &Scenario) -> Outcome {
    if !s.records() {
        return NotApplicable;
    }
    match s.recording_basis {
        LegalBasis::None => Open(Block, &m::R17_NO_BASIS),
        LegalBasis::Consent => Open(Warn, &m::R17_CONSENT),
        LegalBasis::LegitimateInterest => Open(Warn, &m::R17_LEGITIMATE_INTEREST),
        LegalBasis::Unknown => Open(Warn, &m::R17_UNKNOWN),
    }
}

/// R18: a works council co-determines the introduction.
pub(super) fn r18(s: &Scenario) -> Outcome {
    if s.employees_use_it && s.works_council {
        Open(Warn, &m::R18_WORKS_COUNCIL)
    } else {
        NotApplicable
    }
}

pub(super) fn r19(c: &Case) -> Outcome {
    warn_unless_yes(c.answers.settings.tracking_off, &m::R19_TRACKING)
}

pub(super) fn r20(c: &Case) -> Outcome {
    warn_unless_yes(
        c.answers.settings.chat_history_not_stored,
        &m::R20_CHAT_HISTORY,
    )
}

pub(super) fn r21(c: &Case) -> Outcome {
    warn_unless_yes(c.answers.settings.access_data_separate, &m::R21_ACCESS_DATA)
}

pub(super) fn r22(c: &Case) -> Outcome {
    warn_unless_yes(
        c.answers.settings.screen_sharing_hosts_only,
        &m::R22_SCREEN_SHARING,
    )
}

pub(super) fn r23(c: &Case) -> Outcome {
    warn_unless_yes(c.answers.settings.waiting_room, &m::R23_WAITING_ROOM)
}

/// R24: participants at home without confirmed blur.
pub(super) fn r24(c: &Case) -> Outcome {
    if c.scenario.participants_join_from_home && !c.tool.blur.is_yes() {
        Advice(&m::R24_FROM_HOME)
    } else {
        NotApplicable
    }
}

/// R25: roles to settle — a joint webinar, or a provider acting as controller. A consumer plan
/// only exists where a provider runs the service, not for self-hosted software.
pub(super) fn r25(c: &Case) -> Outcome {
    let consumer_plan =
        !c.scenario.operating_model.is_self_hosted() && c.answers.consumer_plan.is_yes();
    let provider_is_controller =
        c.has_processor() && (c.answers.own_purpose_use.is_yes() || consumer_plan);
    if c.scenario.uses.webinars == Webinars::WithPartner {
        Open(Warn, &m::R25_JOINT_WEBINAR)
    } else if provider_is_controller {
        Open(Warn, &m::R25_PROVIDER_CONTROLLER)
    } else {
        NotApplicable
    }
}

pub(super) fn r26(c: &Case) -> Outcome {
    if !c.has_processor() {
        return NotApplicable;
    }
    warn_unless_yes(c.answers.subprocessor_list, &m::R26_SUBPROCESSORS)
}

/// R27: a derogation cannot carry regular transfers.
pub(super) fn r27(c: &Case) -> Outcome {
    if c.answers.transfer == TransferMechanism::Art49 && c.destination().needs_mechanism() {
        Open(Block, &m::R27_ART49)
    } else {
        NotApplicable
    }
}

/// R28: only adequate countries involved.
pub(super) fn r28(c: &Case) -> Outcome {
    if c.destination() == Destination::Adequate {
        Advice(&m::R28_ADEQUATE)
    } else {
        NotApplicable
    }
}

pub(super) fn r29(c: &Case) -> Outcome {
    warn_unless_yes(c.answers.settings.retention_periods, &m::R29_RETENTION)
}

/// R30: Art. 9 data need a documented exception under Art. 9(2).
pub(super) fn r30(s: &Scenario) -> Outcome {
    if !s.uses.special_categories {
        return NotApplicable;
    }
    expect_yes(
        s.uses.art9_exception_documented,
        (Block, &m::R30_NO),
        (Warn, &m::R30_UNKNOWN),
    )
}

/// R31: a professional secret may only go to a provider bound to secrecy. Per tool, since the
/// duty is the provider's; with own hardware and staff there is no provider.
pub(super) fn r31(c: &Case) -> Outcome {
    if !c.scenario.uses.professional_secrecy || !c.has_processor() {
        return NotApplicable;
    }
    expect_yes(
        c.answers.secrecy_bound,
        (Block, &m::R31_NO),
        (Warn, &m::R31_UNKNOWN),
    )
}

pub(super) fn r32(c: &Case) -> Outcome {
    warn_unless_yes(c.answers.documentation.breach_process, &m::R32_BREACH)
}

pub(super) fn r33(c: &Case) -> Outcome {
    if !c.has_processor() {
        return NotApplicable;
    }
    warn_unless_yes(c.answers.toms_checked, &m::R33_TOMS)
}

/// R34: staff informed and rules of use issued.
pub(super) fn r34(s: &Scenario) -> Outcome {
    if !s.employees_use_it {
        return NotApplicable;
    }
    warn_unless_yes(s.staff_informed, &m::R34_STAFF)
}

/// R35: MFA and updates; missing MFA blocks where the protection need is high.
pub(super) fn r35(c: &Case) -> Outcome {
    let if_no = if c.scenario.high_protection_need() {
        (Block, &m::R35_HIGH_RISK)
    } else {
        (Warn, &m::R35_MFA)
    };
    expect_yes(
        c.answers.settings.mfa_and_updates,
        if_no,
        (Warn, &m::R35_MFA),
    )
}

/// R36: AI features, and the AI Act's ban on emotion recognition at work.
pub(super) fn r36(s: &Scenario) -> Outcome {
    match s.ai {
        AiFeatures::Off => NotApplicable,
        AiFeatures::On => Open(Warn, &m::R36_AI),
        AiFeatures::EmotionRecognition => Open(Block, &m::R36_EMOTION),
    }
}
