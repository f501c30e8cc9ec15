//! A panel that lists problems field by field (of a data file, or of embedding options).

use yew::prelude::*;

use crate::domain::{DataError, Lang};
use crate::i18n::{problem, t, Msg};

/// A plain view function, rendered by the app.
pub fn data_errors(lang: Lang, title: Msg, hint: Msg, errors: &[DataError]) -> Html {
    html! {
        <div class="vkc-alert" role="alert">
            <h3 class="vkc-alert__title">{ t(lang, title) }</h3>
            <p>{ t(lang, hint) }</p>
            <ul class="vkc-alert__list">
                { for errors.iter().map(|e| html! {
                    <li><code>{ if e.path.is_empty() { "/" } else { &e.path } }</code>
                        { ": " }{ problem(lang, &e.problem) }</li>
                }) }
            </ul>
        </div>
    }
}
