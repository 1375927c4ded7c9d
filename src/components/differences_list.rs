//! The Differences page's list: each detail that outlets give differently, on its claim, with
//! every value and the outlets that give it, and links to the sentences in context.

use parallax_core::link::EventView;
use parallax_core::view::{EventIndex, Matches};

use crate::components::context_link::{in_context_href, outlet_name};
use crate::components::markup::Markup;

/// How many outlets a value names before "and N more".
const OUTLETS_NAMED: usize = 8;

/// How many values a difference lists, the most given first, before "and N other values".
const VALUES_LISTED: usize = 8;

/// Writes the differences `shown` (indexes into the analysis's differences) as an
/// `ol.differences[data-view="differences"]`: one `li[data-difference][data-claim][data-kind]`
/// each, headed by its claim's short text (a link to the claim in context, its first value's
/// outlet beside the others that differ) and the kind of detail, then a line that sums it up
/// ("killed: at least 77 in 5 outlets, 272 in 4") and each value (`li[data-value]`, search words
/// marked) with its outlets, the first a link to its sentence in context beside an outlet that
/// gives another value.
pub fn differences_list(
    html: &mut Markup,
    index: &EventIndex,
    shown: &[usize],
    view: &EventView,
    matches: &Matches,
) {
    let event = index.event();
    html.open("ol").attr("class", "differences").attr("data-view", "differences").end();
    for &number in shown {
        let Some(difference) = index.analysis().differences.get(number) else { continue };
        let groups = index.value_groups(number, None);
        let claim = index.claim_number(&difference.claim);
        let li = html.open("li").attr("class", "difference").number("data-difference", number);
        li.attr("data-claim", &difference.claim).attr("data-kind", difference.kind.code()).end();
        html.open("h2").end().open("span").attr("class", "kind").end().text(difference.kind.label());
        html.close("span").text(" ");
        let first_of =
            |n: usize| groups.get(n).and_then(|g| Some((*g.outlets.first()?, *g.sentences.first()?)));
        let summary = claim.map_or("", |c| index.claim_summary(c));
        match first_of(0) {
            Some((outlet, sentence)) => {
                let others = groups.iter().skip(1).filter_map(|g| g.outlets.first().copied());
                let href = in_context_href(index, view, outlet, others, sentence);
                html.open("a").attr("data-action", "open-claim").attr("href", &href).end();
                html.marked(matches, summary).close("a");
            }
            None => {
                html.marked(matches, summary);
            }
        }
        html.close("h2").open("p").attr("class", "difference-line").end();
        html.text(&index.difference_line(number, None)).close("p");
        html.open("ul").attr("class", "values").end();
        for (n, group) in groups.iter().enumerate().take(VALUES_LISTED) {
            html.open("li").attr("data-value", group.text).end().open("span").attr("class", "value").end();
            html.marked(matches, group.text).close("span").text(" ");
            html.open("span").attr("class", "value-outlets").end();
            // A value most of a big event's outlets give would list hundreds of names: the first
            // few, then how many more.
            for (k, outlet) in group.outlets.iter().take(OUTLETS_NAMED).enumerate() {
                if k > 0 {
                    html.text(", ");
                }
                html.text(outlet_name(event, outlet));
            }
            if group.outlets.len() > OUTLETS_NAMED {
                html.text(" and ").number(group.outlets.len() - OUTLETS_NAMED).text(" more");
            }
            html.close("span");
            if let (Some(&outlet), Some(&sentence)) = (group.outlets.first(), group.sentences.first()) {
                // Beside an outlet that gives another value.
                let other = first_of(if n == 0 { 1 } else { 0 }).map(|(o, _)| o);
                let href = in_context_href(index, view, outlet, other, sentence);
                html.text(" ").open("a").attr("class", "in-context").attr("href", &href).end();
                html.text("In context").open("span").attr("class", "visually-hidden").end().text(": ");
                html.text(outlet_name(event, outlet)).close("span").close("a");
            }
            html.close("li");
        }
        if groups.len() > VALUES_LISTED {
            let rest = &groups[VALUES_LISTED..];
            let outlets: usize = rest.iter().map(|group| group.outlets.len()).sum();
            html.open("li").attr("class", "more-values").end().text("and ").number(rest.len());
            let noun = if outlets == 1 { " outlet" } else { " outlets" };
            html.text(" other values in ").number(outlets).text(noun).close("li");
        }
        html.close("ul").close("li");
    }
    html.close("ol");
}
