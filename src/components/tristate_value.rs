//! A yes/no/unknown value as text with an icon, never by colour alone.

use yew::prelude::*;

use crate::domain::{Lang, Tristate};
use crate::i18n::{t, Msg};

/// A plain view function rather than a component: the table shows seven per row, and a
/// component each would cost more than the markup itself. The icon comes from the stylesheet
/// (`::before`, hidden from assistive technology): one element per value instead of three
/// nodes more, which counts when a search replaces a page of rows.
pub fn tristate_value(lang: Lang, value: Tristate) -> Html {
    let class = match value {
        Tristate::Yes => "vkc-value vkc-value--yes",
        Tristate::No => "vkc-value vkc-value--no",
        Tristate::Unknown => "vkc-value vkc-value--unknown",
    };
    html! { <span {class}>{ t(lang, Msg::Tristate(value)) }</span> }
}
