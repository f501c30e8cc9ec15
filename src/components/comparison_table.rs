//! The comparison table: one row per tool, one column per fact, a card per row on phones.

use yew::prelude::*;

use crate::app::{use_lang, Shared};
use crate::components::{SourceNote, TristateValue};
use crate::domain::{Catalog, Column, DataView, Lang, Origin, Tool};
use crate::i18n::{count, t, Msg};

#[derive(Properties, PartialEq)]
pub struct ComparisonTableProps {
    pub catalog: Shared<Catalog>,
}

#[function_component]
pub fn ComparisonTable(props: &ComparisonTableProps) -> Html {
    let lang = use_lang();
    let catalog = &props.catalog;
    let table_source = catalog
        .tools
        .iter()
        .find(|tool| tool.origin == Origin::SourceTable)
        .and_then(|tool| catalog.source(&tool.source));
    // The caption promises the original table; the view switch will choose the view later.
    let rows = catalog.view(DataView::Original);
    html! {
        <div class="vkc-table">
            <table class="vkc-table__table">
                <caption class="vkc-table__caption">{ t(lang, Msg::Caption) }</caption>
                <thead>
                    <tr>
                        { for Column::ALL.into_iter().map(|column| html! {
                            <th scope="col" class="vkc-table__head">{ t(lang, Msg::Column(column)) }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for rows.iter().map(|row| &row.tool).map(|tool| html! {
                        <tr key={tool.id.as_str()} class="vkc-table__row" data-tool={tool.id.clone()}>
                            { for Column::ALL.into_iter().map(|column| cell(lang, tool, column)) }
                        </tr>
                    }) }
                </tbody>
            </table>
            <p class="vkc-table__legend">{ t(lang, Msg::UnknownLegend) }</p>
            if let Some(source) = table_source {
                <SourceNote source={source.clone()} />
            }
        </div>
    }
}

/// One cell; the tool name heads its row. `data-label` names the column in the phone layout.
fn cell(lang: Lang, tool: &Tool, column: Column) -> Html {
    let label = t(lang, Msg::Column(column));
    let content = match column {
        Column::Tool => {
            return html! { <th scope="row" class="vkc-table__name">{ &tool.name }</th> };
        }
        Column::Location => match &tool.location {
            Some(location) => html! {
                <>
                    <span class="vkc-table__code">{ location.code() }</span>
                    { " " }
                    <span class="vkc-table__region">{ t(lang, Msg::Region(location.region())) }</span>
                </>
            },
            None => html! { <TristateValue value={crate::domain::Tristate::Unknown} /> },
        },
        Column::MaxParticipants => match tool.max_participants {
            Some(n) => html! { count(lang, n) },
            None => html! { <TristateValue value={crate::domain::Tristate::Unknown} /> },
        },
        Column::E2e => html! { <TristateValue value={tool.e2e} /> },
        Column::Platform(platform) => {
            html! { <TristateValue value={tool.platforms.get(platform)} /> }
        }
        Column::Blur => html! { <TristateValue value={tool.blur} /> },
    };
    // One wrapper, so the phone layout's two-column grid keeps label and value side by side.
    html! {
        <td class="vkc-table__cell" data-label={label}>
            <span class="vkc-table__value">{ content }</span>
        </td>
    }
}
