//! `use_media_query`: whether a CSS media query matches, updated when it starts or stops matching.

use gloo::events::EventListener;
use yew::prelude::*;

/// The layout switch between side-by-side columns and tabs; `assets/style.css` uses the same width.
pub const NARROW_SCREEN: &str = "(max-width: 720px)";

/// Whether `query` matches now; the component re-renders when that changes. Where media queries
/// are not available, it never matches.
#[hook]
pub fn use_media_query(query: &'static str) -> bool {
    let matches = use_state(|| media_query_list(query).is_some_and(|list| list.matches()));
    {
        let matches = matches.clone();
        use_effect_with(query, move |query| {
            let listener = media_query_list(query).map(|list| {
                // The query may have changed between the first render and now.
                matches.set(list.matches());
                let target = list.clone();
                EventListener::new(&target, "change", move |_| matches.set(list.matches()))
            });
            move || drop(listener)
        });
    }
    *matches
}

fn media_query_list(query: &str) -> Option<web_sys::MediaQueryList> {
    web_sys::window()?.match_media(query).ok().flatten()
}
