//! Routes, the route switch, and the top-level component with the page frame around them.

use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::query::Raw;

use crate::components::site::{site_footer, site_header};
use crate::hooks::use_title::use_title;
use crate::pages::compare::compare_page;
use crate::pages::event::event_page;
use crate::pages::home::home;
use crate::pages::not_found::not_found;

/// Every page of the site. The hash router keeps them after `#`, so that a static host serves
/// one `index.html` for all of them.
#[derive(Debug, Clone, PartialEq, Eq, Routable)]
pub enum Route {
    /// `#/`: the list of events.
    #[at("/")]
    Home,
    /// `#/e/<event-id>`: one event, with a card per outlet.
    #[at("/e/:id")]
    Event {
        /// The event id.
        id: String,
    },
    /// `#/e/<event-id>/compare?o=…`: outlets side by side (query: [`parallax_core::link`]).
    #[at("/e/:id/compare")]
    Compare {
        /// The event id.
        id: String,
    },
    /// Anything else.
    #[not_found]
    #[at("/404")]
    NotFound,
}

/// Renders the page for a route.
pub fn switch(route: Route) -> Html {
    html! { <Page {route} /> }
}

/// Props for [`Page`].
#[derive(Properties, PartialEq)]
pub struct PageProps {
    /// The route to show.
    pub route: Route,
}

/// The page for a route, with the document title kept in step. A new page starts at the top;
/// a change of the query alone (a toggle on the same page) keeps the scroll position.
#[component]
pub fn Page(props: &PageProps) -> Html {
    use_effect_with(props.route.clone(), |_| {
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
    let page = match &props.route {
        Route::Home => home(),
        Route::Event { id } => event_page(id),
        Route::Compare { id } => compare_page(id),
        Route::NotFound => not_found(),
    };
    use_title(&page.title);
    page.body
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

/// The page frame around the routed page. It must sit inside a router; tests give it one with
/// a memory history.
pub fn frame() -> Html {
    html! {
        <>
            { site_header() }
            <main id="main" tabindex="-1">
                <Switch<Route> render={switch} />
            </main>
            { site_footer() }
        </>
    }
}

/// The `href` of a route under the hash router, with an optional canonical query string. Plain
/// links are enough: following one changes the fragment, and the router follows the fragment.
pub fn href(route: &Route, query: Option<&str>) -> AttrValue {
    let mut href = String::from("#");
    href.push_str(&route.to_path());
    if let Some(query) = query.filter(|query| !query.is_empty()) {
        href.push('?');
        href.push_str(query);
    }
    AttrValue::from(href)
}

/// A link to a route.
pub fn route_link(route: &Route, text: impl Into<Html>) -> Html {
    html! { <a href={href(route, None)}>{ text.into() }</a> }
}

/// Goes to a route with a canonical query string, as a new history entry.
pub fn go(navigator: &Navigator, route: &Route, query: &str) {
    // A raw query cannot fail to encode.
    let _ = navigator.push_with_query(route, Raw(query));
}
