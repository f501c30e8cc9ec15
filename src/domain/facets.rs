//! Facet counts: beside each filter option, how many tools the table would show with it on.

use std::borrow::Borrow;

use crate::domain::compliance::TrafficLight;
use crate::domain::filter::{Criterion, Matcher};
use crate::domain::{FacetOption, Filter, Location, Platform, Tool, Tristate};

/// The count beside every option of the filter panel, for one filter state.
///
/// An option's count is the number of rows the table shows when that option is on and every
/// other filter stays as it is. For an option already on, that is the current number of rows;
/// for a multi-select it is the rows for the selection plus that option (values are OR-ed),
/// for a required platform the rows that also support it (platforms are AND-ed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Facets {
    /// Rows the table shows now.
    pub shown: usize,
    /// All tools, shown or not.
    pub total: usize,
    counts: Vec<(FacetOption, usize)>,
}

impl Facets {
    /// Presets offered for the minimum number of participants.
    pub const PARTICIPANT_THRESHOLDS: [u32; 5] = [50, 100, 200, 300, 500];

    /// Counts every option in one pass over the tools: O(options × tools).
    pub fn compute<T: Borrow<Tool>>(filter: &Filter, tools: &[T]) -> Facets {
        let options = options(filter, tools);
        let toggled: Vec<Filter> = options.iter().map(|o| filter.with(o)).collect();
        let toggled: Vec<(Criterion, Matcher)> = options
            .iter()
            .zip(&toggled)
            .map(|(o, f)| (criterion(o), Matcher::new(f)))
            .collect();
        let current = Matcher::new(filter);
        let mut shown = 0;
        let mut counts = vec![0; options.len()];
        for tool in tools.iter().map(Borrow::borrow) {
            let failures = current.failures(tool);
            shown += usize::from(failures == 0);
            // Toggling an option changes only its own criterion, so a tool counts for it when
            // it passes every other criterion now and that one with the option on.
            for ((criterion, matcher), count) in toggled.iter().zip(&mut counts) {
                if failures & !criterion.bit() == 0 && matcher.passes(*criterion, tool) {
                    *count += 1;
                }
            }
        }
        Facets {
            shown,
            total: tools.len(),
            counts: options.into_iter().zip(counts).collect(),
        }
    }

    /// The count beside `option`; `None` for an option the panel does not offer.
    pub fn count(&self, option: &FacetOption) -> Option<usize> {
        self.counts
            .iter()
            .find(|(o, _)| o == option)
            .map(|(_, n)| *n)
    }

    /// Every offered option with its count, in panel order.
    pub fn options(&self) -> &[(FacetOption, usize)] {
        &self.counts
    }

    /// The location options with their counts, in [`Location::order_key`] order (EU/EEA
    /// countries first, then self-hosted), codes the data does not know last.
    pub fn locations(&self) -> impl Iterator<Item = (&str, usize)> {
        self.counts.iter().filter_map(|(o, n)| match o {
            FacetOption::Location(code) => Some((code.as_str(), *n)),
            _ => None,
        })
    }
}

/// The part of the filter an option changes.
fn criterion(option: &FacetOption) -> Criterion {
    match option {
        FacetOption::Location(_) => Criterion::Location,
        FacetOption::EeaOnly => Criterion::EeaOnly,
        FacetOption::MinParticipants(_) => Criterion::MinParticipants,
        FacetOption::E2e(_) => Criterion::E2e,
        FacetOption::Blur(_) => Criterion::Blur,
        FacetOption::Platform(_) => Criterion::Platforms,
        FacetOption::HideAdded => Criterion::HideAdded,
        FacetOption::HideDiscontinued => Criterion::HideDiscontinued,
        FacetOption::Light(_) => Criterion::Light,
    }
}

/// Where a location code goes in the panel: known locations first, in [`Location::order_key`]
/// order, then unknown codes by upper-case code, so spellings that differ only in case share
/// a place.
type LocationKey = (bool, (u8, String));

/// The options the panel offers for these tools, in panel order.
///
/// Locations are those in the data plus any chosen ones the data lacks (say, from a shared
/// link), so that every chosen option can be seen and unchecked.
fn options<T: Borrow<Tool>>(filter: &Filter, tools: &[T]) -> Vec<FacetOption> {
    // Each key with its first spelling, in a vector sorted by key: there are only a handful.
    let mut locations: Vec<(LocationKey, &str)> = Vec::new();
    // Each spelling once: thousands of tools share a handful of codes.
    let mut data_codes: Vec<&str> = Vec::new();
    for code in tools
        .iter()
        .filter_map(|t| t.borrow().location.as_ref().map(Location::code))
    {
        if !data_codes.contains(&code) {
            data_codes.push(code);
        }
    }
    for code in data_codes
        .into_iter()
        .chain(filter.locations.iter().map(String::as_str))
    {
        // EU/EEA countries lead the list; the first spelling wins.
        let key = match Location::from_code(code) {
            Some(location) => (false, location.order_key()),
            None => (true, (0, code.to_ascii_uppercase())),
        };
        if let Err(at) = locations.binary_search_by(|(k, _)| k.cmp(&key)) {
            locations.insert(at, (key, code));
        }
    }
    let mut thresholds = Facets::PARTICIPANT_THRESHOLDS.to_vec();
    if let Some(min) = filter.min_participants.filter(|n| !thresholds.contains(n)) {
        // Inserted in place: sorting would bring in a sort routine for this alone.
        thresholds.insert(thresholds.partition_point(|&n| n < min), min);
    }
    let mut options: Vec<FacetOption> = locations
        .into_iter()
        .map(|(_, code)| FacetOption::Location(code.to_owned()))
        .collect();
    options.push(FacetOption::EeaOnly);
    options.extend(thresholds.into_iter().map(FacetOption::MinParticipants));
    options.extend(Tristate::ALL.map(FacetOption::E2e));
    options.extend(Tristate::ALL.map(FacetOption::Blur));
    options.extend(Platform::ALL.map(FacetOption::Platform));
    options.extend([FacetOption::HideAdded, FacetOption::HideDiscontinued]);
    // Lights exist only once a scenario is set; without one there is nothing to offer.
    if tools.iter().any(|t| t.borrow().light.is_some()) {
        options.extend(TrafficLight::ALL.map(FacetOption::Light));
    }
    options
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::testing::{builtin, current, located, unknown_tool};

    fn facets(filter: &Filter, tools: &[Tool]) -> Facets {
        Facets::compute(filter, tools)
    }

    /// The defining property: a count is what filtering with that option on would show.
    fn assert_counts_match_filtering(filter: &Filter, tools: &[Tool]) {
        let facets = Facets::compute(filter, tools);
        assert_eq!(facets.shown, filter.apply(tools).len());
        assert_eq!(facets.total, tools.len());
        for (option, count) in facets.options() {
            let expected = filter.with(option).apply(tools).len();
            assert_eq!(*count, expected, "{option:?} with {filter:?}");
        }
    }

    #[test]
    fn with_no_filter_each_option_counts_the_tools_that_have_it() {
        let f = facets(&Filter::default(), &builtin());
        let count = |o: FacetOption| f.count(&o).unwrap();
        assert_eq!((f.shown, f.total), (11, 11));
        assert_eq!(
            f.locations().collect::<Vec<_>>(),
            [("DE", 2), ("NOR", 1), ("USA", 8)]
        );
        assert_eq!(count(FacetOption::EeaOnly), 3);
        let thresholds =
            Facets::PARTICIPANT_THRESHOLDS.map(|n| count(FacetOption::MinParticipants(n)));
        assert_eq!(thresholds, [11, 8, 5, 2, 1]);
        assert_eq!(Tristate::ALL.map(|t| count(FacetOption::E2e(t))), [7, 4, 0]);
        assert_eq!(
            Tristate::ALL.map(|t| count(FacetOption::Blur(t))),
            [3, 0, 8]
        );
        assert_eq!(
            Platform::ALL.map(|p| count(FacetOption::Platform(p))),
            [10, 9, 9, 9, 10]
        );
        assert_eq!(count(FacetOption::HideAdded), 11);
        assert_eq!(count(FacetOption::HideDiscontinued), 11);
    }

    #[test]
    fn counts_take_the_other_active_filters_into_account() {
        let filter = Filter::default().with(&FacetOption::E2e(Tristate::Yes));
        let f = facets(&filter, &builtin());
        let count = |o: FacetOption| f.count(&o).unwrap();
        assert_eq!(f.shown, 7);
        assert_eq!(count(FacetOption::EeaOnly), 3);
        assert_eq!(count(FacetOption::Location("USA".into())), 4);
        assert_eq!(count(FacetOption::Blur(Tristate::Yes)), 0);
        assert_eq!(count(FacetOption::MinParticipants(300)), 1);
    }

    #[test]
    fn another_value_of_a_multi_select_adds_its_tools_to_the_shown_ones() {
        let filter = Filter::default().with(&FacetOption::E2e(Tristate::Yes));
        let f = facets(&filter, &builtin());
        assert_eq!(
            f.count(&FacetOption::E2e(Tristate::Yes)),
            Some(7),
            "already on"
        );
        assert_eq!(f.count(&FacetOption::E2e(Tristate::No)), Some(11));
        assert_eq!(f.count(&FacetOption::E2e(Tristate::Unknown)), Some(7));
    }

    #[test]
    fn another_required_platform_narrows_the_shown_tools() {
        let filter = Filter::default().with(&FacetOption::Platform(Platform::Browser));
        let f = facets(&filter, &builtin());
        assert_eq!(f.count(&FacetOption::Platform(Platform::Browser)), Some(10));
        assert_eq!(f.count(&FacetOption::Platform(Platform::Windows)), Some(9));
        assert_eq!(f.count(&FacetOption::Platform(Platform::Android)), Some(8));
    }

    #[test]
    fn the_current_view_offers_self_hosted_after_the_eea_countries() {
        let f = facets(&Filter::default(), &current());
        assert_eq!(
            f.locations().collect::<Vec<_>>(),
            [("DE", 4), ("NOR", 1), ("self-hosted", 3), ("USA", 9)]
        );
        assert_eq!(
            f.count(&FacetOption::EeaOnly),
            Some(8),
            "5 in the EEA, 3 self-hosted"
        );
    }

    #[test]
    fn every_count_equals_the_rows_shown_with_that_option_on() {
        // The current view, so some tools are discontinued, some added and some self-hosted.
        let mut tools = current();
        tools.extend([located("swiss", "CH"), unknown_tool("x")]);
        let base = Filter::default();
        let filters = [
            base.clone(),
            base.with(&FacetOption::E2e(Tristate::Yes)),
            base.with(&FacetOption::EeaOnly)
                .with(&FacetOption::Blur(Tristate::Unknown)),
            base.with(&FacetOption::Location("USA".into()))
                .with(&FacetOption::Location("CH".into()))
                .with(&FacetOption::MinParticipants(150)),
            base.with(&FacetOption::Location("self-hosted".into()))
                .with(&FacetOption::E2e(Tristate::Yes)),
            base.with(&FacetOption::EeaOnly)
                .with(&FacetOption::Location("USA".into())),
            base.with(&FacetOption::Platform(Platform::Macos))
                .with(&FacetOption::HideAdded)
                .with(&FacetOption::HideDiscontinued),
            Filter {
                query: "o".into(),
                ..base.with(&FacetOption::E2e(Tristate::No))
            },
            // A former name: Blizz is "TeamViewer Meeting" in the current view.
            Filter {
                query: "blizz".into(),
                ..base.clone()
            },
        ];
        for filter in &filters {
            assert_counts_match_filtering(filter, &tools);
        }
    }

    #[test]
    fn eea_locations_are_listed_first_and_spellings_are_not_doubled() {
        let tools = [
            located("a", "USA"),
            located("b", "usa"),
            located("c", "NL"),
            located("d", "CH"),
            located("e", "self-hosted"),
        ];
        let f = facets(&Filter::default(), &tools);
        let codes: Vec<&str> = f.locations().map(|(code, _)| code).collect();
        assert_eq!(codes, ["NL", "self-hosted", "CH", "USA"]);
        assert_eq!(f.count(&FacetOption::Location("USA".into())), Some(2));
    }

    #[test]
    fn a_chosen_location_or_minimum_missing_from_the_offer_is_still_listed() {
        let filter = Filter::default()
            .with(&FacetOption::Location("FR".into()))
            .with(&FacetOption::MinParticipants(120));
        let f = facets(&filter, &builtin());
        assert_eq!(f.shown, 0);
        assert_eq!(f.count(&FacetOption::Location("FR".into())), Some(0));
        assert_eq!(f.count(&FacetOption::Location("DE".into())), Some(1));
        assert_eq!(f.count(&FacetOption::MinParticipants(120)), Some(0));
        let presets: Vec<u32> = f
            .options()
            .iter()
            .filter_map(|(o, _)| match o {
                FacetOption::MinParticipants(n) => Some(*n),
                _ => None,
            })
            .collect();
        assert_eq!(presets, [50, 100, 120, 200, 300, 500]);
        assert_eq!(f.count(&FacetOption::MinParticipants(7)), None);
    }

    #[test]
    fn an_empty_catalogue_counts_zero_everywhere() {
        let f = facets(&Filter::default(), &[]);
        assert_eq!((f.shown, f.total), (0, 0));
        assert!(f.options().iter().all(|(_, n)| *n == 0));
    }
}
