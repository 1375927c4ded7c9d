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
    html.open("p").attr("class", "table-status").end();
    if active {
        html.number(shown.len()).text(" of ");
    }
    html.text(&total).text(if active { " match the filter." } else { "." }).close("p");
    if shown.is_empty() {
        html.open("p").attr("class", "empty").end().text(if active {
            "No difference is in a sentence that matches the filter."
        } else {
            "The outlets agree on every detail the analysis compares."
        });
        html.close("p");
    } else {
        differences_list(&mut html, index, &shown[..shown.len().min(limit)], handle.view(), &handle.matches);
        if shown.len() > limit {
            let button = html.open("p").end().open("button").attr("type", "button").attr("class", "button");
            button.attr("data-action", "show-all-differences").end().text("Show all ").number(shown.len());
            html.text(" differences").close("button").close("p");
        }
    }
    html.into_html()
}
