//! The scenario, asked once in five short steps. Before the scenario is applied the edits are a
//! draft; afterwards every change applies at once.

use yew::prelude::*;

use crate::app::{use_lang, Action};
use crate::components::question_field;
use crate::domain::compliance::{
    AiFeatures, LegalBasis, OperatingModel, Recording, Scenario, Webinars,
};
use crate::domain::{Lang, Platform, Tristate};
use crate::i18n::{t, Msg, Step};

#[derive(Properties, PartialEq)]
pub struct ScenarioFormProps {
    /// The applied scenario; `None` until the user applies one.
    pub scenario: Option<Scenario>,
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

    fn check(&self, label: Msg, on: bool, set: fn(&mut Scenario, bool)) -> Html {
        let onchange = self.change(set).reform(|e: Event| {
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked()
        });
        html! {
            <label class="vkc-scenario__option">
                <input type="checkbox" checked={on} {onchange} />{ t(self.lang, label) }
            </label>
        }
    }

    fn radios<T: Copy + PartialEq + 'static>(
        &self,
        legend: Msg,
        key: &str,
        options: &[T],
        current: T,
        label: fn(T) -> Msg,
        set: fn(&mut Scenario, T),
    ) -> Html {
        let change = self.change(set);
        html! {
            <fieldset class="vkc-scenario__group">
                <legend>{ t(self.lang, legend) }</legend>
                { for options.iter().map(|&value| html! {
                    <label class="vkc-scenario__option">
                        <input type="radio" name={self.name(key)} checked={value == current}
                            onchange={change.reform(move |_: Event| value)} />
                        { t(self.lang, label(value)) }
                    </label>
                }) }
            </fieldset>
        }
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
        let onchange = self
            .change(move |s: &mut Scenario, on: bool| {
                s.needs.platforms.retain(|p| *p != platform);
                if on {
                    s.needs.platforms.push(platform);
                }
            })
            .reform(|e: Event| {
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked()
            });
        html! {
            <label class="vkc-scenario__option">
                <input type="checkbox" checked={on} {onchange} />{ platform.name() }
            </label>
        }
    }

    fn step(&self, step: Step) -> Html {
        let s = self.scenario;
        match step {
            Step::Operation => self.radios(
                Msg::OperatingModelLegend,
                "model",
                &OperatingModel::ALL,
                s.operating_model,
                Msg::OperatingModel,
                |s, v| s.operating_model = v,
            ),
            Step::Uses => html! {
                <>
                    <fieldset class="vkc-scenario__group">
                        <legend>{ t(self.lang, Msg::UsesLegend) }</legend>
                        { self.check(Msg::InternalMeetings, s.uses.internal_meetings, |s, on| s.uses.internal_meetings = on) }
                        { self.check(Msg::CustomersOrApplicants, s.uses.customers_or_applicants, |s, on| s.uses.customers_or_applicants = on) }
                        { self.check(Msg::SpecialCategories, s.uses.special_categories, |s, on| s.uses.special_categories = on) }
                        { self.check(Msg::ProfessionalSecrecy, s.uses.professional_secrecy, |s, on| s.uses.professional_secrecy = on) }
                        { self.check(Msg::ConfidentialBusiness, s.uses.confidential_business, |s, on| s.uses.confidential_business = on) }
                    </fieldset>
                    if s.uses.special_categories {
                        { self.tristate(Msg::Art9Documented, s.uses.art9_exception_documented, "art9", |s, v| s.uses.art9_exception_documented = v) }
                    }
                    { self.radios(Msg::WebinarsLegend, "webinars", &[Webinars::None, Webinars::Alone, Webinars::WithPartner],
                        s.uses.webinars, Msg::Webinars, |s, v| s.uses.webinars = v) }
                </>
            },
            Step::Recording => html! {
                <>
                    { self.radios(Msg::RecordingLegend, "recording", &[Recording::None, Recording::Local, Recording::Cloud],
                        s.recording, Msg::Recording, |s, v| s.recording = v) }
                    if s.records() {
                        { self.radios(Msg::RecordingBasisLegend, "basis",
                            &[LegalBasis::Consent, LegalBasis::LegitimateInterest, LegalBasis::None, LegalBasis::Unknown],
                            s.recording_basis, Msg::LegalBasis, |s, v| s.recording_basis = v) }
                    }
                    { self.radios(Msg::AiLegend, "ai", &[AiFeatures::Off, AiFeatures::On, AiFeatures::EmotionRecognition],
                        s.ai, Msg::Ai, |s, v| s.ai = v) }
                </>
            },
            Step::Staff => html! {
                <>
                    <fieldset class="vkc-scenario__group">
                        <legend>{ t(self.lang, Msg::Step(Step::Staff)) }</legend>
                        { self.check(Msg::EmployeesUseIt, s.employees_use_it, |s, on| s.employees_use_it = on) }
                        { self.check(Msg::WorksCouncil, s.works_council, |s, on| s.works_council = on) }
                        { self.check(Msg::FromHome, s.participants_join_from_home, |s, on| s.participants_join_from_home = on) }
                    </fieldset>
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
                        input.value().trim().parse().ok().filter(|n| *n > 0)
                    });
                html! {
                    <fieldset class="vkc-scenario__group">
                        <legend>{ t(self.lang, Msg::NeedsLegend) }</legend>
                        { self.check(Msg::NeedE2e, s.needs.e2e, |s, on| s.needs.e2e = on) }
                        { self.check(Msg::NeedEea, s.needs.eea_hosting, |s, on| s.needs.eea_hosting = on) }
                        { self.check(Msg::NeedBrowserOnly, s.needs.browser_only, |s, on| s.needs.browser_only = on) }
                        { self.check(Msg::NeedBlur, s.needs.blur, |s, on| s.needs.blur = on) }
                        { for Platform::ALL.map(|p| self.platform(p)) }
                        <label class="vkc-scenario__option" for={self.name("participants")}>
                            { t(self.lang, Msg::NeedParticipants) }
                        </label>
                        <input id={self.name("participants")} type="number" min="1" max="1000000"
                            inputmode="numeric" onchange={on_participants}
                            value={s.needs.participants.map(|n| n.to_string()).unwrap_or_default()} />
                    </fieldset>
                }
            }
        }
    }
}

#[function_component]
pub fn ScenarioForm(props: &ScenarioFormProps) -> Html {
    let lang = use_lang();
    let step = use_state(|| 0usize);
    let draft = use_state(|| props.scenario.clone().unwrap_or_default());
    {
        // A scenario restored from the link (or back/forward) replaces the draft.
        let draft = draft.clone();
        use_effect_with(props.scenario.clone(), move |scenario| {
            if let Some(scenario) = scenario {
                draft.set(scenario.clone());
            }
        });
    }
    let applied = props.scenario.is_some();
    let edit = {
        let (draft, on_action) = (draft.clone(), props.on_action.clone());
        Callback::from(move |next: Scenario| {
            if applied {
                on_action.emit(Action::SetScenario(Box::new(next.clone())));
            }
            draft.set(next);
        })
    };
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
        let (on_action, scenario) = (props.on_action.clone(), (*draft).clone());
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::SetScenario(Box::new(scenario.clone())))
        })
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
                    <button type="button" class="vkc-button" onclick={go(step.saturating_sub(1))} disabled={*step == 0}>
                        { t(lang, Msg::Back) }
                    </button>
                    <button type="button" class="vkc-button" onclick={go((*step + 1).min(last))} disabled={*step == last}>
                        { t(lang, Msg::Next) }
                    </button>
                    if !applied {
                        <button type="button" class="vkc-button vkc-button--primary" onclick={apply}>{ t(lang, Msg::SetScenario) }</button>
                    } else {
                        <button type="button" class="vkc-button" onclick={apply_needs}>{ t(lang, Msg::ApplyNeeds) }</button>
                    }
                </div>
                // Always in the page, so screen readers announce the text when it appears.
                <p class="vkc-scenario__applied" role="status">
                    { if applied { t(lang, Msg::ScenarioSet) } else { "" } }
                </p>
            </form>
        </div>
    }
}
