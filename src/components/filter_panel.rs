//! The filter panel: labelled controls in fieldsets, each option with the number of tools it
//! would leave, and a reset. On phones it collapses behind a toggle, and Escape collapses it.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::button;

use crate::app::Action;
use crate::domain::compliance::TrafficLight;
use crate::domain::{
    count_at_least, DataView, FacetOption, Facets, Filter, Lang, Location, Platform, Tristate,
};
use crate::i18n::{count, location, t, Msg};

/// Longer queries would make a link too long to share; no tool name comes near this.
const MAX_QUERY_LEN: u32 = 100;

#[derive(Properties, PartialEq)]
pub struct FilterPanelProps {
    /// The language to render in.
    pub lang: Lang,
    pub filter: Filter,
    pub facets: Rc<Facets>,
    pub view: DataView,
    pub on_action: Callback<Action>,
    /// Prefix for element ids, unique per instance.
    pub id_prefix: AttrValue,
}

#[function_component]
pub fn FilterPanel(props: &FilterPanelProps) -> Html {
    let lang = props.lang;
    let open = use_state(|| false);
    let id = |name: &str| format!("{}-{name}", props.id_prefix);
    let facets = &props.facets;
    let checkbox = |option: FacetOption, label: String| {
        let on = props.filter.is_on(&option);
        let n = facets.count(&option).unwrap_or_default();
        let onchange = {
            let option = option.clone();
            props.on_action.reform(move |e: Event| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                Action::SetOption(option.clone(), input.checked())
            })
        };
        html! {
            <label class="vkc-filter__option">
                <input type="checkbox" checked={on} {onchange} />
                { label }
                <span class="vkc-filter__count">{ format!("({n})") }</span>
            </label>
        }
    };
    let tristates = |make: fn(Tristate) -> FacetOption| {
        Tristate::ALL
            .map(|v| checkbox(make(v), t(lang, Msg::Tristate(v)).to_owned()))
            .to_vec()
    };
    let locations: Vec<Html> = facets
        .locations()
        .map(|(code, _)| {
            let label = Location::from_code(code).map_or(code.to_owned(), |l| {
                let (name, region) = location(lang, &l);
                format!("{name} ({region})")
            });
            checkbox(FacetOption::Location(code.to_owned()), label)
        })
        .collect();
    let on_query = props.on_action.reform(|e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        Action::SetQuery(input.value())
    });
    // Any number: an IT lead needs "at least 120", not the nearest preset; whatever the field
    // holds means what it shows (see `count_at_least`). What was typed stays as
    // typed ("1.5", "1e3") while it means the filter's minimum; a minimum set otherwise (reset,
    // a link) shows as its number.
    let typed = use_mut_ref(String::new);
    let on_min = {
        let (typed, on_action) = (typed.clone(), props.on_action.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            // Half typed ("1e", "-"): the browser has no value for it yet, so nothing changes.
            if input.validity().bad_input() {
                return;
            }
            let value = input.value();
            let min = count_at_least(&value);
            *typed.borrow_mut() = value;
            on_action.emit(Action::SetMinParticipants(min));
        })
    };
    let min_value = match &*typed.borrow() {
        text if count_at_least(text) == props.filter.min_participants => text.clone(),
        _ => props
            .filter
            .min_participants
            .map(|n| n.to_string())
            .unwrap_or_default(),
    };
    // Suggested values, each with the number of tools it would leave.
    let min_presets = facets
        .options()
        .iter()
        .filter_map(|(option, n)| match option {
            FacetOption::MinParticipants(min) => Some(html! {
                <option value={min.to_string()} label={format!("≥ {} ({n})", count(lang, *min))} />
            }),
            _ => None,
        });
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    // Escape closes the open panel (phones) and returns focus to its toggle. Escape in a search
    // field that has text clears the text instead, as the browser does there.
    let toggle_ref = use_node_ref();
    let onkeydown = {
        let (open, toggle_ref) = (open.clone(), toggle_ref.clone());
        Callback::from(move |e: KeyboardEvent| {
            let target = e.target_dyn_into::<web_sys::HtmlInputElement>();
            let clears = target.is_some_and(|i| i.type_() == "search" && !i.value().is_empty());
            if e.key() != "Escape" || !*open || clears {
                return;
            }
            e.prevent_default();
            open.set(false);
            if let Some(button) = toggle_ref.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        })
    };
    let reset = props.on_action.reform(|_: MouseEvent| Action::ResetFilters);
    html! {
        <div class={classes!("vkc-filters", open.then_some("vkc-filters--open"))} {onkeydown}>
            <button type="button" class="vkc-button vkc-filters__toggle" aria-expanded={open.to_string()}
                aria-controls={id("filters")} onclick={toggle} ref={toggle_ref}>
                { t(lang, Msg::ShowFilters) }
            </button>
            <form class="vkc-filters__form" id={id("filters")} aria-label={t(lang, Msg::FiltersTitle)}
                onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <div class="vkc-filter">
                    <label class="vkc-filter__label" for={id("q")}>{ t(lang, Msg::Search) }</label>
                    <input id={id("q")} type="search" class="vkc-filter__search" value={props.filter.query.clone()}
                        maxlength={MAX_QUERY_LEN.to_string()} placeholder={t(lang, Msg::SearchHint)}
                        autocomplete="off" oninput={on_query} />
                </div>
                <fieldset class="vkc-filter">
                    <legend>{ t(lang, Msg::LocationFilter) }</legend>
                    { checkbox(FacetOption::EeaOnly, t(lang, Msg::EeaOnly).to_owned()) }
                    { for locations }
                </fieldset>
                <div class="vkc-filter">
                    <label class="vkc-filter__label" for={id("min")}>{ t(lang, Msg::MinParticipants) }</label>
                    <input id={id("min")} type="number" class="vkc-filter__number" min="1" step="1"
                        inputmode="numeric" list={id("min-presets")} placeholder={t(lang, Msg::AnyNumber)}
                        value={min_value} oninput={on_min} />
                    <datalist id={id("min-presets")}>{ for min_presets }</datalist>
                </div>
                <fieldset class="vkc-filter">
                    <legend>{ t(lang, Msg::Column(crate::domain::Column::E2e)) }</legend>
                    { for tristates(FacetOption::E2e) }
                </fieldset>
                <fieldset class="vkc-filter">
                    <legend>{ t(lang, Msg::PlatformsFilter) }</legend>
                    { for Platform::ALL.map(|p| checkbox(FacetOption::Platform(p), p.name().to_owned())) }
                </fieldset>
                <fieldset class="vkc-filter">
                    <legend>{ t(lang, Msg::Column(crate::domain::Column::Blur)) }</legend>
                    { for tristates(FacetOption::Blur) }
                </fieldset>
                if props.view == DataView::Current {
                    <fieldset class="vkc-filter">
                        <legend>{ t(lang, Msg::DisplayFilter) }</legend>
                        { checkbox(FacetOption::HideDiscontinued, t(lang, Msg::HideDiscontinued).to_owned()) }
                        { checkbox(FacetOption::HideAdded, t(lang, Msg::HideAdded).to_owned()) }
                    </fieldset>
                }
                if facets.count(&FacetOption::Light(TrafficLight::Green)).is_some() {
                    <fieldset class="vkc-filter">
                        <legend>{ t(lang, Msg::LightColumn) }</legend>
                        { for TrafficLight::ALL.map(|l| checkbox(FacetOption::Light(l), t(lang, Msg::Light(l)).to_owned())) }
                    </fieldset>
                }
                { button(t(lang, Msg::ResetFilters).into(), reset, props.filter.is_empty()) }
            </form>
        </div>
    }
}
