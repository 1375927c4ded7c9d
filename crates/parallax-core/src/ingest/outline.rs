//! A compact text outline of a cleaned article: every block with its kind, every sentence with
//! its id, every removal with its reason code. Used by snapshot tests and handy for debugging.

use std::fmt::Write;

use crate::model::{Article, Block, Piece, Removal};

/// Renders an article as an indented outline, one line per block, sentence or removal.
pub fn outline(article: &Article) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({}) file={} published={} words={}",
        article.outlet.id,
        article.outlet.name,
        article.file,
        article.published.as_deref().unwrap_or("-"),
        article.word_count
    );
    for block in &article.blocks {
        match block {
            Block::Heading(sentence) => {
                let _ = writeln!(out, "heading {}: {}", sentence.id, sentence.text);
            }
            Block::Paragraph(pieces) => {
                let _ = writeln!(out, "paragraph");
                for piece in pieces {
                    match piece {
                        Piece::Sentence(sentence) => {
                            let _ = writeln!(out, "  {}: {}", sentence.id, sentence.text);
                        }
                        Piece::Removed(removal) => removed_line(&mut out, "  ", removal),
                    }
                }
            }
            Block::Embed(embed) => {
                let _ = writeln!(
                    out,
                    "embed author={} handle={} date={}",
                    embed.author.as_deref().unwrap_or("-"),
                    embed.handle.as_deref().unwrap_or("-"),
                    embed.date.as_deref().unwrap_or("-")
                );
                for sentence in &embed.sentences {
                    let _ = writeln!(out, "  {}: {}", sentence.id, sentence.text);
                }
                if let Some(signature) = &embed.signature {
                    let _ = writeln!(out, "  signature: {signature}");
                }
            }
            Block::Removed(removal) => removed_line(&mut out, "", removal),
        }
    }
    out
}

fn removed_line(out: &mut String, indent: &str, removal: &Removal) {
    let _ = writeln!(out, "{indent}[{}] {}", removal.reason.code(), removal.text.replace('\n', " \u{23CE} "));
}
