//! Tells when an element comes near the visible part of the page, through an
//! IntersectionObserver: the way a long table learns that it should render more rows.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// Watches one element until dropped.
pub struct NearViewport {
    observer: IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for NearViewport {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Calls `on_near` when `target` is within one viewport height below the visible area (and
/// once at the start if it already is). `None` where the browser has no IntersectionObserver.
pub fn near_viewport(target: &Element, on_near: impl Fn() + 'static) -> Option<NearViewport> {
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let near = entries.iter().any(|e| {
            e.unchecked_into::<IntersectionObserverEntry>()
                .is_intersecting()
        });
        if near {
            on_near();
        }
    });
    let options = IntersectionObserverInit::new();
    options.set_root_margin("0px 0px 100% 0px");
    let observer =
        IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok()?;
    observer.observe(target);
    Some(NearViewport {
        observer,
        _callback: callback,
    })
}
