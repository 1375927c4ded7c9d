//! Tests of the steps of copy detection: runs in the same order and grouping by average link.

use super::*;

fn link(a: usize, b: usize, share: f32) -> ((usize, usize), f32) {
    ((a, b), share)
}

#[test]
fn the_longest_run_keeps_both_orders() {
    let m = |a: usize, b: usize| Match { at: (a, b), pairs: 1.0, weight: 1.0 };
    // Sentence 2 of one article matches sentence 0 of the other, out of order.
    let list = [m(0, 1), m(1, 2), m(2, 0), m(3, 3), m(4, 5)];
    let run: Vec<(usize, usize)> = longest_in_order(&list).iter().map(|m| m.at).collect();
    assert_eq!(run, [(0, 1), (1, 2), (3, 3), (4, 5)]);
    assert!(longest_in_order(&[]).is_empty());
}

#[test]
fn an_article_joins_a_group_only_if_it_copies_it_on_average() {
    // 0, 1, 2 copy one another; 3 shares a little with 0 only; 4 and 5 are a pair of their own.
    let links: FastMap<(usize, usize), f32> =
        [link(0, 1, 0.9), link(0, 2, 0.8), link(1, 2, 0.7), link(0, 3, 0.45), link(4, 5, 0.5)]
            .into_iter()
            .collect();
    assert_eq!(average_link(6, &links), [vec![0, 1, 2], vec![3], vec![4, 5]]);
    assert_eq!(average_link(2, &FastMap::default()), [vec![0], vec![1]]);
}

#[test]
fn quotes_and_own_words_have_their_own_features() {
    let tokens = crate::analysis::text::tokenize("the river bridge collapsed on Tuesday");
    let refs: Vec<&Token> = tokens.iter().collect();
    let found = features(&refs);
    assert_eq!(found.words.len(), 4, "river, bridge, collapsed, Tuesday");
    assert_eq!(found.pairs.len(), 5);
    assert!(features(&[]).pairs.is_empty());
}
