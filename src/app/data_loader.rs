//! An instance's dataset: the built-in data, or an embedder's data (inline or fetched) combined
//! with it; shows a loading state while a file is on its way.

use std::rc::Rc;

use serde_json::Value;
use yew::prelude::*;

use crate::app::fetch_file::{fetch_once, Fetched};
use crate::app::{App, AppProps, DataResult, Shared};
use crate::domain::{combine_json, combine_with, Catalog, DataError, DataMode, Lang};
use crate::i18n::{problem, t, Msg};

/// Where an instance's custom data comes from.
#[derive(Clone, PartialEq)]
pub enum DataSource {
    Builtin,
    /// The `data` option, read and combined with the built-in data when mounting (see
    /// [`inline`]): its JSON tree is several times the catalog's size and is not kept.
    Inline(Result<Shared<Catalog>, Rc<[DataError]>>),
    /// The `src` option: a same-origin path, fetched once.
    Url(AttrValue),
}

#[derive(Properties, PartialEq)]
pub struct DataLoaderProps {
    pub source: DataSource,
    #[prop_or_default]
    pub mode: DataMode,
    /// Everything else the instance needs; its `data` is the built-in data.
    pub app: Rc<AppProps>,
}

#[function_component]
pub fn DataLoader(props: &DataLoaderProps) -> Html {
    // The answer for one URL; kept with its URL so a changed `src` never shows an old file.
    let fetched = use_state(|| None::<(AttrValue, Fetched)>);
    {
        let fetched = fetched.clone();
        use_effect_with(props.source.clone(), move |source| {
            if let DataSource::Url(url) = source {
                let for_url = url.clone();
                fetch_once(
                    url,
                    Callback::from(move |answer| fetched.set(Some((for_url.clone(), answer)))),
                );
            }
        });
    }
    let answer = match (&props.source, &*fetched) {
        (DataSource::Url(url), Some((for_url, answer))) if url == for_url => Some(answer.clone()),
        _ => None,
    };
    let resolved = use_memo(
        (
            props.source.clone(),
            props.mode,
            answer,
            props.app.data.clone(),
        ),
        |(source, mode, answer, builtin)| resolve(source, *mode, answer.as_ref(), builtin),
    );
    // The console gets the same list as the element, in English, for the developer embedding it.
    use_effect_with(resolved.clone(), |resolved| {
        for error in resolved.iter().flat_map(|(_, errors)| errors.iter()) {
            gloo::console::error!(format!(
                "vk-check: data {}: {}",
                if error.path.is_empty() {
                    "/"
                } else {
                    &error.path
                },
                problem(Lang::En, &error.problem)
            ));
        }
    });
    let Some((data, data_errors)) = (*resolved).clone() else {
        let lang = props.app.lang;
        return html! {
            <section class="vkc" lang={lang.tag()} aria-busy="true">
                <p class="vkc-loading" role="status">{ t(lang, Msg::LoadingData) }</p>
            </section>
        };
    };
    let app = AppProps {
        data,
        data_errors,
        ..(*props.app).clone()
    };
    html! { <App ..app /> }
}

/// The source for the `data` option: the combined catalog, or the problems of the data.
/// `tools`, when given, stand for the data's `tools` (see `combine_with`).
pub fn inline(
    data: &Value,
    tools: Option<&mut dyn Iterator<Item = Option<Value>>>,
    mode: DataMode,
    builtin: &DataResult,
) -> DataSource {
    let empty = Catalog::default();
    let base = builtin.as_ref().map_or(&empty, |catalog| &**catalog);
    let combined = combine_with(base, data, tools, mode);
    DataSource::Inline(combined.map(Shared::new).map_err(Rc::from))
}

/// The data to show and the problems of the custom data; `None` while a file is loading.
/// Invalid custom data leaves the built-in data in place, so the widget keeps working.
fn resolve(
    source: &DataSource,
    mode: DataMode,
    fetched: Option<&Fetched>,
    builtin: &DataResult,
) -> Option<(DataResult, Rc<[DataError]>)> {
    let empty = Catalog::default();
    let base = builtin.as_ref().map_or(&empty, |catalog| &**catalog);
    let combined = match (source, fetched) {
        (DataSource::Builtin, _) => return Some((builtin.clone(), Rc::from([]))),
        (DataSource::Inline(Ok(catalog)), _) => return Some((Ok(catalog.clone()), Rc::from([]))),
        (DataSource::Inline(Err(errors)), _) => return Some((builtin.clone(), errors.clone())),
        (DataSource::Url(_), None) => return None,
        (DataSource::Url(url), Some(Ok(text))) => {
            // A problem with the whole file (not JSON, say) is named by the file.
            combine_json(base, text, mode).map_err(|mut errors| {
                for error in errors.iter_mut().filter(|e| e.path.is_empty()) {
                    error.path = format!("src ({url})");
                }
                errors
            })
        }
        (DataSource::Url(url), Some(Err(problem))) => Err(vec![DataError {
            path: format!("src ({url})"),
            problem: problem.clone(),
        }]),
    };
    Some(match combined {
        Ok(catalog) => (Ok(Shared::new(catalog)), Rc::from([])),
        Err(errors) => (builtin.clone(), errors.into()),
    })
}
