//! The table part of the widget: data view, filters, count, table or comparison, export,
//! sources. Derived lists are memoised, so a render does no filtering it need not.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::{Action, Shared};
use crate::components::{
    button, compare_view, export_bar, source_note, sources_list, view_switch, ComparisonTable,
    FilterPanel, MoreRows,
};
use crate::domain::compliance::TrafficLight;
use crate::domain::{
    sort_rows, Catalog, DataView, Facets, Lang, Origin, ResolvedTool, Tool, UrlState,
};
use crate::i18n::{date, shown, t, Msg};

/// Rows a long result renders at once, and adds at each step: more come as the table nears
/// the visible area, on demand, and all of them before printing. A change to the filters or
/// the order of thousands of tools so costs about one screenful of rows, not thousands.
pub const ROWS_AT_ONCE: usize = 50;

#[derive(Properties, PartialEq)]
pub struct TableSectionProps {
    /// The language to render in.
    pub lang: Lang,
    pub catalog: Shared<Catalog>,
    /// Every tool of the view in use, in data order.
    pub rows: Shared<Vec<ResolvedTool>>,
    /// Each row's traffic light, once a scenario is set.
    pub lights: Option<Rc<[TrafficLight]>>,
    pub state: UrlState,
    pub on_action: Callback<Action>,
    pub id_prefix: AttrValue,
}

/// How many rows of which result are rendered; a new result starts again at [`ROWS_AT_ONCE`].
#[derive(PartialEq)]
struct RowsShown {
    result: Rc<[usize]>,
    count: usize,
}

impl Reducible for RowsShown {
    /// Show at least this many rows of this result.
    type Action = (Rc<[usize]>, usize);

    /// Within one result the count only grows: the table's end can come near (a queued
    /// observer callback) just after "show all" was clicked, and must not take rows away.
    fn reduce(self: Rc<Self>, (result, count): Self::Action) -> Rc<Self> {
        let count = match result == self.result {
            true => count.max(self.count),
            false => count,
        };
        Rc::new(RowsShown { result, count })
    }
}

#[function_component]
pub fn TableSection(props: &TableSectionProps) -> Html {
    let lang = props.lang;
    let state = &props.state;
    let rows = props.rows.clone();
    // Filters and sorting see the view's tools, or once a scenario is set a copy of them with
    // each tool's light: no copy of thousands of tools without one.
    let lit = use_memo((rows.clone(), props.lights.clone()), |(rows, lights)| {
        let lights = lights.as_ref()?;
        let lit = rows.iter().zip(lights.iter()).map(|(row, &light)| Tool {
            light: Some(light),
            ..(*row.tool).clone()
        });
        Some(lit.collect::<Vec<Tool>>())
    });
    let visible = use_memo(
        (lit.clone(), rows.clone(), state.filter.clone(), state.sort),
        |(lit, rows, filter, sort)| {
            let tools = working_tools(rows, lit);
            let mut visible = filter.apply(&tools);
            if let Some(sort) = sort {
                sort_rows(&tools, &mut visible, sort);
            }
            Rc::<[usize]>::from(visible)
        },
    );
    let facets = use_memo(
        (lit.clone(), rows.clone(), state.filter.clone()),
        |(lit, rows, filter)| Facets::compute(filter, &working_tools(rows, lit)),
    );
    let visible: Rc<[usize]> = (*visible).clone();
    let rows_shown = use_reducer_eq(|| RowsShown {
        result: visible.clone(),
        count: ROWS_AT_ONCE,
    });
    let rendered = match rows_shown.result == visible {
        true => rows_shown.count,
        false => ROWS_AT_ONCE,
    }
    .min(visible.len());
    let show_rows = {
        let (dispatch, visible) = (rows_shown.dispatcher(), visible.clone());
        Callback::from(move |n: usize| dispatch.dispatch((visible.clone(), n)))
    };
    // Printing shows every row: the browser's print command announces itself with
    // `beforeprint`, after which the render runs before the page is laid out for paper.
    use_effect_with(show_rows.clone(), |show_rows| {
        let show_rows = show_rows.clone();
        let listener = EventListener::new(&gloo::utils::window(), "beforeprint", move |_| {
            show_rows.emit(usize::MAX)
        });
        move || drop(listener)
    });
    let on_view = props.on_action.reform(Action::SetView);
    let reset = props.on_action.reform(|_: MouseEvent| Action::ResetFilters);
    // Opening the comparison by a click moves focus to its heading, and going back moves it to
    // the button that opened it: the clicked button disappears, and focus would fall to the
    // page start. A link or the history never moves focus, so an opened page does not jump.
    let refocus = use_mut_ref(|| false);
    let main_ref = use_node_ref();
    {
        let (refocus, main_ref) = (refocus.clone(), main_ref.clone());
        use_effect_with(state.comparing, move |_| {
            if refocus.replace(false) {
                focus_first(
                    &main_ref,
                    ".vkc-compare__title, .vkc-compare-bar .vkc-button",
                );
            }
        });
    }
    let open_compare = {
        let refocus = refocus.clone();
        props.on_action.reform(move |_: MouseEvent| {
            *refocus.borrow_mut() = true;
            Action::OpenCompare(true)
        })
    };
    let compare_action = props.on_action.reform(move |action: Action| {
        if action == Action::OpenCompare(false) {
            *refocus.borrow_mut() = true;
        }
        action
    });
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
        .and_then(|tool| props.catalog.source(&tool.source));
    // Every fact of thousands of tools is looked at: once per catalog, not per keystroke.
    let newest = *use_memo(props.catalog.clone(), |catalog| catalog.newest_fact_date());
    let notice = match state.view {
        DataView::Original => html! {
            <>
                <p class="vkc-stand">{ t(lang, Msg::OriginalNotice) }</p>
                if let Some(source) = article {
                    { source_note(lang, source) }
                }
            </>
        },
        DataView::Current => {
            let newest = newest.map(|d| date(lang, d)).unwrap_or_default();
            html! { <p class="vkc-stand">{ t(lang, Msg::CurrentNotice) }{ " " }{ newest }{ "." }</p> }
        }
    };
    let main = if state.comparing && chosen.len() >= 2 {
        compare_view(lang, &props.catalog, &chosen, &compare_action)
    } else {
        html! {
            <>
                <div class="vkc-compare-bar">
                    { button(format!("{} ({})", t(lang, Msg::CompareOpen), state.compare.len()).into(),
                        open_compare, state.compare.len() < 2) }
                    <span class="vkc-compare-bar__hint">{ t(lang, Msg::CompareHint) }</span>
                </div>
                if visible.is_empty() {
                    <div class="vkc-empty">
                        <p>{ t(lang, Msg::NoResults) }</p>
                        { button(t(lang, Msg::ResetFilters).into(), reset, false) }
                    </div>
                } else {
                    <ComparisonTable {lang} catalog={props.catalog.clone()} view={state.view} rows={rows.clone()}
                        visible={visible.clone()} {rendered} sort={state.sort} compare={state.compare.clone()}
                        lights={props.lights.clone()}
                        on_action={props.on_action.clone()} />
                    if rendered < visible.len() {
                        <MoreRows {lang} {rendered} total={visible.len()} step={ROWS_AT_ONCE}
                            on_show={show_rows.clone()} />
                    }
                }
                <p class="vkc-table__legend">{ t(lang, Msg::UnknownLegend) }</p>
                if state.view == DataView::Current {
                    <p class="vkc-table__legend">{ t(lang, Msg::AddedLegend) }</p>
                }
                { export_bar(lang, state.view, &rows, &visible, show_rows.reform(|_| usize::MAX)) }
            </>
        }
    };
    html! {
        <div class="vkc-table">
            <div class="vkc-table__bar">
                { view_switch(lang, state.view, &on_view) }
            </div>
            { notice }
            <div class="vkc-table__layout">
                <FilterPanel {lang} filter={state.filter.clone()} facets={facets} view={state.view}
                    on_action={props.on_action.clone()} id_prefix={props.id_prefix.clone()} />
                <div class="vkc-table__main" ref={main_ref}>
                    <p class="vkc-table__count" role="status" aria-live="polite">
                        { shown(lang, visible.len(), rows.len()) }
                    </p>
                    { main }
                    { sources_list(lang, &props.catalog) }
                </div>
            </div>
        </div>
    }
}

/// The tools as filters and sorting see them: the lit copies if there are any, else the rows'.
fn working_tools<'a>(rows: &'a [ResolvedTool], lit: &'a Option<Vec<Tool>>) -> Vec<&'a Tool> {
    match lit {
        Some(lit) => lit.iter().collect(),
        None => rows.iter().map(|row| &*row.tool).collect(),
    }
}

/// Focuses the first element in `container` that matches `selectors`, if there is one.
fn focus_first(container: &NodeRef, selectors: &str) {
    let target = container
        .cast::<web_sys::Element>()
        .and_then(|c| c.query_selector(selectors).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(target) = target {
        let _ = target.focus();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(result: &Rc<[usize]>, steps: &[(&Rc<[usize]>, usize)]) -> usize {
        let start = Rc::new(RowsShown {
            result: result.clone(),
            count: ROWS_AT_ONCE,
        });
        let end = steps.iter().fold(start, |state, (result, count)| {
            state.reduce(((*result).clone(), *count))
        });
        end.count
    }

    #[test]
    fn rows_once_shown_stay_until_the_result_changes() {
        let all: Rc<[usize]> = (0..180).collect();
        let fewer: Rc<[usize]> = (0..90).collect();
        // "Show all", then the table's end reported near from before the click.
        assert_eq!(shown(&all, &[(&all, 180), (&all, 100)]), 180);
        assert_eq!(shown(&all, &[(&all, 100), (&all, 150)]), 150);
        // A new result starts again at what it asks for.
        assert_eq!(shown(&all, &[(&all, 180), (&fewer, 50)]), 50);
    }
}
