//! The list of events: title (a link to the event page), date, counts and summary. Links and
//! text only, so written as [`Markup`].

use parallax_core::link::Page;
use parallax_core::site::EventEntry;
use yew::Html;

use crate::app::{href, Route};
use crate::components::markup::Markup;
use crate::format;

/// How many outlet names an entry lists before "and N more".
const OUTLETS_LISTED: usize = 6;

/// The events in `shown` (positions in `events`), each a link `a[data-event="<id>"]` to its
/// page; `empty` when there are none.
pub fn event_list(events: &[EventEntry], shown: &[usize], empty: &str) -> Html {
    let mut html = Markup::with_capacity(200 + shown.len() * 500);
    if shown.is_empty() {
        html.open("p").attr("class", "empty").end().text(empty).close("p");
        return html.into_html();
    }
    html.open("ul").attr("class", "event-list").end();
    for event in shown.iter().filter_map(|&n| events.get(n)) {
        let route = Route::of_page(&event.id, Page::Overview);
        html.open("li").attr("class", "event-entry").end().open("h2").attr("class", "event-title").end();
        html.open("a").attr("href", &href(&route, None)).attr("data-event", &event.id).end();
        html.text(&event.title).close("a").close("h2");
        html.open("p").attr("class", "meta").end();
        write_event_meta(&mut html, event);
        html.close("p");
        if let Some(summary) = event.summary.as_deref() {
            html.open("p").attr("class", "summary").end().text(summary).close("p");
        }
        html.open("p").attr("class", "event-outlets").end();
        for (n, name) in event.outlets.iter().take(OUTLETS_LISTED).enumerate() {
            html.text(if n == 0 { "" } else { ", " }).text(name);
        }
        if event.outlets.len() > OUTLETS_LISTED {
            html.text(" and ").number(event.outlets.len() - OUTLETS_LISTED).text(" more");
        }
        html.close("p").close("li");
    }
    html.close("ul");
    html.into_html()
}

/// An event's date (if known), how many outlets reported it and how many claims they make,
/// joined with middle dots.
pub fn write_event_meta(html: &mut Markup, event: &EventEntry) {
    if let Some(date) = event.date.as_deref() {
        html.date(date);
        html.separator();
    }
    html.open("span").attr("data-count", "outlets").end();
    html.text(&format::count(event.outlets.len(), "outlet", "outlets")).close("span").separator();
    html.open("span").attr("data-count", "claims").end();
    html.text(&format::count(event.claims as usize, "claim", "claims")).close("span");
}
