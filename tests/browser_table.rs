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
    let headers = widget.texts("thead th[scope=col] button");
    assert_eq!(headers.len(), 10, "every column sorts");
    assert!(headers[2].starts_with("Max. Teilnehmer"), "{headers:?}");
    assert!(widget.texts("caption")[0].contains("Originaltabelle (ca. 2020)"));
}

#[wasm_bindgen_test]
async fn yes_no_and_unknown_are_written_out() {
    let widget = mount_app(parsed(BUILTIN_JSON), Lang::De).await;
    let cell = |tool: &str, field: &str| {
        widget
            .texts(&format!("tr[data-tool={tool}] td[data-field='{field}']"))
            .concat()
    };
    assert_eq!(cell("zoom", "location"), "USA Drittland");
    assert_eq!(cell("zoom", "max_participants"), "500");
    // Each value is marked by its kind; the stylesheet draws the kind's icon (✓ ✗ ?) before it.
    let value = |tool: &str, field: &str, kind: &str| {
        widget
            .texts(&format!(
                "tr[data-tool={tool}] td[data-field='{field}'] .vkc-value--{kind}"
            ))
            .concat()
    };
    assert_eq!(value("zoom", "e2e", "no"), "Nein");
    assert_eq!(
        value("blizz", "platforms.browser", "no"),
        "Nein",
        "Blizz has no browser client"
    );
    assert_eq!(
        value("blizz", "blur", "unknown"),
        "k. A.",
        "an empty source cell is unknown"
    );
}

#[wasm_bindgen_test]
async fn the_language_switch_translates_the_table() {
    let widget = mount_app(parsed(BUILTIN_JSON), Lang::De).await;
    widget.click("button[lang=en]");
    yew::scheduler::flush().await;
    assert!(widget.texts("thead th button")[2].starts_with("Max. participants"));
    assert_eq!(
        widget.texts("tr[data-tool=blizz] td[data-field=blur] .vkc-value--unknown"),
        ["n/a"]
    );
    assert!(widget
        .texts("button[aria-pressed=true]")
        .contains(&"English".to_owned()));
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
