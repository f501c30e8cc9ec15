//! The root component of one widget instance and the contexts it provides.

mod lang_context;
mod shared;

pub use lang_context::{use_lang, use_set_lang, LangContext};
pub use shared::Shared;

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{ComparisonTable, DataErrors, LangSwitch};
use crate::domain::{Catalog, DataError, Lang};
use crate::i18n::{t, Msg};

/// The parsed data, or every problem found in it.
pub type DataResult = Result<Shared<Catalog>, Rc<[DataError]>>;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The dataset, parsed once and shared by every instance on the page.
    pub data: DataResult,
    /// Language shown first; the user can switch.
    pub lang: Lang,
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
        Ok(catalog) => html! { <ComparisonTable catalog={catalog.clone()} /> },
        Err(errors) => html! { <DataErrors errors={errors.clone()} /> },
    };
    html! {
        <ContextProvider<LangContext> {context}>
            <section class="vkc" lang={lang.tag()} aria-labelledby={title_id.clone()}>
                <header class="vkc-header">
                    <h2 class="vkc-header__title" id={title_id}>{ t(*lang, Msg::Title) }</h2>
                    <LangSwitch />
                </header>
                <p class="vkc-intro">{ t(*lang, Msg::Intro) }</p>
                { body }
            </section>
        </ContextProvider<LangContext>>
    }
}
