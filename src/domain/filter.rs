//! Which tools the table shows: the user's filters, combined with AND.

use std::borrow::Borrow;

use crate::domain::compliance::TrafficLight;
use crate::domain::enum_set::EnumSet;
use crate::domain::fold::fold;
use crate::domain::string_set::StringSet;
use crate::domain::{Location, Origin, Platform, Tool, Tristate};

/// The user's filters. The default filters nothing.
///
/// Within a multi-select (locations, E2E, blur) any chosen value matches; an empty selection
/// means "any". Required platforms are the exception: a tool must support all of them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Words that must all occur in the tool name, or all in its former name (a renamed tool
    /// in the current view), ignoring case and accents.
    pub query: String,
    /// Location codes as the data writes them ("DE", "NOR", "USA", "self-hosted"), compared
    /// ignoring case.
    pub locations: StringSet,
    /// Only tools whose servers are in the EU/EEA, or can be: self-hosted software is where
    /// the user runs it. An unknown location never qualifies.
    pub eea_only: bool,
    /// Only tools for at least this many participants; an unknown maximum never qualifies.
    pub min_participants: Option<u32>,
    pub e2e: EnumSet<Tristate>,
    pub blur: EnumSet<Tristate>,
    /// Platforms a tool must be known to support, all of them.
    pub platforms: EnumSet<Platform>,
    pub hide_added: bool,
    /// Only the current view knows of discontinued tools; the original view has none.
    pub hide_discontinued: bool,
    /// The calculator's lights to show; empty means any. Tools without a light pass.
    pub lights: EnumSet<TrafficLight>,
}

/// One option of the filter panel: a checkbox, or a preset for the minimum participants.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FacetOption {
    Location(String),
    EeaOnly,
    MinParticipants(u32),
    E2e(Tristate),
    Blur(Tristate),
    Platform(Platform),
    HideAdded,
    HideDiscontinued,
    Light(TrafficLight),
}

/// The independent parts of a filter; a tool is shown when it passes all of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Criterion {
    Query,
    Location,
    EeaOnly,
    MinParticipants,
    E2e,
    Blur,
    Platforms,
    HideAdded,
    HideDiscontinued,
    Light,
}

impl Criterion {
    pub(crate) const ALL: [Criterion; 10] = [
        Criterion::Query,
        Criterion::Location,
        Criterion::EeaOnly,
        Criterion::MinParticipants,
        Criterion::E2e,
        Criterion::Blur,
        Criterion::Platforms,
        Criterion::HideAdded,
        Criterion::HideDiscontinued,
        Criterion::Light,
    ];

    /// This criterion in a bit set of criteria.
    pub(crate) fn bit(self) -> u16 {
        1 << self as u16
    }
}

impl Filter {
    /// Whether the filter shows every tool, so there is nothing to reset.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    pub fn matches(&self, tool: &Tool) -> bool {
        Matcher::new(self).failures(tool) == 0
    }

    /// Indices of the matching tools, in data order. `tools` may hold tools or references to
    /// them (the table passes references, so it need not copy thousands of tools).
    pub fn apply<T: Borrow<Tool>>(&self, tools: &[T]) -> Vec<usize> {
        let matcher = Matcher::new(self);
        (0..tools.len())
            .filter(|&i| matcher.failures(tools[i].borrow()) == 0)
            .collect()
    }

    /// Whether a checkbox is checked, or a participants preset is the current minimum.
    pub fn is_on(&self, option: &FacetOption) -> bool {
        match option {
            FacetOption::Location(code) => self.has_location(code),
            FacetOption::EeaOnly => self.eea_only,
            FacetOption::MinParticipants(n) => self.min_participants == Some(*n),
            FacetOption::E2e(t) => self.e2e.contains(t),
            FacetOption::Blur(t) => self.blur.contains(t),
            FacetOption::Platform(p) => self.platforms.contains(p),
            FacetOption::HideAdded => self.hide_added,
            FacetOption::HideDiscontinued => self.hide_discontinued,
            FacetOption::Light(l) => self.lights.contains(l),
        }
    }

    /// Checks or unchecks an option; unchecking a participants preset removes the minimum.
    pub fn set(&mut self, option: &FacetOption, on: bool) {
        match option {
            FacetOption::Location(code) => {
                self.locations.retain(|c| !c.eq_ignore_ascii_case(code));
                if on {
                    self.locations.insert(code.clone());
                }
            }
            FacetOption::EeaOnly => self.eea_only = on,
            FacetOption::MinParticipants(n) => {
                if on {
                    self.min_participants = Some(*n);
                } else if self.min_participants == Some(*n) {
                    self.min_participants = None;
                }
            }
            FacetOption::E2e(t) => self.e2e.set(*t, on),
            FacetOption::Blur(t) => self.blur.set(*t, on),
            FacetOption::Platform(p) => self.platforms.set(*p, on),
            FacetOption::HideAdded => self.hide_added = on,
            FacetOption::HideDiscontinued => self.hide_discontinued = on,
            FacetOption::Light(l) => self.lights.set(*l, on),
        }
    }

    /// This filter with one more option checked.
    pub fn with(&self, option: &FacetOption) -> Filter {
        let mut filter = self.clone();
        filter.set(option, true);
        filter
    }

    fn has_location(&self, code: &str) -> bool {
        self.locations.iter().any(|c| c.eq_ignore_ascii_case(code))
    }
}

/// Whether ASCII `text` contains the folded (lower-case) `word`, ignoring ASCII case. A word
/// with other letters cannot occur in ASCII text, and its bytes never equal ASCII ones.
fn contains_ascii_ignoring_case(text: &[u8], word: &str) -> bool {
    text.windows(word.len())
        .any(|part| part.eq_ignore_ascii_case(word.as_bytes()))
}

/// A filter ready to test many tools: the search words are folded once, not once per tool.
pub(crate) struct Matcher<'a> {
    filter: &'a Filter,
    words: Vec<String>,
}

impl<'a> Matcher<'a> {
    pub(crate) fn new(filter: &'a Filter) -> Matcher<'a> {
        let words = fold(&filter.query)
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        Matcher { filter, words }
    }

    /// Whether `name` contains every search word, ignoring case and accents.
    fn has_every_word(&self, name: &str) -> bool {
        // Folding the name is the costliest check (the caller skips it when there is no
        // query), so a plain ASCII name is compared in place: folded, it would only be
        // lower-cased.
        match name.is_ascii() {
            true => {
                let name = name.as_bytes();
                self.words
                    .iter()
                    .all(|w| contains_ascii_ignoring_case(name, w))
            }
            false => {
                let name = fold(name);
                self.words.iter().all(|w| name.contains(w.as_str()))
            }
        }
    }

    /// The criteria `tool` fails, as a bit set of [`Criterion::bit`]s; zero means it matches.
    pub(crate) fn failures(&self, tool: &Tool) -> u16 {
        Criterion::ALL
            .iter()
            .filter(|&&c| !self.passes(c, tool))
            .fold(0, |bits, c| bits | c.bit())
    }

    /// Whether `tool` passes one part of the filter.
    pub(crate) fn passes(&self, criterion: Criterion, tool: &Tool) -> bool {
        let f = self.filter;
        let any_or = |set: &EnumSet<Tristate>, value| set.is_empty() || set.contains(&value);
        match criterion {
            Criterion::Query => {
                // A renamed tool is still known by its former name; only a name that fails
                // sends the search on to it, and most tools have none.
                self.words.is_empty()
                    || self.has_every_word(&tool.name)
                    || tool
                        .former_name
                        .as_deref()
                        .is_some_and(|name| self.has_every_word(name))
            }
            Criterion::Location => {
                f.locations.is_empty()
                    || tool
                        .location
                        .as_ref()
                        .is_some_and(|l| f.has_location(l.code()))
            }
            Criterion::EeaOnly => {
                !f.eea_only || tool.location.as_ref().is_some_and(Location::can_be_in_eea)
            }
            Criterion::MinParticipants => f
                .min_participants
                .is_none_or(|min| tool.max_participants.is_some_and(|n| n >= min)),
            Criterion::E2e => any_or(&f.e2e, tool.e2e),
            Criterion::Blur => any_or(&f.blur, tool.blur),
            Criterion::Platforms => f.platforms.iter().all(|p| tool.platforms.get(p).is_yes()),
            Criterion::HideAdded => !f.hide_added || tool.origin != Origin::Added,
            Criterion::HideDiscontinued => !f.hide_discontinued || !tool.is_discontinued(),
            Criterion::Light => {
                // Without a scenario there are no lights, and a light filter (say, from an old
                // link) must not hide everything.
                f.lights.is_empty() || tool.light.is_none_or(|l| f.lights.contains(&l))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::testing::{builtin, current, ids, located, unknown_tool};
    use crate::domain::Tool;

    fn shown<'t>(filter: &Filter, tools: &'t [Tool]) -> Vec<&'t str> {
        ids(tools, &filter.apply(tools))
    }

    fn searching(query: &str) -> Filter {
        Filter {
            query: query.to_owned(),
            ..Filter::default()
        }
    }

    #[test]
    fn without_filters_every_tool_is_shown_in_data_order() {
        let tools = builtin();
        let rows = Filter::default().apply(&tools);
        assert_eq!(rows, (0..11).collect::<Vec<_>>());
        assert!(Filter::default().is_empty());
    }

    #[test]
    fn search_ignores_case_and_accents() {
        let tools = builtin();
        assert_eq!(shown(&searching("zoom"), &tools), ["zoom"]);
        assert_eq!(shown(&searching("WEBEX"), &tools), ["webex"]);
        assert_eq!(shown(&searching("blîzz"), &tools), ["blizz"]);
        assert_eq!(shown(&searching("Blizz"), &tools), ["blizz"]);
        let renamed = [Tool {
            name: "Jitsi Méet Straße".to_owned(),
            ..unknown_tool("jitsi")
        }];
        assert_eq!(shown(&searching("MEET STRASSE"), &renamed), ["jitsi"]);
        // A plain ASCII name is compared in place; the query is still folded.
        let ascii = [Tool {
            name: "Jitsi Meet Strasse".to_owned(),
            ..unknown_tool("ascii")
        }];
        assert_eq!(shown(&searching("méet STRAßE"), &ascii), ["ascii"]);
        assert_eq!(shown(&searching("itsi m"), &ascii), ["ascii"]);
        assert!(shown(&searching("jitsim"), &ascii).is_empty());
        assert!(shown(&searching("ω"), &ascii).is_empty());
    }

    #[test]
    fn search_finds_a_renamed_tool_by_its_former_name_too() {
        let tools = current();
        assert_eq!(shown(&searching("Blizz"), &tools), ["blizz"]);
        assert_eq!(shown(&searching("gotomeeting"), &tools), ["gotomeeting"]);
        assert_eq!(shown(&searching("logmein goto"), &tools), ["gotomeeting"]);
        assert_eq!(shown(&searching("teamviewer meeting"), &tools), ["blizz"]);
        // All words in one of the names: the current and the former name are not mixed.
        assert!(shown(&searching("blizz meeting"), &tools).is_empty());
        let accented = [Tool {
            former_name: Some("Konferenz Überall".into()),
            ..unknown_tool("renamed")
        }];
        assert_eq!(shown(&searching("uberall"), &accented), ["renamed"]);
        assert!(shown(&searching("renamed uberall"), &accented).is_empty());
    }

    #[test]
    fn search_finds_names_containing_every_word_in_any_order() {
        let tools = builtin();
        assert_eq!(shown(&searching("webex cisco"), &tools), ["webex"]);
        assert_eq!(shown(&searching("team"), &tools), ["blizz", "teams"]);
        assert_eq!(shown(&searching("team  viewer"), &tools), ["blizz"]);
        assert!(shown(&searching("zoom teams"), &tools).is_empty());
        assert_eq!(shown(&searching("   "), &tools).len(), 11);
    }

    #[test]
    fn chosen_locations_show_tools_in_any_of_them_whatever_the_case() {
        let tools = builtin();
        let mut filter = Filter::default();
        filter.set(&FacetOption::Location("DE".into()), true);
        assert_eq!(shown(&filter, &tools), ["blizz", "fastviewer"]);
        filter.set(&FacetOption::Location("nor".into()), true);
        assert_eq!(shown(&filter, &tools), ["blizz", "fastviewer", "whereby"]);
        assert!(filter.is_on(&FacetOption::Location("NOR".into())));
        filter.set(&FacetOption::Location("NOR".into()), false);
        assert_eq!(filter.locations.len(), 1);
    }

    #[test]
    fn eu_eea_only_keeps_tools_hosted_in_the_eea_and_drops_unknown_locations() {
        let tools = [
            located("berlin", "DE"),
            located("oslo", "NO"),
            located("zurich", "CH"),
            located("usa", "USA"),
            unknown_tool("nowhere"),
            located("own-server", "self-hosted"),
        ];
        let filter = Filter {
            eea_only: true,
            ..Filter::default()
        };
        assert_eq!(shown(&filter, &tools), ["berlin", "oslo", "own-server"]);
    }

    #[test]
    fn eu_eea_only_keeps_the_self_hosted_tools_and_drops_wire_whose_location_is_unknown() {
        let tools = current();
        let filter = Filter {
            eea_only: true,
            ..Filter::default()
        };
        assert_eq!(
            shown(&filter, &tools),
            [
                "blizz",
                "fastviewer",
                "whereby",
                "jitsi-meet",
                "bigbluebutton",
                "nextcloud-talk",
                "alfaview",
                "opentalk"
            ]
        );
    }

    #[test]
    fn self_hosted_can_be_chosen_as_a_location_of_its_own() {
        let tools = current();
        let filter = Filter::default().with(&FacetOption::Location("self-hosted".into()));
        assert_eq!(
            shown(&filter, &tools),
            ["jitsi-meet", "bigbluebutton", "nextcloud-talk"]
        );
    }

    #[test]
    fn a_minimum_of_participants_never_admits_an_unknown_maximum() {
        let tools = [
            Tool {
                max_participants: Some(100),
                ..unknown_tool("hundred")
            },
            Tool {
                max_participants: Some(99),
                ..unknown_tool("ninety-nine")
            },
            unknown_tool("unknown"),
        ];
        let mut filter = Filter {
            min_participants: Some(100),
            ..Filter::default()
        };
        assert_eq!(shown(&filter, &tools), ["hundred"]);
        filter.min_participants = Some(0);
        assert_eq!(shown(&filter, &tools), ["hundred", "ninety-nine"]);
    }

    #[test]
    fn a_minimum_above_every_maximum_leaves_no_tool_and_survives_a_link() {
        let tools = builtin();
        let filter = Filter {
            min_participants: crate::domain::count_at_least("99999999999"),
            ..Filter::default()
        };
        assert!(shown(&filter, &tools).is_empty());
        let state = crate::domain::UrlState {
            filter,
            ..Default::default()
        };
        let (read, notices) = crate::domain::decode(&crate::domain::encode(&state), &tools);
        assert_eq!((read, notices), (state, Vec::new()));
    }

    #[test]
    fn e2e_shows_tools_with_any_of_the_chosen_values() {
        let tools = builtin();
        let with = |values: &[Tristate]| {
            let filter = Filter {
                e2e: values.iter().copied().collect(),
                ..Filter::default()
            };
            shown(&filter, &tools).len()
        };
        assert_eq!(with(&[Tristate::Yes]), 7);
        assert_eq!(with(&[Tristate::No]), 4);
        assert_eq!(with(&[Tristate::Yes, Tristate::No]), 11);
        assert_eq!(with(&[Tristate::Unknown]), 0);
        assert_eq!(with(&[]), 11);
    }

    #[test]
    fn an_unknown_blur_is_matched_only_by_choosing_unknown_never_by_no() {
        let tools = builtin();
        let with = |value| {
            let filter = Filter::default().with(&FacetOption::Blur(value));
            shown(&filter, &tools).len()
        };
        assert_eq!(with(Tristate::Yes), 3);
        assert_eq!(with(Tristate::No), 0);
        assert_eq!(with(Tristate::Unknown), 8);
    }

    #[test]
    fn every_required_platform_must_be_supported_and_unknown_support_does_not_count() {
        let tools = builtin();
        let mut filter = Filter::default().with(&FacetOption::Platform(Platform::Browser));
        assert_eq!(shown(&filter, &tools).len(), 10);
        filter.set(&FacetOption::Platform(Platform::Macos), true);
        let shown_now = shown(&filter, &tools);
        assert_eq!(shown_now.len(), 8);
        assert!(!shown_now.contains(&"lifesize") && !shown_now.contains(&"whereby"));
        let unknown = [unknown_tool("mystery")];
        assert!(shown(&filter, &unknown).is_empty());
    }

    #[test]
    fn hiding_added_tools_keeps_the_source_table() {
        let mut tools = builtin();
        tools.push(unknown_tool("jitsi"));
        let filter = Filter::default().with(&FacetOption::HideAdded);
        assert_eq!(shown(&filter, &tools).len(), 11);
        assert_eq!(shown(&Filter::default(), &tools).len(), 12);
    }

    #[test]
    fn hiding_discontinued_tools_hides_those_the_data_view_marks_discontinued() {
        let tools = builtin();
        let filter = Filter::default().with(&FacetOption::HideDiscontinued);
        assert_eq!(
            shown(&filter, &tools).len(),
            11,
            "the original table has none"
        );
        let current = current();
        let rows = filter.apply(&current);
        assert_eq!(rows.len(), current.len() - 2);
        assert!(!ids(&current, &rows).contains(&"skype"));
        assert!(!ids(&current, &rows).contains(&"bluejeans"));
    }

    #[test]
    fn filters_combine_with_and() {
        let tools = builtin();
        let filter = Filter {
            query: "viewer".to_owned(),
            eea_only: true,
            min_participants: Some(100),
            ..Filter::default()
        };
        assert_eq!(shown(&filter, &tools), ["blizz", "fastviewer"]);
        let tool = &tools[1];
        assert!(filter.matches(tool));
        let stricter = filter.with(&FacetOption::Platform(Platform::Android));
        assert!(!stricter.matches(tool));
    }

    #[test]
    fn unchecking_every_checked_option_resets_the_filter() {
        let options = [
            FacetOption::Location("USA".into()),
            FacetOption::EeaOnly,
            FacetOption::MinParticipants(200),
            FacetOption::E2e(Tristate::Unknown),
            FacetOption::Blur(Tristate::No),
            FacetOption::Platform(Platform::Ios),
            FacetOption::HideAdded,
            FacetOption::HideDiscontinued,
        ];
        let mut filter = Filter::default();
        for option in &options {
            filter.set(option, true);
            assert!(filter.is_on(option), "{option:?}");
        }
        assert!(!filter.is_empty());
        for option in &options {
            filter.set(option, false);
            assert!(!filter.is_on(option), "{option:?}");
        }
        assert!(filter.is_empty());
    }

    #[test]
    fn unchecking_another_participants_preset_keeps_the_current_minimum() {
        let mut filter = Filter::default().with(&FacetOption::MinParticipants(200));
        filter.set(&FacetOption::MinParticipants(100), false);
        assert_eq!(filter.min_participants, Some(200));
        filter.set(&FacetOption::MinParticipants(300), true);
        assert_eq!(filter.min_participants, Some(300));
    }
}
