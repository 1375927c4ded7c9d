//! The compare page (`#/e/<event-id>/compare?o=…`): the picked outlets side by side.

use parallax_core::model::Event;
use yew::prelude::*;

use crate::app::href;
use crate::app::Route;
use crate::components::breadcrumb::breadcrumb;
use crate::components::columns::Columns;
use crate::components::copy_link::CopyLink;
use crate::components::notice::notice_list;
use crate::data::{self, Static};
use crate::hooks::use_compare_view::use_compare_view;
use crate::hooks::use_media_query::{use_media_query, NARROW_SCREEN};
use crate::pages::not_found::unknown_event;
use crate::pages::PageView;

/// The comparison, or a notice when the corpus has no such event.
pub fn compare_page(id: &str) -> PageView {
    match data::bundle().corpus.event(id) {
        Some(event) => PageView {
            title: format!("Compare: {}", event.title),
            body: html! { <CompareScreen key={event.id.as_str()} event={Static(event)} /> },
        },
        None => unknown_event(id),
    }
}

/// Props for [`CompareScreen`].
#[derive(Properties, PartialEq)]
pub struct CompareScreenProps {
    /// The event.
    pub event: Static<Event>,
}

/// The view the URL asks for: toolbar (removed-text toggle, copy link), notices about the link,
/// and the columns. Must sit inside a router.
#[component]
pub fn CompareScreen(props: &CompareScreenProps) -> Html {
    let event: &'static Event = props.event.0;
    let compare = use_compare_view(props.event);
    let narrow = use_media_query(NARROW_SCREEN);

    let on_toggle_removed = {
        let compare = compare.clone();
        Callback::from(move |change: web_sys::Event| {
            let Some(input) = change.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let mut view = compare.view.clone();
            view.show_removed = input.checked();
            compare.set(&view);
        })
    };
    let event_route = Route::Event { id: event.id.clone() };
    html! {
        <div class="page page-wide compare">
            { breadcrumb(&[(Route::Home, "Events"), (event_route.clone(), event.title.as_str())], "Compare") }
            <h1>{ event.title.as_str() }</h1>
            <div class="toolbar">
                <label class="toggle">
                    <input
                        type="checkbox"
                        data-action="toggle-removed"
                        checked={compare.view.show_removed}
                        onchange={on_toggle_removed}
                    />
                    { " Show removed text" }
                </label>
                <CopyLink />
                <a class="button" href={href(&event_route, None)}>{ "Change outlets" }</a>
            </div>
            { notice_list(&compare.notices) }
            if event.articles.is_empty() {
                <p class="empty">{ "This event has no articles to compare." }</p>
            } else {
                <Columns
                    event={props.event}
                    outlets={compare.view.outlets.clone()}
                    show_removed={compare.view.show_removed}
                    {narrow}
                />
            }
        </div>
    }
}
