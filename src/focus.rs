//! Moving the keyboard focus to an element by its id: the skip link, a new page's main landmark,
//! an outlet's tab.

use wasm_bindgen::JsCast;

/// Focuses the HTML element with this id, if the page has one. With `keep_scroll`, the page does
/// not scroll to it (a new page's main landmark, which is already in view).
pub fn focus_id(id: &str, keep_scroll: bool) {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(element) = element else { return };
    if keep_scroll {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    } else {
        let _ = element.focus();
    }
}
