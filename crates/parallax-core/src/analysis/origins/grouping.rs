//! Average-link grouping of articles: the two groups whose links average highest (over every
//! pair of their articles, a missing link counting 0) merge first, while that average reaches
//! [`MIN_SHARED`]. Candidate merges wait in a heap and only a merged group's averages are
//! recomputed, so the cost follows the number of links, not groups times links.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use super::super::hashing::FastMap;
use super::MIN_SHARED;

/// A possible merge of groups `pair.0 < pair.1`, with the average of their links.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Candidate {
    average: f32,
    pair: (usize, usize),
}

impl Eq for Candidate {}

impl Ord for Candidate {
    /// The higher average first; between equal averages, the lower pair of group indexes.
    fn cmp(&self, other: &Self) -> Ordering {
        self.average.total_cmp(&other.average).then(other.pair.cmp(&self.pair))
    }
}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Groups articles by average link (see the module header). A group keeps the index of its
/// first article; groups come sorted by it.
pub fn average_link(articles: usize, links: &FastMap<(usize, usize), f32>) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = (0..articles).map(|a| vec![a]).collect();
    // Per group, the sums of its links to each other group.
    let mut sums: Vec<FastMap<usize, f32>> = vec![FastMap::default(); articles];
    let mut heap = BinaryHeap::new();
    for (&(x, y), &sum) in links {
        sums[x].insert(y, sum);
        sums[y].insert(x, sum);
        push_candidate(&mut heap, &groups, (x, y), sum);
    }
    while let Some(best) = heap.pop() {
        let (keep, gone) = best.pair;
        let current = sums[keep].get(&gone).map(|&sum| average(&groups, best.pair, sum));
        if groups[gone].is_empty() || current.is_none_or(|now| now.total_cmp(&best.average).is_ne()) {
            continue;
        }
        merge(&mut groups, &mut sums, keep, gone);
        for (&other, &sum) in &sums[keep] {
            push_candidate(&mut heap, &groups, (keep.min(other), keep.max(other)), sum);
        }
    }
    groups.retain(|group| !group.is_empty());
    groups.sort_by_key(|group| group.first().copied());
    groups
}

/// The average link of two groups whose links sum to `sum`.
fn average(groups: &[Vec<usize>], (x, y): (usize, usize), sum: f32) -> f32 {
    sum / (groups[x].len() * groups[y].len()).max(1) as f32
}

fn push_candidate(heap: &mut BinaryHeap<Candidate>, groups: &[Vec<usize>], pair: (usize, usize), sum: f32) {
    let average = average(groups, pair, sum);
    if average >= MIN_SHARED {
        heap.push(Candidate { average, pair });
    }
}

/// Moves group `gone` into group `keep`, adding up their links to every other group.
fn merge(groups: &mut [Vec<usize>], sums: &mut [FastMap<usize, f32>], keep: usize, gone: usize) {
    let moved = std::mem::take(&mut groups[gone]);
    groups[keep].extend(moved);
    groups[keep].sort_unstable();
    for (other, sum) in std::mem::take(&mut sums[gone]) {
        sums[other].remove(&gone);
        if other == keep {
            continue;
        }
        let total = sums[keep].get(&other).copied().unwrap_or(0.0) + sum;
        sums[keep].insert(other, total);
        sums[other].insert(keep, total);
    }
}
