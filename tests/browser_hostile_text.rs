//! Browser component tests: tool names with markup, RTL text and emoji are rendered as text
//! wherever the widget shows them (table, comparison, calculator), never as elements.
#![cfg(target_arch = "wasm32")]

mod support;

use support::{mount_app, parsed, Mounted};
use vk_check::domain::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NAMES: [&str; 5] = [
    "<script>window.vkcInjected = true</script>",
    "<img src=x onerror=\"window.vkcInjected = true\">",
    "\"><svg onload=\"window.vkcInjected = true\">",
    "מפגש וידאו \u{202E}abc",
    "Zoom 👩\u{200D}💻 🎥",
];

/// A data file whose tools carry the hostile names (in the original view, as source rows).
fn data() -> String {
    let tools: Vec<String> = NAMES
        .iter()
        .enumerate()
        .map(|(i, name)| {
            format!(
                r#"{{"id": "t{i}", "name": {}, "origin": "source-table", "source": "s",
                "location": "DE", "max_participants": 100, "e2e": "yes", "blur": "no",
                "platforms": {{"windows": "yes", "macos": "yes", "android": "yes", "ios": "yes", "browser": "yes"}}}}"#,
                serde_json::to_string(name).unwrap()
            )
        })
        .collect();
    format!(
        r#"{{"sources": [{{"id": "s", "title": "<b>T</b>", "publisher": "P", "date": null}}], "tools": [{}]}}"#,
        tools.join(",")
    )
}

/// No element that markup in a name could have created, and no script that ran.
fn assert_no_markup(widget: &Mounted) {
    let created = widget
        .root
        .query_selector_all("script, img, svg, b, iframe, object")
        .unwrap();
    assert_eq!(created.length(), 0, "an element was created from a name");
    let injected = js_sys::Reflect::get(&gloo::utils::window(), &"vkcInjected".into()).unwrap();
    assert!(injected.is_undefined(), "a name's script ran");
}

#[wasm_bindgen_test]
async fn names_with_markup_rtl_and_emoji_are_shown_as_text_in_the_table() {
    let widget = mount_app(parsed(&data()), Lang::De).await;
    assert_eq!(widget.texts("tbody .vkc-table__tool"), NAMES);
    let text = widget.root.text_content().unwrap_or_default();
    assert!(text.contains("„<b>T</b>“"), "the source's title, as text");
    assert_no_markup(&widget);
}

#[wasm_bindgen_test]
async fn names_with_markup_are_text_in_the_comparison_and_the_calculator() {
    let widget = mount_app(parsed(&data()), Lang::En).await;
    for i in [0, 1, 2] {
        widget.click(&format!("tr[data-tool=t{i}] .vkc-table__pick input"));
        yew::scheduler::flush().await;
    }
    widget.click(".vkc-compare-bar .vkc-button");
    yew::scheduler::flush().await;
    let heads = widget.texts(".vkc-compare thead th");
    assert_eq!(heads[1..], NAMES[..3], "the comparison's column heads");
    assert_no_markup(&widget);

    // The calculator's tool choice lists every name as an option's text.
    let apply = widget
        .root
        .query_selector_all(".vkc-scenario__nav button")
        .unwrap();
    let apply = (0..apply.length())
        .filter_map(|i| apply.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .find(|b| b.class_name().contains("vkc-button--primary"))
        .expect("the apply button");
    apply.click();
    yew::scheduler::flush().await;
    let options = widget.texts(".vkc-calc__choose option");
    assert_eq!(options[1..], NAMES, "{options:?}");
    assert_no_markup(&widget);
}
