//! The visible language switch: one pressed-state button per language.

use yew::prelude::*;

use crate::app::{use_lang, use_set_lang};
use crate::domain::Lang;
use crate::i18n::{t, Msg};

/// Each language's own name, so a reader finds theirs whatever is shown.
fn endonym(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Deutsch",
        Lang::En => "English",
    }
}

#[function_component]
pub fn LangSwitch() -> Html {
    let current = use_lang();
    let set_lang = use_set_lang();
    html! {
        <div class="vkc-lang" role="group" aria-label={t(current, Msg::LanguageSwitch)}>
            { for Lang::ALL.into_iter().map(|lang| {
                let on_click = set_lang.reform(move |_: MouseEvent| lang);
                html! {
                    <button type="button" class="vkc-lang__button" lang={lang.tag()}
                        aria-pressed={(lang == current).to_string()} onclick={on_click}>
                        { endonym(lang) }
                    </button>
                }
            }) }
        </div>
    }
}
