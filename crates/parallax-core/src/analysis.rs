//! The analysis engine: claims, quotes, attributions, topics and coverage for one event.
//!
//! [`analyse`] is pure. It runs at build time, on the host (the site's `build.rs` and the CLI);
//! the browser only reads its result from the event's data file. The types below are the
//! contract with the CLI report and the web app. The steps live in submodules, each documenting
//! its rules and thresholds:
//! - [`text`] (with [`stem`] and [`lexicon`]): tokens, normalisation, stems and synonym keys;
//! - [`document`]: the event flattened into sentences and paragraph passages;
//! - [`index`]: the inverted index that yields candidate pairs in near-linear time;
//! - [`hashing`]: a fast hasher for the engine's own keys; [`sorted`]: ascending slices as sets;
//! - [`claims`]: sentences of different outlets that report the same thing;
//! - [`speakers`], [`quotes`], [`diff`]: quotes, who says them, their families and wordings;
//! - [`attribution`]: whom each outlet credits: agencies, outlets, people, bodies, documents, posts;
//! - [`topics`]: defined or automatic topics per sentence;
//! - [`coverage`]: per-outlet figures;
//! - [`origins`]: articles that copy another one, grouped by the text they share;
//! - [`differences`]: details (figures, dates, times, names, attribution verbs) that outlets
//!   report differently;
//! - [`placement`]: where each claim stands in each article (headline, lead, body, end).
//!
//! **Cost.** Work grows with the text, not with the square of the number of outlets: candidate
//! pairs come from an index, each distinct wording is tokenised and compared once (wire copy
//! repeats sentences and quotes word for word across outlets), and counts are made in one pass.
//!
//! Nothing here is tuned to one event: word lists are general English and newsroom vocabulary,
//! and every threshold is explained where it is defined. Only `topics.toml` files carry
//! event-specific data.

use serde::{Deserialize, Serialize};

use crate::model::Event;

pub mod attribution;
pub mod claims;
pub mod coverage;
pub mod diff;
pub mod differences;
pub mod document;
pub mod hashing;
pub mod index;
pub mod lexicon;
pub mod origins;
pub mod placement;
pub mod quotes;
pub mod sorted;
pub mod speakers;
pub mod stem;
pub mod text;
pub mod topics;

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
    /// Groups of articles that carry one source text (wire copy, republications, rewrites).
    /// An article in no group is an independent origin of its own.
    pub origins: Vec<Origin>,
    /// Details that outlets report differently, each on the claim it belongs to.
    pub differences: Vec<Difference>,
    /// Where each claim stands in the articles that carry it: `placements[i][k]` is the place of
    /// `claims[i]` in the article of `claims[i].outlets[k]`.
    pub placements: Vec<Vec<Place>>,
}

/// A group of sentences from one or more outlets that report the same thing. A sentence that
/// states several facts may stand in several claims.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// `c<n>`, numbered in story order.
    pub id: String,
    /// The member sentence ids.
    pub sentences: Vec<String>,
    /// The outlets that carry it, in article order.
    pub outlets: Vec<String>,
}

impl Claim {
    /// The outlets of `event` that do not carry the claim, in article order. Computed on demand:
    /// an event of thousands of outlets would otherwise store thousands of ids per claim.
    pub fn missing<'e>(&'e self, event: &'e Event) -> impl Iterator<Item = &'e str> + 'e {
        let mut carried = self.outlets.iter().map(String::as_str).peekable();
        event.articles.iter().map(|article| article.outlet.id.as_str()).filter(move |id| {
            if carried.peek() == Some(id) {
                carried.next();
                false
            } else {
                true
            }
        })
    }
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

/// A source that an outlet credits: someone or something the article names as the origin of what
/// it reports ("Reuters", "the fire chief", "police", "Vladimir Putin"). People merely mentioned,
/// the byline and photo credits are not credits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    /// The outlet that gives the credit.
    pub outlet: String,
    /// The credited source: an agency's or outlet's canonical name ("Reuters", "AP"), a person's
    /// canonical name ("Jorge Glas"), or the phrase the article names a source by when it gives
    /// no name ("the fire chief", "a spokesman for the port authority", "police"). For a
    /// document or a post, whoever issued it.
    pub source: String,
    /// What kind of source it is.
    pub kind: SourceKind,
    /// The sentence that gives the credit.
    pub sentence: String,
}

/// Kinds of credited source.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SourceKind {
    /// A news agency, in a dateline, a credit line or the text ("MOSCOW (Reuters) -", "(AP)").
    Agency,
    /// Another outlet: a newspaper, broadcaster or site ("told CNN", "NHK footage").
    #[default]
    Media,
    /// A person, by name or by role ("Jorge Glas", "the fire chief", "one witness").
    Person,
    /// A body that speaks as one: police, a ministry, a court, a company.
    Institution,
    /// A statement, report, ruling or readout credited as such, under whoever issued it.
    Document,
    /// A social-media post, embedded or cited, under whoever posted it.
    SocialPost,
}

impl SourceKind {
    /// Every kind, in a stable order (the data files' codes, and the order ties break in).
    pub const ALL: [SourceKind; 6] = [
        SourceKind::Agency,
        SourceKind::Media,
        SourceKind::Person,
        SourceKind::Institution,
        SourceKind::Document,
        SourceKind::SocialPost,
    ];

    /// A stable kebab-case code, used in the report and in `data-` attributes.
    pub fn code(self) -> &'static str {
        match self {
            SourceKind::Agency => "agency",
            SourceKind::Media => "media",
            SourceKind::Person => "person",
            SourceKind::Institution => "institution",
            SourceKind::Document => "document",
            SourceKind::SocialPost => "social-post",
        }
    }

    /// The kind as readers see it, on badges.
    pub fn label(self) -> &'static str {
        match self {
            SourceKind::Agency => "Agency",
            SourceKind::Media => "Media",
            SourceKind::Person => "Person",
            SourceKind::Institution => "Body",
            SourceKind::Document => "Document",
            SourceKind::SocialPost => "Social post",
        }
    }
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

/// A group of articles that carry one source text: an agency's story, an article and its
/// republications, or an article and the rewrites that keep its order of facts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Origin {
    /// `o<n>`, in the order of the groups' first articles.
    pub id: String,
    /// The outlets of the articles, the source first when it is one of them, then in article
    /// order.
    pub articles: Vec<String>,
    /// Where the text comes from: the outlet id of the article the others copy, or the agency
    /// the articles credit when the original is not in the event, or `None` when the text does
    /// not say which article came first.
    pub source: Option<String>,
    /// What kind of copy it is.
    pub kind: OriginKind,
    /// The share of the copying articles' sentences that come back in the article they copy
    /// (the largest over the group), 0 to 1.
    pub shared: f32,
    /// Each article of the group, in the order of `articles`.
    pub members: Vec<OriginMember>,
}

/// How the articles of an origin carry their text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OriginKind {
    /// An agency's story (the articles credit the agency in a dateline or a credit line).
    Wire,
    /// The same text, word for word or with a few words swapped.
    #[default]
    Copy,
    /// A rewrite that keeps the other article's order of facts.
    Rewrite,
}

impl OriginKind {
    /// Its code in the report: `wire`, `copy`, `rewrite`.
    pub fn code(self) -> &'static str {
        match self {
            OriginKind::Wire => "wire",
            OriginKind::Copy => "copy",
            OriginKind::Rewrite => "rewrite",
        }
    }
}

/// One article of an origin.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OriginMember {
    /// The outlet id.
    pub outlet: String,
    /// The outlet of the article of the group that it shares most with.
    pub closest: String,
    /// The share of its sentences that come back in that article, in the same order, 0 to 1.
    pub shared: f32,
    /// Whether those sentences are reworded rather than copied word for word.
    pub reworded: bool,
}

/// A detail that outlets report differently: a figure, a date, a time, a name or the verb that
/// attributes a statement.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Difference {
    /// The claim it belongs to (the one holding most of its sentences).
    pub claim: String,
    /// What kind of detail differs.
    pub kind: DetailKind,
    /// What the detail is about, in a few words ("killed", "price", "magnitude").
    pub about: String,
    /// Each outlet's value, in article order; two or more distinct ones.
    pub values: Vec<DetailValue>,
}

/// Kinds of detail that can differ.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DetailKind {
    /// A figure with its unit.
    #[default]
    Number,
    /// A day or a date.
    Date,
    /// A time of day.
    Time,
    /// The name of a person or a place.
    Name,
    /// The verb that attributes a statement ("said", "claimed", "admitted").
    Verb,
}

impl DetailKind {
    /// Its code in the report and in `data-kind`: `number`, `date`, `time`, `name`, `verb`.
    pub fn code(self) -> &'static str {
        match self {
            DetailKind::Number => "number",
            DetailKind::Date => "date",
            DetailKind::Time => "time",
            DetailKind::Name => "name",
            DetailKind::Verb => "verb",
        }
    }

    /// A word for it, on labels: "figure", "date", "time", "name", "attribution".
    pub fn label(self) -> &'static str {
        match self {
            DetailKind::Number => "figure",
            DetailKind::Date => "date",
            DetailKind::Time => "time",
            DetailKind::Name => "name",
            DetailKind::Verb => "attribution",
        }
    }
}

/// One outlet's value of a detail.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DetailValue {
    /// The outlet id.
    pub outlet: String,
    /// The sentence that gives it.
    pub sentence: String,
    /// The value as written ("at least 77", "$3,499", "11:25 am").
    pub text: String,
}

/// Where a claim stands in an article.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Place {
    /// The headline states it.
    Headline,
    /// The lead paragraph.
    Lead,
    /// The body, before the last third.
    #[default]
    Body,
    /// The last third of the article.
    End,
}

impl Place {
    /// Its code in the report and in the page's markup: `headline`, `lead`, `body`, `end`.
    pub fn code(self) -> &'static str {
        match self {
            Place::Headline => "headline",
            Place::Lead => "lead",
            Place::Body => "body",
            Place::End => "end",
        }
    }
}

/// Analyses one event: claims, quote families, attributions, topics, coverage, origins,
/// differences and placement.
pub fn analyse(event: &Event) -> EventAnalysis {
    let doc = document::Document::new(event);
    let mut spans: Vec<_> =
        doc.passages.iter().map(|passage| quotes::marks::find_spans(&passage.text)).collect();
    quotes::unmarked::add_unmarked(&doc, &mut spans);
    let people = speakers::People::new(&doc, spans);
    let extracted = quotes::extract(&doc, &people);
    let families = quotes::families_of(&doc, &extracted);
    let claims = claims::find_claims(&doc, &claims::Params::default(), &families);
    let attributions = attribution::find(&doc, &people, &extracted);
    let topics = if event.topics.is_empty() {
        topics::automatic(&doc, &people)
    } else {
        topics::tag(&doc, &event.topics)
    };
    let coverage = coverage::compute(&doc, &claims, &families, &topics);
    let origins = origins::find(&doc, &people);
    let differences = differences::find(&doc, &claims);
    let placements = placement::place(&doc, &claims);
    EventAnalysis {
        event_id: event.id.clone(),
        claims,
        quotes: families,
        attributions,
        topics,
        coverage,
        origins,
        differences,
        placements,
    }
}
