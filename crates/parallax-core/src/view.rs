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
mod sort;
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
pub(crate) use sort::{permute, sort_by, sorted_indices};

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

/// `n` as a `u32`, saturated.
pub(crate) fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
pub(crate) mod tests;
