//! The sources matrix: which outlet credits which agency, outlet, official or social post.

use parallax_core::analysis::SourceKind;
use parallax_core::link::EventView;
use parallax_core::view::{EventIndex, SourcesMatrix};
use yew::Html;

use crate::components::context_link::in_context_href;
use crate::components::markup::Markup;
use crate::components::matrix::{close_matrix, open_matrix};

/// A kind of source as the reader sees it, and its code for `data-kind` and the badge's class.
pub fn kind_label(kind: SourceKind) -> (&'static str, &'static str) {
    match kind {
        SourceKind::Media => ("Media", "media"),
        SourceKind::Official => ("Official", "official"),
        SourceKind::SocialPost => ("Social post", "social-post"),
    }
}

/// The matrix as a table (`table[data-view="sources"]`): a row per source (`tr[data-source]`,
/// with `data-kind`), headed by its name and a kind badge; a column per outlet; a cell
/// (`td[data-outlet]`, with `data-credits`) links to each sentence where the outlet credits the
/// source (numbered 1, 2, …), in context beside the other outlets that credit it, or shows "—"
/// ("Not credited" for screen readers).
pub fn sources_matrix(
    index: &EventIndex<'static>,
    matrix: &SourcesMatrix<'static>,
    view: &EventView,
) -> Html {
    let event = index.event();
    let outlets = matrix.outlets.len();
    let mut html = Markup::with_capacity(400 + outlets * 100 + matrix.rows.len() * (200 + outlets * 120));
    open_matrix(&mut html, event, &matrix.outlets, "sources", "Sources matrix", "Credited source");
    for row_number in 0..matrix.rows.len() {
        source_row(&mut html, index, matrix, view, row_number);
    }
    close_matrix(&mut html);
    html.into_html()
}

/// One source's row.
fn source_row(
    html: &mut Markup,
    index: &EventIndex<'static>,
    matrix: &SourcesMatrix<'static>,
    view: &EventView,
    row_number: usize,
) {
    let Some(row) = matrix.rows.get(row_number) else { return };
    let (kind, kind_code) = kind_label(row.kind);
    let cells = || matrix.outlets.iter().copied().zip(matrix.grid.row(row_number));
    let crediting = || cells().filter(|(_, ids)| !ids.is_empty()).map(|(outlet, _)| outlet);
    html.tag("<tr data-source=\"").text(row.source).tag("\" data-kind=\"").tag(kind_code);
    html.tag("\"><th scope=\"row\"><span class=\"source-name\">").text(row.source);
    html.tag("</span> <span class=\"kind ").tag(kind_code).tag("\">").tag(kind).tag("</span></th>");
    for (outlet, ids) in cells() {
        html.tag("<td data-outlet=\"").text(outlet).tag("\" data-credits=\"").number(ids.len()).tag("\">");
        if ids.is_empty() {
            html.tag(
                "<span aria-hidden=\"true\">—</span><span class=\"visually-hidden\">Not credited</span>",
            );
        }
        for (n, id) in ids.iter().copied().enumerate() {
            let href = in_context_href(index, view, outlet, crediting(), id);
            html.tag("<a class=\"credit\" href=\"").text(&href).tag("\" title=\"");
            html.text(index.sentence(id).map_or("", |sentence| sentence.text));
            html.tag("\"><span class=\"visually-hidden\">Credit </span>").number(n + 1).tag("</a>");
        }
        html.tag("</td>");
    }
    html.tag("</tr>");
}
