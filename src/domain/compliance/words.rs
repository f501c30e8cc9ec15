//! The scenario and a tool's answers in words, in German and English, for the report and the
//! printout.

// The scenario's labels live with the calculator rather than in `i18n`, because the domain
// renders the report. Every text is written in both languages (an exhaustive match, or a German
// and an English text side by side), so a missing translation fails to build. The answers are
// worded with the checklist's own questions (`i18n`), so the report asks what the form asked.

use crate::domain::compliance::{
    applicable_questions, AiFeatures, Answers, LegalBasis, OperatingModel, Question, Recording,
    Scenario, Topic, TransferMechanism, Webinars,
};
use crate::domain::{Lang, Tool, Tristate};
use crate::i18n::{self, t, Msg, TransferKind};

/// One line of the scenario in words: a stable key (the field's path in the JSON form), what
/// was asked, and the answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioLine {
    pub key: &'static str,
    pub label: &'static str,
    pub value: String,
}

impl Scenario {
    /// Every field that matters, in the order of the form. The Art. 9 exception and the legal
    /// basis for recording are left out when they are not asked (no Art. 9 data, no recording).
    pub fn in_words(&self, lang: Lang) -> Vec<ScenarioLine> {
        let de = lang == Lang::De;
        let pick =
            |de_text: &'static str, en_text: &'static str| if de { de_text } else { en_text };
        let mut lines = Vec::new();
        let mut line = |key, label, value: String| lines.push(ScenarioLine { key, label, value });
        let yes_no = |b: bool| yes_no(b, lang).to_owned();
        let uses = &self.uses;
        let needs = &self.needs;

        line(
            "operating_model",
            pick("Betriebsmodell", "Operating model"),
            self.operating_model.label(lang).to_owned(),
        );
        line(
            "uses.internal_meetings",
            pick("Interne Besprechungen", "Internal meetings"),
            yes_no(uses.internal_meetings),
        );
        line(
            "uses.customers_or_applicants",
            pick(
                "Gespräche mit Kunden oder Bewerbern",
                "Talks with customers or applicants",
            ),
            yes_no(uses.customers_or_applicants),
        );
        line(
            "uses.webinars",
            pick(
                "Webinare oder öffentliche Veranstaltungen",
                "Webinars or public events",
            ),
            uses.webinars.label(lang).to_owned(),
        );
        line(
            "uses.special_categories",
            pick(
                "Besondere Kategorien personenbezogener Daten (Art. 9 DSGVO)",
                "Special categories of personal data (Art. 9 GDPR)",
            ),
            yes_no(uses.special_categories),
        );
        if uses.special_categories {
            line(
                "uses.art9_exception_documented",
                pick(
                    "Ausnahme nach Art. 9 Abs. 2 DSGVO dokumentiert",
                    "Art. 9(2) GDPR exception documented",
                ),
                answer(uses.art9_exception_documented, lang).to_owned(),
            );
        }
        line(
            "uses.professional_secrecy",
            pick(
                "Berufsgeheimnis (§ 203 StGB)",
                "Professional secrecy (§ 203 StGB)",
            ),
            yes_no(uses.professional_secrecy),
        );
        line(
            "uses.confidential_business",
            pick(
                "Vertrauliche Geschäftsinformationen",
                "Confidential business information",
            ),
            yes_no(uses.confidential_business),
        );
        line(
            "recording",
            pick(
                "Aufzeichnung oder KI-Transkription",
                "Recording or AI transcription",
            ),
            self.recording.label(lang).to_owned(),
        );
        if self.records() {
            line(
                "recording_basis",
                pick(
                    "Rechtsgrundlage der Aufzeichnung",
                    "Legal basis for recording",
                ),
                self.recording_basis.label(lang).to_owned(),
            );
        }
        line(
            "ai",
            pick("Weitere KI-Funktionen", "Other AI features"),
            self.ai.label(lang).to_owned(),
        );
        line(
            "participants_join_from_home",
            pick(
                "Teilnehmende schalten sich von zu Hause zu",
                "Participants join from home",
            ),
            yes_no(self.participants_join_from_home),
        );
        line(
            "employees_use_it",
            pick("Beschäftigte nutzen das Tool", "Employees use the tool"),
            yes_no(self.employees_use_it),
        );
        line(
            "works_council",
            pick("Betriebsrat vorhanden", "A works council exists"),
            yes_no(self.works_council),
        );
        line(
            "staff_informed",
            pick(
                "Beschäftigte informiert und Nutzungsregeln erlassen",
                "Staff informed and rules of use issued",
            ),
            answer(self.staff_informed, lang).to_owned(),
        );
        line(
            "needs.e2e",
            pick(
                "Muss Ende-zu-Ende-verschlüsselt sein",
                "Must be end-to-end encrypted",
            ),
            yes_no(needs.e2e),
        );
        line(
            "needs.eea_hosting",
            pick(
                "Muss in der EU bzw. im EWR gehostet sein",
                "Must be hosted in the EU/EEA",
            ),
            yes_no(needs.eea_hosting),
        );
        line(
            "needs.browser_only",
            pick(
                "Teilnahme muss im Browser möglich sein",
                "Participants must be able to join in the browser",
            ),
            yes_no(needs.browser_only),
        );
        line(
            "needs.blur",
            pick("Hintergrund-Weichzeichner nötig", "Background blur needed"),
            yes_no(needs.blur),
        );
        line(
            "needs.participants",
            pick("Mindestzahl Teilnehmende", "Minimum number of participants"),
            match needs.participants {
                Some(n) => n.to_string(),
                None => pick("keine", "none").to_owned(),
            },
        );
        let platforms: Vec<&str> = needs.platforms.iter().map(|p| p.name()).collect();
        line(
            "needs.platforms",
            pick("Benötigte Plattformen", "Required platforms"),
            if platforms.is_empty() {
                pick("keine", "none").to_owned()
            } else {
                platforms.join(", ")
            },
        );
        lines
    }
}

/// One answer about a tool in words: its path in the answers' JSON form (`avv`,
/// `settings.waiting_room`, `transfer.entity`), the question as the checklist asks it, and the
/// answer, "unknown" where none was given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerLine {
    pub key: &'static str,
    pub label: &'static str,
    pub value: String,
    /// A detail of the line before it: the DPF entity and check date, the SCCs' TIA.
    pub detail: bool,
}

impl Answers {
    /// The answers to the questions that can matter for this tool in this scenario, the ones
    /// the checklist shows ([`applicable_questions`]), in its order: by topic, then as asked.
    pub fn in_words(
        &self,
        tool: &Tool,
        maintenance: Tristate,
        scenario: &Scenario,
        lang: Lang,
    ) -> Vec<AnswerLine> {
        let shown = applicable_questions(tool, maintenance, scenario, self);
        // Topic by topic, and within a topic in the form's order (no sort: its code is big).
        let questions = Topic::ALL
            .into_iter()
            .flat_map(|topic| shown.iter().copied().filter(move |q| q.topic() == topic));
        let mut lines = Vec::new();
        for q in questions {
            let label = t(lang, Msg::Question(q));
            let Some(value) = q.answer(self) else {
                self.transfer_in_words(lang, &mut lines);
                continue;
            };
            lines.push(AnswerLine {
                key: q.path(),
                label,
                value: answer(value, lang).to_owned(),
                detail: false,
            });
        }
        lines
    }

    /// The transfer mechanism and its details, as the checklist's select and fields name them.
    fn transfer_in_words(&self, lang: Lang, lines: &mut Vec<AnswerLine>) {
        let unknown = || answer(Tristate::Unknown, lang).to_owned();
        let kind = match &self.transfer {
            TransferMechanism::Unknown => unknown(),
            other => t(lang, Msg::TransferMechanismOption(TransferKind::of(other))).to_owned(),
        };
        let mut line = |key, label, value, detail| {
            lines.push(AnswerLine {
                key,
                label,
                value,
                detail,
            })
        };
        let q = Question::TransferMechanism;
        line(q.path(), t(lang, Msg::Question(q)), kind, false);
        match &self.transfer {
            TransferMechanism::Dpf { entity, checked_on } => {
                let entity = entity.trim();
                let entity = if entity.is_empty() {
                    unknown()
                } else {
                    entity.to_owned()
                };
                line("transfer.entity", t(lang, Msg::DpfEntity), entity, true);
                let date = checked_on.map_or_else(unknown, |d| i18n::date(lang, d));
                line(
                    "transfer.checked_on",
                    t(lang, Msg::DpfCheckedOn),
                    date,
                    true,
                );
            }
            TransferMechanism::Sccs { tia } => {
                let tia = answer(*tia, lang).to_owned();
                line("transfer.tia", t(lang, Msg::SccsTia), tia, true);
            }
            _ => {}
        }
    }
}

impl OperatingModel {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (OperatingModel::SelfHostedOwn, Lang::De) => {
                "Selbst betrieben auf eigener Hardware mit eigenem Personal"
            }
            (OperatingModel::SelfHostedOwn, Lang::En) => {
                "Self-hosted on own hardware, run by own staff"
            }
            (OperatingModel::SelfHostedRentedOrMaintained, Lang::De) => {
                "Selbst betrieben auf gemieteten Servern oder mit externer Wartung"
            }
            (OperatingModel::SelfHostedRentedOrMaintained, Lang::En) => {
                "Self-hosted on rented servers or with external maintenance"
            }
            (OperatingModel::ExternalProvider, Lang::De) => {
                "Betrieb durch einen externen IT-Dienstleister"
            }
            (OperatingModel::ExternalProvider, Lang::En) => {
                "Run by an external IT service provider"
            }
            (OperatingModel::OnlineService, Lang::De) => "Online-Dienst des Anbieters",
            (OperatingModel::OnlineService, Lang::En) => "The vendor's online service",
        }
    }
}

impl Webinars {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Webinars::None, Lang::De) => "keine",
            (Webinars::None, Lang::En) => "none",
            (Webinars::Alone, Lang::De) => "allein veranstaltet",
            (Webinars::Alone, Lang::En) => "held alone",
            (Webinars::WithPartner, Lang::De) => "gemeinsam mit einer anderen Organisation",
            (Webinars::WithPartner, Lang::En) => "held jointly with another organisation",
        }
    }
}

impl Recording {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Recording::None, Lang::De) => "keine",
            (Recording::None, Lang::En) => "none",
            (Recording::Local, Lang::De) => "lokal auf eigenen Geräten",
            (Recording::Local, Lang::En) => "locally on own devices",
            (Recording::Cloud, Lang::De) => "in der Cloud des Anbieters (auch KI-Transkription)",
            (Recording::Cloud, Lang::En) => "in the provider's cloud (including AI transcription)",
        }
    }
}

impl LegalBasis {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (LegalBasis::None, Lang::De) => "keine",
            (LegalBasis::None, Lang::En) => "none",
            (LegalBasis::Consent, Lang::De) => "Einwilligung",
            (LegalBasis::Consent, Lang::En) => "consent",
            (LegalBasis::LegitimateInterest, Lang::De) => "berechtigtes Interesse",
            (LegalBasis::LegitimateInterest, Lang::En) => "legitimate interest",
            (LegalBasis::Unknown, Lang::De) => "unbekannt",
            (LegalBasis::Unknown, Lang::En) => "unknown",
        }
    }
}

impl AiFeatures {
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (AiFeatures::Off, Lang::De) => "aus",
            (AiFeatures::Off, Lang::En) => "off",
            (AiFeatures::On, Lang::De) => {
                "an (Zusammenfassungen, Assistenten, Aufmerksamkeitsmessung)"
            }
            (AiFeatures::On, Lang::En) => "on (summaries, assistants, attention tracking)",
            (AiFeatures::EmotionRecognition, Lang::De) => "Emotionserkennung bei Beschäftigten",
            (AiFeatures::EmotionRecognition, Lang::En) => "emotion recognition of employees",
        }
    }
}

fn yes_no(value: bool, lang: Lang) -> &'static str {
    match (value, lang) {
        (true, Lang::De) => "ja",
        (true, Lang::En) => "yes",
        (false, Lang::De) => "nein",
        (false, Lang::En) => "no",
    }
}

/// An answer the user gave; "unknown" rather than the table's "not stated".
fn answer(value: Tristate, lang: Lang) -> &'static str {
    match (value, lang) {
        (Tristate::Yes, _) => yes_no(true, lang),
        (Tristate::No, _) => yes_no(false, lang),
        (Tristate::Unknown, Lang::De) => "unbekannt",
        (Tristate::Unknown, Lang::En) => "unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Platform;

    fn everything_on() -> Scenario {
        let mut s = Scenario::default();
        s.uses.special_categories = true;
        s.recording = Recording::Cloud;
        s.needs.participants = Some(100);
        s.needs.platforms = vec![Platform::Windows, Platform::Ios];
        s
    }

    #[test]
    fn every_field_is_in_words_in_both_languages() {
        for lang in Lang::ALL {
            let lines = everything_on().in_words(lang);
            assert_eq!(lines.len(), 21, "{lang:?}");
            for l in &lines {
                assert!(!l.label.is_empty() && !l.value.is_empty(), "{}", l.key);
            }
        }
        let keys: Vec<&str> = everything_on()
            .in_words(Lang::De)
            .iter()
            .map(|l| l.key)
            .collect();
        assert_eq!(
            keys,
            everything_on()
                .in_words(Lang::En)
                .iter()
                .map(|l| l.key)
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn questions_not_asked_are_left_out() {
        let keys: Vec<&str> = Scenario::default()
            .in_words(Lang::En)
            .iter()
            .map(|l| l.key)
            .collect();
        assert!(!keys.contains(&"uses.art9_exception_documented"));
        assert!(!keys.contains(&"recording_basis"));
        assert_eq!(keys.len(), 19);
    }

    #[test]
    fn values_read_in_the_chosen_language() {
        let de = everything_on().in_words(Lang::De);
        let en = everything_on().in_words(Lang::En);
        let value = |lines: &[ScenarioLine], key| {
            lines.iter().find(|l| l.key == key).unwrap().value.clone()
        };
        assert_eq!(value(&de, "operating_model"), "Online-Dienst des Anbieters");
        assert_eq!(value(&en, "operating_model"), "The vendor's online service");
        assert_eq!(value(&de, "recording_basis"), "unbekannt");
        assert_eq!(value(&en, "needs.platforms"), "Windows, iOS");
        assert_eq!(value(&de, "needs.participants"), "100");
        assert_eq!(value(&de, "works_council"), "nein");
    }

    #[test]
    fn every_choice_has_a_label_in_both_languages() {
        for lang in Lang::ALL {
            let labels = OperatingModel::ALL
                .map(|v| v.label(lang))
                .into_iter()
                .chain(Webinars::ALL.map(|v| v.label(lang)))
                .chain(Recording::ALL.map(|v| v.label(lang)))
                .chain(LegalBasis::ALL.map(|v| v.label(lang)))
                .chain(AiFeatures::ALL.map(|v| v.label(lang)));
            for label in labels {
                assert!(!label.is_empty());
            }
        }
    }
}
