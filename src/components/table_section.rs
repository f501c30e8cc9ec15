//! The table part of the widget: data view, filters, count, table or comparison, export,
//! sources. Derived lists are memoised, so a render does no filtering it need not.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::{use_lang, Action, Shared};
use crate::components::{
    CompareView, ComparisonTable, ExportBar, FilterPanel, SourceNote, SourcesList, ViewSwitch,
};
use crate::domain::compliance::TrafficLight;
use crate::domain::{sort_rows, Catalog, DataView, Facets, Origin, ResolvedTool, Tool, UrlState};
use crate::i18n::{date, shown, t, Msg};

#[derive(Properties, PartialEq)]
pub struct TableSectionProps {
    pub catalog: Shared<Catalog>,
    /// Every tool of the view in use, in data order.
    pub rows: Shared<Vec<ResolvedTool>>,
    /// Each row's traffic light, once a scenario is set.
    pub lights: Option<Rc<[TrafficLight]>>,
    pub state: UrlState,
    pub on_action: Callback<Action>,
    pub id_prefix: AttrValue,
}

#[function_component]
pub fn TableSection(props: &TableSectionProps) -> Html {
    let lang = use_lang();
    let state = &props.state;
    let rows = props.rows.clone();
    let tools = use_memo(rows.clone(), |rows| {
        rows.iter().map(|r| r.tool.clone()).collect::<Vec<Tool>>()
    });
    let visible = use_memo(
        (tools.clone(), state.filter.clone(), state.sort),
        |(tools, filter, sort)| {
            let mut visible = filter.apply(tools);
            if let Some(sort) = sort {
                sort_rows(tools, &mut visible, sort);
            }
            Rc::<[usize]>::from(visible)
        },
    );
    let facets = use_memo((tools.clone(), state.filter.clone()), |(tools, filter)| {
        Facets::compute(filter, tools)
    });
    let visible: Rc<[usize]> = (*visible).clone();
    let on_view = props.on_action.reform(Action::SetView);
    let reset = props.on_action.reform(|_: MouseEvent| Action::ResetFilters);
    let open_compare = props
        .on_action
        .reform(|_: MouseEvent| Action::OpenCompare(true));
    let chosen: Vec<ResolvedTool> = state
        .compare
        .iter()
        .filter_map(|id| rows.iter().find(|r| &r.tool.id == id).cloned())
        .collect();
    let article = props
        .catalog
        .tools
        .iter()
        .find(|tool| tool.origin == Origin::SourceTable)
        .and_then(|tool| props.catalog.source(&tool.source))
        .cloned();
    let notice = match state.view {
        DataView::Original => html! {
            <>
                <p class="vkc-stand">{ t(lang, Msg::OriginalNotice) }</p>
                if let Some(source) = article {
                    <SourceNote {source} />
                }
            </>
        },
        DataView::Current => {
            let newest = props
                .catalog
                .newest_fact_date()
                .map(|d| date(lang, d))
                .unwrap_or_default();
            html! { <p class="vkc-stand">{ t(lang, Msg::CurrentNotice) }{ " " }{ newest }{ "." }</p> }
        }
    };
    let main = if state.comparing && chosen.len() >= 2 {
        html! { <CompareView catalog={props.catalog.clone()} tools={chosen} on_action={props.on_action.clone()} /> }
    } else {
        html! {
            <>
                <div class="vkc-compare-bar">
                    <button type="button" class="vkc-button" onclick={open_compare}
                        disabled={state.compare.len() < 2}>
                        { format!("{} ({})", t(lang, Msg::CompareOpen), state.compare.len()) }
                    </button>
                    <span class="vkc-compare-bar__hint">{ t(lang, Msg::CompareHint) }</span>
                </div>
                if visible.is_empty() {
                    <div class="vkc-empty">
                        <p>{ t(lang, Msg::NoResults) }</p>
                        <button type="button" class="vkc-button" onclick={reset}>{ t(lang, Msg::ResetFilters) }</button>
                    </div>
                } else {
                    <ComparisonTable catalog={props.catalog.clone()} view={state.view} rows={rows.clone()}
                        visible={visible.clone()} sort={state.sort} compare={state.compare.clone()}
                        lights={props.lights.clone()}
                        on_action={props.on_action.clone()} />
                }
                <p class="vkc-table__legend">{ t(lang, Msg::UnknownLegend) }</p>
                if state.view == DataView::Current {
                    <p class="vkc-table__legend">{ t(lang, Msg::AddedLegend) }</p>
                }
                <ExportBar view={state.view} rows={rows.clone()} visible={visible.clone()} />
            </>
        }
    };
    html! {
        <div class="vkc-table">
            <div class="vkc-table__bar">
                <ViewSwitch view={state.view} on_change={on_view} />
            </div>
            { notice }
            <div class="vkc-table__layout">
                <FilterPanel filter={state.filter.clone()} facets={facets} view={state.view}
                    on_action={props.on_action.clone()} id_prefix={props.id_prefix.clone()} />
                <div class="vkc-table__main">
                    <p class="vkc-table__count" role="status" aria-live="polite">
                        { shown(lang, visible.len(), rows.len()) }
                    </p>
                    { main }
                    <SourcesList catalog={props.catalog.clone()} />
                </div>
            </div>
        </div>
    }
}
