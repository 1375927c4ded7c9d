//! Ordered rare wording: how much of one article's own wording comes back in another in the same
//! order, weighted by how rare each word and word pair is in the event.
//!
//! A rewrite keeps the other article's order of facts and many of its less common words and word
//! pairs ("kickstarts a long process", "the highest level of alert"), even when it splits, merges
//! or rewords every sentence, so that few of its sentences match one by one. Independent reports of
//! one event share the event's common words ("court", "Evergrande", "liquidation") but few of the
//! rarer ones, and not in one order.
//!
//! **Items.** Each article is read as a sequence of items: the synonym keys of its own content
//! words (outside quotes) and the pairs of consecutive ones within a sentence, each kept at its
//! first occurrence. An item printed by `df` of the event's `n` articles weighs `ln(n / df)²`
//! (with `n` at most [`REFERENCE_ARTICLES`]), so an item of one or two articles weighs most and
//! one in every article nothing.
//!
//! **Score.** The heaviest sequence of items the two articles share in the same order (a weighted
//! longest common subsequence, found as a weighted longest increasing run), over the total weight
//! of the lighter article's items.
//!
//! **Cost.** Pairs are found through an inverted index of items printed by at most [`MAX_DF`]
//! articles; only pairs whose shared weight (an upper bound of the score) reaches the asked least
//! score are scored in order.

use super::super::hashing::{FastMap, FastSet};

/// Weights are taken as in an event of at most this many articles, so that they keep their
/// proportions in an event of hundreds: there an item of two articles would otherwise weigh
/// nearly as much as one of a single article, and independent reports that share a few less
/// common words would score like rewrites. Items of this many articles or more weigh nothing.
pub const REFERENCE_ARTICLES: usize = 16;

/// Items printed by more articles than this are left out of the index that finds candidate pairs
/// (they weigh little; in events of up to this many articles, the index is exact).
pub const MAX_DF: usize = 32;

/// The item hashes of each article, in first-occurrence order, from its sentences' own content
/// keys (one list of key hashes per sentence, in reading order).
pub fn items<'s>(sentences: impl IntoIterator<Item = &'s [u64]>) -> Vec<u64> {
    let mut seen: FastSet<u64> = FastSet::default();
    let mut out = Vec::new();
    for keys in sentences {
        let pairs =
            keys.windows(2).map(|pair| pair[0].rotate_left(29) ^ pair[1].wrapping_mul(0x2545_f491_4f6c_dd1d));
        for item in keys.iter().copied().chain(pairs) {
            if seen.insert(item) {
                out.push(item);
            }
        }
    }
    out
}

/// The event's articles as weighted item sequences.
struct Sequences {
    /// Per article, item ids in first-occurrence order.
    ids: Vec<Vec<u32>>,
    /// Weight of each item id.
    weight: Vec<f32>,
    /// Per article, the sum of its items' weights.
    total: Vec<f32>,
    /// Per item id, the articles that print it.
    printers: Vec<Vec<u32>>,
}

fn sequences(articles: &[Vec<u64>]) -> Sequences {
    let mut id_of: FastMap<u64, u32> = FastMap::default();
    let mut printers: Vec<Vec<u32>> = Vec::new();
    let ids: Vec<Vec<u32>> = articles
        .iter()
        .enumerate()
        .map(|(article, items)| {
            items
                .iter()
                .map(|item| {
                    let next = id_of.len() as u32;
                    let id = *id_of.entry(*item).or_insert(next);
                    if id == next {
                        printers.push(Vec::new());
                    }
                    printers[id as usize].push(article as u32);
                    id
                })
                .collect()
        })
        .collect();
    let n = articles.len().clamp(1, REFERENCE_ARTICLES) as f32;
    let weight: Vec<f32> =
        printers.iter().map(|list| (n / list.len().max(1) as f32).ln().max(0.0).powi(2)).collect();
    let total = ids.iter().map(|list| list.iter().map(|&id| weight[id as usize]).sum()).collect();
    Sequences { ids, weight, total, printers }
}

/// The ordered-wording score of every pair of articles (`a < b`) that reaches `least`.
pub fn scores(articles: &[Vec<u64>], least: f32) -> FastMap<(usize, usize), f32> {
    let seq = sequences(articles);
    let mut shared: FastMap<(u32, u32), f32> = FastMap::default();
    for (id, list) in seq.printers.iter().enumerate() {
        if list.len() < 2 || list.len() > MAX_DF {
            continue;
        }
        for (i, &a) in list.iter().enumerate() {
            for &b in &list[i + 1..] {
                *shared.entry((a.min(b), a.max(b))).or_default() += seq.weight[id];
            }
        }
    }
    let positions: Vec<FastMap<u32, u32>> = seq
        .ids
        .iter()
        .map(|list| list.iter().enumerate().map(|(at, &id)| (id, at as u32)).collect())
        .collect();
    let mut found = FastMap::default();
    for ((a, b), bound) in shared {
        let (a, b) = (a as usize, b as usize);
        let lighter = seq.total[a].min(seq.total[b]);
        if lighter <= 0.0 || bound < least * lighter {
            continue;
        }
        let score = in_order(&seq.ids[a], &positions[b], &seq.weight) / lighter;
        if score >= least {
            found.insert((a, b), score);
        }
    }
    found
}

/// The heaviest run of `items` whose positions in the other article (`at`) increase.
fn in_order(items: &[u32], at: &FastMap<u32, u32>, weight: &[f32]) -> f32 {
    let size = at.len();
    // A Fenwick tree of the best run ending at or before each position of the other article.
    let mut tree = vec![0.0f32; size + 1];
    let mut best = 0.0f32;
    for id in items {
        let Some(&position) = at.get(id) else { continue };
        let position = position as usize;
        let mut before = 0.0f32;
        let mut i = position;
        while i > 0 {
            before = before.max(tree[i]);
            i &= i - 1;
        }
        let run = before + weight[*id as usize];
        best = best.max(run);
        let mut i = position + 1;
        while i <= size {
            tree[i] = tree[i].max(run);
            i += i & i.wrapping_neg();
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[u32]) -> FastMap<u32, u32> {
        list.iter().enumerate().map(|(at, &id)| (id, at as u32)).collect()
    }

    #[test]
    fn the_heaviest_run_keeps_the_order() {
        let weight = [1.0, 1.0, 5.0, 1.0];
        // Items 0, 1, 3 come in the same order; item 2 comes first in the other but weighs most.
        assert_eq!(in_order(&[0, 1, 2, 3], &ids(&[2, 0, 1, 3]), &weight), 6.0);
        assert_eq!(in_order(&[0, 1, 3], &ids(&[0, 1, 3]), &weight), 3.0);
        assert_eq!(in_order(&[0, 1], &ids(&[2, 3]), &weight), 0.0);
    }

    #[test]
    fn weights_keep_their_proportions_in_a_big_event() {
        // Item 1 is printed by one article, item 2 by two, item 3 by every one.
        let event = |size: usize| {
            let articles: Vec<Vec<u64>> =
                (0..size).map(|a| if a < 2 { vec![a as u64 + 1, 2, 3] } else { vec![3] }).collect();
            let seq = sequences(&articles);
            // The first article prints items 1, 2 and 3, in that order.
            let weight = |at: usize| seq.weight[seq.ids[0][at] as usize];
            (weight(0), weight(1), weight(2))
        };
        let (small, big) = (event(16), event(400));
        assert_eq!(small, big, "an event of 400 weighs items as one of 16");
        assert!(big.1 < 0.6 * big.0, "an item of two articles weighs clearly less than one of one: {big:?}");
        assert_eq!(big.2, 0.0);
    }

    #[test]
    fn items_are_words_and_pairs_at_first_occurrence() {
        let found = items([&[1u64, 2, 3][..], &[2, 3]]);
        assert_eq!(found.len(), 5, "three words and two pairs; the repeated ones are kept once");
    }

    #[test]
    fn rare_shared_wording_in_order_scores_and_common_words_do_not() {
        // Articles 0 and 1 share rare items in one order; every article shares the common ones.
        let common = [100u64, 101, 102];
        let mut articles: Vec<Vec<u64>> =
            (0..6u64).map(|a| common.iter().copied().chain([1000 + a]).collect()).collect();
        articles[0].extend([1, 2, 3, 4]);
        articles[1].extend([1, 2, 3, 4]);
        let found = scores(&articles, 0.1);
        assert!(found.get(&(0, 1)).is_some_and(|&s| s > 0.5), "{found:?}");
        assert_eq!(found.len(), 1, "{found:?}");
        // The same rare items in reverse order score much less.
        articles[1].truncate(4);
        articles[1].extend([4, 3, 2, 1]);
        let reversed = scores(&articles, 0.0);
        assert!(reversed.get(&(0, 1)).is_some_and(|&s| s < 0.3), "{reversed:?}");
    }
}
