//! `use_title`: keeps `document.title` in step with the page shown, and brings keyboard focus to
//! a newly shown page.

use std::cell::Cell;

use yew::prelude::*;

/// The site's name, appended to every page title.
const SITE_NAME: &str = "Parallax";

thread_local! {
    /// Whether a page has been shown since the app started.
    static SHOWN_BEFORE: Cell<bool> = const { Cell::new(false) };
}

/// Sets the document title to "`page` · Parallax" while the calling component is shown. When the
/// title changes after the first page (the reader followed a link or went Back to another page),
/// keyboard focus moves to the main landmark (`main#main`, without scrolling), so that keyboard
/// and screen-reader users start at the new page instead of on a link that is gone. A change of
/// the view within a page keeps its title, and so the focus where it is.
#[hook]
pub fn use_title(page: &str) {
    let title = if page.is_empty() { SITE_NAME.to_string() } else { format!("{page} · {SITE_NAME}") };
    use_effect_with(title, |title| {
        let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
        document.set_title(title);
        if SHOWN_BEFORE.with(|shown| shown.replace(true)) {
            crate::focus::focus_id("main", true);
        }
    });
}
