//! The comparison table: one row per visible tool, sortable headers, a compare checkbox per
//! row, changed cells marked with numbered footnotes; a card per row on phones.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::{Action, Shared};
use crate::components::{footnotes_of, ToolRow, ROWS_AT_ONCE};
use crate::domain::compliance::TrafficLight;
use crate::domain::{
    Catalog, Column, DataView, Direction, Lang, ResolvedTool, SortState, MAX_COMPARE,
};
use crate::i18n::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct ComparisonTableProps {
    /// The language to render in.
    pub lang: Lang,
    pub catalog: Shared<Catalog>,
    pub view: DataView,
    /// Every tool of the view, in data order.
    pub rows: Shared<Vec<ResolvedTool>>,
    /// Indices into `rows` of the tools shown, in display order.
    pub visible: Rc<[usize]>,
    /// How many of them are rendered, from the first: a long result renders in steps.
    pub rendered: usize,
    pub sort: Option<SortState>,
    pub compare: Vec<String>,
    /// Each row's traffic light (aligned with `rows`), once a scenario is set.
    pub lights: Option<Rc<[TrafficLight]>>,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn ComparisonTable(props: &ComparisonTableProps) -> Html {
    let lang = props.lang;
    let full = props.compare.len() >= MAX_COMPARE;
    // Footnotes are numbered in reading order over the visible rows.
    let mut footnotes = 0;
    // A result long enough to be rendered in steps tells assistive technology its full size,
    // and each row its place (the header row is row 1), also once every row is rendered.
    let stepped = props.visible.len() > ROWS_AT_ONCE;
    let body = props.visible[..props.rendered.min(props.visible.len())]
        .iter()
        .enumerate()
        .map(|(position, &index)| {
            let row = &props.rows[index];
            let chosen = props.compare.contains(&row.tool.id);
            let footnotes_before = footnotes;
            footnotes += footnotes_of(row);
            html! {
                <ToolRow {lang} key={row.tool.id.as_str()} catalog={props.catalog.clone()}
                    rows={props.rows.clone()} {index} rowindex={stepped.then_some(position + 2)}
                    {footnotes_before} {chosen} {full}
                    light={props.lights.as_ref().map(|l| l[index])}
                    on_action={props.on_action.clone()} />
            }
        })
        .collect::<Html>();
    html! {
        <div class="vkc-table__scroll">
        <table class="vkc-table__table"
            aria-rowcount={stepped.then(|| (props.visible.len() + 1).to_string())}>
            <caption class="vkc-table__caption">
                { t(lang, Msg::View(props.view)) }
                <span class="vkc-table__sorted">{ sort_description(lang, props.sort) }</span>
            </caption>
            <thead>
                <tr aria-rowindex={stepped.then_some("1")}>
                    <th scope="col" class="vkc-table__head vkc-table__pick">{ t(lang, Msg::CompareColumn) }</th>
                    { header(lang, Column::Tool, props.sort, &props.on_action) }
                    if props.lights.is_some() {
                        { header(lang, Column::Light, props.sort, &props.on_action) }
                    }
                    { for Column::ALL.into_iter().skip(1).map(|column| header(lang, column, props.sort, &props.on_action)) }
                </tr>
            </thead>
            <tbody>{ body }</tbody>
        </table>
        </div>
    }
}

/// A column header with its sort button and `aria-sort` when it is the primary key.
fn header(
    lang: Lang,
    column: Column,
    sort: Option<SortState>,
    on_action: &Callback<Action>,
) -> Html {
    let primary = sort.map(|s| s.primary).filter(|k| k.column == column);
    let aria_sort = primary.map(|k| match k.direction {
        Direction::Ascending => "ascending",
        Direction::Descending => "descending",
    });
    let arrow = match sort.and_then(|s| s.direction_of(column)) {
        Some(Direction::Ascending) => "▲",
        Some(Direction::Descending) => "▼",
        None => "↕",
    };
    let onclick = on_action.reform(move |_: MouseEvent| Action::SortBy(column));
    html! {
        <th scope="col" class="vkc-table__head" aria-sort={aria_sort}>
            <button type="button" class="vkc-table__sort" {onclick}>
                { t(lang, Msg::Column(column)) }
                <span class="vkc-table__arrow" aria-hidden="true">{ arrow }</span>
            </button>
        </th>
    }
}

/// "Sortiert nach Max. Teilnehmer (absteigend), dann Tool (aufsteigend)".
pub fn sort_description(lang: Lang, sort: Option<SortState>) -> String {
    let Some(sort) = sort else {
        return format!(" · {}: {}", t(lang, Msg::SortedBy), t(lang, Msg::Unsorted));
    };
    let keys: Vec<String> = sort
        .keys()
        .map(|k| {
            format!(
                "{} ({})",
                t(lang, Msg::Column(k.column)),
                t(lang, Msg::Direction(k.direction))
            )
        })
        .collect();
    format!(
        " · {}: {}",
        t(lang, Msg::SortedBy),
        keys.join(&format!(", {} ", t(lang, Msg::Then)))
    )
}
