//! The comparison table: one row per visible tool, sortable headers, a compare checkbox per
//! row, changed cells marked with numbered footnotes; a card per row on phones.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::{use_lang, Action, Shared};
use crate::components::{LightBadge, ToolName, ValueCell};
use crate::domain::compliance::TrafficLight;
use crate::domain::{
    Catalog, Column, DataView, Direction, Lang, ResolvedTool, SortState, MAX_COMPARE,
};
use crate::i18n::{choose_for_compare, t, Msg};

#[derive(Properties, PartialEq)]
pub struct ComparisonTableProps {
    pub catalog: Shared<Catalog>,
    pub view: DataView,
    /// Every tool of the view, in data order.
    pub rows: Shared<Vec<ResolvedTool>>,
    /// Indices into `rows` of the tools shown, in display order.
    pub visible: Rc<[usize]>,
    pub sort: Option<SortState>,
    pub compare: Vec<String>,
    /// Each row's traffic light (aligned with `rows`), once a scenario is set.
    pub lights: Option<Rc<[TrafficLight]>>,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn ComparisonTable(props: &ComparisonTableProps) -> Html {
    let lang = use_lang();
    let full = props.compare.len() >= MAX_COMPARE;
    // Footnotes are numbered in reading order over the visible rows.
    let mut footnote = 0;
    let body = props.visible.iter().map(|&index| {
        let row = &props.rows[index];
        let tool = &row.tool;
        let chosen = props.compare.contains(&tool.id);
        let toggle = {
            let id = tool.id.clone();
            props.on_action.reform(move |_: Event| Action::ToggleCompare(id.clone()))
        };
        let check = {
            let id = tool.id.clone();
            props.on_action.reform(move |_: MouseEvent| Action::CheckTool(Some(id.clone())))
        };
        let fields = Column::ALL.into_iter().filter_map(|c| Some((c, c.field()?)));
        let cells = fields.map(|(column, field)| {
            let change = row.change(field).map(|change| {
                footnote += 1;
                (footnote, change.clone(), props.catalog.source(&change.source).cloned())
            });
            let label = t(lang, Msg::Column(column));
            html! {
                <td class={classes!("vkc-table__cell", change.is_some().then_some("vkc-table__cell--changed"))}
                    data-label={label} data-field={field.key()}>
                    <span class="vkc-table__value"><ValueCell value={tool.value(field)} {change} /></span>
                </td>
            }
        }).collect::<Html>();
        html! {
            <tr key={tool.id.as_str()} class="vkc-table__row" data-tool={tool.id.clone()}>
                <td class="vkc-table__cell vkc-table__pick" data-label={t(lang, Msg::CompareColumn)}>
                    <input type="checkbox" checked={chosen} disabled={full && !chosen}
                        aria-label={choose_for_compare(lang, &tool.name)} onchange={toggle} />
                </td>
                <th scope="row" class="vkc-table__name">
                    <ToolName row={row.clone()} catalog={props.catalog.clone()} />
                </th>
                // The light sits next to the name, where it is seen without scrolling sideways.
                if let Some(lights) = &props.lights {
                    <td class="vkc-table__cell vkc-table__light" data-label={t(lang, Msg::LightColumn)}>
                        <span class="vkc-table__value">
                            <LightBadge light={lights[index]} />
                            <button type="button" class="vkc-button vkc-button--small" onclick={check}
                                aria-label={format!("{}: {}", t(lang, Msg::CheckTool), tool.name)}>
                                { t(lang, Msg::CheckTool) }
                            </button>
                        </span>
                    </td>
                }
                { cells }
            </tr>
        }
    }).collect::<Html>();
    html! {
        <div class="vkc-table__scroll">
        <table class="vkc-table__table">
            <caption class="vkc-table__caption">
                { t(lang, Msg::View(props.view)) }
                <span class="vkc-table__sorted">{ sort_description(lang, props.sort) }</span>
            </caption>
            <thead>
                <tr>
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
