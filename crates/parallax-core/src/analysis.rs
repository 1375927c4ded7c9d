//! The analysis engine: claims, quotes, attributions, topics and coverage for one event.
//!
//! PLACEHOLDER: the types are the contract between the engine, the CLI report and the app;
//! the engine itself is being written.

use serde::{Deserialize, Serialize};

use crate::model::Event;

/// Everything the engine finds in one event.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EventAnalysis {
    /// The event's id.
    pub event_id: String,
    /// Sentences from different outlets that report the same thing, in story order.
    pub claims: Vec<Claim>,
    /// Quote families: one quote and its wordings across outlets.
    pub quotes: Vec<QuoteFamily>,
    /// Whom each outlet credits, and where.
    pub attributions: Vec<Attribution>,
    /// Topics with the sentences tagged with each.
    pub topics: Vec<Topic>,
    /// Per-outlet coverage figures, in the event's article order.
    pub coverage: Vec<OutletCoverage>,
}

/// A group of sentences from one or more outlets that report the same thing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// `c<n>`, numbered in story order.
    pub id: String,
    /// The member sentence ids.
    pub sentences: Vec<String>,
    /// The outlets that carry it, in article order.
    pub outlets: Vec<String>,
    /// The outlets of the event that do not carry it.
    pub missing: Vec<String>,
}

/// One quote and the ways different outlets word it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteFamily {
    /// `q<n>`.
    pub id: String,
    /// Who said it, when the text says so; never guessed.
    pub speaker: Option<String>,
    /// The most common wording, which the variants are diffed against.
    pub canonical: String,
    /// Each outlet's wording.
    pub variants: Vec<QuoteVariant>,
}

/// One outlet's wording of a quote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteVariant {
    /// The outlet id.
    pub outlet: String,
    /// The id of the sentence where the quote starts.
    pub sentence: String,
    /// The quoted words, without the quote marks.
    pub text: String,
    /// Whether this is a fragment quoted inside reported speech.
    pub partial: bool,
    /// A word-level diff against the family's canonical wording.
    pub diff: Vec<DiffOp>,
}

/// One step of a word-level diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DiffOp {
    /// Words in both wordings.
    Same(String),
    /// Words this variant has and the canonical wording lacks.
    Inserted(String),
    /// Words of the canonical wording this variant lacks.
    Removed(String),
}

/// A source that an outlet credits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    /// The outlet that gives the credit.
    pub outlet: String,
    /// The credited source, by its canonical name ("Reuters", "RT").
    pub source: String,
    /// What kind of source it is.
    pub kind: SourceKind,
    /// The sentence that gives the credit.
    pub sentence: String,
}

/// Kinds of credited source.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SourceKind {
    /// A news agency or another outlet.
    #[default]
    Media,
    /// An official or spokesperson.
    Official,
    /// An embedded social-media post.
    SocialPost,
}

/// A topic and the sentences tagged with it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Topic {
    /// The topic's slug.
    pub id: String,
    /// The display label.
    pub label: String,
    /// Whether the engine found it itself (no `topics.toml` entry).
    pub automatic: bool,
    /// The ids of the sentences tagged with it.
    pub sentences: Vec<String>,
}

/// One outlet's coverage figures.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OutletCoverage {
    /// The outlet id.
    pub outlet: String,
    /// The outlet's own sentences.
    pub sentences: u32,
    /// Words in them.
    pub words: u32,
    /// Quote variants in the article.
    pub quotes: u32,
    /// Claims it shares with at least one other outlet.
    pub shared_claims: u32,
    /// Claims only it carries.
    pub unique_claims: u32,
    /// Its claims as a share of all the event's claims, 0 to 1.
    pub claim_share: f32,
    /// Share of its sentences per topic id, 0 to 1.
    pub topic_share: Vec<(String, f32)>,
}

/// Analyses one event. PLACEHOLDER: returns no findings yet.
pub fn analyse(event: &Event) -> EventAnalysis {
    EventAnalysis { event_id: event.id.clone(), ..EventAnalysis::default() }
}
