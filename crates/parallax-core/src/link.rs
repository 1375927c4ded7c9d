//! The URL contract: reading the state a shared link carries and writing it back canonically.
//!
//! An event has five pages: `#/e/<event-id>` (overview and coverage matrix),
//! `#/e/<event-id>/compare`, `#/e/<event-id>/quotes`, `#/e/<event-id>/sources` and
//! `#/e/<event-id>/differences`. The route part
//! belongs to the web app; this module owns the query. [`EventView::parse`] turns any query string,
//! however mangled, into a valid [`EventView`] of one page of one event, plus a list of
//! [`Notice`]s that say, in words a reader understands, which parts of the link were dropped or
//! adjusted. [`EventView::to_query`] writes a view back in canonical form, so that a view has
//! exactly one link and the links the app writes always parse back to the same view.
//! [`CompareView`] is the outlets-and-removed part of the compare page on its own;
//! [`CompareView::parse`] reads only those two keys.
//!
//! Query keys, in canonical order:
//!
//! | key | pages | value | default |
//! | --- | --- | --- | --- |
//! | `o` | compare | outlet ids, comma-separated, in column order | the event's first [`DEFAULT_OUTLETS`] outlets |
//! | `view` | compare | `read` or `align` ([`Layout`]) | `read` |
//! | `sort` | compare | `story` or `unique` ([`Sort`]): the aligned rows' order | `story` |
//! | `t` | all | topic ids of the event's analysis, comma-separated ([`Filter::topics`]) | none |
//! | `q` | all | search text, at most [`MAX_SEARCH_CHARS`] characters ([`Filter::text`]) | none |
//! | `s` | compare | a sentence id to focus; its outlet is added to `o` if there is room | none |
//! | `removed` | compare | `1` to show removed boilerplate in place | off |
//! | `group` | overview | `origin` ([`Grouping`]): the columns of one origin side by side, folded into one | `outlet` |
//! | `sort` | overview | `lead` ([`Order`]): what the outlets led with first | `carried` |
//!
//! A link is untrusted input, so reading one is bounded: the time is linear in its length (no
//! notice is compared with more than [`MAX_NOTICES`] others), and what it makes the page show is
//! at most [`MAX_NOTICES`] notices and a summary, each quoting at most a short, cleaned piece of
//! the link (see [`Notice`]).
//!
//! Parsing is lenient, as links travel through chat apps and hand edits: list keys may repeat
//! (`o=a&o=b` is read as `o=a,b`), other keys take their last value, values may be
//! percent-encoded, ids are matched without regard to ASCII case, and unknown keys (and keys the
//! page does not use) are ignored. Topics come out in the analysis's order, so that one set of
//! topics has one link.

mod compare;
mod event_view;
mod filter;
mod notice;
pub(crate) mod query;

pub use compare::{CompareView, ParsedCompare};
pub use event_view::{EventView, Grouping, Layout, Order, Page, ParsedView, Sort};
pub use filter::{search_text, Filter};
pub use notice::Notice;
pub use query::{decode_segment, encode};

/// The fewest outlets a comparison is meant for (fewer still render, with a notice).
pub const MIN_OUTLETS: usize = 2;

/// The most outlets shown side by side; outlets past this are dropped with a notice.
pub const MAX_OUTLETS: usize = 5;

/// How many outlets a comparison shows when the link names none.
pub const DEFAULT_OUTLETS: usize = 3;

/// The longest search text a link keeps, in characters; longer text is cut with a notice.
pub const MAX_SEARCH_CHARS: usize = 200;

/// The most notices a link gets in full; the distinct ones past this are summed up in one
/// [`Notice::More`], so that no link can make a page list thousands of them.
pub const MAX_NOTICES: usize = 20;

#[cfg(test)]
mod tests;
