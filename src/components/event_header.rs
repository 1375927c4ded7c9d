//! The top of every event page (breadcrumb, title, the event's page links, the notices about
//! the link) and its controls: the filter bar, folded on phones.

use parallax_core::link::Page;
use parallax_core::model::Event;
use yew::prelude::*;

use crate::app::Route;
use crate::components::breadcrumb::breadcrumb;
use crate::components::event_nav::{event_nav, page_name};
use crate::components::filter_bar::FilterBar;
use crate::components::markup::Markup;
use crate::components::notice::write_notices;
use crate::format;
use crate::hooks::use_event_view::UseEventViewHandle;

/// Breadcrumb (Events › event › page), the event's title as the page's heading, anything in
/// `extra` (facts, a summary), the event's page links, and the notices about the link. Written as
/// [`Markup`] around `extra`: links and text only, no event handlers.
pub fn event_header(event: &'static Event, handle: &UseEventViewHandle, extra: Html) -> Html {
    let view = handle.view();
    let title = event.title.as_str();
    let mut top = Markup::with_capacity(300);
    if view.page == Page::Overview {
        breadcrumb(&mut top, &[(Route::Home, "Events")], title);
    } else {
        let overview = Route::of_page(&event.id, Page::Overview);
        breadcrumb(&mut top, &[(Route::Home, "Events"), (overview, title)], page_name(view.page));
    }
    top.open("h1").end().text(title).close("h1");
    let mut bottom = Markup::with_capacity(800);
    event_nav(&mut bottom, event, view);
    write_notices(&mut bottom, &handle.parsed.notices);
    html! {
        <>
            { top.into_html() }
            { extra }
            { bottom.into_html() }
        </>
    }
}

/// The page's controls: the filter bar, then `extra` (the compare page's toolbar). On phones
/// (`narrow`) they fold into a `details[data-controls]` whose summary says in one line what is in
/// force (the filter, and on the compare page the layout and outlets), so that the first screen
/// shows the articles; the reader opens it on demand.
pub fn controls(handle: &UseEventViewHandle, narrow: bool, extra: Html) -> Html {
    let content = html! { <>{ filter_bar(handle) }{ extra }</> };
    if !narrow {
        return html! { <div class="controls" data-controls="">{ content }</div> };
    }
    let summary = format::view_summary(handle.view(), handle.analysis, handle.matches.len());
    html! {
        <details class="controls" data-controls="">
            <summary>
                <span class="controls-label">{ "Controls" }</span>
                <span class="controls-summary">{ summary }</span>
            </summary>
            { content }
        </details>
    }
}

/// The filter bar for the view `handle` holds.
pub fn filter_bar(handle: &UseEventViewHandle) -> Html {
    html! {
        <FilterBar
            filter={handle.view().filter.clone()}
            matches={handle.matches.clone()}
            on_action={handle.dispatcher()}
        />
    }
}
