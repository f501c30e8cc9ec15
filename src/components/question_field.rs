//! One checklist question as a group of three radio buttons: yes, no, don't know.

use yew::prelude::*;

use crate::domain::{Lang, Tristate};
use crate::i18n::{t, Msg};

/// A plain view function: the checklist shows one per question. `name` is the radio group's
/// name, unique on the page; `key_name` a stable key, as `data-question` for tests and
/// embedders.
pub fn question_field(
    lang: Lang,
    legend: &'static str,
    current: Tristate,
    on_change: &Callback<Tristate>,
    name: &AttrValue,
    key_name: &'static str,
) -> Html {
    html! {
        <fieldset class="vkc-question" data-question={key_name}>
            <legend class="vkc-question__text">{ legend }</legend>
            { for Tristate::ALL.map(|value| {
                let onchange = on_change.reform(move |_: Event| value);
                html! {
                    <label class="vkc-question__answer">
                        <input type="radio" name={name.clone()} value={value.key()}
                            checked={current == value} {onchange} />
                        { t(lang, Msg::Answer(value)) }
                    </label>
                }
            }) }
        </fieldset>
    }
}
