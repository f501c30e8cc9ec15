//! The transfer-mechanism question: a choice, plus the DPF entity and check date or the SCCs'
//! transfer impact assessment.

use yew::prelude::*;

use crate::components::question_field;
use crate::domain::compliance::{Question, TransferMechanism};
use crate::domain::{Lang, SourceDate};
use crate::i18n::{t, Msg, TransferKind};

fn mechanism(kind: TransferKind) -> TransferMechanism {
    match kind {
        TransferKind::Unknown => TransferMechanism::Unknown,
        TransferKind::Dpf => TransferMechanism::Dpf {
            entity: String::new(),
            checked_on: None,
        },
        TransferKind::Sccs => TransferMechanism::Sccs {
            tia: Default::default(),
        },
        TransferKind::Bcr => TransferMechanism::Bcr,
        TransferKind::Art49 => TransferMechanism::Art49,
        TransferKind::None => TransferMechanism::None,
    }
}

/// A plain view function, rendered by a tool's checklist.
pub fn transfer_field(
    lang: Lang,
    value: &TransferMechanism,
    on_change: &Callback<TransferMechanism>,
    id_prefix: &str,
) -> Html {
    let id = |name: &str| format!("{id_prefix}-{name}");
    let current = TransferKind::of(value);
    let on_kind = on_change.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        let kind = TransferKind::ALL
            .into_iter()
            .find(|k| k.key() == select.value());
        mechanism(kind.unwrap_or(TransferKind::Unknown))
    });
    let details = match value {
        TransferMechanism::Dpf { entity, checked_on } => {
            let checked = checked_on.map(|d| d.to_string()).unwrap_or_default();
            let on_entity = {
                let checked_on = *checked_on;
                on_change.reform(move |e: InputEvent| {
                    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                    TransferMechanism::Dpf {
                        entity: input.value(),
                        checked_on,
                    }
                })
            };
            let on_date = {
                let entity = entity.clone();
                on_change.reform(move |e: Event| {
                    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                    TransferMechanism::Dpf {
                        entity: entity.clone(),
                        checked_on: SourceDate::parse(&input.value()),
                    }
                })
            };
            html! {
                <>
                    <label class="vkc-question__detail" for={id("dpf-entity")}>{ t(lang, Msg::DpfEntity) }</label>
                    <input id={id("dpf-entity")} type="text" value={entity.clone()} maxlength="120" oninput={on_entity} />
                    <label class="vkc-question__detail" for={id("dpf-date")}>{ t(lang, Msg::DpfCheckedOn) }</label>
                    <input id={id("dpf-date")} type="date" value={checked} onchange={on_date} />
                </>
            }
        }
        TransferMechanism::Sccs { tia } => {
            let on_tia = on_change.reform(|tia| TransferMechanism::Sccs { tia });
            let name = AttrValue::from(id("tia"));
            question_field(lang, t(lang, Msg::SccsTia), *tia, &on_tia, &name, "tia")
        }
        _ => html! {},
    };
    html! {
        <div class="vkc-question" data-question={Question::TransferMechanism.key()}>
            <label class="vkc-question__text" for={id("transfer")}>
                { t(lang, Msg::Question(Question::TransferMechanism)) }
            </label>
            <select id={id("transfer")} onchange={on_kind}>
                { for TransferKind::ALL.map(|k| html! {
                    <option value={k.key()} selected={k == current}>{ t(lang, Msg::TransferMechanismOption(k)) }</option>
                }) }
            </select>
            { details }
        </div>
    }
}
