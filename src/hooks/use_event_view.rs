//! `use_event_view`: the state of an event page, read from the URL and written back to it.
//!
//! The URL is the single source of truth. On every render the hook reads the router's location:
//! [`EventView::parse`] turns the query into a valid view plus notices, memoised until the
//! address changes (a shared link can be a megabyte long, and is read once, not on every render),
//! and the [`Matches`] of its filter are memoised until the event or filter changes. The event's
//! data and [`EventIndex`] come loaded ([`Loaded`]). Every change of the view is an [`Action`]:
//! [`UseEventViewHandle::dispatch`] has the core's [`EventView::apply`] work out the next view and
//! writes it with its canonical query, as a new history entry (so that Back and Forward step
//! through views) or in place of the current one (for typing in the search box and the focused
//! sentence).

use std::rc::Rc;

use parallax_core::analysis::EventAnalysis;
use parallax_core::link::{EventView, Filter, Page, ParsedView};
use parallax_core::model::Event;
use parallax_core::view::{Action, EventIndex, History, Matches};
use yew::prelude::*;

use crate::data::Loaded;
use crate::route::Route;
use crate::router::{fragment, use_location, use_navigator, Navigator};

/// What [`use_event_view`] returns.
#[derive(Clone)]
pub struct UseEventViewHandle {
    /// The event.
    pub event: &'static Event,
    /// Its analysis.
    pub analysis: &'static EventAnalysis,
    /// The event's index.
    pub index: Rc<EventIndex<'static>>,
    /// The view the link asks for, and what was wrong with the link.
    pub parsed: Rc<ParsedView>,
    /// The sentences and claims the view's filter keeps, with topic counts.
    pub matches: Rc<Matches<'static>>,
    /// What the search alone keeps (no topics): what the Align table is written for, the topics
    /// then applied to it in place ([`crate::components::align_table::apply_topics`]).
    pub searched: Rc<Matches<'static>>,
    navigator: Option<Navigator>,
}

impl UseEventViewHandle {
    /// The view to show: always valid for the event.
    pub fn view(&self) -> &EventView {
        &self.parsed.view
    }

    /// Does what `action` asks of the current view, if it changes anything.
    pub fn dispatch(&self, action: Action) {
        if let Some(next) = self.view().apply(action, &self.index, &self.matches) {
            self.navigate(&next.view, next.history);
        }
    }

    /// A callback that dispatches the action it is called with.
    pub fn dispatcher(&self) -> Callback<Action> {
        let handle = self.clone();
        Callback::from(move |action| handle.dispatch(action))
    }

    /// Shows `view` (of this handle's event), as a new history entry or in place of the current.
    pub fn navigate(&self, view: &EventView, history: History) {
        let Some(navigator) = &self.navigator else { return };
        let route = Route::of_page(&self.event.id, view.page);
        match history {
            History::Push => navigator.push(&route, &view.to_query()),
            History::Replace => navigator.replace(&route, &view.to_query()),
        }
    }
}

/// The `href` of a view of the event `event_id`.
pub fn view_href(event_id: &str, view: &EventView) -> AttrValue {
    AttrValue::from(fragment(&Route::of_page(event_id, view.page), &view.to_query()))
}

/// The view of `page` of the loaded event that the current location asks for. A compare link
/// that names no outlets (and has nothing else wrong) is replaced, not pushed, by the canonical
/// link to the default view, so that the address bar names what is shown and Back skips the bare
/// link; a link with problems stays as it is, so that its notices stay true.
#[hook]
pub fn use_event_view(loaded: &Loaded, page: Page) -> UseEventViewHandle {
    let location = use_location();
    let navigator = use_navigator();
    let (event, analysis) = (&loaded.data.event, &loaded.data.analysis);
    let query = location.as_ref().map_or("", |location| location.query_str());
    let parsed = {
        let key = (event.id.as_str(), page, query.to_string());
        use_memo(key, move |(_, page, query)| EventView::parse(*page, query, event, analysis))
    };
    let matches = {
        let index = Rc::clone(&loaded.index);
        let key = (event.id.as_str(), parsed.view.filter.clone());
        use_memo(key, move |(_, filter)| index.filter(filter))
    };
    let searched = {
        let index = Rc::clone(&loaded.index);
        let key = (event.id.as_str(), parsed.view.filter.text.clone());
        use_memo(key, move |(_, text)| index.filter(&Filter { topics: Vec::new(), text: text.clone() }))
    };
    let replacement = (parsed.outlets_defaulted && parsed.notices.is_empty()).then(|| parsed.view.clone());
    let index = Rc::clone(&loaded.index);
    let handle = UseEventViewHandle { event, analysis, index, parsed, matches, searched, navigator };
    {
        let handle = handle.clone();
        use_effect_with(replacement, move |replacement| {
            if let Some(view) = replacement {
                handle.navigate(view, History::Replace);
            }
        });
    }
    handle
}
