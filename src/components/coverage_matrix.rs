//! The coverage matrix: which outlet reported which claim, for all of the event's outlets.

use crate::components::context_link::in_context_href;
use crate::components::markup::Markup;
use crate::components::matrix::{close_matrix, group_cell, open_matrix, Column};
use parallax_core::analysis::Place;
use parallax_core::link::{EventView, MAX_OUTLETS};
use parallax_core::view::{place_words, CoverageMatrix, EventIndex, Matches};
use yew::Html;

/// The matrix as a table (`table[data-view="coverage"]`), its first `limit` rows, under the
/// `columns` ([`crate::components::matrix::columns`]). A row (`tr[data-claim]`) is headed by the
/// claim's short text, a link (`data-action="open-claim"`) to the compare page with the outlets
/// that carry it, focused on its first sentence (search words in `<mark>`), and how many outlets
/// carry it, and (when some outlets of the event carry one text) how many independent origins
/// they stand for. An outlet's cell (`td[data-outlet][data-carried="yes|no"]`) is empty: its mark
/// (a dot for reported, a dash for not) is a CSS background and its words ("Reported in the
/// lead", "Not reported") an `aria-label`, since a box per cell for hidden words or a drawn mark
/// doubles the layout work of a large matrix on every filter change. Where the claim stands in
/// the article is `data-place` (`headline`, `lead`, `body`, `end`), drawn by CSS as a letter on
/// the mark (H, L, none, E). A group's cell says how many of its outlets carry the claim. The
/// table scrolls sideways inside its own focusable region, with the claims column kept in view
/// (styles in `views.css`).
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
    // Per outlet: whether it carries the row's claim, and where (`None`: not carried).
    let mut carried: Vec<Option<Place>> = vec![None; index.outlets().len()];
    let origins = !index.analysis().origins.is_empty();
    for row in matrix.rows.iter().take(rows) {
        let carriers = index.claim_carriers(row.claim);
        let places = index.claim_places(row.claim);
        carried.iter_mut().for_each(|cell| *cell = None);
        for (k, (outlet, _)) in carriers.iter().enumerate() {
            if let Some(cell) = carried.get_mut(*outlet as usize) {
                *cell = Some(places.get(k).copied().unwrap_or(Place::Body));
            }
        }
        html.open("tr").attr("data-claim", row.claim_id).end().open("th").attr("scope", "row").end();
        let id_of = |outlet: u32| index.outlets().get(outlet as usize).copied().unwrap_or_default();
        match carriers.first() {
            Some(&(outlet, first)) => {
                let others = carriers.iter().skip(1).take(MAX_OUTLETS).map(|&(other, _)| id_of(other));
                let href = in_context_href(index, view, id_of(outlet), others, first);
                html.open("a").attr("data-action", "open-claim").attr("href", &href).end();
                html.marked(matches, row.summary).text(if row.summary_cut { "…" } else { "" }).close("a");
            }
            None => {
                html.marked(matches, row.summary).text(if row.summary_cut { "…" } else { "" });
            }
        }
        html.text(" ").open("span").attr("class", "carried").attr("title", "Outlets that reported it").end();
        html.number(row.carried).text("/").number(matrix.outlets.len()).hidden(" outlets").close("span");
        if origins && row.carried > 1 {
            let span = html.text(" ").open("span").attr("class", "origins");
            span.attr("title", "Independent origins: copies of one text count once").end();
            html.number(index.independent_origins(row.claim)).text(" origins").close("span");
        }
        html.close("th");
        let is_carried = |outlet: u32| carried.get(outlet as usize).copied().flatten().is_some();
        for column in columns {
            match column {
                Column::Outlet(outlet) => {
                    let td = html.open("td").attr("data-outlet", id_of(*outlet));
                    match carried.get(*outlet as usize).copied().flatten() {
                        Some(place) => {
                            let td = td.attr("data-carried", "yes").attr("data-place", place.code());
                            td.value("aria-label").text("Reported ").text(place_words(place)).end().end();
                        }
                        None => {
                            td.attr("data-carried", "no").attr("aria-label", "Not reported").end();
                        }
                    }
                    html.close("td");
                }
                Column::Group { outlets, .. } => group_cell(&mut html, outlets, is_carried, "reported it"),
            }
        }
        html.close("tr");
    }
    close_matrix(&mut html);
    html.into_html()
}

/// What the cells' marks mean: a legend under the matrix's heading. The samples are drawn like the
/// cells (a letter on the mark), so their words follow without repeating the letter.
pub fn place_legend(html: &mut Markup) {
    html.open("p").attr("class", "place-legend").end();
    for place in [Place::Headline, Place::Lead, Place::Body, Place::End] {
        html.open("span").attr("class", "legend-item").end();
        let sample = html.open("span").attr("class", "cell-sample").attr("data-carried", "yes");
        sample.attr("data-place", place.code()).attr("aria-hidden", "true").end().close("span");
        html.text(place_words(place)).close("span");
    }
    html.open("span").attr("class", "legend-item").end();
    let sample = html.open("span").attr("class", "cell-sample").attr("data-carried", "no");
    sample.attr("aria-hidden", "true").end().close("span").text("not reported").close("span").close("p");
}
