//! Browser component tests of the filter panel, the live count and the sort buttons.
#![cfg(target_arch = "wasm32")]

mod support;

use support::{mount_app, parsed};
use vk_check::domain::catalog::BUILTIN_JSON;
use vk_check::domain::Lang;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The checkbox whose label starts with `label` inside the fieldset whose legend starts with
/// `legend`, as a CSS-free lookup over the rendered DOM.
fn checkbox_label(widget: &support::Mounted, legend: &str, label: &str) -> web_sys::HtmlElement {
    use wasm_bindgen::JsCast;
    let fieldsets = widget.root.query_selector_all("fieldset").unwrap();
    for i in 0..fieldsets.length() {
        let fieldset: web_sys::Element = fieldsets.item(i).unwrap().dyn_into().unwrap();
        let legend_text = fieldset
            .query_selector("legend")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap();
        if !legend_text.starts_with(legend) {
            continue;
        }
        let labels = fieldset.query_selector_all("label").unwrap();
        for j in 0..labels.length() {
            let label_el: web_sys::Element = labels.item(j).unwrap().dyn_into().unwrap();
            if label_el.text_content().unwrap().starts_with(label) {
                return label_el
                    .query_selector("input")
                    .unwrap()
                    .unwrap()
                    .dyn_into()
                    .unwrap();
            }
        }
    }
    panic!("no checkbox {legend} › {label}");
}

#[wasm_bindgen_test]
async fn checking_e2e_yes_leaves_seven_tools_and_says_so() {
    let widget = mount_app(parsed(BUILTIN_JSON), Lang::De).await;
    assert_eq!(
        widget.texts("[role=status][aria-live=polite]"),
        ["11 von 11 Tools"]
    );
    let e2e_yes = checkbox_label(&widget, "Ende-zu-Ende", "Ja");
    let label = e2e_yes.parent_element().unwrap().text_content().unwrap();
    assert!(
        label.ends_with("(7)"),
        "the option says beforehand what it leaves: {label}"
    );
    e2e_yes.click();
    yew::scheduler::flush().await;
    assert_eq!(widget.texts("tbody tr").len(), 7);
    assert_eq!(
        widget.texts("[role=status][aria-live=polite]"),
        ["7 von 11 Tools"]
    );
    let eea = checkbox_label(&widget, "Serverstandort", "nur EU/EWR");
    let label = eea.parent_element().unwrap().text_content().unwrap();
    assert!(
        label.ends_with("(3)"),
        "E2E yes + EU/EEA would leave 3: {label}"
    );
}

#[wasm_bindgen_test]
async fn an_empty_result_says_so_and_offers_the_reset() {
    let widget = mount_app(parsed(BUILTIN_JSON), Lang::De).await;
    checkbox_label(&widget, "Ende-zu-Ende", "Ja").click();
    yew::scheduler::flush().await;
    checkbox_label(&widget, "Blur", "Ja").click();
    yew::scheduler::flush().await;
    assert!(widget.texts("table.vkc-table__table").is_empty());
    assert_eq!(
        widget.texts(".vkc-empty p"),
        ["Kein Tool erfüllt alle gewählten Filter."]
    );
    widget.click(".vkc-empty button");
    yew::scheduler::flush().await;
    assert_eq!(widget.texts("tbody tr").len(), 11);
}

#[wasm_bindgen_test]
async fn header_buttons_sort_and_announce_the_order() {
    let widget = mount_app(parsed(BUILTIN_JSON), Lang::De).await;
    let participants = "th[scope=col]:nth-child(4) button";
    widget.click(participants);
    yew::scheduler::flush().await;
    let sorted = widget
        .root
        .query_selector("th[aria-sort]")
        .unwrap()
        .unwrap();
    assert_eq!(
        sorted.get_attribute("aria-sort").as_deref(),
        Some("ascending")
    );
    assert!(sorted
        .text_content()
        .unwrap()
        .starts_with("Max. Teilnehmer"));
    assert_eq!(widget.texts("tbody th[scope=row]")[0], "Whereby");
    widget.click(participants);
    yew::scheduler::flush().await;
    assert_eq!(widget.texts("th[aria-sort=descending]").len(), 1);
    assert_eq!(widget.texts("tbody th[scope=row]")[0], "Zoom");
    assert!(widget.texts("caption")[0].contains("Max. Teilnehmer (absteigend)"));
}
