//! Placement: where each claim stands in each article that carries it, which says what the
//! outlet led with and what it buried.
//!
//! An article's sentences fall into three places by their position: the **lead** is its first
//! paragraph (at most its first [`LEAD_SENTENCES`] sentences: a wire story's wall of text has no
//! paragraph breaks), the **end** is its last third, and the **body** is what lies between. A
//! claim stands in the most prominent place of its sentences in that article, and in the
//! **headline** when the article's headline states it too.
//!
//! A headline states a claim when it shares at least two *informative* words with the claim's
//! sentence in that article, or the one informative word of a headline that says nothing else
//! besides the story's frame, with the sentence in the article's first third: informative words are those that at most a quarter of the event's sentences use
//! (clamped between one and two sentences per outlet, as in [`super::claims`]), so the story's
//! main names and its main noun ("Putin", "call", "earthquake") never decide it alone.

use super::document::Document;
use super::hashing::{FastMap, FastSet};
use super::text::{tokenize, Token};
use crate::analysis::{Claim, Place};

/// The most sentences of an article's first paragraph that count as its lead.
pub const LEAD_SENTENCES: usize = 3;

/// One place per claim and carrying outlet, in the order of `claims[i].outlets`.
pub fn place(doc: &Document, claims: &[Claim]) -> Vec<Vec<Place>> {
    let informative = Informative::new(doc);
    let headlines: Vec<Vec<String>> = doc
        .event
        .articles
        .iter()
        .map(|article| {
            article.headline.as_deref().map(|h| informative.keys_of(&tokenize(h))).unwrap_or_default()
        })
        .collect();
    let places = unit_places(doc);
    // The first third of each article: where a one-word headline's fact must stand.
    let early_units: Vec<bool> = {
        let mut early = vec![false; doc.units.len()];
        for span in article_spans(doc) {
            let cut = span.start + span.len().div_ceil(3);
            for flag in &mut early[span.start..cut] {
                *flag = true;
            }
        }
        early
    };
    let unit_of: FastMap<&str, usize> =
        doc.units.iter().enumerate().map(|(index, unit)| (unit.sentence.id.as_str(), index)).collect();
    let article_of: FastMap<&str, usize> =
        doc.event.articles.iter().enumerate().map(|(index, a)| (a.outlet.id.as_str(), index)).collect();
    claims
        .iter()
        .map(|claim| {
            // The claim's units by article, read once: a claim that thousands of outlets carry
            // must not be read again for each of them.
            let mut units_of: FastMap<usize, Vec<usize>> = FastMap::default();
            for unit in claim.sentences.iter().filter_map(|id| unit_of.get(id.as_str()).copied()) {
                if let Some(u) = doc.units.get(unit) {
                    units_of.entry(u.article).or_default().push(unit);
                }
            }
            claim
                .outlets
                .iter()
                .map(|outlet| {
                    let article = article_of.get(outlet.as_str()).copied();
                    let units: &[usize] = article.and_then(|a| units_of.get(&a)).map_or(&[], Vec::as_slice);
                    let headline = article.and_then(|a| headlines.get(a)).map_or(&[][..], Vec::as_slice);
                    let in_headline = units.iter().any(|&unit| {
                        let early = places.get(unit).is_some_and(|&p| p == Place::Lead)
                            || early_units.get(unit).copied().unwrap_or(false);
                        informative.states(headline, doc.units.get(unit).map(|u| &*u.tokens), early)
                    });
                    if in_headline {
                        Place::Headline
                    } else {
                        units.iter().filter_map(|&unit| places.get(unit).copied()).min().unwrap_or_default()
                    }
                })
                .collect()
        })
        .collect()
}

/// The place of every unit of the event by its position in its article.
fn unit_places(doc: &Document) -> Vec<Place> {
    let mut places = vec![Place::Body; doc.units.len()];
    for std::ops::Range { start, end } in article_spans(doc) {
        let count = end - start;
        let first_passage = doc.units[start].passage;
        // The last third: positions from two thirds of the way on, rounded up so that a short
        // article keeps a body.
        let end_from = (2 * count).div_ceil(3);
        for (n, place) in places[start..end].iter_mut().enumerate() {
            let unit = &doc.units[start + n];
            *place = if unit.passage == first_passage && n < LEAD_SENTENCES {
                Place::Lead
            } else if n >= end_from && count >= 3 {
                Place::End
            } else {
                Place::Body
            };
        }
    }
    places
}

/// The units of each article: the event's units are in article order, one run per article.
fn article_spans(doc: &Document) -> Vec<std::ops::Range<usize>> {
    let mut spans = Vec::new();
    let mut start = 0;
    while let Some(first) = doc.units.get(start) {
        let end = doc.units[start..]
            .iter()
            .position(|u| u.article != first.article)
            .map_or(doc.units.len(), |n| start + n);
        spans.push(start..end);
        start = end;
    }
    spans
}

/// Which words of the event are informative, by how many of its sentences use them.
struct Informative {
    /// Each content key's sentence count.
    counts: FastMap<String, usize>,
    /// The most sentences an informative key may be in.
    cap: usize,
}

impl Informative {
    fn new(doc: &Document) -> Informative {
        let mut counts: FastMap<String, usize> = FastMap::default();
        for unit in &doc.units {
            let keys: FastSet<&str> =
                unit.tokens.iter().filter(|t| t.is_content()).map(|t| t.key.as_str()).collect();
            for key in keys {
                *counts.entry(key.to_string()).or_default() += 1;
            }
        }
        let outlets = doc.event.articles.len().max(1);
        let cap = (doc.units.len() / 4).clamp(outlets, 2 * outlets);
        Informative { counts, cap }
    }

    /// The informative content keys of some tokens, without repeats.
    fn keys_of(&self, tokens: &[Token]) -> Vec<String> {
        let mut keys: Vec<String> = tokens
            .iter()
            .filter(|t| t.is_content() && self.is_informative(&t.key))
            .map(|t| t.key.to_string())
            .collect();
        keys.sort();
        keys.dedup();
        keys
    }

    fn is_informative(&self, key: &str) -> bool {
        self.counts.get(key).copied().unwrap_or(0) <= self.cap
    }

    /// Whether a headline's informative keys state what a sentence says: two of them, or the
    /// only one of a headline that says little else, in the article's first third (`early`).
    fn states(&self, headline: &[String], sentence: Option<&[Token]>, early: bool) -> bool {
        let Some(sentence) = sentence else { return false };
        if headline.is_empty() {
            return false;
        }
        let keys = self.keys_of(sentence);
        let shared = headline.iter().filter(|k| keys.contains(k)).count();
        shared >= 2 || (shared == 1 && headline.len() == 1 && early)
    }
}
