//! [`use_copy_link`]: a button that copies the address of the current view, or shows it for
//! copying by hand.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// How long the "Link copied" message stays, in milliseconds.
const FEEDBACK_MS: u32 = 4000;

/// Where the last copy attempt got to.
#[derive(Debug, Clone, PartialEq, Eq)]
enum CopyState {
    Idle,
    Copied,
    /// The clipboard was not available or refused: the address, shown for copying by hand.
    Manual(String),
}

/// A "Copy link" button with a live status message. Where the clipboard cannot be used (an
/// insecure page, a refused permission), the address appears in a read-only field instead.
///
/// A hook rather than a component: its state lives in the page that calls it, which saves the web
/// app a component's worth of Yew code (the page re-renders when the message changes).
#[hook]
pub fn use_copy_link() -> Html {
    let state = use_state(|| CopyState::Idle);
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let onclick = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(url) = current_url() else { return };
            let (state, timer) = (state.clone(), timer.clone());
            copy_to_clipboard(&url.clone(), move |copied| {
                if copied {
                    state.set(CopyState::Copied);
                    let reset = state.clone();
                    *timer.borrow_mut() = Some(Timeout::new(FEEDBACK_MS, move || reset.set(CopyState::Idle)));
                } else {
                    timer.borrow_mut().take();
                    state.set(CopyState::Manual(url));
                }
            });
        })
    };
    let select_all = Callback::from(|event: FocusEvent| {
        if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        }
    });
    html! {
        <div class="copy-link">
            <button type="button" class="button" data-action="copy-link" {onclick}>{ "Copy link" }</button>
            <span class="copy-status" role="status">
                if *state == CopyState::Copied { { "Link copied" } }
            </span>
            if let CopyState::Manual(url) = &*state {
                <label class="manual-link">
                    <span>{ "Copy this link:" }</span>
                    <input type="text" readonly=true value={url.clone()} onfocus={select_all} />
                </label>
            }
        </div>
    }
}

fn current_url() -> Option<String> {
    web_sys::window()?.location().href().ok()
}

/// Writes `text` to the clipboard, then calls `done` with whether it could: false where the
/// clipboard is missing or refuses.
fn copy_to_clipboard(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else { return done(false) };
    let navigator = window.navigator();
    // `navigator.clipboard` is undefined outside secure contexts; calling into it would throw.
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok();
    let Some(clipboard) = clipboard.filter(JsValue::is_object) else { return done(false) };
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    // One callback for both outcomes, since only one ever happens: `writeText` fulfils with
    // `undefined` and rejects with an error. Plain promise callbacks rather than a Rust future,
    // which would cost the web app an executor. The callback is handed over to JavaScript for
    // good (a few bytes a click; its Rust closure is dropped once called).
    let settle = Closure::once(move |outcome: JsValue| done(outcome.is_undefined()));
    let _ = clipboard.write_text(text).then2(&settle, &settle);
    settle.forget();
}
