//! The rule catalogue of `reference/rules.md` as data: topic, legal basis, source and check per rule.

use crate::domain::compliance::case::Case;
use crate::domain::compliance::checks::{self as c, Outcome};
use crate::domain::compliance::{RuleId, Scenario, Topic};
use crate::domain::StaticText;

/// How a rule reads its input.
#[derive(Clone, Copy)]
pub(super) enum Check {
    /// From the scenario alone, so the finding is the same for every tool.
    Scenario(fn(&Scenario) -> Outcome),
    /// From one tool's facts and answers in the scenario.
    Tool(fn(&Case) -> Outcome),
}

/// One rule of the catalogue.
#[derive(Clone, Copy)]
pub struct Rule {
    pub id: RuleId,
    pub topic: Topic,
    /// In English GDPR articles unless another law is named (BDSG, StGB, TDDDG, GeschGehG, AI
    /// Act); in German every law is named (DSGVO, …).
    pub legal_basis: StaticText,
    /// Citation as in `rules.md`; abbreviations are explained in [`ABBREVIATIONS`].
    pub source: StaticText,
    pub(super) check: Check,
}

impl Rule {
    /// Follows from the scenario alone: show it once for all tools, and count it in each light.
    pub fn scenario_only(&self) -> bool {
        matches!(self.check, Check::Scenario(_))
    }
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule")
            .field("id", &self.id)
            .field("topic", &self.topic)
            .field("scenario_only", &self.scenario_only())
            .finish_non_exhaustive()
    }
}

/// The rule with this id.
pub fn rule(id: RuleId) -> &'static Rule {
    // RULES is in id order (checked by a test), so the number is the index.
    &RULES[usize::from(id.number()) - 1]
}

/// The sources' abbreviations, for the report's legend, in the reader's language.
pub const ABBREVIATIONS: [(StaticText, StaticText); 11] = [
    (
        same("Art."),
        StaticText {
            de: "Artikel der DSGVO, wo kein anderes Gesetz genannt ist",
            en: "Article of the GDPR (DSGVO), unless another law is named",
        },
    ),
    (
        same("REISSWOLF"),
        same("REISSWOLF, „Datenschutz bei Videokonferenz-Tools“ (ca. 2020)"),
    ),
    (
        same("DSK OH"),
        same("Datenschutzkonferenz, Orientierungshilfe Videokonferenzsysteme, 23.10.2020"),
    ),
    (
        same("DSK Checkliste"),
        same("Datenschutzkonferenz, Checkliste Datenschutz in Videokonferenzsystemen, 11.11.2020"),
    ),
    (
        same("DSK DSFA Muss-Liste"),
        same("Datenschutzkonferenz, Liste der Verarbeitungstätigkeiten, für die eine DSFA durchzuführen ist"),
    ),
    (
        same("BlnBDI"),
        same("Berliner Beauftragte für Datenschutz und Informationsfreiheit, Hinweise zu Anbietern von Videokonferenz-Diensten (03.07.2020); Themenseite „Videokonferenzen“"),
    ),
    (
        StaticText { de: "EDSA", en: "EDPB" },
        StaticText {
            de: "Europäischer Datenschutzausschuss: Empfehlungen 01/2020 (v2.0, 18.06.2021), Leitlinien 2/2018, Leitlinien 05/2021",
            en: "European Data Protection Board (EDSA): Recommendations 01/2020 (v2.0, 18.06.2021), Guidelines 2/2018, Guidelines 05/2021",
        },
    ),
    (
        StaticText { de: "EuGH", en: "CJEU" },
        StaticText {
            de: "Gerichtshof der Europäischen Union",
            en: "Court of Justice of the European Union (EuGH)",
        },
    ),
    (
        StaticText { de: "EuG", en: "General Court" },
        StaticText {
            de: "Gericht der Europäischen Union",
            en: "General Court of the European Union (EuG)",
        },
    ),
    (
        same("DPF"),
        StaticText {
            de: "EU-U.S. Data Privacy Framework, Durchführungsbeschluss (EU) 2023/1795 der Kommission",
            en: "EU-U.S. Data Privacy Framework, Commission Implementing Decision (EU) 2023/1795",
        },
    ),
    (
        same("AVV / VVT / DSFA"),
        StaticText {
            de: "Auftragsverarbeitungsvertrag (Art. 28 DSGVO) / Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO) / Datenschutz-Folgenabschätzung (Art. 35 DSGVO)",
            en: "Auftragsverarbeitungsvertrag (Art. 28) / Verzeichnis von Verarbeitungstätigkeiten (Art. 30) / Datenschutz-Folgenabschätzung (Art. 35)",
        },
    ),
];

/// A proper name or title, the same in both languages.
const fn same(text: &'static str) -> StaticText {
    StaticText { de: text, en: text }
}

/// A rule's legal basis and source in one language.
type Citation = (&'static str, &'static str);

const fn entry(id: RuleId, topic: Topic, check: Check, de: Citation, en: Citation) -> Rule {
    Rule {
        id,
        topic,
        legal_basis: StaticText { de: de.0, en: en.0 },
        source: StaticText { de: de.1, en: en.1 },
        check,
    }
}

/// Shorthand for the table below: a rule that reads one tool's facts and answers.
const fn tool(
    id: RuleId,
    topic: Topic,
    check: fn(&Case) -> Outcome,
    de: Citation,
    en: Citation,
) -> Rule {
    entry(id, topic, Check::Tool(check), de, en)
}

/// A rule that reads the scenario alone.
const fn scenario(
    id: RuleId,
    topic: Topic,
    check: fn(&Scenario) -> Outcome,
    de: Citation,
    en: Citation,
) -> Rule {
    entry(id, topic, Check::Scenario(check), de, en)
}

use RuleId::*;
use Topic::*;

/// Every rule, in id order: id, topic, check, then (legal basis, source) in German and in English.
/// German cites as German law does ("Art. 28 Abs. 3 lit. a DSGVO", EuGH, EuG), as the measures do;
/// English keeps the notation of `rules.md` ("Art. 28(3)(a)", GDPR unless another law is named).
/// R31 reads the per-tool answer "provider bound to secrecy", so unlike the list in `rules.md`
/// it is a tool rule; its finding can differ between tools.
#[rustfmt::skip] // a few lines per rule, read as a table
pub static RULES: [Rule; 36] = [
    tool(R01, Provider, c::r01,
        ("Art. 32 DSGVO", "Microsoft, Ankündigung vom 28.02.2025 (Skype eingestellt am 05.05.2025); Verizon, Einstellung von BlueJeans (Aug. 2023)"),
        ("Art. 32", "Microsoft, announcement 28.02.2025 (Skype retired 05.05.2025); Verizon, BlueJeans sunset (Aug 2023)")),
    tool(R02, Contract, c::r02,
        ("Art. 24, 28 DSGVO", "REISSWOLF (ca. 2020)"),
        ("Art. 24, 28", "REISSWOLF (ca. 2020)")),
    tool(R03, Contract, c::r03,
        ("Art. 28 Abs. 3 DSGVO", "REISSWOLF (ca. 2020); DSK OH 3.5.2; DSK Checkliste §3.2/3.3"),
        ("Art. 28(3)", "REISSWOLF (ca. 2020); DSK OH 3.5.2; DSK Checkliste §3.2/3.3")),
    tool(R04, Contract, c::r04,
        ("Art. 5 Abs. 1 lit. b, 6, 28 Abs. 10 DSGVO", "BlnBDI 2020 (rotes Kriterium); DSK OH 3.4.6; DSK 24.11.2022"),
        ("Art. 5(1)(b), 6, 28(10)", "BlnBDI 2020 (red criterion); DSK OH 3.4.6; DSK 24.11.2022")),
    tool(R05, Operation, c::r05,
        ("Art. 24, 32 DSGVO", "DSK OH 2.1; DSK Kurzpapier Nr. 13"),
        ("Art. 24, 32", "DSK OH 2.1; DSK Kurzpapier Nr. 13")),
    tool(R06, ThirdCountry, c::r06,
        ("Art. 44–46 DSGVO; EuGH C-311/18", "REISSWOLF (ca. 2020); EDSA-Empfehlungen 01/2020; EDSA-FAQ zu Schrems II (23.07.2020); DSK OH 3.5.6"),
        ("Art. 44–46; CJEU C-311/18", "REISSWOLF (ca. 2020); EDPB Rec. 01/2020; EDPB FAQ on Schrems II (23.07.2020); DSK OH 3.5.6")),
    tool(R07, ThirdCountry, c::r07,
        ("Art. 45 DSGVO; Durchführungsbeschluss (EU) 2023/1795", "DSK 04.09.2023; EuG T-553/23 (03.09.2025); Rechtsmittel C-703/25 P (anhängig)"),
        ("Art. 45; Decision (EU) 2023/1795", "DSK 04.09.2023; General Court T-553/23 (03.09.2025); appeal C-703/25 P (pending)")),
    tool(R08, ThirdCountry, c::r08,
        ("Art. 46 Abs. 2 lit. c DSGVO", "EDSA-Empfehlungen 01/2020"),
        ("Art. 46(2)(c)", "EDPB Rec. 01/2020")),
    tool(R09, ThirdCountry, c::r09,
        ("Art. 28 Abs. 1, 32, 48 DSGVO", "EDSA-Leitlinien 05/2021; BlnBDI-Themenseite"),
        ("Art. 28(1), 32, 48", "EDPB Guidelines 05/2021; BlnBDI topic page")),
    tool(R10, Encryption, c::r10,
        ("Art. 32 DSGVO", "REISSWOLF (ca. 2020); DSK OH 4.1"),
        ("Art. 32", "REISSWOLF (ca. 2020); DSK OH 4.1")),
    tool(R11, Encryption, c::r11,
        ("Art. 32 DSGVO", "REISSWOLF (ca. 2020); DSK OH 4.1"),
        ("Art. 32", "REISSWOLF (ca. 2020); DSK OH 4.1")),
    tool(R12, Encryption, c::r12,
        ("Art. 9, 32 DSGVO; § 2 Nr. 1 lit. b GeschGehG", "REISSWOLF (ca. 2020); DSK OH 3.4.4, 4.1; BlnBDI 2020 (nur Wire für hohen Schutzbedarf geeignet)"),
        ("Art. 9, 32; § 2 Nr. 1 b GeschGehG", "REISSWOLF (ca. 2020); DSK OH 3.4.4, 4.1; BlnBDI 2020 (only Wire suitable for high protection needs)")),
    tool(R13, Encryption, c::r13,
        ("Art. 25, 32 DSGVO", "Herstellerangaben: Zoom, Pressemitteilung vom 26.10.2020; Microsoft Learn, „End-to-end encrypted meetings“; Webex-Hilfe zur Ende-zu-Ende-Verschlüsselung"),
        ("Art. 25, 32", "Vendor docs: Zoom press release 26.10.2020; Microsoft Learn, End-to-end encrypted meetings; Webex help, end-to-end encryption")),
    tool(R14, Documentation, c::r14,
        ("Art. 12–13 DSGVO", "REISSWOLF (ca. 2020); DSK OH 3.5.1"),
        ("Art. 12–13", "REISSWOLF (ca. 2020); DSK OH 3.5.1")),
    tool(R15, Documentation, c::r15,
        ("Art. 30 DSGVO", "REISSWOLF (ca. 2020); DSK OH 3.5.3"),
        ("Art. 30", "REISSWOLF (ca. 2020); DSK OH 3.5.3")),
    tool(R16, Documentation, c::r16,
        ("Art. 35 DSGVO", "DSK OH 3.5.5; DSK DSFA Muss-Liste"),
        ("Art. 35", "DSK OH 3.5.5; DSK DSFA Muss-Liste")),
    scenario(R17, Use, c::r17,
        ("Art. 6, 7, 13 DSGVO", "DSK OH 3.4.8"),
        ("Art. 6, 7, 13", "DSK OH 3.4.8")),
    scenario(R18, Use, c::r18,
        ("Art. 6, 88 DSGVO", "DSK OH 3.4.3; EuGH C-34/21; EuGH C-65/23"),
        ("Art. 6, 88", "DSK OH 3.4.3; CJEU C-34/21; CJEU C-65/23")),
    tool(R19, Settings, c::r19,
        ("Art. 5 Abs. 1 lit. c, 25 DSGVO; § 25 TDDDG", "REISSWOLF (ca. 2020); DSK Checkliste §3.2"),
        ("Art. 5(1)(c), 25; § 25 TDDDG", "REISSWOLF (ca. 2020); DSK Checkliste §3.2")),
    tool(R20, Settings, c::r20,
        ("Art. 5 Abs. 1 lit. c und e, 25 DSGVO", "REISSWOLF (ca. 2020)"),
        ("Art. 5(1)(c),(e), 25", "REISSWOLF (ca. 2020)")),
    tool(R21, Settings, c::r21,
        ("Art. 32 DSGVO", "REISSWOLF (ca. 2020)"),
        ("Art. 32", "REISSWOLF (ca. 2020)")),
    tool(R22, Settings, c::r22,
        ("Art. 25, 32 DSGVO", "REISSWOLF (ca. 2020); DSK OH 4.4"),
        ("Art. 25, 32", "REISSWOLF (ca. 2020); DSK OH 4.4")),
    tool(R23, Settings, c::r23,
        ("Art. 32 DSGVO", "DSK OH 4.2.4"),
        ("Art. 32", "DSK OH 4.2.4")),
    tool(R24, Settings, c::r24,
        ("Art. 25 DSGVO", "DSK OH 3.4.5 (Überschrift; Wortlaut nicht geprüft)"),
        ("Art. 25", "DSK OH 3.4.5 (heading; wording unverified)")),
    tool(R25, Roles, c::r25,
        ("Art. 4 Nr. 7, 26 DSGVO", "DSK Checkliste §3"),
        ("Art. 4(7), 26", "DSK Checkliste §3")),
    tool(R26, Contract, c::r26,
        ("Art. 28 Abs. 2 und 4 DSGVO", "BlnBDI-Themenseite (Standardvertragsklauseln auch für alle Unterauftragsverarbeiter)"),
        ("Art. 28(2),(4)", "BlnBDI topic page (SCCs \"also for all sub-processors\")")),
    tool(R27, ThirdCountry, c::r27,
        ("Art. 49 DSGVO", "EDSA-Leitlinien 2/2018"),
        ("Art. 49", "EDPB Guidelines 2/2018")),
    tool(R28, ThirdCountry, c::r28,
        ("Art. 45 DSGVO", "Angemessenheitsbeschlüsse der EU-Kommission"),
        ("Art. 45", "Commission adequacy decisions")),
    tool(R29, Settings, c::r29,
        ("Art. 5 Abs. 1 lit. e, 17, 28 Abs. 3 lit. g DSGVO", "DSK OH 4.5"),
        ("Art. 5(1)(e), 17, 28(3)(g)", "DSK OH 4.5")),
    scenario(R30, Use, c::r30,
        ("Art. 9 Abs. 2 DSGVO; § 22 BDSG", "DSK OH 3.4.4"),
        ("Art. 9(2); § 22 BDSG", "DSK OH 3.4.4")),
    tool(R31, Use, c::r31,
        ("§ 203 Abs. 3 und 4 StGB", "Gesetzestext (§ 203 StGB)"),
        ("§ 203(3),(4) StGB", "statute (§ 203 StGB)")),
    tool(R32, Documentation, c::r32,
        ("Art. 33, 34, 28 Abs. 3 lit. f DSGVO", "DSK OH 3.5.4"),
        ("Art. 33, 34, 28(3)(f)", "DSK OH 3.5.4")),
    tool(R33, Contract, c::r33,
        ("Art. 5 Abs. 2, 28 Abs. 1, 32 DSGVO", "DSK Checkliste §3.2"),
        ("Art. 5(2), 28(1), 32", "DSK Checkliste §3.2")),
    scenario(R34, Use, c::r34,
        ("Art. 13, 88 DSGVO", "DSK OH 3.4.3"),
        ("Art. 13, 88", "DSK OH 3.4.3")),
    tool(R35, Settings, c::r35,
        ("Art. 32 DSGVO", "DSK OH 4.2.1–4.2.2, 4.3"),
        ("Art. 32", "DSK OH 4.2.1–4.2.2, 4.3")),
    scenario(R36, Use, c::r36,
        ("Art. 6, 35 DSGVO; Art. 5 Abs. 1 lit. f KI-Verordnung", "DSK DSFA Muss-Liste; Verordnung (EU) 2024/1689"),
        ("Art. 6, 35; AI Act Art. 5(1)(f)", "DSK DSFA Muss-Liste; Regulation (EU) 2024/1689")),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Lang;

    #[test]
    fn the_table_lists_every_rule_once_in_id_order() {
        for (i, id) in RuleId::ALL.into_iter().enumerate() {
            assert_eq!(RULES[i].id, id);
            assert_eq!(rule(id).id, id);
        }
    }

    #[test]
    fn every_rule_names_its_legal_basis_and_source() {
        for r in &RULES {
            for lang in Lang::ALL {
                assert!(!r.legal_basis.get(lang).trim().is_empty(), "{}", r.id);
                assert!(!r.source.get(lang).trim().is_empty(), "{}", r.id);
            }
        }
    }

    /// The numbers of a citation in order: "Art. 28(3)(a)" and "Art. 28 Abs. 3 lit. a" give [28, 3].
    fn numbers(text: &str) -> Vec<&str> {
        text.split(|c: char| !c.is_ascii_digit())
            .filter(|n| !n.is_empty())
            .collect()
    }

    #[test]
    fn german_and_english_cite_the_same_articles_cases_and_dates() {
        let texts = RULES
            .iter()
            .flat_map(|r| {
                [
                    (r.id.to_string(), r.legal_basis),
                    (r.id.to_string(), r.source),
                ]
            })
            .chain(
                ABBREVIATIONS
                    .iter()
                    .flat_map(|(s, l)| [(s.en.to_owned(), *s), (s.en.to_owned(), *l)]),
            );
        for (name, text) in texts {
            assert_eq!(numbers(text.de), numbers(text.en), "{name}: {text:?}");
        }
    }

    #[test]
    fn scenario_only_rules_are_those_of_rules_md_except_r31() {
        let scenario_only: Vec<RuleId> = RULES
            .iter()
            .filter(|r| r.scenario_only())
            .map(|r| r.id)
            .collect();
        assert_eq!(scenario_only, [R17, R18, R30, R34, R36]);
    }

    #[test]
    fn r07_cites_the_general_court_and_the_pending_appeal() {
        for lang in Lang::ALL {
            assert!(rule(R07).source.get(lang).contains("T-553/23"));
            assert!(rule(R07).source.get(lang).contains("C-703/25 P"));
        }
        assert_eq!(
            rule(R07).source.de,
            "DSK 04.09.2023; EuG T-553/23 (03.09.2025); Rechtsmittel C-703/25 P (anhängig)"
        );
    }
}
