//! Browser component tests of the table: mounted in headless Chromium, asserted on the DOM.
#![cfg(target_arch = "wasm32")]

mod support;

use support::{mount_app, parsed};
use vk_check::domain::catalog::BUILTIN_JSON;
use vk_check::domain::Lang;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_table_lists_the_eleven_source_tools_with_headers() {
    let widget = mount_app(parsed(BUILTIN_JSON), Lang::De).await;
    assert_eq!(widget.texts("tbody tr").len(), 11);
    assert_eq!(
        widget.texts("tbody th[scope=row]")[0],
        "Blizz by TeamViewer"
    );
    let headers = widget.texts("thead th[scope=col]");
    assert_eq!(headers.len(), 10);
    assert_eq!(headers[2], "Max. Teilnehmer");
    assert!(widget.texts("caption")[0].contains("Originaltabelle (ca. 2020)"));
}

#[wasm_bindgen_test]
async fn yes_no_and_unknown_are_written_out() {
    let widget = mount_app(parsed(BUILTIN_JSON), Lang::De).await;
    let zoom = widget.texts("tr[data-tool=zoom] td");
    assert_eq!(zoom[0], "USA Drittland");
    assert_eq!(zoom[1], "500");
    assert_eq!(zoom[2], "✗Nein");
    let blizz = widget.texts("tr[data-tool=blizz] td");
    assert_eq!(blizz[7], "✗Nein", "Blizz has no browser client");
    assert_eq!(blizz[8], "?k. A.", "an empty source cell is unknown");
}

#[wasm_bindgen_test]
async fn the_language_switch_translates_the_table() {
    let widget = mount_app(parsed(BUILTIN_JSON), Lang::De).await;
    widget.click("button[lang=en]");
    yew::scheduler::flush().await;
    assert_eq!(widget.texts("thead th")[2], "Max. participants");
    assert_eq!(widget.texts("tr[data-tool=blizz] td")[8], "?n/a");
    assert_eq!(widget.texts("button[aria-pressed=true]"), ["English"]);
    assert_eq!(
        widget
            .root
            .first_element_child()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
}

#[wasm_bindgen_test]
async fn invalid_data_lists_each_bad_field_instead_of_a_table() {
    let json = r#"{"sources": [], "tools": [{"id": "x", "name": "X", "origin": "added",
        "source": "nope", "location": "DE", "max_participants": -3, "e2e": "yes",
        "blur": "no", "platforms": {"windows": "yes", "macos": "yes", "android": "yes",
        "ios": "yes", "browser": "vielleicht"}}]}"#;
    let widget = mount_app(parsed(json), Lang::En).await;
    assert!(widget.texts("table").is_empty());
    let items = widget.texts("[role=alert] li");
    assert!(
        items
            .iter()
            .any(|i| i.starts_with("tools[x].source") && i.contains("nope")),
        "{items:?}"
    );
    assert!(
        items
            .iter()
            .any(|i| i.starts_with("tools[x].max_participants")),
        "{items:?}"
    );
    assert!(items.iter().any(|i| i.contains("vielleicht")), "{items:?}");
}
