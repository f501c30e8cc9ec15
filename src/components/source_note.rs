//! A citation line: publisher, title, date and link of one source.

use yew::prelude::*;

use crate::app::use_lang;
use crate::domain::Source;
use crate::i18n::{date, t, Msg};

#[derive(Properties, PartialEq)]
pub struct SourceNoteProps {
    pub source: Source,
}

#[function_component]
pub fn SourceNote(props: &SourceNoteProps) -> Html {
    let lang = use_lang();
    let source = &props.source;
    let title = match &source.url {
        Some(url) => {
            html! { <a href={url.clone()} rel="noopener noreferrer">{ &source.title }</a> }
        }
        None => html! { { &source.title } },
    };
    let when = source
        .date
        .map_or_else(|| t(lang, Msg::Undated).to_owned(), |d| date(lang, d));
    html! {
        <p class="vkc-source">
            { t(lang, Msg::SourceLabel) }{ ": " }{ &source.publisher }{ ", „" }{ title }
            { "“, " }{ when }
        </p>
    }
}
