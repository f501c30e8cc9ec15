//! Findings grouped by topic, each with its rule id, severity, measure, legal basis and source.
//! `data-rule` and `data-severity` let tests and embedders read the result.

use yew::prelude::*;

use crate::domain::compliance::{Finding, Topic};
use crate::domain::Lang;
use crate::i18n::{t, Msg};

/// A plain view function: the calculator and a tool's check each show one.
pub fn finding_list(lang: Lang, findings: &[Finding]) -> Html {
    if findings.is_empty() {
        return html! { <p>{ t(lang, Msg::NoFindings) }</p> };
    }
    let groups = Topic::ALL.into_iter().filter_map(|topic| {
        let findings: Vec<&Finding> = findings.iter().filter(|f| f.topic == topic).collect();
        (!findings.is_empty()).then(|| {
            html! {
                <li class="vkc-findings__topic">
                    <span class="vkc-findings__heading">{ topic.label(lang) }</span>
                    <ul class="vkc-findings__list">
                        { for findings.into_iter().map(|f| finding(lang, f)) }
                    </ul>
                </li>
            }
        })
    });
    html! { <ul class="vkc-findings">{ for groups }</ul> }
}

fn finding(lang: Lang, f: &Finding) -> Html {
    let severity = f.severity.key();
    html! {
        <li class={format!("vkc-finding vkc-finding--{severity}")} data-rule={f.rule.to_string()}
            data-severity={severity}>
            <p class="vkc-finding__head">
                <span class="vkc-finding__id">{ f.rule.to_string() }</span>
                { " · " }
                <span class="vkc-finding__severity">{ t(lang, Msg::Severity(f.severity)) }</span>
            </p>
            <p class="vkc-finding__measure">{ f.measure.get(lang) }</p>
            <p class="vkc-finding__basis">
                { t(lang, Msg::LegalBasisLabel) }{ ": " }{ f.legal_basis.get(lang) }{ " · " }
                { t(lang, Msg::SourceLabel) }{ ": " }{ f.source.get(lang) }
            </p>
        </li>
    }
}
