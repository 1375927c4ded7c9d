//! The page for an address the site does not have, and for an event it does not have.

use parallax_core::link::Notice;
use yew::prelude::*;

use crate::app::{route_link, Route};
use crate::components::event_list::event_list;
use crate::components::notice::notice_list;
use crate::data::{self, Load};
use crate::pages::home::NO_EVENTS;
use crate::pages::PageView;

/// A plain message and the way back.
pub fn not_found() -> PageView {
    let body = html! {
        <div class="page page-narrow">
            <h1>{ "Page not found" }</h1>
            <p class="notice" role="status" data-notice="not-found">
                { "This address is not a page of Parallax. " }
                { route_link(&Route::Home, "See all events") }
                { ", or pick one here:" }
            </p>
            { all_events() }
        </div>
    };
    PageView { title: "Page not found".into(), body }
}

/// An event page whose event id is not in the index: a notice naming it, then the events there
/// are.
pub fn unknown_event(id: &str) -> PageView {
    let body = html! {
        <div class="page page-narrow">
            <h1>{ "Event not found" }</h1>
            { notice_list(&[Notice::UnknownEvent(id.to_string())]) }
            <p>{ "These are the events there are:" }</p>
            { all_events() }
        </div>
    };
    PageView { title: "Event not found".into(), body }
}

/// Every event, newest first, once the index is there.
fn all_events() -> Html {
    match data::site() {
        Load::Ready(site) => {
            let shown = site.catalog.select(&Default::default());
            event_list(&site.index.events, &shown, NO_EVENTS)
        }
        Load::Loading | Load::Failed(_) => Html::default(),
    }
}
