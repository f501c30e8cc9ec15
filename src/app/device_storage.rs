//! Saving the calculator's scenario and answers on the device, only after the user opted in
//! (§ 25 TDDDG). The stored value exists only while the opt-in is on, so finding it means the
//! user agreed earlier; nothing else is ever read or written.

use crate::domain::compliance::{stored_state_from_json, stored_state_to_json, StoredState};
use crate::domain::Catalog;

const KEY: &str = "vk-check:calculator";

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// What a previous visit saved: `Ok(None)` when nothing was saved, `Err` when the value was
/// unreadable (it is then removed, so the user is told once).
pub fn load(catalog: &Catalog) -> Result<Option<StoredState>, ()> {
    let Some(json) = storage().and_then(|s| s.get_item(KEY).ok().flatten()) else {
        return Ok(None);
    };
    match stored_state_from_json(&json) {
        Ok(mut state) => {
            // Answers for tools the data no longer has would only grow the link.
            state.answers.retain(|id, _| catalog.tool(id).is_some());
            Ok(Some(state))
        }
        Err(error) => {
            gloo::console::warn!(format!("vk-check: discarded saved answers: {error}"));
            forget();
            Err(())
        }
    }
}

pub fn save(state: &StoredState) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(KEY, &stored_state_to_json(state));
    }
}

pub fn forget() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(KEY);
    }
}
