//! The breadcrumb: where the page sits (Events › event › page).

use crate::app::{href, Route};
use crate::components::markup::Markup;

/// Writes a breadcrumb navigation landmark: links to the pages above, given as (route, text)
/// from the top, then the current page, marked with `aria-current`.
pub fn breadcrumb(html: &mut Markup, trail: &[(Route, &str)], current: &str) {
    html.tag("<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\"><ol>");
    for (route, text) in trail {
        html.tag("<li><a href=\"").text(&href(route, None)).tag("\">").text(text).tag("</a></li>");
    }
    html.tag("<li aria-current=\"page\">").text(current).tag("</li></ol></nav>");
}
