//! Tests of the steps of copy detection: runs in the same order and grouping by average link.

use super::*;

fn link(a: usize, b: usize, share: f32) -> ((usize, usize), f32) {
    ((a, b), share)
}

#[test]
fn two_partial_signs_of_one_text_make_a_link_that_neither_makes_alone() {
    // Ordered rare wording a little under a link, and a third of the sentences matched.
    let wording = 0.8 * WORDING_LINK;
    assert!(wording_link(wording, None) < MIN_SHARED);
    const { assert!(0.3 < MIN_SHARED) };
    assert!(wording_link(wording, Some(0.3)) >= MIN_SHARED);
    // One matched sentence's worth of share does not complete a weak wording.
    assert!(wording_link(0.7 * WORDING_LINK, Some(0.1)) < MIN_SHARED);
    // A wording strong enough alone is a full link, whatever the share.
    assert!((wording_link(3.0 * WORDING_LINK, None) - 1.0).abs() < 1e-6);
}

#[test]
fn the_longest_run_keeps_both_orders() {
    let m = |a: usize, b: usize| Match { at: (a, b), pairs: 1.0, weight: 1.0 };
    // Sentence 2 of one article matches sentence 0 of the other, out of order.
    let list = [m(0, 1), m(1, 2), m(2, 0), m(3, 3), m(4, 5)];
    let mut buffers = InOrder::default();
    let run: Vec<(usize, usize)> = longest_in_order(&list, &mut buffers).iter().map(|m| m.at).collect();
    assert_eq!(run, [(0, 1), (1, 2), (3, 3), (4, 5)]);
    assert!(longest_in_order(&[], &mut buffers).is_empty());
}

#[test]
fn an_article_joins_a_group_only_if_it_copies_it_on_average() {
    // 0, 1, 2 copy one another; 3 shares a little with 0 only; 4 and 5 are a pair of their own.
    let links: FastMap<(usize, usize), f32> =
        [link(0, 1, 0.9), link(0, 2, 0.8), link(1, 2, 0.7), link(0, 3, 0.45), link(4, 5, 0.5)]
            .into_iter()
            .collect();
    assert_eq!(average_link(6, links), [vec![0, 1, 2], vec![3], vec![4, 5]]);
    assert_eq!(average_link(2, []), [vec![0], vec![1]]);
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

/// Average link as first written: every step scans every pair of groups with links.
fn average_link_by_scan(articles: usize, links: &FastMap<(usize, usize), f32>) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = (0..articles).map(|a| vec![a]).collect();
    let mut sums: FastMap<(usize, usize), f32> = links.clone();
    loop {
        let best = sums
            .iter()
            .map(|(&(x, y), &sum)| ((x, y), sum / (groups[x].len() * groups[y].len()).max(1) as f32))
            .filter(|&(_, average)| average >= MIN_SHARED)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        let Some(((keep, gone), _)) = best else { break };
        let moved = std::mem::take(&mut groups[gone]);
        groups[keep].extend(moved);
        groups[keep].sort_unstable();
        let old: Vec<((usize, usize), f32)> = sums.drain().collect();
        for ((x, y), sum) in old {
            let (x, y) = (if x == gone { keep } else { x }, if y == gone { keep } else { y });
            if x != y {
                *sums.entry((x.min(y), x.max(y))).or_default() += sum;
            }
        }
    }
    groups.retain(|group| !group.is_empty());
    groups.sort_by_key(|group| group.first().copied());
    groups
}

#[test]
fn average_link_merges_as_a_full_scan_would() {
    // Pseudo-random links from a few values, so that many averages tie.
    let mut state = 7u64;
    let mut next = |bound: u64| {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % bound
    };
    for round in 0..600 {
        let articles = 2 + (round % 30);
        let mut links: FastMap<(usize, usize), f32> = FastMap::default();
        for _ in 0..next((articles * articles) as u64 / 2 + 1) {
            let (a, b) = (next(articles as u64) as usize, next(articles as u64) as usize);
            if a != b {
                links.insert((a.min(b), a.max(b)), [0.3, 0.4, 0.5, 0.6, 0.9, 1.0][next(6) as usize]);
            }
        }
        assert_eq!(
            average_link(articles, links.clone()),
            average_link_by_scan(articles, &links),
            "{links:?}"
        );
    }
}
