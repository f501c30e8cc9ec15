//! The dismissible notice that names what an opened link contained but the widget ignored.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::use_lang;
use crate::domain::Ignored;
use crate::i18n::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct LinkNoticeProps {
    pub ignored: Rc<[Ignored]>,
    pub on_dismiss: Callback<()>,
}

#[function_component]
pub fn LinkNotice(props: &LinkNoticeProps) -> Html {
    let lang = use_lang();
    if props.ignored.is_empty() {
        return html! {};
    }
    let onclick = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="vkc-notice" role="status">
            <p class="vkc-notice__title">{ t(lang, Msg::LinkNoticeTitle) }</p>
            <ul>
                { for props.ignored.iter().map(|i| {
                    let part = match (i.key.is_empty(), i.value.is_empty()) {
                        (true, _) => String::new(),
                        (false, true) => format!("„{}“: ", i.key),
                        (false, false) => format!("„{}={}“: ", i.key, i.value),
                    };
                    html! { <li>{ part }{ t(lang, Msg::IgnoreReason(i.reason)) }</li> }
                }) }
            </ul>
            <button type="button" class="vkc-button" {onclick}>{ t(lang, Msg::Dismiss) }</button>
        </div>
    }
}
