//! The visible language switch.

use yew::prelude::*;

use crate::app::{use_lang, use_set_lang};
use crate::components::{Choice, ChoiceButtons};
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
    let on_change = use_set_lang();
    let choices = Lang::ALL
        .map(|lang| Choice {
            value: lang,
            label: endonym(lang).into(),
            lang: Some(lang.tag()),
        })
        .to_vec();
    html! {
        <ChoiceButtons<Lang> label={t(current, Msg::LanguageSwitch)} {choices}
            selected={current} {on_change} />
    }
}
