//! A yes/no/unknown value as text with an icon, never by colour alone.

use yew::prelude::*;

use crate::domain::{Lang, Tristate};
use crate::i18n::{t, Msg};

/// A plain view function rather than a component: the table shows seven per row, and a
/// component each would cost more than the markup itself.
pub fn tristate_value(lang: Lang, value: Tristate) -> Html {
    let (icon, class) = match value {
        Tristate::Yes => ("✓", "vkc-value vkc-value--yes"),
        Tristate::No => ("✗", "vkc-value vkc-value--no"),
        Tristate::Unknown => ("?", "vkc-value vkc-value--unknown"),
    };
    html! {
        <span {class}>
            <span class="vkc-value__icon" aria-hidden="true">{ icon }</span>
            { t(lang, Msg::Tristate(value)) }
        </span>
    }
}
