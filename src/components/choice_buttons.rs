//! A labelled group of buttons of which exactly one is pressed (language, data view).

use yew::prelude::*;

/// One button: its value, its text and, when the text is in another language, that language.
#[derive(Clone, PartialEq)]
pub struct Choice<T> {
    pub value: T,
    pub label: AttrValue,
    pub lang: Option<&'static str>,
}

#[derive(Properties, PartialEq)]
pub struct ChoiceButtonsProps<T: PartialEq> {
    /// Names the group for screen readers.
    pub label: AttrValue,
    pub choices: Vec<Choice<T>>,
    pub selected: T,
    pub on_change: Callback<T>,
}

#[function_component]
pub fn ChoiceButtons<T: Clone + PartialEq + 'static>(props: &ChoiceButtonsProps<T>) -> Html {
    html! {
        <div class="vkc-choice" role="group" aria-label={props.label.clone()}>
            { for props.choices.iter().map(|choice| {
                let value = choice.value.clone();
                let onclick = props.on_change.reform(move |_: MouseEvent| value.clone());
                html! {
                    <button type="button" class="vkc-choice__button" lang={choice.lang}
                        aria-pressed={(choice.value == props.selected).to_string()} {onclick}>
                        { choice.label.clone() }
                    </button>
                }
            }) }
        </div>
    }
}
