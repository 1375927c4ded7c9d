//! The top-level component: the hash router, and the page frame around the routed page.

use yew::prelude::*;

use crate::components::site::{site_footer, site_header};
use crate::data::use_data;
use crate::hooks::use_title::use_title;
use crate::pages::event::event_page;
use crate::pages::home::home;
use crate::pages::not_found::not_found;
pub use crate::route::Route;
use crate::router::{fragment, use_location, HashRouter};

/// The page for the router's current location, with the document title kept in step, shown
/// again whenever data arrives. A new page starts at the top; a change of the query alone (a
/// toggle on the same page) keeps the scroll position. Outside a router it renders nothing.
#[component]
pub fn RoutedPage() -> Html {
    use_data();
    let route = use_location().map(|location| location.route());
    // Scrolled while rendering, not in an effect: the new page's own effects (the compare page
    // scrolls to a focused sentence) run after it, even when the scheduler yields in between.
    let shown = use_mut_ref(|| None::<Option<Route>>);
    if shown.borrow().as_ref() != Some(&route) {
        *shown.borrow_mut() = Some(route.clone());
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    }
    let page = route.as_ref().map(|route| match route {
        Route::Home => home(),
        Route::Event { id, page } => event_page(id, *page),
        Route::NotFound => not_found(),
    });
    use_title(page.as_ref().map_or("", |page| page.title.as_str()));
    page.map(|page| page.body).unwrap_or_default()
}

/// The whole app: the router and the page frame (header, main landmark, footer).
#[component]
pub fn App() -> Html {
    html! {
        <HashRouter>
            { frame() }
        </HashRouter>
    }
}

/// The page frame around the routed page. It must sit inside a [`HashRouter`].
pub fn frame() -> Html {
    html! {
        <>
            { site_header() }
            <main id="main" tabindex="-1">
                <RoutedPage />
            </main>
            { site_footer() }
        </>
    }
}

/// The `href` of a route under the hash router, with an optional canonical query string. Plain
/// links are enough: following one changes the fragment, and the router follows the fragment.
pub fn href(route: &Route, query: Option<&str>) -> AttrValue {
    AttrValue::from(fragment(route, query.unwrap_or_default()))
}

/// A link to a route.
pub fn route_link(route: &Route, text: impl Into<Html>) -> Html {
    html! { <a href={href(route, None)}>{ text.into() }</a> }
}
