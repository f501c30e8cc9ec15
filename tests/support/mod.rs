//! Helpers for browser component tests: mount into a fresh element, render, read, clean up.

use std::rc::Rc;

use vk_check::app::{App, AppProps, DataResult, Shared};
use vk_check::domain::{Catalog, Lang};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// A mounted widget instance, removed from the page when dropped.
pub struct Mounted {
    pub root: Element,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

impl Mounted {
    /// Texts of all elements matching `selector`, trimmed.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        let nodes = self.root.query_selector_all(selector).unwrap();
        (0..nodes.length())
            .map(|i| {
                nodes
                    .item(i)
                    .unwrap()
                    .text_content()
                    .unwrap_or_default()
                    .trim()
                    .to_owned()
            })
            .collect()
    }

    pub fn click(&self, selector: &str) {
        let element = self.root.query_selector(selector).unwrap().expect(selector);
        element.dyn_into::<HtmlElement>().unwrap().click();
    }
}

/// Renders the app with `data` in `lang` into a new element and waits for the first render.
pub async fn mount_app(data: DataResult, lang: Lang) -> Mounted {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        data,
        lang,
        parts: Default::default(),
        sync_url: false,
        option_errors: Rc::from([]),
        data_errors: Rc::from([]),
        id_prefix: "test".into(),
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    Mounted { root }
}

/// The data as the widget parses it.
pub fn parsed(json: &str) -> DataResult {
    Catalog::parse(json).map(Shared::new).map_err(Rc::from)
}
