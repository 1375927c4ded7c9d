//! The event flattened for analysis: every outlet sentence with its tokens and story position,
//! and every paragraph's running text with the sentence each byte belongs to.
//!
//! Outlets that carry wire copy print the same sentence word for word, so a big event holds each
//! wording many times. Equal texts give equal tokens: each distinct sentence is tokenised once,
//! its tokens are shared, and every unit names the first unit that reads the same
//! ([`Unit::wording`]), so that later steps can do per-sentence work once per wording.

use std::ops::Range;
use std::rc::Rc;

use super::hashing::{FastMap, FastSet};
use super::text::{tokenize, Token, Word};
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
    /// Index of the passage it stands in.
    pub passage: usize,
    /// Its words (shared by every unit with the same text).
    pub tokens: Rc<[Token]>,
    /// The index of the first unit whose sentence has the same text (its own index if none
    /// before it does).
    pub wording: usize,
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
    pub capitalised_words: FastSet<Word>,
}

impl<'a> Document<'a> {
    /// Flattens an event.
    pub fn new(event: &'a Event) -> Document<'a> {
        let mut units: Vec<Unit<'a>> = Vec::new();
        let mut passages = Vec::new();
        let mut first_with_text: FastMap<&'a str, usize> = FastMap::default();
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
                    let index = units.len();
                    passage.pieces.push((start..passage.text.len(), index));
                    let wording = *first_with_text.entry(sentence.text.as_str()).or_insert(index);
                    let tokens = match units.get(wording) {
                        Some(same) => Rc::clone(&same.tokens),
                        None => Rc::from(tokenize(&sentence.text)),
                    };
                    units.push(Unit {
                        article: article_index,
                        sentence,
                        passage: passages.len(),
                        position: 0.0,
                        tokens,
                        wording,
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
            .enumerate()
            .filter(|(index, unit)| unit.wording == *index)
            .flat_map(|(_, unit)| unit.tokens.iter())
            .filter(|token| token.capitalised && !token.sentence_initial && !token.acronym)
            .map(|token| token.norm.clone())
            .collect();
        Document { event, units, passages, capitalised_words }
    }

    /// The tokens of a passage's running text: what [`tokenize`] gives for it, put together from
    /// its sentences' tokens instead of reading the text again.
    ///
    /// Sentences are joined by a space, which no word crosses, so each sentence yields the same
    /// words within the passage as alone. Only two things depend on what surrounds a sentence:
    /// whether its first word starts a sentence (it does alone; in the passage only after a `.`,
    /// `!`, `?` or `…` since the previous word), and whether a final `X.y` is read as one word
    /// (the tokenizer looks two characters ahead there). The first is recomputed; in the rare
    /// second case the passage is read again.
    pub fn passage_tokens(&self, passage: &Passage) -> Vec<Token> {
        let ends_like_initials = |text: &str| {
            let mut last = text.chars().rev();
            matches!((last.next(), last.next()), (Some(c), Some('.')) if c.is_alphabetic())
        };
        let count = passage.pieces.len();
        let sentences: Vec<(usize, &Unit)> = passage
            .pieces
            .iter()
            .filter_map(|(range, unit)| Some((range.start, self.units.get(*unit)?)))
            .collect();
        if sentences.len() != count
            || sentences
                .iter()
                .take(count.saturating_sub(1))
                .any(|(_, u)| ends_like_initials(&u.sentence.text))
        {
            return tokenize(&passage.text);
        }
        let ends_sentence = |text: &str| text.contains(['.', '!', '?', '…']);
        let mut tokens = Vec::with_capacity(sentences.iter().map(|(_, u)| u.tokens.len()).sum());
        let mut starts_sentence = true;
        for (offset, unit) in sentences {
            let text = unit.sentence.text.as_str();
            let (Some(first), Some(last)) = (unit.tokens.first(), unit.tokens.last()) else {
                starts_sentence = starts_sentence || ends_sentence(text);
                continue;
            };
            let lead = text.get(..first.span.start).unwrap_or("");
            let first_starts = starts_sentence || ends_sentence(lead);
            for (n, token) in unit.tokens.iter().enumerate() {
                let mut token = token.clone();
                token.span = token.span.start + offset..token.span.end + offset;
                if n == 0 {
                    token.sentence_initial = first_starts;
                }
                tokens.push(token);
            }
            starts_sentence = ends_sentence(text.get(last.span.end..).unwrap_or(""));
        }
        tokens
    }

    /// The outlet id of an article.
    pub fn outlet_id(&self, article: usize) -> &str {
        self.event.articles.get(article).map_or("", |a| a.outlet.id.as_str())
    }

    /// The articles (indexes in the event) that the units `units` come from, sorted, each once.
    pub fn articles_of(&self, units: &[usize]) -> Vec<usize> {
        let mut articles: Vec<usize> =
            units.iter().filter_map(|&u| self.units.get(u)).map(|u| u.article).collect();
        articles.sort_unstable();
        articles.dedup();
        articles
    }

    /// Whether a token reads as (part of) a name: capitalised mid-sentence, an acronym, or a
    /// sentence-initial word that the event writes capitalised elsewhere.
    pub fn is_name_token(&self, token: &Token) -> bool {
        if token.number || token.stop && !token.acronym || is_weekday(&token.surface) {
            return false;
        }
        token.acronym
            || (token.capitalised
                && (!token.sentence_initial || self.capitalised_words.contains(&token.norm)))
    }
}

/// Whether a word is a weekday's name: a date, never a name ("she said Thursday").
fn is_weekday(word: &str) -> bool {
    crate::calendar::WEEKDAYS.iter().any(|day| day.eq_ignore_ascii_case(word))
}
