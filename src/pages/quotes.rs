//! The quotes page (`#/e/<event-id>/quotes`): the quote ledger, narrowed by the filter bar.

use yew::prelude::*;

use crate::components::quote_ledger::quote_ledger;
use crate::format;
use crate::hooks::use_event_view::UseEventViewHandle;

/// What the ledger shows, with an example of each mark (shown with the controls on phones).
pub const LEDE: &str =
    "<p class=\"section-lede\">Every quote the outlets carry, grouped by who said it. Each \
    outlet’s wording is compared word by word with the most common one: <ins><span class=\"visually-hidden\">\
    added: </span>added words</ins> and <del><span class=\"visually-hidden\">removed: </span>removed \
    words</del> are marked, and “In context” opens the sentence beside the other outlets.</p>";

/// What the quotes page shows under the controls: the quote families the filter keeps, by
/// speaker, the first `limit` of them with a button for all (`data-action="show-all-quotes"`), and the
/// families in `expanded` with all their wordings.
pub fn quotes_body(handle: &UseEventViewHandle, limit: usize, expanded: &[String]) -> Html {
    let groups = handle.index.quote_ledger(&handle.matches);
    let shown: usize = groups.iter().map(|group| group.families.len()).sum();
    let total = format::count(handle.analysis.quotes.len(), "quote", "quotes");
    let active = handle.matches.is_active();
    let status = if active {
        format!("{shown} of {total} match the filter.")
    } else {
        format!("{total} from {}.", format::count(groups.len(), "speaker", "speakers"))
    };
    html! {
        <>
            <p class="table-status">{ status }</p>
            if groups.is_empty() {
                <p class="empty">
                    { if active { "No quote matches the filter." } else { "The analysis found no quotes in this event." } }
                </p>
            } else {
                <div class="ledger">{ quote_ledger(&handle.index, &groups, handle.view(), limit, expanded) }</div>
            }
            if shown > limit {
                <p>
                    <button type="button" class="button" data-action="show-all-quotes">
                        { format!("Show all {shown} quotes") }
                    </button>
                </p>
            }
        </>
    }
}
