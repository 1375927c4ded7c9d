//! The event's pages: [`event_page`] routes them, with their loading and failure states. The
//! overview (`#/e/<event-id>`) has the outlet picker (a searchable, sortable list) and the
//! coverage matrix (who reported which claim, grouped columns when there are many outlets),
//! narrowed by the filter bar. Its [`EventScreen`] also frames the quotes and sources pages.

use parallax_core::link::{CompareView, Grouping, Order, Page, MAX_OUTLETS, MIN_OUTLETS};
use parallax_core::model::Event;
use parallax_core::view::{Action, CoverageOrder, OutletOrder};
use yew::prelude::*;

use crate::components::control::{control_of, Control};
use crate::components::coverage_matrix::{coverage_matrix, place_legend};
use crate::components::event_header::{controls, event_header};
use crate::components::event_nav::page_title;
use crate::components::loading::{failed_page, loading_page};
use crate::components::markup::Markup;
use crate::components::matrix::{columns, Column};
use crate::components::outlet_picker::{picked_bar, picker_controls, picker_list, sync_ticks};
use crate::data::{self, EventLoad, Loaded};
use crate::format;
use crate::hooks::use_event_view::{use_event_view, UseEventViewHandle};
use crate::hooks::use_media_query::{use_media_query, NARROW_SCREEN};
use crate::pages::compare::CompareScreen;
use crate::pages::differences::{self, differences_body};
use crate::pages::not_found::unknown_event;
use crate::pages::quotes::{self, quotes_body};
use crate::pages::sources::{self, sources_body};
use crate::pages::PageView;

/// How many rows of the coverage matrix, or families of the quote ledger, show at first; the rest
/// come with a button.
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
    let title = page_title(&event.title, page);
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

/// The overview's and sources page's own state (not in the link): transient, like a scroll
/// position. One state for all of it, since each kind of state costs the web app its own copy of
/// Yew's hook code.
#[derive(Clone, PartialEq)]
struct Local {
    /// The outlets ticked for comparison, in the event's order.
    picked: Vec<String>,
    /// How many rows of the coverage matrix, or families of the quote ledger, show.
    limit: usize,
    /// The quote families that show all their wordings.
    expanded: Vec<String>,
    /// The outlet list's search text.
    find: String,
    /// The outlet list's order.
    order: OutletOrder,
    /// The group of matrix columns that is open, if the outlets are grouped.
    open_group: Option<usize>,
}

/// An event page: the header (breadcrumb, title, the event's page links, notices about the
/// link), the controls (the filter bar, folded into a one-line summary on phones), then the
/// page's own content. The page's markup controls (`data-action`) are handled here, on its root.
/// Must sit inside a router.
#[component]
pub fn EventScreen(props: &EventScreenProps) -> Html {
    let handle = use_event_view(&props.loaded, props.page);
    let narrow = use_media_query(NARROW_SCREEN);
    let event: &'static Event = handle.event;
    let state = use_state(|| Local {
        picked: CompareView::default_for(event).outlets,
        limit: COVERAGE_ROWS,
        expanded: Vec::new(),
        find: String::new(),
        order: OutletOrder::default(),
        open_group: None,
    });
    let root = use_node_ref();
    {
        // The list's boxes follow the picked outlets (the list is not written again for a tick).
        let (root, picked) = (root.clone(), state.picked.clone());
        use_effect(move || {
            if let Some(root) = root.cast::<web_sys::Element>() {
                sync_ticks(&root, &picked);
            }
        });
    }
    let on_control = {
        let (state, handle) = (state.clone(), handle.clone());
        Callback::from(move |event: web_sys::Event| {
            if let Some(control) = control_of(&event) {
                on_local_control(control, &state, &handle);
            }
        })
    };
    let onclick = on_control.reform(|event: MouseEvent| event.into());
    let onchange = on_control.reform(|event: yew::Event| event);
    let oninput = on_control.reform(|event: InputEvent| event.into());
    let by_origin = props.page == Page::Overview && handle.view().grouping == Grouping::Origin;
    let columns = columns(&handle.index, state.open_group, by_origin);
    let (class, body) = match props.page {
        Page::Quotes => ("page quotes-page", quotes_body(&handle, state.limit, &state.expanded)),
        Page::Sources => ("page sources-page", sources_body(&handle, &columns)),
        Page::Differences => ("page differences-page", differences_body(&handle, state.limit)),
        Page::Overview | Page::Compare => ("page overview", overview(&handle, &state, &columns, narrow)),
    };
    let extra = if props.page == Page::Overview { event_facts(event) } else { Html::default() };
    // The page's lede goes with the controls on phones, so that the first screen shows content.
    let lede = match props.page {
        Page::Quotes => quotes::LEDE,
        Page::Sources => sources::LEDE,
        Page::Differences => differences::LEDE,
        Page::Overview | Page::Compare => "",
    };
    let lede = Html::from_html_unchecked(AttrValue::Static(lede));
    let (in_controls, before_body) = if narrow { (lede, Html::default()) } else { (Html::default(), lede) };
    html! {
        <div {class} ref={root} {onclick} {onchange} {oninput}>
            { event_header(event, &handle, extra) }
            { controls(&handle, narrow, in_controls) }
            { before_body }
            { body }
        </div>
    }
}

/// What a markup control of the overview or the sources page does.
fn on_local_control(control: Control, state: &UseStateHandle<Local>, handle: &UseEventViewHandle) {
    let mut next = (**state).clone();
    match control.action.as_str() {
        "pick" | "unpick" => {
            let on = control.action == "pick" && control.checked;
            // Keep the event's order, whatever order the boxes are ticked in.
            next.picked = handle
                .event
                .articles
                .iter()
                .map(|article| &article.outlet.id)
                .filter(|outlet| if **outlet == control.value { on } else { state.picked.contains(outlet) })
                .cloned()
                .collect();
        }
        "compare" => return handle.dispatch(Action::Compare(state.picked.clone())),
        "find-outlet" => next.find = control.value,
        "sort-outlets" => next.order = OutletOrder::of_code(&control.value),
        "open-group" => {
            let group = control.value.parse().ok();
            next.open_group = if state.open_group == group { None } else { group };
        }
        "show-all-claims" | "show-all-quotes" | "show-all-differences" => next.limit = usize::MAX,
        "more-wordings" => next.expanded.push(control.value),
        _ => {
            // The overview's grouping and order are in the link.
            if let Some(action) = Action::of_control(&control.action, &control.value, control.checked) {
                handle.dispatch(action);
            }
            return;
        }
    }
    state.set(next);
}

/// The overview's facts under the title: date, outlets and claims, and the event's summary.
fn event_facts(event: &Event) -> Html {
    let mut html = Markup::with_capacity(600);
    html.open("p").attr("class", "meta").end();
    if let Some(date) = event.date.as_deref() {
        html.date(date).separator();
    }
    html.text(&format::count(event.articles.len(), "outlet", "outlets")).close("p");
    if let Some(summary) = event.summary.as_deref() {
        html.open("p").attr("class", "lede").end().text(summary).close("p");
    }
    html.into_html()
}

/// The overview: the outlet picker (the picked outlets with the Compare button, and the list to
/// pick from, open on wide screens) and the coverage matrix. On phones the matrix comes first
/// (CSS `order`).
fn overview(
    handle: &UseEventViewHandle,
    state: &UseStateHandle<Local>,
    columns: &[Column],
    narrow: bool,
) -> Html {
    let event = handle.event;
    let fewest = MIN_OUTLETS.min(event.articles.len()).max(1);
    let rows = handle.index.outlet_rows(&state.find, state.order);
    html! {
        <>
            <section class="picker-section" aria-labelledby="picker-heading" data-outlet-count={event.articles.len().to_string()}>
                <h2 id="picker-heading">{ format!("Pick {fewest} to {MAX_OUTLETS} outlets to read side by side") }</h2>
                { picked_bar(event, &state.picked, fewest) }
                <details class="outlet-picker" open={!narrow}>
                    <summary>{ format!("Choose from {}", format::count(event.articles.len(), "outlet", "outlets")) }</summary>
                    { picker_controls() }
                    { picker_list(&handle.index, &rows, event.articles.len()) }
                </details>
            </section>
            { coverage_section(handle, state, columns, narrow) }
        </>
    }
}

/// "Who reported what": the coverage matrix, the claims most reported first (so that what some
/// outlets left out sits between what all carried and what one alone did).
/// The coverage matrix's section. On narrow screens its switches and the legend of its marks fold
/// into one line that says what is in force, so that a shared overview opens on the matrix.
fn coverage_section(
    handle: &UseEventViewHandle,
    state: &UseStateHandle<Local>,
    columns: &[Column],
    narrow: bool,
) -> Html {
    let limit = state.limit;
    let index = &handle.index;
    let view = handle.view();
    let order = if view.order == Order::Lead { CoverageOrder::Lead } else { CoverageOrder::MostCarried };
    let matrix = index.coverage(&handle.matches, order);
    let claims = (0..handle.analysis.claims.len())
        .filter(|&claim| index.claim(claim).is_some_and(|claim| claim.outlets > 0))
        .count();
    let shown = matrix.rows.len();
    // The lede, the matrix's switches, the legend of its marks and its status line: one piece of
    // markup (each `html!` child costs the web app code).
    let mut status = Markup::with_capacity(2_400);
    status.open("p").attr("class", "section-lede").end().text(COVERAGE_LEDE).close("p");
    if narrow {
        status.open("details").attr("class", "matrix-options").end().open("summary").end().text("Columns ");
        status.text(if view.grouping == Grouping::Origin { "by origin" } else { "by outlet" });
        status.text(" · rows ");
        status.text(if view.order == Order::Lead {
            "by what each outlet led with"
        } else {
            "by most carried"
        });
        status.text(" · the marks").close("summary");
    }
    matrix_controls(&mut status, view.grouping, view.order);
    place_legend(&mut status);
    if narrow {
        status.close("details");
    }
    status.open("p").attr("class", "table-status").end();
    if handle.matches.is_active() {
        status
            .number(shown)
            .text(" of ")
            .text(&format::count(claims, "claim", "claims"))
            .text(" match the filter.");
    } else {
        status.text(&format::count(claims, "claim", "claims")).text(".");
    }
    let origins = handle.analysis.origins.len();
    if view.grouping == Grouping::Origin {
        if origins == 0 {
            status.text(" No article here copies another: each outlet is an origin of its own.");
        } else {
            status
                .text(" Outlets that carry one text are grouped by origin (")
                .number(origins)
                .text("): open a group to see its outlets.");
        }
    } else if !columns.iter().all(|column| matches!(column, Column::Outlet(_))) {
        status.text(" The outlets are in groups, by name: open a group to see its outlets.");
    }
    if view.order == Order::Lead {
        status.text(" Claims the outlets led with come first: in most headlines, then most leads.");
    }
    status.close("p");
    html! {
        <section class="coverage-section" aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">{ "Who reported what" }</h2>
            { status.into_html() }
            if matrix.rows.is_empty() {
                <p class="empty">
                    if handle.matches.is_active() {
                        { "No claim matches the filter." }
                    } else {
                        { "The analysis found no claims in this event." }
                    }
                </p>
            } else {
                { coverage_matrix(index, &matrix, columns, &handle.matches, handle.view(), limit) }
            }
            if shown > limit {
                <p>
                    <button type="button" class="button" data-action="show-all-claims">
                        { format!("Show all {shown} claims") }
                    </button>
                </p>
            }
        </section>
    }
}

/// The coverage matrix's two switches, both in the link: columns by outlet or by origin
/// (`data-action="group"`), rows by how many carry them or by what the outlets led with
/// (`data-action="order"`), each a pair of pressed/unpressed buttons.
fn matrix_controls(html: &mut Markup, grouping: Grouping, order: Order) {
    html.open("div").attr("class", "toolbar matrix-controls").end();
    let pair = |html: &mut Markup, label: &str, action: &str, options: [(&str, &str, bool); 2]| {
        html.open("div").attr("class", "segmented").attr("role", "group").attr("aria-label", label).end();
        let head = html.open("span").attr("class", "segmented-label").attr("aria-hidden", "true");
        head.end().text(label).close("span");
        for (value, name, pressed) in options {
            let button = html.open("button").attr("type", "button").attr("class", "button");
            let button = button.attr("data-action", action).attr("value", value);
            let pressed = if pressed { "true" } else { "false" };
            button.attr("aria-pressed", pressed).end().text(name).close("button");
        }
        html.close("div");
    };
    let by_origin = grouping == Grouping::Origin;
    pair(html, "Columns", "group", [("outlet", "By outlet", !by_origin), ("origin", "By origin", by_origin)]);
    let lead = order == Order::Lead;
    pair(
        html,
        "Rows",
        "order",
        [("carried", "Most carried", !lead), ("lead", "What each outlet led with", lead)],
    );
    html.close("div");
}

/// What the coverage matrix shows.
const COVERAGE_LEDE: &str =
    "Each row is one claim, in the words of one of the outlets that reported it; each \
    column is an outlet. Open a claim to read it side by side in context.";
