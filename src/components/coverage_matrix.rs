//! The coverage matrix: which outlet reported which claim, for all of the event's outlets.

use parallax_core::link::EventView;
use parallax_core::view::{CoverageMatrix, EventIndex, Matches};
use yew::Html;

use crate::components::context_link::in_context_href;
use crate::components::markup::Markup;
use crate::components::matrix::{close_matrix, open_matrix};

/// The matrix as a table (`table[data-view="coverage"]`), its first `limit` rows. A row
/// (`tr[data-claim]`) is headed by the claim's short text, a link (`data-action="open-claim"`) to
/// the compare page with the outlets that carry it, focused on its first sentence (search words
/// in `<mark>`), and how many outlets carry it. A cell (`td[data-outlet][data-carried="yes|no"]`)
/// is empty: its mark (a dot for reported, a dash for not) is a CSS background and its words
/// ("Reported", "Not reported") an `aria-label`, since a box per cell for hidden words or a drawn
/// mark doubles the layout work of a large matrix on every filter change. The table scrolls sideways inside its own focusable
/// region, with the claims column kept in view (styles in `views.css`).
pub fn coverage_matrix(
    index: &EventIndex,
    matrix: &CoverageMatrix<'static>,
    matches: &Matches,
    view: &EventView,
    limit: usize,
) -> Html {
    let event = index.event();
    let outlets = matrix.outlets.len();
    let rows = matrix.rows.len().min(limit);
    let mut html = Markup::with_capacity(400 + outlets * 100 + rows * (300 + outlets * 90));
    open_matrix(&mut html, event, &matrix.outlets, "coverage", "Coverage matrix", "Claim");
    for row_number in 0..rows {
        claim_row(&mut html, index, matrix, matches, view, row_number);
    }
    close_matrix(&mut html);
    html.into_html()
}

/// One claim's row.
fn claim_row(
    html: &mut Markup,
    index: &EventIndex,
    matrix: &CoverageMatrix<'static>,
    matches: &Matches,
    view: &EventView,
    row_number: usize,
) {
    let Some(row) = matrix.rows.get(row_number) else { return };
    let cells = || matrix.outlets.iter().copied().zip(matrix.grid.row(row_number));
    let carriers = || cells().filter(|(_, ids)| !ids.is_empty()).map(|(outlet, _)| outlet);
    html.tag("<tr data-claim=\"").text(row.claim_id).tag("\"><th scope=\"row\">");
    match cells().find_map(|(outlet, ids)| ids.first().map(|id| (outlet, *id))) {
        Some((outlet, id)) => {
            let href = in_context_href(index, view, outlet, carriers(), id);
            html.tag("<a data-action=\"open-claim\" href=\"").text(&href).tag("\">");
            html.marked(matches, row.summary);
            html.tag(if row.summary_cut { "…</a>" } else { "</a>" });
        }
        None => {
            html.marked(matches, row.summary);
            html.tag(if row.summary_cut { "…" } else { "" });
        }
    }
    html.tag(" <span class=\"carried\" title=\"Outlets that reported it\">").number(row.carried);
    html.tag("/")
        .number(matrix.outlets.len())
        .tag("<span class=\"visually-hidden\"> outlets</span></span></th>");
    for (outlet, ids) in cells() {
        html.tag("<td data-outlet=\"").text(outlet);
        html.tag(if ids.is_empty() {
            "\" data-carried=\"no\" aria-label=\"Not reported\"></td>"
        } else {
            "\" data-carried=\"yes\" aria-label=\"Reported\"></td>"
        });
    }
    html.tag("</tr>");
}
