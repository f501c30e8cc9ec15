//! One fact of one tool as the table shows it, with the footnote of its change if it has one.

use yew::prelude::*;

use crate::app::use_lang;
use crate::components::{Footnote, TristateValue};
use crate::domain::{Change, FieldValue, Source, Tristate};
use crate::i18n::{count, t, value, Msg};

#[derive(Properties, PartialEq)]
pub struct ValueCellProps {
    pub value: FieldValue,
    /// The update behind the value in the current view, with its number and source.
    #[prop_or_default]
    pub change: Option<(usize, Change, Option<Source>)>,
}

#[function_component]
pub fn ValueCell(props: &ValueCellProps) -> Html {
    let lang = use_lang();
    let shown = match &props.value {
        FieldValue::Location(Some(location)) => html! {
            <>
                <span class="vkc-table__code">{ location.code() }</span>
                { " " }
                <span class="vkc-table__region">{ t(lang, Msg::Region(location.region())) }</span>
            </>
        },
        FieldValue::MaxParticipants(Some(n)) => html! { count(lang, *n) },
        FieldValue::Location(None) | FieldValue::MaxParticipants(None) => {
            html! { <TristateValue value={Tristate::Unknown} /> }
        }
        FieldValue::E2e(v) | FieldValue::Platform(_, v) | FieldValue::Blur(v) => {
            html! { <TristateValue value={*v} /> }
        }
    };
    let footnote = props.change.as_ref().map(|(number, change, source)| {
        let (word, kind) = match change.is_confirmation() {
            true => (t(lang, Msg::Confirmed), "note"),
            false => (t(lang, Msg::Changed), "changed"),
        };
        let detail = format!(
            "{}: {} → {}: {}",
            t(lang, Msg::InOriginal),
            value(lang, &change.old),
            t(lang, Msg::InCurrent),
            value(lang, &change.new)
        );
        html! {
            <Footnote summary={format!("{word} [{number}]")} detail={Some(AttrValue::from(detail))}
                note={change.note.clone()} source={source.clone()} as_of={Some(change.as_of)} {kind} />
        }
    });
    html! { <>{ shown }{ for footnote }</> }
}
