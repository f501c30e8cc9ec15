//! Every source the data cites, collapsed under the table.

use yew::prelude::*;

use crate::app::{use_lang, Shared};
use crate::components::SourceNote;
use crate::domain::Catalog;
use crate::i18n::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct SourcesListProps {
    pub catalog: Shared<Catalog>,
}

#[function_component]
pub fn SourcesList(props: &SourcesListProps) -> Html {
    let lang = use_lang();
    let sources = &props.catalog.sources;
    html! {
        <details class="vkc-sources">
            <summary>{ t(lang, Msg::SourcesTitle) }{ format!(" ({})", sources.len()) }</summary>
            <ol class="vkc-sources__list">
                { for sources.iter().map(|source| html! {
                    <li key={source.id.as_str()}><SourceNote source={source.clone()} /></li>
                }) }
            </ol>
        </details>
    }
}
