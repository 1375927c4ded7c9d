//! Quotes: every quoted span of every outlet, its speaker, whether it is a fragment, and the
//! families that gather one quote's wordings across outlets.
//!
//! Quotes are read from each paragraph's running text (so a quote may span sentences) and are
//! mapped back to the sentence where they open. Spans that are titles rather than speech (most
//! words capitalised, no sentence punctuation: 'Strong Ideas for a New Time') are skipped. A quote
//! split by its attribution (`"A," he said, "B."`) is joined into one; a later half that opens a
//! sentence of its own (a capitalised function word other than "I": `"… right now," he said,
//! adding, "No government …"`) counts as a sentence of its own when a long quote is cut into
//! pieces (see [`pieces`]), so one outlet's two remarks in one quotation do not join their
//! families.
//!
//! A quote is *partial* when it is a fragment worked into the outlet's own sentence: it covers
//! less than half of the words of the sentences it stands in, does not open its sentence, and is
//! not introduced by a colon or by a speech verb and a comma.
//!
//! Families are described in [`families`].

pub mod families;
pub mod marks;
pub mod unmarked;

use std::ops::Range;

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
    // The last speaker of the previous passage: its last quote's, else its reported speech's.
    let mut previous_passage: Option<(usize, String)> = None;
    for (index, passage) in doc.passages.iter().enumerate() {
        let Some(spans) = people.spans.get(index) else { continue };
        let text = passage.text.as_str();
        let spans: Vec<&Span> = spans.iter().filter(|span| !is_title(text, span)).collect();
        let carried =
            previous_passage.take().filter(|(article, _)| *article == passage.article).map(|(_, s)| s);
        // The speaker of this passage's last quote and where it closed.
        let mut previous_quote: Option<(String, usize)> = None;
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
            let pieces = pieces(text, passage, &group);
            let whole = pieces.len() == 1;
            let fragment = whole && is_partial(text, passage, first, last, &inner_text(text, &group));
            // A fragment worked into the outlet's own sentence ("Russia calls such 'root causes'
            // …") is the outlet's wording: it takes a speaker only from its own sentence.
            let speaker = people.speaker_of(doc, index, first, first.close).map(|s| s.name).or_else(|| {
                let attributed = fragment || names_a_source(text, passage, &group);
                let before = previous_quote.as_ref();
                (!attributed)
                    .then(|| continued_speaker(people, index, text, first.open, before, carried.as_deref()))?
            });
            if let Some(name) = &speaker {
                previous_quote = Some((name.clone(), last_close(&group)));
            }
            for piece in pieces {
                let joined: Vec<&str> =
                    piece.iter().filter_map(|range| text.get(range.clone())).map(str::trim).collect();
                let quote_text = joined.join(" ").trim_end_matches([',', ' ']).trim().to_string();
                let (Some(start), false) = (piece.first().map(|r| r.start), quote_text.is_empty()) else {
                    continue;
                };
                let Some(unit) = passage.unit_at(start) else { continue };
                let partial = fragment;
                quotes.push(Quote {
                    article: passage.article,
                    unit,
                    tokens: tokenize(&quote_text),
                    text: quote_text,
                    speaker: speaker.clone(),
                    partial,
                });
            }
        }
        let reported = people.speakers_in(doc, index, 0..text.len()).into_iter().last();
        let ends_with = match (&previous_quote, reported) {
            (Some((name, close)), Some(speech)) if speech.at.1 < *close => Some(name.clone()),
            (_, Some(speech)) => Some(speech.name),
            (Some((name, _)), None) => Some(name.clone()),
            (None, None) => None,
        };
        previous_passage = ends_with.map(|name| (passage.article, name));
    }
    quotes
}

/// The speaker of a quote that names none in its sentence, from the quotes before it: a quote
/// goes on in the voice of the last quote of its paragraph when no other person is named between
/// them outside quotes (its own speaker's name after it, `"…," X told Reuters. "…"`, is no other
/// person, and a name in the possessive, "Khan's lawyer", names no one who speaks), and a paragraph that opens with a quote goes on in the voice the paragraph
/// before it ended in (`carried`). Null otherwise: a speaker is never guessed.
fn continued_speaker(
    people: &People,
    passage: usize,
    text: &str,
    open: usize,
    last: Option<&(String, usize)>,
    carried: Option<&str>,
) -> Option<String> {
    if let Some((name, close)) = last {
        let named_between = people.mentions_in(passage).any(|m| {
            let other = people.canonical_name(&m.name);
            !m.in_quote
                && !m.possessive
                && m.span.start >= *close
                && m.span.start < open
                && other != *name
                && people.is_person(&other)
        });
        return (!named_between).then(|| name.clone());
    }
    let opens_passage = text.get(..open).is_some_and(|before| before.trim().is_empty());
    opens_passage.then(|| carried.map(str::to_string)).flatten()
}

/// Whether the sentences of a quote attribute it outside its marks ("a source said",
/// "according to officials"), even to someone unnamed: such a quote is not carried on from
/// another.
fn names_a_source(text: &str, passage: &super::document::Passage, group: &[&Span]) -> bool {
    let (Some(first), Some(last)) = (group.first(), group.last()) else { return false };
    let start = passage.sentence_range_at(first.open).start.min(first.open);
    let end = passage.sentence_range_at(last.close.saturating_sub(1)).end.max(last.close);
    let mut outside = String::new();
    let mut at = start;
    for span in group {
        outside.push_str(text.get(at..span.open.max(at)).unwrap_or(""));
        outside.push(' ');
        at = span.close.max(at);
    }
    outside.push_str(text.get(at..end.max(at)).unwrap_or(""));
    let words = tokenize(&outside);
    words.iter().enumerate().any(|(i, word)| {
        let lower = word.surface.to_lowercase();
        is_speech_verb(&lower)
            || (lower == "according" && words.get(i + 1).is_some_and(|next| next.norm == "to"))
    })
}

/// The words of a quote, its spans' inner text joined.
fn inner_text(text: &str, group: &[&Span]) -> String {
    let parts: Vec<&str> =
        group.iter().filter_map(|span| text.get(span.inner.clone())).map(str::trim).collect();
    parts.join(" ").trim_end_matches([',', ' ']).trim().to_string()
}

/// Where the last span of a quote closes.
fn last_close(group: &[&Span]) -> usize {
    group.last().map_or(0, |span| span.close)
}

/// Share of the event's sentences (and more than one per outlet) above which a word is the
/// story's frame rather than part of one remark: [`families`] does not count it.
pub const FRAME_SHARE: f32 = 0.2;

/// Fewest words a piece of a long quote has: shorter sentences join the one before them (or the
/// one after, when first).
const MIN_PIECE_WORDS: usize = 6;

/// Most words a quote of one or two sentences may have and stay one piece.
const MAX_WHOLE_WORDS: usize = 30;

/// Fewest words each of two quoted sentences has for the quote to be cut in two however short
/// it is: "For a year the outbreak has been on a downward trend. This trend has let most
/// countries return to life as before" holds two remarks that other outlets quote apart, while
/// "I will not retire. I want to keep playing" stays one.
const MIN_REMARK_SENTENCE_WORDS: usize = 11;

/// The pieces of a quote (its spans' inner text, halves of a split quote included), one per
/// quoted sentence or run of short sentences: a long interview answer holds several remarks,
/// and other outlets quote them apart. A quote of one or two sentences and at most
/// [`MAX_WHOLE_WORDS`] words stays whole, unless both sentences have
/// [`MIN_REMARK_SENTENCE_WORDS`] words or more. Each piece is a list of byte ranges of `text`.
fn pieces(text: &str, passage: &super::document::Passage, group: &[&Span]) -> Vec<Vec<Range<usize>>> {
    let words = |range: &Range<usize>| text.get(range.clone()).map_or(0, |t| tokenize(t).len());
    // Sentence stretches: the spans cut at the passage's sentence boundaries.
    let mut stretches: Vec<Vec<Range<usize>>> = Vec::new();
    let mut last_sentence: Option<usize> = None;
    for span in group {
        for (range, _) in &passage.pieces {
            let start = range.start.max(span.inner.start);
            let end = range.end.min(span.inner.end);
            if start >= end || words(&(start..end)) == 0 {
                continue;
            }
            // The halves of a split quote in one sentence stay one stretch, unless the later
            // half opens a sentence of its own.
            if last_sentence == Some(range.start) && !opens_sentence(text, start..end) {
                if let Some(stretch) = stretches.last_mut() {
                    stretch.push(start..end);
                    continue;
                }
            }
            last_sentence = Some(range.start);
            stretches.push(std::iter::once(start..end).collect());
        }
    }
    let total: usize = stretches.iter().flatten().map(words).sum();
    // Two sentences that are each a remark of their own are quoted apart by other outlets.
    let two_remarks = stretches.len() == 2
        && stretches.iter().all(|s| s.iter().map(words).sum::<usize>() >= MIN_REMARK_SENTENCE_WORDS);
    if stretches.len() < 3 && total <= MAX_WHOLE_WORDS && !two_remarks {
        return vec![stretches.into_iter().flatten().collect()];
    }
    let mut out: Vec<Vec<Range<usize>>> = Vec::new();
    let mut size = 0usize;
    for stretch in stretches {
        let count: usize = stretch.iter().map(words).sum();
        match out.last_mut() {
            Some(current) if size < MIN_PIECE_WORDS => {
                current.extend(stretch);
                size += count;
            }
            _ => {
                out.push(stretch);
                size = count;
            }
        }
    }
    // A short last piece joins the one before it.
    if out.len() >= 2 && size < MIN_PIECE_WORDS {
        if let Some(tail) = out.pop() {
            if let Some(before) = out.last_mut() {
                before.extend(tail);
            }
        }
    }
    out
}

/// Whether quoted words open a sentence of their own: their first word is a capitalised
/// function word other than "I" (`"…right now," he said, adding, "No government …"`). A name
/// or "I" may stand anywhere in a sentence, so it proves nothing.
fn opens_sentence(text: &str, range: Range<usize>) -> bool {
    let Some(words) = text.get(range) else { return false };
    tokenize(words).first().is_some_and(|first| first.capitalised && first.stop && first.norm != "i")
}

/// Whether a span is a title in quote marks ('Strong Ideas for a New Time', "America 250", "The
/// Hunchback of Notre Dame." with the sentence's full stop, "Ring of Fire," with its comma).
fn is_title(text: &str, span: &Span) -> bool {
    let Some(inner) = text.get(span.inner.clone()) else { return false };
    let inner = inner.trim_end().strip_suffix(['.', ',']).unwrap_or(inner);
    if inner.contains(['.', '!', '?', ',', ';']) {
        return false;
    }
    let tokens = tokenize(inner);
    let words: Vec<&Token> = tokens.iter().filter(|t| !t.stop || t.capitalised).collect();
    // Two words of a name at least: "Here it is," is a remark.
    if tokens.len() < 2 || words.len() < 2 || !tokens.first().is_some_and(|t| t.capitalised) {
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
    // The story's own words ("black holes" in a story about a black hole) say nothing about
    // which remark a quote is: they do not count when comparing wordings.
    let mut frequency: FastMap<&str, usize> = FastMap::default();
    for unit in &doc.units {
        let mut keys: Vec<&str> =
            unit.tokens.iter().filter(|t| t.is_content()).map(|t| t.key.as_str()).collect();
        keys.sort_unstable();
        keys.dedup();
        for key in keys {
            *frequency.entry(key).or_default() += 1;
        }
    }
    let most = (FRAME_SHARE * doc.units.len() as f32).max(doc.event.articles.len() as f32);
    let is_frame = |key: &str| frequency.get(key).is_some_and(|&n| n as f32 > most);
    let groups = families::group(quotes, doc.event.articles.len(), &is_frame);
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
                speaker: families::family_speaker_among(&variants, quotes),
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
