//! A table of sentence-id lists: rows × columns, stored flat, one allocation for all cells.

/// Rows × columns of cells, each cell a list of sentence ids (empty: nothing there). Used by the
/// aligned table, the coverage matrix and the sources matrix, whose row headers live beside it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Grid<'a> {
    columns: usize,
    /// Where each cell ends in `ids`, row by row.
    ends: Vec<u32>,
    ids: Vec<&'a str>,
}

impl<'a> Grid<'a> {
    pub(crate) fn new(columns: usize) -> Grid<'a> {
        Grid { columns, ends: Vec::new(), ids: Vec::new() }
    }

    /// Adds an id to the cell being filled.
    pub(crate) fn push(&mut self, id: &'a str) {
        self.ids.push(id);
    }

    /// Closes the cell being filled; the next push goes to the next cell.
    pub(crate) fn end_cell(&mut self) {
        self.ends.push(u32::try_from(self.ids.len()).unwrap_or(u32::MAX));
    }

    /// How many rows are filled.
    pub fn rows(&self) -> usize {
        self.ends.len().checked_div(self.columns).unwrap_or(0)
    }

    /// The number of columns.
    pub fn columns(&self) -> usize {
        self.columns
    }

    /// The ids in one cell, in reading order; empty when the cell is empty or out of range.
    pub fn cell(&self, row: usize, column: usize) -> &[&'a str] {
        let at = match row.checked_mul(self.columns).and_then(|start| start.checked_add(column)) {
            Some(at) if column < self.columns => at,
            _ => return &[],
        };
        let start = if at == 0 { 0 } else { self.ends.get(at - 1).map_or(0, |&end| end as usize) };
        let end = self.ends.get(at).map_or(start, |&end| end as usize);
        self.ids.get(start..end).unwrap_or(&[])
    }

    /// The cells of one row, left to right.
    pub fn row(&self, row: usize) -> impl ExactSizeIterator<Item = &[&'a str]> + '_ {
        (0..self.columns).map(move |column| self.cell(row, column))
    }
}
