//! Hand-made events for the analysis tests: articles built from paragraphs or sentences, with
//! sentence ids `<outlet>-<n>` as the ingest gives them.
#![allow(dead_code)] // each test file uses some of these

use parallax_core::model::{Article, Block, Event, Outlet, Piece, Sentence};

/// An article of paragraphs, each a list of sentences, under an outlet name and an optional
/// headline; ids are `<outlet>-<n>`, counted across paragraphs.
pub fn article_in_paragraphs(
    outlet: &str,
    name: &str,
    headline: Option<&str>,
    paragraphs: &[&[&str]],
) -> Article {
    let mut n = 0;
    let blocks = paragraphs
        .iter()
        .map(|sentences| {
            Block::Paragraph(
                sentences
                    .iter()
                    .map(|text| {
                        n += 1;
                        Piece::Sentence(Sentence { id: format!("{outlet}-{n}"), text: text.to_string() })
                    })
                    .collect(),
            )
        })
        .collect();
    Article {
        file: format!("{outlet}.txt"),
        outlet: Outlet { id: outlet.into(), name: name.into() },
        headline: headline.map(str::to_string),
        blocks,
        ..Article::default()
    }
}

/// An article of one sentence a paragraph, without a headline.
pub fn article_in_sentences(outlet: &str, name: &str, sentences: &[&str]) -> Article {
    let paragraphs: Vec<&[&str]> = sentences.iter().map(std::slice::from_ref).collect();
    article_in_paragraphs(outlet, name, None, &paragraphs)
}

/// An event of these articles.
pub fn event_of(id: &str, articles: Vec<Article>) -> Event {
    Event { id: id.into(), title: "Test".into(), articles, ..Event::default() }
}
