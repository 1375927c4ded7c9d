//! Links from the event's tables into the compare page, focused on one sentence in context.

use parallax_core::link::{CompareView, EventView, Filter, Page, MAX_OUTLETS, MIN_OUTLETS};
use parallax_core::model::Event;

use crate::route::Route;
use crate::router::fragment;

/// The compare view that shows sentence `focus` (of outlet `outlet`) in context, beside `others`
/// (outlet ids, in the order given; repeats and unknown ids are skipped), keeping `filter`. The
/// focused sentence's outlet comes first; at most [`MAX_OUTLETS`] are shown, and when fewer than
/// [`MIN_OUTLETS`] are named the event's other outlets fill in, in article order.
pub fn in_context<'o>(
    event: &Event,
    filter: &Filter,
    outlet: &str,
    others: impl IntoIterator<Item = &'o str>,
    focus: &str,
) -> EventView {
    let mut outlets: Vec<String> = Vec::with_capacity(MAX_OUTLETS);
    add_outlet(&mut outlets, event, outlet, MAX_OUTLETS);
    for id in others {
        add_outlet(&mut outlets, event, id, MAX_OUTLETS);
    }
    for article in &event.articles {
        add_outlet(&mut outlets, event, &article.outlet.id, MIN_OUTLETS);
    }
    EventView {
        page: Page::Compare,
        compare: CompareView { outlets, show_removed: false },
        filter: filter.clone(),
        focus: Some(focus.to_string()),
        ..EventView::default()
    }
}

/// Adds an outlet of the event that is not there yet, while there are fewer than `limit`.
fn add_outlet(outlets: &mut Vec<String>, event: &Event, id: &str, limit: usize) {
    if outlets.len() < limit && event.article(id).is_some() && !outlets.iter().any(|known| known == id) {
        outlets.push(id.to_string());
    }
}

/// The `href` of [`in_context`].
pub fn in_context_href<'o>(
    event: &Event,
    filter: &Filter,
    outlet: &str,
    others: impl IntoIterator<Item = &'o str>,
    focus: &str,
) -> String {
    let view = in_context(event, filter, outlet, others, focus);
    fragment(&Route::of_page(&event.id, Page::Compare), &view.to_query())
}

/// An outlet's display name in `event`, or its id if the event does not have it.
pub fn outlet_name<'e>(event: &'e Event, id: &'e str) -> &'e str {
    event.article(id).map_or(id, |article| article.outlet.name.as_str())
}

#[cfg(test)]
mod tests {
    use parallax_core::link::{Filter, Page, MAX_OUTLETS};
    use parallax_core::model::{Article, Event, Outlet};

    use super::{in_context, in_context_href};

    fn event(outlets: usize) -> Event {
        let article = |n: usize| Article {
            outlet: Outlet { id: format!("o{n}"), name: format!("Outlet {n}") },
            ..Article::default()
        };
        Event { id: "e v".into(), articles: (0..outlets).map(article).collect(), ..Event::default() }
    }

    #[test]
    fn the_focused_outlet_comes_first_then_the_others_once_up_to_the_limit() {
        let event = event(8);
        let filter = Filter { topics: vec!["t".into()], text: "a b".into() };
        let view =
            in_context(&event, &filter, "o3", ["o1", "o3", "nope", "o1", "o7", "o6", "o5", "o4"], "o3-2");
        assert_eq!(view.page, Page::Compare);
        assert_eq!(view.compare.outlets, ["o3", "o1", "o7", "o6", "o5"]);
        assert_eq!(view.compare.outlets.len(), MAX_OUTLETS);
        assert_eq!((view.filter, view.focus.as_deref()), (filter, Some("o3-2")));
    }

    #[test]
    fn a_lone_outlet_gets_company_from_the_event_in_article_order() {
        let event = event(4);
        let view = in_context(&event, &Filter::default(), "o2", [], "o2-1");
        assert_eq!(view.compare.outlets, ["o2", "o0"]);
        let view = in_context(&event, &Filter::default(), "o0", ["o0"], "o0-1");
        assert_eq!(view.compare.outlets, ["o0", "o1"]);
        let single = self::event(1);
        assert_eq!(in_context(&single, &Filter::default(), "o0", [], "o0-1").compare.outlets, ["o0"]);
    }

    #[test]
    fn hrefs_name_the_compare_route_and_the_canonical_query() {
        let event = event(3);
        let href = in_context_href(&event, &Filter::default(), "o1", ["o2"], "o1-4");
        assert_eq!(href, "#/e/e%20v/compare?o=o1,o2&s=o1-4");
    }
}
