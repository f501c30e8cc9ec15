//! Side-by-side comparison of the chosen tools: one row per attribute, one column per tool,
//! every value with its source.

use yew::prelude::*;

use crate::app::{use_lang, Action, Shared};
use crate::components::{value_cell, SourceNote};
use crate::domain::{Catalog, Column, ResolvedTool};
use crate::i18n::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub catalog: Shared<Catalog>,
    /// The chosen tools, in the order chosen.
    pub tools: Vec<ResolvedTool>,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let lang = use_lang();
    let back = props
        .on_action
        .reform(|_: MouseEvent| Action::OpenCompare(false));
    let rows = Column::ALL
        .into_iter()
        .filter_map(|c| Some((c, c.field()?)))
        .map(|(column, field)| {
            html! {
                <tr>
                    <th scope="row">{ t(lang, Msg::Column(column)) }</th>
                    { for props.tools.iter().map(|row| {
                        let source = props.catalog.source(row.tool.source_of(field)).cloned();
                        html! {
                            // The label names the tool where phones stack the cells.
                            <td class="vkc-compare__cell" data-label={row.tool.name.clone()}>
                                { value_cell(lang, &row.tool.value(field), None) }
                                if let Some(source) = source {
                                    <SourceNote {source} />
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
            <button type="button" class="vkc-button" onclick={back}>{ t(lang, Msg::BackToTable) }</button>
            <div class="vkc-compare__scroll">
                <table class="vkc-compare__table">
                    <caption class="vkc-visually-hidden">{ t(lang, Msg::CompareTitle) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(lang, Msg::Attribute) }</th>
                            { for props.tools.iter().map(|row| html! { <th scope="col">{ &row.tool.name }</th> }) }
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}
