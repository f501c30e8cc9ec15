//! Moving focus to content that the action just taken makes appear elsewhere in the widget.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Focuses the first match of `selector` in the widget around `event`'s target once Yew has
/// rendered. Call it right after the action is emitted: Yew renders in a task that emit queued,
/// and this task is queued after it, so the element exists when it runs.
pub fn focus_after_render(event: &web_sys::Event, selector: &'static str) {
    let widget = event
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok())
        .and_then(|origin| origin.closest(".vkc").ok().flatten());
    let Some(widget) = widget else { return };
    wasm_bindgen_futures::spawn_local(async move {
        let found = widget.query_selector(selector).ok().flatten();
        if let Some(element) = found.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            let _ = element.focus();
        }
    });
}
