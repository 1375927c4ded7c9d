//! `use_compare_view`: the compare view's state, read from the URL and written back to it.
//!
//! The URL is the single source of truth: the hook parses the router location's query with
//! [`CompareView::parse`] on every render (a few short strings), and a change pushes a new
//! history entry with the canonical query, so that Back and Forward step through views and a
//! copied link opens the same view.

use parallax_core::link::{CompareView, Notice};
use parallax_core::model::Event;
use yew::prelude::*;

use crate::app::Route;
use crate::data::Static;
use crate::router::{use_location, use_navigator, Navigator};

/// What [`use_compare_view`] returns.
#[derive(Clone)]
pub struct UseCompareViewHandle {
    /// The view to show: always valid for the event.
    pub view: CompareView,
    /// What was wrong with the link, for the reader.
    pub notices: Vec<Notice>,
    event_id: &'static str,
    navigator: Option<Navigator>,
}

impl UseCompareViewHandle {
    /// Shows `view`, as a new history entry.
    pub fn set(&self, view: &CompareView) {
        if let Some(navigator) = &self.navigator {
            let route = Route::Compare { id: self.event_id.to_string() };
            navigator.push(&route, &view.to_query());
        }
    }
}

/// The compare view of `event` that the current URL asks for. A link that names no outlets (and
/// has nothing else wrong) is replaced, not pushed, by the canonical link to the default view,
/// so that the address bar names what is shown and Back skips the bare link. A link with
/// problems stays as it is, so that its notices stay true.
#[hook]
pub fn use_compare_view(event: Static<Event>) -> UseCompareViewHandle {
    let location = use_location();
    let navigator = use_navigator();
    let query = location.as_ref().map(|location| location.query_str()).unwrap_or_default();
    let parsed = CompareView::parse(query, &event);
    let replacement = (parsed.outlets_defaulted && parsed.notices.is_empty()).then(|| parsed.view.to_query());
    {
        let navigator = navigator.clone();
        let event_id = event.0.id.as_str();
        use_effect_with(replacement, move |replacement| {
            if let (Some(navigator), Some(query)) = (navigator, replacement) {
                let route = Route::Compare { id: event_id.to_string() };
                navigator.replace(&route, query);
            }
        });
    }
    UseCompareViewHandle {
        view: parsed.view,
        notices: parsed.notices,
        event_id: event.0.id.as_str(),
        navigator,
    }
}
