//! A disclosure that explains one fact: what changed, why, and the source. Native
//! `<details>` keeps it reachable by keyboard and announced by screen readers, not hover-only;
//! Escape closes it, as it closes other things that open over the text.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::source_note;
use crate::domain::{Lang, Source, SourceDate, Text};
use crate::i18n::{date, t, Msg};

#[derive(Properties, PartialEq)]
pub struct FootnoteProps {
    /// The language to render in.
    pub lang: Lang,
    /// The always visible part, e.g. "geändert [2]".
    pub summary: AttrValue,
    /// An optional first line, e.g. "Originaltabelle: 500 → aktuell: 300".
    #[prop_or_default]
    pub detail: Option<AttrValue>,
    pub note: Text,
    pub source: Option<Source>,
    pub as_of: Option<SourceDate>,
    /// Modifier class for the summary's look (`changed`, `status`, `rating`, `note`).
    pub kind: &'static str,
}

#[function_component]
pub fn Footnote(props: &FootnoteProps) -> Html {
    let lang = props.lang;
    let details = use_node_ref();
    let onkeydown = {
        let details = details.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && close(&details) {
                // Handled: an enclosing part (a panel, the host page) must not act on it too.
                e.prevent_default();
                e.stop_propagation();
            }
        })
    };
    html! {
        <details class={format!("vkc-footnote vkc-footnote--{}", props.kind)} ref={details} {onkeydown}>
            <summary class="vkc-footnote__summary">{ props.summary.clone() }</summary>
            <div class="vkc-footnote__body">
                if let Some(detail) = &props.detail {
                    <p class="vkc-footnote__detail">{ detail.clone() }</p>
                }
                <p>{ props.note.get(lang) }</p>
                if let Some(as_of) = props.as_of {
                    <p class="vkc-footnote__as-of">{ t(lang, Msg::AsOf) }{ ": " }{ date(lang, as_of) }</p>
                }
                if let Some(source) = &props.source {
                    { source_note(lang, source) }
                }
            </div>
        </details>
    }
}

/// Closes an open footnote and returns focus to its summary, where the user opened it (focus
/// inside the body, on its source link, would otherwise vanish with it). False if it was closed.
fn close(details: &NodeRef) -> bool {
    let Some(details) = details.cast::<web_sys::Element>() else {
        return false;
    };
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
