//! An article's cleaned text in reading order, with removed boilerplate optionally shown in
//! place, and every sentence marked for the compare view: written as one string of [`Markup`]
//! (the text has no event handlers of its own; the columns listen for the whole grid).

use parallax_core::model::{Article, Block, Embed, Piece, Removal};

use crate::components::markup::Markup;
use crate::components::sentence::{sentence, sentences, Marks};
use crate::format;

/// Writes the article's text (`div.article-body`): headings as headings, paragraphs as
/// paragraphs, embedded posts as labelled quotations, and (when asked) removed text where it was,
/// greyed out and labelled with its reason.
pub fn article_body(html: &mut Markup, article: &Article, show_removed: bool, marks: &Marks) {
    html.open("div").attr("class", "article-body").end();
    for block in &article.blocks {
        write_block(html, block, show_removed, marks);
    }
    html.close("div");
}

fn write_block(html: &mut Markup, block: &Block, show_removed: bool, marks: &Marks) {
    match block {
        Block::Heading(heading) => {
            html.open("h3").attr("class", "article-heading").end();
            sentence(html, heading, marks);
            html.close("h3");
        }
        Block::Paragraph(pieces) => paragraph(html, pieces, show_removed, marks),
        Block::Embed(embed) => embedded_post(html, embed, marks),
        Block::Removed(removal) if show_removed => removed(html, removal, "p", "removed removed-block"),
        Block::Removed(_) => {}
    }
}

fn paragraph(html: &mut Markup, pieces: &[Piece], show_removed: bool, marks: &Marks) {
    let visible = |piece: &&Piece| show_removed || matches!(piece, Piece::Sentence(_));
    if !pieces.iter().any(|piece| visible(&piece)) {
        return;
    }
    html.open("p").end();
    for (n, piece) in pieces.iter().filter(visible).enumerate() {
        if n > 0 {
            html.text(" ");
        }
        match piece {
            Piece::Sentence(item) => sentence(html, item, marks),
            Piece::Removed(removal) => removed(html, removal, "span", "removed removed-inline"),
        }
    }
    html.close("p");
}

/// Removed text in a `<tag class="…" data-removed="<reason>">`, after the label "Removed:
/// <reason>", set apart from the text itself.
fn removed(html: &mut Markup, removal: &Removal, tag: &'static str, class: &str) {
    html.open(tag).attr("class", class).attr("data-removed", removal.reason.code()).end();
    html.open("span").attr("class", "removed-label").end().text("Removed: ").text(removal.reason.label());
    html.close("span").text(&removal.text).close(tag);
}

fn embedded_post(html: &mut Markup, embed: &Embed, marks: &Marks) {
    html.open("figure").attr("class", "embed").attr("data-embed", "").end();
    html.open("figcaption").attr("class", "embed-label").end().text(&format::embed_label(embed));
    html.close("figcaption").open("blockquote").end().open("p").end();
    sentences(html, &embed.sentences, marks);
    html.close("p").close("blockquote");
    if let Some(signature) = embed.signature.as_deref().or(embed.date.as_deref()) {
        html.open("p").attr("class", "embed-signature").end().text(signature).close("p");
    }
    html.close("figure");
}
