//! The sources matrix: which outlet credits which agency, outlet, person, body, document or post.

use parallax_core::link::{EventView, MAX_OUTLETS};
use parallax_core::view::{EventIndex, SourcesMatrix};
use yew::Html;

use crate::components::context_link::in_context_href;
use crate::components::markup::Markup;
use crate::components::matrix::{close_matrix, group_cell, open_matrix, Column};

/// The matrix as a table (`table[data-view="sources"]`) under the `columns`
/// ([`crate::components::matrix::columns`]): a row per source (`tr[data-source]`, with
/// `data-kind`), headed by its name and a kind badge; an outlet's cell (`td[data-outlet]`, with
/// `data-credits`) links to each sentence where the outlet credits the source (numbered 1, 2, …),
/// in context beside the other outlets that credit it, or shows "—" ("Not credited" for screen
/// readers); a group's cell says how many of its outlets credit it.
pub fn sources_matrix(
    index: &EventIndex<'static>,
    matrix: &SourcesMatrix<'static>,
    columns: &[Column],
    view: &EventView,
) -> Html {
    let mut html =
        Markup::with_capacity(400 + columns.len() * 100 + matrix.rows.len() * (200 + columns.len() * 120));
    open_matrix(&mut html, index, columns, "sources", "Sources matrix", "Credited source");
    for row_number in 0..matrix.rows.len() {
        source_row(&mut html, index, matrix, columns, view, row_number);
    }
    close_matrix(&mut html);
    html.into_html()
}

/// One source's row.
fn source_row(
    html: &mut Markup,
    index: &EventIndex<'static>,
    matrix: &SourcesMatrix<'static>,
    columns: &[Column],
    view: &EventView,
    row_number: usize,
) {
    let Some(row) = matrix.rows.get(row_number) else { return };
    let (kind, kind_code) = (row.kind.label(), row.kind.code());
    let cells = || matrix.outlets.iter().copied().zip(matrix.grid.row(row_number));
    let crediting = || cells().filter(|(_, ids)| !ids.is_empty()).map(|(outlet, _)| outlet);
    html.open("tr").attr("data-source", row.source).attr("data-kind", kind_code).end();
    html.open("th")
        .attr("scope", "row")
        .end()
        .open("span")
        .attr("class", "source-name")
        .end()
        .text(row.source);
    html.close("span").text(" ").open("span").value("class").text("kind ").text(kind_code).end().end();
    html.text(kind).close("span").close("th");
    let cell = |outlet: u32| matrix.grid.cell(row_number, outlet as usize);
    for column in columns {
        let outlet = match column {
            Column::Outlet(outlet) => *outlet,
            Column::Group { outlets, .. } => {
                group_cell(html, outlets, |outlet| !cell(outlet).is_empty(), "credit it");
                continue;
            }
        };
        let (id, ids) = (matrix.outlets.get(outlet as usize).copied().unwrap_or_default(), cell(outlet));
        html.open("td").attr("data-outlet", id).number("data-credits", ids.len()).end();
        if ids.is_empty() {
            html.unspoken("—").hidden("Not credited");
        }
        for (n, sentence) in ids.iter().copied().enumerate() {
            let href = in_context_href(index, view, id, crediting().take(MAX_OUTLETS), sentence);
            let link = html.open("a").attr("class", "credit").attr("href", &href);
            let link = link.attr("title", index.sentence(sentence).map_or("", |sentence| sentence.text));
            link.value("aria-label").text("Credit ").number(n + 1).end().end().number(n + 1).close("a");
        }
        html.close("td");
    }
    html.close("tr");
}
