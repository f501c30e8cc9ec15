//! The switch between the source table as published and the current state of the facts.

use yew::prelude::*;

use crate::components::{choice_buttons, Choice};
use crate::domain::{DataView, Lang};
use crate::i18n::{t, Msg};

/// A plain view function, rendered by the table section.
pub fn view_switch(lang: Lang, current: DataView, on_change: &Callback<DataView>) -> Html {
    let choices = [DataView::Original, DataView::Current]
        .map(|view| Choice {
            label: t(lang, Msg::View(view)),
            lang: None,
            pressed: view == current,
            onclick: on_change.reform(move |_| view),
        })
        .into();
    choice_buttons(t(lang, Msg::ViewSwitch), choices)
}
