//! [`IndexTables`]: the part of an [`EventIndex`] that takes sorting and hashing to build,
//! computed once at build time and shipped in the event's data file, so that the browser only
//! reads it back.
//!
//! What is in it: each claim's member sentences as sorted positions, with its outlet count,
//! colour slot and summary; each topic's member sentences as sorted positions; and per outlet,
//! how many claims it carries, how many only it carries, and its place in name order. What is
//! not: the sentences' order, folded text and id table, which the browser rebuilds in one linear
//! walk over the event ([`EventIndex::with_tables`]), cheaper than downloading them.

use std::collections::HashMap;

use super::fold::fold_into;
use super::summary::summarise;
use super::{to_u32, PALETTE_SLOTS};
use crate::analysis::EventAnalysis;
use crate::model::Event;

/// The precomputed tables of one event. Built by [`IndexTables::new`]; read by
/// [`super::EventIndex::with_tables`], which checks nothing it does not need to: a position out
/// of range is skipped where it is read, never a panic.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IndexTables {
    /// One per claim of the analysis, in its order.
    pub(crate) claims: Vec<ClaimTable>,
    /// Claim members' sentence positions, claim by claim, each claim's sorted and without
    /// repeats (so by outlet, then in reading order).
    pub(crate) members: Vec<u32>,
    /// Where each topic's members end in `topic_members` (each starts where the last ended).
    pub(crate) topic_ends: Vec<u32>,
    /// Topic members' sentence positions, topic by topic, each topic's sorted and without repeats.
    pub(crate) topic_members: Vec<u32>,
    /// One per outlet, in article order.
    pub(crate) outlets: Vec<OutletTable>,
}

/// One claim's precomputed facts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ClaimTable {
    /// Where its members end in [`IndexTables::members`].
    pub(crate) members_end: u32,
    /// How many outlets carry it.
    pub(crate) outlets: u32,
    /// Its colour slot when it is shared.
    pub(crate) colour: Option<u8>,
    /// The sentence its summary comes from (a position), and the summary's byte range in that
    /// sentence's text.
    pub(crate) summary: (u32, u32, u32),
    /// Whether the summary was cut short.
    pub(crate) summary_cut: bool,
}

/// One outlet's precomputed facts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct OutletTable {
    /// Claims it carries.
    pub(crate) claims: u32,
    /// Claims only it carries.
    pub(crate) unique: u32,
    /// Its place when the outlets are sorted by name (folded, then by id).
    pub(crate) name_rank: u32,
}

impl IndexTables {
    /// Computes the tables of an event and its analysis. Claim and topic members that are not
    /// sentences of the event are left out. Build-time work: it sorts and hashes freely.
    pub fn new(event: &Event, analysis: &EventAnalysis) -> IndexTables {
        let mut positions: HashMap<&str, u32> = HashMap::new();
        let mut texts: Vec<&str> = Vec::new();
        let mut outlet_of: Vec<u32> = Vec::new();
        for (outlet, article) in event.articles.iter().enumerate() {
            for (sentence, _) in article.sentences() {
                positions.entry(sentence.id.as_str()).or_insert(to_u32(texts.len()));
                texts.push(&sentence.text);
                outlet_of.push(to_u32(outlet));
            }
        }
        let sorted = |ids: &[String]| -> Vec<u32> {
            let mut found: Vec<u32> =
                ids.iter().filter_map(|id| positions.get(id.as_str()).copied()).collect();
            found.sort_unstable();
            found.dedup();
            found
        };

        let mut tables = IndexTables::default();
        let mut outlets = vec![OutletTable::default(); event.articles.len()];
        let mut shared = 0usize;
        for claim in &analysis.claims {
            let members = sorted(&claim.sentences);
            let mut carriers: Vec<u32> =
                members.iter().filter_map(|&p| outlet_of.get(p as usize).copied()).collect();
            carriers.dedup();
            for &outlet in &carriers {
                if let Some(table) = outlets.get_mut(outlet as usize) {
                    table.claims += 1;
                    table.unique += u32::from(carriers.len() == 1);
                }
            }
            let colour = (carriers.len() >= 2).then(|| {
                shared += 1;
                u8::try_from((shared - 1) % usize::from(PALETTE_SLOTS)).unwrap_or(0)
            });
            let mut best: Option<u32> = None;
            for &position in &members {
                let text = texts.get(position as usize).copied().unwrap_or("");
                let current = best.and_then(|best| texts.get(best as usize).copied());
                if current.is_none_or(|current| better_summary(current, text)) {
                    best = Some(position);
                }
            }
            let (summary, summary_cut) = match best.and_then(|best| Some((best, *texts.get(best as usize)?)))
            {
                Some((position, text)) => {
                    let (cut, was_cut) = summarise(text);
                    let start = cut.as_ptr() as usize - text.as_ptr() as usize;
                    ((position, to_u32(start), to_u32(start + cut.len())), was_cut)
                }
                None => ((u32::MAX, 0, 0), false),
            };
            tables.members.extend_from_slice(&members);
            tables.claims.push(ClaimTable {
                members_end: to_u32(tables.members.len()),
                outlets: to_u32(carriers.len()),
                colour,
                summary,
                summary_cut,
            });
        }
        for topic in &analysis.topics {
            tables.topic_members.extend(sorted(&topic.sentences));
            tables.topic_ends.push(to_u32(tables.topic_members.len()));
        }
        let mut by_name: Vec<(String, &str, usize)> = event
            .articles
            .iter()
            .enumerate()
            .map(|(n, article)| {
                let mut folded = String::new();
                fold_into(&article.outlet.name, &mut folded);
                (folded, article.outlet.id.as_str(), n)
            })
            .collect();
        by_name.sort();
        for (rank, (_, _, outlet)) in by_name.into_iter().enumerate() {
            if let Some(table) = outlets.get_mut(outlet) {
                table.name_rank = to_u32(rank);
            }
        }
        tables.outlets = outlets;
        tables
    }
}

/// Whether `candidate` makes a better claim summary than `current`: the shorter, but a sentence
/// of at least five words over a shorter fragment.
fn better_summary(current: &str, candidate: &str) -> bool {
    const SUMMARY_MIN_WORDS: usize = 5;
    let full = |text: &str| text.split_whitespace().nth(SUMMARY_MIN_WORDS - 1).is_some();
    match (full(current), full(candidate)) {
        (true, false) => false,
        (false, true) => true,
        _ => candidate.len() < current.len(),
    }
}
