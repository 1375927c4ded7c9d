//! Parallax core: the pure logic behind the Parallax site and the `parallax` command.
//!
//! A corpus on disk is read once, explicitly, by [`source::read_corpus_dir`]; everything after
//! that is pure: [`ingest::ingest`] parses manifests, cleans and segments the articles into the
//! [`model`], [`analysis`] finds claims, quotes and credits, and [`site`] writes the result as
//! the data files the browser fetches. [`link`] and [`view`] are the event pages' state and
//! what they show. Small shared helpers: [`calendar`] (weekday and month names), [`count`] (a
//! count with its noun), [`inert`] (untrusted text escaped so that it shows, not obeys, its control characters) and
//! [`diagnostic`]. Nothing here knows about the web, and no text can make it panic: problems
//! come back as [`Diagnostic`]s.
#![deny(missing_docs)]

pub mod analysis;
pub mod calendar;
pub mod count;
pub mod diagnostic;
pub mod inert;
pub mod ingest;
pub mod link;
pub mod model;
pub mod site;
pub mod source;
pub mod view;

pub use diagnostic::{Diagnostic, Severity};
pub use ingest::{ingest, Ingested, Limits};
pub use source::load_corpus;
