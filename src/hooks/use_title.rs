//! `use_title`: keeps `document.title` in step with the page shown.

use yew::prelude::*;

/// The site's name, appended to every page title.
const SITE_NAME: &str = "Parallax";

/// Sets the document title to "`page` · Parallax" while the calling component is shown.
#[hook]
pub fn use_title(page: &str) {
    let title = if page.is_empty() { SITE_NAME.to_string() } else { format!("{page} · {SITE_NAME}") };
    use_effect_with(title, |title| {
        if let Some(document) = web_sys::window().and_then(|window| window.document()) {
            document.set_title(title);
        }
    });
}
