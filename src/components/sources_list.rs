//! Every source the data cites, collapsed under the table.

use yew::prelude::*;

use crate::components::source_note;
use crate::domain::{Catalog, Lang};
use crate::i18n::{t, Msg};

/// A plain view function, rendered by the table section.
pub fn sources_list(lang: Lang, catalog: &Catalog) -> Html {
    let sources = &catalog.sources;
    html! {
        <details class="vkc-sources">
            <summary>{ t(lang, Msg::SourcesTitle) }{ format!(" ({})", sources.len()) }</summary>
            <ol class="vkc-sources__list">
                { for sources.iter().map(|source| html! {
                    <li key={source.id.as_str()}>{ source_note(lang, source) }</li>
                }) }
            </ol>
        </details>
    }
}
