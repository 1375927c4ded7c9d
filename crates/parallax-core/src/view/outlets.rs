//! The outlets of an event for the overview's picker and the matrices' columns: searched by
//! name, sorted by name or by the claims they carry, and grouped when there are many.

use std::cmp::Ordering;
use std::ops::Range;

use super::fold::Search;
use super::index::EventIndex;
use super::{sorted_indices, to_u32};

/// Past this many outlets the matrices group their columns ([`EventIndex::column_groups`]).
pub const GROUPED_FROM: usize = 41;

/// The most outlets in one group of columns.
pub const GROUP_SIZE: usize = 25;

/// The order of the outlet picker.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum OutletOrder {
    /// As the event lists them.
    #[default]
    Event,
    /// By name (case and accents ignored).
    Name,
    /// Those that carry the most claims first, ties by name.
    Claims,
    /// Those that carry the most claims no other outlet carries first, ties by name.
    Unique,
}

impl OutletOrder {
    /// Every order, with its code (for a control's `value`) and its name for readers.
    pub const ALL: [(OutletOrder, &'static str, &'static str); 4] = [
        (OutletOrder::Event, "event", "As listed"),
        (OutletOrder::Name, "name", "Name"),
        (OutletOrder::Claims, "claims", "Most claims"),
        (OutletOrder::Unique, "unique", "Most claims only they carry"),
    ];

    /// The order a code names; the default for anything else.
    pub fn of_code(code: &str) -> OutletOrder {
        OutletOrder::ALL
            .iter()
            .find(|(_, known, _)| *known == code)
            .map_or_else(OutletOrder::default, |(order, _, _)| *order)
    }
}

/// One outlet, for the picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutletRow<'a> {
    /// Its position in the event's articles.
    pub position: usize,
    /// Its id.
    pub id: &'a str,
    /// Its display name.
    pub name: &'a str,
    /// How many claims it carries.
    pub claims: usize,
    /// How many of them no other outlet carries.
    pub unique: usize,
}

impl<'a> EventIndex<'a> {
    /// The outlets whose names hold every word of `search` (case and accents ignored; all of
    /// them for an empty search), in `order`.
    pub fn outlet_rows(&self, search: &str, order: OutletOrder) -> Vec<OutletRow<'a>> {
        let search = Search::new(search);
        let mut folded = String::new();
        let facts = |position: usize| self.outlet_facts.get(position);
        let rank = |position: usize| facts(position).map_or(position, |facts| facts.name_rank as usize);
        let count = |position: usize| {
            facts(position)
                .map_or(0, |facts| if order == OutletOrder::Unique { facts.unique } else { facts.claims })
        };
        // Ties in the event's order.
        let sorted = sorted_indices(self.event.articles.len(), &|a, b| match order {
            OutletOrder::Event => Ordering::Equal,
            OutletOrder::Name => rank(a).cmp(&rank(b)),
            OutletOrder::Claims | OutletOrder::Unique => count(b).cmp(&count(a)).then(rank(a).cmp(&rank(b))),
        });
        sorted
            .into_iter()
            .filter_map(|position| {
                let article = self.event.articles.get(position)?;
                if !search.is_empty() {
                    folded.clear();
                    super::fold::fold_into(&article.outlet.name, &mut folded);
                    if !search.matches(&folded) {
                        return None;
                    }
                }
                let facts = facts(position);
                Some(OutletRow {
                    position,
                    id: &article.outlet.id,
                    name: &article.outlet.name,
                    claims: facts.map_or(0, |facts| facts.claims as usize),
                    unique: facts.map_or(0, |facts| facts.unique as usize),
                })
            })
            .collect()
    }

    /// The outlets (positions) in name order.
    pub fn outlets_by_name(&self) -> Vec<u32> {
        let mut order = vec![0u32; self.outlets.len()];
        for (position, facts) in self.outlet_facts.iter().enumerate() {
            if let Some(slot) = order.get_mut(facts.name_rank as usize) {
                *slot = to_u32(position);
            }
        }
        if self.outlet_facts.len() != self.outlets.len() {
            order = (0..to_u32(self.outlets.len())).collect();
        }
        order
    }

    /// How a matrix of this event's outlets groups its columns: nothing (one column per outlet,
    /// in article order) up to [`GROUPED_FROM`] outlets; past that, groups of at most
    /// [`GROUP_SIZE`] consecutive outlets of [`EventIndex::outlets_by_name`], as ranges of it.
    pub fn column_groups(&self) -> Vec<Range<usize>> {
        self.column_groups_of(self.outlets.len())
    }

    /// How `count` outlets (some of the event's, in name order) fall into groups of columns, as
    /// [`EventIndex::column_groups`] groups them all: none below [`GROUPED_FROM`].
    pub fn column_groups_of(&self, count: usize) -> Vec<Range<usize>> {
        if count < GROUPED_FROM {
            return Vec::new();
        }
        let groups = count.div_ceil(GROUP_SIZE);
        let size = count.div_ceil(groups);
        (0..groups).map(|group| group * size..((group + 1) * size).min(count)).collect()
    }

    /// The outlets that carry a claim (positions, in article order), each with its first
    /// sentence of the claim.
    pub fn claim_carriers(&self, claim: usize) -> Vec<(u32, &'a str)> {
        let mut carriers: Vec<(u32, &'a str)> = Vec::new();
        for &position in self.members_of(claim) {
            let Some(entry) = self.entry(position) else { continue };
            if carriers.last().is_none_or(|(outlet, _)| *outlet != entry.outlet) {
                carriers.push((entry.outlet, entry.id));
            }
        }
        carriers
    }
}
