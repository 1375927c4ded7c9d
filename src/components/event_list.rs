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
        html.tag("<p class=\"empty\">").text(empty).tag("</p>");
        return html.into_html();
    }
    html.tag("<ul class=\"event-list\">");
    for event in shown.iter().filter_map(|&n| events.get(n)) {
        let route = Route::of_page(&event.id, Page::Overview);
        html.tag("<li class=\"event-entry\"><h2 class=\"event-title\"><a href=\"").text(&href(&route, None));
        html.tag("\" data-event=\"").text(&event.id).tag("\">").text(&event.title).tag("</a></h2>");
        html.tag("<p class=\"meta\">");
        write_event_meta(&mut html, event);
        html.tag("</p>");
        if let Some(summary) = event.summary.as_deref() {
            html.tag("<p class=\"summary\">").text(summary).tag("</p>");
        }
        html.tag("<p class=\"event-outlets\">");
        for (n, name) in event.outlets.iter().take(OUTLETS_LISTED).enumerate() {
            html.tag(if n == 0 { "" } else { ", " }).text(name);
        }
        if event.outlets.len() > OUTLETS_LISTED {
            html.tag(" and ").number(event.outlets.len() - OUTLETS_LISTED).tag(" more");
        }
        html.tag("</p></li>");
    }
    html.tag("</ul>");
    html.into_html()
}

/// An event's date (if known), how many outlets reported it and how many claims they make,
/// joined with middle dots.
pub fn write_event_meta(html: &mut Markup, event: &EventEntry) {
    if let Some(date) = event.date.as_deref() {
        html.date(date);
        html.tag("<span class=\"sep\" aria-hidden=\"true\"> · </span>");
    }
    html.tag("<span data-count=\"outlets\">").text(&format::count(event.outlets.len(), "outlet", "outlets"));
    html.tag("</span><span class=\"sep\" aria-hidden=\"true\"> · </span><span data-count=\"claims\">");
    html.text(&format::count(event.claims as usize, "claim", "claims")).tag("</span>");
}
