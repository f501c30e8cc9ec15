//! One row of the comparison table. A component of its own with comparable props, so that a
//! change elsewhere (a filter, the sort order, another row's checkbox) leaves the rows it does
//! not touch unrendered: with thousands of tools, re-rendering every row would cost far more
//! than the change itself.

use yew::prelude::*;

use crate::app::{focus_after_render, Action, Shared};
use crate::components::{light_badge, tool_name, value_cell};
use crate::domain::compliance::TrafficLight;
use crate::domain::{Catalog, Column, Lang, ResolvedTool};
use crate::i18n::{choose_for_compare, t, Msg};

#[derive(Properties, PartialEq)]
pub struct ToolRowProps {
    /// The language to render in.
    pub lang: Lang,
    pub catalog: Shared<Catalog>,
    /// Every tool of the view; this row shows `rows[index]`.
    pub rows: Shared<Vec<ResolvedTool>>,
    pub index: usize,
    /// The row's `aria-rowindex`, where the table renders a long result in steps.
    pub rowindex: Option<usize>,
    /// Footnotes of the visible rows above this one: its own are numbered on from there.
    pub footnotes_before: usize,
    /// Chosen for the side-by-side comparison.
    pub chosen: bool,
    /// Three other tools are chosen already.
    pub full: bool,
    /// The row's traffic light; `None` until a scenario is set (then the column is absent).
    pub light: Option<TrafficLight>,
    pub on_action: Callback<Action>,
}

/// How many footnotes a row's value cells carry: one per changed field.
pub fn footnotes_of(row: &ResolvedTool) -> usize {
    value_columns()
        .filter(|(_, field)| row.change(*field).is_some())
        .count()
}

fn value_columns() -> impl Iterator<Item = (Column, crate::domain::Field)> {
    Column::ALL
        .into_iter()
        .filter_map(|c| Some((c, c.field()?)))
}

#[function_component]
pub fn ToolRow(props: &ToolRowProps) -> Html {
    let lang = props.lang;
    let row = &props.rows[props.index];
    let tool = &row.tool;
    let chosen = props.chosen;
    let toggle = {
        let id = tool.id.clone();
        props
            .on_action
            .reform(move |_: Event| Action::ToggleCompare(id.clone()))
    };
    let mut footnote = props.footnotes_before;
    let cells = value_columns()
        .map(|(column, field)| {
            let change = row.change(field).map(|change| {
                footnote += 1;
                (footnote, change, props.catalog.source(&change.source))
            });
            // The stylesheet finds cells as `tr > td`: a class on each of thousands of cells
            // would be one more string to pass from wasm and set, per cell.
            let class = change.is_some().then_some("vkc-table__cell--changed");
            html! {
                <td {class} data-label={t(lang, Msg::Column(column))} data-field={field.key()}>
                    { value_cell(lang, &tool.value(field), change) }
                </td>
            }
        })
        .collect::<Html>();
    let light = props.light.map(|light| {
        let id = tool.id.clone();
        let on_action = props.on_action.clone();
        // The check opens below the table, far from this row: focus follows it to its title,
        // so keyboard and screen-reader users land in it instead of staying on the button.
        let check = Callback::from(move |event: MouseEvent| {
            on_action.emit(Action::CheckTool(Some(id.clone())));
            focus_after_render(&event, ".vkc-check__title");
        });
        html! {
            <td class="vkc-table__light" data-label={t(lang, Msg::LightColumn)}>
                <span class="vkc-table__value">
                    { light_badge(lang, light) }
                    <button type="button" class="vkc-button vkc-button--small" onclick={check}
                        aria-label={format!("{}: {}", t(lang, Msg::CheckTool), tool.name)}>
                        { t(lang, Msg::CheckTool) }
                    </button>
                </span>
            </td>
        }
    });
    html! {
        <tr class="vkc-table__row" data-tool={tool.id.clone()}
            aria-rowindex={props.rowindex.map(|i| i.to_string())}>
            <td class="vkc-table__pick" data-label={t(lang, Msg::CompareColumn)}>
                <input type="checkbox" checked={chosen} disabled={props.full && !chosen}
                    aria-label={choose_for_compare(lang, &tool.name)} onchange={toggle} />
            </td>
            <th scope="row" class="vkc-table__name">{ tool_name(lang, row, &props.catalog) }</th>
            // The light sits next to the name, where it is seen without scrolling sideways.
            { for light }
            { cells }
        </tr>
    }
}
