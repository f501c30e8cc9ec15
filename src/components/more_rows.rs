//! Below a long table whose first rows only are rendered: how many are shown, and the rest
//! on demand. The next rows also come by themselves when this bar nears the visible area, so
//! scrolling through the table never meets it; the buttons serve keyboard and screen-reader
//! users, who may move through the table without scrolling the page.

use yew::prelude::*;

use crate::app::near_viewport;
use crate::components::button;
use crate::domain::Lang;
use crate::i18n::{rows_rendered, show_all, show_more};

#[derive(Properties, PartialEq)]
pub struct MoreRowsProps {
    /// The language to render in.
    pub lang: Lang,
    /// Rows rendered now.
    pub rendered: usize,
    /// Rows of the result.
    pub total: usize,
    /// How many rows to render from now on.
    pub on_show: Callback<usize>,
    /// Rows each step adds.
    pub step: usize,
}

#[function_component]
pub fn MoreRows(props: &MoreRowsProps) -> Html {
    let lang = props.lang;
    let bar = use_node_ref();
    let next = (props.rendered + props.step).min(props.total);
    {
        let bar = bar.clone();
        // Observed anew after every step (and for every new result): the observer reports at
        // its start whether the bar is near, so a tall screen fills up step by step without
        // waiting for a scroll.
        use_effect_with((next, props.on_show.clone()), move |(next, on_show)| {
            let (next, on_show) = (*next, on_show.clone());
            let watch = bar
                .cast::<web_sys::Element>()
                .and_then(|bar| near_viewport(&bar, move || on_show.emit(next)));
            move || drop(watch)
        });
    }
    let more = props.on_show.reform(move |_: MouseEvent| next);
    let total = props.total;
    let all = props.on_show.reform(move |_: MouseEvent| total);
    html! {
        <div class="vkc-more" ref={bar}>
            <p class="vkc-more__note">{ rows_rendered(lang, props.rendered, props.total) }</p>
            { button(show_more(lang, next - props.rendered).into(), more, false) }
            { button(show_all(lang, props.total).into(), all, false) }
        </div>
    }
}
