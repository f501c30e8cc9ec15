//! The rule catalogue of `reference/rules.md` as data: topic, legal basis, source and check per rule.

use crate::domain::compliance::case::Case;
use crate::domain::compliance::checks::{self as c, Outcome};
use crate::domain::compliance::{RuleId, Scenario, Topic};

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
    /// GDPR articles unless another law is named (BDSG, StGB, BetrVG, TDDDG, GeschGehG, AI Act).
    pub legal_basis: &'static str,
    /// Citation as in `rules.md`; abbreviations are explained in [`ABBREVIATIONS`].
    pub source: &'static str,
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

/// The sources' abbreviations, for the report's legend.
pub const ABBREVIATIONS: [(&str, &str); 9] = [
    (
        "REISSWOLF",
        "REISSWOLF, „Datenschutz bei Videokonferenz-Tools“ (ca. 2020)",
    ),
    (
        "DSK OH",
        "Datenschutzkonferenz, Orientierungshilfe Videokonferenzsysteme, 23.10.2020",
    ),
    (
        "DSK Checkliste",
        "Datenschutzkonferenz, Checkliste Datenschutz in Videokonferenzsystemen, 11.11.2020",
    ),
    (
        "DSK DSFA Muss-Liste",
        "Datenschutzkonferenz, Liste der Verarbeitungstätigkeiten, für die eine DSFA durchzuführen ist",
    ),
    (
        "BlnBDI",
        "Berliner Beauftragte für Datenschutz und Informationsfreiheit, Hinweise zu Anbietern von Videokonferenz-Diensten (03.07.2020); Themenseite „Videokonferenzen“",
    ),
    (
        "EDPB",
        "European Data Protection Board (EDSA): Recommendations 01/2020 (v2.0, 18.06.2021), Guidelines 2/2018, Guidelines 05/2021",
    ),
    ("CJEU", "Court of Justice of the European Union (EuGH)"),
    (
        "DPF",
        "EU-U.S. Data Privacy Framework, Commission Implementing Decision (EU) 2023/1795",
    ),
    (
        "AVV / VVT / DSFA",
        "Auftragsverarbeitungsvertrag (Art. 28) / Verzeichnis von Verarbeitungstätigkeiten (Art. 30) / Datenschutz-Folgenabschätzung (Art. 35)",
    ),
];

// The citations are proper names and titles, the same in both languages.

/// Shorthand for the table below.
const fn tool(
    id: RuleId,
    topic: Topic,
    legal_basis: &'static str,
    source: &'static str,
    check: fn(&Case) -> Outcome,
) -> Rule {
    Rule {
        id,
        topic,
        legal_basis,
        source,
        check: Check::Tool(check),
    }
}

const fn scenario(
    id: RuleId,
    topic: Topic,
    legal_basis: &'static str,
    source: &'static str,
    check: fn(&Scenario) -> Outcome,
) -> Rule {
    Rule {
        id,
        topic,
        legal_basis,
        source,
        check: Check::Scenario(check),
    }
}

use RuleId::*;
use Topic::*;

/// Every rule, in id order. R31 reads the per-tool answer "provider bound to secrecy", so unlike
/// the list in `rules.md` it is a tool rule; its finding can differ between tools.
#[rustfmt::skip] // one line per rule, read as a table
pub static RULES: [Rule; 36] = [
    tool(R01, Provider, "Art. 32", "Microsoft, announcement 28.02.2025 (Skype retired 05.05.2025); Verizon, BlueJeans sunset (Aug 2023)", c::r01),
    tool(R02, Contract, "Art. 24, 28", "REISSWOLF (ca. 2020)", c::r02),
    tool(R03, Contract, "Art. 28(3)", "REISSWOLF (ca. 2020); DSK OH 3.5.2; DSK Checkliste §3.2/3.3", c::r03),
    tool(R04, Contract, "Art. 5(1)(b), 6, 28(10)", "BlnBDI 2020 (red criterion); DSK OH 3.4.6; DSK 24.11.2022", c::r04),
    tool(R05, Operation, "Art. 24, 32", "DSK OH 2.1; DSK Kurzpapier Nr. 13", c::r05),
    tool(R06, ThirdCountry, "Art. 44–46; CJEU C-311/18", "REISSWOLF (ca. 2020); EDPB Rec. 01/2020; EDPB FAQ on Schrems II (23.07.2020); DSK OH 3.5.6", c::r06),
    tool(R07, ThirdCountry, "Art. 45; Decision (EU) 2023/1795", "DSK 04.09.2023; General Court T-553/23 (03.09.2025); appeal C-703/25 P (pending)", c::r07),
    tool(R08, ThirdCountry, "Art. 46(2)(c)", "EDPB Rec. 01/2020", c::r08),
    tool(R09, ThirdCountry, "Art. 28(1), 32, 48", "EDPB Guidelines 05/2021; BlnBDI topic page", c::r09),
    tool(R10, Encryption, "Art. 32", "REISSWOLF (ca. 2020); DSK OH 4.1", c::r10),
    tool(R11, Encryption, "Art. 32", "REISSWOLF (ca. 2020); DSK OH 4.1", c::r11),
    tool(R12, Encryption, "Art. 9, 32; § 2 Nr. 1 b GeschGehG", "REISSWOLF (ca. 2020); DSK OH 3.4.4, 4.1; BlnBDI 2020 (only Wire suitable for high protection needs)", c::r12),
    tool(R13, Encryption, "Art. 25, 32", "Vendor docs: Zoom press release 26.10.2020; Microsoft Learn, End-to-end encrypted meetings; Webex help, end-to-end encryption", c::r13),
    tool(R14, Documentation, "Art. 12–13", "REISSWOLF (ca. 2020); DSK OH 3.5.1", c::r14),
    tool(R15, Documentation, "Art. 30", "REISSWOLF (ca. 2020); DSK OH 3.5.3", c::r15),
    tool(R16, Documentation, "Art. 35", "DSK OH 3.5.5; DSK DSFA Muss-Liste", c::r16),
    scenario(R17, Use, "Art. 6, 7, 13", "DSK OH 3.4.8", c::r17),
    scenario(R18, Use, "Art. 6, 88", "DSK OH 3.4.3; CJEU C-34/21; CJEU C-65/23", c::r18),
    tool(R19, Settings, "Art. 5(1)(c), 25; § 25 TDDDG", "REISSWOLF (ca. 2020); DSK Checkliste §3.2", c::r19),
    tool(R20, Settings, "Art. 5(1)(c),(e), 25", "REISSWOLF (ca. 2020)", c::r20),
    tool(R21, Settings, "Art. 32", "REISSWOLF (ca. 2020)", c::r21),
    tool(R22, Settings, "Art. 25, 32", "REISSWOLF (ca. 2020); DSK OH 4.4", c::r22),
    tool(R23, Settings, "Art. 32", "DSK OH 4.2.4", c::r23),
    tool(R24, Settings, "Art. 25", "DSK OH 3.4.5 (heading; wording unverified)", c::r24),
    tool(R25, Roles, "Art. 4(7), 26", "DSK Checkliste §3", c::r25),
    tool(R26, Contract, "Art. 28(2),(4)", "BlnBDI topic page (SCCs \"also for all sub-processors\")", c::r26),
    tool(R27, ThirdCountry, "Art. 49", "EDPB Guidelines 2/2018", c::r27),
    tool(R28, ThirdCountry, "Art. 45", "Commission adequacy decisions", c::r28),
    tool(R29, Settings, "Art. 5(1)(e), 17, 28(3)(g)", "DSK OH 4.5", c::r29),
    scenario(R30, Use, "Art. 9(2); § 22 BDSG", "DSK OH 3.4.4", c::r30),
    tool(R31, Use, "§ 203(3),(4) StGB", "statute (§ 203 StGB)", c::r31),
    tool(R32, Documentation, "Art. 33, 34, 28(3)(f)", "DSK OH 3.5.4", c::r32),
    tool(R33, Contract, "Art. 5(2), 28(1), 32", "DSK Checkliste §3.2", c::r33),
    scenario(R34, Use, "Art. 13, 88", "DSK OH 3.4.3", c::r34),
    tool(R35, Settings, "Art. 32", "DSK OH 4.2.1–4.2.2, 4.3", c::r35),
    scenario(R36, Use, "Art. 6, 35; AI Act Art. 5(1)(f)", "DSK DSFA Muss-Liste; Regulation (EU) 2024/1689", c::r36),
];

#[cfg(test)]
mod tests {
    use super::*;

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
            assert!(!r.legal_basis.trim().is_empty(), "{}", r.id);
            assert!(!r.source.trim().is_empty(), "{}", r.id);
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
        assert!(rule(R07).source.contains("T-553/23"));
        assert!(rule(R07).source.contains("C-703/25 P"));
    }
}
