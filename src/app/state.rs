//! The state of one widget instance and the actions that change it. Everything a link
//! reproduces lives in the domain's `UrlState`; the reducer only calls domain functions.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::compliance::{filter_for_needs, Answers, Scenario};
use crate::domain::{
    Column, DataView, FacetOption, Filter, Ignored, Lang, SortState, UrlState, MAX_COMPARE,
};

/// The instance's state: the shareable part, and the notice about an unreadable link.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WidgetState {
    pub url: UrlState,
    /// Parts of the opened link that were ignored; shown until dismissed.
    pub ignored: Rc<[Ignored]>,
    /// The user opted in to saving scenario and answers on this device.
    pub storing: bool,
    /// What became of saved answers, to tell the user once.
    pub storage_notice: Option<StorageNotice>,
}

/// News about the answers saved on the device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    Deleted,
    Corrupt,
}

/// What the user (or the browser's history) can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetView(DataView),
    SetLang(Lang),
    SetQuery(String),
    /// Checks or unchecks a filter option.
    SetOption(FacetOption, bool),
    /// `None` clears the minimum.
    SetMinParticipants(Option<u32>),
    ResetFilters,
    /// A click on a column header: sorts by it, or flips its direction.
    SortBy(Column),
    /// Chooses or drops a tool for the side-by-side comparison.
    ToggleCompare(String),
    OpenCompare(bool),
    /// Sets (or changes) the calculator's scenario.
    SetScenario(Box<Scenario>),
    /// Keeps the scenario being described before it is applied.
    SetDraft(Box<Scenario>),
    /// Replaces the answers for one tool id.
    SetAnswers(String, Box<Answers>),
    /// Opens a tool's checklist, or closes it.
    CheckTool(Option<String>),
    /// Turns the scenario's hard needs into table filters.
    ApplyNeeds,
    /// A state read from the URL (on load, back/forward), with what could not be read.
    Restore(Box<UrlState>, Vec<Ignored>),
    DismissNotice,
    /// Switches saving on the device on or off (off deletes what was saved).
    SetStoring(bool),
    DeleteStored,
}

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let url = &mut next.url;
        match action {
            Action::SetView(view) => url.view = view,
            Action::SetLang(lang) => url.lang = Some(lang),
            Action::SetQuery(query) => url.filter.query = query,
            Action::SetOption(option, on) => url.filter.set(&option, on),
            Action::SetMinParticipants(min) => url.filter.min_participants = min,
            Action::ResetFilters => url.filter = Filter::default(),
            Action::SortBy(column) => url.sort = Some(SortState::after_click(url.sort, column)),
            Action::ToggleCompare(id) => {
                if let Some(at) = url.compare.iter().position(|c| *c == id) {
                    url.compare.remove(at);
                } else if url.compare.len() < MAX_COMPARE {
                    url.compare.push(id);
                }
                url.comparing &= url.compare.len() >= 2;
            }
            Action::OpenCompare(open) => url.comparing = open && url.compare.len() >= 2,
            Action::SetScenario(scenario) => {
                url.scenario = Some(*scenario);
                url.draft = None;
            }
            Action::SetDraft(draft) => url.draft = Some(*draft),
            Action::SetAnswers(id, answers) => {
                url.answers.insert(id, *answers);
            }
            Action::CheckTool(id) => url.checking = id,
            Action::ApplyNeeds => {
                if let Some(scenario) = &url.scenario {
                    url.filter = filter_for_needs(&scenario.needs, &url.filter);
                }
            }
            Action::Restore(state, ignored) => {
                next.url = *state;
                next.ignored = ignored.into();
            }
            Action::DismissNotice => next.ignored = Rc::from([]),
            Action::SetStoring(on) => {
                next.storing = on;
                next.storage_notice = None;
            }
            Action::DeleteStored => {
                next.storing = false;
                next.storage_notice = Some(StorageNotice::Deleted);
            }
        }
        // An unchanged state keeps its Rc, so Yew skips the re-render.
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(actions: impl IntoIterator<Item = Action>) -> Rc<WidgetState> {
        actions
            .into_iter()
            .fold(Rc::default(), |state: Rc<WidgetState>, a| state.reduce(a))
    }

    #[test]
    fn at_most_three_tools_are_chosen_and_comparing_needs_two() {
        let ids = ["zoom", "teams", "skype", "webex"].map(String::from);
        let state = after(ids.iter().cloned().map(Action::ToggleCompare));
        assert_eq!(state.url.compare, ["zoom", "teams", "skype"]);
        let state = after([
            Action::ToggleCompare("zoom".into()),
            Action::OpenCompare(true),
        ]);
        assert!(!state.url.comparing, "one tool cannot be compared");
        let state = after([
            Action::ToggleCompare("zoom".into()),
            Action::ToggleCompare("teams".into()),
            Action::OpenCompare(true),
            Action::ToggleCompare("teams".into()),
        ]);
        assert!(
            !state.url.comparing,
            "dropping to one tool closes the comparison"
        );
    }

    #[test]
    fn an_action_that_changes_nothing_keeps_the_same_state() {
        let state: Rc<WidgetState> = Rc::default();
        let same = state.clone().reduce(Action::ResetFilters);
        assert!(Rc::ptr_eq(&state, &same));
    }

    #[test]
    fn a_draft_is_kept_until_the_scenario_is_applied() {
        let draft = Scenario {
            works_council: true,
            ..Scenario::default()
        };
        let state = after([Action::SetDraft(Box::new(draft.clone()))]);
        assert_eq!(state.url.draft.as_ref(), Some(&draft));
        assert_eq!(
            state.url.scenario, None,
            "a draft shows no traffic lights yet"
        );
        let state = state.reduce(Action::SetScenario(Box::new(draft.clone())));
        assert_eq!(
            (state.url.scenario.as_ref(), state.url.draft.as_ref()),
            (Some(&draft), None)
        );
    }

    #[test]
    fn clicking_a_header_twice_flips_the_direction() {
        let state = after([Action::SortBy(Column::MaxParticipants)]);
        let first = state.url.sort.unwrap().primary.direction;
        let state = state.reduce(Action::SortBy(Column::MaxParticipants));
        assert_eq!(state.url.sort.unwrap().primary.direction, first.reversed());
    }
}
