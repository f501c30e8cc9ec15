//! Lines in words (the scenario, a tool's answers) as a description list: what the printout
//! shows in place of the forms, with the report's texts.

use yew::prelude::*;

use crate::domain::compliance::label_end;

/// One `dt`/`dd` pair per `(label, value, detail)`; a detail (the DPF entity under the
/// transfer mechanism) is indented under the line before it. A label gets a colon unless it is
/// a question.
pub fn in_words(lines: impl IntoIterator<Item = (&'static str, String, bool)>) -> Html {
    html! {
        <dl class="vkc-words">
            { for lines.into_iter().map(|(label, value, detail)| html! {
                <div class={classes!("vkc-words__line", detail.then_some("vkc-words__line--detail"))}>
                    <dt>{ label }{ label_end(label) }</dt>
                    <dd>{ value }</dd>
                </div>
            }) }
        </dl>
    }
}
