//! One tool's check in the scenario: its light, the progress of measures, the questions that
//! can matter (grouped by topic) and the findings.

use yew::prelude::*;

use crate::app::Action;
use crate::components::{
    finding_list, in_words, light_badge, question_field, transfer_field, ReportActions,
};
use crate::domain::compliance::{
    answers_heading, applicable_questions, unmet_needs, Answers, Assessment, Question, Scenario,
    Topic,
};
use crate::domain::{DataView, Lang, SourceDate, Tool, Tristate};
use crate::i18n::{need, t, Msg};

/// What one tool's check shows.
pub struct ToolCheck<'a> {
    pub lang: Lang,
    pub tool: &'a Tool,
    pub maintenance: Tristate,
    pub scenario: &'a Scenario,
    pub answers: Answers,
    pub assessment: Assessment,
    pub view: DataView,
    pub today: SourceDate,
    pub on_action: &'a Callback<Action>,
    pub id_prefix: &'a AttrValue,
}

/// A plain view function: the calculator shows one check at a time, and its inputs are the
/// calculator's, so a component of its own would only add code and a props comparison.
pub fn tool_check(props: ToolCheck) -> Html {
    let lang = props.lang;
    let id = |name: &str| format!("{}-{name}", props.id_prefix);
    let assessment = &props.assessment;
    let progress = assessment.progress;
    let questions = applicable_questions(
        props.tool,
        props.maintenance,
        props.scenario,
        &props.answers,
    );
    let tool_id = props.tool.id.clone();
    let answer = move |answers: Answers| Action::SetAnswers(tool_id.clone(), Box::new(answers));
    let field = |question: Question| -> Html {
        let field = match question.answer(&props.answers) {
            Some(value) => {
                let answers = props.answers.clone();
                let on_change = props.on_action.reform({
                    let answer = answer.clone();
                    move |v| answer(question.answered(&answers, v))
                });
                let name = AttrValue::from(id(question.key()));
                let legend = t(lang, Msg::Question(question));
                question_field(lang, legend, value, &on_change, &name, question.key())
            }
            None => {
                let answers = props.answers.clone();
                let on_change = props.on_action.reform({
                    let answer = answer.clone();
                    move |transfer| {
                        answer(Answers {
                            transfer,
                            ..answers.clone()
                        })
                    }
                });
                transfer_field(lang, &props.answers.transfer, &on_change, props.id_prefix)
            }
        };
        keyed(field, question.key())
    };
    let groups = Topic::ALL.into_iter().filter_map(|topic| {
        let in_topic: Vec<Question> = questions
            .iter()
            .copied()
            .filter(|q| q.topic() == topic)
            .collect();
        (!in_topic.is_empty()).then(|| {
            html! {
                <fieldset key={topic.key()} class="vkc-check__topic">
                    <legend>{ topic.label(lang) }</legend>
                    { for in_topic.into_iter().map(field) }
                </fieldset>
            }
        })
    });
    let findings: Vec<_> = assessment.tool_findings().cloned().collect();
    // Without the table, nothing else says that a tool misses one of the scenario's musts.
    let unmet: Vec<String> = unmet_needs(props.tool, &props.scenario.needs)
        .into_iter()
        .map(|n| need(lang, n))
        .collect();
    // The printout lists the answers in words instead of the form's radio buttons.
    let answers_in_words = props
        .answers
        .in_words(props.tool, props.maintenance, props.scenario, lang)
        .into_iter()
        .map(|l| (l.label, l.value, l.detail));
    html! {
        <section class="vkc-check" aria-labelledby={id("check-title")} data-tool={props.tool.id.clone()}>
            <h4 class="vkc-check__title" id={id("check-title")} tabindex="-1">{ &props.tool.name }</h4>
            <div class="vkc-check__result" role="status" aria-live="polite">
                { light_badge(lang, assessment.light) }
                <span class="vkc-check__meaning">{ assessment.light.meaning(lang) }</span>
                <p class="vkc-check__progress">
                    <label for={id("progress")}>
                        { format!("{} / {} {}", progress.done, progress.needed, t(lang, Msg::Progress)) }
                    </label>
                    <progress id={id("progress")} value={progress.done.to_string()}
                        max={progress.needed.max(1).to_string()} />
                </p>
            </div>
            if !unmet.is_empty() {
                <p class="vkc-check__needs">{ t(lang, Msg::UnmetNeeds) }{ ": " }{ unmet.join("; ") }</p>
            }
            <div class="vkc-check__columns">
                <div class="vkc-check__answers">
                    <h5 class="vkc-check__heading">
                        { answers_heading(lang, &props.tool.name) }
                    </h5>
                    { in_words(answers_in_words) }
                </div>
                <form class="vkc-check__form" aria-label={t(lang, Msg::Checklist)}
                    onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <h5 class="vkc-check__heading">{ t(lang, Msg::Checklist) }</h5>
                    { for groups }
                </form>
                <div class="vkc-check__findings">
                    <h5 class="vkc-check__heading">{ t(lang, Msg::Findings) }</h5>
                    { finding_list(lang, &findings) }
                </div>
            </div>
            <ReportActions {lang} tool={props.tool.clone()} view={props.view} scenario={props.scenario.clone()}
                maintenance={props.maintenance} answers={props.answers.clone()}
                assessment={props.assessment.clone()} today={props.today} />
        </section>
    }
}

/// Keys a question's markup: the questions shown change with the answers, and a key keeps
/// each one's element (and the focus in it) when others come or go.
fn keyed(mut field: Html, key: &'static str) -> Html {
    if let Html::VTag(tag) = &mut field {
        std::rc::Rc::make_mut(tag).key = Some(key.into());
    }
    field
}
