//! [`use_copy_link`]: a button that copies the address of the current view, or shows it for
//! copying by hand.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
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
            let state = state.clone();
            let timer = timer.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if write_to_clipboard(&url).await {
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

/// Writes `text` to the clipboard; false where the clipboard is missing or refuses.
async fn write_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let navigator = window.navigator();
    // `navigator.clipboard` is undefined outside secure contexts; calling into it would throw.
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok();
    let Some(clipboard) = clipboard.filter(|value| value.is_object()) else { return false };
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}
