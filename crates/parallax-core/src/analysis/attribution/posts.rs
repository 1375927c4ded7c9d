//! Social posts: posts the text cites ("in a post on Truth Social", "wrote on X"), credited to
//! the person the sentence names before the platform (a post with no poster named credits nobody:
//! a platform is no source), and embedded posts, credited to their author (else their handle).

use super::names::{surfaces, NameTable};
use crate::analysis::document::Document;
use crate::analysis::speakers::People;
use crate::model::{Article, Block, Piece};

/// Words right before "on <platform>" that make it a post.
const POST_WORDS: &[&str] = &[
    "post",
    "posted",
    "posts",
    "wrote",
    "writes",
    "said",
    "tweeted",
    "message",
    "statement",
    "announced",
    "shared",
    "video",
];

/// The posters a sentence cites posts of (unit `unit_index`), in reading order.
pub fn cited(
    doc: &Document,
    people: &People,
    unit_index: usize,
    platforms: &NameTable,
    media: &NameTable,
) -> Vec<String> {
    let Some(unit) = doc.units.get(unit_index) else { return Vec::new() };
    let words = surfaces(&unit.tokens);
    let mut found = Vec::new();
    for start in 1..words.len() {
        if unit.tokens[start - 1].norm != "on" {
            continue;
        }
        if platforms.longest_at(&words, start).is_none() {
            continue;
        }
        let cue = unit.tokens[start.saturating_sub(4)..start - 1]
            .iter()
            .any(|t| POST_WORDS.contains(&t.surface.to_lowercase().as_str()));
        if !cue {
            continue;
        }
        let at = unit.tokens[start].span.start;
        if let Some(name) = poster_of(doc, people, unit_index, at, platforms).filter(|n| !media.knows(n)) {
            found.push(name);
        }
    }
    found
}

/// Who posted, for a sentence citing a post on a platform named at byte `at` of the sentence: the
/// first name the sentence gives before it that is not a platform.
fn poster_of(
    doc: &Document,
    people: &People,
    unit_index: usize,
    at: usize,
    platforms: &NameTable,
) -> Option<String> {
    let passage_index = doc.units.get(unit_index)?.passage;
    let passage = doc.passages.get(passage_index)?;
    let sentence = passage.pieces.iter().find(|(_, u)| *u == unit_index)?.0.clone();
    let range = sentence.start..sentence.start + at;
    let is_platform = |name: &str| platforms.iter().any(|(p, _)| *p == name);
    people
        .mentions_in(passage_index)
        .filter(|m| range.contains(&m.span.start) && !m.in_quote)
        .map(|m| people.canonical_name(&m.name))
        .find(|name| !is_platform(name))
}

/// An article's embedded posts: for each, its author (else `@handle`), the id of its first
/// sentence, and how many of the outlet's own sentences come before it.
pub fn embedded(article: &Article) -> Vec<(String, String, usize)> {
    let mut found = Vec::new();
    let mut units_before = 0usize;
    for block in &article.blocks {
        match block {
            Block::Heading(_) => units_before += 1,
            Block::Paragraph(pieces) => {
                units_before += pieces.iter().filter(|p| matches!(p, Piece::Sentence(_))).count();
            }
            Block::Removed(_) => {}
            Block::Embed(embed) => {
                let source = embed.author.clone().filter(|a| !a.trim().is_empty()).or_else(|| {
                    embed.handle.as_ref().filter(|h| !h.trim().is_empty()).map(|h| format!("@{h}"))
                });
                let (Some(source), Some(first)) = (source, embed.sentences.first()) else { continue };
                found.push((source, first.id.clone(), units_before));
            }
        }
    }
    found
}
