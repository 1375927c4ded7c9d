//! An article's cleaned text in reading order, with removed boilerplate optionally shown in
//! place, and every sentence marked for the compare view: written as one string of [`Markup`]
//! (the text has no event handlers of its own; the columns listen for the whole grid).

use parallax_core::model::{Article, Block, Embed, Piece, Removal};
use yew::Html;

use crate::components::markup::Markup;
use crate::components::sentence::{sentence, sentences, Marks};
use crate::format;

/// Headings as headings, paragraphs as paragraphs, embedded posts as labelled quotations, and
/// (when asked) removed text where it was, greyed out and labelled with its reason.
pub fn article_body(article: &Article, show_removed: bool, marks: &Marks) -> Html {
    let mut html = Markup::with_capacity(256 + article.word_count as usize * 12);
    html.tag("<div class=\"article-body\">");
    for block in &article.blocks {
        write_block(&mut html, block, show_removed, marks);
    }
    html.tag("</div>");
    html.into_html()
}

fn write_block(html: &mut Markup, block: &Block, show_removed: bool, marks: &Marks) {
    match block {
        Block::Heading(heading) => {
            html.tag("<h3 class=\"article-heading\">");
            sentence(html, heading, marks);
            html.tag("</h3>");
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
    html.tag("<p>");
    for (n, piece) in pieces.iter().filter(visible).enumerate() {
        if n > 0 {
            html.tag(" ");
        }
        match piece {
            Piece::Sentence(item) => sentence(html, item, marks),
            Piece::Removed(removal) => removed(html, removal, "span", "removed removed-inline"),
        }
    }
    html.tag("</p>");
}

/// Removed text in a `<tag class="…" data-removed="<reason>">`, after the label "Removed:
/// <reason>", set apart from the text itself.
fn removed(html: &mut Markup, removal: &Removal, tag: &str, class: &str) {
    html.tag("<").tag(tag).tag(" class=\"").tag(class).tag("\" data-removed=\"").tag(removal.reason.code());
    html.tag("\"><span class=\"removed-label\">Removed: ").text(removal.reason.label()).tag("</span>");
    html.text(&removal.text).tag("</").tag(tag).tag(">");
}

fn embedded_post(html: &mut Markup, embed: &Embed, marks: &Marks) {
    html.tag("<figure class=\"embed\" data-embed=\"\"><figcaption class=\"embed-label\">");
    html.text(&format::embed_label(embed)).tag("</figcaption><blockquote><p>");
    sentences(html, &embed.sentences, marks);
    html.tag("</p></blockquote>");
    if let Some(signature) = embed.signature.as_deref().or(embed.date.as_deref()) {
        html.tag("<p class=\"embed-signature\">").text(signature).tag("</p>");
    }
    html.tag("</figure>");
}
