//! The home page (`#/`): what Parallax is, and the list of events.

use yew::prelude::*;

use crate::components::event_list::event_list;
use crate::data;
use crate::pages::PageView;

/// The events of the corpus, each a link to its page.
pub fn home() -> PageView {
    let body = html! {
        <div class="page page-narrow">
            <h1>{ "One event, many outlets, side by side" }</h1>
            <p class="lede">
                { "Pick an event, choose two to five outlets, and read their reports next to each other. \
                   Site menus and promos are cleaned away, and you can bring them back to see what was removed." }
            </p>
            { event_list(&data::bundle().corpus) }
        </div>
    };
    PageView { title: String::new(), body }
}
