//! What the event pages show, computed from an event and its analysis: lookups, filtering,
//! aligned rows, the coverage matrix, the quote ledger and the sources matrix.
//!
//! Everything starts from an [`EventIndex`], built once per event: by [`EventIndex::with_tables`]
//! from the [`IndexTables`] that the build computed (in the browser), or by [`EventIndex::new`]
//! from scratch (on the host). It numbers the event's sentences, links them to their claims and topics, and keeps each
//! sentence's text folded for search, so that the questions a page asks on every keystroke are
//! array reads and substring tests:
//!
//! - one sentence: [`EventIndex::sentence`], [`EventIndex::mark`] (its claim's colour among the
//!   shown outlets), [`EventIndex::counterparts`] (what to highlight beside it),
//!   [`EventIndex::topics_of`];
//! - filtering: [`EventIndex::filter`] gives the [`Matches`] of a [`Filter`]: matching
//!   sentences and claims, topic counts, and highlight ranges for the search words;
//! - the compare page: [`EventIndex::columns`] resolves the shown outlets, [`EventIndex::align`]
//!   gives the aligned rows, [`EventIndex::step_shared`] the next or previous shared claim;
//! - the overview: [`EventIndex::coverage`], and each outlet's card ([`EventIndex::origin_line`],
//!   [`EventIndex::led_with`]); the quotes page: [`EventIndex::quote_ledger`]; the sources page:
//!   [`EventIndex::sources`]; the differences page: [`EventIndex::differences_matching`] and
//!   [`EventIndex::difference_line`].
//!
//! Results borrow the event and the analysis, never the index, and tables come as a
//! [`Grid`] of sentence-id cells beside their row headers. Unknown ids give `None` or nothing;
//! nothing here panics.

mod action;
mod align;
mod bits;
mod coverage;
mod details;
mod filter;
pub(crate) mod fold;
mod grid;
pub(crate) mod ids;
mod index;
mod origins;
mod outlets;
mod quotes;
mod sources;
mod summary;
pub(crate) mod tables;

pub use action::{Action, History, Shortcut, Transition};
pub use align::{AlignRow, AlignTable, Step};
pub use coverage::{CoverageMatrix, CoverageOrder, CoverageRow};
pub use details::{ValueGroup, VALUES_IN_A_LINE};
pub use filter::{Matches, TopicCount};
pub use grid::Grid;
pub use index::{ClaimInfo, EventIndex, Mark, SentenceInfo, Sharing};
pub use origins::{place_words, OriginLine};
pub use outlets::{OutletOrder, OutletRow, GROUPED_FROM, GROUP_SIZE};
pub use quotes::{wordings, SpeakerQuotes, Wording};
pub use sources::{SourceRow, SourcesMatrix};
pub use summary::{summarise, SUMMARY_CHARS};
pub use tables::IndexTables;

pub use crate::link::{Filter, Sort};

/// How many colour slots shared claims cycle through: claim colours are `0..PALETTE_SLOTS`,
/// assigned to the event's shared claims in story order, so neighbouring claims differ and a
/// claim keeps its colour whichever outlets are shown. Style them as, say, `.claim-3`.
pub const PALETTE_SLOTS: u8 = 8;

/// The shown outlets of a compare view, in column order, resolved against an [`EventIndex`] by
/// [`EventIndex::columns`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Columns {
    /// Article indices.
    outlets: Vec<u32>,
}

impl Columns {
    /// How many outlets are shown.
    pub fn len(&self) -> usize {
        self.outlets.len()
    }

    /// Whether no outlet is shown.
    pub fn is_empty(&self) -> bool {
        self.outlets.is_empty()
    }

    /// Whether the outlet with this article index is shown.
    fn has(&self, outlet: u32) -> bool {
        self.outlets.contains(&outlet)
    }
}

/// A sort key: two numbers, each saturated to 32 bits, packed into one `u64` that orders by
/// `high`, then `low`. Every sort here sorts such keys with [`sort_keys`].
pub(crate) fn sort_key(high: usize, low: usize) -> u64 {
    let saturate = |n: usize| u64::from(u32::try_from(n).unwrap_or(u32::MAX));
    saturate(high) << 32 | saturate(low)
}

/// Sorts keys in place: a heapsort, O(n log n) without allocating. The standard library's sorts
/// are faster on large inputs, but each costs the web app about 4 KB; the lists sorted here are
/// claim members, topic rows and table rows, a few thousand items at most.
pub(crate) fn sort_keys(keys: &mut [u64]) {
    /// Moves the item at `root` down until neither child below `end` is larger.
    fn sift_down(keys: &mut [u64], mut root: usize, end: usize) {
        loop {
            let mut child = 2 * root + 1;
            if child >= end {
                return;
            }
            if child + 1 < end && keys.get(child + 1) > keys.get(child) {
                child += 1;
            }
            if keys.get(root) >= keys.get(child) {
                return;
            }
            keys.swap(root, child);
            root = child;
        }
    }
    let len = keys.len();
    for root in (0..len / 2).rev() {
        sift_down(keys, root, len);
    }
    for end in (1..len).rev() {
        keys.swap(0, end);
        sift_down(keys, 0, end);
    }
}

/// `n` as a `u32`, saturated.
pub(crate) fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The `high` half of a [`sort_key`].
pub(crate) fn key_high(key: u64) -> usize {
    (key >> 32) as usize
}

/// The `low` half of a [`sort_key`].
pub(crate) fn key_low(key: u64) -> usize {
    (key & u64::from(u32::MAX)) as usize
}

#[cfg(test)]
pub(crate) mod tests;
