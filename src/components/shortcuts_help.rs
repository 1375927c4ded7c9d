//! The overlay that lists the keyboard shortcuts: a modal `<dialog>` and the hook that opens it.

use web_sys::HtmlDialogElement;
use yew::prelude::*;

/// The overlay's content: the shortcut keys (`crate::hooks::use_shortcuts::shortcut_for`), and
/// Enter and Escape. Static text, inserted as it is.
pub const SHORTCUTS_HTML: &str = "<h2 id=\"shortcuts-title\">Keyboard shortcuts</h2><dl class=\"shortcut-list\">\
<div><dt><kbd>j</kbd> or <kbd>n</kbd></dt><dd>Next shared claim</dd></div>\
<div><dt><kbd>k</kbd> or <kbd>p</kbd></dt><dd>Previous shared claim</dd></div>\
<div><dt><kbd>v</kbd></dt><dd>Switch between Read and Align</dd></div>\
<div><dt><kbd>/</kbd></dt><dd>Search</dd></div>\
<div><dt><kbd>?</kbd></dt><dd>Show these shortcuts</dd></div>\
<div><dt><kbd>Enter</kbd></dt><dd>On a sentence: highlight it and its counterparts, and keep it in the link</dd></div>\
<div><dt><kbd>Esc</kbd></dt><dd>Close this list</dd></div></dl>\
<p class=\"shortcut-note\">Shortcuts are off while you type in the search box.</p>";

/// Opens the dialog behind the returned ref as a modal while `open` holds, and closes it when
/// `open` turns false. A modal dialog makes the rest of the page inert (focus stays inside),
/// moves focus to its `autofocus` control, and on closing the browser returns focus to where it
/// was before.
#[hook]
pub fn use_modal(open: bool) -> NodeRef {
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(open, move |&open| {
            let Some(dialog) = dialog.cast::<HtmlDialogElement>() else { return };
            if open && !dialog.open() {
                // Fails only if the dialog is not in the document.
                let _ = dialog.show_modal();
            } else if !open && dialog.open() {
                dialog.close();
            }
        });
    }
    dialog
}

/// The shortcuts overlay (`[role=dialog][data-overlay="shortcuts"]`, modal, labelled by its
/// heading), for [`use_modal`]'s ref. The browser closes it on Escape and on the Close button (a
/// `method="dialog"` form), and `on_close` hears of it from the dialog's `close` event.
pub fn shortcuts_help(dialog: &NodeRef, on_close: &Callback<()>) -> Html {
    html! {
        <dialog
            ref={dialog}
            class="shortcuts-help"
            role="dialog"
            aria-modal="true"
            aria-labelledby="shortcuts-title"
            data-overlay="shortcuts"
            onclose={on_close.reform(|_: Event| ())}
        >
            { Html::from_html_unchecked(AttrValue::Static(SHORTCUTS_HTML)) }
            <form method="dialog">
                <button class="button" autofocus=true>{ "Close" }</button>
            </form>
        </dialog>
    }
}
