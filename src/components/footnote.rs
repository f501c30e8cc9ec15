//! A disclosure that explains one fact: what changed, why, and the source. Native
//! `<details>` keeps it reachable by keyboard and announced by screen readers, not hover-only.

use yew::prelude::*;

use crate::app::use_lang;
use crate::components::SourceNote;
use crate::domain::{Source, SourceDate, Text};
use crate::i18n::{date, t, Msg};

#[derive(Properties, PartialEq)]
pub struct FootnoteProps {
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
    let lang = use_lang();
    html! {
        <details class={format!("vkc-footnote vkc-footnote--{}", props.kind)}>
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
                    <SourceNote source={source.clone()} />
                }
            </div>
        </details>
    }
}
