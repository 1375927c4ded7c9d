//! `FilterBar`: topic chips with counts, the search box, the match count and "clear filters",
//! on every event page.

use std::rc::Rc;

use parallax_core::analysis::EventAnalysis;
use parallax_core::link::{search_text, Filter};
use parallax_core::view::Matches;
use yew::prelude::*;

use crate::data::Static;
use crate::format;
use crate::hooks::use_event_view::Mode;

/// Props for [`FilterBar`].
#[derive(Properties)]
pub struct FilterBarProps {
    /// The filter the URL holds now.
    pub filter: Filter,
    /// What it keeps, with the topic counts.
    pub matches: Rc<Matches<'static>>,
    /// The event's analysis: its topics, for toggling one.
    pub analysis: Static<EventAnalysis>,
    /// Called with the new filter: chips and "clear" push a history entry, typing replaces it.
    pub on_filter: Callback<(Filter, Mode)>,
}

/// Cheap first: the callback (a new one means a new view), then the matches by identity (the
/// hook memoises them, so the same filter gives the same `Rc`), then the filter.
impl PartialEq for FilterBarProps {
    fn eq(&self, other: &Self) -> bool {
        self.on_filter == other.on_filter
            && Rc::ptr_eq(&self.matches, &other.matches)
            && self.analysis == other.analysis
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
        let (typed, on_filter, topics) = (typed.clone(), props.on_filter.clone(), filter.topics.clone());
        Callback::from(move |input: InputEvent| {
            let Some(input) = input.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let value = input.value();
            let text = search_text(&value).0;
            typed.borrow_mut().0 = value;
            on_filter.emit((Filter { topics: topics.clone(), text }, Mode::Replace));
        })
    };
    let clear = props.on_filter.reform(|_: MouseEvent| (Filter::default(), Mode::Push));
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
    let next = props.filter.toggled(id, props.analysis.0);
    let onclick = props.on_filter.reform(move |_: MouseEvent| (next.clone(), Mode::Push));
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
