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
    html.tag("<ol class=\"differences\" data-view=\"differences\">");
    for &number in shown {
        let Some(difference) = index.analysis().differences.get(number) else { continue };
        let groups = index.value_groups(number, None);
        let claim = index.claim_number(&difference.claim);
        html.tag("<li class=\"difference\" data-difference=\"").number(number).tag("\" data-claim=\"");
        html.text(&difference.claim).tag("\" data-kind=\"").tag(difference.kind.code()).tag("\">");
        html.tag("<h2><span class=\"kind\">").tag(difference.kind.label()).tag("</span> ");
        let first_of =
            |n: usize| groups.get(n).and_then(|g| Some((*g.outlets.first()?, *g.sentences.first()?)));
        let summary = claim.map_or("", |c| index.claim_summary(c));
        match first_of(0) {
            Some((outlet, sentence)) => {
                let others = groups.iter().skip(1).filter_map(|g| g.outlets.first().copied());
                let href = in_context_href(index, view, outlet, others, sentence);
                html.tag("<a data-action=\"open-claim\" href=\"").text(&href).tag("\">");
                html.marked(matches, summary).tag("</a>");
            }
            None => {
                html.marked(matches, summary);
            }
        }
        html.tag("</h2><p class=\"difference-line\">").text(&index.difference_line(number, None)).tag("</p>");
        html.tag("<ul class=\"values\">");
        for (n, group) in groups.iter().enumerate().take(VALUES_LISTED) {
            html.tag("<li data-value=\"").text(group.text).tag("\"><span class=\"value\">");
            html.marked(matches, group.text).tag("</span> <span class=\"value-outlets\">");
            // A value most of a big event's outlets give would list hundreds of names: the first
            // few, then how many more.
            for (k, outlet) in group.outlets.iter().take(OUTLETS_NAMED).enumerate() {
                if k > 0 {
                    html.tag(", ");
                }
                html.text(outlet_name(event, outlet));
            }
            if group.outlets.len() > OUTLETS_NAMED {
                html.tag(" and ").number(group.outlets.len() - OUTLETS_NAMED).tag(" more");
            }
            html.tag("</span>");
            if let (Some(&outlet), Some(&sentence)) = (group.outlets.first(), group.sentences.first()) {
                // Beside an outlet that gives another value.
                let other = first_of(if n == 0 { 1 } else { 0 }).map(|(o, _)| o);
                let href = in_context_href(index, view, outlet, other, sentence);
                html.tag(" <a class=\"in-context\" href=\"").text(&href).tag("\">In context");
                html.tag("<span class=\"visually-hidden\">: ")
                    .text(outlet_name(event, outlet))
                    .tag("</span></a>");
            }
            html.tag("</li>");
        }
        if groups.len() > VALUES_LISTED {
            let rest = &groups[VALUES_LISTED..];
            let outlets: usize = rest.iter().map(|group| group.outlets.len()).sum();
            html.tag("<li class=\"more-values\">and ").number(rest.len()).tag(" other values in ");
            html.number(outlets).tag(if outlets == 1 { " outlet</li>" } else { " outlets</li>" });
        }
        html.tag("</ul></li>");
    }
    html.tag("</ol>");
}
