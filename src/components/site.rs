//! The page frame: the site header with its skip link and navigation, and the footer.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::{href, route_link, Route};

/// The site header: a skip link to the main content, the site name and the navigation.
pub fn site_header() -> Html {
    html! {
        <header class="site-header">
            <a class="skip-link" href="#main" onclick={Callback::from(skip_to_main)}>{ "Skip to content" }</a>
            <div class="site-header-inner">
                <a class="brand" href={href(&Route::Home, None)}>
                    <img class="brand-mark" src="favicon.svg" alt="" width="24" height="24" />
                    { "Parallax" }
                </a>
                <nav aria-label="Site">
                    <ul class="site-nav">
                        <li>{ route_link(&Route::Home, "Events") }</li>
                    </ul>
                </nav>
            </div>
        </header>
    }
}

/// The site footer.
pub fn site_footer() -> Html {
    html! {
        <footer class="site-footer">
            <p>
                { "Parallax shows how outlets reported the same event, side by side. The articles belong to their publishers; \
                   site menus, promos and other boilerplate are removed for reading, and “Show removed text” brings them back." }
            </p>
        </footer>
    }
}

/// Moves focus to the main landmark. The hash router owns the URL fragment, so the skip link
/// must not navigate to `#main`.
fn skip_to_main(event: MouseEvent) {
    event.prevent_default();
    let main = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("main"))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let _ = main.focus();
    }
}
