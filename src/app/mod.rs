//! The root component of one widget instance and its state.

mod clipboard;
mod data_loader;
mod device_storage;
mod download;
mod fetch_file;
mod focus;
mod near_viewport;
mod shared;
mod state;
mod today;
mod url_sync;

pub use clipboard::copy_to_clipboard;
pub use data_loader::{inline, DataLoader, DataLoaderProps, DataSource};
pub use download::download;
pub use focus::focus_after_render;
pub use near_viewport::{near_viewport, NearViewport};
pub use shared::Shared;
pub use state::{Action, StorageNotice, WidgetState};
pub use today::today;

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{data_errors, lang_switch, link_notice, Calculator, TableSection};
use crate::domain::compliance::{assess, maintenance_of, StoredState, TrafficLight};
use crate::domain::{Catalog, DataError, DataView, Lang, Parts, ResolvedTool, Tool};
use crate::i18n::{t, Msg};

/// The parsed data, or every problem found in it.
pub type DataResult = Result<Shared<Catalog>, Rc<[DataError]>>;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The dataset, parsed once and shared by every instance on the page.
    pub data: DataResult,
    /// Language shown first, unless the link names one; the user can switch.
    pub lang: Lang,
    /// Which parts the instance shows.
    #[prop_or_default]
    pub parts: Parts,
    /// Whether this instance owns the page's URL fragment (only one instance on a page can).
    #[prop_or_default]
    pub sync_url: bool,
    /// Problems with the embedding options, shown above the widget.
    #[prop_or_default]
    pub option_errors: Rc<[DataError]>,
    /// Problems with the embedder's custom data, which was therefore not used.
    #[prop_or_default]
    pub data_errors: Rc<[DataError]>,
    /// Prefix for element ids, unique per instance on a page.
    pub id_prefix: AttrValue,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let (data, sync) = (props.data.clone(), props.sync_url);
        use_reducer(move || {
            let Ok(catalog) = &data else {
                return WidgetState::default();
            };
            let mut state = WidgetState::default();
            if sync {
                let (url, ignored) = url_sync::read_fragment(catalog);
                state.url = url;
                state.ignored = ignored.into();
            }
            match device_storage::load(catalog) {
                Ok(Some(saved)) => {
                    // A link's own scenario wins over what this device saved.
                    let url = &state.url;
                    if url.scenario.is_none() && url.draft.is_none() && url.answers.is_empty() {
                        state.url.scenario = saved.scenario;
                        state.url.answers = saved.answers;
                    }
                    state.storing = true;
                }
                Ok(None) => {}
                Err(()) => state.storage_notice = Some(StorageNotice::Corrupt),
            }
            // Custom data without the article's rows would open on an empty original table.
            if !catalog.has_source_table() {
                state.url.view = DataView::Current;
            }
            state
        })
    };
    // The same callback on every render (the dispatcher never changes), so props that carry it
    // compare equal and unchanged parts skip rendering: a new one would re-render every
    // component, every table row included. The language goes down as a plain prop: a context
    // provider costs more code, and a change of language re-renders everything anyway.
    let on_action = use_memo(state.dispatcher(), |dispatcher| {
        let dispatcher = dispatcher.clone();
        Callback::from(move |action| dispatcher.dispatch(action))
    });
    let on_action: Callback<Action> = (*on_action).clone();
    let lang = state.url.lang.unwrap_or(props.lang);
    let catalog = props.data.as_ref().ok().cloned();
    url_sync::use_url_sync(
        &state.url,
        catalog
            .clone()
            .unwrap_or_else(|| Shared::new(Catalog::default())),
        on_action.clone(),
        props.sync_url && catalog.is_some(),
    );
    // Saves while opted in; deletes once when the opt-in ends, and never touches the device
    // of someone who did not opt in.
    let was_storing = use_mut_ref(|| false);
    use_effect_with(
        (
            state.storing,
            state.url.scenario.clone(),
            state.url.answers.clone(),
        ),
        move |(storing, scenario, answers)| {
            if *storing {
                let saved = StoredState {
                    scenario: scenario.clone(),
                    answers: answers.clone(),
                };
                device_storage::save(&saved);
            } else if *was_storing.borrow() {
                device_storage::forget();
            }
            *was_storing.borrow_mut() = *storing;
        },
    );
    let title_id = format!("{}-title", props.id_prefix);
    let catalog = catalog.unwrap_or_else(|| Shared::new(Catalog::default()));
    // Without the table there is no view switch, so a calculator alone checks today's tools.
    let view = match props.parts.shows_table() {
        true => state.url.view,
        false => DataView::Current,
    };
    let rows = use_memo((catalog.clone(), view), |(catalog, view)| {
        Shared::new(catalog.view(*view))
    });
    let rows: Shared<Vec<ResolvedTool>> = (*rows).clone();
    let today = use_memo((), |_| today());
    let lights = use_memo(
        (
            rows.clone(),
            state.url.scenario.clone(),
            state.url.answers.clone(),
        ),
        |(rows, scenario, answers)| {
            let scenario = scenario.as_ref()?;
            let light = |tool: &Tool| {
                let answers = answers.get(&tool.id).cloned().unwrap_or_default();
                assess(tool, maintenance_of(tool), scenario, &answers, *today).light
            };
            Some(
                rows.iter()
                    .map(|r| light(&r.tool))
                    .collect::<Rc<[TrafficLight]>>(),
            )
        },
    );
    let body = match &props.data {
        Ok(catalog) => html! {
            <>
                if props.parts.shows_table() {
                    <TableSection {lang} catalog={catalog.clone()} rows={rows.clone()} lights={(*lights).clone()}
                        state={state.url.clone()} on_action={on_action.clone()}
                        id_prefix={props.id_prefix.clone()} />
                }
                if props.parts.shows_calculator() {
                    <Calculator {lang} rows={rows.clone()} {view} with_table={props.parts.shows_table()} scenario={state.url.scenario.clone()}
                        draft={state.url.draft.clone()} answers={state.url.answers.clone()} checking={state.url.checking.clone()} today={*today}
                        storing={state.storing} storage_notice={state.storage_notice} in_link={props.sync_url}
                        on_action={on_action.clone()} id_prefix={props.id_prefix.clone()} />
                }
            </>
        },
        Err(errors) => data_errors(lang, Msg::DataErrorTitle, Msg::DataErrorHint, errors),
    };
    html! {
        <section class="vkc" lang={lang.tag()} aria-labelledby={title_id.clone()}>
            <header class="vkc-header">
                <h2 class="vkc-header__title" id={title_id}>{ t(lang, Msg::Title) }</h2>
                { lang_switch(lang, &on_action.reform(Action::SetLang)) }
            </header>
            <p class="vkc-intro">
                { t(lang, Msg::Intro) }
                if props.parts.shows_table() {
                    { " " }{ t(lang, Msg::IntroTable) }
                }
            </p>
            if !props.option_errors.is_empty() {
                { data_errors(lang, Msg::OptionsErrorTitle, Msg::OptionsErrorHint, &props.option_errors) }
            }
            if !props.data_errors.is_empty() {
                { data_errors(lang, Msg::CustomDataErrorTitle, Msg::CustomDataErrorHint, &props.data_errors) }
            }
            { link_notice(lang, &state.ignored, &on_action.reform(|_| Action::DismissNotice)) }
            { body }
        </section>
    }
}
