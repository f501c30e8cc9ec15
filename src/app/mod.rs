//! The root component of one widget instance and the contexts it provides.

mod download;
mod lang_context;
mod shared;

pub use download::download;
pub use lang_context::{use_lang, use_set_lang, LangContext};
pub use shared::Shared;

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{ComparisonTable, DataErrors, LangSwitch};
use crate::domain::{Catalog, DataError, Lang, Parts};
use crate::i18n::{t, Msg};

/// The parsed data, or every problem found in it.
pub type DataResult = Result<Shared<Catalog>, Rc<[DataError]>>;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The dataset, parsed once and shared by every instance on the page.
    pub data: DataResult,
    /// Language shown first; the user can switch.
    pub lang: Lang,
    /// Which parts the instance shows.
    #[prop_or_default]
    pub parts: Parts,
    /// Problems with the embedding options, shown above the widget.
    #[prop_or_default]
    pub option_errors: Rc<[DataError]>,
    /// Prefix for element ids, unique per instance on a page.
    pub id_prefix: AttrValue,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let lang = use_state_eq(|| props.lang);
    let context = LangContext::new(*lang, {
        let lang = lang.clone();
        Callback::from(move |next| lang.set(next))
    });
    let title_id = format!("{}-title", props.id_prefix);
    let body = match &props.data {
        Ok(catalog) if props.parts.shows_table() => {
            html! { <ComparisonTable catalog={catalog.clone()} /> }
        }
        Ok(_) => html! {},
        Err(errors) => html! {
            <DataErrors title={Msg::DataErrorTitle} hint={Msg::DataErrorHint} errors={errors.clone()} />
        },
    };
    html! {
        <ContextProvider<LangContext> {context}>
            <section class="vkc" lang={lang.tag()} aria-labelledby={title_id.clone()}>
                <header class="vkc-header">
                    <h2 class="vkc-header__title" id={title_id}>{ t(*lang, Msg::Title) }</h2>
                    <LangSwitch />
                </header>
                <p class="vkc-intro">{ t(*lang, Msg::Intro) }</p>
                if !props.option_errors.is_empty() {
                    <DataErrors title={Msg::OptionsErrorTitle} hint={Msg::OptionsErrorHint}
                        errors={props.option_errors.clone()} />
                }
                { body }
            </section>
        </ContextProvider<LangContext>>
    }
}
