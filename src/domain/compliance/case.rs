//! One tool in one scenario with its answers: what every rule reads, and the facts derived from it.

use crate::domain::compliance::{Answers, OperatingModel, Scenario};
use crate::domain::{Location, Region, SourceDate, Tool, Tristate};

/// The input of the rules for one tool.
#[derive(Clone, Copy, Debug)]
pub(super) struct Case<'a> {
    pub tool: &'a Tool,
    /// Yes = maintained, No = discontinued, Unknown = the data does not say.
    pub maintenance: Tristate,
    pub scenario: &'a Scenario,
    pub answers: &'a Answers,
    /// For the age of a DPF check (R07).
    pub today: SourceDate,
}

impl Case<'_> {
    pub fn has_processor(&self) -> bool {
        self.scenario.operating_model.has_processor()
    }

    pub fn destination(&self) -> Destination {
        destination(self.tool, self.scenario, self.answers)
    }
}

/// The furthest place personal data may go, as far as the table's facts and the answers tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Destination {
    Eea,
    /// A country with an adequacy decision, and nothing further.
    Adequate,
    /// The provider's location is not known (or, for self-hosted software run by a provider,
    /// it is that provider's, which the data cannot know).
    Unknown,
    ThirdCountry,
}

impl Destination {
    /// A transfer mechanism has to be asked about and checked.
    pub fn needs_mechanism(self) -> bool {
        matches!(self, Destination::Unknown | Destination::ThirdCountry)
    }
}

/// Where data may go. The table's location is the provider's servers, so it only counts when the
/// provider runs the service; self-hosted software leaves the EEA only through what the answers
/// say (remote support, rented servers abroad).
///
/// A tool whose location is "self-hosted" is where its operator runs it, so its location
/// follows the operating model: run by the company itself, as above; run by a provider (a
/// hoster's service, an IT service provider), it is that provider's, which the table does not
/// know, so it is unknown, neither the EEA nor a third country.
pub(super) fn destination(tool: &Tool, scenario: &Scenario, answers: &Answers) -> Destination {
    let group_access = scenario.operating_model.has_processor()
        && answers.parent_outside_eea == Tristate::Yes
        && answers.group_access_excluded == Tristate::No;
    if answers.third_country_access == Tristate::Yes || group_access {
        return Destination::ThirdCountry;
    }
    if !provider_location_counts(scenario.operating_model) {
        return Destination::Eea;
    }
    match tool.location.as_ref() {
        None | Some(Location::SelfHosted) => Destination::Unknown,
        Some(Location::Country(country)) => match country.region() {
            Region::Eea => Destination::Eea,
            Region::Adequate => Destination::Adequate,
            Region::ThirdCountry => Destination::ThirdCountry,
        },
    }
}

/// The provider's own servers carry the data only when the provider (or an IT service provider
/// using it) runs the service.
pub(super) fn provider_location_counts(model: OperatingModel) -> bool {
    !model.is_self_hosted()
}

/// The provider's location alone already puts data in a third country.
pub(super) fn located_in_third_country(tool: &Tool, scenario: &Scenario) -> bool {
    provider_location_counts(scenario.operating_model)
        && tool.location.as_ref().and_then(Location::region) == Some(Region::ThirdCountry)
}

/// A check date is recent when it is not in the future and at most twelve months old. Missing
/// month or day count as the first, so a vague date is read as the oldest it can be.
pub(super) fn within_twelve_months(checked_on: SourceDate, today: SourceDate) -> bool {
    let key = |d: SourceDate| (d.year, d.month.unwrap_or(1), d.day.unwrap_or(1));
    let (year, month, day) = key(checked_on);
    let today = key(today);
    key(checked_on) <= today && today <= (year + 1, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::testing::located;

    fn date(text: &str) -> SourceDate {
        SourceDate::parse(text).unwrap()
    }

    #[test]
    fn a_check_stays_recent_for_exactly_twelve_months() {
        let today = date("2026-03-15");
        assert!(within_twelve_months(date("2026-03-15"), today));
        assert!(within_twelve_months(date("2025-03-15"), today));
        assert!(!within_twelve_months(date("2025-03-14"), today));
        assert!(!within_twelve_months(date("2026-03-16"), today));
        assert!(!within_twelve_months(date("2025"), today));
        assert!(within_twelve_months(date("2025-04"), today));
    }

    #[test]
    fn self_hosted_software_is_where_its_operator_runs_it_never_a_third_country_by_itself() {
        let tool = located("jitsi", "self-hosted");
        let answers = Answers::default();
        for (model, expected) in [
            (OperatingModel::SelfHostedOwn, Destination::Eea),
            (
                OperatingModel::SelfHostedRentedOrMaintained,
                Destination::Eea,
            ),
            // Run by a provider: the provider's location, which the table does not know.
            (OperatingModel::ExternalProvider, Destination::Unknown),
            (OperatingModel::OnlineService, Destination::Unknown),
        ] {
            let scenario = Scenario {
                operating_model: model,
                ..Scenario::default()
            };
            assert_eq!(
                destination(&tool, &scenario, &answers),
                expected,
                "{model:?}"
            );
            assert!(!located_in_third_country(&tool, &scenario), "{model:?}");
        }
    }
}
