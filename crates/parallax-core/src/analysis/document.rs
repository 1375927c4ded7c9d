//! The event flattened for analysis: every outlet sentence with its tokens and story position,
//! and every paragraph's running text with the sentence each byte belongs to.

use std::collections::HashSet;
use std::ops::Range;

use super::text::{tokenize, Token};
use crate::model::{Block, Event, Piece, Sentence};

/// One of an outlet's own sentences (a heading or a paragraph sentence, never an embed).
#[derive(Debug, Clone)]
pub struct Unit<'a> {
    /// Index of the article in the event.
    pub article: usize,
    /// The sentence.
    pub sentence: &'a Sentence,
    /// Where in its article it stands, from 0 (first) to 1 (last).
    pub position: f32,
    /// Its words.
    pub tokens: Vec<Token>,
}

/// A stretch of running text: a paragraph (or a heading) with its sentences joined by spaces.
#[derive(Debug, Clone)]
pub struct Passage {
    /// Index of the article in the event.
    pub article: usize,
    /// The joined text.
    pub text: String,
    /// Byte ranges of `text` and the index of the unit each holds.
    pub pieces: Vec<(Range<usize>, usize)>,
}

impl Passage {
    /// The unit whose sentence holds byte `at` (or the next one, if `at` falls between two).
    pub fn unit_at(&self, at: usize) -> Option<usize> {
        self.pieces
            .iter()
            .find(|(range, _)| at < range.end)
            .or_else(|| self.pieces.last())
            .map(|(_, unit)| *unit)
    }

    /// The byte range of the sentence holding byte `at`.
    pub fn sentence_range_at(&self, at: usize) -> Range<usize> {
        self.pieces
            .iter()
            .find(|(range, _)| at < range.end)
            .or_else(|| self.pieces.last())
            .map_or(0..self.text.len(), |(range, _)| range.clone())
    }
}

/// The whole event, ready for the analysis steps.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    /// The event.
    pub event: &'a Event,
    /// Outlet sentences in article order, then reading order.
    pub units: Vec<Unit<'a>>,
    /// Running text of each paragraph and heading, in article and reading order.
    pub passages: Vec<Passage>,
    /// Lowercased words that are written capitalised somewhere other than a sentence start.
    pub capitalised_words: HashSet<String>,
}

impl<'a> Document<'a> {
    /// Flattens an event.
    pub fn new(event: &'a Event) -> Document<'a> {
        let mut units = Vec::new();
        let mut passages = Vec::new();
        for (article_index, article) in event.articles.iter().enumerate() {
            let first_unit = units.len();
            for block in &article.blocks {
                let sentences: Vec<&Sentence> = match block {
                    Block::Heading(sentence) => vec![sentence],
                    Block::Paragraph(pieces) => pieces
                        .iter()
                        .filter_map(|piece| match piece {
                            Piece::Sentence(sentence) => Some(sentence),
                            Piece::Removed(_) => None,
                        })
                        .collect(),
                    Block::Embed(_) | Block::Removed(_) => continue,
                };
                let mut passage = Passage { article: article_index, text: String::new(), pieces: Vec::new() };
                for sentence in sentences {
                    if !passage.text.is_empty() {
                        passage.text.push(' ');
                    }
                    let start = passage.text.len();
                    passage.text.push_str(&sentence.text);
                    passage.pieces.push((start..passage.text.len(), units.len()));
                    units.push(Unit {
                        article: article_index,
                        sentence,
                        position: 0.0,
                        tokens: tokenize(&sentence.text),
                    });
                }
                if !passage.pieces.is_empty() {
                    passages.push(passage);
                }
            }
            let count = units.len() - first_unit;
            for (n, unit) in units[first_unit..].iter_mut().enumerate() {
                unit.position = if count > 1 { n as f32 / (count - 1) as f32 } else { 0.5 };
            }
        }
        let capitalised_words = units
            .iter()
            .flat_map(|unit| unit.tokens.iter())
            .filter(|token| token.capitalised && !token.sentence_initial && !token.acronym)
            .map(|token| token.norm.clone())
            .collect();
        Document { event, units, passages, capitalised_words }
    }

    /// The outlet id of an article.
    pub fn outlet_id(&self, article: usize) -> &str {
        self.event.articles.get(article).map_or("", |a| a.outlet.id.as_str())
    }

    /// Whether a token reads as (part of) a name: capitalised mid-sentence, an acronym, or a
    /// sentence-initial word that the event writes capitalised elsewhere.
    pub fn is_name_token(&self, token: &Token) -> bool {
        if token.number || token.stop && !token.acronym {
            return false;
        }
        token.acronym
            || (token.capitalised
                && (!token.sentence_initial || self.capitalised_words.contains(&token.norm)))
    }
}
