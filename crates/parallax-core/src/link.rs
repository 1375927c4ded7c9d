//! The URL contract: reading the state a shared link carries and writing it back canonically.
//!
//! A link to a comparison is `#/e/<event-id>/compare?<query>`. The route part belongs to the web
//! app; this module owns the query. [`CompareView::parse`] turns any query string, however
//! mangled, into a valid view of one event plus a list of [`Notice`]s that say, in words a
//! reader understands, which parts of the link were dropped or adjusted.
//! [`CompareView::to_query`] writes a view back in canonical form, so that a view has exactly one
//! link and the links the app writes always parse back to the same view.
//!
//! Query keys, in canonical order:
//!
//! | key | value | default |
//! | --- | --- | --- |
//! | `o` | outlet ids, comma-separated, in column order | the event's first [`DEFAULT_OUTLETS`] outlets |
//! | `removed` | `1` to show removed boilerplate in place | off |
//!
//! Parsing is lenient, as links travel through chat apps and hand edits: keys may repeat (`o=a&o=b`
//! is read as `o=a,b`), values may be percent-encoded, outlet ids are matched without regard to
//! ASCII case, and unknown keys are ignored. Later views add keys (`view`, `t`, `q`, `s`) the same
//! way: one field in [`CompareView`], one arm in the parser, one line in the writer.

mod compare;
mod notice;
mod query;

pub use compare::{CompareView, ParsedCompare};
pub use notice::Notice;

/// The fewest outlets a comparison is meant for (fewer still render, with a notice).
pub const MIN_OUTLETS: usize = 2;

/// The most outlets shown side by side; outlets past this are dropped with a notice.
pub const MAX_OUTLETS: usize = 5;

/// How many outlets a comparison shows when the link names none.
pub const DEFAULT_OUTLETS: usize = 3;

#[cfg(test)]
mod tests;
