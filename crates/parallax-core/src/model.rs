//! The data model: a corpus of events, each with its outlets' cleaned and segmented articles.
//!
//! These types are produced at build time by [`crate::ingest`], shipped to the browser inside
//! the bundle ([`crate::bundle`]) and rendered by the web app. They carry no behaviour beyond
//! simple accessors, so that every consumer sees the same facts.

use serde::{Deserialize, Serialize};

/// Every event of a corpus, in a stable order (by event id).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corpus {
    /// The events, sorted by id.
    pub events: Vec<Event>,
}

/// One news event and the articles that report it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// A URL-safe slug, the event folder's name.
    pub id: String,
    /// A display title (from `event.toml`, or the folder name title-cased).
    pub title: String,
    /// The event's date, `YYYY-MM-DD`, where known.
    pub date: Option<String>,
    /// A one-paragraph summary, where the manifest gives one.
    pub summary: Option<String>,
    /// The articles, in manifest order, then the unlisted files by name.
    pub articles: Vec<Article>,
    /// The topics defined for this event: its own `topics.toml`, else the corpus-wide one, else none.
    pub topics: Vec<TopicDef>,
}

/// A news outlet as it is named in the UI and in links.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outlet {
    /// A URL-safe slug, unique within its event; used in links and sentence ids.
    pub id: String,
    /// The display name.
    pub name: String,
}

/// One outlet's article about an event, cleaned and segmented.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// The file name inside the event folder.
    pub file: String,
    /// Who published it.
    pub outlet: Outlet,
    /// The headline, from the manifest.
    pub headline: Option<String>,
    /// The address of the original page, where known.
    pub url: Option<String>,
    /// The publication date, `YYYY-MM-DD`: from the manifest, else from a leading ` date` line.
    pub published: Option<String>,
    /// The site that republished the article, if it was not read at the outlet itself.
    pub via: Option<String>,
    /// The text in reading order: paragraphs, headings, embeds and removed boilerplate.
    pub blocks: Vec<Block>,
    /// Words in the outlet's own sentences (headings and paragraphs, not embeds or removals).
    pub word_count: u32,
}

/// One block of an article in reading order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Block {
    /// A short line that introduces a section, written by the outlet.
    Heading(Sentence),
    /// Body text: the outlet's sentences, with anything removed from inside the paragraph kept in place.
    Paragraph(Vec<Piece>),
    /// A social-media post embedded in the article: someone else's words, not the outlet's.
    Embed(Embed),
    /// A whole block removed as boilerplate.
    Removed(Removal),
}

/// A part of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Piece {
    /// One of the outlet's own sentences.
    Sentence(Sentence),
    /// Boilerplate cut from inside the paragraph (an inline promo, say).
    Removed(Removal),
}

/// What kind of text a sentence of an article is (see [`Article::placed_sentences`]).
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
    /// The stable code used in reports.
    pub fn code(self) -> &'static str {
        match self {
            SentenceKind::Heading => "heading",
            SentenceKind::Body => "body",
            SentenceKind::Embed => "embed",
        }
    }
}

/// A sentence with its stable id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// `<outlet-id>-<n>`, numbered from 1 in reading order over headings, paragraphs and embeds.
    pub id: String,
    /// The cleaned text.
    pub text: String,
}

/// An embedded social post, such as a tweet quoted in the article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Embed {
    /// The post's sentences, with ids in the article's sequence.
    pub sentences: Vec<Sentence>,
    /// The display name of the post's author, if the embed names one.
    pub author: Option<String>,
    /// The author's handle without the `@`, if given.
    pub handle: Option<String>,
    /// The post's date as written in the embed, if given.
    pub date: Option<String>,
    /// What follows the post's words as written: its media link and signature
    /// (`pic.twitter.com/… — Name (@handle) July 3, 2025`), if any.
    pub signature: Option<String>,
}

/// Text removed by cleaning, kept so that the UI can show it and nothing is silently lost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removal {
    /// The removed text, exactly as it was after normalisation.
    pub text: String,
    /// Why it was removed.
    pub reason: RemovalReason,
}

/// Why a piece of text was removed from an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RemovalReason {
    /// A leading ` date YYYY-MM-DD` line, read as the publication date.
    DateLine,
    /// The headline, run into the first paragraph and moved to the article's headline.
    Headline,
    /// Site navigation: login, market or section menus, and the site's masthead (a line of its
    /// own name).
    SiteMenu,
    /// A link or promo to another article ("ALSO READ: …", "Read more …", "Read the full article here").
    Promo,
    /// Sharing and comment widgets ("Share.", "Leave A Reply").
    Widget,
    /// A link to another version of the page ("Exit mobile version").
    PageLink,
    /// A list of links to unrelated stories ("Also on site :" and what follows).
    RelatedLinks,
    /// An aggregator's footer ("Finally We wish … provided you …").
    AggregatorFooter,
    /// A line that repeats across many articles of the corpus.
    RepeatedLine,
    /// A photo credit, or a photo caption with or before its credit.
    PhotoCredit,
    /// A byline, a timestamp, or a dateline standing alone.
    Byline,
    /// A browser, paywall, reading-time or "developing story" notice, or a text-size widget.
    Notice,
    /// The bullet-point summary above an article.
    Summary,
    /// A paragraph the article repeats word for word.
    Duplicate,
}

impl RemovalReason {
    /// Every reason, in a stable order.
    pub const ALL: [RemovalReason; 14] = [
        RemovalReason::DateLine,
        RemovalReason::Headline,
        RemovalReason::SiteMenu,
        RemovalReason::Promo,
        RemovalReason::Widget,
        RemovalReason::PageLink,
        RemovalReason::RelatedLinks,
        RemovalReason::AggregatorFooter,
        RemovalReason::RepeatedLine,
        RemovalReason::PhotoCredit,
        RemovalReason::Byline,
        RemovalReason::Notice,
        RemovalReason::Summary,
        RemovalReason::Duplicate,
    ];

    /// A stable kebab-case code, used in JSON and in `data-` attributes.
    pub fn code(self) -> &'static str {
        match self {
            RemovalReason::DateLine => "date-line",
            RemovalReason::Headline => "headline",
            RemovalReason::SiteMenu => "site-menu",
            RemovalReason::Promo => "promo",
            RemovalReason::Widget => "widget",
            RemovalReason::PageLink => "page-link",
            RemovalReason::RelatedLinks => "related-links",
            RemovalReason::AggregatorFooter => "aggregator-footer",
            RemovalReason::RepeatedLine => "repeated-line",
            RemovalReason::PhotoCredit => "photo-credit",
            RemovalReason::Byline => "byline",
            RemovalReason::Notice => "notice",
            RemovalReason::Summary => "summary",
            RemovalReason::Duplicate => "duplicate",
        }
    }

    /// A short explanation for readers.
    pub fn label(self) -> &'static str {
        match self {
            RemovalReason::DateLine => "date line, read as the publication date",
            RemovalReason::Headline => "headline run into the text",
            RemovalReason::SiteMenu => "site menu",
            RemovalReason::Promo => "link to another article",
            RemovalReason::Widget => "share or comment widget",
            RemovalReason::PageLink => "link to another version of the page",
            RemovalReason::RelatedLinks => "list of unrelated stories",
            RemovalReason::AggregatorFooter => "aggregator footer",
            RemovalReason::RepeatedLine => "line repeated across many articles",
            RemovalReason::PhotoCredit => "photo credit or caption",
            RemovalReason::Byline => "byline, timestamp or dateline",
            RemovalReason::Notice => "page notice",
            RemovalReason::Summary => "bullet summary above the article",
            RemovalReason::Duplicate => "paragraph repeated in the article",
        }
    }
}

impl Corpus {
    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|event| event.id == id)
    }
}

impl Event {
    /// The article of the outlet with this id.
    pub fn article(&self, outlet_id: &str) -> Option<&Article> {
        self.articles.iter().find(|article| article.outlet.id == outlet_id)
    }
}

#[cfg(test)]
impl Event {
    /// An event of `(outlet id, sentences)` articles, each sentence a paragraph of its own with id
    /// `<outlet>-<n>`: the in-crate tests' event.
    pub(crate) fn of_sentences(articles: &[(&str, &[&str])]) -> Event {
        let articles = articles
            .iter()
            .map(|(outlet, sentences)| Article {
                outlet: Outlet { id: outlet.to_string(), name: outlet.to_string() },
                blocks: sentences
                    .iter()
                    .enumerate()
                    .map(|(n, text)| {
                        Block::Paragraph(vec![Piece::Sentence(Sentence {
                            id: format!("{outlet}-{}", n + 1),
                            text: text.to_string(),
                        })])
                    })
                    .collect(),
                ..Article::default()
            })
            .collect();
        Event { id: "e".into(), articles, ..Event::default() }
    }
}

impl Article {
    /// Every sentence in reading order, each with the 1-based number of its block and what kind
    /// of text it is: a heading, body text, or part of an embedded post (someone else's words).
    pub fn placed_sentences(&self) -> impl Iterator<Item = (usize, SentenceKind, &Sentence)> {
        self.blocks.iter().enumerate().flat_map(|(index, block)| {
            let (single, pieces, embedded): (Option<&Sentence>, &[Piece], &[Sentence]) = match block {
                Block::Heading(sentence) => (Some(sentence), &[], &[]),
                Block::Paragraph(pieces) => (None, pieces.as_slice(), &[]),
                Block::Embed(embed) => (None, &[], embed.sentences.as_slice()),
                Block::Removed(_) => (None, &[], &[]),
            };
            let heading = single.map(|sentence| (index + 1, SentenceKind::Heading, sentence));
            let body = pieces.iter().filter_map(move |piece| match piece {
                Piece::Sentence(sentence) => Some((index + 1, SentenceKind::Body, sentence)),
                Piece::Removed(_) => None,
            });
            let embeds = embedded.iter().map(move |sentence| (index + 1, SentenceKind::Embed, sentence));
            heading.into_iter().chain(body).chain(embeds)
        })
    }

    /// Every sentence in reading order, each with whether it belongs to an embedded post
    /// (`true`) or is the outlet's own, in a heading or a paragraph (`false`).
    pub fn sentences(&self) -> impl Iterator<Item = (&Sentence, bool)> {
        self.placed_sentences().map(|(_, kind, sentence)| (sentence, kind == SentenceKind::Embed))
    }

    /// The outlet's own sentences in reading order: headings and paragraph sentences, not embeds.
    pub fn own_sentences(&self) -> impl Iterator<Item = &Sentence> {
        self.sentences().filter(|(_, embedded)| !embedded).map(|(sentence, _)| sentence)
    }

    /// Everything cleaning removed, in reading order.
    pub fn removals(&self) -> impl Iterator<Item = &Removal> {
        self.blocks.iter().flat_map(|block| {
            let (whole, pieces): (Option<&Removal>, &[Piece]) = match block {
                Block::Removed(removal) => (Some(removal), &[]),
                Block::Paragraph(pieces) => (None, pieces.as_slice()),
                Block::Heading(_) | Block::Embed(_) => (None, &[]),
            };
            whole.into_iter().chain(pieces.iter().filter_map(|piece| match piece {
                Piece::Removed(removal) => Some(removal),
                Piece::Sentence(_) => None,
            }))
        })
    }
}

/// A topic that sentences can be tagged with, from a `topics.toml` file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicDef {
    /// A URL-safe slug, used in links (`&t=<id>`).
    pub id: String,
    /// The display label.
    pub label: String,
    /// Words or phrases that mark a sentence as being about this topic, matched after stemming.
    pub keywords: Vec<String>,
}
