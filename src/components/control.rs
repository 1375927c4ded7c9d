//! Controls written as markup: a page listens on its root for clicks, changes and input, and
//! reads which control it was from its `data-action`.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

/// The control an event happened on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Control {
    /// Its `data-action`.
    pub action: String,
    /// A form field's value (what was typed or chosen), else the `value` attribute.
    pub value: String,
    /// Whether a checkbox is ticked.
    pub checked: bool,
}

/// The control (the nearest element with a `data-action`) that `event` happened on, if any.
pub fn control_of(event: &web_sys::Event) -> Option<Control> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    let control = target.closest("[data-action]").ok()??;
    let action = control.get_attribute("data-action")?;
    let (value, checked) = if let Some(input) = control.dyn_ref::<HtmlInputElement>() {
        (input.value(), input.checked())
    } else if let Some(select) = control.dyn_ref::<HtmlSelectElement>() {
        (select.value(), false)
    } else {
        (control.get_attribute("value").unwrap_or_default(), false)
    };
    Some(Control { action, value, checked })
}
