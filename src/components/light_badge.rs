//! A traffic light as text with a distinct icon per level, never by colour alone.

use yew::prelude::*;

use crate::app::use_lang;
use crate::domain::compliance::TrafficLight;
use crate::i18n::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct LightBadgeProps {
    pub light: TrafficLight,
}

#[function_component]
pub fn LightBadge(props: &LightBadgeProps) -> Html {
    let lang = use_lang();
    let icon = match props.light {
        TrafficLight::Red => "✖",
        TrafficLight::Yellow => "!",
        TrafficLight::Green => "✓",
    };
    let key = props.light.key();
    html! {
        <span class={format!("vkc-light vkc-light--{key}")} data-verdict={key}>
            <span class="vkc-light__icon" aria-hidden="true">{ icon }</span>
            { t(lang, Msg::Light(props.light)) }
        </span>
    }
}
