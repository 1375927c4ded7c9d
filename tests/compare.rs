//! Browser tests of the compare page on the seed corpus: claim marks and linked
//! highlights in Read, the focused sentence, the filter's dimming and search marks, the Align
//! table, the layout and sort controls with history, and the keyboard shortcuts with their
//! overlay. Sentences are found through the same `EventIndex` the app uses, by their words,
//! never by hard-coded positions.
#![cfg(target_arch = "wasm32")]

#[path = "support/dom.rs"]
mod dom;

use std::rc::Rc;
use std::time::Duration;

use parallax_app::router::Location;
use parallax_core::link::{EventView, Filter, Layout, Page};
use parallax_core::model::Event;
use parallax_core::view::{EventIndex, Sharing, Step};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const SEED_EVENT: &str = "putin-trump-call-2025-07-03";
const THREE: [&str; 3] = ["india-tv-news", "zee-news", "business-standard"];

/// The query of the page's address now, without `?`.
fn query() -> String {
    Location::current().query_str().trim_start_matches('?').to_string()
}

fn seed() -> (&'static Event, Rc<EventIndex<'static>>) {
    let loaded = dom::loaded(SEED_EVENT);
    (&loaded.data.event, loaded.index)
}

/// A compare view of the seed event.
fn view(outlets: &[&str]) -> EventView {
    let mut view = EventView { page: Page::Compare, ..EventView::default() };
    view.compare.outlets = outlets.iter().map(|id| id.to_string()).collect();
    view
}

/// Opens the compare page of the seed event at `view`, closing the app opened before.
async fn open(view: &EventView) -> Element {
    let url = format!("#/e/{SEED_EVENT}/compare?{}", view.to_query());
    dom::open_app(&url).await
}

/// Waits for the browser's popstate after Back, and for the app to render it.
async fn after_back() {
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    dom::settle().await;
}

/// The one sentence of `outlet` whose text holds `phrase` (curly apostrophes straightened).
fn sentence_with(index: &EventIndex<'static>, outlet: &str, phrase: &str) -> &'static str {
    let found: Vec<&'static str> = index
        .outlet_sentences(outlet)
        .filter(|id| index.sentence(id).is_some_and(|info| info.text.replace('’', "'").contains(phrase)))
        .collect();
    assert_eq!(found.len(), 1, "{outlet}: sentences with {phrase:?}: {found:?}");
    found[0]
}

fn ids(elements: &[Element]) -> Vec<String> {
    let mut ids: Vec<String> =
        elements.iter().filter_map(|element| dom::attr(element, "data-sentence")).collect();
    ids.sort();
    ids
}

fn has_class(element: &Element, class: &str) -> bool {
    dom::attr(element, "class").is_some_and(|classes| classes.split_whitespace().any(|known| known == class))
}

fn sentence_element(root: &Element, id: &str) -> Element {
    dom::one(root, &format!("[data-outlet] [data-sentence=\"{id}\"]"))
}

#[wasm_bindgen_test]
async fn the_offended_quote_highlights_its_business_standard_counterpart() {
    let (_, index) = seed();
    let source = sentence_with(&index, "india-tv-news", "he could get offended");
    let target = sentence_with(&index, "business-standard", "he could get offended");
    let shown = index.columns(&THREE.map(String::from));
    let mut expected: Vec<String> =
        index.counterparts(source, &shown).iter().map(|id| id.to_string()).collect();
    expected.sort();
    assert!(expected.contains(&target.to_string()));

    let root = open(&view(&THREE)).await;
    assert!(dom::all(&root, ".is-counterpart").is_empty(), "nothing highlighted before");
    let element = sentence_element(&root, source);
    assert_eq!(dom::attr(&element, "data-sharing").as_deref(), Some("shared"));
    assert!(matches!(index.mark(source, &shown).map(|mark| mark.sharing), Some(Sharing::Shared { .. })));
    assert!(dom::attr(&element, "title").is_some_and(|title| title.starts_with("Claim ")));
    assert_eq!(dom::attr(&element, "tabindex").as_deref(), Some("0"));

    // Keyboard focus (as hover does) makes it active and highlights exactly its counterparts.
    element.unchecked_ref::<HtmlElement>().focus().expect("focus");
    dom::settle().await;
    assert!(has_class(&sentence_element(&root, source), "is-active"));
    assert_eq!(ids(&dom::all(&root, ".is-counterpart")), expected);
    assert!(has_class(&sentence_element(&root, target), "is-counterpart"));
    assert_eq!(query(), view(&THREE).to_query(), "hover and focus leave the link alone");

    // Leaving clears the highlight.
    element.unchecked_ref::<HtmlElement>().blur().expect("blur");
    dom::settle().await;
    assert!(dom::all(&root, ".is-counterpart").is_empty());
}

#[wasm_bindgen_test]
async fn clicking_a_sentence_focuses_it_in_the_link_in_place() {
    let (_, index) = seed();
    let source = sentence_with(&index, "india-tv-news", "he could get offended");
    let target = sentence_with(&index, "business-standard", "he could get offended");
    let root = open(&view(&THREE)).await;
    let entries = dom::history_len();
    dom::click(&sentence_element(&root, source));
    dom::settle().await;
    let focused = EventView { focus: Some(source.to_string()), ..view(&THREE) };
    assert_eq!(query(), focused.to_query());
    assert_eq!(dom::history_len(), entries, "focusing replaces the history entry");
    assert!(has_class(&sentence_element(&root, source), "is-focused"));
    assert!(has_class(&sentence_element(&root, target), "is-counterpart"));
    assert_eq!(dom::all(&root, ".is-focused").len(), 1);

    // Clicking it again clears the focus.
    dom::click(&sentence_element(&root, source));
    dom::settle().await;
    assert_eq!(query(), view(&THREE).to_query());
    assert!(dom::all(&root, ".is-focused").is_empty());
}

#[wasm_bindgen_test]
async fn a_link_with_s_opens_focused_with_the_counterparts_highlighted() {
    let (_, index) = seed();
    let source = sentence_with(&index, "business-standard", "he could get offended");
    let linked = EventView { focus: Some(source.to_string()), ..view(&THREE) };
    let root = open(&linked).await;
    let focused = dom::one(&root, ".is-focused");
    assert_eq!(dom::attr(&focused, "data-sentence").as_deref(), Some(source));
    let shown = index.columns(&THREE.map(String::from));
    let mut expected: Vec<String> =
        index.counterparts(source, &shown).iter().map(|id| id.to_string()).collect();
    expected.sort();
    assert!(!expected.is_empty());
    assert_eq!(ids(&dom::all(&root, ".is-counterpart")), expected);
}

#[wasm_bindgen_test]
async fn align_has_a_row_per_claim_and_marks_what_an_outlet_did_not_report() {
    let (_, index) = seed();
    let outlets = ["zee-news", "business-standard", "newsweek"];
    let aligned = EventView { layout: Layout::Align, ..view(&outlets) };
    let root = open(&aligned).await;
    assert!(dom::all(&root, "[data-outlet] [data-sentence]:not(table *)").is_empty(), "no read columns");
    let table = dom::one(&root, "table[data-view=\"align\"]");
    let shown = index.columns(&outlets.map(String::from));
    let expected = index.align(&shown, aligned.sort, &index.filter(&Filter::default()));
    let rows = dom::all(&table, "tbody tr[data-claim]");
    let claims: Vec<String> = rows.iter().filter_map(|row| dom::attr(row, "data-claim")).collect();
    let wanted: Vec<&str> = expected.rows.iter().map(|row| row.claim_id).collect();
    assert_eq!(claims, wanted);

    let mut missing = 0;
    for (n, row) in rows.iter().enumerate() {
        let cells = dom::all(row, "td[data-outlet]");
        let outlet_ids: Vec<String> =
            cells.iter().filter_map(|cell| dom::attr(cell, "data-outlet")).collect();
        assert_eq!(outlet_ids, outlets);
        for (column, cell) in cells.iter().enumerate() {
            let sentences = expected.grid.cell(n, column);
            if sentences.is_empty() {
                missing += 1;
                assert!(dom::attr(cell, "data-missing").is_some());
                assert!(dom::text(cell).contains("Not reported"));
            } else {
                assert!(dom::attr(cell, "data-missing").is_none());
                let inside: Vec<String> = dom::all(cell, "[data-sentence]")
                    .iter()
                    .filter_map(|s| dom::attr(s, "data-sentence"))
                    .collect();
                assert_eq!(inside, sentences);
            }
        }
    }
    assert!(missing > 0, "three outlets never report every claim");
    assert_eq!(dom::all(&table, "[data-missing]").len(), missing);
}

#[wasm_bindgen_test]
async fn a_topic_dims_the_untagged_sentences_and_search_words_are_marked() {
    let (_, index) = seed();
    let analysis = index.analysis();
    let topic = analysis.topics.first().expect("the seed event has topics").id.clone();
    let filter = Filter { topics: vec![topic.clone()], text: String::new() };
    let filtered = EventView { filter: filter.clone(), ..view(&THREE) };
    let root = open(&filtered).await;
    let matches = index.filter(&filter);
    let sentences = dom::all(&root, "[data-outlet] [data-sentence]");
    let (mut kept, mut dimmed) = (0, 0);
    for element in &sentences {
        let id = dom::attr(element, "data-sentence").unwrap_or_default();
        let tagged = index.topics_of(&id).any(|tagged| tagged == topic);
        assert_eq!(tagged, matches.contains(&id), "{id}");
        assert_eq!(has_class(element, "is-dimmed"), !tagged, "{id}");
        if tagged {
            kept += 1;
        } else {
            dimmed += 1;
        }
    }
    assert!(kept > 0 && dimmed > 0, "{kept} kept, {dimmed} dimmed");

    // A search marks its words inside the matching sentences only.
    let searched =
        EventView { filter: Filter { topics: Vec::new(), text: "offended".into() }, ..view(&THREE) };
    let root = open(&searched).await;
    let marks = dom::all(&root, "[data-outlet] [data-sentence] mark");
    assert!(!marks.is_empty());
    for mark in &marks {
        assert_eq!(dom::text(mark).to_lowercase(), "offended");
        let sentence = mark.closest("[data-sentence]").ok().flatten().expect("a sentence");
        assert!(!has_class(&sentence, "is-dimmed"));
    }
}

#[wasm_bindgen_test]
async fn layout_and_sort_push_history_entries_that_back_undoes() {
    let root = open(&view(&THREE)).await;
    let entries = dom::history_len();
    let pressed = |root: &Element| {
        dom::all(root, "[data-action=\"layout\"][aria-pressed=\"true\"]")
            .iter()
            .filter_map(|button| dom::attr(button, "value"))
            .collect::<Vec<_>>()
    };
    assert_eq!(pressed(&root), ["read"]);
    assert!(dom::all(&root, "[data-action=\"sort\"]").is_empty(), "sorting is for the aligned rows");
    dom::click(&dom::one(&root, "[data-action=\"layout\"][value=\"align\"]"));
    dom::settle().await;
    assert_eq!(query(), EventView { layout: Layout::Align, ..view(&THREE) }.to_query());
    assert_eq!(dom::history_len(), entries + 1);
    assert_eq!(pressed(&root), ["align"]);
    dom::one(&root, "table[data-view=\"align\"]");

    let sort = dom::one(&root, "[data-action=\"sort\"]");
    assert_eq!(dom::attr(&sort, "aria-pressed").as_deref(), Some("false"));
    dom::click(&sort);
    dom::settle().await;
    assert!(query().contains("sort=unique"), "{}", query());
    assert_eq!(dom::history_len(), entries + 2);

    dom::history().back().expect("Back");
    after_back().await;
    assert_eq!(query(), EventView { layout: Layout::Align, ..view(&THREE) }.to_query());
    dom::history().back().expect("Back");
    after_back().await;
    assert_eq!(query(), view(&THREE).to_query());
    assert!(dom::all(&root, "table[data-view=\"align\"]").is_empty());
    assert!(!dom::all(&root, "[data-outlet] [data-sentence]").is_empty());
}

#[wasm_bindgen_test]
async fn shortcut_keys_step_through_shared_claims_and_switch_layout() {
    let (_, index) = seed();
    let root = open(&view(&THREE)).await;
    let body: Element = gloo::utils::document().body().expect("a body").into();
    let shown = index.columns(&THREE.map(String::from));
    let all = index.filter(&Filter::default());
    let first = index.step_shared(&shown, &all, None, Step::Next).expect("a shared claim");
    let second = index.step_shared(&shown, &all, Some(first), Step::Next).expect("two shared claims");

    let entries = dom::history_len();
    dom::key_down(&body, "j");
    dom::settle().await;
    assert_eq!(query(), EventView { focus: Some(first.into()), ..view(&THREE) }.to_query());
    assert!(has_class(&sentence_element(&root, first), "is-focused"));
    dom::key_down(&body, "n");
    dom::settle().await;
    assert_eq!(query(), EventView { focus: Some(second.into()), ..view(&THREE) }.to_query());
    dom::key_down(&body, "k");
    dom::settle().await;
    assert_eq!(query(), EventView { focus: Some(first.into()), ..view(&THREE) }.to_query());
    assert_eq!(dom::history_len(), entries, "stepping replaces the entry");

    // Typing in the search box is not a shortcut.
    let search = dom::one(&root, "input[data-action=\"search\"]");
    dom::key_down(&search, "j");
    dom::key_down(&search, "v");
    dom::settle().await;
    assert_eq!(query(), EventView { focus: Some(first.into()), ..view(&THREE) }.to_query());

    // `/` focuses the search box; `v` switches the layout, as a new entry.
    dom::key_down(&body, "/");
    dom::settle().await;
    let active = gloo::utils::document().active_element().expect("a focused element");
    assert_eq!(dom::attr(&active, "data-action").as_deref(), Some("search"));
    active.unchecked_ref::<HtmlElement>().blur().expect("blur");
    dom::key_down(&body, "v");
    dom::settle().await;
    assert_eq!(dom::history_len(), entries + 1);
    assert!(query().contains("view=align"), "{}", query());
    dom::one(&root, "table[data-view=\"align\"]");
}

#[wasm_bindgen_test]
async fn the_shortcuts_overlay_opens_moves_focus_in_and_returns_it() {
    let root = open(&view(&THREE)).await;
    let dialog = dom::one(&root, "[role=dialog][data-overlay=\"shortcuts\"]");
    assert_eq!(dom::attr(&dialog, "aria-modal").as_deref(), Some("true"));
    let title = dom::attr(&dialog, "aria-labelledby").expect("labelled");
    assert_eq!(dom::text(&dom::one(&root, &format!("#{title}"))), "Keyboard shortcuts");
    assert!(dom::attr(&dialog, "open").is_none());

    // `?` anywhere opens it; its Close button closes it. (Escape is the browser's own doing for a
    // modal dialog, which a synthetic key event does not reach: the end-to-end tests press it.)
    let body: Element = gloo::utils::document().body().expect("a body").into();
    dom::key_down(&body, "?");
    dom::settle().await;
    assert!(dom::attr(&dialog, "open").is_some());
    let inside = gloo::utils::document().active_element().expect("a focused element");
    assert!(dialog.contains(Some(&inside)), "focus moves into the overlay");
    // Shortcut keys do nothing while it is open.
    let before = query();
    dom::key_down(&inside, "v");
    dom::settle().await;
    assert_eq!(query(), before);
    dom::click(&dom::one(&dialog, "button"));
    dom::settle().await;
    assert!(dom::attr(&dialog, "open").is_none());

    // The visible button opens it too, and focus returns to the button.
    let button = dom::one(&root, "[data-action=\"shortcuts\"]");
    button.unchecked_ref::<HtmlElement>().focus().expect("focus");
    dom::click(&button);
    dom::settle().await;
    assert!(dom::attr(&dialog, "open").is_some());
    dom::click(&dom::one(&dialog, "button"));
    dom::settle().await;
    assert!(dom::attr(&dialog, "open").is_none());
    let active = gloo::utils::document().active_element().expect("a focused element");
    assert_eq!(dom::attr(&active, "data-action").as_deref(), Some("shortcuts"));
}
