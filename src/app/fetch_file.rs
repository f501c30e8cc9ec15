//! Fetching a same-origin data file once per page: every instance that names it shares the answer.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestInit, RequestMode, Response};
use yew::Callback;

use crate::domain::Problem;

/// A file's text, or why it could not be had.
pub type Fetched = Result<Rc<str>, Problem>;

enum Entry {
    /// Instances waiting for a request in flight.
    Waiting(Vec<Callback<Fetched>>),
    Done(Fetched),
}

thread_local! {
    /// By absolute URL, so `tools.json` and `./tools.json` are one request.
    static FILES: RefCell<HashMap<String, Entry>> = RefCell::new(HashMap::new());
}

/// Calls `done` with the text at `src` (relative to the page), fetching it only the first time.
pub fn fetch_once(src: &str, done: Callback<Fetched>) {
    let url = absolute(src);
    let first = FILES.with(|files| {
        let mut files = files.borrow_mut();
        match files.get_mut(&url) {
            Some(Entry::Done(fetched)) => Some(Err(fetched.clone())),
            Some(Entry::Waiting(waiting)) => {
                waiting.push(done.clone());
                None
            }
            None => {
                files.insert(url.clone(), Entry::Waiting(vec![done.clone()]));
                Some(Ok(()))
            }
        }
    });
    match first {
        // Answered outside the borrow: a callback may re-render and ask again.
        Some(Err(fetched)) => done.emit(fetched),
        Some(Ok(())) => wasm_bindgen_futures::spawn_local(async move {
            let fetched = fetch_text(&url).await;
            let waiting = FILES.with(|files| {
                let previous = files.borrow_mut().insert(url, Entry::Done(fetched.clone()));
                match previous {
                    Some(Entry::Waiting(waiting)) => waiting,
                    _ => Vec::new(),
                }
            });
            for callback in waiting {
                callback.emit(fetched.clone());
            }
        }),
        None => {}
    }
}

fn absolute(src: &str) -> String {
    let page = gloo::utils::window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base(src, &page).map_or_else(|_| src.to_owned(), |url| url.href())
}

/// `mode: same-origin` makes the browser refuse another origin even after a redirect, on top
/// of the option check that accepts relative paths only.
async fn fetch_text(url: &str) -> Fetched {
    let init = RequestInit::new();
    init.set_mode(RequestMode::SameOrigin);
    let promise = gloo::utils::window().fetch_with_str_and_init(url, &init);
    let response: Response = JsFuture::from(promise)
        .await
        .ok()
        .and_then(|r| r.dyn_into().ok())
        .ok_or(Problem::Unreachable)?;
    if !response.ok() {
        return Err(Problem::HttpStatus(response.status()));
    }
    let text = response.text().map_err(|_| Problem::Unreachable)?;
    let text = JsFuture::from(text)
        .await
        .map_err(|_| Problem::Unreachable)?;
    text.as_string().map(Rc::from).ok_or(Problem::Unreachable)
}
