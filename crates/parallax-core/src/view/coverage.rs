//! The overview's coverage matrix: every claim against every outlet of the event.

use super::filter::Matches;
use super::grid::Grid;
use super::index::EventIndex;
use super::{permute, sorted_indices};

/// The order of the coverage matrix's rows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum CoverageOrder {
    /// Claims that more outlets carry first, ties in story order: the story's core, then what
    /// fewer outlets reported, then what only one did.
    #[default]
    MostCarried,
    /// Story order.
    Story,
    /// What the outlets led with: the claims that most outlets put in their headline first, then
    /// those in most leads, then the most carried; ties in story order.
    Lead,
}

/// The header of one matrix row. Its cells are the same row of [`CoverageMatrix::grid`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CoverageRow<'a> {
    /// The claim's number ([`super::ClaimInfo::index`]).
    pub claim: usize,
    /// The claim's id.
    pub claim_id: &'a str,
    /// A short text for the claim: its shortest member sentence of five words or more (else its
    /// shortest), cut at a word boundary to at most [`super::SUMMARY_CHARS`] characters.
    pub summary: &'a str,
    /// Whether `summary` was cut short: show an ellipsis after it.
    pub summary_cut: bool,
    /// How many outlets carry the claim.
    pub carried: usize,
    /// The claim's colour slot, when it is shared.
    pub colour: Option<u8>,
}

/// The coverage matrix: its rows, and its columns `outlets`, all of the event's outlets in
/// article order. The cells of the rows shown come from [`EventIndex::claim_carriers`] (or all of
/// them at once from [`EventIndex::coverage_grid`]), so that a matrix of many claims and many
/// outlets costs only what is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverageMatrix<'a> {
    /// The columns' outlet ids.
    pub outlets: Vec<&'a str>,
    /// The rows' claims, in display order.
    pub rows: Vec<CoverageRow<'a>>,
}

impl<'a> EventIndex<'a> {
    /// The coverage matrix of the claims the filter keeps (those with a matching member), in
    /// the given order.
    pub fn coverage(&self, matches: &Matches, order: CoverageOrder) -> CoverageMatrix<'a> {
        let mut rows: Vec<CoverageRow<'a>> = self
            .claims
            .iter()
            .enumerate()
            .filter(|&(claim, entry)| entry.outlets > 0 && (!matches.is_active() || matches.has_claim(claim)))
            .map(|(claim, entry)| CoverageRow {
                claim,
                claim_id: entry.id,
                summary: entry.summary.0,
                summary_cut: entry.summary.1,
                carried: entry.outlets as usize,
                colour: entry.colour,
            })
            .collect();
        if order != CoverageOrder::Story {
            // Per row: (headlines, leads, outlets), more first, ties in story order; only the
            // outlets count for the most carried.
            let prominence: Vec<(usize, usize, usize)> = rows
                .iter()
                .map(|row| match order {
                    CoverageOrder::Lead => self.lead_counts(row.claim),
                    _ => (0, 0, row.carried),
                })
                .collect();
            let sorted = sorted_indices(rows.len(), &|a, b| prominence[b].cmp(&prominence[a]));
            permute(sorted, &mut |a, b| rows.swap(a, b));
        }
        CoverageMatrix { outlets: self.outlets.clone(), rows }
    }

    /// The cells of `rows`: row `i` of the grid is `rows[i]`, column `j` the event's outlet `j`;
    /// a cell holds the outlet's sentence ids for the claim (the first is the one to open with
    /// `s=`), and is empty when the outlet left the claim out.
    pub fn coverage_grid(&self, rows: &[CoverageRow]) -> Grid<'a> {
        let outlets = self.outlets.len();
        let mut grid = Grid::new(outlets);
        for row in rows {
            let mut members =
                self.members_of(row.claim).iter().filter_map(|&position| self.entry(position)).peekable();
            for outlet in 0..outlets {
                while let Some(entry) = members.next_if(|entry| entry.outlet as usize <= outlet) {
                    if entry.outlet as usize == outlet {
                        grid.push(entry.id);
                    }
                }
                grid.end_cell();
            }
        }
        grid
    }
}
