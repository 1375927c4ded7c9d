//! The compare page (`#/e/<event-id>/compare?o=…`): the picked outlets side by side, as written
//! (Read) or claim by claim (Align).
//!
//! Everything the page shows comes from the link ([`use_event_view`]): outlets, layout, sort,
//! filter, focused sentence and the removed-text toggle. Changes of the view (layout, sort,
//! filter chips, the removed toggle) push a history entry, so that Back and Forward step through
//! them. Changes of the focused sentence (a click or Enter on a sentence, `j`/`k`) *replace* the
//! entry: the link always names the sentence, for Copy link, but Back does not walk through every
//! sentence visited. Hovering highlights without touching the link at all.

use gloo::timers::callback::Timeout;
use parallax_core::link::{EventView, Layout, Page, Sort};
use parallax_core::model::Article;
use parallax_core::view::{Action, Shortcut};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::{href, Route};
use crate::components::align_table::{align_table, apply_topics};
use crate::components::columns::{align_counterparts, OutletColumns};
use crate::components::control::control_of;
use crate::components::copy_link::use_copy_link;
use crate::components::event_header::{controls, event_header};
use crate::components::shortcuts_help::{shortcuts_help, use_modal};
use crate::data::Loaded;
use crate::hooks::use_event_view::{use_event_view, UseEventViewHandle};
use crate::hooks::use_media_query::{use_media_query, NARROW_SCREEN};
use crate::hooks::use_shortcuts::use_shortcuts;

/// Props for [`CompareScreen`].
#[derive(Properties, PartialEq)]
pub struct CompareScreenProps {
    /// The event's data.
    pub loaded: Loaded,
}

/// The view the URL asks for: the event's header and filter bar, the toolbar (layout, sort,
/// removed text, copy link, shortcuts), then the Read columns or the Align table. Must sit inside
/// a router.
#[component]
pub fn CompareScreen(props: &CompareScreenProps) -> Html {
    let handle = use_event_view(&props.loaded, Page::Compare);
    let narrow = use_media_query(NARROW_SCREEN);
    let help = use_state_eq(|| false);
    let dialog = use_modal(*help);
    let copy_link = use_copy_link();
    let root = use_node_ref();
    {
        let (handle, help) = (handle.clone(), help.clone());
        use_shortcuts(Callback::from(move |shortcut| on_shortcut(shortcut, &handle, &help)));
    }
    use_reveal_focused(handle.view());
    use_align_topics(&root, &handle);

    let open_help = {
        let help = help.clone();
        Callback::from(move |_: MouseEvent| help.set(true))
    };
    let close_help = Callback::from(move |()| help.set(false));
    let toolbar = toolbar(&handle, copy_link, open_help);
    html! {
        <div class="page page-wide compare" ref={root}>
            { event_header(handle.event, &handle, Html::default()) }
            { controls(&handle, narrow, toolbar) }
            { content(&handle, narrow) }
            { shortcuts_help(&dialog, &close_help) }
        </div>
    }
}

/// Scrolls the focused sentence into view once rendered, whenever the focus or the layout
/// changes (after the page's own scroll to the top when it opens).
#[hook]
fn use_reveal_focused(view: &EventView) {
    let key = (view.focus.clone(), view.layout);
    use_effect_with(key, |(focus, _)| {
        if focus.is_some() {
            Timeout::new(0, reveal_focused).forget();
        }
    });
}

/// Applies Align's topics in place after each render (see `align_table`).
#[hook]
fn use_align_topics(root: &NodeRef, handle: &UseEventViewHandle) {
    let (root, handle) = (root.clone(), handle.clone());
    use_effect(move || {
        let view = handle.view();
        if let (Layout::Align, Some(root)) = (view.layout, root.cast::<web_sys::Element>()) {
            apply_topics(&root, &handle.index, view, &handle.matches);
        }
    });
}

/// The page's content: the Read columns, the Align table, or a line saying there is nothing to
/// compare.
fn content(handle: &UseEventViewHandle, narrow: bool) -> Html {
    let (event, view) = (handle.event, handle.view());
    if event.articles.is_empty() {
        return html! { <p class="empty">{ "This event has no articles to compare." }</p> };
    }
    if view.layout == Layout::Align {
        let articles: Vec<&'static Article> =
            view.compare.outlets.iter().filter_map(|id| event.article(id)).collect();
        let shown = handle.index.columns(&view.compare.outlets);
        return align_table(&handle.index, &shown, &articles, view, &handle.matches, &handle.searched);
    }
    html! {
        <>
            <OutletColumns
                index={handle.index.clone()}
                matches={handle.matches.clone()}
                outlets={view.compare.outlets.clone()}
                show_removed={view.compare.show_removed}
                {narrow}
                focus={view.focus.clone()}
                on_action={handle.dispatcher()}
            />
        </>
    }
}

/// The toolbar (layout, Align's sort, removed text, copy link, change outlets, shortcuts) and,
/// in Read, the legend of the sentence marks. One handler serves the whole toolbar: it forwards
/// the action the clicked control names (`data-action`, `value`).
fn toolbar(handle: &UseEventViewHandle, copy_link: Html, open_help: Callback<MouseEvent>) -> Html {
    let view = handle.view();
    let on_toolbar_click = {
        let handle = handle.clone();
        Callback::from(move |click: MouseEvent| {
            let action = control_of(&click).and_then(|c| Action::of_control(&c.action, &c.value, c.checked));
            if let Some(action) = action {
                handle.dispatch(action);
            }
        })
    };
    let unique = view.sort == Sort::Unique;
    let is_align = view.layout == Layout::Align;
    html! {
        <>
            <div class="toolbar compare-toolbar" onclick={on_toolbar_click}>
                <div class="segmented" role="group" aria-label="Layout">
                    { layout_button("read", "Read", !is_align) }
                    { layout_button("align", "Align", is_align) }
                </div>
                if is_align {
                    <button
                        type="button"
                        class="button"
                        data-action="sort"
                        value="unique"
                        aria-pressed={if unique { "true" } else { "false" }}
                    >
                        { "Claims one outlet carries first" }
                    </button>
                }
                <label class="toggle">
                    <input type="checkbox" data-action="toggle-removed" checked={view.compare.show_removed} />
                    { " Show removed text" }
                </label>
                { copy_link }
                <a class="button" href={href(&Route::of_page(&handle.event.id, Page::Overview), None)}>{ "Change outlets" }</a>
                <button
                    type="button"
                    class="button"
                    data-action="shortcuts"
                    aria-haspopup="dialog"
                    aria-keyshortcuts="?"
                    onclick={open_help}
                >
                    { "Keyboard shortcuts" }
                </button>
            </div>
            if !is_align {
                { Html::from_html_unchecked(AttrValue::Static(LEGEND_HTML)) }
            }
        </>
    }
}

/// One of the two layout buttons (`[data-action="layout"][value=…]`, `aria-pressed`); the
/// toolbar's click handler does what it says.
fn layout_button(value: &'static str, label: &'static str, pressed: bool) -> Html {
    html! {
        <button
            type="button"
            class="button"
            data-action="layout"
            {value}
            aria-pressed={if pressed { "true" } else { "false" }}
        >
            { label }
        </button>
    }
}

/// What the sentence marks of the Read layout mean, with a sample of each.
const LEGEND_HTML: &str = "<p class=\"mark-legend\">\
<span><span class=\"sentence claim-1\" data-sharing=\"shared\" data-no=\"n\">Shared</span> with a shown outlet (claim number, colour)</span>\
<span><span class=\"sentence\" data-sharing=\"elsewhere\">Elsewhere</span>: only outlets not shown share it</span>\
<span><span class=\"sentence\" data-sharing=\"unique\">Unique</span> to its outlet</span>\
<span class=\"legend-hint\">Point at or tap a sentence to see its counterparts.</span></p>";

/// Does what a shortcut key asks for: a change of the view, or the search box or the list of
/// shortcuts.
fn on_shortcut(shortcut: Shortcut, handle: &UseEventViewHandle, help: &UseStateHandle<bool>) {
    if let Some(action) = shortcut.action() {
        return handle.dispatch(action);
    }
    if shortcut == Shortcut::Help {
        return help.set(true);
    }
    let search = gloo::utils::document().query_selector("[data-action=\"search\"]").ok().flatten();
    if let Some(search) = search.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = search.focus();
    }
}

/// Scrolls the focused sentence into view at once (its column or the align table, and the page,
/// each as little as needed), then its counterparts level with it.
fn reveal_focused() {
    if let Ok(Some(element)) = gloo::utils::document().query_selector(".compare .is-focused") {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        element.scroll_into_view_with_scroll_into_view_options(&options);
        align_counterparts(&element);
    }
}
