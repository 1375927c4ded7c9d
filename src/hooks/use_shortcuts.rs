//! `use_shortcuts`: single-key keyboard shortcuts for a page, listened for on the document.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What a shortcut key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    /// `j` or `n`: the next shared claim.
    Next,
    /// `k` or `p`: the previous shared claim.
    Previous,
    /// `v`: the other layout.
    SwitchLayout,
    /// `/`: the search box.
    Search,
    /// `?`: the list of shortcuts.
    Help,
}

/// The shortcut a key (`KeyboardEvent.key`) stands for.
pub fn shortcut_for(key: &str) -> Option<Shortcut> {
    match key {
        "j" | "n" => Some(Shortcut::Next),
        "k" | "p" => Some(Shortcut::Previous),
        "v" => Some(Shortcut::SwitchLayout),
        "/" => Some(Shortcut::Search),
        "?" => Some(Shortcut::Help),
        _ => None,
    }
}

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
            let Some(shortcut) = shortcut_for(&event.key()) else { return };
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
    use super::{shortcut_for, Shortcut};
    use crate::components::shortcuts_help::SHORTCUTS_HTML;

    /// Every shortcut key.
    const KEYS: [&str; 7] = ["j", "n", "k", "p", "v", "/", "?"];

    #[test]
    fn keys_map_to_shortcuts_and_the_help_lists_them_all() {
        assert_eq!(shortcut_for("j"), Some(Shortcut::Next));
        assert_eq!(shortcut_for("n"), Some(Shortcut::Next));
        assert_eq!(shortcut_for("k"), Some(Shortcut::Previous));
        assert_eq!(shortcut_for("p"), Some(Shortcut::Previous));
        assert_eq!(shortcut_for("v"), Some(Shortcut::SwitchLayout));
        assert_eq!(shortcut_for("/"), Some(Shortcut::Search));
        assert_eq!(shortcut_for("?"), Some(Shortcut::Help));
        for other in ["J", "x", "Enter", "Escape", " ", "", "jj"] {
            assert_eq!(shortcut_for(other), None, "{other:?}");
        }
        for key in KEYS {
            assert!(shortcut_for(key).is_some(), "{key}");
            assert!(SHORTCUTS_HTML.contains(&format!("<kbd>{key}</kbd>")), "the help lists {key}");
        }
    }
}
