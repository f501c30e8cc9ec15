//! The switch between the source table as published and the current state of the facts.

use yew::prelude::*;

use crate::app::use_lang;
use crate::components::{Choice, ChoiceButtons};
use crate::domain::DataView;
use crate::i18n::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct ViewSwitchProps {
    pub view: DataView,
    pub on_change: Callback<DataView>,
}

#[function_component]
pub fn ViewSwitch(props: &ViewSwitchProps) -> Html {
    let lang = use_lang();
    let choices = [DataView::Original, DataView::Current]
        .map(|view| Choice {
            value: view,
            label: t(lang, Msg::View(view)).into(),
            lang: None,
        })
        .to_vec();
    html! {
        <ChoiceButtons<DataView> label={t(lang, Msg::ViewSwitch)} {choices}
            selected={props.view} on_change={props.on_change.clone()} />
    }
}
