//! Coverage figures per outlet: how much it wrote, how many quotes, which claims it shares or
//! has alone, and how its sentences spread over the topics.

use std::collections::HashSet;

use super::document::Document;
use crate::analysis::{Claim, OutletCoverage, QuoteFamily, Topic};

/// One row per article, in the event's article order.
pub fn compute(
    doc: &Document,
    claims: &[Claim],
    quotes: &[QuoteFamily],
    topics: &[Topic],
) -> Vec<OutletCoverage> {
    let total_claims = claims.len();
    doc.event
        .articles
        .iter()
        .enumerate()
        .map(|(index, article)| {
            let outlet = article.outlet.id.as_str();
            let units: Vec<&super::document::Unit> =
                doc.units.iter().filter(|u| u.article == index).collect();
            let ids: HashSet<&str> = units.iter().map(|u| u.sentence.id.as_str()).collect();
            let words: usize = units.iter().map(|u| u.tokens.len()).sum();
            let carried = claims.iter().filter(|c| c.outlets.iter().any(|o| o == outlet));
            let (shared, unique) =
                carried.fold(
                    (0u32, 0u32),
                    |(s, u), c| if c.outlets.len() > 1 { (s + 1, u) } else { (s, u + 1) },
                );
            let quote_count = quotes.iter().flat_map(|q| &q.variants).filter(|v| v.outlet == outlet).count();
            let topic_share = topics
                .iter()
                .map(|topic| {
                    let tagged = topic.sentences.iter().filter(|s| ids.contains(s.as_str())).count();
                    (
                        topic.id.clone(),
                        if units.is_empty() { 0.0 } else { tagged as f32 / units.len() as f32 },
                    )
                })
                .collect();
            OutletCoverage {
                outlet: outlet.to_string(),
                sentences: u32::try_from(units.len()).unwrap_or(u32::MAX),
                words: u32::try_from(words).unwrap_or(u32::MAX),
                quotes: u32::try_from(quote_count).unwrap_or(u32::MAX),
                shared_claims: shared,
                unique_claims: unique,
                claim_share: if total_claims == 0 {
                    0.0
                } else {
                    (shared + unique) as f32 / total_claims as f32
                },
                topic_share,
            }
        })
        .collect()
}
