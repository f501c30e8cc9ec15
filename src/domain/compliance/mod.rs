//! The compliance calculator: scenario, per-tool answers, rules, assessment, report and state.

// Pure functions from (tool facts, scenario, answers) to findings, following
// `reference/rules.md`. The result is a self-assessment aid, not legal advice.

mod answers;
mod assess;
mod case;
mod catalogue;
mod checks;
mod code;
mod finding;
pub(crate) mod json;
mod measures;
mod per_tool;
mod question;
mod report;
mod rule;
mod scenario;
mod stored;
mod table_link;
mod words;

pub use answers::{Answers, Documentation, Settings, TransferMechanism};
pub use assess::{assess, scenario_findings, Assessment, Progress, TrafficLight};
pub use catalogue::{rule, Rule, ABBREVIATIONS, RULES};
pub use code::{answers_code, answers_from_code, scenario_code, scenario_from_code};
pub use finding::Finding;
pub use json::{answers_from_json, describe, scenario_from_json};
pub use per_tool::AnswersPerTool;
pub use question::{applicable_questions, Question};
pub use report::{answers_heading, label_end, Report, ReportLabel, REPORT_VERSION};
pub use rule::{RuleId, Severity, Topic};
pub use scenario::{
    AiFeatures, HardNeeds, LegalBasis, OperatingModel, Recording, Scenario, Uses, Webinars,
};
pub use stored::{
    stored_state_from_json, stored_state_to_json, StoredState, StoredStateError,
    STORED_STATE_VERSION,
};
pub use table_link::{filter_for_needs, maintenance_of, unmet_needs, Need};
pub use words::{AnswerLine, ScenarioLine};
