//! The current interface language, provided to every component of an instance.

use yew::prelude::*;

use crate::domain::Lang;

#[derive(Clone, PartialEq)]
pub struct LangContext {
    lang: Lang,
    set: Callback<Lang>,
}

impl LangContext {
    pub fn new(lang: Lang, set: Callback<Lang>) -> Self {
        LangContext { lang, set }
    }
}

/// The language to render in; German outside a provider.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<LangContext>()
        .map(|c| c.lang)
        .unwrap_or_default()
}

/// Switches the instance's language.
#[hook]
pub fn use_set_lang() -> Callback<Lang> {
    use_context::<LangContext>()
        .map(|c| c.set)
        .unwrap_or_default()
}
