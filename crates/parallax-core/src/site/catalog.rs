//! The events page's list: searching the events by title and outlet, and sorting them by date.
//!
//! [`Catalog::new`] folds every event's title and outlet names once (as the event views fold
//! sentences), so that a keystroke in the search box is one substring pass over a few hundred
//! short texts. [`CatalogQuery`] is the page's link state (`#/?q=…&sort=…`), read leniently and
//! written canonically like an event view's.

use super::SiteIndex;
use crate::link::query::{decode, encode_into, pairs};
use crate::link::search_text;
use crate::view::fold::{fold_into, Search};
use crate::view::sorted_indices;

/// The order of the events list (`sort=`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum CatalogOrder {
    /// The most recent first, undated events last (the default).
    #[default]
    Newest,
    /// The oldest first, undated events last (`sort=oldest`).
    Oldest,
}

/// What the events page shows: the search text (`q=`) and the order (`sort=`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CatalogQuery {
    /// Words that must all occur in an event's title or outlet names; normalised as a link
    /// stores it ([`search_text`]), at most [`crate::link::MAX_SEARCH_CHARS`] characters.
    pub text: String,
    /// The order.
    pub order: CatalogOrder,
}

impl CatalogQuery {
    /// Reads the events page's query string (with or without `?`). Never fails: an unknown
    /// order is the default, unknown keys are ignored, long text is cut.
    pub fn parse(query: &str) -> CatalogQuery {
        let mut parsed = CatalogQuery::default();
        for (key, value) in pairs(query) {
            match key.as_str() {
                "q" => parsed.text = search_text(&decode(&value)).0,
                "sort" => {
                    let value = decode(&value);
                    parsed.order = if value.trim().eq_ignore_ascii_case("oldest") {
                        CatalogOrder::Oldest
                    } else {
                        CatalogOrder::Newest
                    };
                }
                _ => {}
            }
        }
        parsed
    }

    /// The canonical query string, without `?`: `q`, then `sort`, defaults left out.
    pub fn to_query(&self) -> String {
        let mut query = String::new();
        if !self.text.is_empty() {
            query.push_str("q=");
            encode_into(&self.text, &mut query);
        }
        if self.order == CatalogOrder::Oldest {
            if !query.is_empty() {
                query.push('&');
            }
            query.push_str("sort=oldest");
        }
        query
    }
}

/// The site's events, folded for searching and keyed for sorting.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    /// Each event's folded title and outlet names, one line each.
    folded: Vec<String>,
    /// Each event's date as `YYYYMMDD`, or 0 when it has none (or not a valid one).
    dates: Vec<u32>,
}

impl Catalog {
    /// Folds the index's titles and outlet names once.
    pub fn new(index: &SiteIndex) -> Catalog {
        let mut catalog = Catalog::default();
        for event in &index.events {
            let mut folded = String::with_capacity(event.title.len() + event.outlets.len() * 16);
            fold_into(&event.title, &mut folded);
            for outlet in &event.outlets {
                folded.push('\n');
                fold_into(outlet, &mut folded);
            }
            catalog.folded.push(folded);
            catalog.dates.push(event.date.as_deref().map_or(0, date_number));
        }
        catalog
    }

    /// The positions (in the index) of the events that match the query's text, in its order:
    /// by date, ties and undated events in the index's order, undated ones last.
    pub fn select(&self, query: &CatalogQuery) -> Vec<usize> {
        let search = Search::new(&query.text);
        // Undated events (0) last, then by date; ties in the index's order.
        let dates = &self.dates;
        let sorted = sorted_indices(dates.len(), &|a, b| {
            let (a, b) = (dates[a], dates[b]);
            let by_date = if query.order == CatalogOrder::Newest { b.cmp(&a) } else { a.cmp(&b) };
            (a == 0).cmp(&(b == 0)).then(by_date)
        });
        sorted
            .into_iter()
            .filter(|&n| search.is_empty() || self.folded.get(n).is_some_and(|f| search.matches(f)))
            .collect()
    }

    /// How many events there are.
    pub fn len(&self) -> usize {
        self.folded.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.folded.is_empty()
    }
}

/// `YYYY-MM-DD` as the number `YYYYMMDD`; 0 for anything else.
fn date_number(date: &str) -> u32 {
    let digits: Vec<u8> = date.bytes().filter(|b| *b != b'-').collect();
    let well_formed = date.len() == 10 && digits.len() == 8 && digits.iter().all(u8::is_ascii_digit);
    if !well_formed {
        return 0;
    }
    digits.iter().fold(0, |n, digit| n * 10 + u32::from(digit - b'0'))
}
