//! An inverted index over term ids that yields candidate pairs without comparing all pairs.
//!
//! Each item (a sentence, a quote) lists its term ids. Two items become a candidate pair when
//! they share at least one term whose posting list is short enough; terms found in more items
//! than `max_postings` are too common to single out one fact and are skipped. The work is then
//! bounded by (number of term occurrences) × `max_postings`, which is linear in the input for a
//! fixed cap.

use std::collections::HashMap;

/// Interns strings as dense ids.
#[derive(Debug, Default)]
pub struct Vocabulary {
    ids: HashMap<String, u32>,
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

/// Document frequency of each term id: in how many items it occurs.
pub fn document_frequency(items: &[Vec<u32>], terms: usize) -> Vec<u32> {
    let mut df = vec![0u32; terms];
    for item in items {
        let mut seen: Vec<u32> = item.clone();
        seen.sort_unstable();
        seen.dedup();
        for term in seen {
            if let Some(count) = df.get_mut(term as usize) {
                *count += 1;
            }
        }
    }
    df
}

/// Candidate pairs `(a, b)` with `a < b`, `group[a] != group[b]`, that share a term with at most
/// `max_postings` postings. Each pair comes once, with the number of such terms they share, in
/// ascending order. No hashing: each item walks its terms' posting lists and marks the items it
/// meets, so the work is the number of postings visited.
pub fn candidate_pairs(
    items: &[Vec<u32>],
    group: &[usize],
    terms: usize,
    max_postings: usize,
) -> Vec<((usize, usize), u32)> {
    let mut postings: Vec<Vec<usize>> = vec![Vec::new(); terms];
    let mut distinct: Vec<Vec<u32>> = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let mut seen: Vec<u32> = item.clone();
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
    fn very_common_terms_are_skipped() {
        let items = vec![vec![7], vec![7], vec![7]];
        let group = [0, 1, 2];
        assert!(candidate_pairs(&items, &group, 8, 2).is_empty());
        assert_eq!(candidate_pairs(&items, &group, 8, 3).len(), 3);
    }
}
