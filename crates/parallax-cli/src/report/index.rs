//! Lookups over one event that both report formats need: sentences by id, outlet names, topics.

use std::collections::HashMap;

use parallax_core::analysis::EventAnalysis;
use parallax_core::model::{Block, Event, Piece, Sentence};

/// Where a sentence sits in its article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SentenceKind {
    /// A short section heading written by the outlet.
    Heading,
    /// Body text written by the outlet.
    Body,
    /// Part of an embedded social post: someone else's words.
    Embed,
}

impl SentenceKind {
    /// The stable code used in JSON.
    pub fn code(self) -> &'static str {
        match self {
            SentenceKind::Heading => "heading",
            SentenceKind::Body => "body",
            SentenceKind::Embed => "embed",
        }
    }
}

/// One sentence with its place.
#[derive(Debug, Clone, Copy)]
pub struct Located<'a> {
    /// The sentence.
    pub sentence: &'a Sentence,
    /// Heading, body or embed.
    pub kind: SentenceKind,
    /// The 1-based index of its block in the article.
    pub block: usize,
    /// The index of its article in the event.
    pub article: usize,
}

/// Every sentence of an article in reading order, headings, body and embeds alike.
pub fn sentences_of(blocks: &[Block], article: usize) -> Vec<Located<'_>> {
    let mut out = Vec::new();
    for (index, block) in blocks.iter().enumerate() {
        let block_number = index + 1;
        let mut push = |sentence, kind| out.push(Located { sentence, kind, block: block_number, article });
        match block {
            Block::Heading(sentence) => push(sentence, SentenceKind::Heading),
            Block::Paragraph(pieces) => {
                for piece in pieces {
                    if let Piece::Sentence(sentence) = piece {
                        push(sentence, SentenceKind::Body);
                    }
                }
            }
            Block::Embed(embed) => {
                for sentence in &embed.sentences {
                    push(sentence, SentenceKind::Embed);
                }
            }
            Block::Removed(_) => {}
        }
    }
    out
}

/// Lookups over one event and its analysis.
#[derive(Debug)]
pub struct EventIndex<'a> {
    /// The event.
    pub event: &'a Event,
    /// The engine's findings.
    pub analysis: &'a EventAnalysis,
    sentences: HashMap<&'a str, Located<'a>>,
    outlet_names: HashMap<&'a str, &'a str>,
    topics_by_sentence: HashMap<&'a str, Vec<&'a str>>,
}

impl<'a> EventIndex<'a> {
    /// Indexes an event and its analysis.
    pub fn new(event: &'a Event, analysis: &'a EventAnalysis) -> EventIndex<'a> {
        let sentences = event
            .articles
            .iter()
            .enumerate()
            .flat_map(|(index, article)| sentences_of(&article.blocks, index))
            .map(|located| (located.sentence.id.as_str(), located))
            .collect();
        let outlet_names = event
            .articles
            .iter()
            .map(|article| (article.outlet.id.as_str(), article.outlet.name.as_str()))
            .collect();
        let mut topics_by_sentence: HashMap<&str, Vec<&str>> = HashMap::new();
        for topic in &analysis.topics {
            for sentence in &topic.sentences {
                topics_by_sentence.entry(sentence.as_str()).or_default().push(topic.id.as_str());
            }
        }
        EventIndex { event, analysis, sentences, outlet_names, topics_by_sentence }
    }

    /// The sentence with this id, if the event has it.
    pub fn sentence(&self, id: &str) -> Option<Located<'a>> {
        self.sentences.get(id).copied()
    }

    /// The text of the sentence with this id, or a marker when the id is unknown.
    pub fn sentence_text(&self, id: &str) -> &'a str {
        self.sentence(id).map_or("(unknown sentence)", |located| located.sentence.text.as_str())
    }

    /// The display name of an outlet id, or the id itself when the event does not know it.
    pub fn outlet_name<'b>(&self, id: &'b str) -> &'b str
    where
        'a: 'b,
    {
        self.outlet_names.get(id).copied().unwrap_or(id)
    }

    /// The topic ids a sentence is tagged with, in the analysis's topic order.
    pub fn topics_of(&self, sentence_id: &str) -> &[&'a str] {
        self.topics_by_sentence.get(sentence_id).map_or(&[], Vec::as_slice)
    }

    /// The outlet ids of the event, in article order.
    pub fn outlet_ids(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.event.articles.iter().map(|article| article.outlet.id.as_str())
    }
}
