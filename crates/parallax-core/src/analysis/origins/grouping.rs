//! Average-link grouping of articles: the two groups whose links average highest (over every
//! pair of their articles, a missing link counting 0) merge first, while that average reaches
//! [`MIN_SHARED`]. Each group's best merge waits in a heap; after a merge, only the merged
//! group's neighbours are looked at again, and only those whose best merge was with one of the
//! two groups are scanned in full, so the cost follows the links, not the groups times the links.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use super::super::hashing::FastMap;
use super::MIN_SHARED;

/// A group's sums of links to other groups, by group index.
type Sums = FastMap<u32, f32>;

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
pub fn average_link(
    articles: usize,
    links: impl IntoIterator<Item = ((usize, usize), f32)>,
) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = (0..articles).map(|a| vec![a]).collect();
    // Per group, the sums of its links to each other group (by 32-bit index, to halve them).
    let mut sums: Vec<Sums> = vec![Sums::default(); articles];
    for ((x, y), sum) in links {
        sums[x].insert(y as u32, sum);
        sums[y].insert(x as u32, sum);
    }
    // Per group, its best merge; the heap holds every group's best (and outdated ones, skipped).
    let mut best: Vec<Option<Candidate>> = (0..articles).map(|g| best_of(&groups, &sums, g)).collect();
    let mut heap: BinaryHeap<Candidate> = best.iter().flatten().copied().collect();
    while let Some(top) = heap.pop() {
        let (keep, gone) = top.pair;
        if best[keep] != Some(top) && best[gone] != Some(top) {
            continue;
        }
        merge(&mut groups, &mut sums, keep, gone);
        best[gone] = None;
        let neighbours: Vec<usize> = sums[keep].keys().map(|&g| g as usize).collect();
        for group in std::iter::once(keep).chain(neighbours) {
            let outdated =
                group == keep || best[group].is_some_and(|c| [keep, gone].iter().any(|g| c.has(*g)));
            let now = if outdated {
                best_of(&groups, &sums, group)
            } else {
                best[group].max(candidate(&groups, (group, keep), sums[keep][&(group as u32)]))
            };
            if now != best[group] {
                best[group] = now;
                heap.extend(now);
            }
        }
    }
    groups.retain(|group| !group.is_empty());
    groups.sort_by_key(|group| group.first().copied());
    groups
}

impl Candidate {
    fn has(&self, group: usize) -> bool {
        self.pair.0 == group || self.pair.1 == group
    }
}

/// The merge of two groups whose links sum to `sum`, if their average reaches [`MIN_SHARED`].
fn candidate(groups: &[Vec<usize>], (x, y): (usize, usize), sum: f32) -> Option<Candidate> {
    let average = sum / (groups[x].len() * groups[y].len()).max(1) as f32;
    (average >= MIN_SHARED).then_some(Candidate { average, pair: (x.min(y), x.max(y)) })
}

/// The best merge of group `g`, if any reaches [`MIN_SHARED`].
fn best_of(groups: &[Vec<usize>], sums: &[Sums], g: usize) -> Option<Candidate> {
    sums[g].iter().filter_map(|(&other, &sum)| candidate(groups, (g, other as usize), sum)).max()
}

/// Moves group `gone` into group `keep`, adding up their links to every other group.
fn merge(groups: &mut [Vec<usize>], sums: &mut [Sums], keep: usize, gone: usize) {
    let moved = std::mem::take(&mut groups[gone]);
    groups[keep].extend(moved);
    groups[keep].sort_unstable();
    let (keep_id, gone_id) = (keep as u32, gone as u32);
    for (other, sum) in std::mem::take(&mut sums[gone]) {
        sums[other as usize].remove(&gone_id);
        if other == keep_id {
            continue;
        }
        let total = sums[keep].get(&other).copied().unwrap_or(0.0) + sum;
        sums[keep].insert(other, total);
        sums[other as usize].insert(keep_id, total);
    }
}
