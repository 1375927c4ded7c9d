//! Browser tests of the compare view's columns on a small hand-made event: sentences, embeds,
//! removed text, text-only rendering and the tab list of narrow screens.
#![cfg(target_arch = "wasm32")]

#[path = "support/dom.rs"]
mod dom;

use std::rc::Rc;

use parallax_app::components::columns::{OutletColumns, OutletColumnsProps};
use parallax_core::analysis::EventAnalysis;
use parallax_core::link::Filter;
use parallax_core::model::{Article, Block, Embed, Event, Outlet, Piece, Removal, RemovalReason, Sentence};
use parallax_core::view::EventIndex;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn sentence(id: &str, text: &str) -> Sentence {
    Sentence { id: id.into(), text: text.into() }
}

fn article(id: &str, name: &str, blocks: Vec<Block>) -> Article {
    Article {
        file: format!("{id}.txt"),
        outlet: Outlet { id: id.into(), name: name.into() },
        headline: Some(format!("{name} headline")),
        published: Some("2025-07-03".into()),
        blocks,
        word_count: 12,
        ..Article::default()
    }
}

/// Three outlets; "alpha" has a heading, an inline promo, an embedded post and a removed widget.
fn event() -> &'static Event {
    let alpha = article(
        "alpha",
        "Alpha Times",
        vec![
            Block::Heading(sentence("alpha-1", "A heading")),
            Block::Paragraph(vec![
                Piece::Sentence(sentence("alpha-2", "First sentence.")),
                Piece::Removed(Removal { text: "ALSO READ: elsewhere".into(), reason: RemovalReason::Promo }),
                Piece::Sentence(sentence("alpha-3", "Second <b>sentence</b> & more.")),
            ]),
            Block::Embed(Embed {
                sentences: vec![sentence("alpha-4", "A post.")],
                author: Some("Jane Doe".into()),
                handle: Some("jdoe".into()),
                date: Some("July 3, 2025".into()),
                ..Embed::default()
            }),
            Block::Removed(Removal { text: "Share.".into(), reason: RemovalReason::Widget }),
        ],
    );
    let beta = article(
        "beta",
        "Beta News",
        vec![Block::Paragraph(vec![
            Piece::Sentence(sentence("beta-1", "Beta one.")),
            Piece::Sentence(sentence("beta-2", "Beta two.")),
        ])],
    );
    let gamma =
        article("gamma", "Gamma", vec![Block::Paragraph(vec![Piece::Sentence(sentence("gamma-1", "G."))])]);
    Box::leak(Box::new(Event {
        id: "ev".into(),
        title: "An event".into(),
        articles: vec![alpha, beta, gamma],
        ..Event::default()
    }))
}

async fn render(outlets: &[&str], show_removed: bool, narrow: bool) -> web_sys::Element {
    let root = dom::fresh_root();
    let analysis: &'static EventAnalysis = Box::leak(Box::default());
    let index = Rc::new(EventIndex::new(event(), analysis));
    let matches = Rc::new(index.filter(&Filter::default()));
    let props = OutletColumnsProps {
        index,
        matches,
        outlets: outlets.iter().map(|id| id.to_string()).collect(),
        show_removed,
        narrow,
        focus: None,
        on_action: Default::default(),
    };
    yew::Renderer::<OutletColumns>::with_root_and_props(root.clone(), props).render();
    dom::settle().await;
    root
}

fn ids(elements: &[web_sys::Element], attribute: &str) -> Vec<String> {
    elements.iter().filter_map(|element| dom::attr(element, attribute)).collect()
}

#[wasm_bindgen_test]
async fn columns_follow_the_given_order_and_hold_every_sentence() {
    let root = render(&["beta", "alpha"], false, false).await;
    let columns = dom::all(&root, "[data-outlet]");
    assert_eq!(ids(&columns, "data-outlet"), ["beta", "alpha"]);
    assert_eq!(ids(&dom::all(&columns[0], "[data-sentence]"), "data-sentence"), ["beta-1", "beta-2"]);
    assert_eq!(
        ids(&dom::all(&columns[1], "[data-sentence]"), "data-sentence"),
        ["alpha-1", "alpha-2", "alpha-3", "alpha-4"]
    );
    // Wide: every column is a labelled, focusable region, and there is no tab list.
    for column in &columns {
        assert_eq!(dom::attr(column, "tabindex").as_deref(), Some("0"));
        assert!(dom::attr(column, "aria-label").is_some_and(|label| label.ends_with(": article")));
        assert!(dom::attr(column, "hidden").is_none());
    }
    assert!(dom::all(&root, "[role=tablist]").is_empty());
    // Headline, heading and embed are what they say.
    assert_eq!(dom::text(&dom::one(&columns[1], "h2")), "Alpha Times headline");
    assert_eq!(dom::text(&dom::one(&columns[1], "h3")), "A heading");
    let embed = dom::one(&columns[1], "figure.embed");
    assert_eq!(dom::text(&dom::one(&embed, "figcaption")), "Embedded post by Jane Doe (@jdoe)");
    assert_eq!(
        dom::attr(&dom::one(&embed, "blockquote [data-sentence]"), "data-sentence").as_deref(),
        Some("alpha-4")
    );
    assert_eq!(dom::text(&dom::one(&columns[1], "time")), "3 July 2025");
}

#[wasm_bindgen_test]
async fn removed_text_is_hidden_by_default_and_shown_in_place_with_its_reason() {
    let root = render(&["alpha", "beta"], false, false).await;
    assert!(dom::all(&root, "[data-removed]").is_empty());
    assert!(!dom::text(&root).contains("ALSO READ"));

    let root = render(&["alpha", "beta"], true, false).await;
    let removed = dom::all(&root, "[data-removed]");
    assert_eq!(ids(&removed, "data-removed"), ["promo", "widget"]);
    assert!(dom::text(&removed[0]).contains(RemovalReason::Promo.label()));
    assert!(dom::text(&removed[0]).contains("ALSO READ: elsewhere"));
    assert!(dom::text(&removed[1]).contains(RemovalReason::Widget.label()));
    // The inline promo sits in its paragraph, between the sentences it was cut from.
    let paragraph = removed[0].parent_element().expect("a paragraph");
    let text = dom::text(&paragraph);
    let (first, promo, second) = (text.find("First sentence"), text.find("ALSO READ"), text.find("Second"));
    assert!(first < promo && promo < second, "{text}");
}

#[wasm_bindgen_test]
async fn article_text_is_rendered_as_text_never_as_html() {
    let root = render(&["alpha", "beta"], false, false).await;
    let sentence = dom::one(&root, "[data-sentence='alpha-3']");
    assert_eq!(dom::text(&sentence), "Second <b>sentence</b> & more.");
    assert!(dom::all(&sentence, "b").is_empty());
}

#[wasm_bindgen_test]
async fn narrow_screens_get_aria_tabs_that_switch_columns() {
    let root = render(&["alpha", "beta", "gamma"], false, true).await;
    let tablist = dom::one(&root, "[role=tablist]");
    let tabs = dom::all(&tablist, "[role=tab]");
    assert_eq!(ids(&tabs, "data-tab"), ["alpha", "beta", "gamma"]);
    let selected = |root: &web_sys::Element| {
        dom::all(root, "[role=tab]")
            .iter()
            .map(|tab| dom::attr(tab, "aria-selected").unwrap_or_default() == "true")
            .collect::<Vec<_>>()
    };
    let visible = |root: &web_sys::Element| {
        dom::all(root, "[role=tabpanel]")
            .iter()
            .map(|panel| dom::attr(panel, "hidden").is_none())
            .collect::<Vec<_>>()
    };
    assert_eq!(selected(&root), [true, false, false]);
    assert_eq!(visible(&root), [true, false, false]);
    // Every panel is tied to its tab, and only the selected tab is in the Tab order.
    for (tab, panel) in tabs.iter().zip(dom::all(&root, "[role=tabpanel]")) {
        assert_eq!(dom::attr(tab, "aria-controls"), dom::attr(&panel, "id"));
        assert_eq!(dom::attr(&panel, "aria-labelledby"), dom::attr(tab, "id"));
    }
    assert_eq!(ids(&tabs, "tabindex"), ["0", "-1", "-1"]);

    dom::click(&tabs[1]);
    dom::settle().await;
    assert_eq!(selected(&root), [false, true, false]);
    assert_eq!(visible(&root), [false, true, false]);

    dom::key_down(&dom::all(&root, "[role=tab]")[1], "ArrowRight");
    dom::settle().await;
    assert_eq!(selected(&root), [false, false, true]);
    dom::key_down(&dom::all(&root, "[role=tab]")[2], "ArrowRight");
    dom::settle().await;
    assert_eq!(selected(&root), [true, false, false], "Right from the last tab wraps to the first");
    dom::key_down(&dom::all(&root, "[role=tab]")[0], "End");
    dom::settle().await;
    assert_eq!(visible(&root), [false, false, true]);
    // Every sentence stays in the page, hidden or not.
    assert_eq!(dom::all(&root, "[data-sentence]").len(), 7);
}

#[wasm_bindgen_test]
async fn unknown_outlets_are_skipped_and_a_single_column_has_no_tabs() {
    let root = render(&["nope", "gamma"], false, true).await;
    assert_eq!(ids(&dom::all(&root, "[data-outlet]"), "data-outlet"), ["gamma"]);
    assert!(dom::all(&root, "[role=tablist]").is_empty());
    assert!(dom::attr(&dom::one(&root, "[data-outlet]"), "role").is_none());
}
