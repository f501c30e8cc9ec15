//! A labelled group of buttons of which exactly one is pressed (language, data view).

use yew::prelude::*;

/// One button: its text, when the text is in another language that language, whether it is
/// the pressed one, and what a click does.
pub struct Choice {
    pub label: &'static str,
    pub lang: Option<&'static str>,
    pub pressed: bool,
    pub onclick: Callback<MouseEvent>,
}

/// A plain view function, not generic over the value: one copy of the markup serves every
/// group.
pub fn choice_buttons(label: &'static str, choices: Vec<Choice>) -> Html {
    html! {
        <div class="vkc-choice" role="group" aria-label={label}>
            { for choices.into_iter().map(|choice| html! {
                <button type="button" class="vkc-choice__button" lang={choice.lang}
                    aria-pressed={if choice.pressed { "true" } else { "false" }} onclick={choice.onclick}>
                    { choice.label }
                </button>
            }) }
        </div>
    }
}
