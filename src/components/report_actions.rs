//! The report of one tool's check: downloads as Markdown and JSON, copy, print.

use yew::prelude::*;

use crate::components::button;

use crate::app::{copy_to_clipboard, download};
use crate::domain::compliance::{Answers, Assessment, Report, Scenario};
use crate::domain::{DataView, Lang, SourceDate, Tool, Tristate};
use crate::i18n::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct ReportActionsProps {
    /// The language to render in.
    pub lang: Lang,
    pub tool: Tool,
    pub view: DataView,
    pub scenario: Scenario,
    /// Whether the data view says the tool is maintained.
    pub maintenance: Tristate,
    pub answers: Answers,
    pub assessment: Assessment,
    pub today: SourceDate,
}

#[function_component]
pub fn ReportActions(props: &ReportActionsProps) -> Html {
    let lang = props.lang;
    let copied = use_state(|| None::<bool>);
    let report = Report {
        date: props.today,
        view: props.view,
        scenario: &props.scenario,
        tool: &props.tool,
        maintenance: props.maintenance,
        answers: &props.answers,
        assessment: &props.assessment,
    };
    let markdown = report.to_markdown(lang);
    let save = |extension: &'static str, mime: &'static str, text: String| {
        let name = report.file_name(extension);
        Callback::from(move |_: MouseEvent| {
            download(&name, mime, &text);
        })
    };
    let on_markdown = save("md", "text/markdown;charset=utf-8", markdown.clone());
    let on_json = save("json", "application/json", report.to_json_string(lang));
    let on_copy = {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let (copied, text) = (copied.clone(), markdown.clone());
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(copy_to_clipboard(&text).await));
            });
        })
    };
    let on_print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    html! {
        <div class="vkc-report">
            <h5 class="vkc-check__heading">{ t(lang, Msg::ReportTitle) }</h5>
            <div class="vkc-export" role="group" aria-label={t(lang, Msg::ReportTitle)}>
                { button(t(lang, Msg::DownloadMarkdown).into(), on_markdown, false) }
                { button(t(lang, Msg::DownloadJson).into(), on_json, false) }
                { button(t(lang, Msg::CopyReport).into(), on_copy, false) }
                { button(t(lang, Msg::Print).into(), on_print, false) }
            </div>
            <p class="vkc-report__status" role="status">
                { match *copied {
                    Some(true) => t(lang, Msg::Copied),
                    Some(false) => t(lang, Msg::CopyFailed),
                    None => "",
                } }
            </p>
        </div>
    }
}
