//! The compare page's aligned table (one row per claim, one column per shown outlet) and the
//! keyboard steps from one shared claim to the next.

use super::filter::Matches;
use super::grid::Grid;
use super::index::EventIndex;
use super::Columns;
use crate::link::Sort;

/// The header of one aligned row. Its cells are the same row of [`AlignTable::grid`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AlignRow<'a> {
    /// The claim's number ([`super::ClaimInfo::index`]).
    pub claim: usize,
    /// The claim's id, for `data-claim`.
    pub claim_id: &'a str,
    /// How many shown outlets carry it (at least one).
    pub carried: usize,
    /// The claim's colour slot when two or more shown outlets carry it.
    pub colour: Option<u8>,
}

/// The aligned table: `rows[i]` heads row `i` of `grid`, whose columns are the shown outlets in
/// column order. An empty cell means the outlet did not report the claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlignTable<'a> {
    /// The rows' claims, in display order.
    pub rows: Vec<AlignRow<'a>>,
    /// Each cell: the outlet's sentence ids for the claim, in reading order.
    pub grid: Grid<'a>,
}

/// A direction for [`EventIndex::step_shared`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The next shared claim in story order.
    Next,
    /// The previous one.
    Previous,
}

impl<'a> EventIndex<'a> {
    /// The aligned table for the shown outlets: one row per claim that a shown outlet carries,
    /// in story order, or with [`Sort::Unique`] the claims only one shown outlet carries first
    /// (each part in story order). When the filter is active, a row is kept only if one of its
    /// shown sentences matches; its cells still hold all of the claim's shown sentences, so the
    /// UI can dim those that do not match ([`Matches::contains`]).
    pub fn align(&self, columns: &Columns, sort: Sort, matches: &Matches) -> AlignTable<'a> {
        let mut order: Vec<(usize, usize)> = Vec::new();
        for claim in 0..self.claims.len() {
            let carried = self.carried(claim, columns);
            if carried > 0 && self.shown_member_matches(claim, columns, matches) {
                order.push((claim, carried));
            }
        }
        if sort == Sort::Unique {
            let (mut unique, shared): (Vec<_>, Vec<_>) =
                order.into_iter().partition(|&(_, carried)| carried == 1);
            unique.extend(shared);
            order = unique;
        }
        let mut grid = Grid::new(columns.len());
        let mut rows = Vec::with_capacity(order.len());
        for (claim, carried) in order {
            let members = self.members_of(claim);
            for &column in &columns.outlets {
                for id in self.member_ids_in(members, column) {
                    grid.push(id);
                }
                grid.end_cell();
            }
            let entry = self.claims.get(claim);
            rows.push(AlignRow {
                claim,
                claim_id: entry.map_or("", |entry| entry.id),
                carried,
                colour: entry.and_then(|entry| entry.colour).filter(|_| carried >= 2),
            });
        }
        AlignTable { rows, grid }
    }

    /// Where the keyboard's "next / previous shared claim" goes: the first sentence, in the
    /// leftmost shown column that carries it, of the next (or previous) claim in story order that
    /// two or more shown outlets carry and that the filter keeps. From `focus` (a sentence id),
    /// or from the start (`Next`) or the end (`Previous`) when nothing usable is focused. `None`
    /// past the last (or before the first) such claim; the steps do not wrap around.
    pub fn step_shared(
        &self,
        columns: &Columns,
        matches: &Matches,
        focus: Option<&str>,
        step: Step,
    ) -> Option<&'a str> {
        let current = focus
            .and_then(|id| self.position(id))
            .and_then(|position| self.entry(position))
            .map(|entry| entry.claim as usize)
            .filter(|&claim| claim < self.claims.len());
        let wanted = |claim: &usize| {
            self.carried(*claim, columns) >= 2 && self.shown_member_matches(*claim, columns, matches)
        };
        let claim = match (step, current) {
            (Step::Next, Some(current)) => (current + 1..self.claims.len()).find(wanted),
            (Step::Next, None) => (0..self.claims.len()).find(wanted),
            (Step::Previous, Some(current)) => (0..current).rev().find(wanted),
            (Step::Previous, None) => (0..self.claims.len()).rev().find(wanted),
        }?;
        let members = self.members_of(claim);
        columns.outlets.iter().find_map(|&column| self.member_ids_in(members, column).next())
    }

    /// How many shown outlets carry a claim.
    fn carried(&self, claim: usize, columns: &Columns) -> usize {
        let members = self.members_of(claim);
        columns
            .outlets
            .iter()
            .filter(|&&column| {
                members.iter().any(|&position| self.entry(position).is_some_and(|e| e.outlet == column))
            })
            .count()
    }

    /// Whether the filter is off, or a shown member of the claim matches it.
    fn shown_member_matches(&self, claim: usize, columns: &Columns, matches: &Matches) -> bool {
        !matches.is_active()
            || self.members_of(claim).iter().any(|&position| {
                matches.has_position(position) && self.entry(position).is_some_and(|e| columns.has(e.outlet))
            })
    }
}
