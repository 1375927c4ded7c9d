//! The event page (`#/e/<event-id>`): a card per outlet, and a form to pick outlets to compare.

use parallax_core::link::{CompareView, MAX_OUTLETS, MIN_OUTLETS};
use parallax_core::model::Event;
use yew::prelude::*;

use crate::app::{go, Route};
use crate::components::breadcrumb::breadcrumb;
use crate::components::outlet_card::outlet_card;
use crate::components::outlet_column::separated;
use crate::data::{self, Static};
use crate::format;
use crate::pages::not_found::unknown_event;
use crate::pages::PageView;
use crate::router::use_navigator;

/// The event's overview, or a notice when the corpus has no such event.
pub fn event_page(id: &str) -> PageView {
    match data::bundle().corpus.event(id) {
        Some(event) => PageView {
            title: event.title.clone(),
            body: html! { <EventOverview key={event.id.as_str()} event={Static(event)} /> },
        },
        None => unknown_event(id),
    }
}

/// Props for [`EventOverview`].
#[derive(Properties, PartialEq)]
pub struct EventOverviewProps {
    /// The event.
    pub event: Static<Event>,
}

/// Title, date and summary, then one card per outlet with a checkbox, and the Compare button.
/// The outlets of the default comparison start picked.
#[component]
pub fn EventOverview(props: &EventOverviewProps) -> Html {
    let event: &'static Event = props.event.0;
    let navigator = use_navigator();
    let picked = use_state(|| CompareView::default_for(event).outlets);

    let ontoggle = {
        let picked = picked.clone();
        Callback::from(move |(id, checked): (String, bool)| {
            // Keep the event's order, whatever order the boxes are ticked in.
            let next = event
                .articles
                .iter()
                .map(|article| &article.outlet.id)
                .filter(|outlet| if **outlet == id { checked } else { picked.contains(outlet) })
                .cloned()
                .collect();
            picked.set(next);
        })
    };
    let fewest = MIN_OUTLETS.min(event.articles.len()).max(1);
    let count = picked.len();
    let ready = (fewest..=MAX_OUTLETS).contains(&count);
    let onsubmit = {
        let picked = picked.clone();
        Callback::from(move |submit: SubmitEvent| {
            submit.prevent_default();
            if !(fewest..=MAX_OUTLETS).contains(&picked.len()) {
                return;
            }
            let view = CompareView { outlets: (*picked).clone(), show_removed: false };
            if let Some(navigator) = &navigator {
                go(navigator, &Route::Compare { id: event.id.clone() }, &view.to_query());
            }
        })
    };

    let mut facts = Vec::new();
    if let Some(date) = event.date.as_deref() {
        facts.push(html! { <time datetime={date}>{ format::date(date) }</time> });
    }
    facts.push(html! { <span>{ format::count(event.articles.len(), "outlet", "outlets") }</span> });
    let hint = if count > MAX_OUTLETS {
        format!("{count} picked: at most {MAX_OUTLETS} fit side by side.")
    } else if count < fewest {
        format!("{count} picked: pick at least {fewest}.")
    } else {
        format!("{count} picked.")
    };
    let button_text = format!("Compare {}", format::count(count, "outlet", "outlets"));

    html! {
        <div class="page">
            { breadcrumb(&[(Route::Home, "Events")], event.title.as_str()) }
            <h1>{ event.title.as_str() }</h1>
            <p class="meta">{ separated(facts) }</p>
            if let Some(summary) = event.summary.as_deref() {
                <p class="lede">{ summary }</p>
            }
            <form class="pick-form" {onsubmit}>
                <fieldset>
                    <legend>{ format!("Pick {fewest} to {MAX_OUTLETS} outlets to read side by side") }</legend>
                    <ul class="cards">
                        for (index, article) in event.articles.iter().enumerate() {
                            { outlet_card(article, index, picked.contains(&article.outlet.id), &ontoggle) }
                        }
                    </ul>
                </fieldset>
                <div class="form-actions">
                    <button type="submit" class="button button-primary" data-action="compare" disabled={!ready}>
                        { button_text }
                    </button>
                    <p class="hint" role="status">{ hint }</p>
                </div>
            </form>
        </div>
    }
}
