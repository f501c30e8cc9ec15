//! A citation line: publisher, title, date and link of one source.

use yew::prelude::*;

use crate::domain::{Lang, Source};
use crate::i18n::{date, quotes, t, Msg};

/// A plain view function: footnotes, the comparison and the source list each show many.
pub fn source_note(lang: Lang, source: &Source) -> Html {
    let title = match &source.url {
        Some(url) => {
            html! { <a href={url.clone()} rel="noopener noreferrer">{ &source.title }</a> }
        }
        None => html! { { &source.title } },
    };
    let when = source
        .date
        .map_or_else(|| t(lang, Msg::Undated).to_owned(), |d| date(lang, d));
    let (open, close) = quotes(lang);
    html! {
        <p class="vkc-source">
            { t(lang, Msg::SourceLabel) }{ ": " }{ &source.publisher }{ ", " }{ open }{ title }
            { close }{ ", " }{ when }
        </p>
    }
}
