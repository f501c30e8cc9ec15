//! Keeps an instance's state and the page's URL fragment in step: a link reproduces the view,
//! and the browser's back and forward buttons move through earlier states.

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::app::{Action, Shared};
use crate::domain::{decode, encode, Catalog, Edit, Ignored, UrlState};

/// The fragment without its `#`, or empty when the page has none.
fn current_fragment() -> String {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_owned()
}

/// The state the page's fragment describes, and what in it could not be used.
pub fn read_fragment(catalog: &Catalog) -> (UrlState, Vec<Ignored>) {
    decode(&current_fragment(), &catalog.tools)
}

/// Shows `fragment` (or the bare address, for the default state) in the address bar, in a new
/// history entry or, with `replace`, in the current one.
fn show_fragment(fragment: &str, replace: bool) {
    let window = gloo::utils::window();
    let location = window.location();
    let url = match fragment {
        "" => format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        ),
        _ => format!("#{fragment}"),
    };
    if let Ok(history) = window.history() {
        let _ = match replace {
            true => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
            false => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
        };
    }
}

/// What the address shows, as far as this instance knows.
#[derive(Default)]
struct Shown {
    /// The state the fragment stands for: read once, then kept up to date as this instance
    /// writes the fragment or the browser restores one, so that a state change need not read
    /// and decode the address again.
    state: Option<UrlState>,
    /// The edit that wrote the current history entry; the next step of the same edit replaces
    /// it (see [`Edit`]).
    last_edit: Option<Edit>,
}

/// Writes each new state into the fragment, and restores the state the fragment describes
/// when the user goes back or forward, or edits the address.
#[hook]
pub fn use_url_sync(
    state: &UrlState,
    catalog: Shared<Catalog>,
    on_action: Callback<Action>,
    enabled: bool,
) {
    let shown = use_mut_ref(Shown::default);
    {
        let (catalog, shown) = (catalog.clone(), shown.clone());
        use_effect_with(enabled, move |&enabled| {
            let listeners = enabled.then(|| {
                ["popstate", "hashchange"].map(|event| {
                    let (catalog, on_action) = (catalog.clone(), on_action.clone());
                    let shown = shown.clone();
                    EventListener::new(&gloo::utils::window(), event, move |_| {
                        let (state, ignored) = read_fragment(&catalog);
                        *shown.borrow_mut() = Shown {
                            state: Some(state.clone()),
                            last_edit: None,
                        };
                        on_action.emit(Action::Restore(Box::new(state), ignored));
                    })
                })
            });
            move || drop(listeners)
        });
    }
    use_effect_with(state.clone(), move |state| {
        if !enabled {
            return;
        }
        let mut shown = shown.borrow_mut();
        let Shown {
            state: current,
            last_edit,
        } = &mut *shown;
        // The first write only completes what the page opened with (answers saved on this
        // device, say): it replaces the entry, or Back would lead to a state without them.
        let first = current.is_none();
        // Compare meanings, not spellings: a hand-typed link needs no rewrite.
        let current = current.get_or_insert_with(|| read_fragment(&catalog).0);
        if state != current {
            let edit = state.edit_since(current);
            let same_edit = edit.is_some() && edit == *last_edit;
            show_fragment(&encode(state), first || same_edit);
            *current = state.clone();
            *last_edit = edit;
        }
    });
}
