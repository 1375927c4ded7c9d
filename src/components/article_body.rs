//! An article's cleaned text in reading order, with removed boilerplate optionally
//! shown in place.

use parallax_core::model::{Article, Block, Embed, Piece, Removal};
use yew::prelude::*;

use crate::components::sentence::{sentence, sentences};
use crate::format;

/// Headings as headings, paragraphs as paragraphs, embedded posts as labelled quotations, and
/// (when asked) removed text where it was, greyed out and labelled with its reason.
pub fn article_body(article: &'static Article, show_removed: bool) -> Html {
    let blocks = article.blocks.iter().map(|block| render_block(block, show_removed));
    html! { <div class="article-body">{ for blocks }</div> }
}

fn render_block(block: &'static Block, show_removed: bool) -> Html {
    match block {
        Block::Heading(heading) => html! { <h3 class="article-heading">{ sentence(heading) }</h3> },
        Block::Paragraph(pieces) => paragraph(pieces, show_removed),
        Block::Embed(embed) => embedded_post(embed),
        Block::Removed(removal) if show_removed => html! {
            <p class="removed removed-block" data-removed={removal.reason.code()}>
                { removed_label(removal) }
                { removal.text.as_str() }
            </p>
        },
        Block::Removed(_) => Html::default(),
    }
}

fn paragraph(pieces: &'static [Piece], show_removed: bool) -> Html {
    let visible = |piece: &&Piece| show_removed || matches!(piece, Piece::Sentence(_));
    if !pieces.iter().any(|piece| visible(&piece)) {
        return Html::default();
    }
    let mut nodes = Vec::with_capacity(pieces.len() * 2);
    for (n, piece) in pieces.iter().filter(visible).enumerate() {
        if n > 0 {
            nodes.push(Html::from(" "));
        }
        nodes.push(match piece {
            Piece::Sentence(item) => sentence(item),
            Piece::Removed(removal) => html! {
                <span class="removed removed-inline" data-removed={removal.reason.code()}>
                    { removed_label(removal) }
                    { removal.text.as_str() }
                </span>
            },
        });
    }
    html! { <p>{ for nodes }</p> }
}

/// "Removed: <reason>", set apart from the removed text itself.
fn removed_label(removal: &Removal) -> Html {
    html! { <span class="removed-label">{ "Removed: " }{ removal.reason.label() }</span> }
}

fn embedded_post(embed: &'static Embed) -> Html {
    html! {
        <figure class="embed" data-embed="">
            <figcaption class="embed-label">{ format::embed_label(embed) }</figcaption>
            <blockquote>
                <p>{ sentences(&embed.sentences) }</p>
            </blockquote>
            if let Some(signature) = embed.signature.as_deref().or(embed.date.as_deref()) {
                <p class="embed-signature">{ signature }</p>
            }
        </figure>
    }
}
