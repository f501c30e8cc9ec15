//! Compact text codes of a scenario and of one tool's answers, as the URL fragment carries them.

// A code is one character per field in a fixed order, so a whole scenario or a tool's answers
// take about two dozen characters in a link. The characters are unreserved in URLs (only a DPF
// entity's free text needs percent-encoding, which the fragment does). Decoding is strict: a
// code of the wrong length or with an unknown character is rejected whole rather than half read,
// and the fragment reports it. New fields must go at the end, with the old length still accepted.

use crate::domain::compliance::{
    AiFeatures, Answers, Documentation, HardNeeds, LegalBasis, OperatingModel, Recording, Scenario,
    Settings, TransferMechanism, Uses, Webinars,
};
use crate::domain::{Platform, SourceDate, Tristate};

/// The code of a scenario, e.g. `31000u00030010u000000000.100` (see [`scenario_from_code`]).
pub fn scenario_code(scenario: &Scenario) -> String {
    let Scenario {
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
    } = scenario;
    let mut code = Writer::default();
    code.put(*operating_model);
    code.put(uses.internal_meetings);
    code.put(uses.customers_or_applicants);
    code.put(uses.webinars);
    code.put(uses.special_categories);
    code.put(uses.art9_exception_documented);
    code.put(uses.professional_secrecy);
    code.put(uses.confidential_business);
    code.put(*recording);
    code.put(*recording_basis);
    code.put(*ai);
    code.put(*participants_join_from_home);
    code.put(*employees_use_it);
    code.put(*works_council);
    code.put(*staff_informed);
    code.put(needs.e2e);
    code.put(needs.eea_hosting);
    code.put(needs.browser_only);
    code.put(needs.blur);
    for platform in Platform::ALL {
        code.put(needs.platforms.contains(&platform));
    }
    if let Some(n) = needs.participants {
        code.0.push('.');
        code.0.push_str(&n.to_string());
    }
    code.0
}

/// Reads a scenario code: 24 fields, then optionally `.` and the minimum number of participants.
/// The required platforms come back in [`Platform::ALL`] order, without repeats.
pub fn scenario_from_code(code: &str) -> Option<Scenario> {
    let (fields, participants) = match code.split_once('.') {
        Some((fields, n)) => (fields, Some(digits(n)?)),
        None => (code, None),
    };
    let mut r = Reader(fields.chars());
    let mut scenario = Scenario {
        operating_model: r.take()?,
        uses: Uses {
            internal_meetings: r.take()?,
            customers_or_applicants: r.take()?,
            webinars: r.take()?,
            special_categories: r.take()?,
            art9_exception_documented: r.take()?,
            professional_secrecy: r.take()?,
            confidential_business: r.take()?,
        },
        recording: r.take()?,
        recording_basis: r.take()?,
        ai: r.take()?,
        participants_join_from_home: r.take()?,
        employees_use_it: r.take()?,
        works_council: r.take()?,
        staff_informed: r.take()?,
        needs: HardNeeds {
            e2e: r.take()?,
            eea_hosting: r.take()?,
            browser_only: r.take()?,
            blur: r.take()?,
            participants,
            platforms: Vec::new(),
        },
    };
    for platform in Platform::ALL {
        if r.take()? {
            scenario.needs.platforms.push(platform);
        }
    }
    r.finish()?;
    Some(scenario)
}

/// The code of one tool's answers: 23 yes/no/unknown letters (`y`, `n`, `u`) and the transfer
/// mechanism, e.g. `yyuyn…u` or, with a DPF check, `…d.2026-01-10.Zoom Video Communications, Inc.`
pub fn answers_code(answers: &Answers) -> String {
    let Answers {
        maintained,
        business_use_allowed,
        consumer_plan,
        avv,
        own_purpose_use,
        subprocessor_list,
        third_country_access,
        transfer,
        parent_outside_eea,
        group_access_excluded,
        transport_encryption,
        toms_checked,
        secrecy_bound,
        settings,
        documentation,
    } = answers;
    let Settings {
        tracking_off,
        chat_history_not_stored,
        access_data_separate,
        screen_sharing_hosts_only,
        waiting_room,
        mfa_and_updates,
        retention_periods,
    } = settings;
    let Documentation {
        privacy_notice,
        record_of_processing,
        dpia_threshold_check,
        breach_process,
    } = documentation;
    let mut code = Writer::default();
    for answer in [
        maintained,
        business_use_allowed,
        consumer_plan,
        avv,
        own_purpose_use,
        subprocessor_list,
        third_country_access,
        parent_outside_eea,
        group_access_excluded,
        transport_encryption,
        toms_checked,
        secrecy_bound,
        tracking_off,
        chat_history_not_stored,
        access_data_separate,
        screen_sharing_hosts_only,
        waiting_room,
        mfa_and_updates,
        retention_periods,
        privacy_notice,
        record_of_processing,
        dpia_threshold_check,
        breach_process,
    ] {
        code.put(*answer);
    }
    match transfer {
        TransferMechanism::Dpf { entity, checked_on } => {
            // The entity goes last: it is free text and may itself contain dots.
            let date = checked_on.map(|d| d.to_string()).unwrap_or_default();
            code.0.push_str(&format!("d.{date}.{entity}"));
        }
        TransferMechanism::Sccs { tia } => {
            code.0.push('s');
            code.put(*tia);
        }
        TransferMechanism::Bcr => code.0.push('b'),
        TransferMechanism::Art49 => code.0.push('a'),
        TransferMechanism::None => code.0.push('n'),
        TransferMechanism::Unknown => code.0.push('u'),
    }
    code.0
}

/// Reads the code of one tool's answers (see [`answers_code`]).
pub fn answers_from_code(code: &str) -> Option<Answers> {
    let mut r = Reader(code.chars());
    let mut answers = Answers {
        maintained: r.take()?,
        business_use_allowed: r.take()?,
        consumer_plan: r.take()?,
        avv: r.take()?,
        own_purpose_use: r.take()?,
        subprocessor_list: r.take()?,
        third_country_access: r.take()?,
        transfer: TransferMechanism::Unknown,
        parent_outside_eea: r.take()?,
        group_access_excluded: r.take()?,
        transport_encryption: r.take()?,
        toms_checked: r.take()?,
        secrecy_bound: r.take()?,
        settings: Settings {
            tracking_off: r.take()?,
            chat_history_not_stored: r.take()?,
            access_data_separate: r.take()?,
            screen_sharing_hosts_only: r.take()?,
            waiting_room: r.take()?,
            mfa_and_updates: r.take()?,
            retention_periods: r.take()?,
        },
        documentation: Documentation {
            privacy_notice: r.take()?,
            record_of_processing: r.take()?,
            dpia_threshold_check: r.take()?,
            breach_process: r.take()?,
        },
    };
    answers.transfer = match r.0.next()? {
        'd' => {
            let rest = r.0.as_str().strip_prefix('.')?;
            let (date, entity) = rest.split_once('.')?;
            let checked_on = match date {
                "" => None,
                date => Some(SourceDate::parse(date)?),
            };
            return Some(Answers {
                transfer: TransferMechanism::Dpf {
                    entity: entity.to_owned(),
                    checked_on,
                },
                ..answers
            });
        }
        's' => TransferMechanism::Sccs { tia: r.take()? },
        'b' => TransferMechanism::Bcr,
        'a' => TransferMechanism::Art49,
        'n' => TransferMechanism::None,
        'u' => TransferMechanism::Unknown,
        _ => return None,
    };
    r.finish()?;
    Some(answers)
}

/// A number of plain digits (no sign, no spaces) that fits a `u32`.
fn digits(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// A closed set of values, each written as one character.
trait Choice: Copy + PartialEq + 'static {
    const ALL: &'static [Self];
    /// One character per value of `ALL`, in the same order.
    const CODES: &'static str;
}

impl Choice for bool {
    const ALL: &'static [bool] = &[false, true];
    const CODES: &'static str = "01";
}

impl Choice for Tristate {
    const ALL: &'static [Tristate] = &Tristate::ALL;
    const CODES: &'static str = "ynu";
}

impl Choice for OperatingModel {
    const ALL: &'static [OperatingModel] = &OperatingModel::ALL;
    const CODES: &'static str = "0123";
}

impl Choice for Webinars {
    const ALL: &'static [Webinars] = &Webinars::ALL;
    const CODES: &'static str = "012";
}

impl Choice for Recording {
    const ALL: &'static [Recording] = &Recording::ALL;
    const CODES: &'static str = "012";
}

impl Choice for LegalBasis {
    const ALL: &'static [LegalBasis] = &LegalBasis::ALL;
    const CODES: &'static str = "0123";
}

impl Choice for AiFeatures {
    const ALL: &'static [AiFeatures] = &AiFeatures::ALL;
    const CODES: &'static str = "012";
}

#[derive(Default)]
struct Writer(String);

impl Writer {
    fn put<T: Choice>(&mut self, value: T) {
        // Every value is in `ALL` (checked by the tests), so the fallback is never used.
        let index = T::ALL.iter().position(|v| *v == value).unwrap_or_default();
        self.0.extend(T::CODES.chars().nth(index));
    }
}

struct Reader<'a>(std::str::Chars<'a>);

impl Reader<'_> {
    fn take<T: Choice>(&mut self) -> Option<T> {
        let c = self.0.next()?;
        let index = T::CODES.chars().position(|code| code == c)?;
        T::ALL.get(index).copied()
    }

    /// Nothing may follow the last field.
    fn finish(&mut self) -> Option<()> {
        self.0.next().is_none().then_some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choices_are_complete<T: Choice + std::fmt::Debug>(all: &[T]) {
        assert_eq!(T::ALL, all);
        assert_eq!(T::CODES.chars().count(), all.len());
        let mut codes: Vec<char> = T::CODES.chars().collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), all.len(), "codes must differ");
    }

    #[test]
    fn every_choice_has_its_own_character() {
        choices_are_complete(&[false, true]);
        choices_are_complete(&Tristate::ALL);
        choices_are_complete(&OperatingModel::ALL);
        choices_are_complete(&Webinars::ALL);
        choices_are_complete(&Recording::ALL);
        choices_are_complete(&LegalBasis::ALL);
        choices_are_complete(&AiFeatures::ALL);
    }

    #[test]
    fn the_default_scenario_is_twenty_four_characters() {
        let code = scenario_code(&Scenario::default());
        assert_eq!(code, "31000u00030010u000000000");
        assert_eq!(scenario_from_code(&code), Some(Scenario::default()));
    }

    #[test]
    fn a_full_scenario_reads_back() {
        let scenario = Scenario {
            operating_model: OperatingModel::SelfHostedRentedOrMaintained,
            uses: Uses {
                internal_meetings: false,
                customers_or_applicants: true,
                webinars: Webinars::WithPartner,
                special_categories: true,
                art9_exception_documented: Tristate::Yes,
                professional_secrecy: true,
                confidential_business: true,
            },
            recording: Recording::Cloud,
            recording_basis: LegalBasis::Consent,
            ai: AiFeatures::EmotionRecognition,
            participants_join_from_home: true,
            employees_use_it: false,
            works_council: true,
            staff_informed: Tristate::No,
            needs: HardNeeds {
                e2e: true,
                eea_hosting: true,
                browser_only: false,
                blur: true,
                participants: Some(250),
                platforms: vec![Platform::Windows, Platform::Browser],
            },
        };
        let code = scenario_code(&scenario);
        assert_eq!(code, "10121y11212101n110110001.250");
        assert_eq!(scenario_from_code(&code), Some(scenario));
    }

    #[test]
    fn platforms_are_a_set_in_table_order() {
        let mut scenario = Scenario::default();
        scenario.needs.platforms = vec![Platform::Ios, Platform::Windows, Platform::Ios];
        let read = scenario_from_code(&scenario_code(&scenario)).unwrap();
        assert_eq!(read.needs.platforms, [Platform::Windows, Platform::Ios]);
    }

    #[test]
    fn scenario_codes_of_the_wrong_shape_are_rejected() {
        let good = scenario_code(&Scenario::default());
        for bad in [
            String::new(),
            good[1..].to_owned(),
            format!("{good}0"),
            format!("{good}."),
            format!("{good}.+5"),
            format!("{good}.4294967296"),
            format!("{good}.1.2"),
            good.replacen('3', "4", 1),
            good.replacen('u', "y ", 1),
            good.replacen('3', "ä", 1),
        ] {
            assert_eq!(scenario_from_code(&bad), None, "{bad}");
        }
    }

    #[test]
    fn default_answers_are_all_unknown_letters() {
        let code = answers_code(&Answers::default());
        assert_eq!(code, "u".repeat(24));
        assert_eq!(answers_from_code(&code), Some(Answers::default()));
    }

    #[test]
    fn every_transfer_mechanism_reads_back() {
        let date = SourceDate::parse("2026-01-10");
        for transfer in [
            TransferMechanism::Dpf {
                entity: "Zoom Video Communications, Inc.".to_owned(),
                checked_on: date,
            },
            TransferMechanism::Dpf {
                entity: "a.b.c".to_owned(),
                checked_on: None,
            },
            TransferMechanism::Dpf {
                entity: String::new(),
                checked_on: SourceDate::parse("~2025"),
            },
            TransferMechanism::Sccs { tia: Tristate::No },
            TransferMechanism::Bcr,
            TransferMechanism::Art49,
            TransferMechanism::None,
            TransferMechanism::Unknown,
        ] {
            let answers = Answers {
                avv: Tristate::Yes,
                transfer,
                ..Answers::default()
            };
            let code = answers_code(&answers);
            assert_eq!(answers_from_code(&code), Some(answers), "{code}");
        }
    }

    #[test]
    fn a_dpf_code_names_date_and_entity() {
        let answers = Answers {
            transfer: TransferMechanism::Dpf {
                entity: "Zoom Video Communications, Inc.".to_owned(),
                checked_on: SourceDate::parse("2026-01-10"),
            },
            ..Answers::default()
        };
        let code = answers_code(&answers);
        assert_eq!(
            code,
            format!(
                "{}d.2026-01-10.Zoom Video Communications, Inc.",
                "u".repeat(23)
            )
        );
    }

    #[test]
    fn answer_codes_of_the_wrong_shape_are_rejected() {
        let u = "u".repeat(23);
        for bad in [
            String::new(),
            u.clone(),
            format!("{u}x"),
            format!("{u}uu"),
            format!("{u}s"),
            format!("{u}sx"),
            format!("{u}d"),
            format!("{u}d.2026-01-10"),
            format!("{u}d.10.01.2026.Zoom"),
            format!("{u}dx2026-01-10.Zoom"),
            format!("Y{}u", &u[1..]),
        ] {
            assert_eq!(answers_from_code(&bad), None, "{bad}");
        }
    }
}
