//! The widget's plain button (`vkc-button`), built in one place rather than by every view.

use yew::prelude::*;

/// A `type="button"` with the text `label`. `disabled` false leaves the attribute out.
pub fn button(label: AttrValue, onclick: Callback<MouseEvent>, disabled: bool) -> Html {
    html! {
        <button type="button" class="vkc-button" {onclick} {disabled}>{ label }</button>
    }
}
