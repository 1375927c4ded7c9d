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
    html.tag("<tr data-source=\"").text(row.source).tag("\" data-kind=\"").tag(kind_code);
    html.tag("\"><th scope=\"row\"><span class=\"source-name\">").text(row.source);
    html.tag("</span> <span class=\"kind ").tag(kind_code).tag("\">").tag(kind).tag("</span></th>");
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
        html.tag("<td data-outlet=\"").text(id).tag("\" data-credits=\"").number(ids.len()).tag("\">");
        if ids.is_empty() {
            html.tag(
                "<span aria-hidden=\"true\">—</span><span class=\"visually-hidden\">Not credited</span>",
            );
        }
        for (n, sentence) in ids.iter().copied().enumerate() {
            let href = in_context_href(index, view, id, crediting().take(MAX_OUTLETS), sentence);
            html.tag("<a class=\"credit\" href=\"").text(&href).tag("\" title=\"");
            html.text(index.sentence(sentence).map_or("", |sentence| sentence.text));
            html.tag("\" aria-label=\"Credit ").number(n + 1).tag("\">").number(n + 1).tag("</a>");
        }
        html.tag("</td>");
    }
    html.tag("</tr>");
}
