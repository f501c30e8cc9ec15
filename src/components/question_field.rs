//! One checklist question as a group of three radio buttons: yes, no, don't know.

use yew::prelude::*;

use crate::app::use_lang;
use crate::domain::Tristate;
use crate::i18n::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct QuestionFieldProps {
    pub legend: AttrValue,
    pub value: Tristate,
    pub on_change: Callback<Tristate>,
    /// The radio group's name, unique on the page.
    pub name: AttrValue,
    /// Stable key, as `data-question` for tests and embedders.
    pub key_name: &'static str,
}

#[function_component]
pub fn QuestionField(props: &QuestionFieldProps) -> Html {
    let lang = use_lang();
    html! {
        <fieldset class="vkc-question" data-question={props.key_name}>
            <legend class="vkc-question__text">{ props.legend.clone() }</legend>
            { for Tristate::ALL.map(|value| {
                let onchange = props.on_change.reform(move |_: Event| value);
                html! {
                    <label class="vkc-question__answer">
                        <input type="radio" name={props.name.clone()} value={value.key()}
                            checked={props.value == value} {onchange} />
                        { t(lang, Msg::Answer(value)) }
                    </label>
                }
            }) }
        </fieldset>
    }
}
