//! Browser tests of loading the site's data: a page without its data link, and an index that
//! cannot be fetched (the test runner's server has no data files) with "Try again".
#![cfg(target_arch = "wasm32")]

#[path = "support/dom.rs"]
mod dom;

use std::time::Duration;

use parallax_app::data;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// Waits (up to about two seconds) until `selector` shows under `root`.
async fn wait_for(root: &Element, selector: &str) -> Element {
    for _ in 0..100 {
        if let Some(found) = dom::all(root, selector).into_iter().next() {
            return found;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
        dom::settle().await;
    }
    panic!("{selector} never showed: {}", dom::text(root));
}

/// The page's data link, as the build writes it, pointing at `href`; `None` removes it.
fn set_data_link(href: Option<&str>) {
    let document = gloo::utils::document();
    if let Some(old) = document.get_element_by_id("parallax-index") {
        old.remove();
    }
    if let Some(href) = href {
        let link = document.create_element("link").expect("a link");
        link.set_id("parallax-index");
        link.set_attribute("href", href).expect("an href");
        document.head().expect("a head").append_child(&link).expect("attach the link");
    }
}

#[wasm_bindgen_test]
async fn a_page_without_its_data_link_says_so_instead_of_staying_blank() {
    data::forget();
    set_data_link(None);
    let root = dom::open_app_as_is("#/").await;
    let error = wait_for(&root, "[data-load-error]").await;
    assert!(dom::text(&error).contains("does not say where its data is"), "{}", dom::text(&error));
    assert_eq!(dom::attr(&error, "role").as_deref(), Some("alert"));
    data::forget();
}

#[wasm_bindgen_test]
async fn an_index_that_cannot_be_fetched_shows_why_and_try_again_fetches_again() {
    data::forget();
    set_data_link(Some("/no-such-data/index.0000000000000000.bin"));
    let root = dom::open_app_as_is("#/e/some-event/compare").await;
    let error = wait_for(&root, "[data-load-error]").await;
    let text = dom::text(&error);
    assert!(text.contains("the list of events") && text.contains("404"), "{text}");
    // The fetches of the index so far, from the browser's resource timings.
    let attempts = || {
        let entries = gloo::utils::window().performance().map(|p| p.get_entries_by_type("resource"));
        entries.map_or(0, |entries| {
            entries
                .iter()
                .filter_map(|entry| js_sys::Reflect::get(&entry, &"name".into()).ok()?.as_string())
                .filter(|name| name.contains("/no-such-data/"))
                .count()
        })
    };
    let before = attempts();
    dom::click(&dom::one(&root, "[data-action=retry]"));
    dom::settle().await;
    wait_for(&root, "[data-load-error]").await;
    yew::platform::time::sleep(Duration::from_millis(100)).await;
    assert!(attempts() > before, "Try again fetched the index again ({before} before)");
    set_data_link(None);
    data::forget();
}
