//! Embedded posts, credited to their author (else their handle). Posts the text cites ("wrote
//! on X", "tweeted") are read with the other cues ([`super::cues`]), as credits of the poster.

use crate::model::{Article, Block, Piece};

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
