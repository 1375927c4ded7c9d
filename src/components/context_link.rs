//! Links from the event's tables into the compare page, focused on one sentence in context.

use parallax_core::link::{EventView, MAX_OUTLETS};
use parallax_core::model::Event;
use parallax_core::view::EventIndex;

use crate::hooks::use_event_view::view_href;

/// The `href` of sentence `focus` of `outlet` in context beside `others`, keeping the topics and
/// search of `view` ([`EventView::in_context`]); `#` if the sentence is not the outlet's.
pub fn in_context_href<'o>(
    index: &EventIndex,
    view: &EventView,
    outlet: &str,
    others: impl IntoIterator<Item = &'o str>,
    focus: &str,
) -> String {
    let others = others.into_iter().filter(|other| *other != outlet).take(MAX_OUTLETS);
    match view.in_context(index, outlet, others, focus) {
        Some(target) => view_href(&index.event().id, &target).to_string(),
        None => "#".to_string(),
    }
}

/// An outlet's display name in `event`, or its id if the event does not have it.
pub fn outlet_name<'e>(event: &'e Event, id: &'e str) -> &'e str {
    event.article(id).map_or(id, |article| article.outlet.name.as_str())
}
