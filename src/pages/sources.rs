//! The sources page (`#/e/<event-id>/sources`): who credits whom, narrowed by the filter bar.

use yew::prelude::*;

use crate::components::matrix::Column;
use crate::components::sources_matrix::sources_matrix;
use crate::format;
use crate::hooks::use_event_view::UseEventViewHandle;

/// What the sources matrix shows (shown with the controls on phones).
pub const LEDE: &str = "<p class=\"section-lede\">Which news agencies, other outlets, people, bodies, \
    documents and posts each outlet credits. The numbers in a cell link to the crediting sentences, in context.</p>";

/// What the sources page shows under the header: the filter bar, and the sources matrix of the
/// credits the filter keeps.
pub fn sources_body(handle: &UseEventViewHandle, columns: &[Column]) -> Html {
    let matrix = handle.index.sources(&handle.matches);
    let credits: usize = matrix.rows.iter().map(|row| row.credits).sum();
    let active = handle.matches.is_active();
    let status = format!(
        "{} credited in {}{}.",
        format::count(matrix.rows.len(), "source", "sources"),
        format::count(credits, "sentence", "sentences"),
        if active { " of those the filter keeps" } else { "" }
    );
    html! {
        <>
            <p class="table-status">{ status }</p>
            if matrix.rows.is_empty() {
                <p class="empty">
                    { if active {
                        "No credit is in a sentence that matches the filter."
                    } else {
                        "The analysis found no credited sources in this event."
                    } }
                </p>
            } else {
                { sources_matrix(&handle.index, &matrix, columns, handle.view()) }
            }
        </>
    }
}
