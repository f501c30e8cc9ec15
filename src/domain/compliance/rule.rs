//! The vocabulary of findings: stable rule ids, severities and the topics findings are grouped by.

use std::fmt;
use std::str::FromStr;

use crate::domain::Lang;

/// A rule of the catalogue in `reference/rules.md`. The ids are stable: reports, the JSON export,
/// the DOM (`data-rule="R03"`) and tests use them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum RuleId {
    R01 = 1,
    R02,
    R03,
    R04,
    R05,
    R06,
    R07,
    R08,
    R09,
    R10,
    R11,
    R12,
    R13,
    R14,
    R15,
    R16,
    R17,
    R18,
    R19,
    R20,
    R21,
    R22,
    R23,
    R24,
    R25,
    R26,
    R27,
    R28,
    R29,
    R30,
    R31,
    R32,
    R33,
    R34,
    R35,
    R36,
}

impl RuleId {
    pub const ALL: [RuleId; 36] = {
        use RuleId::*;
        [
            R01, R02, R03, R04, R05, R06, R07, R08, R09, R10, R11, R12, R13, R14, R15, R16, R17,
            R18, R19, R20, R21, R22, R23, R24, R25, R26, R27, R28, R29, R30, R31, R32, R33, R34,
            R35, R36,
        ]
    };

    /// 1 for R01 … 36 for R36.
    pub fn number(self) -> u8 {
        self as u8
    }
}

/// "R03".
impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "R{:02}", self.number())
    }
}

/// Reads "R03" (as written in reports and the DOM).
impl FromStr for RuleId {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        RuleId::ALL
            .into_iter()
            .find(|id| id.to_string() == s)
            .ok_or(())
    }
}

/// How serious a finding is; ordered from the most serious.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// Lawful use is excluded as things stand (red).
    Block,
    /// Lawful use only once the measure is done (yellow).
    Warn,
    /// Advice.
    Info,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Block, Severity::Warn, Severity::Info];

    /// As in the DOM's `data-severity` and the JSON export.
    pub fn key(self) -> &'static str {
        match self {
            Severity::Block => "block",
            Severity::Warn => "warn",
            Severity::Info => "info",
        }
    }

    /// The severity in words, for the report.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Severity::Block, Lang::De) => "schließt die Nutzung aus",
            (Severity::Block, Lang::En) => "rules out use",
            (Severity::Warn, Lang::De) => "Maßnahme nötig",
            (Severity::Warn, Lang::En) => "measure needed",
            (Severity::Info, Lang::De) => "Hinweis",
            (Severity::Info, Lang::En) => "advice",
        }
    }
}

/// What a finding is about; the report groups findings by topic in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Topic {
    Provider,
    Contract,
    Operation,
    ThirdCountry,
    Encryption,
    Documentation,
    Use,
    Settings,
    Roles,
}

impl Topic {
    pub const ALL: [Topic; 9] = [
        Topic::Provider,
        Topic::Contract,
        Topic::Operation,
        Topic::ThirdCountry,
        Topic::Encryption,
        Topic::Documentation,
        Topic::Use,
        Topic::Settings,
        Topic::Roles,
    ];

    /// Stable key for the JSON export and CSS classes.
    pub fn key(self) -> &'static str {
        match self {
            Topic::Provider => "provider",
            Topic::Contract => "contract",
            Topic::Operation => "operation",
            Topic::ThirdCountry => "third-country",
            Topic::Encryption => "encryption",
            Topic::Documentation => "documentation",
            Topic::Use => "use",
            Topic::Settings => "settings",
            Topic::Roles => "roles",
        }
    }

    /// The heading in the report; the German words are those of `rules.md`.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Topic::Provider, Lang::De) => "Anbieter",
            (Topic::Provider, Lang::En) => "Provider",
            (Topic::Contract, Lang::De) => "Vertrag",
            (Topic::Contract, Lang::En) => "Contract",
            (Topic::Operation, Lang::De) => "Betrieb",
            (Topic::Operation, Lang::En) => "Operation",
            (Topic::ThirdCountry, Lang::De) => "Drittland",
            (Topic::ThirdCountry, Lang::En) => "Third countries",
            (Topic::Encryption, Lang::De) => "Verschlüsselung",
            (Topic::Encryption, Lang::En) => "Encryption",
            (Topic::Documentation, Lang::De) => "Dokumentation",
            (Topic::Documentation, Lang::En) => "Documentation",
            (Topic::Use, Lang::De) => "Nutzung",
            (Topic::Use, Lang::En) => "Use",
            (Topic::Settings, Lang::De) => "Einstellungen",
            (Topic::Settings, Lang::En) => "Settings",
            (Topic::Roles, Lang::De) => "Rollen",
            (Topic::Roles, Lang::En) => "Roles",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_print_with_two_digits_and_read_back() {
        assert_eq!(RuleId::R03.to_string(), "R03");
        assert_eq!(RuleId::R36.to_string(), "R36");
        for (i, id) in RuleId::ALL.into_iter().enumerate() {
            assert_eq!(usize::from(id.number()), i + 1);
            assert_eq!(id.to_string().parse(), Ok(id));
        }
        assert_eq!("R37".parse::<RuleId>(), Err(()));
        assert_eq!("r03".parse::<RuleId>(), Err(()));
    }

    #[test]
    fn every_topic_has_a_label_in_both_languages() {
        for t in Topic::ALL {
            for lang in Lang::ALL {
                assert!(!t.label(lang).is_empty());
            }
        }
        assert_eq!(Topic::ThirdCountry.label(Lang::De), "Drittland");
        for s in Severity::ALL {
            assert_ne!(s.label(Lang::De), s.label(Lang::En));
        }
    }
}
