//! The home page (`#/?q=…&sort=…`): what Parallax is, and the events, searchable by title and
//! outlet and sorted by date.

use parallax_core::link::search_text;
use parallax_core::site::{CatalogOrder, CatalogQuery};
use yew::prelude::*;

use crate::app::Route;
use crate::components::event_list::event_list;
use crate::components::loading::{failed_page, loading_page};
use crate::data::{self, Load, Site, Static};
use crate::format;
use crate::pages::PageView;
use crate::router::{use_location, use_navigator};

/// What the list says when the site has no events.
pub const NO_EVENTS: &str = "There are no events in this collection yet.";

/// The events, once the index is there.
pub fn home() -> PageView {
    let site = match data::site() {
        Load::Ready(site) => site,
        Load::Loading => return loading_page(None, Default::default()),
        Load::Failed(message) => return failed_page(None, Default::default(), &message),
    };
    let body = html! {
        <div class="page page-narrow">
            <h1>{ "One event, many outlets, side by side" }</h1>
            <p class="lede">
                { "Pick an event, choose two to five outlets, and read their reports next to each other. \
                   Site menus and promos are cleaned away, and you can bring them back to see what was removed." }
            </p>
            <EventsScreen site={Static(site)} />
        </div>
    };
    PageView { title: String::new(), body }
}

/// Props for [`EventsScreen`].
#[derive(Properties, PartialEq)]
pub struct EventsScreenProps {
    /// The site's index.
    pub site: Static<Site>,
}

/// The search box (`data-action="search-events"`), the order (`data-action="sort-events"`), how
/// many events match, and the list. The link holds the search and the order: typing replaces the
/// history entry, a change of order pushes one.
#[component]
pub fn EventsScreen(props: &EventsScreenProps) -> Html {
    let site = props.site.0;
    let location = use_location();
    let navigator = use_navigator();
    let query = CatalogQuery::parse(location.as_ref().map_or("", |location| location.query_str()));
    let shown = use_memo(query.clone(), |query| site.catalog.select(query));
    // The box's own text, as in the filter bar: typing that the link normalises (a trailing
    // space) must not be undone.
    let typed = use_mut_ref(|| query.text.clone());
    if search_text(&typed.borrow()).0 != query.text {
        *typed.borrow_mut() = query.text.clone();
    }
    let go = {
        let navigator = navigator.clone();
        move |query: &CatalogQuery, replace: bool| {
            if let Some(navigator) = &navigator {
                if replace {
                    navigator.replace(&Route::Home, &query.to_query());
                } else {
                    navigator.push(&Route::Home, &query.to_query());
                }
            }
        }
    };
    let oninput = {
        let (typed, query, go) = (typed.clone(), query.clone(), go.clone());
        Callback::from(move |input: InputEvent| {
            let Some(input) = input.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            *typed.borrow_mut() = input.value();
            go(&CatalogQuery { text: search_text(&input.value()).0, ..query.clone() }, true);
        })
    };
    let onchange = {
        let query = query.clone();
        Callback::from(move |change: Event| {
            let Some(select) = change.target_dyn_into::<web_sys::HtmlSelectElement>() else { return };
            let order = if select.value() == "oldest" { CatalogOrder::Oldest } else { CatalogOrder::Newest };
            go(&CatalogQuery { order, ..query.clone() }, false);
        })
    };
    let total = site.catalog.len();
    let status = if query.text.is_empty() {
        format::count(total, "event", "events")
    } else {
        format!("{} of {}", shown.len(), format::count(total, "event", "events"))
    };
    let oldest = query.order == CatalogOrder::Oldest;
    html! {
        <section class="events" aria-labelledby="events-heading">
            <h2 id="events-heading" class="visually-hidden">{ "Events" }</h2>
            if total > 1 {
                <div class="filter-row events-controls" role="search" aria-label="Find an event">
                    <label class="search">
                        <span class="search-label">{ "Search" }</span>
                        <input
                            type="search"
                            data-action="search-events"
                            value={typed.borrow().clone()}
                            {oninput}
                            autocomplete="off"
                            spellcheck="false"
                            placeholder="Title or outlet"
                        />
                    </label>
                    <label class="sort">
                        <span class="search-label">{ "Order" }</span>
                        <select data-action="sort-events" {onchange}>
                            <option value="newest" selected={!oldest}>{ "Newest first" }</option>
                            <option value="oldest" selected={oldest}>{ "Oldest first" }</option>
                        </select>
                    </label>
                    <p class="match-count" role="status" data-events-shown={shown.len().to_string()}>{ status }</p>
                </div>
            }
            { event_list(&site.index.events, &shown, if total == 0 { NO_EVENTS } else { "No event matches the search." }) }
        </section>
    }
}
