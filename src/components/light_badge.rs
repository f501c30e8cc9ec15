//! A traffic light as text with a distinct icon per level, never by colour alone.

use yew::prelude::*;

use crate::domain::compliance::TrafficLight;
use crate::domain::Lang;
use crate::i18n::{t, Msg};

/// A plain view function: the table shows one per row once a scenario is set.
pub fn light_badge(lang: Lang, light: TrafficLight) -> Html {
    let (icon, class) = match light {
        TrafficLight::Red => ("✖", "vkc-light vkc-light--red"),
        TrafficLight::Yellow => ("!", "vkc-light vkc-light--yellow"),
        TrafficLight::Green => ("✓", "vkc-light vkc-light--green"),
    };
    html! {
        <span {class} data-verdict={light.key()}>
            <span class="vkc-light__icon" aria-hidden="true">{ icon }</span>
            { t(lang, Msg::Light(light)) }
        </span>
    }
}
