//! Browser tests of the event views (overview with the coverage matrix, quotes, sources) on the
//! seed site, routed through the page's own address: the filter bar (chips and search write
//! the URL and narrow the views, counts update), the coverage matrix and its links, the quote
//! ledger's word differences, the sources matrix, the event navigation, and notices for bad link
//! parts. Expectations are computed with `parallax_core::view` from the site's data, so they hold for
//! any corpus; one test checks the seed event's Iran quote by name.
#![cfg(target_arch = "wasm32")]

#[path = "support/dom.rs"]
mod dom;

use parallax_app::pages::event::COVERAGE_ROWS;
use parallax_app::router::Location;
use parallax_core::analysis::{DiffOp, EventAnalysis};
use parallax_core::link::{EventView, Filter, Page, MAX_SEARCH_CHARS};
use parallax_core::model::Event;
use parallax_core::view::{CoverageOrder, EventIndex};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The seed event, whose Iran quote the ledger test looks for.
const SEED_EVENT: &str = "putin-trump-call-2025-07-03";

/// Sets the page's address to `#path?query` in place, then renders the app there, closing the
/// one opened before; returns the app's root.
async fn open(path: &str, query: &str) -> Element {
    let url = if query.is_empty() { format!("#{path}") } else { format!("#{path}?{query}") };
    dom::open_app(&url).await
}

/// The first event of the site that has topics, claims, quotes and credits: every view has
/// something to show.
fn rich_event() -> (&'static Event, &'static EventAnalysis, std::rc::Rc<EventIndex<'static>>) {
    let loaded = dom::events()
        .into_iter()
        .find(|loaded| {
            let analysis = &loaded.data.analysis;
            !analysis.topics.is_empty()
                && !analysis.claims.is_empty()
                && !analysis.quotes.is_empty()
                && !analysis.attributions.is_empty()
        })
        .expect("the site has an event with topics, claims, quotes and credits");
    (&loaded.data.event, &loaded.data.analysis, loaded.index)
}

fn page_path(event: &Event, page: Page) -> String {
    let suffix = match page {
        Page::Overview => "",
        Page::Compare => "/compare",
        Page::Quotes => "/quotes",
        Page::Sources => "/sources",
        Page::Differences => "/differences",
    };
    format!("/e/{}{suffix}", event.id)
}

/// The view the page's address holds now, read as `page` of `event`.
fn current_view(page: Page, event: &Event, analysis: &EventAnalysis) -> EventView {
    EventView::parse(page, Location::current().query_str(), event, analysis).view
}

fn attrs(elements: &[Element], name: &str) -> Vec<String> {
    elements.iter().filter_map(|element| dom::attr(element, name)).collect()
}

/// Types `text` into a text input as a user would: the value changes, then `input` fires.
fn type_into(input: &Element, text: &str) {
    let input: &HtmlInputElement = input.unchecked_ref();
    input.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).expect("an input event");
    input.dispatch_event(&event).expect("dispatch input");
}

/// Reads a link's `href` (`#/e/<id>/compare?…`) as a compare view of `event`.
fn compare_link(link: &Element, event: &Event, analysis: &EventAnalysis) -> EventView {
    let href = dom::attr(link, "href").expect("an href");
    let location = Location::from_hash(&href);
    assert_eq!(location.path(), page_path(event, Page::Compare), "{href}");
    let parsed = EventView::parse(Page::Compare, location.query_str(), event, analysis);
    assert!(parsed.notices.is_empty(), "{href}: {:?}", parsed.notices);
    parsed.view
}

/// The coverage rows the overview shows at first for `filter`, in `order`.
fn coverage_rows_in(index: &EventIndex<'static>, filter: &Filter, order: CoverageOrder) -> Vec<String> {
    let matrix = index.coverage(&index.filter(filter), order);
    matrix.rows.iter().take(COVERAGE_ROWS).map(|row| row.claim_id.to_string()).collect()
}

/// The coverage rows the overview shows at first for `filter`, most carried first.
fn coverage_rows(index: &EventIndex<'static>, filter: &Filter) -> Vec<String> {
    coverage_rows_in(index, filter, CoverageOrder::MostCarried)
}

#[wasm_bindgen_test]
async fn the_overview_shows_who_reported_which_claim_with_links_in_context() {
    let (event, analysis, index) = rich_event();
    let root = open(&page_path(event, Page::Overview), "").await;
    let table = dom::one(&root, "table[data-view=coverage]");
    let matrix = index.coverage(&index.filter(&Filter::default()), CoverageOrder::MostCarried);
    let grid = index.coverage_grid(&matrix.rows);
    let rows = dom::all(&table, "tbody tr[data-claim]");
    assert_eq!(attrs(&rows, "data-claim"), coverage_rows(&index, &Filter::default()));
    for (n, row) in rows.iter().enumerate() {
        let cells = dom::all(row, "td[data-carried]");
        assert_eq!(cells.len(), event.articles.len(), "every outlet has a column");
        for (cell, ids) in cells.iter().zip(grid.row(n)) {
            let carried = if ids.is_empty() { "no" } else { "yes" };
            assert_eq!(dom::attr(cell, "data-carried").as_deref(), Some(carried));
            // "Reported in the headline", "… in the lead", "… in the body", "… in the last third".
            let words = dom::attr(cell, "aria-label").unwrap_or_default();
            if ids.is_empty() {
                assert_eq!(words, "Not reported", "the cell's words");
            } else {
                assert!(words.starts_with("Reported in the "), "the cell's words: {words}");
                assert!(dom::attr(cell, "data-place").is_some(), "where the claim stands");
            }
        }
        // The row's link opens compare on the claim's first sentence, beside its outlets.
        let view = compare_link(&dom::one(row, "a[data-action=open-claim]"), event, analysis);
        let first = grid.row(n).find_map(|ids| ids.first().copied());
        assert_eq!(view.focus.as_deref(), first);
        let carriers = matrix.outlets.iter().zip(grid.row(n)).filter(|(_, ids)| !ids.is_empty()).count();
        assert!(view.compare.outlets.len() >= carriers.clamp(2, 5).min(event.articles.len()));
    }
    // The table scrolls inside a focusable, labelled region.
    let region = dom::one(&root, ".table-scroll[role=region][tabindex='0']");
    assert!(dom::attr(&region, "aria-label").is_some());
}

#[wasm_bindgen_test]
async fn long_coverage_tables_show_all_on_demand() {
    let (event, _, index) = rich_event();
    let root = open(&page_path(event, Page::Overview), "").await;
    let rows = || attrs(&dom::all(&root, "table[data-view=coverage] tbody tr"), "data-claim");
    assert_eq!(rows(), coverage_rows_in(&index, &Filter::default(), CoverageOrder::MostCarried));

    let all = index.coverage(&index.filter(&Filter::default()), CoverageOrder::MostCarried).rows.len();
    let show_all = dom::all(&root, "[data-action=show-all-claims]");
    if all > COVERAGE_ROWS {
        dom::click(&show_all[0]);
        dom::settle().await;
        assert_eq!(rows().len(), all);
        assert!(dom::all(&root, "[data-action=show-all-claims]").is_empty());
    } else {
        assert!(show_all.is_empty());
    }
}

#[wasm_bindgen_test]
async fn topic_chips_write_the_url_and_narrow_every_view() {
    let (event, analysis, index) = rich_event();
    let topic = analysis.topics.first().expect("a topic");
    for page in [Page::Overview, Page::Quotes, Page::Sources, Page::Differences] {
        let root = open(&page_path(event, page), "").await;
        let entries = dom::history_len();
        let chip = dom::one(&root, &format!("button[data-topic='{}']", topic.id));
        assert_eq!(dom::attr(&chip, "aria-pressed").as_deref(), Some("false"));
        dom::click(&chip);
        dom::settle().await;

        let chosen = Filter { topics: vec![topic.id.clone()], text: String::new() };
        assert_eq!(current_view(page, event, analysis).filter, chosen, "{page:?}");
        assert_eq!(dom::history_len(), entries + 1, "a chip adds a history entry");
        let chip = dom::one(&root, &format!("button[data-topic='{}']", topic.id));
        assert_eq!(dom::attr(&chip, "aria-pressed").as_deref(), Some("true"));
        let matches = index.filter(&chosen);
        let count = dom::one(&root, ".match-count[role=status]");
        assert!(
            dom::text(&count).starts_with(&format!("{} sentence", matches.len())),
            "{}",
            dom::text(&count)
        );
        match page {
            Page::Overview => {
                let rows = dom::all(&root, "table[data-view=coverage] tbody tr[data-claim]");
                assert_eq!(attrs(&rows, "data-claim"), coverage_rows(&index, &chosen));
            }
            Page::Quotes => {
                let families = dom::all(&root, "[data-quote-family]");
                let expected: Vec<String> = index
                    .quote_ledger(&matches)
                    .iter()
                    .flat_map(|group| group.families.iter().map(|family| family.id.clone()))
                    .collect();
                assert_eq!(attrs(&families, "data-quote-family"), expected);
            }
            Page::Differences => {
                let items = dom::all(&root, "li[data-difference]");
                let expected: Vec<String> =
                    index.differences_matching(&matches).iter().map(ToString::to_string).collect();
                assert_eq!(attrs(&items, "data-difference"), expected);
            }
            _ => {
                let rows = dom::all(&root, "tr[data-source]");
                let expected: Vec<&str> = index.sources(&matches).rows.iter().map(|row| row.source).collect();
                assert_eq!(attrs(&rows, "data-source"), expected);
            }
        }

        // Clicking the chip again, then "clear filters" once something is chosen, undoes it.
        dom::click(&chip);
        dom::settle().await;
        assert_eq!(current_view(page, event, analysis).filter, Filter::default());
        assert!(dom::all(&root, "[data-action=clear-filters]").is_empty());
        dom::click(&dom::one(&root, &format!("button[data-topic='{}']", topic.id)));
        dom::settle().await;
        dom::click(&dom::one(&root, "[data-action=clear-filters]"));
        dom::settle().await;
        assert_eq!(current_view(page, event, analysis).filter, Filter::default());
    }
}

#[wasm_bindgen_test]
async fn search_narrows_in_place_and_keeps_what_is_typed() {
    let (event, analysis, index) = rich_event();
    // A word of the event's first claim member: something certainly matches.
    let word = index
        .coverage(&index.filter(&Filter::default()), CoverageOrder::Story)
        .rows
        .first()
        .and_then(|row| row.summary.split_whitespace().max_by_key(|word| word.len()))
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .expect("a claim with words");
    let root = open(&page_path(event, Page::Overview), "").await;
    let entries = dom::history_len();
    let search = dom::one(&root, "input[type=search][data-action=search]");
    let typed = format!("{word} ");
    type_into(&search, &typed);
    dom::settle().await;

    let filter = Filter { topics: Vec::new(), text: word.clone() };
    assert_eq!(current_view(Page::Overview, event, analysis).filter, filter);
    assert_eq!(dom::history_len(), entries, "typing replaces the entry");
    let search = dom::one(&root, "[data-action=search]");
    assert_eq!(search.unchecked_ref::<HtmlInputElement>().value(), typed, "the box keeps the space");
    let rows = dom::all(&root, "table[data-view=coverage] tbody tr[data-claim]");
    assert!(!rows.is_empty());
    assert_eq!(attrs(&rows, "data-claim"), coverage_rows(&index, &filter));

    // Text that matches nothing empties the table and says so; the chip counts drop to zero.
    type_into(&search, "zqxjv-no-such-word");
    dom::settle().await;
    assert!(dom::all(&root, "table[data-view=coverage]").is_empty());
    assert!(dom::text(&dom::one(&root, ".coverage-section .empty")).contains("No claim"));
    for count in dom::all(&root, "[data-topic] .chip-count") {
        assert_eq!(dom::text(&count), "0");
    }
}

#[wasm_bindgen_test]
async fn the_ledger_marks_inserted_and_removed_words_of_every_wording() {
    let (event, analysis, _) = rich_event();
    let root = open(&page_path(event, Page::Quotes), "").await;
    let families = dom::all(&root, "[data-speaker] [data-quote-family]");
    assert_eq!(families.len(), analysis.quotes.len());
    for family in &analysis.quotes {
        let element = dom::one(&root, &format!("[data-quote-family='{}']", family.id));
        let variants = dom::all(&element, "[data-variant-outlet]");
        let outlets: Vec<&str> = family.variants.iter().map(|variant| variant.outlet.as_str()).collect();
        assert_eq!(attrs(&variants, "data-variant-outlet"), outlets);
        for (item, variant) in variants.iter().zip(&family.variants) {
            let count = |want: fn(&DiffOp) -> bool| variant.diff.iter().filter(|op| want(op)).count();
            let inserted = count(|op| matches!(op, DiffOp::Inserted(_)));
            assert_eq!(dom::all(item, "ins").len(), inserted, "{} {}", family.id, variant.outlet);
            if !variant.partial {
                let removed = count(|op| matches!(op, DiffOp::Removed(_)));
                assert_eq!(dom::all(item, "del").len(), removed, "{} {}", family.id, variant.outlet);
            }
            for ins in dom::all(item, "ins") {
                assert!(dom::text(&ins).starts_with("added: "), "{}", dom::text(&ins));
            }
            for del in dom::all(item, "del") {
                assert!(dom::text(&del).starts_with("removed: "), "{}", dom::text(&del));
            }
            let view = compare_link(&dom::one(item, "a[data-action=open-quote]"), event, analysis);
            assert_eq!(view.focus.as_deref(), Some(variant.sentence.as_str()));
            assert_eq!(view.compare.outlets.first(), Some(&variant.outlet));
        }
    }
}

/// The seeds' Trump quote about Iran comes in two translations: RT's differs from Newsweek's.
#[wasm_bindgen_test]
async fn the_seed_ledger_shows_the_iran_quote_and_its_word_differences() {
    let loaded = dom::loaded(SEED_EVENT);
    let (event, analysis) = (&loaded.data.event, &loaded.data.analysis);
    let family = analysis
        .quotes
        .iter()
        .find(|family| family.canonical.contains("including Iran"))
        .expect("the Iran quote family");
    let root = open(&page_path(event, Page::Quotes), "q=Iran").await;
    let element = dom::one(&root, &format!("[data-quote-family='{}']", family.id));
    let outlets = attrs(&dom::all(&element, "[data-variant-outlet]"), "data-variant-outlet");
    assert!(outlets.iter().any(|outlet| outlet == "rt") && outlets.iter().any(|outlet| outlet == "newsweek"));
    let rt = dom::all(&element, "[data-variant-outlet=rt]");
    let marks: usize = rt.iter().map(|item| dom::all(item, "ins, del").len()).sum();
    assert!(marks > 0, "RT's wording differs from the most common one");
    let speaker = element.closest("[data-speaker]").ok().flatten().expect("a speaker section");
    assert_eq!(dom::attr(&speaker, "data-speaker").as_deref(), family.speaker.as_deref());
}

#[wasm_bindgen_test]
async fn the_sources_matrix_has_a_row_per_source_and_links_per_credit() {
    let (event, analysis, index) = rich_event();
    let root = open(&page_path(event, Page::Sources), "").await;
    let matrix = index.sources(&index.filter(&Filter::default()));
    let rows = dom::all(&root, "table[data-view=sources] tr[data-source]");
    let expected: Vec<&str> = matrix.rows.iter().map(|row| row.source).collect();
    assert_eq!(attrs(&rows, "data-source"), expected);
    for (n, row) in rows.iter().enumerate() {
        let kind = dom::one(row, ".kind");
        assert_eq!(dom::text(&kind), matrix.rows[n].kind.label(), "{}", matrix.rows[n].source);
        let cells = dom::all(row, "td[data-outlet]");
        assert_eq!(attrs(&cells, "data-outlet"), matrix.outlets);
        for (cell, ids) in cells.iter().zip(matrix.grid.row(n)) {
            let links = dom::all(cell, "a");
            assert_eq!(links.len(), ids.len());
            for (link, id) in links.iter().zip(ids) {
                assert_eq!(compare_link(link, event, analysis).focus.as_deref(), Some(*id));
            }
            if ids.is_empty() {
                assert!(dom::text(cell).contains("Not credited"));
            }
        }
    }
}

#[wasm_bindgen_test]
async fn the_event_nav_marks_the_page_and_carries_the_filter() {
    let (event, analysis, _) = rich_event();
    let topic = &analysis.topics.first().expect("a topic").id;
    for page in [Page::Overview, Page::Quotes, Page::Sources, Page::Differences] {
        let root = open(&page_path(event, page), &format!("t={topic}")).await;
        let links = dom::all(&root, ".event-nav a");
        assert_eq!(attrs(&links, "data-page"), ["overview", "compare", "quotes", "sources", "differences"]);
        let current = dom::one(&root, ".event-nav a[aria-current=page]");
        for link in &links {
            let href = dom::attr(link, "href").expect("an href");
            assert!(href.contains(&format!("t={topic}")), "{href}");
        }
        let current_href = dom::attr(&current, "href").expect("an href");
        assert_eq!(Location::from_hash(&current_href).path(), page_path(event, page));
    }
}

#[wasm_bindgen_test]
async fn bad_link_parts_give_notices_and_the_view_still_renders() {
    let (event, _, _) = rich_event();
    let long = "a".repeat(MAX_SEARCH_CHARS + 5);
    for page in [Page::Overview, Page::Quotes, Page::Sources, Page::Differences] {
        let root = open(&page_path(event, page), &format!("t=no-such-topic&q={long}&o=whatever")).await;
        let notices = dom::all(&root, "[data-notice]");
        assert_eq!(attrs(&notices, "data-notice"), ["unknown-topic", "search-cut"], "{page:?}");
        assert!(dom::text(&notices[0]).contains("no-such-topic"));
        assert_eq!(dom::attr(&notices[0], "role").as_deref(), Some("status"));
        assert_eq!(dom::all(&root, "h1").len(), 1);
        assert!(!dom::all(&root, ".filter-bar [data-action=search]").is_empty());
    }
    for path in ["/e/no-such-event/quotes", "/e/no-such-event/sources"] {
        let root = open(path, "t=x").await;
        let notice = dom::one(&root, "[data-notice]");
        assert!(dom::text(&notice).contains("no-such-event"));
        assert_eq!(dom::all(&root, "a[data-event]").len(), dom::events().len());
    }
}
