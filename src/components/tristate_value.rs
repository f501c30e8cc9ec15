//! A yes/no/unknown value as text with an icon, never by colour alone.

use yew::prelude::*;

use crate::app::use_lang;
use crate::domain::Tristate;
use crate::i18n::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct TristateValueProps {
    pub value: Tristate,
}

#[function_component]
pub fn TristateValue(props: &TristateValueProps) -> Html {
    let lang = use_lang();
    let (icon, modifier) = match props.value {
        Tristate::Yes => ("✓", "yes"),
        Tristate::No => ("✗", "no"),
        Tristate::Unknown => ("?", "unknown"),
    };
    html! {
        <span class={format!("vkc-value vkc-value--{modifier}")}>
            <span class="vkc-value__icon" aria-hidden="true">{ icon }</span>
            { t(lang, Msg::Tristate(props.value)) }
        </span>
    }
}
