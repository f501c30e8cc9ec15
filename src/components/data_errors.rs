//! A panel that lists problems field by field (of a data file, or of embedding options).

use std::rc::Rc;

use yew::prelude::*;

use crate::app::use_lang;
use crate::domain::DataError;
use crate::i18n::{problem, t, Msg};

#[derive(Properties, PartialEq)]
pub struct DataErrorsProps {
    pub title: Msg,
    pub hint: Msg,
    pub errors: Rc<[DataError]>,
}

#[function_component]
pub fn DataErrors(props: &DataErrorsProps) -> Html {
    let lang = use_lang();
    html! {
        <div class="vkc-alert" role="alert">
            <h3 class="vkc-alert__title">{ t(lang, props.title) }</h3>
            <p>{ t(lang, props.hint) }</p>
            <ul class="vkc-alert__list">
                { for props.errors.iter().map(|e| html! {
                    <li><code>{ if e.path.is_empty() { "/" } else { &e.path } }</code>
                        { ": " }{ problem(lang, &e.problem) }</li>
                }) }
            </ul>
        </div>
    }
}
