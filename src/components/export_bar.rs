//! Downloads of the visible rows (CSV, JSON) in the current order and language, and printing.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::{download, Shared};
use crate::components::button;
use crate::domain::export::{to_csv, to_json};
use crate::domain::{DataView, Lang, ResolvedTool, Tool};
use crate::i18n::{t, Msg};

/// A plain view function, rendered by the table section. `before_print` renders every row of
/// a long table, which prints all of them.
pub fn export_bar(
    lang: Lang,
    view: DataView,
    rows: &Shared<Vec<ResolvedTool>>,
    visible: &Rc<[usize]>,
    before_print: Callback<()>,
) -> Html {
    let export =
        |to_text: fn(Lang, Vec<&Tool>) -> String, ext: &'static str, mime: &'static str| {
            let rows = rows.clone();
            let visible = visible.clone();
            let name = format!("videokonferenz-tools-{}.{ext}", view.key());
            Callback::from(move |_: MouseEvent| {
                let tools = visible.iter().map(|&i| &*rows[i].tool).collect();
                download(&name, mime, &to_text(lang, tools));
            })
        };
    let csv = export(
        |lang, tools| to_csv(lang, tools),
        "csv",
        "text/csv;charset=utf-8",
    );
    let json = export(
        |lang, tools| to_json(lang, tools),
        "json",
        "application/json",
    );
    let print = Callback::from(move |_: MouseEvent| {
        // The render that the rows need is queued as a microtask; printing from the next one
        // comes after it. Printing right away would block before it and leave rows out.
        before_print.emit(());
        wasm_bindgen_futures::spawn_local(async {
            let _ = gloo::utils::window().print();
        });
    });
    html! {
        <div class="vkc-export" role="group" aria-label={t(lang, Msg::ExportTitle)}>
            { button(t(lang, Msg::ExportCsv).into(), csv, false) }
            { button(t(lang, Msg::ExportJson).into(), json, false) }
            { button(t(lang, Msg::Print).into(), print, false) }
        </div>
    }
}
