//! [`EventIndex`]: one event's sentences, claims and topics cross-referenced once, so that every
//! view question is a few array reads.

use std::ops::Range;
use std::rc::Rc;

use super::fold::fold_into;
use super::ids::IdTable;
use super::tables::{IndexTables, OutletTable};
use super::{to_u32, Columns};
use crate::analysis::{EventAnalysis, Place};
use crate::model::Event;

/// "No claim" in [`Entry::claim`].
const NO_CLAIM: u32 = u32::MAX;

/// One sentence of the event.
#[derive(Debug, Clone)]
pub(crate) struct Entry<'a> {
    pub(crate) id: &'a str,
    pub(crate) text: &'a str,
    /// The article's index in the event.
    pub(crate) outlet: u32,
    /// The first claim that holds it, or [`NO_CLAIM`].
    pub(crate) claim: u32,
    /// Part of an embedded post rather than the outlet's own text.
    pub(crate) embed: bool,
    /// Its folded text in [`EventIndex::folded`].
    folded: Range<u32>,
    /// Its topics (indices into the analysis's topics) in [`EventIndex::sentence_topics`].
    topics: Range<u32>,
}

/// One claim of the analysis.
#[derive(Debug, Clone)]
pub(crate) struct ClaimEntry<'a> {
    pub(crate) id: &'a str,
    /// Its member sentences' positions in [`EventIndex::members`].
    members: Range<u32>,
    /// How many outlets carry it.
    pub(crate) outlets: u32,
    /// Its colour slot, if it is shared.
    pub(crate) colour: Option<u8>,
    /// A short text for it, and whether that was cut short.
    pub(crate) summary: (&'a str, bool),
}

/// What one sentence is, for rendering it. See [`EventIndex::sentence`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentenceInfo<'a> {
    /// The sentence id.
    pub id: &'a str,
    /// Its text.
    pub text: &'a str,
    /// Its outlet's id.
    pub outlet: &'a str,
    /// Whether it is part of an embedded post (someone else's words) rather than the outlet's own.
    pub embed: bool,
    /// Its claim, if the analysis put it in one (every own sentence, normally).
    pub claim: Option<ClaimInfo<'a>>,
}

/// What one claim is. See [`EventIndex::claim`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClaimInfo<'a> {
    /// Its number: the index in [`EventAnalysis::claims`], which is story order.
    pub index: usize,
    /// Its id (`c<n>`).
    pub id: &'a str,
    /// How many of the event's outlets carry it.
    pub outlets: usize,
    /// Its colour slot, `0..PALETTE_SLOTS`, when it is shared (two or more outlets carry it).
    pub colour: Option<u8>,
}

/// How a sentence's claim stands among the shown outlets. See [`EventIndex::mark`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sharing {
    /// Another shown outlet carries the claim: mark the sentence in the claim's colour slot.
    Shared {
        /// The claim's colour slot, `0..PALETTE_SLOTS`.
        colour: u8,
    },
    /// No other shown outlet carries it, but an outlet that is not shown does.
    Elsewhere,
    /// No other outlet of the event carries it.
    Unique,
}

/// A sentence's claim and how it stands among the shown outlets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark<'a> {
    /// The claim's id, for `data-claim`.
    pub claim: &'a str,
    /// Shared, carried elsewhere, or unique.
    pub sharing: Sharing,
}

/// One event's sentences, claims and topics, cross-referenced. Built once per event by
/// [`EventIndex::with_tables`] from tables computed at build time (linear in the event's size,
/// no sorting), or by [`EventIndex::new`] from scratch; every query then reads arrays.
///
/// Results borrow only the event and analysis (`'a`), never the index, so they can be kept
/// (memoised) independently of it. Ids that are not in the event are answered with `None` or
/// nothing, never a panic.
#[derive(Debug, Clone)]
pub struct EventIndex<'a> {
    pub(crate) event: &'a Event,
    pub(crate) analysis: &'a EventAnalysis,
    /// Outlet ids, in article order.
    pub(crate) outlets: Vec<&'a str>,
    /// Every sentence, own and embedded, in article order, then reading order: its position.
    pub(crate) sentences: Vec<Entry<'a>>,
    /// Sentence ids to positions, shared with [`super::Matches`].
    pub(crate) ids: Rc<IdTable<'a>>,
    /// Where each outlet's sentences start in `sentences`, plus the end.
    outlet_starts: Vec<u32>,
    /// All sentences' folded texts, end to end.
    folded: String,
    /// Topic indices of each sentence, end to end.
    sentence_topics: Vec<u16>,
    /// Sentence positions of each topic, end to end.
    topic_members: Vec<u32>,
    /// Where each topic's members are in `topic_members`.
    topic_ranges: Vec<Range<u32>>,
    pub(crate) claims: Vec<ClaimEntry<'a>>,
    /// Claim members' positions, claim by claim, each claim's sorted (so by outlet, then in
    /// reading order).
    members: Vec<u32>,
    /// Per outlet: claims carried, claims only it carries, place in name order.
    pub(crate) outlet_facts: Vec<OutletTable>,
    /// Per outlet: the index of its origin in the analysis, or [`super::origins::NO_ORIGIN`].
    pub(crate) outlet_origin: Vec<u32>,
    /// Per outlet: the claim it led with and where (`u32::MAX` for none).
    pub(crate) outlet_lead: Vec<(u32, Place)>,
    /// Per difference of the analysis: its claim's number, or `u32::MAX`.
    pub(crate) difference_claims: Vec<u32>,
    /// (sentence position, difference index) for every value of a difference, sorted.
    pub(crate) sentence_details: Vec<(u32, u32)>,
}

impl<'a> EventIndex<'a> {
    /// Cross-references an event and its analysis. Claim and topic members that are not
    /// sentences of the event are skipped. The same as [`EventIndex::with_tables`] with the
    /// tables computed here.
    pub fn new(event: &'a Event, analysis: &'a EventAnalysis) -> EventIndex<'a> {
        EventIndex::with_tables(event, analysis, &IndexTables::new(event, analysis))
    }

    /// Cross-references an event and its analysis from tables computed beforehand (at build
    /// time) by [`IndexTables::new`]: one linear walk over the event's sentences, with no
    /// sorting. Tables that do not fit the event (positions out of range) cost the entries they
    /// name, never a panic.
    pub fn with_tables(
        event: &'a Event,
        analysis: &'a EventAnalysis,
        tables: &IndexTables,
    ) -> EventIndex<'a> {
        let outlets: Vec<&'a str> = event.articles.iter().map(|article| article.outlet.id.as_str()).collect();
        let mut sentences = Vec::new();
        let mut outlet_starts = Vec::with_capacity(outlets.len() + 1);
        let mut folded = String::new();
        for (outlet, article) in event.articles.iter().enumerate() {
            outlet_starts.push(to_u32(sentences.len()));
            for (sentence, embed) in article.sentences() {
                let start = to_u32(folded.len());
                fold_into(&sentence.text, &mut folded);
                sentences.push(Entry {
                    id: &sentence.id,
                    text: &sentence.text,
                    outlet: to_u32(outlet),
                    claim: NO_CLAIM,
                    embed,
                    folded: start..to_u32(folded.len()),
                    topics: 0..0,
                });
            }
        }
        outlet_starts.push(to_u32(sentences.len()));
        let ids = Rc::new(IdTable::new(sentences.iter().map(|entry| entry.id).collect()));

        let mut index = EventIndex {
            event,
            analysis,
            outlets,
            sentences,
            ids,
            outlet_starts,
            folded,
            sentence_topics: Vec::new(),
            topic_members: tables.topic_members.clone(),
            topic_ranges: Vec::with_capacity(tables.topic_ends.len()),
            claims: Vec::with_capacity(tables.claims.len()),
            members: tables.members.clone(),
            outlet_facts: tables.outlets.clone(),
            outlet_origin: Vec::new(),
            outlet_lead: Vec::new(),
            difference_claims: Vec::new(),
            sentence_details: Vec::new(),
        };
        index.add_claims(tables);
        index.add_topics(tables);
        index.add_origins();
        index.add_differences();
        index
    }

    /// Each outlet's origin and what it led with.
    fn add_origins(&mut self) {
        let mut origin_of = vec![super::origins::NO_ORIGIN; self.outlets.len()];
        for (index, origin) in self.analysis.origins.iter().enumerate() {
            for id in &origin.articles {
                if let Some(slot) =
                    self.outlets.iter().position(|known| known == id).and_then(|p| origin_of.get_mut(p))
                {
                    if *slot == super::origins::NO_ORIGIN {
                        *slot = to_u32(index);
                    }
                }
            }
        }
        self.outlet_origin = origin_of;
        self.outlet_lead = self.leads();
    }

    fn add_claims(&mut self, tables: &IndexTables) {
        let mut start = 0;
        for (number, (claim, table)) in self.analysis.claims.iter().zip(&tables.claims).enumerate() {
            let end = table.members_end.max(start);
            for &position in self.members.get(start as usize..end as usize).unwrap_or(&[]) {
                if let Some(entry) = self.sentences.get_mut(position as usize) {
                    if entry.claim == NO_CLAIM {
                        entry.claim = to_u32(number);
                    }
                }
            }
            let (position, from, to) = table.summary;
            let text = self.sentences.get(position as usize).map_or("", |entry| entry.text);
            self.claims.push(ClaimEntry {
                id: &claim.id,
                members: start..end,
                outlets: table.outlets,
                colour: table.colour,
                summary: (text.get(from as usize..to as usize).unwrap_or(""), table.summary_cut),
            });
            start = end;
        }
    }

    fn add_topics(&mut self, tables: &IndexTables) {
        let mut per_sentence = vec![0u32; self.sentences.len()];
        let mut start = 0;
        for &end in tables.topic_ends.iter().take(self.analysis.topics.len()) {
            let end = end.max(start);
            for &position in self.topic_members.get(start as usize..end as usize).unwrap_or(&[]) {
                if let Some(count) = per_sentence.get_mut(position as usize) {
                    *count += 1;
                }
            }
            self.topic_ranges.push(start..end);
            start = end;
        }
        // Each sentence's topic list, end to end, in topic order.
        let mut next = 0u32;
        for (entry, count) in self.sentences.iter_mut().zip(&per_sentence) {
            entry.topics = next..next;
            next += count;
        }
        self.sentence_topics = vec![0; next as usize];
        for (topic, range) in self.topic_ranges.iter().enumerate() {
            let members = self.topic_members.get(range.start as usize..range.end as usize).unwrap_or(&[]);
            for &position in members {
                if let Some(entry) = self.sentences.get_mut(position as usize) {
                    if let Some(slot) = self.sentence_topics.get_mut(entry.topics.end as usize) {
                        *slot = u16::try_from(topic).unwrap_or(u16::MAX);
                    }
                    entry.topics.end += 1;
                }
            }
        }
    }

    /// The event.
    pub fn event(&self) -> &'a Event {
        self.event
    }

    /// The analysis.
    pub fn analysis(&self) -> &'a EventAnalysis {
        self.analysis
    }

    /// The outlet ids, in article order.
    pub fn outlets(&self) -> &[&'a str] {
        &self.outlets
    }

    /// How many sentences the event has (own and embedded).
    pub fn sentence_count(&self) -> usize {
        self.sentences.len()
    }

    /// A sentence: its outlet, whether it is embedded, and its claim.
    pub fn sentence(&self, id: &str) -> Option<SentenceInfo<'a>> {
        let entry = self.entry(self.position(id)?)?;
        Some(SentenceInfo {
            id: entry.id,
            text: entry.text,
            outlet: self.outlet_id(entry.outlet),
            embed: entry.embed,
            claim: self.claim(entry.claim as usize),
        })
    }

    /// A claim, by its number (index in the analysis's claims, as in [`ClaimInfo::index`]).
    pub fn claim(&self, index: usize) -> Option<ClaimInfo<'a>> {
        let claim = self.claims.get(index)?;
        Some(ClaimInfo { index, id: claim.id, outlets: claim.outlets as usize, colour: claim.colour })
    }

    /// The topic ids a sentence is tagged with, in the analysis's topic order.
    pub fn topics_of(&self, id: &str) -> impl Iterator<Item = &'a str> + '_ {
        let range =
            self.position(id).and_then(|position| self.entry(position)).map_or(0..0, |e| e.topics.clone());
        let topics = self.sentence_topics.get(range.start as usize..range.end as usize).unwrap_or(&[]);
        let analysis = self.analysis;
        topics.iter().filter_map(move |&topic| analysis.topics.get(usize::from(topic)).map(|t| t.id.as_str()))
    }

    /// A claim's member sentences as `(outlet id, sentence id)`, by outlet in article order, then
    /// in reading order.
    pub fn claim_sentences(&self, claim: usize) -> impl Iterator<Item = (&'a str, &'a str)> + '_ {
        self.members_of(claim).iter().filter_map(|&position| {
            let entry = self.entry(position)?;
            Some((self.outlet_id(entry.outlet), entry.id))
        })
    }

    /// An outlet's sentence ids (own and embedded) in reading order; nothing for an unknown outlet.
    pub fn outlet_sentences(&self, outlet: &str) -> impl Iterator<Item = &'a str> + '_ {
        let range = match self.outlets.iter().position(|id| *id == outlet) {
            Some(n) => self.outlet_range(n),
            None => 0..0,
        };
        self.sentences.get(range).unwrap_or(&[]).iter().map(|entry| entry.id)
    }

    /// The shown outlets of a compare view, resolved once for the calls that take [`Columns`].
    /// Ids that are not the event's are skipped, and each outlet is kept once.
    pub fn columns(&self, outlets: &[String]) -> Columns {
        let mut resolved: Vec<u32> = Vec::with_capacity(outlets.len());
        for id in outlets {
            if let Some(n) = self.outlets.iter().position(|known| known == id) {
                if !resolved.contains(&to_u32(n)) {
                    resolved.push(to_u32(n));
                }
            }
        }
        Columns { outlets: resolved }
    }

    /// How a sentence's claim stands among the shown outlets, for the Read layout: shared with
    /// another shown outlet (with its colour slot), carried only by outlets not shown, or unique to
    /// its outlet. `None` for a sentence in no claim (an embedded post) or an unknown id.
    pub fn mark(&self, id: &str, columns: &Columns) -> Option<Mark<'a>> {
        let entry = self.entry(self.position(id)?)?;
        let claim = self.claims.get(entry.claim as usize)?;
        let others_shown = self.members_of(entry.claim as usize).iter().any(|&position| {
            self.entry(position).is_some_and(|m| m.outlet != entry.outlet && columns.has(m.outlet))
        });
        let sharing = match (others_shown, claim.outlets) {
            (true, _) => Sharing::Shared { colour: claim.colour.unwrap_or(0) },
            (false, 0 | 1) => Sharing::Unique,
            (false, _) => Sharing::Elsewhere,
        };
        Some(Mark { claim: claim.id, sharing })
    }

    /// The sentences of the same claim in the other shown outlets, in column order, then reading
    /// order: what to highlight when a sentence is hovered, focused or tapped.
    pub fn counterparts(&self, id: &str, columns: &Columns) -> Vec<&'a str> {
        let Some(entry) = self.position(id).and_then(|position| self.entry(position)) else {
            return Vec::new();
        };
        let members = self.members_of(entry.claim as usize);
        let mut found = Vec::new();
        for &column in columns.outlets.iter().filter(|&&column| column != entry.outlet) {
            found.extend(self.member_ids_in(members, column));
        }
        found
    }

    // Internal lookups, shared by the views.

    /// The position of a sentence id.
    pub(crate) fn position(&self, id: &str) -> Option<u32> {
        self.ids.position(id)
    }

    pub(crate) fn entry(&self, position: u32) -> Option<&Entry<'a>> {
        self.sentences.get(position as usize)
    }

    pub(crate) fn outlet_id(&self, outlet: u32) -> &'a str {
        self.outlets.get(outlet as usize).copied().unwrap_or("")
    }

    pub(crate) fn outlet_range(&self, outlet: usize) -> Range<usize> {
        let start = self.outlet_starts.get(outlet).map_or(0, |&start| start as usize);
        let end = self.outlet_starts.get(outlet + 1).map_or(start, |&end| end as usize);
        start..end
    }

    /// A sentence's folded text.
    pub(crate) fn folded(&self, entry: &Entry) -> &str {
        self.folded.get(entry.folded.start as usize..entry.folded.end as usize).unwrap_or("")
    }

    /// A claim's members' positions, sorted.
    pub(crate) fn members_of(&self, claim: usize) -> &[u32] {
        let range = self.claims.get(claim).map_or(0..0, |claim| claim.members.clone());
        self.members.get(range.start as usize..range.end as usize).unwrap_or(&[])
    }

    /// The ids among `members` that belong to `outlet`, in reading order.
    pub(crate) fn member_ids_in<'s>(
        &'s self,
        members: &'s [u32],
        outlet: u32,
    ) -> impl Iterator<Item = &'a str> + 's {
        members
            .iter()
            .filter_map(move |&position| self.entry(position).filter(|e| e.outlet == outlet).map(|e| e.id))
    }

    /// A topic's members' positions, sorted.
    pub(crate) fn topic_members(&self, topic: usize) -> &[u32] {
        let range = self.topic_ranges.get(topic).cloned().unwrap_or(0..0);
        self.topic_members.get(range.start as usize..range.end as usize).unwrap_or(&[])
    }
}
