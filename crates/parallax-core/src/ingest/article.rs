//! Assembling a cleaned article into blocks: headings, paragraphs of sentences, embeds and
//! removals, with sentence ids `<outlet-id>-<n>` numbered in reading order.
//!
//! A body unit is a heading when it is one short line (at most [`MAX_HEADING_WORDS`] words) that
//! starts with a capital, does not end a sentence and is followed by more text. A short
//! fragment of that kind that sits between a sentence end and a removed promo inside a
//! paragraph (a sub-heading the scrape glued into the text) also becomes a heading, splitting
//! the paragraph.

use crate::ingest::clean::{Cleaned, Span};
use crate::ingest::embed::EmbedParts;
use crate::ingest::layout::ends_sentence;
use crate::ingest::segment::{collapse_whitespace, sentences};
use crate::ingest::words::{starts_uppercase, word_count};
use crate::model::{Article, Block, Embed, Piece, Removal, Sentence};

/// The most words a heading may have.
const MAX_HEADING_WORDS: usize = 20;

/// The most words a sub-heading glued into a paragraph may have.
const MAX_GLUED_HEADING_WORDS: usize = 12;

/// Builds the article's blocks from its front removals and cleaned units.
pub(crate) fn assemble(outlet_id: &str, front: Vec<Removal>, cleaned: Vec<Cleaned>) -> Vec<Block> {
    let mut blocks: Vec<Block> = front.into_iter().map(Block::Removed).collect();
    let has_text_after: Vec<bool> = {
        let mut seen_text = false;
        let mut after: Vec<bool> = cleaned
            .iter()
            .rev()
            .map(|unit| {
                let before = seen_text;
                seen_text |= matches!(unit, Cleaned::Body(_) | Cleaned::Embed(_));
                before
            })
            .collect();
        after.reverse();
        after
    };
    for (unit, text_after) in cleaned.into_iter().zip(has_text_after) {
        match unit {
            Cleaned::Removed(removal) => blocks.push(Block::Removed(removal)),
            Cleaned::Embed(parts) => blocks.push(Block::Embed(embed(parts))),
            Cleaned::Body(spans) => push_body(&mut blocks, spans, text_after),
        }
    }
    number_sentences(outlet_id, &mut blocks);
    blocks
}

fn embed(parts: EmbedParts) -> Embed {
    Embed {
        sentences: sentences(&parts.text).into_iter().map(unnumbered).collect(),
        author: parts.author,
        handle: parts.handle,
        date: parts.date,
        signature: parts.signature,
    }
}

fn push_body(blocks: &mut Vec<Block>, spans: Vec<Span>, text_after: bool) {
    if let [Span::Text(text)] = spans.as_slice() {
        if text_after && !text.contains('\n') && is_heading_like(text, MAX_HEADING_WORDS) {
            blocks.push(Block::Heading(unnumbered(collapse_whitespace(text))));
            return;
        }
    }
    let mut pieces = Vec::new();
    for span in spans {
        match span {
            Span::Text(text) => pieces
                .extend(sentences(&text).into_iter().map(|sentence| Piece::Sentence(unnumbered(sentence)))),
            Span::Removed(removal) => pieces.push(Piece::Removed(removal)),
        }
    }
    split_glued_headings(blocks, pieces);
}

/// Pushes a paragraph's pieces, splitting out sub-headings glued in before a removed promo.
fn split_glued_headings(blocks: &mut Vec<Block>, pieces: Vec<Piece>) {
    let mut paragraph: Vec<Piece> = Vec::new();
    let mut pieces = pieces.into_iter().peekable();
    while let Some(piece) = pieces.next() {
        let before_removal = matches!(pieces.peek(), Some(Piece::Removed(_)));
        let after_sentence_end = match paragraph.last() {
            None => true,
            Some(Piece::Sentence(sentence)) => ends_sentence(&sentence.text),
            Some(Piece::Removed(_)) => true,
        };
        match piece {
            Piece::Sentence(sentence)
                if before_removal
                    && after_sentence_end
                    && is_heading_like(&sentence.text, MAX_GLUED_HEADING_WORDS) =>
            {
                if !paragraph.is_empty() {
                    blocks.push(Block::Paragraph(std::mem::take(&mut paragraph)));
                }
                blocks.push(Block::Heading(sentence));
            }
            piece => paragraph.push(piece),
        }
    }
    if !paragraph.is_empty() {
        blocks.push(Block::Paragraph(paragraph));
    }
}

fn is_heading_like(text: &str, max_words: usize) -> bool {
    let words = text.split_whitespace().count();
    let first = text.chars().next();
    (1..=max_words).contains(&words)
        && (starts_uppercase(text) || first.is_some_and(|ch| ch.is_ascii_digit()))
        && !ends_sentence(text)
        && !text.trim_end().ends_with([':', ';', ','])
}

fn unnumbered(text: String) -> Sentence {
    Sentence { id: String::new(), text }
}

fn number_sentences(outlet_id: &str, blocks: &mut [Block]) {
    let mut next = 0u32;
    let mut number = |sentence: &mut Sentence| {
        next += 1;
        sentence.id = format!("{outlet_id}-{next}");
    };
    for block in blocks {
        match block {
            Block::Heading(sentence) => number(sentence),
            Block::Paragraph(pieces) => {
                for piece in pieces {
                    if let Piece::Sentence(sentence) = piece {
                        number(sentence);
                    }
                }
            }
            Block::Embed(embed) => embed.sentences.iter_mut().for_each(&mut number),
            Block::Removed(_) => {}
        }
    }
}

/// Words in the article's own sentences (headings and paragraphs, not embeds or removals).
pub(crate) fn count_words(article: &Article) -> u32 {
    let words: usize = article.own_sentences().map(|sentence| word_count(&sentence.text)).sum();
    u32::try_from(words).unwrap_or(u32::MAX)
}
