//! Long verbatim runs: sentences printed word for word and one after another in two articles.
//!
//! Outlets that quote one speech print its words, so a quoted sentence printed by many outlets is
//! no evidence of copying on its own. But independent reports break a speech up: they pick a few
//! sentences, reorder them and put their own narration in between. An article that prints a long
//! block of another's sentences unbroken and in the same order, quotes and attributions alike
//! ("It's the most beautiful thing there is," Messi told TyC Sports. "Look what it is …"), has
//! copied that block, whoever first said the words.

use super::super::hashing::{FastMap, FastSet};

/// Fewest sentences in an unbroken run that counts as copying.
pub const MIN_RUN: usize = 6;

/// The longest unbroken run of each pair of articles: `matches` gives, for pairs of articles
/// `(a, b)`, the positions `(in a, in b)` of sentences printed word for word in both. A run is
/// a chain of such positions that each follow the one before in both articles.
pub fn longest(
    matches: impl IntoIterator<Item = ((usize, usize), (usize, usize))>,
) -> FastMap<(usize, usize), usize> {
    let mut by_pair: FastMap<(usize, usize), Vec<(usize, usize)>> = FastMap::default();
    for (pair, at) in matches {
        by_pair.entry(pair).or_default().push(at);
    }
    by_pair
        .into_iter()
        .map(|(pair, mut list)| {
            list.sort_unstable();
            list.dedup();
            let set: FastSet<(usize, usize)> = list.iter().copied().collect();
            let mut run_at: FastMap<(usize, usize), usize> = FastMap::default();
            let mut best = 0;
            for &(i, j) in &list {
                let before = match (i.checked_sub(1), j.checked_sub(1)) {
                    (Some(x), Some(y)) if set.contains(&(x, y)) => run_at.get(&(x, y)).copied().unwrap_or(0),
                    _ => 0,
                };
                let run = before + 1;
                run_at.insert((i, j), run);
                best = best.max(run);
            }
            (pair, best)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_is_unbroken_in_both_articles() {
        let pair = (0, 1);
        // 2..5 follow 10..13 one by one; (6, 15) skips a sentence of the second article.
        let matches = [(2, 10), (3, 11), (4, 12), (5, 13), (6, 15), (0, 0)].map(|at| (pair, at));
        assert_eq!(longest(matches)[&pair], 4);
        let scattered = [(0, 3), (1, 1), (2, 5), (4, 4)].map(|at| ((2, 3), at));
        assert_eq!(longest(scattered)[&(2, 3)], 1);
    }
}
