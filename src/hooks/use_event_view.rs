//! `use_event_view`: the state of an event page, read from the URL and written back to it.
//!
//! The URL is the single source of truth. On every render the hook reads the router's location:
//! the route names the event, and [`EventView::parse`] turns the query into a valid view plus
//! notices. That, and the [`Matches`] of the view's filter, are memoised until the address
//! changes: a shared link can be a megabyte long, and is read once, not on every render. The
//! [`EventIndex`] of an event is built once per event for the whole session (events are
//! `'static` in the bundle, so the index is too).
//! [`UseEventViewHandle::navigate`] writes a view back with its canonical query, as a new
//! history entry (so that Back and Forward step through views) or in place of the current one
//! (for typing in the search box).

use std::cell::RefCell;
use std::rc::Rc;

use parallax_core::analysis::EventAnalysis;
use parallax_core::link::{EventView, Filter, Page, ParsedView};
use parallax_core::model::Event;
use parallax_core::view::{EventIndex, Matches};
use yew::prelude::*;

use crate::data;
use crate::route::Route;
use crate::router::{fragment, use_location, use_navigator, Navigator};

/// How [`UseEventViewHandle::navigate`] writes the new view into the browser's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// As a new entry: Back returns to the view before.
    Push,
    /// In place of the current entry: for changes that come in bursts, such as typing.
    Replace,
}

/// What [`use_event_view`] returns.
#[derive(Clone)]
pub struct UseEventViewHandle {
    /// The event the route names, if the corpus has it.
    pub event: Option<&'static Event>,
    /// Its analysis (empty if the bundle has none for it, or there is no event).
    pub analysis: &'static EventAnalysis,
    /// The event's index, built once per event (empty when there is no event).
    pub index: Rc<EventIndex<'static>>,
    /// The view the link asks for, and what was wrong with the link.
    pub parsed: Rc<ParsedView>,
    /// The sentences and claims the view's filter keeps, with topic counts.
    pub matches: Rc<Matches<'static>>,
    navigator: Option<Navigator>,
}

impl UseEventViewHandle {
    /// The view to show: always valid for the event.
    pub fn view(&self) -> &EventView {
        &self.parsed.view
    }

    /// Shows `view` (of this handle's event), as a new history entry or in place of the current.
    pub fn navigate(&self, view: &EventView, mode: Mode) {
        let (Some(event), Some(navigator)) = (self.event, &self.navigator) else { return };
        let route = Route::of_page(&event.id, view.page);
        match mode {
            Mode::Push => navigator.push(&route, &view.to_query()),
            Mode::Replace => navigator.replace(&route, &view.to_query()),
        }
    }

    /// The `href` of a view of this handle's event (`#` when there is no event).
    pub fn href(&self, view: &EventView) -> AttrValue {
        match self.event {
            Some(event) => view_href(&event.id, view),
            None => AttrValue::Static("#"),
        }
    }

    /// A callback that shows the current view with another filter: what the filter bar calls.
    pub fn on_filter(&self) -> Callback<(Filter, Mode)> {
        let handle = self.clone();
        Callback::from(move |(filter, mode): (Filter, Mode)| {
            let view = EventView { filter, ..handle.parsed.view.clone() };
            handle.navigate(&view, mode);
        })
    }
}

/// The `href` of a view of the event `event_id`.
pub fn view_href(event_id: &str, view: &EventView) -> AttrValue {
    AttrValue::from(fragment(&Route::of_page(event_id, view.page), &view.to_query()))
}

/// The analysis of `event` in the bundle, if it has one.
pub fn analysis_of(event: &Event) -> Option<&'static EventAnalysis> {
    data::bundle().analyses.iter().find(|analysis| analysis.event_id == event.id)
}

/// An empty event and analysis, for the index of a route without an event.
fn nothing() -> (&'static Event, &'static EventAnalysis) {
    thread_local! {
        static NOTHING: (&'static Event, &'static EventAnalysis) =
            (Box::leak(Box::default()), Box::leak(Box::default()));
    }
    NOTHING.with(|nothing| *nothing)
}

/// The index of `event`, built on first use and kept for the session.
pub fn index_of(event: &'static Event, analysis: &'static EventAnalysis) -> Rc<EventIndex<'static>> {
    thread_local! {
        static INDICES: RefCell<Vec<Rc<EventIndex<'static>>>> = const { RefCell::new(Vec::new()) };
    }
    INDICES.with(|indices| {
        let mut indices = indices.borrow_mut();
        let known = indices.iter().find(|index| std::ptr::eq(index.event(), event));
        if let Some(index) = known {
            return Rc::clone(index);
        }
        let index = Rc::new(EventIndex::new(event, analysis));
        indices.push(Rc::clone(&index));
        index
    })
}

/// The view of `page` that the current location asks for, for the event the route names. A
/// compare link that names no outlets (and has nothing else wrong) is replaced, not pushed, by the
/// canonical link to the default view, so that the address bar names what is shown and Back
/// skips the bare link; a link with problems stays as it is, so that its notices stay true.
#[hook]
pub fn use_event_view(page: Page) -> UseEventViewHandle {
    let location = use_location();
    let navigator = use_navigator();
    let event = location.as_ref().and_then(|location| match location.route() {
        Route::Event { id } | Route::Compare { id } | Route::Quotes { id } | Route::Sources { id } => {
            data::bundle().corpus.event(&id)
        }
        Route::Home | Route::NotFound => None,
    });
    let (empty_event, empty_analysis) = nothing();
    let analysis = event.and_then(analysis_of).unwrap_or(empty_analysis);
    let index = index_of(event.unwrap_or(empty_event), analysis);
    let query = location.as_ref().map_or("", |location| location.query_str());
    // One memo for both (a second one costs the wasm about 150 B brotli): a new address reads the
    // link and filters again (a pass over the event's sentences, as a search keystroke makes); a
    // render that keeps the address does neither.
    let state = {
        let index = Rc::clone(&index);
        let key = (event.map(|event| event.id.as_str()), page, query.to_string());
        use_memo(key, move |(_, page, query)| {
            let parsed = match event {
                Some(event) => EventView::parse(*page, query, event, analysis),
                None => ParsedView {
                    view: EventView { page: *page, ..EventView::default() },
                    ..ParsedView::default()
                },
            };
            let matches = Rc::new(index.filter(&parsed.view.filter));
            (Rc::new(parsed), matches)
        })
    };
    let (parsed, matches) = (Rc::clone(&state.0), Rc::clone(&state.1));
    let replacement = (parsed.outlets_defaulted && parsed.notices.is_empty()).then(|| parsed.view.clone());
    let handle = UseEventViewHandle { event, analysis, index, parsed, matches, navigator };
    {
        let handle = handle.clone();
        use_effect_with(replacement, move |replacement| {
            if let Some(view) = replacement {
                handle.navigate(view, Mode::Replace);
            }
        });
    }
    handle
}
