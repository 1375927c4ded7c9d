//! The coverage matrix: which outlet reported which claim, for all of the event's outlets.

use crate::components::context_link::in_context_href;
use crate::components::markup::Markup;
use crate::components::matrix::{close_matrix, group_cell, open_matrix, Column};
use parallax_core::link::{EventView, MAX_OUTLETS};
use parallax_core::view::{CoverageMatrix, EventIndex, Matches};
use yew::Html;

/// The matrix as a table (`table[data-view="coverage"]`), its first `limit` rows, under the
/// `columns` ([`crate::components::matrix::columns`]). A row (`tr[data-claim]`) is headed by the
/// claim's short text, a link (`data-action="open-claim"`) to the compare page with the outlets
/// that carry it, focused on its first sentence (search words in `<mark>`), and how many outlets
/// carry it. An outlet's cell (`td[data-outlet][data-carried="yes|no"]`) is empty: its mark (a dot
/// for reported, a dash for not) is a CSS background and its words ("Reported", "Not reported")
/// an `aria-label`, since a box per cell for hidden words or a drawn mark doubles the layout work
/// of a large matrix on every filter change. A group's cell says how many of its outlets carry
/// the claim. The table scrolls sideways inside its own focusable region, with the claims column
/// kept in view (styles in `views.css`).
pub fn coverage_matrix(
    index: &EventIndex,
    matrix: &CoverageMatrix<'static>,
    columns: &[Column],
    matches: &Matches,
    view: &EventView,
    limit: usize,
) -> Html {
    let rows = matrix.rows.len().min(limit);
    let mut html = Markup::with_capacity(400 + columns.len() * 100 + rows * (300 + columns.len() * 90));
    open_matrix(&mut html, index, columns, "coverage", "Coverage matrix", "Claim");
    let mut carried = vec![false; index.outlets().len()];
    for row in matrix.rows.iter().take(rows) {
        let carriers = index.claim_carriers(row.claim);
        carried.iter_mut().for_each(|cell| *cell = false);
        for (outlet, _) in &carriers {
            if let Some(cell) = carried.get_mut(*outlet as usize) {
                *cell = true;
            }
        }
        html.tag("<tr data-claim=\"").text(row.claim_id).tag("\"><th scope=\"row\">");
        let id_of = |outlet: u32| index.outlets().get(outlet as usize).copied().unwrap_or_default();
        match carriers.first() {
            Some(&(outlet, first)) => {
                let others = carriers.iter().skip(1).take(MAX_OUTLETS).map(|&(other, _)| id_of(other));
                let href = in_context_href(index, view, id_of(outlet), others, first);
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
        let is_carried = |outlet: u32| carried.get(outlet as usize).copied().unwrap_or(false);
        for column in columns {
            match column {
                Column::Outlet(outlet) => {
                    html.tag("<td data-outlet=\"").text(id_of(*outlet));
                    html.tag(if is_carried(*outlet) {
                        "\" data-carried=\"yes\" aria-label=\"Reported\"></td>"
                    } else {
                        "\" data-carried=\"no\" aria-label=\"Not reported\"></td>"
                    });
                }
                Column::Group { outlets, .. } => group_cell(&mut html, outlets, is_carried, "reported it"),
            }
        }
        html.tag("</tr>");
    }
    close_matrix(&mut html);
    html.into_html()
}
