//! Long verbatim runs: sentences printed word for word and one after another in two articles.
//!
//! Outlets that quote one speech print its words, so a quoted sentence printed by many outlets is
//! no evidence of copying on its own. But independent reports break a speech up: they pick a few
//! sentences, reorder them and put their own narration in between. An article that prints a long
//! block of another's sentences unbroken and in the same order, quotes and attributions alike
//! ("It's the most beautiful thing there is," Messi told TyC Sports. "Look what it is …"), has
//! copied that block, whoever first said the words.

/// Fewest sentences in an unbroken run that counts as copying.
pub const MIN_RUN: usize = 6;

/// The longest unbroken run of a pair of articles `(a, b)`: `list` gives the positions
/// `(in a, in b)` of sentences printed word for word in both (it is sorted and deduplicated in
/// place). A run is a chain of such positions that each follow the one before in both articles.
pub fn longest_run(list: &mut Vec<(usize, usize)>) -> usize {
    list.sort_unstable();
    list.dedup();
    let mut run_at: Vec<usize> = Vec::with_capacity(list.len());
    for (index, &(i, j)) in list.iter().enumerate() {
        let before = match (i.checked_sub(1), j.checked_sub(1)) {
            (Some(x), Some(y)) => list[..index].binary_search(&(x, y)).map_or(0, |at| run_at[at]),
            _ => 0,
        };
        run_at.push(before + 1);
    }
    run_at.into_iter().max().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_is_unbroken_in_both_articles() {
        // 2..5 follow 10..13 one by one; (6, 15) skips a sentence of the second article.
        assert_eq!(longest_run(&mut vec![(2, 10), (3, 11), (4, 12), (5, 13), (6, 15), (0, 0)]), 4);
        assert_eq!(longest_run(&mut vec![(0, 3), (1, 1), (2, 5), (4, 4)]), 1);
        assert_eq!(longest_run(&mut vec![(4, 4), (3, 3), (3, 3)]), 2, "unsorted, with a repeat");
        assert_eq!(longest_run(&mut Vec::new()), 0);
    }
}
