//! Extending clusters to the outlets that state the same fact inside a longer sentence.
//!
//! A cluster's *core* is its informative keys (see [`super`]) that at least [`CORE_SHARE`] of its
//! outlets use (and at least two outlets): the details that make the fact. A sentence of an
//! outlet the cluster lacks joins it when it holds at least [`CORE_COVER`] of the core's weight,
//! and the core is a fact, not a word: two keys or more. Pair similarity misses such
//! a sentence when it says much else besides ("…, while causing damage in the capital and other
//! major cities"), but the details are there. Joining adds the sentence to the cluster without
//! taking it from its own: the sentence then stands in both claims.
//!
//! **Cost.** Candidates come from the core keys' postings, and an informative key occurs in at
//! most two sentences per outlet: each cluster costs the postings of its core.

use crate::analysis::hashing::FastMap;

use super::similarity::FactKeys;

/// Share of a cluster's outlets that must use a key for it to be in the core.
pub const CORE_SHARE: f32 = 0.6;
/// Share of the core's weight a sentence must hold to join the cluster.
pub const CORE_COVER: f32 = 0.8;

/// Extends every cluster of two outlets or more (see the module docs). `groups` are sorted unit
/// lists; the result keeps their order, each still sorted.
pub(super) fn extend(groups: Vec<Vec<usize>>, keys: &FactKeys, outlet_of: &[usize]) -> Vec<Vec<usize>> {
    let mut postings: FastMap<u32, Vec<usize>> = FastMap::default();
    for unit in 0..outlet_of.len() {
        for &(key, _) in keys.of(unit) {
            postings.entry(key).or_default().push(unit);
        }
    }
    super::join_into(groups, outlet_of.len(), |group| joining(group, keys, outlet_of, &postings))
}

/// The sentences that join one cluster.
fn joining(
    group: &[usize],
    keys: &FactKeys,
    outlet_of: &[usize],
    postings: &FastMap<u32, Vec<usize>>,
) -> Vec<usize> {
    let outlet = |unit: usize| outlet_of.get(unit).copied().unwrap_or(usize::MAX);
    let mut outlets: Vec<usize> = group.iter().map(|&u| outlet(u)).collect();
    outlets.sort_unstable();
    outlets.dedup();
    if outlets.len() < 2 {
        return Vec::new();
    }
    // Each key's weight and the outlets of the cluster that use it.
    let mut used: FastMap<u32, (f32, Vec<usize>)> = FastMap::default();
    for &unit in group {
        for &(key, weight) in keys.of(unit) {
            let entry = used.entry(key).or_insert((weight, Vec::new()));
            entry.0 = entry.0.max(weight);
            if !entry.1.contains(&outlet(unit)) {
                entry.1.push(outlet(unit));
            }
        }
    }
    let needed = (CORE_SHARE * outlets.len() as f32).ceil().max(2.0) as usize;
    let mut core: Vec<(u32, f32)> = used
        .into_iter()
        .filter(|(_, (_, by))| by.len() >= needed)
        .map(|(key, (weight, _))| (key, weight))
        .collect();
    core.sort_by_key(|&(key, _)| key);
    let total: f32 = core.iter().map(|&(_, w)| w).sum();
    if core.len() < 2 || total <= 0.0 {
        return Vec::new();
    }
    // Candidates: sentences of other outlets holding a core key, with the core weight they hold.
    let mut held: FastMap<usize, f32> = FastMap::default();
    for &(key, weight) in &core {
        for &unit in postings.get(&key).into_iter().flatten() {
            if outlets.binary_search(&outlet(unit)).is_err() {
                *held.entry(unit).or_default() += weight;
            }
        }
    }
    let mut joining: Vec<(usize, f32)> = held.into_iter().filter(|&(_, w)| w >= CORE_COVER * total).collect();
    // One sentence per outlet: the one holding most of the core (the first on a tie).
    joining.sort_by(|a, b| outlet(a.0).cmp(&outlet(b.0)).then(b.1.total_cmp(&a.1)).then(a.0.cmp(&b.0)));
    joining.dedup_by_key(|(unit, _)| outlet(*unit));
    joining.into_iter().map(|(unit, _)| unit).collect()
}
