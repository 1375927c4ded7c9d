//! An inverted index over term ids that yields candidate pairs without comparing all pairs.
//!
//! Each item (a sentence, a quote) lists its term ids. Two items become a candidate pair when
//! they share at least one term whose posting list is short enough; terms found in more items
//! than `max_postings` are too common to single out one fact and are skipped. The work is then
//! bounded by (number of term occurrences) × `max_postings`, which is linear in the input for a
//! fixed cap.

use super::hashing::FastMap;

/// Interns strings as dense ids.
#[derive(Debug, Default)]
pub struct Vocabulary {
    ids: FastMap<String, u32>,
}

impl Vocabulary {
    /// The id of a term, adding it if new.
    pub fn id(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
        self.ids.insert(term.to_string(), id);
        id
    }

    /// How many distinct terms there are.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether no term was added yet.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}

/// Candidate pairs `(a, b)` with `a < b`, `group[a] != group[b]`, that share a term with at most
/// `max_postings` postings. Each pair comes once, with the number of such terms they share, in
/// ascending order. No hashing: each item walks its terms' posting lists and marks the items it
/// meets, so the work is the number of postings visited.
pub fn candidate_pairs<Item: AsRef<[u32]>>(
    items: &[Item],
    group: &[usize],
    terms: usize,
    max_postings: usize,
) -> Vec<((usize, usize), u32)> {
    let mut postings: Vec<Vec<usize>> = vec![Vec::new(); terms];
    let mut distinct: Vec<Vec<u32>> = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let mut seen: Vec<u32> = item.as_ref().to_vec();
        seen.sort_unstable();
        seen.dedup();
        for &term in &seen {
            if let Some(list) = postings.get_mut(term as usize) {
                list.push(index);
            }
        }
        distinct.push(seen);
    }
    let mut shared = vec![0u32; items.len()];
    let mut met: Vec<usize> = Vec::new();
    let mut pairs = Vec::new();
    for (a, seen) in distinct.iter().enumerate() {
        for &term in seen {
            let Some(list) = postings.get(term as usize) else { continue };
            if list.len() < 2 || list.len() > max_postings {
                continue;
            }
            // Postings are in item order: only the items after `a` make new pairs.
            let start = list.partition_point(|&b| b <= a);
            for &b in &list[start..] {
                if group.get(a) == group.get(b) {
                    continue;
                }
                if shared[b] == 0 {
                    met.push(b);
                }
                shared[b] += 1;
            }
        }
        met.sort_unstable();
        for &b in &met {
            pairs.push(((a, b), shared[b]));
            shared[b] = 0;
        }
        met.clear();
    }
    pairs
}

/// A candidate pair of [`repeated_candidate_pairs`]: the two items, how many terms they share
/// (among those whose postings are in bounds), and how many of those are marked in both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RepeatedPair {
    /// The first item.
    pub a: usize,
    /// The second item (`a <= b`).
    pub b: usize,
    /// Shared terms.
    pub shared: u32,
    /// Shared terms that both items mark.
    pub marked: u32,
}

/// Candidate pairs among items that each stand for `copies[i]` identical items (sentences that
/// read word for word the same): `(a, b)` with `a <= b` that share a term whose postings, counted
/// in copies, number from 2 to `max_postings`. `(a, a)` comes when an item stands for two copies
/// or more (and has such a term). This is [`candidate_pairs`] over every copy, without visiting
/// each copy: a pair of copies is a candidate exactly when the pair of items it comes from is.
/// Each item lists `(term, marked)`; pairs come in ascending order.
pub fn repeated_candidate_pairs<Item: AsRef<[(u32, bool)]>>(
    items: &[Item],
    copies: &[usize],
    terms: usize,
    max_postings: usize,
) -> Vec<RepeatedPair> {
    let mut pairs = Vec::new();
    visit_repeated_candidate_pairs(items, copies, terms, max_postings, |pair| pairs.push(pair));
    pairs
}

/// [`repeated_candidate_pairs`] handed to `visit` one at a time, never held together: a big event
/// has many more candidates than pairs that score.
pub fn visit_repeated_candidate_pairs<Item: AsRef<[(u32, bool)]>>(
    items: &[Item],
    copies: &[usize],
    terms: usize,
    max_postings: usize,
    mut visit: impl FnMut(RepeatedPair),
) {
    let mut postings: Vec<Vec<(usize, bool)>> = vec![Vec::new(); terms];
    let mut frequency = vec![0usize; terms];
    let mut distinct: Vec<Vec<(u32, bool)>> = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let mut seen: Vec<(u32, bool)> = item.as_ref().to_vec();
        seen.sort_unstable();
        // One entry per term, marked when any is (sorted, so a marked entry comes last).
        seen.reverse();
        seen.dedup_by_key(|(term, _)| *term);
        seen.reverse();
        let count = copies.get(index).copied().unwrap_or(1);
        for &(term, mark) in &seen {
            if let (Some(list), Some(total)) =
                (postings.get_mut(term as usize), frequency.get_mut(term as usize))
            {
                list.push((index, mark));
                *total += count;
            }
        }
        distinct.push(seen);
    }
    let mut shared = vec![(0u32, 0u32); items.len()];
    let mut met: Vec<usize> = Vec::new();
    for (a, seen) in distinct.iter().enumerate() {
        let repeated = copies.get(a).is_some_and(|&count| count >= 2);
        for &(term, mark_a) in seen {
            let (Some(list), Some(&total)) = (postings.get(term as usize), frequency.get(term as usize))
            else {
                continue;
            };
            if total < 2 || total > max_postings {
                continue;
            }
            // Postings are in item order: only `a` itself and the items after it make new pairs.
            let start = list.partition_point(|&(b, _)| b < a);
            for &(b, mark_b) in &list[start..] {
                if b == a && !repeated {
                    continue;
                }
                let Some(count) = shared.get_mut(b) else { continue };
                if count.0 == 0 {
                    met.push(b);
                }
                count.0 += 1;
                count.1 += u32::from(mark_a && mark_b);
            }
        }
        met.sort_unstable();
        for &b in &met {
            if let Some(count) = shared.get_mut(b) {
                visit(RepeatedPair { a, b, shared: count.0, marked: count.1 });
                *count = (0, 0);
            }
        }
        met.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_share_a_rare_term_across_groups() {
        let items = vec![vec![0, 1], vec![1, 2], vec![2, 3], vec![0, 9]];
        let group = [0, 1, 1, 0];
        let pairs = candidate_pairs(&items, &group, 10, 10);
        // 0–1 share term 1; 1–2 are the same group; 2–3 share nothing; 0–3 same group.
        assert_eq!(pairs, vec![((0, 1), 1)]);
    }

    #[test]
    fn repeated_items_pair_with_themselves_and_count_their_copies() {
        let items = vec![vec![(1, true), (2, false)], vec![(2, true), (3, true)], vec![(3, true)]];
        let pair = |a, b, shared, marked| RepeatedPair { a, b, shared, marked };
        // Item 0 stands for two copies: it pairs with itself (terms 1 and 2, term 1 marked) and
        // with item 1 (term 2, found in 3 copies, marked only by item 1); term 3 is in 1 + 2
        // copies, marked by both.
        let pairs = repeated_candidate_pairs(&items, &[2, 1, 2], 4, 3);
        assert_eq!(pairs, vec![pair(0, 0, 2, 1), pair(0, 1, 1, 0), pair(1, 2, 1, 1), pair(2, 2, 1, 1)]);
        // With a cap of 2, term 2 (3 copies) and term 3 (3 copies) are too common.
        assert_eq!(repeated_candidate_pairs(&items, &[2, 1, 2], 4, 2), vec![pair(0, 0, 1, 1)]);
    }

    #[test]
    fn very_common_terms_are_skipped() {
        let items = vec![vec![7], vec![7], vec![7]];
        let group = [0, 1, 2];
        assert!(candidate_pairs(&items, &group, 8, 2).is_empty());
        assert_eq!(candidate_pairs(&items, &group, 8, 3).len(), 3);
    }
}
