//! Applying the catalogue to one tool: its findings, traffic light and progress figure.

use crate::domain::compliance::case::Case;
use crate::domain::compliance::catalogue::{Check, Rule, RULES};
use crate::domain::compliance::checks::Outcome;
use crate::domain::compliance::measures::Measure;
use crate::domain::compliance::{Answers, Finding, RuleId, Scenario, Severity, Topic};
use crate::domain::{Lang, SourceDate, Tool, Tristate};

/// The calculator's own three-step scale (inspired by, but not, the Berlin DPA's rating).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TrafficLight {
    /// At least one block: lawful use excluded as things stand.
    Red,
    /// At least one warn: usable only once the measures are done.
    Yellow,
    /// No defects found. This is not proof of compliance: the check only knows what it asks.
    Green,
}

impl TrafficLight {
    pub const ALL: [TrafficLight; 3] =
        [TrafficLight::Red, TrafficLight::Yellow, TrafficLight::Green];

    /// Red if any block, else yellow if any warn, else green.
    pub fn of(findings: &[Finding]) -> TrafficLight {
        let worst = findings.iter().map(|f| f.severity).min();
        match worst {
            Some(Severity::Block) => TrafficLight::Red,
            Some(Severity::Warn) => TrafficLight::Yellow,
            Some(Severity::Info) | None => TrafficLight::Green,
        }
    }

    /// As in the DOM's `data-verdict` and the JSON export.
    pub fn key(self) -> &'static str {
        match self {
            TrafficLight::Red => "red",
            TrafficLight::Yellow => "yellow",
            TrafficLight::Green => "green",
        }
    }

    /// What the light means, for the report and the light's text; green carries the caveat.
    pub fn meaning(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (TrafficLight::Red, Lang::De) => {
                "Rot: Mängel, die eine rechtmäßige Nutzung derzeit ausschließen."
            }
            (TrafficLight::Red, Lang::En) => {
                "Red: defects that rule out lawful use as things stand."
            }
            (TrafficLight::Yellow, Lang::De) => "Gelb: erst nach Maßnahmen nutzbar.",
            (TrafficLight::Yellow, Lang::En) => "Yellow: usable only once the measures are done.",
            (TrafficLight::Green, Lang::De) => {
                "Grün: keine Mängel festgestellt. Das ist kein Nachweis der Rechtmäßigkeit: \
                 Geprüft wurde nur, was dieser Check abfragt."
            }
            (TrafficLight::Green, Lang::En) => {
                "Green: no defects found. This is not proof of compliance: \
                 only what this check asks about was checked."
            }
        }
    }
}

/// Measures done out of those needed.
///
/// "Needed" counts the rules that apply to this tool and scenario and ask something of the user:
/// those with an open block or warn, plus those the answers mark as done. Advice (info without a
/// measure, e.g. R05, R11, R24, R28) and rules the tool's own facts satisfy (e.g. R12 with E2E)
/// are not counted. An unknown answer is never done. So `done == needed` exactly when the light
/// is green.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Progress {
    pub done: usize,
    pub needed: usize,
}

impl Progress {
    pub fn is_complete(self) -> bool {
        self.done == self.needed
    }
}

/// The result for one tool in a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// In rule order, including the scenario-only findings (which count in the light too).
    pub findings: Vec<Finding>,
    /// Rules whose measure the answers mark as done, in rule order.
    pub done: Vec<RuleId>,
    pub light: TrafficLight,
    pub progress: Progress,
}

impl Assessment {
    pub fn finding(&self, rule: RuleId) -> Option<&Finding> {
        self.findings.iter().find(|f| f.rule == rule)
    }

    /// The findings of one topic, for the report's grouping.
    pub fn in_topic(&self, topic: Topic) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.topic == topic)
    }

    /// The findings that belong to this tool, without those shown once for the scenario.
    pub fn tool_findings(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| !f.scenario_only)
    }
}

/// Applies every rule of the catalogue to one tool.
///
/// `maintenance` comes from the data view in use: `Yes` maintained, `No` discontinued, `Unknown`
/// when the data does not say (then the answer `maintained` is asked). `today` dates the DPF
/// check (R07).
pub fn assess(
    tool: &Tool,
    maintenance: Tristate,
    scenario: &Scenario,
    answers: &Answers,
    today: SourceDate,
) -> Assessment {
    let case = Case {
        tool,
        maintenance,
        scenario,
        answers,
        today,
    };
    let mut findings = Vec::new();
    let mut done = Vec::new();
    for rule in &RULES {
        let outcome = match rule.check {
            Check::Scenario(check) => check(scenario),
            Check::Tool(check) => check(&case),
        };
        if let Outcome::Done(_) = outcome {
            done.push(rule.id);
        }
        findings.extend(finding(rule, outcome));
    }
    let open = findings
        .iter()
        .filter(|f| f.severity != Severity::Info)
        .count();
    Assessment {
        light: TrafficLight::of(&findings),
        progress: Progress {
            done: done.len(),
            needed: done.len() + open,
        },
        findings,
        done,
    }
}

/// The findings that follow from the scenario alone, to show once above the tools.
pub fn scenario_findings(scenario: &Scenario) -> Vec<Finding> {
    RULES
        .iter()
        .filter_map(|rule| match rule.check {
            Check::Scenario(check) => finding(rule, check(scenario)),
            Check::Tool(_) => None,
        })
        .collect()
}

fn finding(rule: &Rule, outcome: Outcome) -> Option<Finding> {
    let (severity, measure): (Severity, &Measure) = match outcome {
        Outcome::NotApplicable | Outcome::Done(None) => return None,
        Outcome::Advice(measure) | Outcome::Done(Some(measure)) => (Severity::Info, measure),
        Outcome::Open(severity, measure) => (severity, measure),
    };
    Some(Finding {
        rule: rule.id,
        severity,
        topic: rule.topic,
        measure: measure.to_text(),
        legal_basis: rule.legal_basis,
        source: rule.source,
        scenario_only: rule.scenario_only(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{StaticText, Text};

    fn with(severity: Severity) -> Finding {
        Finding {
            rule: RuleId::R01,
            severity,
            topic: Topic::Provider,
            measure: Text {
                de: String::new(),
                en: String::new(),
            },
            legal_basis: StaticText { de: "", en: "" },
            source: StaticText { de: "", en: "" },
            scenario_only: false,
        }
    }

    #[test]
    fn the_worst_severity_sets_the_light() {
        use Severity::*;
        assert_eq!(TrafficLight::of(&[]), TrafficLight::Green);
        assert_eq!(TrafficLight::of(&[with(Info)]), TrafficLight::Green);
        assert_eq!(
            TrafficLight::of(&[with(Info), with(Warn)]),
            TrafficLight::Yellow
        );
        assert_eq!(
            TrafficLight::of(&[with(Warn), with(Block), with(Info)]),
            TrafficLight::Red
        );
    }

    #[test]
    fn green_says_it_is_not_proof_of_compliance() {
        assert!(TrafficLight::Green
            .meaning(Lang::De)
            .contains("kein Nachweis"));
        assert!(TrafficLight::Green.meaning(Lang::En).contains("not proof"));
    }
}
