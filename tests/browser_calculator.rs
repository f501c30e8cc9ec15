//! Browser component tests of the calculator: applying a scenario, hidden questions, progress.
#![cfg(target_arch = "wasm32")]

mod support;

use support::{mount_app, parsed, Mounted};
use vk_check::domain::catalog::BUILTIN_JSON;
use vk_check::domain::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Clicks the first button whose text is exactly `text`.
async fn press(widget: &Mounted, text: &str) {
    let buttons = widget.root.query_selector_all("button").unwrap();
    let button = (0..buttons.length())
        .filter_map(|i| buttons.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no button {text}"));
    button.click();
    yew::scheduler::flush().await;
}

/// Applies the default scenario and opens the check of `tool`.
async fn checking(tool: &str) -> Mounted {
    let widget = mount_app(parsed(BUILTIN_JSON), Lang::De).await;
    press(&widget, "Szenario übernehmen").await;
    widget.click(&format!("tr[data-tool={tool}] .vkc-table__light button"));
    yew::scheduler::flush().await;
    widget
}

fn has(widget: &Mounted, selector: &str) -> bool {
    widget.root.query_selector(selector).unwrap().is_some()
}

#[wasm_bindgen_test]
async fn applying_a_scenario_gives_every_row_a_light() {
    let widget = mount_app(parsed(BUILTIN_JSON), Lang::De).await;
    assert!(
        !has(&widget, "[data-verdict]"),
        "no lights before a scenario is set"
    );
    press(&widget, "Szenario übernehmen").await;
    assert_eq!(widget.texts("tbody tr [data-verdict]").len(), 11);
    let headers = widget.texts("thead th button");
    assert!(
        headers[1].starts_with("Ampel"),
        "a sortable light column next to the name: {headers:?}"
    );
}

#[wasm_bindgen_test]
async fn transfer_questions_are_hidden_for_an_eea_tool_and_shown_for_a_us_one() {
    let whereby = checking("whereby").await;
    assert!(has(&whereby, ".vkc-check[data-tool=whereby]"));
    assert!(
        !has(&whereby, "[data-question=transfer]"),
        "Norway is in the EEA"
    );
    assert!(
        has(&whereby, "[data-question=third-country-access]"),
        "a sub-processor could be abroad"
    );
    let zoom = checking("zoom").await;
    assert!(has(&zoom, "[data-question=transfer]"));
    assert!(
        !has(&zoom, "[data-question=third-country-access]"),
        "already a third country"
    );
    assert!(has(&zoom, "[data-rule=R06][data-severity=warn]"));
}

#[wasm_bindgen_test]
async fn answering_a_question_moves_the_progress_and_clears_its_finding() {
    let widget = checking("zoom").await;
    let progress = || widget.texts(".vkc-check__progress label")[0].clone();
    let before = progress();
    assert!(before.starts_with("0 / "), "{before}");
    assert!(has(&widget, "[data-rule=R03]"));
    widget.click("[data-question=avv] input[value=yes]");
    yew::scheduler::flush().await;
    assert!(progress().starts_with("1 / "), "{}", progress());
    assert!(
        !has(&widget, ".vkc-check [data-rule=R03]"),
        "the AVV measure is done"
    );
    widget.click("[data-question=avv] input[value=no]");
    yew::scheduler::flush().await;
    assert!(
        has(&widget, "[data-rule=R03][data-severity=block]"),
        "no AVV rules out use"
    );
    assert!(has(&widget, ".vkc-check [data-verdict=red]"));
}

#[wasm_bindgen_test]
async fn self_hosting_on_own_hardware_hides_the_avv_and_gives_r05() {
    let widget = mount_app(parsed(BUILTIN_JSON), Lang::De).await;
    widget.click(".vkc-scenario input[type=radio]");
    yew::scheduler::flush().await;
    press(&widget, "Szenario übernehmen").await;
    widget.click("tr[data-tool=fastviewer] .vkc-table__light button");
    yew::scheduler::flush().await;
    assert!(!has(&widget, "[data-question=avv]"));
    assert!(has(
        &widget,
        ".vkc-check [data-rule=R05][data-severity=info]"
    ));
    assert!(!has(&widget, "[data-rule=R03]"));
}
