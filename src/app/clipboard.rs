//! Copying text to the clipboard (the browser asks no permission for a user's click).

use wasm_bindgen_futures::JsFuture;

/// Whether the browser accepted the text.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let clipboard = gloo::utils::window().navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}
