//! The JSON report: serde structs that fix the public schema (docs/report-schema.md).
//!
//! These structs are built from the model and the engine's output rather than derived from them
//! (serialising the core's types with `serde` attributes), for three reasons:
//! - **The core's types already have a serialisation**: the site's data files are those types in
//!   `postcard`, which is positional and not self-describing. The attributes a readable JSON
//!   schema needs (`skip_serializing_if` for absent values, `rename`, flattening) would break or
//!   bloat that format, and the two would have to change together.
//! - **The report is not the model**: it flattens the article's block tree into `sentences`,
//!   `embeds` and `removed`, and adds what researchers asked for that the engine does not store
//!   (each sentence's `kind`, `block` and `topics`, each claim's `missing` outlets, `shared`,
//!   independent `origins` and `placement`).
//! - **The schema is a promise**: scripts rely on these names (see `SCHEMA_VERSION`), while the
//!   engine's types change with it. A field renamed in the core fails to compile here instead of
//!   silently renaming the report's, and enums appear as the kinds' own codes (`code()`), never
//!   as Rust names.

use serde::Serialize;

use parallax_core::analysis::origins::OriginIndex;
use parallax_core::analysis::{
    Attribution, Claim, DiffOp, Difference, Origin, OutletCoverage, Place, QuoteFamily, QuoteVariant, Topic,
};
use parallax_core::model::{Article, Block, Embed, Event, Removal};

use super::index::ReportEvent;

/// The version of this schema; raised whenever a field is removed or changes meaning.
pub const SCHEMA_VERSION: u32 = 2;

/// The whole report.
#[derive(Debug, Serialize)]
pub struct Report<'a> {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// `parallax <version>`.
    pub generator: String,
    /// One entry per reported event, in corpus order.
    pub events: Vec<EventReport<'a>>,
}

/// One event.
#[derive(Debug, Serialize)]
pub struct EventReport<'a> {
    /// The event id (its folder name).
    pub id: &'a str,
    /// The display title.
    pub title: &'a str,
    /// `YYYY-MM-DD`, or null.
    pub date: Option<&'a str>,
    /// The manifest's summary, or null.
    pub summary: Option<&'a str>,
    /// The outlets, in article order.
    pub outlets: Vec<OutletReport<'a>>,
    /// The articles, in the same order.
    pub articles: Vec<ArticleReport<'a>>,
    /// Claims in story order.
    pub claims: Vec<ClaimReport<'a>>,
    /// Quote families.
    pub quotes: Vec<QuoteReport<'a>>,
    /// Credited sources.
    pub attributions: Vec<AttributionReport<'a>>,
    /// Topics and their sentences.
    pub topics: Vec<TopicReport<'a>>,
    /// Per-outlet figures, in article order.
    pub coverage: Vec<CoverageReport<'a>>,
    /// Groups of articles that carry one source text.
    pub origins: Vec<OriginReport<'a>>,
    /// Details that outlets report differently.
    pub differences: Vec<DifferenceReport<'a>>,
}

/// A group of articles that carry one source text.
#[derive(Debug, Serialize)]
pub struct OriginReport<'a> {
    /// `o<n>`.
    pub id: &'a str,
    /// The outlets of its articles, the source first when it is one of them.
    pub articles: Vec<&'a str>,
    /// The outlet id of the article the others copy, or the credited agency, or null.
    pub source: Option<&'a str>,
    /// `copy`, `rewrite` or `wire`.
    pub kind: &'static str,
    /// The share of the copying articles' sentences that come back in what they copy, 0 to 1.
    pub shared: f32,
    /// Each article: the one of the group it shares most with, how much, and whether reworded.
    pub members: Vec<OriginMemberReport<'a>>,
}

/// One article of an origin.
#[derive(Debug, Serialize)]
pub struct OriginMemberReport<'a> {
    /// The outlet id.
    pub outlet: &'a str,
    /// The outlet of the article of the group it shares most with.
    pub closest: &'a str,
    /// The share of its sentences that come back there, in the same order, 0 to 1.
    pub shared: f32,
    /// Whether those sentences are reworded rather than copied.
    pub reworded: bool,
}

/// A detail that outlets report differently.
#[derive(Debug, Serialize)]
pub struct DifferenceReport<'a> {
    /// The claim it belongs to.
    pub claim: &'a str,
    /// `number`, `date`, `time`, `name` or `verb`.
    pub kind: &'static str,
    /// What the detail is about, in a word or two.
    pub about: &'a str,
    /// Each outlet's value.
    pub values: Vec<DetailValueReport<'a>>,
}

/// One outlet's value of a detail.
#[derive(Debug, Serialize)]
pub struct DetailValueReport<'a> {
    /// The outlet id.
    pub outlet: &'a str,
    /// The sentence that gives it.
    pub sentence: &'a str,
    /// The value as written.
    pub text: &'a str,
}

/// An outlet.
#[derive(Debug, Serialize)]
pub struct OutletReport<'a> {
    /// The outlet slug.
    pub id: &'a str,
    /// The display name.
    pub name: &'a str,
}

/// One outlet's article.
#[derive(Debug, Serialize)]
pub struct ArticleReport<'a> {
    /// The outlet id.
    pub outlet: &'a str,
    /// The file name in the event folder.
    pub file: &'a str,
    /// The headline, or null.
    pub headline: Option<&'a str>,
    /// The original address, or null.
    pub url: Option<&'a str>,
    /// `YYYY-MM-DD`, or null.
    pub published: Option<&'a str>,
    /// The republishing site, or null.
    pub via: Option<&'a str>,
    /// Words in the outlet's own sentences.
    pub word_count: u32,
    /// Every sentence in reading order, embeds included (see `kind`).
    pub sentences: Vec<SentenceReport<'a>>,
    /// Embedded social posts.
    pub embeds: Vec<EmbedReport<'a>>,
    /// What cleaning removed, in reading order.
    pub removed: Vec<RemovedReport<'a>>,
}

/// One sentence.
#[derive(Debug, Serialize)]
pub struct SentenceReport<'a> {
    /// `<outlet-id>-<n>`.
    pub id: &'a str,
    /// The cleaned text.
    pub text: &'a str,
    /// `heading`, `body` or `embed`.
    pub kind: &'static str,
    /// The 1-based block (paragraph, heading or embed) it belongs to.
    pub block: usize,
    /// Topic ids it is tagged with.
    pub topics: Vec<&'a str>,
}

/// An embedded social post.
#[derive(Debug, Serialize)]
pub struct EmbedReport<'a> {
    /// The post author's display name, or null.
    pub author: Option<&'a str>,
    /// The handle without `@`, or null.
    pub handle: Option<&'a str>,
    /// The post's date as written, or null.
    pub date: Option<&'a str>,
    /// The media link and signature that follow the post's words, as written, or null.
    pub signature: Option<&'a str>,
    /// Its sentence ids.
    pub sentences: Vec<&'a str>,
}

/// A piece of removed boilerplate.
#[derive(Debug, Serialize)]
pub struct RemovedReport<'a> {
    /// The removed text.
    pub text: &'a str,
    /// A kebab-case reason code.
    pub reason: &'static str,
    /// The reason in words.
    pub label: &'static str,
}

/// A claim.
#[derive(Debug, Serialize)]
pub struct ClaimReport<'a> {
    /// `c<n>`.
    pub id: &'a str,
    /// Member sentence ids.
    pub sentences: Vec<&'a str>,
    /// Outlets that carry it.
    pub outlets: Vec<&'a str>,
    /// Outlets of the event that do not.
    pub missing: Missing<'a>,
    /// Whether two or more outlets carry it.
    pub shared: bool,
    /// How many independent origins its outlets stand for (copies of one text count once).
    pub origins: usize,
    /// Where it stands in each carrying outlet's article: `headline`, `lead`, `body` or `end`.
    pub placement: Placement<'a>,
}

/// A claim's place in each article, written as an object keyed by outlet id.
#[derive(Debug, Clone, Copy)]
pub struct Placement<'a> {
    outlets: &'a [String],
    places: &'a [Place],
}

impl Serialize for Placement<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .collect_map(self.outlets.iter().zip(self.places).map(|(outlet, place)| (outlet, place.code())))
    }
}

/// A quote family.
#[derive(Debug, Serialize)]
pub struct QuoteReport<'a> {
    /// `q<n>`.
    pub id: &'a str,
    /// The speaker, or null when the text does not say.
    pub speaker: Option<&'a str>,
    /// The most common wording.
    pub canonical: &'a str,
    /// Outlets that carry the quote, without repeats, in variant order.
    pub outlets: Vec<&'a str>,
    /// Each outlet's wording.
    pub variants: Vec<VariantReport<'a>>,
}

/// One wording of a quote.
#[derive(Debug, Serialize)]
pub struct VariantReport<'a> {
    /// The outlet id.
    pub outlet: &'a str,
    /// The sentence where the quote starts.
    pub sentence: &'a str,
    /// The quoted words.
    pub text: &'a str,
    /// A fragment quoted inside reported speech.
    pub partial: bool,
    /// Word diff against `canonical`.
    pub diff: Vec<DiffReport<'a>>,
}

/// One step of a word diff.
#[derive(Debug, Serialize)]
pub struct DiffReport<'a> {
    /// `same`, `inserted` (in this variant only) or `removed` (in the canonical wording only).
    pub op: &'static str,
    /// The words.
    pub text: &'a str,
}

/// A credited source.
#[derive(Debug, Serialize)]
pub struct AttributionReport<'a> {
    /// The crediting outlet.
    pub outlet: &'a str,
    /// The source's canonical name.
    pub source: &'a str,
    /// `agency`, `media`, `person`, `institution`, `document` or `social-post`.
    pub kind: &'static str,
    /// The sentence that credits it.
    pub sentence: &'a str,
}

/// A topic.
#[derive(Debug, Serialize)]
pub struct TopicReport<'a> {
    /// The slug.
    pub id: &'a str,
    /// The label.
    pub label: &'a str,
    /// Found by the engine rather than defined in topics.toml.
    pub automatic: bool,
    /// Tagged sentence ids.
    pub sentences: Vec<&'a str>,
}

/// One outlet's coverage figures.
#[derive(Debug, Serialize)]
pub struct CoverageReport<'a> {
    /// The outlet id.
    pub outlet: &'a str,
    /// Own sentences.
    pub sentences: u32,
    /// Words in them.
    pub words: u32,
    /// Quote variants.
    pub quotes: u32,
    /// Claims shared with another outlet.
    pub shared_claims: u32,
    /// Claims only this outlet carries.
    pub unique_claims: u32,
    /// Its claims over all the event's claims, 0 to 1.
    pub claim_share: f32,
    /// Share of its sentences per topic.
    pub topic_share: Vec<TopicShareReport<'a>>,
}

/// One outlet's share of sentences on one topic.
#[derive(Debug, Serialize)]
pub struct TopicShareReport<'a> {
    /// The topic id.
    pub topic: &'a str,
    /// 0 to 1.
    pub share: f32,
}

/// Builds the report for the given events, each with its index.
pub fn build<'a>(events: &[ReportEvent<'a>]) -> Report<'a> {
    Report {
        schema_version: SCHEMA_VERSION,
        generator: format!("parallax {}", env!("CARGO_PKG_VERSION")),
        events: events.iter().map(event_report).collect(),
    }
}

fn event_report<'a>(index: &ReportEvent<'a>) -> EventReport<'a> {
    let event = index.event();
    let analysis = index.analysis();
    let origins = OriginIndex::new(&analysis.origins);
    EventReport {
        id: &event.id,
        title: &event.title,
        date: event.date.as_deref(),
        summary: event.summary.as_deref(),
        outlets: event
            .articles
            .iter()
            .map(|article| OutletReport { id: &article.outlet.id, name: &article.outlet.name })
            .collect(),
        articles: event.articles.iter().map(|article| article_report(index, article)).collect(),
        claims: analysis
            .claims
            .iter()
            .enumerate()
            .map(|(n, claim)| claim_report(claim, event, &origins, analysis.placements.get(n)))
            .collect(),
        quotes: analysis.quotes.iter().map(quote_report).collect(),
        attributions: analysis.attributions.iter().map(attribution_report).collect(),
        topics: analysis.topics.iter().map(topic_report).collect(),
        coverage: analysis.coverage.iter().map(coverage_report).collect(),
        origins: analysis.origins.iter().map(origin_report).collect(),
        differences: analysis.differences.iter().map(difference_report).collect(),
    }
}

fn origin_report(origin: &Origin) -> OriginReport<'_> {
    OriginReport {
        id: &origin.id,
        articles: strs(&origin.articles),
        source: origin.source.as_deref(),
        kind: origin.kind.code(),
        shared: finite(origin.shared),
        members: origin
            .members
            .iter()
            .map(|m| OriginMemberReport {
                outlet: &m.outlet,
                closest: &m.closest,
                shared: finite(m.shared),
                reworded: m.reworded,
            })
            .collect(),
    }
}

fn difference_report(difference: &Difference) -> DifferenceReport<'_> {
    DifferenceReport {
        claim: &difference.claim,
        kind: difference.kind.code(),
        about: &difference.about,
        values: difference
            .values
            .iter()
            .map(|v| DetailValueReport { outlet: &v.outlet, sentence: &v.sentence, text: &v.text })
            .collect(),
    }
}

fn article_report<'a>(index: &ReportEvent<'a>, article: &'a Article) -> ArticleReport<'a> {
    let sentences = article
        .placed_sentences()
        .map(|(block, kind, sentence)| SentenceReport {
            id: &sentence.id,
            text: &sentence.text,
            kind: kind.code(),
            block,
            topics: index.view.topics_of(&sentence.id).collect(),
        })
        .collect();
    let embeds = article
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Embed(embed) => Some(embed_report(embed)),
            _ => None,
        })
        .collect();
    ArticleReport {
        outlet: &article.outlet.id,
        file: &article.file,
        headline: article.headline.as_deref(),
        url: article.url.as_deref(),
        published: article.published.as_deref(),
        via: article.via.as_deref(),
        word_count: article.word_count,
        sentences,
        embeds,
        removed: article.removals().map(removed_report).collect(),
    }
}

fn embed_report(embed: &Embed) -> EmbedReport<'_> {
    EmbedReport {
        author: embed.author.as_deref(),
        handle: embed.handle.as_deref(),
        date: embed.date.as_deref(),
        signature: embed.signature.as_deref(),
        sentences: embed.sentences.iter().map(|sentence| sentence.id.as_str()).collect(),
    }
}

fn removed_report(removal: &Removal) -> RemovedReport<'_> {
    RemovedReport { text: &removal.text, reason: removal.reason.code(), label: removal.reason.label() }
}

fn strs(items: &[String]) -> Vec<&str> {
    items.iter().map(String::as_str).collect()
}

fn claim_report<'a>(
    claim: &'a Claim,
    event: &'a Event,
    origins: &OriginIndex<'_>,
    places: Option<&'a Vec<Place>>,
) -> ClaimReport<'a> {
    let places = places.map_or(&[][..], Vec::as_slice);
    ClaimReport {
        id: &claim.id,
        sentences: strs(&claim.sentences),
        outlets: strs(&claim.outlets),
        missing: Missing { claim, event },
        shared: claim.outlets.len() >= 2,
        origins: origins.independent(claim.outlets.iter().map(String::as_str)),
        placement: Placement { outlets: &claim.outlets, places },
    }
}

/// A claim's missing outlets, written straight from the event's outlets: an event of thousands
/// of outlets would otherwise hold thousands of ids per claim.
#[derive(Debug, Clone, Copy)]
pub struct Missing<'a> {
    claim: &'a Claim,
    event: &'a Event,
}

impl Serialize for Missing<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.claim.missing(self.event))
    }
}

fn quote_report(family: &QuoteFamily) -> QuoteReport<'_> {
    let mut outlets: Vec<&str> = Vec::new();
    for variant in &family.variants {
        if !outlets.contains(&variant.outlet.as_str()) {
            outlets.push(&variant.outlet);
        }
    }
    QuoteReport {
        id: &family.id,
        speaker: family.speaker.as_deref(),
        canonical: &family.canonical,
        outlets,
        variants: family.variants.iter().map(variant_report).collect(),
    }
}

fn variant_report(variant: &QuoteVariant) -> VariantReport<'_> {
    VariantReport {
        outlet: &variant.outlet,
        sentence: &variant.sentence,
        text: &variant.text,
        partial: variant.partial,
        diff: variant.diff.iter().map(diff_report).collect(),
    }
}

/// The JSON code and the words of a diff step.
pub fn diff_parts(op: &DiffOp) -> (&'static str, &str) {
    match op {
        DiffOp::Same(text) => ("same", text),
        DiffOp::Inserted(text) => ("inserted", text),
        DiffOp::Removed(text) => ("removed", text),
    }
}

fn diff_report(op: &DiffOp) -> DiffReport<'_> {
    let (op, text) = diff_parts(op);
    DiffReport { op, text }
}

fn attribution_report(attribution: &Attribution) -> AttributionReport<'_> {
    AttributionReport {
        outlet: &attribution.outlet,
        source: &attribution.source,
        kind: attribution.kind.code(),
        sentence: &attribution.sentence,
    }
}

fn topic_report(topic: &Topic) -> TopicReport<'_> {
    TopicReport {
        id: &topic.id,
        label: &topic.label,
        automatic: topic.automatic,
        sentences: strs(&topic.sentences),
    }
}

fn coverage_report(coverage: &OutletCoverage) -> CoverageReport<'_> {
    CoverageReport {
        outlet: &coverage.outlet,
        sentences: coverage.sentences,
        words: coverage.words,
        quotes: coverage.quotes,
        shared_claims: coverage.shared_claims,
        unique_claims: coverage.unique_claims,
        claim_share: finite(coverage.claim_share),
        topic_share: coverage
            .topic_share
            .iter()
            .map(|(topic, share)| TopicShareReport { topic, share: finite(*share) })
            .collect(),
    }
}

/// JSON has no NaN or infinity (serde_json would write `null`); a share that is not a number is 0.
fn finite(value: f32) -> f32 {
    if value.is_finite() {
        value
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;
    use crate::report::sample;

    #[test]
    fn builds_the_documented_shape_with_kebab_case_codes() {
        let event = sample::event();
        let analysis = sample::analysis();
        let report = build(&[ReportEvent::new(&event, &analysis)]);
        let value: Value = serde_json::to_value(&report).unwrap_or_default();
        assert_eq!(value["schema_version"], json!(SCHEMA_VERSION));
        let event = &value["events"][0];
        assert_eq!(event["outlets"][0], json!({"id": "north", "name": "North | Post"}));
        let north = &event["articles"][0];
        assert_eq!(north["sentences"].as_array().map(Vec::len), Some(4), "embeds included");
        assert_eq!(
            north["sentences"][0],
            json!({"id": "north-1", "text": "The river bridge was closed on Monday after a crash, Reuters reported.", "kind": "body", "block": 2, "topics": ["traffic"]})
        );
        assert_eq!(north["sentences"][2]["kind"], "heading");
        assert_eq!(north["sentences"][3]["kind"], "embed");
        assert_eq!(north["sentences"][3]["topics"], json!([]));
        assert_eq!(
            north["embeds"][0],
            json!({"author": "City Hall", "handle": "cityhall", "date": "May 1, 2025", "signature": "pic.twitter.com/abc — City Hall (@cityhall) May 1, 2025", "sentences": ["north-4"]})
        );
        assert_eq!(north["removed"][0]["reason"], "date-line");
        assert_eq!(north["removed"][1]["reason"], "promo");
        assert_eq!(event["articles"][1]["via"], "NewsPile");
        assert_eq!(event["articles"][1]["headline"], Value::Null);
        assert_eq!(event["claims"][0]["shared"], true);
        assert_eq!(event["claims"][1]["missing"], json!(["south"]));
        assert_eq!(event["quotes"][0]["outlets"], json!(["north", "south"]));
        let diff = &event["quotes"][0]["variants"][1]["diff"];
        assert_eq!(diff[1], json!({"op": "removed", "text": "Friday,"}));
        assert_eq!(diff[2], json!({"op": "inserted", "text": "the weekend."}));
        assert_eq!(event["attributions"][0]["kind"], "agency");
        assert_eq!(event["attributions"][1]["kind"], "social-post");
        assert_eq!(event["topics"][0]["automatic"], true);
        assert_eq!(event["coverage"][1]["claim_share"], json!(0.0), "NaN becomes 0");
        assert_eq!(event["coverage"][0]["topic_share"][0]["topic"], "traffic");
        assert_eq!(event["claims"][0]["origins"], json!(1), "two copies of one story are one origin");
        assert_eq!(event["claims"][0]["placement"], json!({"north": "headline", "south": "lead"}));
        assert_eq!(event["claims"][1]["placement"], json!({"north": "end"}));
        let origin = &event["origins"][0];
        assert_eq!(origin["articles"], json!(["north", "south"]));
        assert_eq!(origin["source"], "Reuters");
        assert_eq!(origin["kind"], "wire");
        assert_eq!(origin["shared"], json!(0.5));
        assert_eq!(origin["members"][1]["reworded"], true);
        let difference = &event["differences"][0];
        assert_eq!(difference["claim"], "c1");
        assert_eq!(difference["kind"], "date");
        assert_eq!(
            difference["values"][1],
            json!({"outlet": "south", "sentence": "south-1", "text": "Sunday"})
        );
    }
}
