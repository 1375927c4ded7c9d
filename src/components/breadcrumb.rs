//! The breadcrumb: where the page sits (Events › event › page).

use crate::app::{href, Route};
use crate::components::markup::Markup;

/// Writes a breadcrumb navigation landmark: links to the pages above, given as (route, text)
/// from the top, then the current page, marked with `aria-current`.
pub fn breadcrumb(html: &mut Markup, trail: &[(Route, &str)], current: &str) {
    html.open("nav").attr("class", "breadcrumb").attr("aria-label", "Breadcrumb").end().open("ol").end();
    for (route, text) in trail {
        html.open("li").end().open("a").attr("href", &href(route, None)).end();
        html.text(text).close("a").close("li");
    }
    html.open("li").attr("aria-current", "page").end().text(current).close("li").close("ol").close("nav");
}
