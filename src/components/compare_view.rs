//! Side-by-side comparison of the chosen tools: one row per attribute, one column per tool,
//! every value with its source.

use yew::prelude::*;

use crate::app::Action;
use crate::components::{button, source_note, value_cell};
use crate::domain::{Catalog, Column, Lang, ResolvedTool};
use crate::i18n::{t, Msg};

/// A plain view function, rendered by the table section in place of the table. `tools` are
/// the chosen tools, in the order chosen.
pub fn compare_view(
    lang: Lang,
    catalog: &Catalog,
    tools: &[ResolvedTool],
    on_action: &Callback<Action>,
) -> Html {
    let back = on_action.reform(|_: MouseEvent| Action::OpenCompare(false));
    let rows = Column::ALL
        .into_iter()
        .filter_map(|c| Some((c, c.field()?)))
        .map(|(column, field)| {
            html! {
                <tr>
                    <th scope="row">{ t(lang, Msg::Column(column)) }</th>
                    { for tools.iter().map(|row| {
                        let source = catalog.source(row.tool.source_of(field));
                        html! {
                            // The label names the tool where phones stack the cells.
                            <td class="vkc-compare__cell" data-label={row.tool.name.clone()}>
                                { value_cell(lang, &row.tool.value(field), None) }
                                if let Some(source) = source {
                                    { source_note(lang, source) }
                                }
                            </td>
                        }
                    }) }
                </tr>
            }
        });
    html! {
        <section class="vkc-compare" aria-label={t(lang, Msg::CompareTitle)}>
            <h3 class="vkc-compare__title" tabindex="-1">{ t(lang, Msg::CompareTitle) }</h3>
            { button(t(lang, Msg::BackToTable).into(), back, false) }
            <div class="vkc-compare__scroll">
                <table class="vkc-compare__table">
                    <caption class="vkc-visually-hidden">{ t(lang, Msg::CompareTitle) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(lang, Msg::Attribute) }</th>
                            { for tools.iter().map(|row| html! { <th scope="col">{ &row.tool.name }</th> }) }
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}
