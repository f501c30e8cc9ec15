//! The compliance calculator: the scenario, the findings every tool shares in it, and the
//! check of one chosen tool.

use yew::prelude::*;

use crate::app::{Action, Shared, StorageNotice};
use crate::components::{button, finding_list, in_words, tool_check, ScenarioForm, ToolCheck};
use crate::domain::compliance::{
    assess, maintenance_of, scenario_findings, AnswersPerTool, ReportLabel, Scenario,
};
use crate::domain::{DataView, Lang, ResolvedTool, SourceDate};
use crate::i18n::{self, t, Msg};

#[derive(Properties, PartialEq)]
pub struct CalculatorProps {
    /// The language to render in.
    pub lang: Lang,
    /// The tools of the data view in use.
    pub rows: Shared<Vec<ResolvedTool>>,
    // The parts of the instance's state the calculator shows, not the whole state: a filter or
    // sort change then leaves it unrendered (it lists every tool once a scenario is set).
    pub view: DataView,
    /// Whether the instance shows the table, which the texts refer to.
    pub with_table: bool,
    pub scenario: Option<Scenario>,
    pub draft: Option<Scenario>,
    pub answers: AnswersPerTool,
    /// The id of the tool whose checklist is open.
    pub checking: Option<String>,
    pub today: SourceDate,
    /// Whether scenario and answers are saved on this device.
    pub storing: bool,
    pub storage_notice: Option<StorageNotice>,
    /// Whether the instance keeps its state in the page's link (and so in the history).
    pub in_link: bool,
    pub on_action: Callback<Action>,
    pub id_prefix: AttrValue,
}

#[function_component]
pub fn Calculator(props: &CalculatorProps) -> Html {
    let lang = props.lang;
    let id = |name: &str| format!("{}-{name}", props.id_prefix);
    let shared = props.scenario.as_ref().map(|scenario| {
        html! {
            <>
                <h4 class="vkc-check__heading">{ t(lang, Msg::ScenarioFindings) }</h4>
                { finding_list(lang, &scenario_findings(scenario)) }
            </>
        }
    });
    // The printout shows the whole scenario in words, dated, instead of the wizard's step;
    // before it is applied, the one being described, marked as such.
    let draft = props.scenario.is_none();
    let printed = props
        .scenario
        .as_ref()
        .or(props.draft.as_ref())
        .map(|scenario| {
            let stamp = [
                (ReportLabel::Date, i18n::date(lang, props.today)),
                (
                    ReportLabel::DataView,
                    t(lang, Msg::View(props.view)).to_owned(),
                ),
            ];
            let scenario = scenario.in_words(lang).into_iter();
            html! {
                <>
                    { in_words(stamp.map(|(label, value)| (label.text(lang), value, false))) }
                    <h4 class="vkc-check__heading">
                        { ReportLabel::Scenario.text(lang) }
                        if draft {
                            { " " }{ t(lang, Msg::NotYetApplied) }
                        }
                    </h4>
                    { in_words(scenario.map(|l| (l.label, l.value, false))) }
                </>
            }
        });
    let on_choose = props.on_action.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        let id = select.value();
        Action::CheckTool((!id.is_empty()).then_some(id))
    });
    let on_storing = props.on_action.reform(|e: Event| {
        Action::SetStoring(
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked(),
        )
    });
    // Deleting removes the button that has focus; focus moves to the opt-in, not the page start.
    let opt_in = use_node_ref();
    let on_delete = {
        let opt_in = opt_in.clone();
        props.on_action.reform(move |_: MouseEvent| {
            if let Some(input) = opt_in.cast::<web_sys::HtmlElement>() {
                let _ = input.focus();
            }
            Action::DeleteStored
        })
    };
    let checked_row = props
        .checking
        .as_ref()
        .and_then(|id| props.rows.iter().find(|r| &r.tool.id == id));
    let check = props
        .scenario
        .as_ref()
        .zip(checked_row)
        .map(|(scenario, row)| {
            let tool = &row.tool;
            let answers = props.answers.get(&tool.id).cloned().unwrap_or_default();
            let maintenance = maintenance_of(tool);
            let assessment = assess(tool, maintenance, scenario, &answers, props.today);
            tool_check(ToolCheck {
                lang,
                tool,
                maintenance,
                scenario,
                answers,
                assessment,
                view: props.view,
                today: props.today,
                on_action: &props.on_action,
                id_prefix: &props.id_prefix,
            })
        });
    html! {
        // A plain container, not a landmark: hosts often put the calculator in a section of the
        // same name, and two regions named alike confuse screen-reader navigation.
        <div class="vkc-calc" id={id("calculator")}>
            <h3 class="vkc-calc__title" id={id("calc-title")}>{ t(lang, Msg::CalcTitle) }</h3>
            <p class="vkc-intro">
                { t(lang, if props.with_table { Msg::CalcIntro } else { Msg::CalcIntroWithoutTable }) }
            </p>
            <ScenarioForm {lang} scenario={props.scenario.clone()} draft={props.draft.clone()} with_table={props.with_table} on_action={props.on_action.clone()}
                id_prefix={props.id_prefix.clone()} />
            // Parts that come and go sit in fixed containers: Yew matches unkeyed children from
            // the end, so a part appearing before the form would otherwise re-create it (and
            // lose the user's step and focus).
            <div class="vkc-calc__print">{ for printed }</div>
            <div class="vkc-calc__shared">{ for shared }</div>
            <div class="vkc-calc__choose">
            if props.scenario.is_some() {
                    <label for={id("check-tool")}>{ t(lang, Msg::ChooseTool) }</label>
                    <select id={id("check-tool")} onchange={on_choose}>
                        <option value="" selected={props.checking.is_none()}>{ "–" }</option>
                        { for props.rows.iter().map(|row| html! {
                            <option value={row.tool.id.clone()} selected={props.checking.as_ref() == Some(&row.tool.id)}>
                                { &row.tool.name }
                            </option>
                        }) }
                    </select>
            }
            </div>
            <div class="vkc-calc__tool">{ for check }</div>
            <div class="vkc-calc__storage">
                <label>
                    <input type="checkbox" checked={props.storing} onchange={on_storing} ref={opt_in} />
                    { t(lang, Msg::StoreOnDevice) }
                </label>
                <p class="vkc-calc__hint">{ t(lang, Msg::StoreHint) }</p>
                if props.storing {
                    { button(t(lang, Msg::DeleteStored).into(), on_delete, false) }
                }
                <p role="status">
                    { match props.storage_notice {
                        Some(StorageNotice::Deleted) if props.in_link => t(lang, Msg::StoredDeleted),
                        Some(StorageNotice::Deleted) => t(lang, Msg::StoredDeletedNotInLink),
                        Some(StorageNotice::Corrupt) => t(lang, Msg::StoredCorrupt),
                        None => "",
                    } }
                </p>
            </div>
            <p class="vkc-calc__disclaimer">{ t(lang, Msg::Disclaimer) }</p>
        </div>
    }
}
