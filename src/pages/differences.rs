//! The differences page (`#/e/<event-id>/differences`): the details that outlets report
//! differently, narrowed by the filter bar.

use yew::prelude::*;

use crate::components::differences_list::differences_list;
use crate::format;
use crate::hooks::use_event_view::UseEventViewHandle;

/// What the page shows (shown with the controls on phones).
pub const LEDE: &str = "<p class=\"section-lede\">Details that outlets give differently for the same claim: \
    figures, dates, times, the spelling of names, and the verbs that attribute a statement. Each value is \
    listed with the outlets that give it; “In context” opens the sentence beside an outlet that says otherwise.</p>";

/// The differences the filter keeps (one of their values is in a matching sentence).
pub fn differences_body(handle: &UseEventViewHandle) -> Html {
    let index = &handle.index;
    let shown = index.differences_matching(&handle.matches);
    let total = format::count(handle.analysis.differences.len(), "difference", "differences");
    let active = handle.matches.is_active();
    let status =
        if active { format!("{} of {total} match the filter.", shown.len()) } else { format!("{total}.") };
    html! {
        <>
            <p class="table-status">{ status }</p>
            if shown.is_empty() {
                <p class="empty">
                    { if active {
                        "No difference is in a sentence that matches the filter."
                    } else {
                        "The outlets agree on every detail the analysis compares."
                    } }
                </p>
            } else {
                { differences_list(index, &shown, handle.view(), &handle.matches) }
            }
        </>
    }
}
