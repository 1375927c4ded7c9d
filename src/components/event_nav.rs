//! The event's page links: Overview, Compare, Quotes, Sources and Differences, keeping the
//! reader's filter.

use crate::components::markup::Markup;
use crate::hooks::use_event_view::view_href;
use parallax_core::link::{EventView, Page};
use parallax_core::model::Event;

/// The event's pages, in the order the navigation lists them, with a code (`data-page`) and a
/// name (the link text).
pub const PAGES: [(Page, &str, &str); 5] = [
    (Page::Overview, "overview", "Overview"),
    (Page::Compare, "compare", "Compare"),
    (Page::Quotes, "quotes", "Quotes"),
    (Page::Sources, "sources", "Sources"),
    (Page::Differences, "differences", "Differences"),
];

/// The name of an event page, for titles and the breadcrumb.
pub fn page_name(page: Page) -> &'static str {
    PAGES.iter().find(|(known, _, _)| *known == page).map_or("", |(_, _, name)| name)
}

/// The document title of an event's page: the event's title, after the page's name but on the
/// overview ("Compare: …"). The same while the page loads and once it has, so that the end of a
/// load is not taken for a new page (which would move the keyboard focus).
pub fn page_title(title: &str, page: Page) -> String {
    match page {
        Page::Overview => title.to_string(),
        _ => format!("{}: {title}", page_name(page)),
    }
}

/// Writes a navigation landmark with a link to each of the event's pages
/// ([`EventView::on_page`]: the same topics and search, that page's defaults otherwise); the page
/// of `view` links to `view` itself and is marked with `aria-current="page"`.
pub fn event_nav(html: &mut Markup, event: &Event, view: &EventView) {
    html.open("nav").attr("class", "event-nav").attr("aria-label", "Views of this event").end();
    html.open("ul").end();
    for (page, code, name) in PAGES {
        let current = page == view.page;
        let target = if current { view.clone() } else { view.on_page(page, event) };
        let mut link = html.open("li").end().open("a").attr("href", &view_href(&event.id, &target));
        if current {
            link = link.attr("aria-current", "page");
        }
        link.attr("data-page", code).end().text(name).close("a").close("li");
    }
    html.close("ul").close("nav");
}
