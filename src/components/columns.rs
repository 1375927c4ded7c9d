//! `OutletColumns`: the compare view's Read layout. The outlets side by side, or as tabs on narrow
//! screens, with linked highlights between a sentence and its counterparts.
//!
//! Hovering a sentence, giving it keyboard focus or tapping it makes it active: its counterparts
//! (the same claim in the other shown outlets) get `.is-counterpart`, and their columns scroll to
//! show them level with it, never moving the page. A click (or Enter) focuses the sentence through
//! `on_action` ([`Action::ToggleFocus`]), which the page writes to the link (`s=`); a focused sentence shows its outlet's
//! tab, and on narrow screens an "Also in" bar switches to its counterparts' outlets.

use std::rc::Rc;

use parallax_core::model::Article;
use parallax_core::view::{Action, Columns, EventIndex, Matches, Sharing};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::components::outlet_column::{column_text, outlet_column, TabPanel};
use crate::components::outlet_tabs::{outlet_tabs, panel_id, tab_id};
use crate::components::sentence::{set_highlights, Marks};

/// Props for [`OutletColumns`].
#[derive(Properties)]
pub struct OutletColumnsProps {
    /// The event's index (the event is [`EventIndex::event`]).
    pub index: Rc<EventIndex<'static>>,
    /// What the filter keeps.
    pub matches: Rc<Matches<'static>>,
    /// The outlet ids to show, in column order; ids the event lacks are skipped.
    pub outlets: Vec<String>,
    /// Whether removed boilerplate is shown in place.
    #[prop_or_default]
    pub show_removed: bool,
    /// Whether to show one outlet at a time behind a tab list.
    #[prop_or_default]
    pub narrow: bool,
    /// The focused sentence (`s=`), if any.
    #[prop_or_default]
    pub focus: Option<String>,
    /// Called with what the reader did: a click or Enter on a sentence ([`Action::ToggleFocus`]),
    /// the "Also in" bar's buttons ([`Action::Focus`]).
    #[prop_or_default]
    pub on_action: Callback<Action>,
}

impl PartialEq for OutletColumnsProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.index, &other.index)
            && self.matches == other.matches
            && self.outlets == other.outlets
            && self.show_removed == other.show_removed
            && self.narrow == other.narrow
            && self.focus == other.focus
            && self.on_action == other.on_action
    }
}

/// One column per outlet. Wide: side by side, each scrolling on its own. Narrow: a tab list and
/// the selected outlet's column; the other columns stay in the page, hidden.
#[component]
pub fn OutletColumns(props: &OutletColumnsProps) -> Html {
    let index = &props.index;
    let event = index.event();
    let articles: Vec<&'static Article> = props.outlets.iter().filter_map(|id| event.article(id)).collect();
    let shown = index.columns(&props.outlets);
    let focus = props.focus.as_deref().and_then(|id| index.sentence(id));
    // The selected tab is kept by outlet id, so that it survives a change of the outlet list.
    let selected = use_state_eq(|| None::<&'static str>);
    let hovered = use_state_eq(|| None::<&'static str>);
    let grid = use_node_ref();

    let active = (*hovered).or(focus.map(|info| info.id));
    let counterparts = active.map(|id| index.counterparts(id, &shown)).unwrap_or_default();
    use_focus_shows_tab(&selected, focus.map(|info| info.outlet));
    use_highlights(&grid, active, focus.map(|info| info.id), counterparts);

    let active_tab =
        selected.and_then(|id| articles.iter().position(|article| article.outlet.id == id)).unwrap_or(0);
    let onselect = {
        let ids: Vec<&'static str> = articles.iter().map(|article| article.outlet.id.as_str()).collect();
        Callback::from(move |index: usize| selected.set(ids.get(index).copied()))
    };
    let handlers = GridHandlers::new(index, &hovered, &props.on_action);
    let texts = use_column_texts(props, &articles, &shown);

    let tabs = props.narrow && articles.len() > 1;
    let columns = articles.iter().zip(texts.iter()).enumerate().map(|(n, (article, text))| {
        let panel =
            tabs.then(|| TabPanel { tab_id: tab_id(n), panel_id: panel_id(n), active: n == active_tab });
        outlet_column(article, panel, text)
    });
    let GridHandlers { onmouseover, onmouseleave, onfocusin, onfocusout, onclick, onkeydown } = handlers;
    html! {
        <div class="columns" data-layout={if tabs { "tabs" } else { "columns" }}>
            if tabs {
                { outlet_tabs(&articles, active_tab, &onselect) }
            }
            <div
                class="column-grid"
                style={format!("--columns: {}", articles.len().max(1))}
                ref={grid}
                {onmouseover}
                {onmouseleave}
                {onfocusin}
                {onfocusout}
                {onclick}
                {onkeydown}
            >
                { for columns }
            </div>
            if tabs {
                if let Some(info) = focus {
                    { also_in(index, info.id, &shown, &props.on_action) }
                }
            }
            { detail_note(index, active, &articles) }
        </div>
    }
}

/// The shown columns' text ([`column_text`]), kept from render to render and written again only
/// when what it depends on changes: the index, the filter, the outlets or the removed-text toggle;
/// not on a hover, a change of focus or a tab switch, which only move highlight classes. (A cell
/// with its key rather than `use_memo`, which costs the wasm about 0.4 KB more.)
#[hook]
fn use_column_texts(props: &OutletColumnsProps, articles: &[&'static Article], shown: &Columns) -> Vec<Html> {
    let cache = use_mut_ref(|| None::<(TextKey, Vec<Html>)>);
    let key = TextKey {
        index: Rc::clone(&props.index),
        matches: Rc::clone(&props.matches),
        outlets: props.outlets.clone(),
        show_removed: props.show_removed,
    };
    if cache.borrow().as_ref().map(|(known, _)| known) != Some(&key) {
        let marks = Marks { index: &props.index, shown, matches: &props.matches };
        let texts = articles.iter().map(|article| column_text(article, props.show_removed, &marks)).collect();
        *cache.borrow_mut() = Some((key, texts));
    }
    let texts = cache.borrow().as_ref().map(|(_, texts)| texts.clone()).unwrap_or_default();
    texts
}

/// What the columns' text depends on (see [`use_column_texts`]). The index and the matches are
/// compared by address: there is one index per loaded event, and the page makes new matches only
/// when the filter changes. The key holds them, so that no other can take their address.
struct TextKey {
    index: Rc<EventIndex<'static>>,
    matches: Rc<Matches<'static>>,
    outlets: Vec<String>,
    show_removed: bool,
}

impl PartialEq for TextKey {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.index, &other.index)
            && Rc::ptr_eq(&self.matches, &other.matches)
            && self.outlets == other.outlets
            && self.show_removed == other.show_removed
    }
}

/// Shows the tab of a newly focused sentence's outlet (the page scrolls to it).
#[hook]
fn use_focus_shows_tab(selected: &UseStateHandle<Option<&'static str>>, outlet: Option<&'static str>) {
    let selected = selected.clone();
    use_effect_with(outlet, move |outlet| {
        if outlet.is_some() {
            selected.set(*outlet);
        }
    });
}

/// After every render (the text may have been written anew): the highlight classes under `grid`,
/// then the active sentence's counterparts scrolled level with it.
#[hook]
fn use_highlights(
    grid: &NodeRef,
    active: Option<&'static str>,
    focused: Option<&'static str>,
    counterparts: Vec<&'static str>,
) {
    let grid = grid.clone();
    use_effect(move || {
        let Some(grid) = grid.cast::<Element>() else { return };
        set_highlights(&grid, active, focused, &counterparts);
        if let Some(active) = active.and_then(|_| grid.query_selector(".is-active").ok().flatten()) {
            align_counterparts(&active);
        }
    });
}

/// The column grid's handlers, delegated from its sentences: pointing at or focusing a sentence
/// makes it the hovered one (leaving clears it); a click, Enter or Space toggles its focus through
/// `on_action` ([`Action::ToggleFocus`]).
struct GridHandlers {
    onmouseover: Callback<MouseEvent>,
    onmouseleave: Callback<MouseEvent>,
    onfocusin: Callback<FocusEvent>,
    onfocusout: Callback<FocusEvent>,
    onclick: Callback<MouseEvent>,
    onkeydown: Callback<KeyboardEvent>,
}

impl GridHandlers {
    /// The handlers for the sentences of `index`, setting `hovered` and emitting to `on_action`.
    fn new(
        index: &Rc<EventIndex<'static>>,
        hovered: &UseStateHandle<Option<&'static str>>,
        on_action: &Callback<Action>,
    ) -> GridHandlers {
        let sentence_at = {
            let index = Rc::clone(index);
            move |target: Option<web_sys::EventTarget>| -> Option<&'static str> {
                let element = target?.dyn_into::<Element>().ok()?;
                let found = element.closest("[data-sentence][data-claim]").ok()??;
                let id = found.get_attribute("data-sentence")?;
                index.sentence(&id).map(|info| info.id)
            }
        };
        let onmouseover = {
            let (hovered, sentence_at) = (hovered.clone(), sentence_at.clone());
            Callback::from(move |event: MouseEvent| {
                if let Some(id) = sentence_at(event.target()) {
                    hovered.set(Some(id));
                }
            })
        };
        let onfocusin = {
            let (hovered, sentence_at) = (hovered.clone(), sentence_at.clone());
            Callback::from(move |event: FocusEvent| hovered.set(sentence_at(event.target())))
        };
        let clear_hover = {
            let hovered = hovered.clone();
            move || hovered.set(None)
        };
        let onmouseleave = {
            let clear_hover = clear_hover.clone();
            Callback::from(move |_: MouseEvent| clear_hover())
        };
        let onfocusout = Callback::from(move |_: FocusEvent| clear_hover());
        let toggle_focus = {
            let on_action = on_action.clone();
            move |id: &'static str| on_action.emit(Action::ToggleFocus(id.to_string()))
        };
        let onclick = {
            let (sentence_at, toggle_focus) = (sentence_at.clone(), toggle_focus.clone());
            Callback::from(move |event: MouseEvent| {
                if let Some(id) = sentence_at(event.target()) {
                    toggle_focus(id);
                }
            })
        };
        let onkeydown = Callback::from(move |event: KeyboardEvent| {
            let key = event.key();
            if key != "Enter" && key != " " {
                return;
            }
            if let Some(id) = sentence_at(event.target()) {
                event.prevent_default();
                toggle_focus(id);
            }
        });
        GridHandlers { onmouseover, onmouseleave, onfocusin, onfocusout, onclick, onkeydown }
    }
}

/// For the sentence pointed at, focused or tapped: the details its outlet gives differently from
/// the shown outlets (or, if the shown ones agree, from the event's), in words, as a status line
/// (`p.detail-note`, empty when there are none).
fn detail_note(
    index: &EventIndex<'static>,
    active: Option<&'static str>,
    articles: &[&'static Article],
) -> Html {
    let shown: Vec<&str> = articles.iter().map(|article| article.outlet.id.as_str()).collect();
    let mut lines: Vec<String> = Vec::new();
    for difference in active.map(|id| index.differences_of_sentence(id)).unwrap_or_default() {
        let among_shown = index.value_groups(difference, Some(&shown)).len() >= 2;
        let line = index.difference_line(difference, among_shown.then_some(&shown[..]));
        lines.push(if among_shown { line } else { format!("{line} (outlets not shown)") });
    }
    let text = if lines.is_empty() { String::new() } else { format!("Differs · {}", lines.join(" · ")) };
    html! { <p class="detail-note" role="status" hidden={lines.is_empty()}>{ text }</p> }
}

/// The narrow screens' bar for the focused sentence: its claim's standing, and a button per
/// other shown outlet that carries it, which focuses the counterpart there (switching tabs).
fn also_in(
    index: &EventIndex<'static>,
    id: &'static str,
    shown: &Columns,
    on_action: &Callback<Action>,
) -> Html {
    let event = index.event();
    let mut outlets: Vec<(&'static str, &'static str)> = Vec::new();
    for counterpart in index.counterparts(id, shown) {
        let Some(outlet) = index.sentence(counterpart).map(|info| info.outlet) else { continue };
        if !outlets.iter().any(|(known, _)| *known == outlet) {
            outlets.push((outlet, counterpart));
        }
    }
    let name =
        |outlet: &'static str| event.article(outlet).map_or(outlet, |article| article.outlet.name.as_str());
    let standing = match index.mark(id, shown).map(|mark| mark.sharing) {
        Some(Sharing::Shared { .. }) => "Also in:",
        Some(Sharing::Elsewhere) => "Reported by an outlet not shown here.",
        Some(Sharing::Unique) => "Only this outlet reports this.",
        None => "Not part of a claim.",
    };
    let clear = on_action.reform(|_: MouseEvent| Action::Focus(None));
    html! {
        <div class="also-in" role="group" aria-label="Highlighted sentence">
            <span class="also-in-label">{ standing }</span>
            for (outlet, counterpart) in outlets {
                <button
                    type="button"
                    class="button button-small"
                    data-action="show-counterpart"
                    data-counterpart-outlet={outlet}
                    onclick={on_action.reform(move |_: MouseEvent| Action::Focus(Some(counterpart.to_string())))}
                >
                    { name(outlet) }
                </button>
            }
            <button type="button" class="button button-small" data-action="clear-focus" onclick={clear}>
                { "Clear" }
            </button>
        </div>
    }
}

/// Scrolls the column of each highlighted counterpart (the first in each column) so that it sits
/// level with `source`, the sentence it belongs to, as far as the column can scroll (and so in the
/// column's view); the page itself does not move. Columns are scroll containers side by side with
/// level tops on wide screens, and the offset parents of their sentences; on narrow screens this
/// does nothing.
pub fn align_counterparts(source: &Element) {
    let Some(source) = source.dyn_ref::<HtmlElement>() else { return };
    let Some(source_column) = source.closest(".column").ok().flatten() else { return };
    let level = source.offset_top() - source_column.scroll_top();
    let Ok(found) = gloo::utils::document().query_selector_all(".column .is-counterpart") else { return };
    // Last to first, so that each column ends up showing its first counterpart. Counterparts are
    // never in the source's own column.
    for n in (0..found.length()).rev() {
        let Some(item) = found.item(n).and_then(|node| node.dyn_into::<HtmlElement>().ok()) else { continue };
        if let Some(column) = item.closest(".column").ok().flatten() {
            // The column clamps the scroll, which then still shows the item (if it fits).
            column.set_scroll_top(item.offset_top() - level);
        }
    }
}
