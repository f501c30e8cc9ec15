//! The scenario, asked once in five short steps. Before the scenario is applied the edits are a
//! draft (kept in the link too); afterwards every change applies at once.

use yew::prelude::*;

use crate::app::Action;
use crate::components::{button, question_field};
use crate::domain::compliance::{
    AiFeatures, LegalBasis, OperatingModel, Recording, Scenario, Webinars,
};
use crate::domain::{count_at_least, Lang, Platform, Tristate};
use crate::i18n::{t, Msg, Step};

#[derive(Properties, PartialEq)]
pub struct ScenarioFormProps {
    /// The language to render in.
    pub lang: Lang,
    /// The applied scenario; `None` until the user applies one.
    pub scenario: Option<Scenario>,
    /// The scenario being described before it is applied.
    pub draft: Option<Scenario>,
    /// Whether the instance shows the table, which the texts and the filter button refer to.
    pub with_table: bool,
    pub on_action: Callback<Action>,
    pub id_prefix: AttrValue,
}

/// Builds the form's controls, each editing one part of the scenario.
struct Editor<'a> {
    lang: Lang,
    scenario: &'a Scenario,
    edit: &'a Callback<Scenario>,
    id_prefix: &'a str,
}

impl Editor<'_> {
    fn name(&self, key: &str) -> String {
        format!("{}-sc-{key}", self.id_prefix)
    }

    /// A callback that applies `set` with the value it receives to a copy of the scenario.
    fn change<V: 'static>(&self, set: impl Fn(&mut Scenario, V) + 'static) -> Callback<V> {
        let (scenario, edit) = (self.scenario.clone(), self.edit.clone());
        Callback::from(move |value| {
            let mut next = scenario.clone();
            set(&mut next, value);
            edit.emit(next);
        })
    }

    /// One fieldset of the form.
    fn group(&self, legend: Msg, controls: Html) -> Html {
        html! {
            <fieldset class="vkc-scenario__group">
                <legend>{ t(self.lang, legend) }</legend>
                { controls }
            </fieldset>
        }
    }

    fn checkbox(&self, label: &'static str, on: bool, set: Callback<bool>) -> Html {
        let onchange = set.reform(|e: Event| {
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked()
        });
        html! {
            <label class="vkc-scenario__option">
                <input type="checkbox" checked={on} {onchange} />{ label }
            </label>
        }
    }

    fn check(&self, label: Msg, on: bool, set: fn(&mut Scenario, bool)) -> Html {
        self.checkbox(t(self.lang, label), on, self.change(set))
    }

    /// A group of radio buttons, one per label; `set` receives the index of the chosen one.
    /// Indices, not the option types, so that one copy of the markup serves every group.
    fn radios(
        &self,
        legend: Msg,
        key: &str,
        labels: &[Msg],
        current: Option<usize>,
        set: fn(&mut Scenario, usize),
    ) -> Html {
        let change = self.change(set);
        let name = AttrValue::from(self.name(key));
        self.group(
            legend,
            labels
                .iter()
                .enumerate()
                .map(|(i, &label)| {
                    html! {
                        <label class="vkc-scenario__option">
                            <input type="radio" name={name.clone()} checked={current == Some(i)}
                                onchange={change.reform(move |_: Event| i)} />
                            { t(self.lang, label) }
                        </label>
                    }
                })
                .collect(),
        )
    }

    fn tristate(
        &self,
        legend: Msg,
        value: Tristate,
        key: &'static str,
        set: fn(&mut Scenario, Tristate),
    ) -> Html {
        let name = AttrValue::from(self.name(key));
        question_field(
            self.lang,
            t(self.lang, legend),
            value,
            &self.change(set),
            &name,
            key,
        )
    }

    fn platform(&self, platform: Platform) -> Html {
        let on = self.scenario.needs.platforms.contains(&platform);
        let set = self.change(move |s: &mut Scenario, on: bool| {
            s.needs.platforms.retain(|p| *p != platform);
            if on {
                s.needs.platforms.push(platform);
            }
        });
        self.checkbox(platform.name(), on, set)
    }

    fn step(&self, step: Step) -> Html {
        let s = self.scenario;
        match step {
            Step::Operation => self.radios(
                Msg::OperatingModelLegend,
                "model",
                &OperatingModel::ALL.map(Msg::OperatingModel),
                position(&OperatingModel::ALL, s.operating_model),
                |s, i| s.operating_model = OperatingModel::ALL[i],
            ),
            Step::Uses => html! {
                <>
                    { self.group(Msg::UsesLegend, html! {
                        <>
                            { self.check(Msg::InternalMeetings, s.uses.internal_meetings, |s, on| s.uses.internal_meetings = on) }
                            { self.check(Msg::CustomersOrApplicants, s.uses.customers_or_applicants, |s, on| s.uses.customers_or_applicants = on) }
                            { self.check(Msg::SpecialCategories, s.uses.special_categories, |s, on| s.uses.special_categories = on) }
                            { self.check(Msg::ProfessionalSecrecy, s.uses.professional_secrecy, |s, on| s.uses.professional_secrecy = on) }
                            { self.check(Msg::ConfidentialBusiness, s.uses.confidential_business, |s, on| s.uses.confidential_business = on) }
                        </>
                    }) }
                    if s.uses.special_categories {
                        { self.tristate(Msg::Art9Documented, s.uses.art9_exception_documented, "art9", |s, v| s.uses.art9_exception_documented = v) }
                    }
                    { self.radios(Msg::WebinarsLegend, "webinars", &Webinars::ALL.map(Msg::Webinars),
                        position(&Webinars::ALL, s.uses.webinars), |s, i| s.uses.webinars = Webinars::ALL[i]) }
                </>
            },
            Step::Recording => html! {
                <>
                    { self.radios(Msg::RecordingLegend, "recording", &Recording::ALL.map(Msg::Recording),
                        position(&Recording::ALL, s.recording), |s, i| s.recording = Recording::ALL[i]) }
                    if s.records() {
                        { self.radios(Msg::RecordingBasisLegend, "basis", &BASES.map(Msg::LegalBasis),
                            position(&BASES, s.recording_basis), |s, i| s.recording_basis = BASES[i]) }
                    }
                    { self.radios(Msg::AiLegend, "ai", &AiFeatures::ALL.map(Msg::Ai),
                        position(&AiFeatures::ALL, s.ai), |s, i| s.ai = AiFeatures::ALL[i]) }
                </>
            },
            Step::Staff => html! {
                <>
                    { self.group(Msg::Step(Step::Staff), html! {
                        <>
                            { self.check(Msg::EmployeesUseIt, s.employees_use_it, |s, on| s.employees_use_it = on) }
                            { self.check(Msg::WorksCouncil, s.works_council, |s, on| s.works_council = on) }
                            { self.check(Msg::FromHome, s.participants_join_from_home, |s, on| s.participants_join_from_home = on) }
                        </>
                    }) }
                    if s.employees_use_it {
                        { self.tristate(Msg::StaffInformed, s.staff_informed, "staff-informed", |s, v| s.staff_informed = v) }
                    }
                </>
            },
            Step::Needs => {
                let on_participants = self
                    .change(|s: &mut Scenario, n: Option<u32>| s.needs.participants = n)
                    .reform(|e: Event| {
                        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                        count_at_least(&input.value())
                    });
                self.group(Msg::NeedsLegend, html! {
                    <>
                        { self.check(Msg::NeedE2e, s.needs.e2e, |s, on| s.needs.e2e = on) }
                        { self.check(Msg::NeedEea, s.needs.eea_hosting, |s, on| s.needs.eea_hosting = on) }
                        { self.check(Msg::NeedBrowserOnly, s.needs.browser(), |s, on| s.needs.set_browser(on)) }
                        { self.check(Msg::NeedBlur, s.needs.blur, |s, on| s.needs.blur = on) }
                        // The browser is asked above ("joining in the browser"), not twice.
                        { for Platform::ALL.into_iter().filter(|p| *p != Platform::Browser).map(|p| self.platform(p)) }
                        <label class="vkc-scenario__option" for={self.name("participants")}>
                            { t(self.lang, Msg::NeedParticipants) }
                        </label>
                        <input id={self.name("participants")} type="number" min="1" max="1000000"
                            inputmode="numeric" onchange={on_participants}
                            value={s.needs.participants.map(|n| n.to_string()).unwrap_or_default()} />
                    </>
                })
            }
        }
    }
}

/// The legal bases in the order the form offers them: the common ones first.
const BASES: [LegalBasis; 4] = [
    LegalBasis::Consent,
    LegalBasis::LegitimateInterest,
    LegalBasis::None,
    LegalBasis::Unknown,
];

/// Where `value` is among `options`.
fn position<T: PartialEq>(options: &[T], value: T) -> Option<usize> {
    options.iter().position(|o| *o == value)
}

#[function_component]
pub fn ScenarioForm(props: &ScenarioFormProps) -> Html {
    let lang = props.lang;
    let step = use_state(|| 0usize);
    // The form shows the applied scenario or, before that, the one being described; both
    // live in the instance's state, so a link or a reload keeps what was entered.
    let applied = props.scenario.is_some();
    let draft = props
        .scenario
        .clone()
        .or_else(|| props.draft.clone())
        .unwrap_or_default();
    let edit = props.on_action.reform(move |next: Scenario| match applied {
        true => Action::SetScenario(Box::new(next)),
        false => Action::SetDraft(Box::new(next)),
    });
    let current = Step::ALL[*step];
    let editor = Editor {
        lang,
        scenario: &draft,
        edit: &edit,
        id_prefix: &props.id_prefix,
    };
    let go = |to: usize| {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step.set(to))
    };
    let apply = {
        let scenario = draft.clone();
        props
            .on_action
            .reform(move |_: MouseEvent| Action::SetScenario(Box::new(scenario.clone())))
    };
    let apply_needs = props.on_action.reform(|_: MouseEvent| Action::ApplyNeeds);
    let last = Step::ALL.len() - 1;
    let position = format!(
        "{} {} / {}: {}",
        t(lang, Msg::StepOf),
        *step + 1,
        Step::ALL.len(),
        t(lang, Msg::Step(current))
    );
    html! {
        <div class="vkc-scenario">
            <ol class="vkc-scenario__steps">
                { for Step::ALL.iter().enumerate().map(|(i, s)| html! {
                    <li>
                        <button type="button" class="vkc-scenario__step" onclick={go(i)}
                            aria-current={(i == *step).then_some("step")}>
                            { format!("{}. {}", i + 1, t(lang, Msg::Step(*s))) }
                        </button>
                    </li>
                }) }
            </ol>
            <form class="vkc-scenario__form" aria-label={position.clone()}
                onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <p class="vkc-scenario__position">{ position }</p>
                { editor.step(current) }
                <div class="vkc-scenario__nav">
                    { button(t(lang, Msg::Back).into(), go(step.saturating_sub(1)), *step == 0) }
                    { button(t(lang, Msg::Next).into(), go((*step + 1).min(last)), *step == last) }
                    if !applied {
                        <button type="button" class="vkc-button vkc-button--primary" onclick={apply}>{ t(lang, Msg::SetScenario) }</button>
                    } else if props.with_table {
                        { button(t(lang, Msg::ApplyNeeds).into(), apply_needs, false) }
                    }
                </div>
                // Always in the page, so screen readers announce the text when it appears.
                <p class="vkc-scenario__applied" role="status">
                    { match (applied, props.with_table) {
                        (false, _) => "",
                        (true, true) => t(lang, Msg::ScenarioSet),
                        (true, false) => t(lang, Msg::ScenarioSetWithoutTable),
                    } }
                </p>
            </form>
        </div>
    }
}
