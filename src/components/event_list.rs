//! The list of events: title (a link to the event page), date, outlet count and summary. Links
//! and text only, so written as [`Markup`].

use parallax_core::model::{Corpus, Event};
use yew::Html;

use crate::app::{href, Route};
use crate::components::markup::Markup;
use crate::format;

/// Every event of the corpus, each a link `a[data-event="<id>"]` to its page.
pub fn event_list(corpus: &Corpus) -> Html {
    let mut html = Markup::with_capacity(200 + corpus.events.len() * 400);
    if corpus.events.is_empty() {
        html.tag("<p class=\"empty\">There are no events in this collection yet.</p>");
        return html.into_html();
    }
    html.tag("<ul class=\"event-list\">");
    for event in &corpus.events {
        let route = Route::Event { id: event.id.clone() };
        html.tag("<li class=\"event-entry\"><h2 class=\"event-title\"><a href=\"").text(&href(&route, None));
        html.tag("\" data-event=\"").text(&event.id).tag("\">").text(&event.title).tag("</a></h2>");
        html.tag("<p class=\"meta\">");
        write_event_meta(&mut html, event);
        html.tag("</p>");
        if let Some(summary) = event.summary.as_deref() {
            html.tag("<p class=\"summary\">").text(summary).tag("</p>");
        }
        html.tag("</li>");
    }
    html.tag("</ul>");
    html.into_html()
}

/// An event's date (if known) and how many outlets reported it, joined with a middle dot.
pub fn write_event_meta(html: &mut Markup, event: &Event) {
    if let Some(date) = event.date.as_deref() {
        html.tag("<time datetime=\"").text(date).tag("\">").text(&format::date(date)).tag("</time>");
        html.tag("<span class=\"sep\" aria-hidden=\"true\"> · </span>");
    }
    html.tag("<span>").text(&format::count(event.articles.len(), "outlet", "outlets")).tag("</span>");
}
