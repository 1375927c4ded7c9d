//! Coverage figures per outlet: how much it wrote, how many quotes, which claims it shares or
//! has alone, and how its sentences spread over the topics.
//!
//! Everything is counted in one pass over the sentences, claims, quotes and topics, so the cost
//! grows with their size, not with their size times the number of outlets.

use super::document::Document;
use super::hashing::FastMap;
use crate::analysis::{Claim, OutletCoverage, QuoteFamily, Topic};

/// What is counted for one article.
#[derive(Debug, Clone, Default)]
struct Tally {
    sentences: usize,
    words: usize,
    quotes: usize,
    shared: u32,
    unique: u32,
    /// Tagged sentences per topic, in the topics' order.
    tagged: Vec<usize>,
}

/// Row indices (articles) per outlet id or per sentence id.
type Rows<'a> = FastMap<&'a str, Vec<usize>>;

/// One row per article, in the event's article order.
pub fn compute(
    doc: &Document,
    claims: &[Claim],
    quotes: &[QuoteFamily],
    topics: &[Topic],
) -> Vec<OutletCoverage> {
    let articles = doc.event.articles.len();
    let mut tallies = vec![Tally { tagged: vec![0; topics.len()], ..Tally::default() }; articles];
    // Claims, quotes and topics name outlets and sentences; each counts for every article with
    // that outlet id or sentence id (ids are unique in a well-formed event).
    let rows_of_outlet = rows_of_outlet(doc);
    let rows_of_sentence = count_sentences(doc, &mut tallies);
    count_claims(claims, &rows_of_outlet, &mut tallies);
    count_quotes(quotes, &rows_of_outlet, &mut tallies);
    count_topics(topics, &rows_of_sentence, &mut tallies);
    doc.event
        .articles
        .iter()
        .zip(tallies)
        .map(|(article, tally)| coverage_row(&article.outlet.id, &tally, claims.len(), topics))
        .collect()
}

/// The rows of each outlet id.
fn rows_of_outlet<'a>(doc: &'a Document) -> Rows<'a> {
    let mut rows_of_outlet: Rows = FastMap::default();
    for (index, article) in doc.event.articles.iter().enumerate() {
        rows_of_outlet.entry(article.outlet.id.as_str()).or_default().push(index);
    }
    rows_of_outlet
}

/// Counts each row's sentences and words; returns the rows of each sentence id.
fn count_sentences<'a>(doc: &'a Document, tallies: &mut [Tally]) -> Rows<'a> {
    let mut rows_of_sentence: Rows = FastMap::default();
    for unit in &doc.units {
        let rows = rows_of_sentence.entry(unit.sentence.id.as_str()).or_default();
        if !rows.contains(&unit.article) {
            rows.push(unit.article);
        }
        if let Some(tally) = tallies.get_mut(unit.article) {
            tally.sentences += 1;
            tally.words += unit.tokens.len();
        }
    }
    rows_of_sentence
}

/// Counts each row's shared and unique claims, each claim once per row.
fn count_claims(claims: &[Claim], rows_of_outlet: &Rows, tallies: &mut [Tally]) {
    // The last claim counted for each row, so that a claim counts once per row.
    let mut counted_claim = vec![usize::MAX; tallies.len()];
    for (claim_index, claim) in claims.iter().enumerate() {
        let shared = claim.outlets.len() > 1;
        for outlet in &claim.outlets {
            for &row in rows_of_outlet.get(outlet.as_str()).into_iter().flatten() {
                match counted_claim.get_mut(row) {
                    Some(last) if *last != claim_index => *last = claim_index,
                    _ => continue,
                }
                if let Some(tally) = tallies.get_mut(row) {
                    if shared {
                        tally.shared += 1;
                    } else {
                        tally.unique += 1;
                    }
                }
            }
        }
    }
}

/// Counts each row's quote variants.
fn count_quotes(quotes: &[QuoteFamily], rows_of_outlet: &Rows, tallies: &mut [Tally]) {
    for variant in quotes.iter().flat_map(|q| &q.variants) {
        for &row in rows_of_outlet.get(variant.outlet.as_str()).into_iter().flatten() {
            if let Some(tally) = tallies.get_mut(row) {
                tally.quotes += 1;
            }
        }
    }
}

/// Counts each row's sentences tagged with each topic.
fn count_topics(topics: &[Topic], rows_of_sentence: &Rows, tallies: &mut [Tally]) {
    for (topic_index, topic) in topics.iter().enumerate() {
        for sentence in &topic.sentences {
            for &row in rows_of_sentence.get(sentence.as_str()).into_iter().flatten() {
                if let Some(count) = tallies.get_mut(row).and_then(|t| t.tagged.get_mut(topic_index)) {
                    *count += 1;
                }
            }
        }
    }
}

/// One outlet's coverage figures from its tally.
fn coverage_row(outlet: &str, tally: &Tally, total_claims: usize, topics: &[Topic]) -> OutletCoverage {
    let share = |count: usize| if tally.sentences == 0 { 0.0 } else { count as f32 / tally.sentences as f32 };
    OutletCoverage {
        outlet: outlet.to_string(),
        sentences: u32::try_from(tally.sentences).unwrap_or(u32::MAX),
        words: u32::try_from(tally.words).unwrap_or(u32::MAX),
        quotes: u32::try_from(tally.quotes).unwrap_or(u32::MAX),
        shared_claims: tally.shared,
        unique_claims: tally.unique,
        claim_share: if total_claims == 0 {
            0.0
        } else {
            (tally.shared + tally.unique) as f32 / total_claims as f32
        },
        topic_share: topics
            .iter()
            .zip(&tally.tagged)
            .map(|(topic, &n)| (topic.id.clone(), share(n)))
            .collect(),
    }
}
