//! A disclosure that explains one fact: what changed, why, and the source. Native
//! `<details>` keeps it reachable by keyboard and announced by screen readers, not hover-only;
//! Escape closes it, as it closes other things that open over the text.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::source_note;
use crate::domain::{Lang, Source, SourceDate, Text};
use crate::i18n::{date, t, Msg};

/// What one footnote shows.
pub struct Footnote<'a> {
    /// The always visible part, e.g. "geändert [2]".
    pub summary: AttrValue,
    /// An optional first line, e.g. "Originaltabelle: 500 → aktuell: 300".
    pub detail: Option<AttrValue>,
    pub note: &'a Text,
    pub source: Option<&'a Source>,
    pub as_of: Option<SourceDate>,
    /// Modifier class for the summary's look (`changed`, `status`, `rating`, `note`).
    pub kind: &'static str,
}

/// A plain view function: a table row can hold several footnotes, and a component per
/// footnote cost more code and more work per row than this.
pub fn footnote(lang: Lang, footnote: Footnote) -> Html {
    // Footnotes do not nest, so the nearest `<details>` around the key's target is this one.
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        if e.key() != "Escape" {
            return;
        }
        let details = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|target| target.closest("details").ok().flatten());
        if details.is_some_and(|d| close(&d)) {
            // Handled: an enclosing part (a panel, the host page) must not act on it too.
            e.prevent_default();
            e.stop_propagation();
        }
    });
    html! {
        <details class={format!("vkc-footnote vkc-footnote--{}", footnote.kind)} {onkeydown}>
            <summary class="vkc-footnote__summary">{ footnote.summary }</summary>
            <div class="vkc-footnote__body">
                if let Some(detail) = footnote.detail {
                    <p class="vkc-footnote__detail">{ detail }</p>
                }
                <p>{ footnote.note.get(lang) }</p>
                if let Some(as_of) = footnote.as_of {
                    <p class="vkc-footnote__as-of">{ t(lang, Msg::AsOf) }{ ": " }{ date(lang, as_of) }</p>
                }
                if let Some(source) = footnote.source {
                    { source_note(lang, source) }
                }
            </div>
        </details>
    }
}

/// Closes an open footnote and returns focus to its summary, where the user opened it (focus
/// inside the body, on its source link, would otherwise vanish with it). False if it was closed.
fn close(details: &web_sys::Element) -> bool {
    if !details.has_attribute("open") {
        return false;
    }
    let _ = details.remove_attribute("open");
    let summary = details.query_selector("summary").ok().flatten();
    if let Some(summary) = summary.and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = summary.focus();
    }
    true
}
