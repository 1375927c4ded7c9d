//! The sources matrix: which outlet credits which agency, outlet, person, body, document or post.

use super::filter::Matches;
use super::grid::Grid;
use super::index::EventIndex;
use super::{sort_by, sorted_indices, to_u32};
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
        let mut credits: Vec<(u32, u32)> = Vec::new();
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
            credits.push((to_u32(number), position));
        }
        // By source, then in reading order (so by outlet); each source's credits are then a run.
        sort_by(&mut credits, |a, b| a.cmp(b));
        credits.dedup();
        let outlet_of = |credit: (u32, u32)| self.entry(credit.1).map_or(u32::MAX, |entry| entry.outlet);

        // Each source's run of credits, and its outlet and credit counts.
        let mut runs = vec![(0..0, 0, 0); sources.len()];
        let mut start = 0;
        for run in credits.chunk_by(|a, b| a.0 == b.0) {
            let source = run.first().map_or(0, |credit| credit.0 as usize);
            let outlets = run.chunk_by(|a, b| outlet_of(*a) == outlet_of(*b)).count();
            if let Some(slot) = runs.get_mut(source) {
                *slot = (start..start + run.len(), outlets, run.len());
            }
            start += run.len();
        }
        // More outlets first, then more credits, ties in order of first appearance.
        let counts = |source: usize| runs.get(source).map(|&(_, outlets, credits)| (outlets, credits));
        let order = sorted_indices(runs.len(), &|a, b| counts(b).cmp(&counts(a)));

        let mut rows = Vec::with_capacity(order.len());
        let mut grid = Grid::new(self.outlets.len());
        for source in order {
            let (range, outlets, count) = runs.get(source).cloned().unwrap_or((0..0, 0, 0));
            let mut run = credits.get(range).unwrap_or(&[]).iter().copied().peekable();
            for outlet in 0..self.outlets.len() {
                while let Some(credit) = run.next_if(|&credit| outlet_of(credit) as usize <= outlet) {
                    if let Some(entry) = self.entry(credit.1).filter(|e| e.outlet as usize == outlet) {
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
