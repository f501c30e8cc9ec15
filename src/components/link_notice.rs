//! The dismissible notice that names what an opened link contained but the widget ignored.

use yew::prelude::*;

use crate::components::button;
use crate::domain::{Ignored, Lang};
use crate::i18n::{quotes, t, Msg};

/// A plain view function, rendered by the app.
pub fn link_notice(lang: Lang, ignored: &[Ignored], on_dismiss: &Callback<()>) -> Html {
    if ignored.is_empty() {
        return html! {};
    }
    let onclick = on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="vkc-notice" role="status">
            <p class="vkc-notice__title">{ t(lang, Msg::LinkNoticeTitle) }</p>
            <ul>
                { for ignored.iter().map(|i| {
                    let (open, close) = quotes(lang);
                    let part = match (i.key.is_empty(), i.value.is_empty()) {
                        (true, _) => String::new(),
                        (false, true) => format!("{open}{}{close}: ", i.key),
                        (false, false) => format!("{open}{}={}{close}: ", i.key, i.value),
                    };
                    html! { <li>{ part }{ t(lang, Msg::IgnoreReason(i.reason)) }</li> }
                }) }
            </ul>
            { button(t(lang, Msg::Dismiss).into(), onclick, false) }
        </div>
    }
}
