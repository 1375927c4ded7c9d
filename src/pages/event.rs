//! The event page (`#/e/<event-id>`): a card per outlet with a form to pick outlets to compare,
//! and the coverage matrix (who reported which claim), narrowed by the filter bar. Its
//! [`EventScreen`] also frames the quotes and sources pages.

use parallax_core::link::{CompareView, Page, MAX_OUTLETS, MIN_OUTLETS};
use parallax_core::model::Event;
use parallax_core::view::{Action, CoverageOrder};
use yew::prelude::*;

use crate::components::coverage_matrix::coverage_matrix;
use crate::components::event_header::{event_header, filter_bar};
use crate::components::event_nav::page_name;
use crate::components::loading::{failed_page, loading_page};
use crate::components::markup::Markup;
use crate::components::outlet_card::outlet_card;
use crate::data::{self, EventLoad, Loaded};
use crate::format;
use crate::hooks::use_event_view::{use_event_view, UseEventViewHandle};
use crate::pages::compare::CompareScreen;
use crate::pages::not_found::unknown_event;
use crate::pages::quotes::quotes_body;
use crate::pages::sources::sources_body;
use crate::pages::PageView;

/// How many rows of the coverage matrix show at first; the rest come with a button.
pub const COVERAGE_ROWS: usize = 50;

/// One of an event's pages: while its data loads, the event's title and a loading line; if it
/// cannot be loaded, why and "Try again"; a notice when the site has no such event.
pub fn event_page(id: &str, page: Page) -> PageView {
    let loaded = match data::event(id) {
        EventLoad::Ready(loaded) => loaded,
        EventLoad::Loading(entry) => return loading_page(entry, page),
        EventLoad::Failed(entry, message) => return failed_page(entry, page, &message),
        EventLoad::Unknown => return unknown_event(id),
    };
    let event = &loaded.data.event;
    let title = match page {
        Page::Overview => event.title.clone(),
        _ => format!("{}: {}", page_name(page), event.title),
    };
    let key = event.id.clone();
    let body = match page {
        Page::Compare => html! { <CompareScreen {key} {loaded} /> },
        _ => html! { <EventScreen {key} {loaded} {page} /> },
    };
    PageView { title, body }
}

/// Props for [`EventScreen`].
#[derive(Properties, PartialEq)]
pub struct EventScreenProps {
    /// The event's data.
    pub loaded: Loaded,
    /// The page: the overview, quotes or sources (the compare page has its own screen).
    pub page: Page,
}

/// An event page: the header (breadcrumb, title, the event's page links, notices about the
/// link), then the page's own content with its filter bar. Must sit inside a router.
#[component]
pub fn EventScreen(props: &EventScreenProps) -> Html {
    let handle = use_event_view(&props.loaded, props.page);
    let event: &'static Event = handle.event;
    // The overview's state; unused on the other pages. One state for all three parts, since each
    // kind of state costs the web app its own copy of Yew's hook code.
    let state =
        use_state(|| Overview { picked: CompareView::default_for(event).outlets, limit: COVERAGE_ROWS });
    match props.page {
        Page::Quotes => html! {
            <div class="page quotes-page">
                { event_header(event, &handle, Html::default()) }
                { quotes_body(&handle) }
            </div>
        },
        Page::Sources => html! {
            <div class="page sources-page">
                { event_header(event, &handle, Html::default()) }
                { sources_body(&handle) }
            </div>
        },
        Page::Overview | Page::Compare => overview(event, &handle, &state),
    }
}

/// The overview's own state (not in the link).
#[derive(Clone, PartialEq)]
struct Overview {
    /// The outlets ticked for comparison, in the event's order.
    picked: Vec<String>,
    /// How many rows of the coverage matrix show.
    limit: usize,
}

/// Title, date and summary, the event's page links; one card per outlet with a checkbox, and
/// the Compare button (the outlets of the default comparison start picked); then the filter bar
/// and the coverage matrix.
fn overview(event: &'static Event, handle: &UseEventViewHandle, state: &UseStateHandle<Overview>) -> Html {
    let picked = &state.picked;
    let ontoggle = {
        let state = state.clone();
        Callback::from(move |(id, checked): (String, bool)| {
            // Keep the event's order, whatever order the boxes are ticked in.
            let next = event
                .articles
                .iter()
                .map(|article| &article.outlet.id)
                .filter(|outlet| if **outlet == id { checked } else { state.picked.contains(outlet) })
                .cloned()
                .collect();
            state.set(Overview { picked: next, ..(*state).clone() });
        })
    };
    let fewest = MIN_OUTLETS.min(event.articles.len()).max(1);
    let count = picked.len();
    let ready = (fewest..=MAX_OUTLETS).contains(&count);
    let onsubmit = {
        let (state, handle) = (state.clone(), handle.clone());
        Callback::from(move |submit: SubmitEvent| {
            submit.prevent_default();
            if (fewest..=MAX_OUTLETS).contains(&state.picked.len()) {
                handle.dispatch(Action::Compare(state.picked.clone()));
            }
        })
    };

    let hint = if count > MAX_OUTLETS {
        format!("{count} picked: at most {MAX_OUTLETS} fit side by side.")
    } else if count < fewest {
        format!("{count} picked: pick at least {fewest}.")
    } else {
        format!("{count} picked.")
    };
    let button_text = format!("Compare {}", format::count(count, "outlet", "outlets"));

    let mut extra = Markup::with_capacity(600);
    extra.tag("<p class=\"meta\">");
    if let Some(date) = event.date.as_deref() {
        extra.tag("<time datetime=\"").text(date).tag("\">").text(&format::date(date)).tag("</time>");
        extra.tag("<span class=\"sep\" aria-hidden=\"true\"> · </span>");
    }
    extra.text(&format::count(event.articles.len(), "outlet", "outlets"));
    extra.tag("</p>");
    if let Some(summary) = event.summary.as_deref() {
        extra.tag("<p class=\"lede\">").text(summary).tag("</p>");
    }
    html! {
        <div class="page">
            { event_header(event, handle, extra.into_html()) }
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
            { coverage_section(handle, state) }
        </div>
    }
}

/// "Who reported what": the filter bar and the coverage matrix, the claims most reported first
/// (so that what some outlets left out sits between what all carried and what one alone did).
fn coverage_section(handle: &UseEventViewHandle, state: &UseStateHandle<Overview>) -> Html {
    let limit = state.limit;
    let index = &handle.index;
    let matrix = index.coverage(&handle.matches, CoverageOrder::MostCarried);
    let claims = (0..handle.analysis.claims.len())
        .filter(|&claim| index.claim(claim).is_some_and(|claim| claim.outlets > 0))
        .count();
    let shown = matrix.rows.len();
    let status = if handle.matches.is_active() {
        format!("{shown} of {} match the filter.", format::count(claims, "claim", "claims"))
    } else {
        format!("{}.", format::count(claims, "claim", "claims"))
    };
    let show_all = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.set(Overview { limit: usize::MAX, ..(*state).clone() }))
    };
    html! {
        <section class="coverage-section" aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">{ "Who reported what" }</h2>
            <p class="section-lede">
                { "Each row is one claim, in the words of one of the outlets that reported it; \
                   each column is an outlet. Open a claim to read it side by side in context." }
            </p>
            { filter_bar(handle) }
            <p class="table-status">{ status }</p>
            if matrix.rows.is_empty() {
                <p class="empty">
                    if handle.matches.is_active() {
                        { "No claim matches the filter." }
                    } else {
                        { "The analysis found no claims in this event." }
                    }
                </p>
            } else {
                { coverage_matrix(index, &matrix, &handle.matches, handle.view(), limit) }
            }
            if shown > limit {
                <p>
                    <button type="button" class="button" data-action="show-all-claims" onclick={show_all}>
                        { format!("Show all {shown} claims") }
                    </button>
                </p>
            }
        </section>
    }
}
