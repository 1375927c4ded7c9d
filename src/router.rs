//! The hash router: where the app is (the part of the address after `#`), and moving elsewhere.
//!
//! A location is `#<path>?<query>`, such as `#/e/<event-id>/compare?o=a,b`. [`HashRouter`] reads
//! it from the address (an address whose fragment is not a path starts at the home page's `#/`),
//! follows the browser's Back and Forward (`popstate`, which the browser also fires when a plain
//! `#…` link is followed), and gives its children the [`Location`] and a [`Navigator`] through
//! context ([`use_location`], [`use_navigator`]). The navigator pushes or replaces history entries
//! with the History API, so that Back and Forward step through views.
//!
//! This stands in for yew-router, whose history layer (gloo-history, with its serde-wasm-bindgen
//! state and float formatting) cost about 17 KB of the site's 120 KB brotli budget. Nothing here
//! throws on a malformed address: whatever follows `#` is read as some path and query.

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::route::Route;

/// The part of the address after `#`: a path and a query string.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Location {
    path: String,
    query: String,
}

impl Location {
    /// Reads a location from the address's fragment (with or without its `#`). The path always
    /// starts with `/`; the query keeps its `?` and is empty when there is none; a second `#` and
    /// what follows it are ignored.
    pub fn from_hash(hash: &str) -> Location {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let hash = hash.split_once('#').map_or(hash, |(before, _)| before);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let path = if path.starts_with('/') { path.to_string() } else { format!("/{path}") };
        let query = if query.is_empty() { String::new() } else { format!("?{query}") };
        Location { path, query }
    }

    /// The location in the browser's address now (`/` when it has no fragment).
    pub fn current() -> Location {
        let hash = web_sys::window().and_then(|window| window.location().hash().ok());
        Location::from_hash(&hash.unwrap_or_default())
    }

    /// The path, such as `/e/putin-trump/compare`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The query string with its leading `?`, or `""`.
    pub fn query_str(&self) -> &str {
        &self.query
    }

    /// The route the path names.
    pub fn route(&self) -> Route {
        Route::from_path(&self.path)
    }
}

/// The fragment (with its `#`) that shows `route` with `query` (without `?`; may be empty).
pub fn fragment(route: &Route, query: &str) -> String {
    let mut fragment = format!("#{}", route.to_path());
    if !query.is_empty() {
        fragment.push('?');
        fragment.push_str(query);
    }
    fragment
}

/// Moves the app to another route, as a new history entry or in place of the current one.
#[derive(Clone, PartialEq)]
pub struct Navigator {
    /// Re-reads the location from the address (the History API fires no event for our own moves).
    refresh: Callback<()>,
}

impl Navigator {
    /// Shows `route` with `query` as a new history entry.
    pub fn push(&self, route: &Route, query: &str) {
        self.go(route, query, false);
    }

    /// Shows `route` with `query` in place of the current history entry.
    pub fn replace(&self, route: &Route, query: &str) {
        self.go(route, query, true);
    }

    fn go(&self, route: &Route, query: &str, replace: bool) {
        let Some(history) = web_sys::window().and_then(|window| window.history().ok()) else { return };
        let url = fragment(route, query);
        // Both only fail for a URL of another origin, which a fragment never is.
        let _ = if replace {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        };
        self.refresh.emit(());
    }
}

/// What [`HashRouter`] shares with its children.
#[derive(Clone, PartialEq)]
struct RouterContext {
    location: Location,
    navigator: Navigator,
}

/// Props for [`HashRouter`].
#[derive(Properties, PartialEq)]
pub struct HashRouterProps {
    /// What is shown under the router.
    pub children: Html,
}

/// Keeps the location in step with the address and shares it, with a [`Navigator`], with its
/// children.
#[component]
pub fn HashRouter(props: &HashRouterProps) -> Html {
    let location = use_state_eq(|| {
        start_at_a_path();
        Location::current()
    });
    let refresh = use_callback(location.setter(), |(), setter| setter.set(Location::current()));
    {
        let refresh = refresh.clone();
        use_effect_with((), move |_| {
            // The address may have changed between the first render and now.
            refresh.emit(());
            let listener = web_sys::window()
                .map(|window| EventListener::new(&window, "popstate", move |_| refresh.emit(())));
            move || drop(listener)
        });
    }
    let context = RouterContext { location: (*location).clone(), navigator: Navigator { refresh } };
    html! {
        <ContextProvider<RouterContext> {context}>
            { props.children.clone() }
        </ContextProvider<RouterContext>>
    }
}

/// Replaces an address whose fragment is not a path (`#/…`), such as one with no fragment at all,
/// by the home page's `#/`, in place.
fn start_at_a_path() {
    let Some(window) = web_sys::window() else { return };
    let hash = window.location().hash().unwrap_or_default();
    if !hash.starts_with("#/") {
        if let Ok(history) = window.history() {
            // Only fails for a URL of another origin, which a fragment never is.
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some("#/"));
        }
    }
}

/// The current location, or `None` outside a [`HashRouter`].
#[hook]
pub fn use_location() -> Option<Location> {
    use_context::<RouterContext>().map(|context| context.location)
}

/// The navigator, or `None` outside a [`HashRouter`].
#[hook]
pub fn use_navigator() -> Option<Navigator> {
    use_context::<RouterContext>().map(|context| context.navigator)
}

#[cfg(test)]
mod tests {
    use super::{fragment, Location};
    use crate::route::Route;

    #[test]
    fn locations_split_path_and_query() {
        let location = Location::from_hash("#/e/x/compare?o=a,b&removed=1");
        assert_eq!((location.path(), location.query_str()), ("/e/x/compare", "?o=a,b&removed=1"));
        assert_eq!(location.route(), Route::of_page("x", parallax_core::link::Page::Compare));
        let bare = Location::from_hash("");
        assert_eq!((bare.path(), bare.query_str()), ("/", ""));
        assert_eq!(bare.route(), Route::Home);
        let odd = Location::from_hash("#garbage?#more?x");
        assert_eq!((odd.path(), odd.query_str()), ("/garbage", ""));
        assert_eq!(Location::from_hash("#//").route(), Route::Home);
        assert_eq!(Location::from_hash("/e/x?").query_str(), "");
    }

    #[test]
    fn fragments_read_back_as_the_same_location() {
        let route = Route::of_page("a b", parallax_core::link::Page::Compare);
        assert_eq!(fragment(&route, "o=x,y"), "#/e/a%20b/compare?o=x,y");
        assert_eq!(fragment(&Route::Home, ""), "#/");
        let location = Location::from_hash(&fragment(&route, "o=x,y"));
        assert_eq!((location.route(), location.query_str()), (route, "?o=x,y"));
    }
}
