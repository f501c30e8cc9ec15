//! A finding: what one rule says must or should be done for one tool, and why.

use crate::domain::compliance::{RuleId, Severity, Topic};
use crate::domain::{StaticText, Text};

/// One rule's result for one tool; the report shows every field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: RuleId,
    pub severity: Severity,
    pub topic: Topic,
    /// What to do, in plain language.
    pub measure: Text,
    pub legal_basis: StaticText,
    pub source: StaticText,
    /// Follows from the scenario alone and is the same for every tool.
    pub scenario_only: bool,
}
