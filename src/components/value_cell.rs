//! One fact of one tool as the table shows it, with the footnote of its change if it has one.

use yew::prelude::*;

use crate::components::{footnote, tristate_value, Footnote};
use crate::domain::{Change, FieldValue, Lang, Source, Tristate};
use crate::i18n::{count, location, t, value, Msg};

/// The update behind a value in the current view: its footnote number, the change and its source.
pub type NumberedChange<'a> = (usize, &'a Change, Option<&'a Source>);

/// A plain view function (see `tristate_value`): the table shows nine per row.
///
/// One node, as the table's phone layout needs (a grid of label and value): a location with its
/// region, or a value with its footnote, comes wrapped in a span; a lone value does not, which
/// spares every row of a long table eight elements.
///
/// Self-hosted software shows words in place of a code ("selbst betrieben", with "Standort
/// nach Wahl" as its region line), so it reads apart from both a country and "k. A.".
pub fn value_cell(lang: Lang, field_value: &FieldValue, change: Option<NumberedChange>) -> Html {
    let shown = match field_value {
        // One text node for the code and the space that parts it from the region in copied text.
        FieldValue::Location(Some(place)) => {
            let (name, region) = location(lang, place);
            html! {
                <>
                    { format!("{name} ") }
                    <span class="vkc-table__region">{ region }</span>
                </>
            }
        }
        FieldValue::MaxParticipants(Some(n)) => html! { count(lang, *n) },
        FieldValue::Location(None) | FieldValue::MaxParticipants(None) => {
            tristate_value(lang, Tristate::Unknown)
        }
        FieldValue::E2e(v) | FieldValue::Platform(_, v) | FieldValue::Blur(v) => {
            tristate_value(lang, *v)
        }
    };
    let footnote = change.map(|(number, change, source)| {
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
        footnote(
            lang,
            Footnote {
                summary: format!("{word} [{number}]").into(),
                detail: Some(detail.into()),
                note: &change.note,
                source,
                as_of: Some(change.as_of),
                kind,
            },
        )
    });
    let alone = footnote.is_none() && !matches!(field_value, FieldValue::Location(Some(_)));
    match alone {
        true => shown,
        false => html! { <span class="vkc-table__value">{ shown }{ for footnote }</span> },
    }
}
