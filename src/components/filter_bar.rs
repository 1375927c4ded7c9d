//! `FilterBar`: topic chips with counts, the search box, the match count and "clear filters",
//! on every event page.

use std::rc::Rc;

use parallax_core::link::{search_text, Filter};
use parallax_core::view::{Action, Matches};
use yew::prelude::*;

use crate::format;

/// Props for [`FilterBar`].
#[derive(Properties)]
pub struct FilterBarProps {
    /// The filter the URL holds now.
    pub filter: Filter,
    /// What it keeps, with the topic counts.
    pub matches: Rc<Matches<'static>>,
    /// Called with what the reader did: a chip ([`Action::ToggleTopic`]), typing
    /// ([`Action::Search`]) or "clear filters" ([`Action::ClearFilter`]).
    pub on_action: Callback<Action>,
}

/// Cheap first: the callback (a new one means a new view), then the matches by identity (the
/// hook memoises them, so the same filter gives the same `Rc`), then the filter.
impl PartialEq for FilterBarProps {
    fn eq(&self, other: &Self) -> bool {
        self.on_action == other.on_action
            && Rc::ptr_eq(&self.matches, &other.matches)
            && self.filter == other.filter
    }
}

/// The filter controls. Topic chips are toggle buttons (`aria-pressed`, `data-topic`) whose
/// count says how many sentences that topic alone would show under the current search; the
/// search box (`data-action="search"`) keeps its own text while the reader types and writes the
/// normalised text to the URL on each input; the match count is announced politely; "Clear
/// filters" (`data-action="clear-filters"`) appears while a filter is on.
#[component]
pub fn FilterBar(props: &FilterBarProps) -> Html {
    let filter = &props.filter;
    // The box's own text, and the URL text it last saw: a change of the URL text from outside
    // (Back, "clear filters") resets the box, while typing that the URL normalises (a trailing
    // space) does not.
    let typed = use_mut_ref(|| (filter.text.clone(), filter.text.clone()));
    let text = {
        let mut typed = typed.borrow_mut();
        if typed.1 != filter.text {
            if search_text(&typed.0).0 != filter.text {
                typed.0 = filter.text.clone();
            }
            typed.1 = filter.text.clone();
        }
        typed.0.clone()
    };

    let oninput = {
        let (typed, on_action) = (typed.clone(), props.on_action.clone());
        Callback::from(move |input: InputEvent| {
            let Some(input) = input.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let value = input.value();
            typed.borrow_mut().0 = value.clone();
            on_action.emit(Action::Search(value));
        })
    };
    let clear = props.on_action.reform(|_: MouseEvent| Action::ClearFilter);
    let matches = &props.matches;
    let topics = matches.topic_counts();

    html! {
        <div class="filter-bar" role="search" aria-label="Filter this event">
            if !topics.is_empty() {
                <div class="chips" role="group" aria-label="Topics">
                    for topic in topics {
                        { chip(topic.id, topic.label, topic.count, topic.chosen, props) }
                    }
                </div>
            }
            <div class="filter-row">
                <label class="search">
                    <span class="search-label">{ "Search" }</span>
                    <input
                        type="search"
                        data-action="search"
                        value={text}
                        {oninput}
                        autocomplete="off"
                        spellcheck="false"
                        placeholder="Words in a sentence"
                    />
                </label>
                <p class="match-count" role="status" data-match-count={matches.len().to_string()}>
                    if matches.is_active() {
                        { format!(
                            "{} in {} match",
                            format::count(matches.len(), "sentence", "sentences"),
                            format::count(matches.claim_count(), "claim", "claims"),
                        ) }
                    }
                </p>
                if !filter.is_empty() {
                    <button type="button" class="button" data-action="clear-filters" onclick={clear}>
                        { "Clear filters" }
                    </button>
                }
            </div>
        </div>
    }
}

/// One topic chip: a toggle button with the topic's label and count.
fn chip(id: &'static str, label: &'static str, count: usize, chosen: bool, props: &FilterBarProps) -> Html {
    let onclick = props.on_action.reform(move |_: MouseEvent| Action::ToggleTopic(id.to_string()));
    html! {
        <button
            type="button"
            class="chip"
            data-topic={id}
            aria-pressed={if chosen { "true" } else { "false" }}
            {onclick}
        >
            { label }
            <span class="chip-count">{ count }</span>
        </button>
    }
}
