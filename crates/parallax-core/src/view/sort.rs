//! The one sort of the core's views: indices sorted by a comparator, and lists sorted through it.
//!
//! Every order of a view (coverage rows, sources, quote speakers and wordings, values of a
//! difference, outlets, events, search ranges, notices past the limit) is written as a
//! comparator that reads like the rule it states, say `b.outlets.cmp(&a.outlets)`, and sorted
//! here; ties keep their order, so each order is total and comes out the same on every run.

use std::cmp::Ordering;

/// The indices `0..len` in the order `order` gives them, ties by index (a stable sort). `order`
/// compares two indices in `0..len`.
///
/// A heapsort, O(n log n) comparisons, over the indices only. It is not generic, and takes its
/// comparator as `&dyn Fn`, so that the web app holds one copy of it however many orders there
/// are: each monomorphisation of the standard library's sorts costs the wasm about 4 KB. The
/// standard sorts are faster on large inputs; the lists sorted here are claims, outlets, sources
/// and table rows, a few thousand items at most.
pub(crate) fn sorted_indices(len: usize, order: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    /// Whether the item at heap slot `a` goes after the one at slot `b`.
    fn after(indices: &[usize], order: &dyn Fn(usize, usize) -> Ordering, a: usize, b: usize) -> bool {
        match (indices.get(a), indices.get(b)) {
            (Some(&a), Some(&b)) => order(a, b).then(a.cmp(&b)) == Ordering::Greater,
            _ => false,
        }
    }
    /// Moves the item at `root` down until neither child below `end` goes after it.
    fn sift_down(
        indices: &mut [usize],
        order: &dyn Fn(usize, usize) -> Ordering,
        mut root: usize,
        end: usize,
    ) {
        loop {
            let mut child = 2 * root + 1;
            if child >= end {
                return;
            }
            if child + 1 < end && after(indices, order, child + 1, child) {
                child += 1;
            }
            if !after(indices, order, child, root) {
                return;
            }
            indices.swap(root, child);
            root = child;
        }
    }
    let mut indices: Vec<usize> = (0..len).collect();
    for root in (0..len / 2).rev() {
        sift_down(&mut indices, order, root, len);
    }
    for end in (1..len).rev() {
        indices.swap(0, end);
        sift_down(&mut indices, order, 0, end);
    }
    indices
}

/// Puts items in the order of `sorted` (from [`sorted_indices`]: the item at `sorted[k]` goes to
/// `k`) by swapping them in place, `swap(i, j)` swapping two items: each cycle of the permutation
/// is walked once, so it takes at most `len - 1` swaps. Not generic, for the same reason.
pub(crate) fn permute(mut sorted: Vec<usize>, swap: &mut dyn FnMut(usize, usize)) {
    for start in 0..sorted.len() {
        // Walk the cycle through `start`, marking each slot filled (`usize::MAX`) as it is.
        let mut slot = start;
        while let Some(from) = sorted.get_mut(slot).map(|from| std::mem::replace(from, usize::MAX)) {
            if from == start || from == usize::MAX {
                break;
            }
            swap(slot, from);
            slot = from;
        }
    }
}

/// Sorts `items` in place in the order `order` gives, ties in their order in `items` (a stable
/// sort), through [`sorted_indices`] and [`permute`]: only the comparator and the swap are
/// generic, the sort is the one copy.
pub(crate) fn sort_by<T>(items: &mut [T], order: impl Fn(&T, &T) -> Ordering) {
    let sorted = sorted_indices(items.len(), &|a, b| order(&items[a], &items[b]));
    permute(sorted, &mut |a, b| items.swap(a, b));
}

#[cfg(test)]
mod tests {
    use std::cmp::Ordering;

    use super::{permute, sort_by, sorted_indices};

    /// `len` pseudo-random numbers below `below` (xorshift).
    fn numbers(len: usize, below: u64, state: &mut u64) -> Vec<u64> {
        (0..len)
            .map(|_| {
                *state ^= *state << 13;
                *state ^= *state >> 7;
                *state ^= *state << 17;
                *state % below
            })
            .collect()
    }

    #[test]
    fn short_lists_sort() {
        let by_value = |items: &[u64]| sorted_indices(items.len(), &|a, b| items[a].cmp(&items[b]));
        assert_eq!(by_value(&[]), Vec::<usize>::new(), "empty");
        assert_eq!(by_value(&[7]), [0], "one");
        assert_eq!(by_value(&[1, 2, 3, 4, 5]), [0, 1, 2, 3, 4], "already sorted");
        assert_eq!(by_value(&[5, 4, 3, 2, 1]), [4, 3, 2, 1, 0], "reversed");
        assert_eq!(sorted_indices(4, &|_, _| Ordering::Equal), [0, 1, 2, 3], "all ties, by index");
    }

    #[test]
    fn ties_keep_their_order() {
        // Descending by count, then by name: a total order over (count, name), and the two
        // equal items stay in their order.
        let items = [(2, "b"), (3, "a"), (2, "a"), (3, "a"), (1, "c"), (2, "b")];
        let order = sorted_indices(items.len(), &|a, b| {
            let (a, b) = (items[a], items[b]);
            b.0.cmp(&a.0).then(a.1.cmp(b.1))
        });
        assert_eq!(order, [1, 3, 2, 0, 5, 4]);
        let mut sorted = [(2, 'x'), (1, 'y'), (2, 'z'), (1, 'w')];
        sort_by(&mut sorted, |a, b| a.0.cmp(&b.0));
        assert_eq!(sorted, [(1, 'y'), (1, 'w'), (2, 'x'), (2, 'z')]);
    }

    #[test]
    fn agrees_with_the_standard_stable_sort() {
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for len in (0..70).chain([255, 256, 300, 1000, 4097]) {
            // Few distinct values for short lists, so that ties are tested too.
            let below = if len < 70 { 8 } else { u64::MAX };
            let items = numbers(len, below, &mut state);
            let mut expected: Vec<usize> = (0..len).collect();
            expected.sort_by(|&a, &b| items[a].cmp(&items[b]));
            assert_eq!(sorted_indices(len, &|a, b| items[a].cmp(&items[b])), expected, "{len}");
            // Descending, ties by index: the same as the standard stable sort.
            let mut descending: Vec<usize> = (0..len).collect();
            descending.sort_by(|&a, &b| items[b].cmp(&items[a]));
            let mut sorted: Vec<usize> = (0..len).collect();
            sort_by(&mut sorted, |&a, &b| items[b].cmp(&items[a]));
            assert_eq!(sorted, descending, "{len}");
        }
    }

    #[test]
    fn permutations_are_applied_in_place() {
        let mut state: u64 = 0x1234_5678_9abc_def1;
        for len in [0, 1, 2, 3, 10, 257] {
            // A random permutation: the indices sorted by random keys.
            let keys = numbers(len, 1000, &mut state);
            let sorted = sorted_indices(len, &|a, b| keys[a].cmp(&keys[b]));
            let mut items: Vec<usize> = (0..len).map(|n| n * 10).collect();
            let expected: Vec<usize> = sorted.iter().map(|&n| n * 10).collect();
            let mut swaps = 0;
            permute(sorted, &mut |a, b| {
                items.swap(a, b);
                swaps += 1;
            });
            assert_eq!(items, expected, "{len}");
            assert!(swaps < len.max(1), "{len}: {swaps} swaps");
        }
    }

    #[test]
    fn few_values_among_hundreds_of_items_keep_their_order() {
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let items = numbers(500, 5, &mut state);
        let mut expected = items.iter().copied().enumerate().collect::<Vec<_>>();
        expected.sort_by_key(|a| a.1);
        let mut sorted: Vec<(usize, u64)> = items.iter().copied().enumerate().collect();
        sort_by(&mut sorted, |a, b| a.1.cmp(&b.1));
        assert_eq!(sorted, expected);
    }
}
