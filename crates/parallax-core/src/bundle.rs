//! The build-time bundle: everything the web app needs, encoded compactly with postcard.

use serde::{Deserialize, Serialize};

use crate::analysis::EventAnalysis;
use crate::model::Corpus;

/// What `build.rs` writes and the web app embeds.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    /// The cleaned, segmented corpus.
    pub corpus: Corpus,
    /// The analysis of each event, in the corpus's event order, computed at build time so that
    /// the browser computes nothing heavy.
    pub analyses: Vec<EventAnalysis>,
}

/// Encodes a bundle to bytes.
pub fn encode(bundle: &Bundle) -> Result<Vec<u8>, postcard::Error> {
    postcard::to_allocvec(bundle)
}

/// Decodes bytes written by [`encode`] with the same version of this crate.
pub fn decode(bytes: &[u8]) -> Result<Bundle, postcard::Error> {
    postcard::from_bytes(bytes)
}
