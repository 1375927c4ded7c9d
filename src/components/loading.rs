//! What an event page shows while its data is on its way, and when it could not be loaded.

use std::rc::Rc;

use parallax_core::link::Page;
use parallax_core::site::EventEntry;
use yew::prelude::*;

use crate::app::Route;
use crate::components::breadcrumb::breadcrumb;
use crate::components::event_nav::{page_name, page_title};
use crate::components::markup::Markup;
use crate::data;
use crate::pages::PageView;

/// The event's breadcrumb and title (when the index is there), and a status line saying that
/// the articles are loading (`[data-loading]`; it fades in, so a quick load shows no flash).
pub fn loading_page(entry: Option<&EventEntry>, page: Page) -> PageView {
    let mut html = Markup::with_capacity(400);
    html.open("div").attr("class", "page").attr("aria-busy", "true").end();
    let title = entry.map_or_else(String::new, |entry| page_title(&entry.title, page));
    if let Some(entry) = entry {
        write_heading(&mut html, entry, page);
    }
    html.open("p").attr("class", "loading").attr("role", "status").attr("data-loading", "").end();
    html.open("span").attr("class", "spinner").attr("aria-hidden", "true").end().close("span");
    html.text(if entry.is_some() { "Loading the articles…" } else { "Loading…" }).close("p").close("div");
    PageView { title, body: html.into_html() }
}

/// Why the data could not be loaded (`[data-load-error]`, announced at once), with "Try again"
/// (`data-action="retry"`), which fetches again, and "Reload the page", for when the site was
/// updated since the page was opened.
pub fn failed_page(entry: Option<&EventEntry>, page: Page, message: &Rc<str>) -> PageView {
    let mut top = Markup::with_capacity(400);
    if let Some(entry) = entry {
        write_heading(&mut top, entry, page);
    }
    let retry = Callback::from(|_: MouseEvent| data::retry());
    let reload = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    let body = html! {
        <div class="page">
            { top.into_html() }
            <div class="load-error" role="alert" data-load-error="">
                <p>{ message.as_ref() }</p>
                <p class="load-error-actions">
                    <button type="button" class="button button-primary" data-action="retry" onclick={retry}>
                        { "Try again" }
                    </button>
                    <button type="button" class="button" data-action="reload" onclick={reload}>
                        { "Reload the page" }
                    </button>
                </p>
            </div>
        </div>
    };
    PageView { title: entry.map_or("Could not load", |entry| entry.title.as_str()).to_string(), body }
}

/// The breadcrumb and the title of an event from the index.
fn write_heading(html: &mut Markup, entry: &EventEntry, page: Page) {
    let home = (Route::Home, "Events");
    if page == Page::Overview {
        breadcrumb(html, &[home], &entry.title);
    } else {
        breadcrumb(
            html,
            &[home, (Route::of_page(&entry.id, Page::Overview), entry.title.as_str())],
            page_name(page),
        );
    }
    html.open("h1").end().text(&entry.title).close("h1");
}
