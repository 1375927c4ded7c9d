//! Small DOM helpers shared by the browser tests: a fresh root element, waiting for Yew to
//! render, querying, clicking and typing, the seed site's data (which the tests install in the
//! app's store, as there is no server for it), and opening the whole app at an address.
// Each test file uses its own subset of the helpers.
#![allow(dead_code)]

use std::time::Duration;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

/// A new, empty `<div>` attached to the document body.
pub fn fresh_root() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("create a div");
    document.body().expect("a body").append_child(&root).expect("attach the div");
    root
}

/// Lets Yew's scheduler (and any effects it queues) run.
pub async fn settle() {
    for _ in 0..4 {
        yew::platform::time::sleep(Duration::ZERO).await;
    }
}

/// Every element under `root` that matches `selector`, in document order.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("a valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

/// The one element under `root` that matches `selector`; fails the test otherwise.
pub fn one(root: &Element, selector: &str) -> Element {
    let found = all(root, selector);
    assert_eq!(found.len(), 1, "expected exactly one {selector}, found {}", found.len());
    found.into_iter().next().expect("one element")
}

/// The element's text content.
pub fn text(element: &Element) -> String {
    element.text_content().unwrap_or_default()
}

/// The value of an attribute, or `None`.
pub fn attr(element: &Element, name: &str) -> Option<String> {
    element.get_attribute(name)
}

/// Clicks an element as a user would (the browser fires the input and change events of a
/// checkbox, and submits a form for a submit button).
pub fn click(element: &Element) {
    element.dyn_ref::<HtmlElement>().expect("an HTML element").click();
}

/// Dispatches a bubbling `keydown` for `key` at the element.
pub fn key_down(element: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("a keyboard event");
    element.dispatch_event(&event).expect("dispatch keydown");
}

/// The seed site's data files as the build wrote them (`INDEX`, `EVENTS`).
mod seed_files {
    include!(concat!(env!("OUT_DIR"), "/site_files.rs"));
}

/// Puts the seed site's data in the app's store, as if fetched (once, unless a test made the
/// store forget it).
pub fn install_seed() {
    if !matches!(parallax_app::data::site(), parallax_app::data::Load::Ready(_)) {
        parallax_app::data::install(seed_files::INDEX, seed_files::EVENTS);
    }
}

/// Every event of the seed site, loaded.
pub fn events() -> Vec<parallax_app::data::Loaded> {
    install_seed();
    let parallax_app::data::Load::Ready(site) = parallax_app::data::site() else { panic!("the seed index") };
    site.index.events.iter().map(|entry| loaded(&entry.id)).collect()
}

/// One event of the seed site, loaded.
pub fn loaded(id: &str) -> parallax_app::data::Loaded {
    install_seed();
    match parallax_app::data::event(id) {
        parallax_app::data::EventLoad::Ready(loaded) => loaded,
        other => panic!("the seed site has no event {id}: {other:?}"),
    }
}

thread_local! {
    /// The app the last test opened: one app at a time, as on the real page.
    static OPEN_APP: std::cell::RefCell<Option<yew::AppHandle<parallax_app::app::App>>> =
        const { std::cell::RefCell::new(None) };
}

/// The tab's history.
pub fn history() -> web_sys::History {
    gloo::utils::window().history().expect("a history")
}

/// How many entries the tab's history has.
pub fn history_len() -> u32 {
    history().length().expect("a length")
}

/// Opens the whole app at `fragment` (`#/…`) in a fresh root, after closing the app the last
/// test opened, and waits for it to render.
pub async fn open_app(fragment: &str) -> Element {
    install_seed();
    open_app_as_is(fragment).await
}

/// Opens the whole app at `fragment` with the data store as it is (see [`open_app`]).
pub async fn open_app_as_is(fragment: &str) -> Element {
    history()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment))
        .expect("a fragment URL");
    if let Some(app) = OPEN_APP.with(|app| app.borrow_mut().take()) {
        app.destroy();
    }
    let root = fresh_root();
    let app = yew::Renderer::<parallax_app::app::App>::with_root(root.clone()).render();
    OPEN_APP.with(|open| *open.borrow_mut() = Some(app));
    settle().await;
    root
}
