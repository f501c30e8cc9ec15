//! The root component of one widget instance, its state and the contexts it provides.

mod data_loader;
mod download;
mod fetch_file;
mod lang_context;
mod shared;
mod state;
mod url_sync;

pub use data_loader::{DataLoader, DataLoaderProps, DataSource};
pub use download::download;
pub use lang_context::{use_lang, use_set_lang, LangContext};
pub use shared::Shared;
pub use state::{Action, WidgetState};

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{DataErrors, LangSwitch, LinkNotice, TableSection};
use crate::domain::{Catalog, DataError, DataView, Lang, Parts};
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
            let mut state = match (&data, sync) {
                (Ok(catalog), true) => {
                    let (url, ignored) = url_sync::read_fragment(catalog);
                    WidgetState {
                        url,
                        ignored: ignored.into(),
                    }
                }
                _ => WidgetState::default(),
            };
            // Custom data without the article's rows would open on an empty original table.
            if let Ok(catalog) = &data {
                if !catalog.has_source_table() {
                    state.url.view = DataView::Current;
                }
            }
            state
        })
    };
    let dispatcher = state.dispatcher();
    let on_action = Callback::from(move |action| dispatcher.dispatch(action));
    let lang = state.url.lang.unwrap_or(props.lang);
    let context = LangContext::new(lang, on_action.reform(Action::SetLang));
    let catalog = props.data.as_ref().ok().cloned();
    url_sync::use_url_sync(
        &state.url,
        catalog
            .clone()
            .unwrap_or_else(|| Shared::new(Catalog::default())),
        on_action.clone(),
        props.sync_url && catalog.is_some(),
    );
    let title_id = format!("{}-title", props.id_prefix);
    let body = match &props.data {
        Ok(catalog) if props.parts.shows_table() => html! {
            <TableSection catalog={catalog.clone()} state={state.url.clone()}
                on_action={on_action.clone()} id_prefix={props.id_prefix.clone()} />
        },
        Ok(_) => html! {},
        Err(errors) => html! {
            <DataErrors title={Msg::DataErrorTitle} hint={Msg::DataErrorHint} errors={errors.clone()} />
        },
    };
    html! {
        <ContextProvider<LangContext> {context}>
            <section class="vkc" lang={lang.tag()} aria-labelledby={title_id.clone()}>
                <header class="vkc-header">
                    <h2 class="vkc-header__title" id={title_id}>{ t(lang, Msg::Title) }</h2>
                    <LangSwitch />
                </header>
                <p class="vkc-intro">{ t(lang, Msg::Intro) }</p>
                if !props.option_errors.is_empty() {
                    <DataErrors title={Msg::OptionsErrorTitle} hint={Msg::OptionsErrorHint}
                        errors={props.option_errors.clone()} />
                }
                if !props.data_errors.is_empty() {
                    <DataErrors title={Msg::CustomDataErrorTitle} hint={Msg::CustomDataErrorHint}
                        errors={props.data_errors.clone()} />
                }
                <LinkNotice ignored={state.ignored.clone()} on_dismiss={on_action.reform(|_| Action::DismissNotice)} />
                { body }
            </section>
        </ContextProvider<LangContext>>
    }
}
