//! The sources matrix: which outlet credits which agency, outlet, person, body, document or post.

use super::filter::Matches;
use super::grid::Grid;
use super::index::EventIndex;
use super::{key_high, key_low, sort_key, sort_keys, to_u32};
use crate::analysis::SourceKind;

/// The header of one sources row. Its cells are the same row of [`SourcesMatrix::grid`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceRow<'a> {
    /// The credited source's canonical name.
    pub source: &'a str,
    /// What kind of source it is.
    pub kind: SourceKind,
    /// How many outlets credit it.
    pub outlets: usize,
    /// How many sentences credit it, over all outlets.
    pub credits: usize,
}

/// The sources matrix: `rows[i]` heads row `i` of `grid`, whose columns are `outlets`, all of the
/// event's outlets in article order. A cell holds the sentence ids where the outlet credits the
/// source, in reading order; an empty cell means it does not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourcesMatrix<'a> {
    /// The columns' outlet ids.
    pub outlets: Vec<&'a str>,
    /// The credited sources, in display order.
    pub rows: Vec<SourceRow<'a>>,
    /// The cells.
    pub grid: Grid<'a>,
}

impl<'a> EventIndex<'a> {
    /// The sources matrix of the credits the filter keeps (those whose sentence matches). A
    /// source is a name and a kind; sources credited by more outlets come first, then those with
    /// more credits, ties in order of first appearance.
    pub fn sources(&self, matches: &Matches) -> SourcesMatrix<'a> {
        // The sources met, and each credit as (source number, sentence position).
        let mut sources: Vec<(&'a str, SourceKind)> = Vec::new();
        let mut credits: Vec<u64> = Vec::new();
        for attribution in &self.analysis.attributions {
            let Some(position) = self.position(&attribution.sentence) else { continue };
            if matches.is_active() && !matches.has_position(position) {
                continue;
            }
            let source = (attribution.source.as_str(), attribution.kind);
            let number = sources.iter().position(|known| *known == source).unwrap_or(sources.len());
            if number == sources.len() {
                sources.push(source);
            }
            credits.push(sort_key(number, position as usize));
        }
        // By source, then in reading order (so by outlet); each source's credits are then a run.
        sort_keys(&mut credits);
        credits.dedup();
        let outlet_of = |key: u64| self.entry(to_u32(key_low(key))).map_or(u32::MAX, |entry| entry.outlet);

        // Each source's run of credits, and its outlet and credit counts.
        let mut runs = vec![(0..0, 0, 0); sources.len()];
        let mut order: Vec<u64> = Vec::with_capacity(sources.len());
        let mut start = 0;
        for run in credits.chunk_by(|a, b| key_high(*a) == key_high(*b)) {
            let source = run.first().map_or(0, |&key| key_high(key));
            let outlets = run.chunk_by(|a, b| outlet_of(*a) == outlet_of(*b)).count();
            if let Some(slot) = runs.get_mut(source) {
                *slot = (start..start + run.len(), outlets, run.len());
            }
            start += run.len();
            // More outlets first, then more credits, then first appearance.
            let rank = (0xFFFF - outlets.min(0xFFFF)) << 16 | (0xFFFF - run.len().min(0xFFFF));
            order.push(sort_key(rank, source));
        }
        sort_keys(&mut order);

        let mut rows = Vec::with_capacity(order.len());
        let mut grid = Grid::new(self.outlets.len());
        for &key in &order {
            let source = key_low(key);
            let (range, outlets, count) = runs.get(source).cloned().unwrap_or((0..0, 0, 0));
            let mut run = credits.get(range).unwrap_or(&[]).iter().copied().peekable();
            for outlet in 0..self.outlets.len() {
                while let Some(credit) = run.next_if(|&credit| outlet_of(credit) as usize <= outlet) {
                    if let Some(entry) =
                        self.entry(to_u32(key_low(credit))).filter(|e| e.outlet as usize == outlet)
                    {
                        grid.push(entry.id);
                    }
                }
                grid.end_cell();
            }
            if let Some(&(name, kind)) = sources.get(source) {
                rows.push(SourceRow { source: name, kind, outlets, credits: count });
            }
        }
        SourcesMatrix { outlets: self.outlets.clone(), rows, grid }
    }
}
