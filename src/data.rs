//! The site's data, fetched when first needed and kept for the session.
//!
//! The web app embeds no articles. `index.html` names the index file in a preload link
//! (`link#parallax-index`, put there by the build), so the browser fetches it while the wasm
//! compiles; [`site`] gives it once it has arrived. [`event`] gives one event's data, fetching
//! its file (named in the index, next to it in `data/`) the first time a page of the event asks.
//! Each outcome is kept: a loaded event is decoded once and its [`EventIndex`] built once, from
//! the tables the build computed; a failed load stays failed until [`retry`] is called.
//!
//! The component that calls [`use_data`] (the page) re-renders when a load completes.

use std::cell::RefCell;
use std::rc::Rc;

use parallax_core::site::{decode_event, decode_index, Catalog, EventData, EventEntry, SiteIndex};
use parallax_core::view::EventIndex;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// The `id` of the preload link that names the index file.
const INDEX_LINK: &str = "parallax-index";

/// Where a load is.
#[derive(Debug, Clone, PartialEq)]
pub enum Load<T> {
    /// Asked for; not there yet.
    Loading,
    /// Here.
    Ready(T),
    /// It failed; the message says why, in words for readers.
    Failed(Rc<str>),
}

/// The site's index with its search structure.
#[derive(Debug)]
pub struct Site {
    /// The index.
    pub index: SiteIndex,
    /// The events folded for the events page's search.
    pub catalog: Catalog,
}

/// One event's data, decoded, with its index.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The data file's content.
    pub data: &'static EventData,
    /// The event's index, built from the shipped tables.
    pub index: Rc<EventIndex<'static>>,
}

impl PartialEq for Loaded {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.data, other.data)
    }
}

/// What [`event`] knows about an event. The entry is the index's, once the index is there.
#[derive(Debug, Clone, PartialEq)]
pub enum EventLoad {
    /// The index or the event's file is on its way.
    Loading(Option<&'static EventEntry>),
    /// Loading the index or the event's file failed; the message says why.
    Failed(Option<&'static EventEntry>, Rc<str>),
    /// The index has no such event.
    Unknown,
    /// Here.
    Ready(Loaded),
}

/// The session's loads.
#[derive(Default)]
struct Store {
    index: Option<Load<&'static Site>>,
    /// The index file's address, once read from the page.
    index_url: Option<String>,
    /// Per event id, its data's load.
    events: Vec<(String, Load<Loaded>)>,
    /// Re-renders the component that called [`use_data`] last.
    notify: Option<Callback<()>>,
    /// The addresses fetched so far: a second fetch (a retry) never takes a prefetched response.
    fetched: Vec<String>,
}

thread_local! {
    static STORE: RefCell<Store> = RefCell::new(Store::default());
}

/// The site's index: starts fetching it on the first call.
pub fn site() -> Load<&'static Site> {
    if let Some(load) = STORE.with(|store| store.borrow().index.clone()) {
        return load;
    }
    STORE.with(|store| store.borrow_mut().index = Some(Load::Loading));
    match index_url() {
        Some(url) => {
            STORE.with(|store| store.borrow_mut().index_url = Some(url.clone()));
            fetch_bytes(&url, |bytes| {
                let load = match bytes.and_then(|bytes| decode_index(&bytes).map_err(|err| err.to_string())) {
                    Ok(index) => Load::Ready(leak_site(index)),
                    Err(message) => Load::Failed(failure("the list of events", &message)),
                };
                complete(|store| store.index = Some(load));
            });
        }
        None => complete(|store| {
            let message = "This page does not say where its data is: it was not built by Parallax’s build.";
            store.index = Some(Load::Failed(Rc::from(message)));
        }),
    }
    STORE.with(|store| store.borrow().index.clone()).unwrap_or(Load::Loading)
}

/// An event's data: starts fetching it (and the index) on the first call. Its file is found in
/// the index, or before the index has come in the page's data link (`data-events`), so that an
/// event's page does not wait for the index: it shows as soon as its own file is in.
pub fn event(id: &str) -> EventLoad {
    let site = site();
    let entry = match &site {
        Load::Ready(site) => match site.index.events.iter().find(|entry| entry.id == id) {
            Some(entry) => Some(entry),
            None => return EventLoad::Unknown,
        },
        Load::Loading | Load::Failed(_) => None,
    };
    let known = STORE.with(|store| {
        store.borrow().events.iter().find(|(known, _)| known == id).map(|(_, load)| load.clone())
    });
    match known {
        Some(Load::Ready(loaded)) => return EventLoad::Ready(loaded),
        Some(Load::Failed(message)) => return EventLoad::Failed(entry, message),
        Some(Load::Loading) => return EventLoad::Loading(entry),
        None => {}
    }
    let Some(file) = entry.map(|entry| entry.file.clone()).or_else(|| linked_file(id)) else {
        return match site {
            Load::Failed(message) => EventLoad::Failed(None, message),
            _ => EventLoad::Loading(None),
        };
    };
    set_event(id, Load::Loading, false);
    let base = STORE.with(|store| store.borrow().index_url.clone()).unwrap_or_default();
    let url = format!("{}{file}", base.get(..base.rfind('/').map_or(0, |slash| slash + 1)).unwrap_or(""));
    let id = id.to_string();
    fetch_bytes(&url, move |bytes| {
        let load = match bytes.and_then(|bytes| decode_event(&bytes).map_err(|err| err.to_string())) {
            Ok(data) => Load::Ready(loaded(data)),
            Err(message) => Load::Failed(failure("this event’s articles", &message)),
        };
        set_event(&id, load, true);
    });
    EventLoad::Loading(entry)
}

/// The data file of event `id` that the page's data link lists (`data-events`: "id file id file
/// …"), if any.
fn linked_file(id: &str) -> Option<String> {
    let link = gloo::utils::document().get_element_by_id(INDEX_LINK)?;
    let events = link.get_attribute("data-events")?;
    let mut words = events.split(' ');
    while let (Some(known), Some(file)) = (words.next(), words.next()) {
        if known == id {
            return Some(file.to_string());
        }
    }
    None
}

/// Forgets failed loads, so that the next [`site`] or [`event`] call fetches again, and
/// re-renders.
pub fn retry() {
    complete(|store| {
        if matches!(store.index, Some(Load::Failed(_))) {
            store.index = None;
        }
        store.events.retain(|(_, load)| !matches!(load, Load::Failed(_)));
    });
}

/// Uses the given index and event files as if they had been fetched (for tests, which have no
/// server for them). Files that do not decode are skipped.
pub fn install(index: &[u8], events: &[&[u8]]) {
    let Ok(index) = decode_index(index) else { return };
    let site = leak_site(index);
    let loads: Vec<(String, Load<Loaded>)> = events
        .iter()
        .filter_map(|bytes| decode_event(bytes).ok())
        .map(|data| (data.event.id.clone(), Load::Ready(loaded(data))))
        .collect();
    complete(|store| {
        store.index = Some(Load::Ready(site));
        store.events = loads;
    });
}

/// Forgets every load and where the index is (for tests).
pub fn forget() {
    complete(|store| {
        store.index = None;
        store.index_url = None;
        store.events.clear();
    });
}

fn leak_site(index: SiteIndex) -> &'static Site {
    let catalog = Catalog::new(&index);
    Box::leak(Box::new(Site { index, catalog }))
}

/// Keeps decoded data for the session (it is never freed: pages borrow it for as long as they
/// live) and builds its index.
fn loaded(data: EventData) -> Loaded {
    let data: &'static EventData = Box::leak(Box::new(data));
    let index = Rc::new(EventIndex::with_tables(&data.event, &data.analysis, &data.tables));
    Loaded { data, index }
}

fn set_event(id: &str, load: Load<Loaded>, notify: bool) {
    let update = move |store: &mut Store| {
        store.events.retain(|(known, _)| known != id);
        store.events.push((id.to_string(), load));
    };
    if notify {
        complete(update);
    } else {
        STORE.with(|store| update(&mut store.borrow_mut()));
    }
}

/// Changes the store, then re-renders the page (outside the borrow, since the page reads the
/// store).
fn complete(change: impl FnOnce(&mut Store)) {
    let notify = STORE.with(|store| {
        let mut store = store.borrow_mut();
        change(&mut store);
        store.notify.clone()
    });
    if let Some(notify) = notify {
        notify.emit(());
    }
}

/// A message for readers about a failed load of `what`.
fn failure(what: &str, why: &str) -> Rc<str> {
    Rc::from(format!("Parallax could not load {what}: {why}."))
}

/// The index file's address, from the page's preload link.
fn index_url() -> Option<String> {
    let link = gloo::utils::document().get_element_by_id(INDEX_LINK)?;
    let href = js_sys::Reflect::get(&link, &JsValue::from_str("href")).ok()?.as_string()?;
    (!href.is_empty()).then_some(href)
}

/// The response the page's prefetch script (`assets/js/prefetch.js`) started for `url`, if any
/// and if this is the first fetch of `url` (a retry fetches anew, even if the script ran late).
fn prefetched(url: &str) -> Option<js_sys::Promise> {
    let first = STORE.with(|store| {
        let fetched = &mut store.borrow_mut().fetched;
        let first = !fetched.iter().any(|known| known == url);
        if first {
            fetched.push(url.to_string());
        }
        first
    });
    if !first {
        return None;
    }
    let window = gloo::utils::window();
    let name = JsValue::from_str("__parallaxPrefetch");
    let stash = js_sys::Reflect::get(&window, &name).ok().filter(JsValue::is_object);
    let Some(stash) = stash else {
        // The script has not run (yet): this tells it that it is too late to start anything.
        let _ = js_sys::Reflect::set(&window, &name, &js_sys::Object::new());
        return None;
    };
    let key = JsValue::from_str(url);
    let promise = js_sys::Reflect::get(&stash, &key).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    let _ = js_sys::Reflect::delete_property(stash.unchecked_ref::<js_sys::Object>(), &key);
    Some(promise)
}

/// Fetches `url`'s bytes (or takes the prefetched response), then calls `done` with them, or
/// with why not in words for readers.
/// Promise callbacks rather than a Rust future, which would cost the web app an executor; each
/// callback serves both outcomes (only one ever happens) and is handed over to JavaScript for
/// good (a few bytes a load; its Rust closure is dropped once called).
fn fetch_bytes(url: &str, done: impl FnOnce(Result<Vec<u8>, String>) + 'static) {
    let Some(window) = web_sys::window() else { return done(Err("no window".into())) };
    let on_response = Closure::once(move |response: JsValue| {
        let Ok(response) = response.dyn_into::<web_sys::Response>() else {
            return done(Err("the network request failed; check the connection".into()));
        };
        if !response.ok() {
            let status = response.status();
            let why = if status == 404 {
                "the file is gone from the server (404), most likely because the site was updated since this page was opened; reload the page".to_string()
            } else {
                format!("the server answered {status} {}", response.status_text())
            };
            return done(Err(why));
        }
        let Ok(body) = response.array_buffer() else { return done(Err("the answer has no body".into())) };
        let on_body = Closure::once(move |body: JsValue| match body.dyn_into::<js_sys::ArrayBuffer>() {
            Ok(buffer) => done(Ok(js_sys::Uint8Array::new(&buffer).to_vec())),
            Err(_) => done(Err("the download was cut short".into())),
        });
        let _ = body.then2(&on_body, &on_body);
        on_body.forget();
    });
    let response = prefetched(url).unwrap_or_else(|| window.fetch_with_str(url));
    let _ = response.then2(&on_response, &on_response);
    on_response.forget();
}

/// Makes the calling component (the page) re-render when a load completes.
#[hook]
pub fn use_data() {
    let update = use_force_update();
    STORE.with(|store| store.borrow_mut().notify = Some(Callback::from(move |()| update.force_update())));
}

/// A reference into data that lives for the whole program (the loaded data, or test data), for
/// use in component props: two are equal when they point at the same value, so comparing props is
/// cheap and never walks an article.
#[derive(Debug)]
pub struct Static<T: 'static>(pub &'static T);

impl<T> Clone for Static<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Static<T> {}

impl<T> PartialEq for Static<T> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl<T> std::ops::Deref for Static<T> {
    type Target = T;

    fn deref(&self) -> &T {
        self.0
    }
}
