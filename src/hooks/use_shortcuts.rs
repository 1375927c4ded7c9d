//! `use_shortcuts`: single-key keyboard shortcuts for a page ([`Shortcut`]), listened for on the
//! document.

use gloo::events::{EventListener, EventListenerOptions};
use parallax_core::view::Shortcut;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Where keys are text, not shortcuts: form fields, editable text, and an open dialog (which
/// handles its own keys).
const TYPING: &str =
    "input, textarea, select, [contenteditable]:not([contenteditable='false']), dialog[open]";

/// Calls `on_shortcut` for a shortcut key pressed anywhere in the document while the calling
/// component is shown, and stops the key's default action (such as the browser's quick find on
/// `/`). Keys are ignored with Ctrl, Alt or Meta held, when already handled, and while typing in
/// a form field or an open dialog.
#[hook]
pub fn use_shortcuts(on_shortcut: Callback<Shortcut>) {
    // The listener is added once and calls the latest callback.
    let latest = use_mut_ref(|| on_shortcut.clone());
    *latest.borrow_mut() = on_shortcut;
    use_effect_with((), move |_| {
        let document = gloo::utils::document();
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&document, "keydown", options, move |event| {
            let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
            if event.ctrl_key() || event.alt_key() || event.meta_key() || event.default_prevented() {
                return;
            }
            let Some(shortcut) = Shortcut::of_key(&event.key()) else { return };
            let target = event.target().and_then(|target| target.dyn_into::<web_sys::Element>().ok());
            if target.is_some_and(|target| target.closest(TYPING).ok().flatten().is_some()) {
                return;
            }
            event.prevent_default();
            latest.borrow().emit(shortcut);
        });
        move || drop(listener)
    });
}

#[cfg(test)]
mod tests {
    use parallax_core::view::Shortcut;

    use crate::components::shortcuts_help::SHORTCUTS_HTML;

    #[test]
    fn the_help_lists_every_shortcut_key() {
        for key in ["j", "n", "k", "p", "v", "/", "?"] {
            assert!(Shortcut::of_key(key).is_some(), "{key}");
            assert!(SHORTCUTS_HTML.contains(&format!("<kbd>{key}</kbd>")), "the help lists {key}");
        }
    }
}
