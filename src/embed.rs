//! Mounting: every `[data-vk-check]` element of the page becomes an independent widget instance.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::app::{App, AppProps, DataResult, Shared};
use crate::domain::{Catalog, Lang};
use crate::i18n::{t, Msg};

const MOUNT_SELECTOR: &str = "[data-vk-check]";

/// Runs when the module is initialised: mounts one instance into each marked element.
#[wasm_bindgen(start)]
pub fn start() {
    install_panic_panel();
    mount_all();
}

/// Mounts one instance into each marked element; the built-in data is parsed once for all.
pub fn mount_all() {
    let data: DataResult = Catalog::builtin().map(Shared::new).map_err(Rc::from);
    for (index, element) in mount_points().into_iter().enumerate() {
        let props = AppProps {
            data: data.clone(),
            lang: initial_lang(&element),
            id_prefix: format!("vkc-{}", index + 1).into(),
        };
        yew::Renderer::<App>::with_root_and_props(element, props).render();
    }
}

fn mount_points() -> Vec<Element> {
    let Ok(nodes) = gloo::utils::document().query_selector_all(MOUNT_SELECTOR) else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

/// The element's `data-lang`, else the nearest `lang` of the page, else the browser's language.
fn initial_lang(element: &Element) -> Lang {
    let data_lang = element.get_attribute("data-lang");
    let page_lang = element
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"));
    let browser_lang = gloo::utils::window().navigator().language();
    let candidates = [data_lang, page_lang, browser_lang];
    Lang::first_supported(candidates.iter().flatten().map(String::as_str))
}

/// Chains onto any hook already set (a test harness's, say) instead of replacing it.
fn install_panic_panel() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        show_panic(info);
        previous(info);
    }));
}

/// Replaces every instance with a readable message, so a panic never leaves a blank widget.
fn show_panic(info: &std::panic::PanicHookInfo<'_>) {
    gloo::console::error!(format!("vk-check: {info}"));
    for element in mount_points() {
        let message = t(initial_lang(&element), Msg::PanicMessage);
        element.set_text_content(None);
        if let Ok(alert) = gloo::utils::document().create_element("p") {
            alert.set_class_name("vkc vkc-alert");
            let _ = alert.set_attribute("role", "alert");
            alert.set_text_content(Some(message));
            let _ = element.append_child(&alert);
        }
    }
}
