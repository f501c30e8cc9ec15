//! Mounting and the JS API: every `[data-vk-check]` element, or any element passed to `mount`,
//! becomes an independent widget instance.

use std::cell::Cell;
use std::rc::Rc;

use serde_json::{Map, Value};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::AppHandle;

use crate::app::{
    inline, today, AppProps, DataLoader, DataLoaderProps, DataResult, DataSource, Shared,
};
use crate::domain::compliance::{
    self, answers_from_json, describe, maintenance_of, scenario_from_json,
};
use crate::domain::parse::{shortened, PLAIN_JSON};
use crate::domain::{parse_options, Catalog, DataError, DataView, Lang, Problem};
use crate::i18n::{problem, t, Msg};

const MOUNT_SELECTOR: &str = "[data-vk-check]";
/// Marks the node an instance renders into, so that a second mount into the same element is
/// refused instead of stacking a second widget under the first.
const ROOT_MARKER: &str = "data-vk-check-root";

thread_local! {
    /// The built-in data, parsed on first use and shared by every instance.
    static BUILTIN: DataResult = Catalog::builtin().map(Shared::new).map_err(Rc::from);
    static INSTANCES: Cell<u32> = const { Cell::new(0) };
}

/// Runs when the module is initialised: mounts one instance into each marked element.
#[wasm_bindgen(start)]
pub fn start() {
    install_panic_panel();
    let elements = mount_points();
    // Only one instance can own the URL fragment: the page's only one, if there is just one.
    let sync_url = elements.len() == 1;
    for element in elements {
        let options = options_from_attributes(&element);
        // Auto-mounted instances live as long as the page.
        let _ = mount_into(&element, options, Vec::new(), None, sync_url);
    }
}

/// A mounted instance, returned to JS so it can be removed again.
#[wasm_bindgen]
pub struct MountHandle {
    app: Option<AppHandle<DataLoader>>,
    root: Element,
}

#[wasm_bindgen]
impl MountHandle {
    /// Removes the instance with its nodes and listeners; calling it twice is harmless.
    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
            // Yew's delegated listeners sit on the root it rendered into and are never removed:
            // removing that root takes them off the page and gives the host its element back bare.
            self.root.remove();
        }
    }
}

/// JS API: `mount(target, { lang, view, src, data, dataMode })`, where `target` is an element
/// or a CSS selector for one. Bad options are reported in the element and the console; the
/// widget still starts with the valid ones. A target that names no element, or one that
/// already holds a widget, throws an error that says so.
#[wasm_bindgen]
pub fn mount(target: JsValue, options: JsValue) -> Result<MountHandle, JsError> {
    let element = mount_target(&target)?;
    let (options, unreadable, tools) = plain_options(&options);
    let (app, root) = mount_into(&element, options, unreadable, tools, false);
    Ok(MountHandle {
        app: Some(app),
        root,
    })
}

/// The element `target` names: itself, or the first element a CSS selector matches.
fn mount_target(target: &JsValue) -> Result<Element, JsError> {
    let element = match target.as_string() {
        Some(selector) => gloo::utils::document()
            .query_selector(&selector)
            .map_err(|_| JsError::new(&format!("mount(): \"{selector}\" is not a CSS selector")))?
            .ok_or_else(|| JsError::new(&format!("mount(): no element matches \"{selector}\"")))?,
        None => target.dyn_ref::<Element>().cloned().ok_or_else(|| {
            JsError::new("mount(): the first argument must be an element or a CSS selector")
        })?,
    };
    let marked = format!("[{ROOT_MARKER}]");
    if let Ok(Some(_)) = element.query_selector(&format!(":scope > {marked}")) {
        return Err(JsError::new(
            "mount(): the element already holds a widget; unmount it first",
        ));
    }
    // Inside a widget, Yew owns the nodes: a second widget there would be torn up by the first.
    if let Ok(Some(_)) = element.closest(&marked) {
        return Err(JsError::new("mount(): the element is part of a widget"));
    }
    Ok(element)
}

/// JS API: `assess(toolId, scenario, answers)` → `{ findings, done, light, progress }` for a
/// built-in tool in the current data view. `scenario` and `answers` are plain objects in the
/// format of the calculator's JSON report (kebab-case values); missing keys count as the
/// defaults (answers: unknown). Unknown tools or keys throw an error that names them.
#[wasm_bindgen]
pub fn assess(tool_id: &str, scenario: JsValue, answers: JsValue) -> Result<JsValue, JsError> {
    let catalog = BUILTIN
        .with(Clone::clone)
        .map_err(|_| JsError::new("the built-in data is invalid"))?;
    let rows = catalog.view(DataView::Current);
    let tool = rows
        .iter()
        .map(|r| &r.tool)
        .find(|t| t.id == tool_id)
        .ok_or_else(|| JsError::new(&format!("unknown tool id \"{tool_id}\"")))?;
    // Read as JSON, like mount()'s options: a cyclic or 100,000-deep object would otherwise
    // recurse on the wasm stack, overflow it and leave the module (and the widget) broken.
    let read = |value: JsValue, what: &str| -> Result<serde_json::Value, JsError> {
        match value.is_undefined() || value.is_null() {
            true => Ok(serde_json::Value::Object(Default::default())),
            false => {
                json_of(&value).ok_or_else(|| JsError::new(&format!("{what}: not {PLAIN_JSON}")))
            }
        }
    };
    // Errors name the field by its path, which starts with "scenario" or "answers".
    let scenario = scenario_from_json("scenario", &read(scenario, "scenario")?)
        .map_err(|e| JsError::new(&describe(&e)))?;
    let answers = answers_from_json("answers", &read(answers, "answers")?)
        .map_err(|e| JsError::new(&describe(&e)))?;
    let assessment = compliance::assess(tool, maintenance_of(tool), &scenario, &answers, today());
    // Through JSON text: serde_wasm_bindgen would link serde's serializer machinery for this.
    js_sys::JSON::parse(&assessment.to_json().to_string())
        .map_err(|_| JsError::new("the assessment could not be converted"))
}

/// JS API: the widget's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// The options object as JSON carries it, read key by key: a key whose value JSON cannot hold
/// (a cycle, a function, a BigInt, a getter that throws, nesting deeper than 128 levels) is
/// named and left out, and the other keys still apply. Going through `JSON.stringify` and
/// serde_json keeps a hostile object from recursing on the wasm stack, which overflowed it.
/// The inline data's `tools` array comes back apart (its place in the data an empty array), so
/// that each tool is converted only as the reader reaches it: thousands of tools as one JSON
/// tree would take several times the memory of the catalog made from them.
fn plain_options(options: &JsValue) -> (Value, Vec<DataError>, Option<js_sys::Array>) {
    if options.is_undefined() {
        return (Value::Null, Vec::new(), None);
    }
    if !is_record(options) {
        // A string, number or array: the options parser names the wrong type.
        return (
            json_of(options).unwrap_or(Value::Bool(false)),
            Vec::new(),
            None,
        );
    }
    let data = get(options, "data").filter(is_record);
    let tools = data
        .as_ref()
        .and_then(|data| get(data, "tools")?.dyn_into().ok());
    let (mut map, mut unreadable) = plain_entries(options, |key| tools.is_some() && key == "data");
    let (Some(data), Some(tools)) = (data, tools) else {
        return (Value::Object(map), unreadable, None);
    };
    let (mut data_map, data_unreadable) = plain_entries(&data, |key| key == "tools");
    if data_unreadable.is_empty() {
        data_map.insert("tools".to_owned(), Value::Array(Vec::new()));
        map.insert("data".to_owned(), Value::Object(data_map));
        (Value::Object(map), unreadable, Some(tools))
    } else {
        // As when the whole data could not be read: named as `data`, and not used.
        unreadable.push(not_plain("data"));
        (Value::Object(map), unreadable, None)
    }
}

/// A record's keys (except those `skip` takes) with their values as JSON carries them, and the
/// keys whose values JSON cannot hold.
fn plain_entries(
    record: &JsValue,
    skip: impl Fn(&str) -> bool,
) -> (Map<String, Value>, Vec<DataError>) {
    let mut map = Map::new();
    let mut unreadable = Vec::new();
    let object: &js_sys::Object = record.unchecked_ref();
    for key in js_sys::Object::keys(object).iter() {
        let key = key.as_string().unwrap_or_default();
        if skip(&key) {
            continue;
        }
        let value = js_sys::Reflect::get(record, &JsValue::from_str(&key));
        // `{ lang: config.lang }` with no such setting means "not set", as JSON.stringify reads it.
        if value.as_ref().is_ok_and(JsValue::is_undefined) {
            continue;
        }
        match value.ok().as_ref().and_then(json_of) {
            Some(value) => {
                map.insert(key, value);
            }
            None => unreadable.push(not_plain(&key)),
        }
    }
    (map, unreadable)
}

/// A plain object: not a function, not an array.
fn is_record(value: &JsValue) -> bool {
    value.is_object() && !value.is_function() && !js_sys::Array::is_array(value)
}

/// `record[key]`, if reading it does not throw.
fn get(record: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(record, &JsValue::from_str(key)).ok()
}

/// The error for an option whose value JSON cannot hold.
fn not_plain(key: &str) -> DataError {
    DataError {
        path: shortened(key),
        problem: Problem::WrongType {
            expected: PLAIN_JSON,
        },
    }
}

/// `value` as JSON holds it (`undefined` as null); `None` for what JSON cannot hold.
fn json_of(value: &JsValue) -> Option<Value> {
    if value.is_undefined() {
        return Some(Value::Null);
    }
    let text = js_sys::JSON::stringify(value).ok()?.as_string()?;
    serde_json::from_str(&text).ok()
}

/// Renders an instance into a fresh child of `element`, returning the app and that child.
/// `unreadable` are options already found unreadable; they are reported with the others.
/// `tools`, when given, are the inline data's tools, taken apart by `plain_options`.
fn mount_into(
    element: &Element,
    options: Value,
    unreadable: Vec<DataError>,
    tools: Option<js_sys::Array>,
    sync_url: bool,
) -> (AppHandle<DataLoader>, Element) {
    let (options, parse_errors) = parse_options(options);
    let option_errors: Vec<DataError> = unreadable.into_iter().chain(parse_errors).collect();
    let lang = options.lang.unwrap_or_else(|| initial_lang(element));
    for error in &option_errors {
        gloo::console::error!(format!(
            "vk-check: option {}: {}",
            error.path,
            problem(Lang::En, &error.problem)
        ));
    }
    let instance = INSTANCES.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    let app = AppProps {
        data: BUILTIN.with(Clone::clone),
        lang,
        parts: options.parts,
        sync_url,
        option_errors: option_errors.into(),
        data_errors: Rc::from([]),
        id_prefix: format!("vkc-{instance}").into(),
    };
    let source = match (options.data, options.src) {
        (Some(data), _) => {
            // An exact length, so that the reader can size its list of tools up front.
            let mut one_by_one = tools
                .as_ref()
                .map(|tools| tools.iter().map(|t| json_of(&t)));
            let tools = one_by_one
                .as_mut()
                .map(|tools| tools as &mut dyn Iterator<Item = Option<Value>>);
            inline(&data, tools, options.data_mode, &app.data)
        }
        (None, Some(src)) => DataSource::Url(src.into()),
        (None, None) => DataSource::Builtin,
    };
    let props = DataLoaderProps {
        source,
        mode: options.data_mode,
        app: Rc::new(app),
    };
    let root = gloo::utils::document()
        .create_element("div")
        .expect_throw("a div can always be created");
    let _ = root.set_attribute(ROOT_MARKER, "");
    let _ = element.append_child(&root);
    let app = yew::Renderer::<DataLoader>::with_root_and_props(root.clone(), props).render();
    (app, root)
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

/// `data-lang`, `data-view`, `data-src` and `data-data-mode` as an options object. Inline `data`
/// is for the JS API only: JSON in an attribute is too easy to get wrong.
fn options_from_attributes(element: &Element) -> Value {
    let options: Map<String, Value> = [("lang", "lang"), ("view", "view"), ("src", "src")]
        .into_iter()
        .chain([("dataMode", "data-mode")])
        .filter_map(|(key, attribute)| {
            let value = element.get_attribute(&format!("data-{attribute}"))?;
            Some((key.to_owned(), Value::String(value)))
        })
        .collect();
    Value::Object(options)
}

/// The nearest `lang` of the page, else the browser's language.
fn initial_lang(element: &Element) -> Lang {
    let page_lang = element
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"));
    let browser_lang = gloo::utils::window().navigator().language();
    let candidates = [page_lang, browser_lang];
    Lang::first_supported(candidates.iter().flatten().map(String::as_str))
}

/// Chains onto a test harness's hook instead of replacing it. Only a debug build (the browser
/// tests) can have one: a release build's is std's default, which writes to a stderr that
/// wasm32 lacks, and leaving it out saves its code. Set through Yew: a hook set with
/// `std::panic::set_hook` is replaced by Yew's own console hook when the first instance
/// renders, and the panel would never show.
fn install_panic_panel() {
    let previous = cfg!(debug_assertions).then(std::panic::take_hook);
    yew::set_custom_panic_hook(Box::new(move |info| {
        show_panic(info);
        if let Some(previous) = &previous {
            previous(info);
        }
    }));
}

/// Replaces every instance with a readable message, so a panic never leaves a blank widget.
fn show_panic(info: &std::panic::PanicHookInfo<'_>) {
    gloo::console::error!(format!("vk-check: {info}"));
    let Ok(roots) = gloo::utils::document().query_selector_all(".vkc") else {
        return;
    };
    for root in (0..roots.length()).filter_map(|i| roots.item(i)) {
        let Ok(root) = root.dyn_into::<Element>() else {
            continue;
        };
        let lang =
            Lang::from_tag(&root.get_attribute("lang").unwrap_or_default()).unwrap_or_default();
        root.set_text_content(None);
        if let Ok(alert) = gloo::utils::document().create_element("p") {
            alert.set_class_name("vkc-alert");
            let _ = alert.set_attribute("role", "alert");
            alert.set_text_content(Some(t(lang, Msg::PanicMessage)));
            let _ = root.append_child(&alert);
        }
    }
}
