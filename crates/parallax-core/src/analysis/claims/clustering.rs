//! Average-link clustering with an outlet constraint over a sparse graph of scored pairs.
//!
//! Only candidate pairs carry a score; every other pair of sentences scores 0 (it shares no key
//! rare enough to be informative, see [`super`]). Each group keeps, per neighbouring group, the
//! sum of its pair scores and the count of pairs that match on their own, and merging moves the
//! smaller group's links into the larger one. The cost is thus bounded by the number of scored
//! pairs times the logarithm of the group sizes, never by the product of two groups' sizes.

use crate::analysis::hashing::FastMap;

/// Maps keyed by group or outlet id. Iteration order never matters here: a merge adds to each
/// entry at most once, so the sums do not depend on it.
type IdMap<V> = FastMap<usize, V>;

/// What links two groups: the sum of their pairs' scores and how many pairs match on their own.
#[derive(Debug, Clone, Copy, Default)]
struct Link {
    sum: f32,
    strong: usize,
}

impl Link {
    fn add(&mut self, other: Link) {
        self.sum += other.sum;
        self.strong += other.strong;
    }
}

/// A group of sentences being built.
#[derive(Debug, Default)]
struct Group {
    /// Its items.
    members: Vec<usize>,
    /// Its nodes.
    nodes: Vec<usize>,
    /// How many members each outlet has.
    outlets: IdMap<usize>,
    /// Links to other groups, by group id.
    links: IdMap<Link>,
}

/// Groups items (sentences) by average link. The items come in nodes that always stay together
/// (`nodes[k]` lists node `k`'s items: the copies of one wording); `edges` are the scored pairs
/// of nodes `(score, a, b)`, strongest first, each standing for the pairs of their items from
/// different outlets; pairs not listed score 0. A merge is tried for every edge scoring at least
/// `pair`: it happens when the two groups' average score over their cross-outlet pairs of items
/// reaches `group`, or, if the groups share an outlet, when every cross-outlet pair scores at
/// least `pair` on its own. Returns the groups of items, each sorted.
pub(super) fn average_link(
    nodes: &[Vec<usize>],
    outlet_of: &[usize],
    edges: &[(f32, usize, usize)],
    pair: f32,
    group: f32,
) -> Vec<Vec<usize>> {
    let n = nodes.len();
    // Each node's number of scored pairs, so that its links are allocated once.
    let mut degree = vec![0usize; n];
    for &(_, a, b) in edges {
        if a < n && b < n && a != b {
            degree[a] += 1;
            degree[b] += 1;
        }
    }
    let mut groups: Vec<Group> = nodes
        .iter()
        .zip(&degree)
        .map(|(items, &degree)| {
            let mut outlets: IdMap<usize> = IdMap::default();
            for &item in items {
                if let Some(&outlet) = outlet_of.get(item) {
                    *outlets.entry(outlet).or_default() += 1;
                }
            }
            Group {
                members: items.clone(),
                nodes: Vec::new(),
                outlets,
                links: IdMap::with_capacity_and_hasher(degree, Default::default()),
            }
        })
        .collect();
    for (node, group) in groups.iter_mut().enumerate() {
        group.nodes.push(node);
    }
    for &(score, a, b) in edges {
        if score <= 0.0 || a == b || a >= n || b >= n {
            continue;
        }
        let cross = cross_pairs(&groups[a], &groups[b]);
        let link = Link { sum: score * cross as f32, strong: if score >= pair { cross } else { 0 } };
        groups[a].links.entry(b).or_default().add(link);
        groups[b].links.entry(a).or_default().add(link);
    }
    let mut group_of: Vec<usize> = (0..n).collect();
    for &(score, a, b) in edges {
        if score < pair || a >= n || b >= n {
            continue;
        }
        let (ga, gb) = (group_of[a], group_of[b]);
        if ga == gb || !may_merge(&groups[ga], &groups[gb], gb, group) {
            continue;
        }
        let (keep, gone) =
            if groups[ga].members.len() >= groups[gb].members.len() { (ga, gb) } else { (gb, ga) };
        merge(&mut groups, &mut group_of, keep, gone);
    }
    groups
        .into_iter()
        .filter(|g| !g.members.is_empty())
        .map(|mut g| {
            g.members.sort_unstable();
            g.members
        })
        .collect()
}

/// How many pairs of items of groups `a` and `b` come from different outlets.
fn cross_pairs(a: &Group, b: &Group) -> usize {
    let (few, many) = if a.outlets.len() <= b.outlets.len() { (a, b) } else { (b, a) };
    let same_outlet: usize = few
        .outlets
        .iter()
        .map(|(outlet, count)| count * many.outlets.get(outlet).copied().unwrap_or(0))
        .sum();
    a.members.len() * b.members.len() - same_outlet
}

/// Whether groups `a` and `b` (whose id is `b_id`) may become one (see [`average_link`]).
fn may_merge(a: &Group, b: &Group, b_id: usize, group: f32) -> bool {
    let cross = cross_pairs(a, b);
    let same_outlet = a.members.len() * b.members.len() - cross;
    if cross == 0 {
        return false;
    }
    let link = a.links.get(&b_id).copied().unwrap_or_default();
    if same_outlet > 0 {
        // The same outlet twice: only when every cross-outlet pair matches on its own.
        link.strong == cross
    } else {
        link.sum / cross as f32 >= group
    }
}

/// Moves group `gone` into group `keep`, links included.
fn merge(groups: &mut [Group], group_of: &mut [usize], keep: usize, gone: usize) {
    let moved = std::mem::take(&mut groups[gone]);
    for &node in &moved.nodes {
        group_of[node] = keep;
    }
    groups[keep].members.extend(moved.members);
    groups[keep].nodes.extend(moved.nodes);
    for (outlet, count) in moved.outlets {
        *groups[keep].outlets.entry(outlet).or_default() += count;
    }
    groups[keep].links.remove(&gone);
    for (other, link) in moved.links {
        if other == keep {
            continue;
        }
        groups[keep].links.entry(other).or_default().add(link);
        let neighbour = &mut groups[other].links;
        neighbour.remove(&gone);
        neighbour.entry(keep).or_default().add(link);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One node per item.
    fn singles(n: usize) -> Vec<Vec<usize>> {
        (0..n).map(|i| vec![i]).collect()
    }

    #[test]
    fn copies_count_once_per_pair_of_items() {
        // Node 0 is a wording printed by outlets 0 and 1; node 1 by outlet 2; node 2 by outlet 3.
        // 0–1 stand for two cross pairs at 0.5; 1–2 for one pair at 0.4. Node 2 joining {0, 1}
        // averages (0 + 0 + 0.4) / 3, under 0.22: it stays out.
        let nodes = vec![vec![0, 1], vec![2], vec![3]];
        let edges = [(0.5, 0, 1), (0.4, 1, 2)];
        assert_eq!(average_link(&nodes, &[0, 1, 2, 3], &edges, 0.3, 0.22), vec![vec![0, 1, 2], vec![3]]);
        // The same as four single items with the copies' pairs spelled out.
        let edges = [(1.0, 0, 1), (0.5, 0, 2), (0.5, 1, 2), (0.4, 2, 3)];
        assert_eq!(average_link(&singles(4), &[0, 1, 2, 3], &edges, 0.3, 0.22), vec![vec![0, 1, 2], vec![3]]);
    }

    #[test]
    fn a_chain_joins_when_the_average_holds() {
        // 0 (outlet 0) ≈ 1 (outlet 1) strongly, 1 ≈ 2 (outlet 2), 0 and 2 share nothing.
        // The average over 2's cross pairs is (0.5 + 0) / 2 = 0.25.
        let edges = [(0.6, 0, 1), (0.5, 1, 2)];
        assert_eq!(average_link(&singles(3), &[0, 1, 2], &edges, 0.3, 0.22), vec![vec![0, 1, 2]]);
        // A weaker second link does not carry the average: (0.4 + 0) / 2 < 0.22.
        let edges = [(0.6, 0, 1), (0.4, 1, 2)];
        assert_eq!(average_link(&singles(3), &[0, 1, 2], &edges, 0.3, 0.22), vec![vec![0, 1], vec![2]]);
    }

    #[test]
    fn an_outlet_twice_needs_every_cross_pair_to_match() {
        // 0 and 2 are the same outlet; both match 1.
        let edges = [(0.5, 0, 1), (0.4, 1, 2)];
        assert_eq!(average_link(&singles(3), &[0, 1, 0], &edges, 0.3, 0.22), vec![vec![0, 1, 2]]);
        // With a third outlet that 2 does not match, 2 stays out.
        let edges = [(0.5, 0, 1), (0.5, 1, 3), (0.5, 0, 3), (0.4, 1, 2)];
        assert_eq!(average_link(&singles(4), &[0, 1, 0, 2], &edges, 0.3, 0.22), vec![vec![0, 1, 3], vec![2]]);
    }

    #[test]
    fn odd_input_does_not_panic() {
        assert!(average_link(&[], &[], &[(0.9, 0, 1)], 0.3, 0.22).is_empty());
        assert_eq!(average_link(&singles(2), &[0], &[(0.9, 0, 1), (0.9, 1, 1)], 0.3, 0.22).len(), 1);
    }
}
