//! The breadcrumb: where the page sits (Events › event › page).

use yew::prelude::*;

use crate::app::{route_link, Route};

/// A breadcrumb navigation landmark: links to the pages above, given as (route, text) from the
/// top, then the current page, marked with `aria-current`.
pub fn breadcrumb(trail: &[(Route, &'static str)], current: &'static str) -> Html {
    html! {
        <nav class="breadcrumb" aria-label="Breadcrumb">
            <ol>
                for (route, text) in trail {
                    <li>{ route_link(route, *text) }</li>
                }
                <li aria-current="page">{ current }</li>
            </ol>
        </nav>
    }
}
