//! The page frame: the site header with its skip link and navigation, and the footer.

use yew::prelude::*;

use crate::app::{href, route_link, Route};

/// The site's mark (`assets/favicon.svg`), drawn in the page rather than fetched: one request
/// less while the first view loads.
const BRAND_MARK: &str = "<svg class=\"brand-mark\" viewBox=\"0 0 32 32\" width=\"24\" height=\"24\" \
aria-hidden=\"true\" focusable=\"false\"><rect width=\"32\" height=\"32\" rx=\"7\" fill=\"#1f4e79\"/>\
<rect x=\"6\" y=\"7\" width=\"8\" height=\"18\" rx=\"1.5\" fill=\"#fff\"/><rect x=\"18\" y=\"7\" \
width=\"8\" height=\"18\" rx=\"1.5\" fill=\"#fff\" opacity=\".72\"/><path d=\"M8 11h4M8 14h4M8 17h3M20 \
11h4M20 14h3M20 17h4\" stroke=\"#1f4e79\" stroke-width=\"1.4\" stroke-linecap=\"round\"/></svg>";

/// The site header: a skip link to the main content, the site name and the navigation.
pub fn site_header() -> Html {
    html! {
        <header class="site-header">
            <a class="skip-link" href="#main" onclick={Callback::from(skip_to_main)}>{ "Skip to content" }</a>
            <div class="site-header-inner">
                <a class="brand" href={href(&Route::Home, None)}>
                    { Html::from_html_unchecked(AttrValue::Static(BRAND_MARK)) }
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
    crate::focus::focus_id("main", false);
}
