//! The differences page (`#/e/<event-id>/differences`): the details that outlets report
//! differently, narrowed by the filter bar.

use yew::prelude::*;

use crate::components::differences_list::differences_list;
use crate::components::markup::Markup;
use crate::format;
use crate::hooks::use_event_view::UseEventViewHandle;

/// What the page shows (shown with the controls on phones).
pub const LEDE: &str = "<p class=\"section-lede\">Details that outlets give differently for the same claim: \
    figures, dates, times, the spelling of names, and the verbs that attribute a statement. Each value is \
    listed with the outlets that give it; “In context” opens the sentence beside an outlet that says otherwise.</p>";

/// The differences the filter keeps (one of their values is in a matching sentence), after a
/// status line, the first `limit` of them with a button for all
/// (`data-action="show-all-differences"`); written as markup, like the page's list.
pub fn differences_body(handle: &UseEventViewHandle, limit: usize) -> Html {
    let index = &handle.index;
    let shown = index.differences_matching(&handle.matches);
    let total = format::count(handle.analysis.differences.len(), "difference", "differences");
    let active = handle.matches.is_active();
    let mut html = Markup::with_capacity(300 + shown.len() * 900);
    html.tag("<p class=\"table-status\">");
    if active {
        html.number(shown.len()).tag(" of ");
    }
    html.text(&total).tag(if active { " match the filter.</p>" } else { ".</p>" });
    if shown.is_empty() {
        html.tag("<p class=\"empty\">").tag(if active {
            "No difference is in a sentence that matches the filter."
        } else {
            "The outlets agree on every detail the analysis compares."
        });
        html.tag("</p>");
    } else {
        differences_list(&mut html, index, &shown[..shown.len().min(limit)], handle.view(), &handle.matches);
        if shown.len() > limit {
            html.tag(
                "<p><button type=\"button\" class=\"button\" data-action=\"show-all-differences\">Show all ",
            );
            html.number(shown.len()).tag(" differences</button></p>");
        }
    }
    html.into_html()
}
