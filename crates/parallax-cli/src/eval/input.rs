//! The part of a `parallax report --json` document that `eval` scores.
//!
//! Scoring reads the report, not the engine's structs, so that the same figures come out for
//! the engine run in-process and for a report file written by another tool or another version
//! (`parallax eval --report FILE`). Fields it does not need are ignored.

use serde::Deserialize;

/// A report: its events.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ReportInput {
    /// The events.
    pub events: Vec<EventInput>,
}

/// One event of a report.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct EventInput {
    /// The event id.
    pub id: String,
    /// Outlet ids and names.
    #[serde(default)]
    pub outlets: Vec<OutletInput>,
    /// Each article's sentences and removed text.
    pub articles: Vec<ArticleInput>,
    /// Claims: groups of sentence ids.
    #[serde(default)]
    pub claims: Vec<ClaimInput>,
    /// Quote families.
    #[serde(default)]
    pub quotes: Vec<QuoteInput>,
    /// Credits.
    #[serde(default)]
    pub attributions: Vec<AttributionInput>,
    /// Copy groups.
    #[serde(default)]
    pub origins: Vec<OriginInput>,
    /// Details that outlets report differently.
    #[serde(default)]
    pub differences: Vec<DifferenceInput>,
}

/// A group of articles that carry one source text.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct OriginInput {
    /// The group's id.
    #[serde(default)]
    pub id: String,
    /// Its articles' outlet ids.
    pub articles: Vec<String>,
}

/// A detail that outlets report differently.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct DifferenceInput {
    /// The claim it belongs to.
    #[serde(default)]
    pub claim: String,
    /// What kind of detail.
    #[serde(default)]
    pub kind: String,
    /// Each outlet's value.
    pub values: Vec<DetailValueInput>,
}

/// One outlet's value of a detail.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct DetailValueInput {
    /// The outlet id.
    pub outlet: String,
    /// The sentence that gives it.
    pub sentence: String,
    /// The value as written.
    pub text: String,
}

/// An outlet's id and name.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct OutletInput {
    /// The id.
    pub id: String,
    /// The display name.
    #[serde(default)]
    pub name: String,
}

/// One article.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ArticleInput {
    /// The outlet id.
    pub outlet: String,
    /// Its sentences in reading order.
    pub sentences: Vec<SentenceInput>,
    /// What cleaning removed.
    #[serde(default)]
    pub removed: Vec<RemovedInput>,
}

/// One sentence.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SentenceInput {
    /// `<outlet>-<n>`.
    pub id: String,
    /// The text.
    pub text: String,
}

/// A removed piece of text.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RemovedInput {
    /// The text.
    pub text: String,
}

/// A claim.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ClaimInput {
    /// The member sentence ids.
    pub sentences: Vec<String>,
}

/// A quote family.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct QuoteInput {
    /// The family id.
    #[serde(default)]
    pub id: String,
    /// Who said it.
    #[serde(default)]
    pub speaker: Option<String>,
    /// Each outlet's wording.
    pub variants: Vec<VariantInput>,
}

/// One outlet's wording of a quote.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct VariantInput {
    /// The outlet id.
    pub outlet: String,
    /// The sentence where it starts.
    #[serde(default)]
    pub sentence: String,
    /// The quoted words.
    pub text: String,
}

/// A credit.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct AttributionInput {
    /// The outlet that gives it.
    pub outlet: String,
    /// The credited source.
    pub source: String,
}
