//! Browser tests of whole pages on the seed site, routed through the page's own address:
//! the URL contract (outlets, notices, defaults, the removed toggle, Back), the event page's
//! form, and unknown ids. The expectations are computed from the site's data, so they hold for any
//! corpus.
#![cfg(target_arch = "wasm32")]

#[path = "support/dom.rs"]
mod dom;

use parallax_app::router::Location;
use parallax_core::link::{CompareView, DEFAULT_OUTLETS};
use parallax_core::model::{Article, Event};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// The location in the page's address now.
fn location() -> Location {
    Location::current()
}

/// Sets the page's address to `path` (with an optional query, without `?`) in place, then
/// renders the app there, closing the one opened before; returns the app's root.
async fn open(path: &str, query: Option<&str>) -> Element {
    let url = match query {
        Some(query) => format!("#{path}?{query}"),
        None => format!("#{path}"),
    };
    dom::open_app(&url).await
}

fn first_event() -> &'static Event {
    let loaded = dom::events().into_iter().next().expect("the site has at least one event");
    &loaded.data.event
}

fn outlet_ids(event: &'static Event) -> Vec<&'static str> {
    event.articles.iter().map(|article| article.outlet.id.as_str()).collect()
}

/// Every sentence id of an article, in reading order: headings, paragraphs and embeds.
fn sentence_ids(article: &Article) -> Vec<String> {
    article.sentences().map(|(sentence, _)| sentence.id.clone()).collect()
}

fn attrs(elements: &[Element], name: &str) -> Vec<String> {
    elements.iter().filter_map(|element| dom::attr(element, name)).collect()
}

fn compare_path(event: &Event) -> String {
    format!("/e/{}/compare", event.id)
}

#[wasm_bindgen_test]
async fn home_lists_every_event_and_sets_the_title() {
    let root = open("/", None).await;
    let links = dom::all(&root, "a[data-event]");
    let expected: Vec<String> = dom::events().iter().map(|loaded| loaded.data.event.id.clone()).collect();
    assert_eq!(attrs(&links, "data-event"), expected);
    assert_eq!(dom::all(&root, "h1").len(), 1);
    assert_eq!(dom::all(&root, "main").len(), 1);
    assert_eq!(gloo::utils::document().title(), "Parallax");
}

#[wasm_bindgen_test]
async fn compare_shows_the_named_outlets_in_order_with_all_their_sentences() {
    let event = first_event();
    let ids = outlet_ids(event);
    assert!(ids.len() >= 2, "the first event needs two outlets for this test");
    let wanted = [ids[1], ids[0]];
    let root = open(&compare_path(event), Some(&format!("o={},{}", wanted[0], wanted[1]))).await;
    let columns = dom::all(&root, "[data-outlet]");
    assert_eq!(attrs(&columns, "data-outlet"), wanted);
    for (column, id) in columns.iter().zip(wanted) {
        let article = event.article(id).expect("an article");
        assert_eq!(attrs(&dom::all(column, "[data-sentence]"), "data-sentence"), sentence_ids(article));
    }
    assert!(dom::all(&root, "[data-notice]").is_empty());
    assert!(dom::all(&root, "[data-removed]").is_empty());
    assert!(gloo::utils::document().title().contains(&event.title));
}

#[wasm_bindgen_test]
async fn unknown_outlets_get_a_notice_naming_them_and_valid_columns_still_render() {
    let event = first_event();
    let ids = outlet_ids(event);
    let query = format!("o={},no-such-outlet,{}", ids[0], ids[1]);
    let root = open(&compare_path(event), Some(&query)).await;
    assert_eq!(attrs(&dom::all(&root, "[data-outlet]"), "data-outlet"), [ids[0], ids[1]]);
    let notice = dom::one(&root, "[data-notice]");
    assert_eq!(dom::attr(&notice, "role").as_deref(), Some("status"));
    assert!(dom::text(&notice).contains("no-such-outlet"), "{}", dom::text(&notice));
}

#[wasm_bindgen_test]
async fn a_link_without_outlets_is_replaced_by_the_canonical_default() {
    let event = first_event();
    let entries = dom::history_len();
    let root = open(&compare_path(event), Some("removed=1")).await;
    let expected: Vec<&str> = outlet_ids(event).into_iter().take(DEFAULT_OUTLETS).collect();
    assert_eq!(attrs(&dom::all(&root, "[data-outlet]"), "data-outlet"), expected);
    let canonical =
        CompareView { outlets: expected.iter().map(|id| id.to_string()).collect(), show_removed: true };
    assert_eq!(location().query_str(), format!("?{}", canonical.to_query()));
    assert_eq!(dom::history_len(), entries, "the default replaces the entry rather than adding one");

    // A bare link with something wrong stays as it is, so that its notice stays true.
    let root = open(&compare_path(event), Some("removed=maybe")).await;
    assert_eq!(attrs(&dom::all(&root, "[data-outlet]"), "data-outlet"), expected);
    assert_eq!(location().query_str(), "?removed=maybe");
    assert!(dom::text(&dom::one(&root, "[data-notice]")).contains("removed=maybe"));
}

#[wasm_bindgen_test]
async fn garbage_in_the_query_never_breaks_the_page() {
    let event = first_event();
    for query in ["o=%%%,%FF,,&removed=maybe&&=&o", "o=%E2%82&&&removed", "=&=&o=,,,", "o=\u{0}x"] {
        let root = open(&compare_path(event), Some(query)).await;
        assert!(!dom::all(&root, "[data-outlet]").is_empty(), "{query}");
        assert_eq!(dom::all(&root, "h1").len(), 1, "{query}");
    }
    let root = open(&compare_path(event), Some("o=%%%,%FF&removed=maybe")).await;
    let notices = dom::all(&root, "[data-notice]");
    assert!(notices.iter().any(|notice| dom::text(notice).contains("removed=maybe")));
    assert!(notices.iter().any(|notice| dom::text(notice).contains("%%%")));
}

/// Back and Forward are the browser's own: the test runner's page URL gets a `#/…` fragment.
#[wasm_bindgen_test]
async fn the_removed_toggle_pushes_a_history_entry_and_back_undoes_it() {
    let event = first_event();
    let ids = outlet_ids(event);
    let view = CompareView { outlets: vec![ids[0].to_string(), ids[1].to_string()], show_removed: false };
    let root = open(&compare_path(event), Some(&view.to_query())).await;
    let entries = dom::history_len();
    let removals: usize =
        ids[..2].iter().filter_map(|id| event.article(id)).map(|a| a.removals().count()).sum();

    let toggle = dom::one(&root, "input[type=checkbox][data-action='toggle-removed']");
    dom::click(&toggle);
    dom::settle().await;
    let shown = CompareView { show_removed: true, ..view.clone() };
    assert_eq!(location().query_str(), format!("?{}", shown.to_query()));
    assert_eq!(dom::history_len(), entries + 1, "the toggle adds one history entry");
    assert_eq!(dom::all(&root, "[data-removed]").len(), removals);
    for removed in dom::all(&root, "[data-removed]") {
        assert!(!dom::text(&removed).is_empty());
    }

    dom::history().back().expect("Back");
    // The browser reports Back with a popstate event, after the current task.
    yew::platform::time::sleep(std::time::Duration::from_millis(50)).await;
    dom::settle().await;
    assert_eq!(location().query_str(), format!("?{}", view.to_query()));
    assert!(dom::all(&root, "[data-removed]").is_empty());
    let toggle = dom::one(&root, "input[data-action='toggle-removed']");
    assert!(!wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlInputElement>(&toggle).checked());
}

#[wasm_bindgen_test]
async fn an_unknown_event_gets_a_notice_and_the_list_of_events() {
    for path in ["/e/no-such-event", "/e/no-such-event/compare"] {
        let root = open(path, Some("o=a,b")).await;
        let notice = dom::one(&root, "[data-notice]");
        assert!(dom::text(&notice).contains("no-such-event"), "{path}: {}", dom::text(&notice));
        assert_eq!(dom::all(&root, "a[data-event]").len(), dom::events().len());
        assert!(dom::all(&root, "[data-outlet]").is_empty());
    }
    let root = open("/no/such/page", None).await;
    assert!(!dom::all(&root, "[data-notice]").is_empty());
}

#[wasm_bindgen_test]
async fn the_event_page_picks_outlets_and_compare_goes_to_the_canonical_link() {
    let event = first_event();
    let root = open(&format!("/e/{}", event.id), None).await;
    let cards = dom::all(&root, "[data-outlet-card]");
    assert_eq!(attrs(&cards, "data-outlet-card"), outlet_ids(event));
    for (card, article) in cards.iter().zip(&event.articles) {
        assert!(dom::text(card).contains(&article.outlet.name));
        let checkbox = dom::one(card, "input[type=checkbox][name=outlet]");
        assert_eq!(dom::attr(&checkbox, "value").as_deref(), Some(article.outlet.id.as_str()));
    }
    let checked = || {
        dom::all(&root, "input[name=outlet]")
            .iter()
            .filter(|input| {
                wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlInputElement>(*input).checked()
            })
            .filter_map(|input| dom::attr(input, "value"))
            .collect::<Vec<_>>()
    };
    let defaults = CompareView::default_for(event).outlets;
    assert_eq!(checked(), defaults);

    // Untick the first outlet, then compare: the link names the rest, in the event's order.
    dom::click(&dom::all(&root, "input[name=outlet]")[0]);
    dom::settle().await;
    let expected: Vec<String> = defaults[1..].to_vec();
    assert_eq!(checked(), expected);
    dom::click(&dom::one(&root, "[data-action=compare]"));
    dom::settle().await;
    assert_eq!(location().path(), compare_path(event));
    let view = CompareView { outlets: expected.clone(), show_removed: false };
    assert_eq!(location().query_str(), format!("?{}", view.to_query()));
    assert_eq!(attrs(&dom::all(&root, "[data-outlet]"), "data-outlet"), expected);
}

#[wasm_bindgen_test]
async fn copy_link_either_confirms_or_shows_the_address() {
    let event = first_event();
    let root = open(&compare_path(event), Some("o=x")).await;
    dom::click(&dom::one(&root, "[data-action=copy-link]"));
    for _ in 0..20 {
        dom::settle().await;
    }
    let status = dom::text(&dom::one(&root, ".copy-status[role=status]"));
    let manual = dom::all(&root, ".manual-link input[readonly]");
    let href = gloo::utils::window().location().href().expect("an address");
    match manual.first() {
        Some(input) => {
            assert_eq!(wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlInputElement>(input).value(), href)
        }
        None => assert_eq!(status, "Link copied"),
    }
}
