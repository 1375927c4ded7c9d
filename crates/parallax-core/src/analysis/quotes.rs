//! Quotes: every quoted span of every outlet, its speaker, whether it is a fragment, and the
//! families that gather one quote's wordings across outlets.
//!
//! Quotes are read from each paragraph's running text (so a quote may span sentences) and are
//! mapped back to the sentence where they open. Spans that are titles rather than speech (most
//! words capitalised, no sentence punctuation: 'Strong Ideas for a New Time') are skipped. A quote
//! split by its attribution (`"A," he said, "B."`) is joined into one.
//!
//! A quote is *partial* when it is a fragment worked into the outlet's own sentence: it covers
//! less than half of the words of the sentences it stands in, does not open its sentence, and is
//! not introduced by a colon or by a speech verb and a comma.
//!
//! Families are described in [`families`].

pub mod families;
pub mod marks;

use super::diff::word_diff;
use super::document::Document;
use super::hashing::FastMap;
use super::speakers::People;
use super::text::{is_speech_verb, tokenize, Token};
use crate::analysis::{DiffOp, QuoteFamily, QuoteVariant};
use marks::Span;

/// Most words a gap may have to be read as an attribution between two halves of one quote.
const MAX_SPLIT_GAP_WORDS: usize = 8;

/// One extracted quote.
#[derive(Debug, Clone)]
pub struct Quote {
    /// The article it is in.
    pub article: usize,
    /// The unit (sentence) where it opens.
    pub unit: usize,
    /// The quoted words without the marks (halves of a split quote joined by a space).
    pub text: String,
    /// The speaker's canonical name, when the text says who it is.
    pub speaker: Option<String>,
    /// Whether it is a fragment inside the outlet's own sentence.
    pub partial: bool,
    /// Its words.
    pub tokens: Vec<Token>,
}

/// Finds every quote of the event, in article and reading order.
pub fn extract(doc: &Document, people: &People) -> Vec<Quote> {
    let mut quotes = Vec::new();
    for (index, passage) in doc.passages.iter().enumerate() {
        let Some(spans) = people.spans.get(index) else { continue };
        let text = passage.text.as_str();
        let spans: Vec<&Span> = spans.iter().filter(|span| !is_title(text, span)).collect();
        let mut k = 0;
        while k < spans.len() {
            // Join the halves of a split quote.
            let mut group = vec![spans[k]];
            while let Some(next) = spans.get(k + group.len()) {
                let Some(last) = group.last() else { break };
                if !is_split(text, last, next) {
                    break;
                }
                group.push(next);
            }
            k += group.len();
            let (Some(first), Some(last)) = (group.first(), group.last()) else { continue };
            let joined: Vec<&str> = group
                .iter()
                .filter_map(|span| text.get(span.inner.clone()))
                .map(|inner| inner.trim())
                .collect();
            let quote_text = joined.join(" ").trim_end_matches([',', ' ']).trim().to_string();
            if quote_text.is_empty() {
                continue;
            }
            let Some(unit) = passage.unit_at(first.inner.start) else { continue };
            let speaker = people.speaker_of(doc, index, first, first.close).map(|s| s.name);
            let partial = is_partial(text, passage, first, last, &quote_text);
            quotes.push(Quote {
                article: passage.article,
                unit,
                tokens: tokenize(&quote_text),
                text: quote_text,
                speaker,
                partial,
            });
        }
    }
    quotes
}

/// Whether a span is a title in quote marks ('Strong Ideas for a New Time', "America 250").
fn is_title(text: &str, span: &Span) -> bool {
    let Some(inner) = text.get(span.inner.clone()) else { return false };
    if inner.contains(['.', '!', '?', ',', ';']) {
        return false;
    }
    let tokens = tokenize(inner);
    let words: Vec<&Token> = tokens.iter().filter(|t| !t.stop || t.capitalised).collect();
    if tokens.len() < 2 || words.is_empty() || !tokens.first().is_some_and(|t| t.capitalised) {
        return false;
    }
    let capitalised = words.iter().filter(|t| t.capitalised || t.number).count();
    capitalised * 4 >= words.len() * 3
}

/// Whether `next` continues the quote `last` after an attribution: `"A," he said, "B."`.
fn is_split(text: &str, last: &Span, next: &Span) -> bool {
    let (Some(inner), Some(gap)) = (text.get(last.inner.clone()), text.get(last.close..next.open)) else {
        return false;
    };
    let comma_before = inner.trim_end().ends_with(',') || gap.trim_start().starts_with(',');
    let gap_tokens = tokenize(gap);
    last.closed
        && comma_before
        && matches!(gap.trim_end().chars().last(), Some(',' | ':'))
        && !gap_tokens.is_empty()
        && gap_tokens.len() <= MAX_SPLIT_GAP_WORDS
        && gap_tokens.iter().any(|t| is_speech_verb(&t.surface.to_lowercase()))
}

/// Whether the quote from `first` to `last` is a fragment inside reported speech.
fn is_partial(
    text: &str,
    passage: &super::document::Passage,
    first: &Span,
    last: &Span,
    quote: &str,
) -> bool {
    let sentence_start = passage.sentence_range_at(first.open).start.min(first.open);
    let sentence_end = passage.sentence_range_at(last.close.saturating_sub(1)).end.max(last.close);
    let before = text.get(sentence_start..first.open).unwrap_or("").trim_end();
    if !before.chars().any(char::is_alphanumeric) {
        return false; // The quote opens its sentence.
    }
    if before.ends_with(':') {
        return false;
    }
    if before.ends_with(',') {
        let words = tokenize(before);
        let recent = words.iter().rev().take(3);
        if recent.into_iter().any(|t| is_speech_verb(&t.surface.to_lowercase())) {
            return false;
        }
    }
    let sentence_words = tokenize(text.get(sentence_start..sentence_end).unwrap_or("")).len();
    let quote_words = tokenize(quote).len();
    quote_words * 2 < sentence_words
}

/// Groups quotes into families and writes them out, most widely carried first.
pub fn families_of(doc: &Document, quotes: &[Quote]) -> Vec<QuoteFamily> {
    let groups = families::group(quotes, doc.event.articles.len());
    let mut families: Vec<(Vec<usize>, usize)> = groups
        .into_iter()
        .map(|members| {
            let mut outlets: Vec<usize> =
                members.iter().filter_map(|&i| quotes.get(i)).map(|q| q.article).collect();
            outlets.sort_unstable();
            outlets.dedup();
            (members, outlets.len())
        })
        .collect();
    families
        .sort_by(|(a, na), (b, nb)| nb.cmp(na).then(b.len().cmp(&a.len())).then(a.first().cmp(&b.first())));
    families
        .into_iter()
        .enumerate()
        .map(|(number, (members, _))| {
            let variants: Vec<&Quote> = members.iter().filter_map(|&i| quotes.get(i)).collect();
            let canonical = families::canonical_wording(&variants);
            // Outlets that copy a quote word for word have the same diff.
            let mut diffs: FastMap<&str, Vec<DiffOp>> = FastMap::default();
            QuoteFamily {
                id: format!("q{}", number + 1),
                speaker: families::family_speaker(&variants),
                variants: variants
                    .iter()
                    .map(|quote| QuoteVariant {
                        outlet: doc.outlet_id(quote.article).to_string(),
                        sentence: doc
                            .units
                            .get(quote.unit)
                            .map(|u| u.sentence.id.clone())
                            .unwrap_or_default(),
                        text: quote.text.clone(),
                        partial: quote.partial,
                        diff: diffs
                            .entry(quote.text.as_str())
                            .or_insert_with(|| word_diff(&canonical, &quote.text))
                            .clone(),
                    })
                    .collect(),
                canonical,
            }
        })
        .collect()
}
