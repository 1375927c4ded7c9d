//! The link state of every event page: which page, and for the compare page the outlets, layout,
//! order, focused sentence and removed-text toggle; on every page the topic and text filter.

use super::compare::{choose_outlets, find_outlet, list_items, parse_flag, write_list};
use super::filter::{choose_topics, search_text, Filter};
use super::notice::{Notice, Notices};
use super::query::{decode, encode_into, pairs};
use super::{CompareView, MAX_OUTLETS};
use crate::analysis::EventAnalysis;
use crate::model::Event;

/// The pages of an event, each at its own route.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Page {
    /// `#/e/<id>`: the overview with the coverage matrix. Accepts `t` and `q`.
    #[default]
    Overview,
    /// `#/e/<id>/compare`: outlets side by side. Accepts every key.
    Compare,
    /// `#/e/<id>/quotes`: the quote ledger. Accepts `t` and `q`.
    Quotes,
    /// `#/e/<id>/sources`: who credits whom. Accepts `t` and `q`.
    Sources,
    /// `#/e/<id>/differences`: the details that outlets report differently. Accepts `t` and `q`.
    Differences,
}

/// How the overview's coverage matrix lays out its columns (`group=`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Grouping {
    /// One column per outlet, in the event's order (or in groups by name past 40 outlets).
    #[default]
    Outlet,
    /// Outlets that carry one source text side by side under their origin, which folds into one
    /// column (`group=origin`).
    Origin,
}

/// The order of the overview's coverage matrix rows (`sort=` on the overview).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Order {
    /// The claims that most outlets carry first (`sort=carried`, the default).
    #[default]
    Carried,
    /// What each outlet led with: the claims that most outlets put in their headline, then in
    /// their lead, first (`sort=lead`).
    Lead,
}

/// The compare page's two layouts (`view=`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Layout {
    /// The articles as written, in columns (`view=read`, the default).
    #[default]
    Read,
    /// One row per claim, one column per outlet (`view=align`).
    Align,
}

/// The order of the aligned rows (`sort=`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    /// Story order (`sort=story`, the default).
    #[default]
    Story,
    /// Claims that only one shown outlet carries first, then the rest; each part in story order
    /// (`sort=unique`).
    Unique,
}

/// Everything a link to one of an event's pages says. Built by [`EventView::parse`], it only holds
/// ids of its event: at most [`MAX_OUTLETS`] outlets, each once; topics of the event's analysis;
/// a focused sentence of a shown outlet.
///
/// The compare-only parts (`compare`, `layout`, `sort`, `focus`) stay at their defaults on the
/// other pages, and [`EventView::to_query`] leaves them out there; so do the overview-only parts
/// (`grouping`, `order`) on the pages but the overview.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventView {
    /// The page.
    pub page: Page,
    /// The outlets (`o=`) and the removed-text toggle (`removed=1`).
    pub compare: CompareView,
    /// The compare layout (`view=`).
    pub layout: Layout,
    /// The aligned rows' order (`sort=`).
    pub sort: Sort,
    /// Topics and search text (`t=`, `q=`).
    pub filter: Filter,
    /// The focused sentence's id (`s=`), highlighted and scrolled into view.
    pub focus: Option<String>,
    /// The overview's columns by outlet or by origin (`group=`).
    pub grouping: Grouping,
    /// The overview's row order (`sort=` on the overview).
    pub order: Order,
}

/// The outcome of reading an event link: a valid view, plus notices for what was wrong.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedView {
    /// The view to show.
    pub view: EventView,
    /// What was dropped or adjusted, in the order met.
    pub notices: Vec<Notice>,
    /// On the compare page: the link named no outlets, so `view` holds the defaults (plus the
    /// focused sentence's outlet). The app replaces the URL with the canonical one.
    pub outlets_defaulted: bool,
}

/// The raw values of a link, before they are checked against the event.
#[derive(Default)]
struct Raw {
    outlets: Vec<String>,
    topics: Vec<String>,
    text: Option<String>,
    focus: Option<String>,
}

impl EventView {
    /// The view a bare link to `page` opens: no filter, and on the compare page the default
    /// outlets ([`CompareView::default_for`]).
    pub fn default_for(page: Page, event: &Event) -> EventView {
        let compare =
            if page == Page::Compare { CompareView::default_for(event) } else { CompareView::default() };
        EventView { page, compare, ..EventView::default() }
    }

    /// The same filter on another page, with that page's defaults otherwise: for links between
    /// the overview, compare, quotes and sources pages that keep the reader's topics and search.
    pub fn on_page(&self, page: Page, event: &Event) -> EventView {
        EventView { filter: self.filter.clone(), ..EventView::default_for(page, event) }
    }

    /// Reads a query string (with or without its leading `?`) for `page` of `event`. Never fails:
    /// whatever cannot be used is dropped with a [`Notice`], and keys that `page` does not accept
    /// are ignored, like unknown keys.
    ///
    /// A focused sentence (`s=`) must be one of the event's sentences; on the compare page its
    /// outlet is added to the shown outlets if it is not among them and there is room, and the
    /// focus is dropped with a notice if there is not.
    pub fn parse(page: Page, query: &str, event: &Event, analysis: &EventAnalysis) -> ParsedView {
        let compare_page = page == Page::Compare;
        let overview = page == Page::Overview;
        let mut notices = Notices::default();
        let mut view = EventView { page, ..EventView::default() };
        let mut raw = Raw::default();
        for (key, raw_value) in pairs(query) {
            match (key.as_str(), compare_page) {
                ("t", _) => raw.topics.extend(list_items(&raw_value, |item| has_topic(analysis, item))),
                ("q", _) => raw.text = Some(decode(&raw_value)),
                ("o", true) => {
                    raw.outlets.extend(list_items(&raw_value, |item| find_outlet(event, item).is_some()))
                }
                ("s", true) => raw.focus = Some(decode(&raw_value).trim().to_string()),
                ("removed", true) => {
                    let value = decode(&raw_value);
                    match parse_flag(&value) {
                        Some(flag) => view.compare.show_removed = flag,
                        None => notices.push(Notice::MalformedValue { key, value, expected: "1 or 0" }),
                    }
                }
                ("view", true) => {
                    let value = decode(&raw_value);
                    match parse_word(&value, [("read", Layout::Read), ("align", Layout::Align)]) {
                        Some(layout) => view.layout = layout.unwrap_or_default(),
                        None => {
                            notices.push(Notice::MalformedValue { key, value, expected: "read or align" })
                        }
                    }
                }
                ("sort", true) => {
                    let value = decode(&raw_value);
                    match parse_word(&value, [("story", Sort::Story), ("unique", Sort::Unique)]) {
                        Some(sort) => view.sort = sort.unwrap_or_default(),
                        None => {
                            notices.push(Notice::MalformedValue { key, value, expected: "story or unique" })
                        }
                    }
                }
                ("group", false) if overview => {
                    let value = decode(&raw_value);
                    match parse_word(&value, [("origin", Grouping::Origin), ("outlet", Grouping::Outlet)]) {
                        Some(grouping) => view.grouping = grouping.unwrap_or_default(),
                        None => {
                            notices.push(Notice::MalformedValue { key, value, expected: "origin or outlet" })
                        }
                    }
                }
                ("sort", false) if overview => {
                    let value = decode(&raw_value);
                    match parse_word(&value, [("lead", Order::Lead), ("carried", Order::Carried)]) {
                        Some(order) => view.order = order.unwrap_or_default(),
                        // The compare page's orders, on a link edited to the overview: ignored.
                        None if parse_word(&value, [("story", ()), ("unique", ())]).is_some() => {}
                        None => {
                            notices.push(Notice::MalformedValue { key, value, expected: "carried or lead" })
                        }
                    }
                }
                // Unknown keys, and keys the page does not use, are ignored.
                _ => {}
            }
        }

        let mut outlets_defaulted = false;
        if compare_page {
            let outlets_given = !raw.outlets.is_empty();
            let mut outlets = choose_outlets(raw.outlets, event, &mut notices);
            outlets_defaulted = outlets.is_empty();
            if outlets_defaulted {
                if outlets_given {
                    notices.push(Notice::NoValidOutlets);
                }
                outlets = CompareView::default_for(event).outlets;
            }
            outlets_defaulted &= !outlets_given;
            view.focus = raw
                .focus
                .filter(|id| !id.is_empty())
                .and_then(|id| focus(&id, event, &mut outlets, &mut notices));
            if outlets.len() == 1 && event.articles.len() > 1 {
                notices.push(Notice::TooFewOutlets);
            }
            view.compare.outlets = outlets;
        }
        view.filter.topics = choose_topics(&raw.topics, analysis, &mut notices);
        if let Some(text) = raw.text {
            let (text, cut) = search_text(&text);
            if cut {
                notices.push(Notice::SearchCut);
            }
            view.filter.text = text;
        }
        ParsedView { view, notices: notices.finish(), outlets_defaulted }
    }

    /// The canonical query string, without the leading `?`: keys in the order `o`, `view`,
    /// `sort`, `t`, `q`, `s`, `removed` (on the overview `group`, `sort`, `t`, `q`), defaults left
    /// out, values percent-encoded where needed, each page's own keys only on that page.
    /// [`EventView::parse`] reads it back to `self`.
    pub fn to_query(&self) -> String {
        let mut query = String::new();
        let compare_page = self.page == Page::Compare;
        if self.page == Page::Overview {
            if self.grouping == Grouping::Origin {
                push_pair("group", "origin", &mut query);
            }
            if self.order == Order::Lead {
                push_pair("sort", "lead", &mut query);
            }
        }
        if compare_page {
            write_list("o", &self.compare.outlets, &mut query);
            if self.layout == Layout::Align {
                push_pair("view", "align", &mut query);
            }
            if self.sort == Sort::Unique {
                push_pair("sort", "unique", &mut query);
            }
        }
        write_list("t", &self.filter.topics, &mut query);
        if !self.filter.text.is_empty() {
            push_pair("q", &self.filter.text, &mut query);
        }
        if compare_page {
            if let Some(focus) = &self.focus {
                push_pair("s", focus, &mut query);
            }
            if self.compare.show_removed {
                push_pair("removed", "1", &mut query);
            }
        }
        query
    }
}

/// Appends `key=value` (the value percent-encoded) after a `&` if the query is not empty.
fn push_pair(key: &str, value: &str, query: &mut String) {
    if !query.is_empty() {
        query.push('&');
    }
    query.push_str(key);
    query.push('=');
    encode_into(value, query);
}

/// Reads one of a few words, ignoring ASCII case and surrounding spaces. `Some(None)` for an empty
/// value (the default), `None` for anything else.
fn parse_word<T: Copy, const N: usize>(value: &str, words: [(&str, T); N]) -> Option<Option<T>> {
    let value = value.trim();
    if value.is_empty() {
        return Some(None);
    }
    words.iter().find(|(word, _)| value.eq_ignore_ascii_case(word)).map(|&(_, item)| Some(item))
}

fn has_topic(analysis: &EventAnalysis, id: &str) -> bool {
    analysis.topics.iter().any(|topic| topic.id.eq_ignore_ascii_case(id))
}

/// Checks a focused sentence id against the event (exact, else ASCII-case-insensitive) and makes
/// sure its outlet is shown. Returns the event's spelling of the id, or `None` with a notice.
fn focus(wanted: &str, event: &Event, outlets: &mut Vec<String>, notices: &mut Notices) -> Option<String> {
    let sentences = || {
        event.articles.iter().flat_map(|article| {
            article.sentences().map(move |(sentence, _)| (sentence.id.as_str(), article.outlet.id.as_str()))
        })
    };
    let found = sentences()
        .find(|(id, _)| *id == wanted)
        .or_else(|| sentences().find(|(id, _)| id.eq_ignore_ascii_case(wanted)));
    let Some((id, outlet)) = found else {
        notices.push(Notice::UnknownSentence(wanted.to_string()));
        return None;
    };
    if !outlets.iter().any(|shown| shown == outlet) {
        if outlets.len() >= MAX_OUTLETS {
            notices.push(Notice::FocusNotShown { sentence: id.to_string(), outlet: outlet.to_string() });
            return None;
        }
        outlets.push(outlet.to_string());
    }
    Some(id.to_string())
}
