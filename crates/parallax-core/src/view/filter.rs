//! Filtering by topics and search text: which sentences and claims match, topic counts, and
//! where to highlight the search words.

use std::ops::Range;
use std::rc::Rc;

use super::bits::Bits;
use super::fold::Search;
use super::ids::IdTable;
use super::index::EventIndex;
use crate::link::Filter;

/// A topic with its count under the current search. See [`EventIndex::filter`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TopicCount<'a> {
    /// The topic id, for `t=`.
    pub id: &'a str,
    /// Its label.
    pub label: &'a str,
    /// Sentences tagged with it that match the search text (whatever topics are chosen).
    pub count: usize,
    /// Whether it is one of the chosen topics.
    pub chosen: bool,
}

/// The outcome of [`EventIndex::filter`]: which sentences and claims match, the topic counts,
/// and the search words for highlighting. When the filter is empty everything matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matches<'a> {
    active: bool,
    search: Search,
    /// Matching sentences, by position in the index.
    sentences: Bits,
    /// The index's ids, to look sentences up by id.
    table: Rc<IdTable<'a>>,
    /// Matching sentence ids, in the event's order.
    ids: Vec<&'a str>,
    /// Claims with a matching member, by number.
    claims: Bits,
    topic_counts: Vec<TopicCount<'a>>,
}

impl<'a> EventIndex<'a> {
    /// The sentences and claims that a filter keeps.
    ///
    /// - **Topics** (ANY of them): a sentence matches if it is tagged with at least one chosen
    ///   topic. Ids that are not topics of the analysis are ignored; no valid topic means no topic
    ///   filter. Embedded posts carry no topics, so a topic filter leaves them out.
    /// - **Text** (ALL words): the search text is split into words, and a sentence matches if its
    ///   text contains every word, ignoring case, accents and typographic variants of quotes,
    ///   dashes and spaces. Words match inside longer words ("negotiat" finds "negotiations").
    /// - A sentence matches when it passes both; a claim matches when any of its members does.
    /// - **Counts**: a topic's count is the number of its sentences that match the text, whatever
    ///   topics are chosen, so a chip's count says how many sentences choosing it would show
    ///   (alone), and the counts change as the reader types.
    ///
    /// Linear in the event's text; no allocation per sentence.
    pub fn filter(&self, filter: &Filter) -> Matches<'a> {
        let count = self.sentences.len();
        let search = Search::new(&filter.text);
        let mut by_text = Bits::new(count, search.is_empty());
        if !search.is_empty() {
            for (position, entry) in self.sentences.iter().enumerate() {
                if search.matches(self.folded(entry)) {
                    by_text.insert(position);
                }
            }
        }

        let topics = &self.analysis.topics;
        let chosen: Vec<bool> = topics.iter().map(|topic| filter.has_topic(&topic.id)).collect();
        let topic_filter = chosen.contains(&true);
        let mut sentences = if topic_filter { Bits::new(count, false) } else { by_text.clone() };
        if topic_filter {
            for (topic, _) in chosen.iter().enumerate().filter(|(_, on)| **on) {
                for &position in self.topic_members(topic) {
                    sentences.insert(position as usize);
                }
            }
            sentences.intersect(&by_text);
        }

        let topic_counts = topics
            .iter()
            .zip(&chosen)
            .enumerate()
            .map(|(n, (topic, &chosen))| TopicCount {
                id: &topic.id,
                label: &topic.label,
                count: self
                    .topic_members(n)
                    .iter()
                    .filter(|&&position| by_text.get(position as usize))
                    .count(),
                chosen,
            })
            .collect();

        let mut claims = Bits::new(self.claims.len(), false);
        let mut ids = Vec::with_capacity(sentences.count());
        for (position, entry) in self.sentences.iter().enumerate() {
            if sentences.get(position) {
                ids.push(entry.id);
                claims.insert(entry.claim as usize);
            }
        }
        let table = Rc::clone(&self.ids);
        Matches {
            active: topic_filter || !search.is_empty(),
            search,
            sentences,
            table,
            ids,
            claims,
            topic_counts,
        }
    }
}

impl<'a> Matches<'a> {
    /// Whether a filter is in force (some sentences may not match). When it is not, everything
    /// matches and nothing needs dimming.
    pub fn is_active(&self) -> bool {
        self.active
    }

    /// Whether there are search words to highlight.
    pub fn has_search(&self) -> bool {
        !self.search.is_empty()
    }

    /// Whether the sentence with this id matches.
    pub fn contains(&self, id: &str) -> bool {
        self.table.position(id).is_some_and(|position| self.sentences.get(position as usize))
    }

    /// The matching sentence ids, in the event's order: by outlet in article order, then in
    /// reading order.
    pub fn ids(&self) -> &[&'a str] {
        &self.ids
    }

    /// How many sentences match.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether no sentence matches.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Whether the claim with this number ([`super::ClaimInfo::index`]) has a matching member.
    pub fn has_claim(&self, claim: usize) -> bool {
        self.claims.get(claim)
    }

    /// How many claims have a matching member.
    pub fn claim_count(&self) -> usize {
        self.claims.count()
    }

    /// Every topic of the analysis, in its order, with its count (see [`EventIndex::filter`]).
    pub fn topic_counts(&self) -> &[TopicCount<'a>] {
        &self.topic_counts
    }

    /// Where the search words occur in `text`: sorted byte ranges on character boundaries,
    /// overlapping and touching ones merged; empty without search words.
    pub fn highlight_ranges(&self, text: &str) -> Vec<Range<usize>> {
        self.search.ranges(text)
    }

    /// `text` cut into pieces that together are the whole text, each marked `true` where a
    /// search word occurs: render the `true` pieces in `<mark>`.
    pub fn segments<'t>(&self, text: &'t str) -> Vec<(&'t str, bool)> {
        let mut segments = Vec::new();
        let mut at = 0;
        for range in self.search.ranges(text) {
            if let Some(before) = text.get(at..range.start).filter(|before| !before.is_empty()) {
                segments.push((before, false));
            }
            if let Some(marked) = text.get(range.clone()) {
                segments.push((marked, true));
                at = range.end;
            }
        }
        if let Some(rest) = text.get(at..).filter(|rest| !rest.is_empty()) {
            segments.push((rest, false));
        }
        segments
    }

    /// Whether the sentence at this index position matches.
    pub(crate) fn has_position(&self, position: u32) -> bool {
        self.sentences.get(position as usize)
    }
}
