//! A panic anywhere shows an error panel, not a blank widget: forced here in a browser, in a
//! callback the browser runs later (as an event handler would), after the widget was mounted
//! the way a page mounts it. Its own test binary: after a panic the module must not be reused.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Resolves once the timers queued before it have run (equal timeouts run in order).
async fn after_queued_timers() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        gloo::utils::window()
            .set_timeout_with_callback(&resolve)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

fn texts(selector: &str) -> Vec<String> {
    let nodes = gloo::utils::document()
        .query_selector_all(selector)
        .unwrap();
    (0..nodes.length())
        .map(|i| nodes.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn a_panic_replaces_every_instance_with_an_alert_in_its_language() {
    let document = gloo::utils::document();
    for lang in ["de", "en"] {
        let host = document.create_element("div").unwrap();
        host.set_attribute("data-vk-check", "").unwrap();
        host.set_attribute("data-lang", lang).unwrap();
        host.set_attribute("data-view", "table").unwrap();
        document.body().unwrap().append_child(&host).unwrap();
    }
    // What the module does when a page loads it: install the panic panel, mount each element.
    vk_check::embed::start();
    yew::scheduler::flush().await;
    assert_eq!(
        texts("[data-vk-check] .vkc tbody tr").len(),
        22,
        "two working tables"
    );
    assert!(texts(".vkc-alert").is_empty());

    let panicking = Closure::once_into_js(|| -> () { panic!("forced by the test") });
    gloo::utils::window()
        .set_timeout_with_callback(panicking.unchecked_ref())
        .unwrap();
    after_queued_timers().await;

    assert_eq!(
        texts("[data-vk-check] .vkc > .vkc-alert[role=alert]"),
        [
            "Im Videokonferenz-Check ist ein interner Fehler aufgetreten. Bitte laden Sie die Seite neu.",
            "The video conferencing check ran into an internal error. Please reload the page.",
        ],
        "each instance says so in its language"
    );
    assert!(
        texts("[data-vk-check] .vkc table, [data-vk-check] .vkc button").is_empty(),
        "nothing of the broken widget is left to click"
    );
}
