//! The visible language switch.

use yew::prelude::*;

use crate::components::{choice_buttons, Choice};
use crate::domain::Lang;
use crate::i18n::{t, Msg};

/// Each language's own name, so a reader finds theirs whatever is shown.
fn endonym(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "Deutsch",
        Lang::En => "English",
    }
}

/// A plain view function: the app renders it once, with the language it already knows.
pub fn lang_switch(current: Lang, on_change: &Callback<Lang>) -> Html {
    let choices = Lang::ALL
        .map(|lang| Choice {
            label: endonym(lang),
            lang: Some(lang.tag()),
            pressed: lang == current,
            onclick: on_change.reform(move |_| lang),
        })
        .into();
    choice_buttons(t(current, Msg::LanguageSwitch), choices)
}
