//! The list of events: title (a link to the event page), date, outlet count and summary.

use parallax_core::model::{Corpus, Event};
use yew::prelude::*;

use crate::app::{href, Route};
use crate::components::outlet_column::separated;
use crate::format;

/// Every event of the corpus, each a link `a[data-event="<id>"]` to its page.
pub fn event_list(corpus: &'static Corpus) -> Html {
    if corpus.events.is_empty() {
        return html! { <p class="empty">{ "There are no events in this collection yet." }</p> };
    }
    html! {
        <ul class="event-list">
            for event in &corpus.events {
                { event_entry(event) }
            }
        </ul>
    }
}

fn event_entry(event: &'static Event) -> Html {
    let route = Route::Event { id: event.id.clone() };
    let mut meta = Vec::new();
    if let Some(date) = event.date.as_deref() {
        meta.push(html! { <time datetime={date}>{ format::date(date) }</time> });
    }
    meta.push(html! { <span>{ format::count(event.articles.len(), "outlet", "outlets") }</span> });
    html! {
        <li class="event-entry" key={event.id.as_str()}>
            <h2 class="event-title">
                <a href={href(&route, None)} data-event={event.id.as_str()}>{ event.title.as_str() }</a>
            </h2>
            <p class="meta">{ separated(meta) }</p>
            if let Some(summary) = event.summary.as_deref() {
                <p class="summary">{ summary }</p>
            }
        </li>
    }
}
