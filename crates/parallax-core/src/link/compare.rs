//! The compare view's link state: which outlets, in which order, and what is shown.

use super::notice::{Notice, Notices};
use super::query::{decode, encode_into, pairs};
use super::{DEFAULT_OUTLETS, MAX_OUTLETS};
use crate::model::Event;

/// Everything a compare link says about the view. Built by [`CompareView::parse`], it only ever
/// holds outlet ids of its event, each once, at most [`MAX_OUTLETS`] of them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CompareView {
    /// The outlet ids, in column order (`o=`).
    pub outlets: Vec<String>,
    /// Whether removed boilerplate is shown in place, greyed out (`removed=1`).
    pub show_removed: bool,
}

/// The outcome of reading a compare link: a valid view, plus notices for what was wrong.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedCompare {
    /// The view to show.
    pub view: CompareView,
    /// What was dropped or adjusted, in the order met.
    pub notices: Vec<Notice>,
    /// The link named no outlets at all, so `view` holds the defaults. The app replaces the URL
    /// with the canonical one, so that the link in the address bar names what is shown.
    pub outlets_defaulted: bool,
}

impl CompareView {
    /// The view a link without `o=` opens: the event's first [`DEFAULT_OUTLETS`] outlets.
    pub fn default_for(event: &Event) -> CompareView {
        let outlets =
            event.articles.iter().take(DEFAULT_OUTLETS).map(|article| article.outlet.id.clone()).collect();
        CompareView { outlets, show_removed: false }
    }

    /// Reads a query string (with or without its leading `?`) against `event`. Never fails: any
    /// part that cannot be used is dropped with a [`Notice`], and the view falls back to the
    /// defaults where nothing valid is left.
    pub fn parse(query: &str, event: &Event) -> ParsedCompare {
        let mut notices = Notices::default();
        let mut requested = Vec::new();
        let mut show_removed = false;
        for (key, raw_value) in pairs(query) {
            match key.as_str() {
                "o" => requested.extend(list_items(&raw_value, |item| find_outlet(event, item).is_some())),
                "removed" => {
                    let value = decode(&raw_value);
                    match parse_flag(&value) {
                        Some(flag) => show_removed = flag,
                        None => notices.push(Notice::MalformedValue { key, value, expected: "1 or 0" }),
                    }
                }
                // Unknown keys (tracking tags, keys from newer versions) are ignored.
                _ => {}
            }
        }

        let outlets_given = !requested.is_empty();
        let mut outlets = choose_outlets(requested, event, &mut notices);
        let outlets_defaulted = outlets.is_empty();
        if outlets_defaulted {
            if outlets_given {
                notices.push(Notice::NoValidOutlets);
            }
            outlets = CompareView::default_for(event).outlets;
        } else if outlets.len() == 1 && event.articles.len() > 1 {
            notices.push(Notice::TooFewOutlets);
        }
        ParsedCompare {
            view: CompareView { outlets, show_removed },
            notices: notices.finish(),
            outlets_defaulted: outlets_defaulted && !outlets_given,
        }
    }

    /// The canonical query string, without the leading `?`: keys in a fixed order, defaults left
    /// out, ids percent-encoded where needed. [`CompareView::parse`] reads it back to `self`.
    pub fn to_query(&self) -> String {
        let mut query = String::new();
        write_list("o", &self.outlets, &mut query);
        if self.show_removed {
            if !query.is_empty() {
                query.push('&');
            }
            query.push_str("removed=1");
        }
        query
    }
}

/// Appends `key=a,b,…` (ids percent-encoded) to a query, after a `&` if it is not empty; nothing
/// for an empty list.
pub(super) fn write_list(key: &str, ids: &[String], query: &mut String) {
    for (n, id) in ids.iter().enumerate() {
        if n == 0 {
            if !query.is_empty() {
                query.push('&');
            }
            query.push_str(key);
            query.push('=');
        } else {
            query.push(',');
        }
        encode_into(id, query);
    }
}

/// The ids named in one list value (`o=`, `t=`), decoded and trimmed. A comma that arrives
/// percent-encoded (`%2C`) still separates ids, unless the whole decoded text is itself a known
/// id.
pub(super) fn list_items(raw_value: &str, is_known: impl Fn(&str) -> bool) -> Vec<String> {
    let mut items = Vec::new();
    for raw_item in raw_value.split(',') {
        let item = decode(raw_item);
        let item = item.trim();
        if item.contains(',') && !is_known(item) {
            items.extend(item.split(',').map(str::trim).filter(|part| !part.is_empty()).map(String::from));
        } else if !item.is_empty() {
            items.push(item.to_string());
        }
    }
    items
}

/// Picks the valid outlets from the requested ids, in order, noting unknown and repeated ids and
/// those past [`MAX_OUTLETS`].
pub(super) fn choose_outlets(requested: Vec<String>, event: &Event, notices: &mut Notices) -> Vec<String> {
    let mut chosen: Vec<String> = Vec::new();
    let mut dropped: Vec<String> = Vec::new();
    for item in requested {
        let Some(id) = find_outlet(event, &item) else {
            notices.push(Notice::UnknownOutlet(item));
            continue;
        };
        // Both lists hold each of the event's outlets at most once, so this costs no more than
        // a look-up among the event's outlets.
        if chosen.iter().chain(&dropped).any(|known| known == id) {
            notices.push(Notice::DuplicateOutlet(id.to_string()));
        } else if chosen.len() < MAX_OUTLETS {
            chosen.push(id.to_string());
        } else {
            dropped.push(id.to_string());
        }
    }
    if !dropped.is_empty() {
        notices.push(Notice::TooManyOutlets(dropped));
    }
    chosen
}

/// The event's own spelling of an outlet id: an exact match, else one that differs only in
/// ASCII case.
pub(super) fn find_outlet<'e>(event: &'e Event, wanted: &str) -> Option<&'e str> {
    let ids = || event.articles.iter().map(|article| article.outlet.id.as_str());
    ids().find(|id| *id == wanted).or_else(|| ids().find(|id| id.eq_ignore_ascii_case(wanted)))
}

/// Reads an on/off value. A bare key (`&removed`) means on.
pub(super) fn parse_flag(value: &str) -> Option<bool> {
    const ON: [&str; 5] = ["", "1", "true", "yes", "on"];
    const OFF: [&str; 4] = ["0", "false", "no", "off"];
    let value = value.trim();
    if ON.iter().any(|word| value.eq_ignore_ascii_case(word)) {
        Some(true)
    } else if OFF.iter().any(|word| value.eq_ignore_ascii_case(word)) {
        Some(false)
    } else {
        None
    }
}
