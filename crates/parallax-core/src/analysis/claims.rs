//! Claims: sentences from different outlets that report the same thing.
//!
//! Each sentence becomes a weighted bag of content keys (see [`super::text`]): the weight is the
//! key's inverse document frequency within the event, `ln((N + 1) / df)`, times a boost for
//! numbers and names. A name that most sentences carry ("Putin" in a story about Putin) thus
//! weighs little, and two sentences that share only such names stay apart. Candidate pairs come
//! from an inverted index ([`super::index`]), never from all pairs. A pair's similarity is the
//! larger of the cosine of the two bags and the Jaccard index of their character shingles (which
//! catches near-copies whose words were respelled or transliterated).
//!
//! Clustering is average-link with an outlet constraint, fed by edges in descending similarity:
//! two groups merge when their average similarity over all cross-outlet pairs reaches
//! [`Params::group`]; a group holds at most one sentence per outlet, unless every cross-outlet
//! pair of the merged group matches on its own (complete link at [`Params::pair`]), which is when
//! an outlet genuinely says the same thing twice. Everything not matched is a claim of its own.

use std::collections::HashSet;

use super::document::Document;
use super::index::{candidate_pairs, document_frequency, Vocabulary};
use super::text::shingles;
use crate::analysis::Claim;

/// Similarity thresholds and weights. The defaults are explained on each field.
///
/// The two thresholds are anchored on a null distribution: pairs of sentences *within one
/// article*, which by and large do not repeat each other, yet share the story's vocabulary as
/// much as sentences of different outlets do. Measured on the seed event (98 sentences, 942
/// same-article pairs), 99% of those pairs score under 0.22 and 99.5% under 0.26. A single pair
/// must beat nearly all of them; a group, being several pairs' evidence, must beat 99% on average.
#[derive(Debug, Clone, Copy)]
pub struct Params {
    /// A pair of sentences matches at this similarity: above the 99.5th percentile of the
    /// same-article null (0.26). Translations of one sentence score 0.4–0.9; two sentences that
    /// share only the story's main names stay under 0.2, since IDF makes those names cheap.
    pub pair: f32,
    /// Two groups merge when the average similarity over their cross-outlet pairs reaches this,
    /// the null's 99th percentile. Lower than `pair`, because members of a group were each
    /// matched by someone else: in a paraphrase chain A≈B≈C, A and C need not match as strongly.
    pub group: f32,
    /// Character-shingle Jaccard at which two sentences are near-copies whatever their words.
    pub near_copy: f32,
    /// Width of the character shingles.
    pub shingle_width: usize,
    /// A matched pair must share at least this many content keys (unless it is a near-copy): one
    /// shared word is not a fact.
    pub min_shared_keys: usize,
    /// Weight boost for numbers, which pin a fact down ("sixth call", "50,000 troops").
    pub number_boost: f32,
    /// Weight boost for names (after IDF has made common names cheap).
    pub name_boost: f32,
    /// Squared weight of one typical word added to every sentence's norm: a short sentence
    /// shows less evidence, so its similarity is shrunk ("Middle East discussed in detail" is
    /// not a match for any long sentence mentioning details).
    pub length_prior: f32,
}

impl Default for Params {
    fn default() -> Params {
        Params {
            pair: 0.3,
            group: 0.22,
            near_copy: 0.5,
            shingle_width: 5,
            min_shared_keys: 2,
            number_boost: 1.5,
            name_boost: 1.25,
            length_prior: 1.0,
        }
    }
}

/// A sentence as a sparse weighted vector.
#[derive(Debug, Clone, Default)]
struct Bag {
    /// (term id, weight), sorted by term id.
    terms: Vec<(u32, f32)>,
    norm: f32,
}

/// The similarity of sentences, computed on demand.
struct Similarity {
    bags: Vec<Bag>,
    /// Each sentence's shingle hashes, sorted and deduplicated.
    shingles: Vec<Vec<u64>>,
    params: Params,
}

impl Similarity {
    /// Cosine of the bags, the count of shared terms, and the shingle Jaccard index.
    fn parts(&self, a: usize, b: usize) -> (f32, usize, f32) {
        let (Some(bag_a), Some(bag_b)) = (self.bags.get(a), self.bags.get(b)) else {
            return (0.0, 0, 0.0);
        };
        let (mut i, mut j, mut dot, mut shared) = (0, 0, 0.0f32, 0usize);
        while i < bag_a.terms.len() && j < bag_b.terms.len() {
            let (ta, wa) = bag_a.terms[i];
            let (tb, wb) = bag_b.terms[j];
            match ta.cmp(&tb) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    dot += wa * wb;
                    shared += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        let cosine = if bag_a.norm > 0.0 && bag_b.norm > 0.0 { dot / (bag_a.norm * bag_b.norm) } else { 0.0 };
        let jaccard = match (self.shingles.get(a), self.shingles.get(b)) {
            (Some(sa), Some(sb)) if !sa.is_empty() && !sb.is_empty() => {
                let inter = sorted_intersection(sa, sb);
                inter as f32 / (sa.len() + sb.len() - inter) as f32
            }
            _ => 0.0,
        };
        (cosine, shared, jaccard)
    }

    /// The similarity used for matching: 0 unless the pair shares enough keys or is a near-copy.
    fn score(&self, a: usize, b: usize) -> f32 {
        let (cosine, shared, jaccard) = self.parts(a, b);
        if jaccard >= self.params.near_copy {
            return jaccard.max(cosine);
        }
        if shared < self.params.min_shared_keys {
            return 0.0;
        }
        cosine.max(jaccard)
    }
}

/// Groups the event's sentences into claims, in story order, with ids `c1`, `c2`, ….
pub fn find_claims(doc: &Document, params: &Params) -> Vec<Claim> {
    let n = doc.units.len();
    let similarity = build_similarity(doc, params);
    let outlet_of: Vec<usize> = doc.units.iter().map(|unit| unit.article).collect();
    let outlets = doc.event.articles.len();
    let edges = scored_pairs(doc, params).into_iter().filter(|(score, _, _)| *score >= params.pair);

    // Average-link clustering over the edges, strongest first.
    let mut cluster_of: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    for (_, a, b) in edges {
        let (ca, cb) = (cluster_of[a], cluster_of[b]);
        if ca == cb {
            continue;
        }
        if !may_merge(&members[ca], &members[cb], &outlet_of, &similarity, params) {
            continue;
        }
        let moved = std::mem::take(&mut members[cb]);
        for &m in &moved {
            cluster_of[m] = ca;
        }
        members[ca].extend(moved);
    }

    let mut groups: Vec<Vec<usize>> = members.into_iter().filter(|m| !m.is_empty()).collect();
    for group in &mut groups {
        group.sort_unstable();
    }
    let story_key = |group: &Vec<usize>| -> (f32, usize, usize) {
        let mut positions: Vec<f32> =
            group.iter().filter_map(|&i| doc.units.get(i)).map(|u| u.position).collect();
        positions.sort_by(f32::total_cmp);
        let median = match positions.len() {
            0 => 0.0,
            len if len % 2 == 1 => positions[len / 2],
            len => (positions[len / 2 - 1] + positions[len / 2]) / 2.0,
        };
        let first = group.first().copied().unwrap_or(0);
        (median, outlet_of.get(first).copied().unwrap_or(0), first)
    };
    groups.sort_by(|x, y| {
        let (kx, ky) = (story_key(x), story_key(y));
        kx.0.total_cmp(&ky.0).then(kx.1.cmp(&ky.1)).then(kx.2.cmp(&ky.2))
    });

    groups
        .iter()
        .enumerate()
        .map(|(number, group)| {
            let carried: HashSet<usize> = group.iter().filter_map(|&i| outlet_of.get(i).copied()).collect();
            let mut outlet_ids = Vec::new();
            let mut missing = Vec::new();
            for article in 0..outlets {
                let id = doc.outlet_id(article).to_string();
                if carried.contains(&article) {
                    outlet_ids.push(id);
                } else {
                    missing.push(id);
                }
            }
            Claim {
                id: format!("c{}", number + 1),
                sentences: group
                    .iter()
                    .filter_map(|&i| doc.units.get(i))
                    .map(|u| u.sentence.id.clone())
                    .collect(),
                outlets: outlet_ids,
                missing,
            }
        })
        .collect()
}

/// Whether two groups may become one claim (see the module docs).
fn may_merge(
    a: &[usize],
    b: &[usize],
    outlet_of: &[usize],
    similarity: &Similarity,
    params: &Params,
) -> bool {
    let outlets_a: HashSet<usize> = a.iter().map(|&i| outlet_of[i]).collect();
    let overlap = b.iter().any(|&i| outlets_a.contains(&outlet_of[i]));
    let mut total = 0.0;
    let mut count = 0usize;
    let mut weakest = f32::INFINITY;
    for &x in a {
        for &y in b {
            if outlet_of[x] == outlet_of[y] {
                continue;
            }
            let score = similarity.score(x, y);
            total += score;
            count += 1;
            weakest = weakest.min(score);
        }
    }
    if count == 0 {
        return false;
    }
    if overlap {
        // The same outlet twice: only when every cross-outlet pair matches on its own.
        weakest >= params.pair
    } else {
        total / count as f32 >= params.group
    }
}

/// Weighted bags and shingles for every sentence of the event.
fn build_similarity(doc: &Document, params: &Params) -> Similarity {
    let mut vocab = Vocabulary::default();
    let term_lists: Vec<Vec<(u32, f32)>> = doc
        .units
        .iter()
        .map(|unit| {
            let run_lengths = name_runs(doc, &unit.tokens);
            unit.tokens
                .iter()
                .zip(run_lengths)
                .filter(|(t, _)| t.is_content())
                .map(|(t, run)| {
                    let boost = if t.number {
                        params.number_boost
                    } else if run > 0 {
                        // A name of several words ("Russian President Vladimir Putin") counts
                        // as one name, not four.
                        params.name_boost / (run as f32).sqrt()
                    } else {
                        1.0
                    };
                    (vocab.id(&t.key), boost)
                })
                .collect()
        })
        .collect();
    let ids: Vec<Vec<u32>> = term_lists.iter().map(|list| list.iter().map(|(id, _)| *id).collect()).collect();
    let df = document_frequency(&ids, vocab.len());
    let total = doc.units.len() as f32;
    let bags = term_lists
        .into_iter()
        .map(|list| {
            let mut terms: Vec<(u32, f32)> = Vec::with_capacity(list.len());
            let mut sorted = list;
            sorted.sort_by(|x, y| x.0.cmp(&y.0).then(y.1.total_cmp(&x.1)));
            for (id, boost) in sorted {
                if terms.last().is_some_and(|(last, _)| *last == id) {
                    continue;
                }
                let frequency = df.get(id as usize).copied().unwrap_or(1).max(1) as f32;
                terms.push((id, ((total + 1.0) / frequency).ln() * boost));
            }
            Bag { terms, norm: 0.0 }
        })
        .collect::<Vec<Bag>>();
    // The length prior: one typical word's squared weight, added to every sentence's norm.
    let weights: Vec<f32> = bags.iter().flat_map(|bag| bag.terms.iter().map(|(_, w)| w * w)).collect();
    let typical = if weights.is_empty() { 0.0 } else { weights.iter().sum::<f32>() / weights.len() as f32 };
    let bags = bags
        .into_iter()
        .map(|mut bag| {
            bag.norm =
                (bag.terms.iter().map(|(_, w)| w * w).sum::<f32>() + params.length_prior * typical).sqrt();
            bag
        })
        .collect();
    let shingle_sets = doc
        .units
        .iter()
        .map(|unit| {
            let mut hashes: Vec<u64> = shingles(&unit.tokens, params.shingle_width).into_iter().collect();
            hashes.sort_unstable();
            hashes
        })
        .collect();
    Similarity { bags, shingles: shingle_sets, params: *params }
}

/// The number of values two sorted, deduplicated lists share.
fn sorted_intersection(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut count) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                count += 1;
                i += 1;
                j += 1;
            }
        }
    }
    count
}

/// For each token, the length of the run of name tokens it belongs to (0 if it is no name).
fn name_runs(doc: &Document, tokens: &[super::text::Token]) -> Vec<usize> {
    let mut lengths = vec![0; tokens.len()];
    let mut start = 0;
    while start < tokens.len() {
        if !doc.is_name_token(&tokens[start]) {
            start += 1;
            continue;
        }
        let mut end = start + 1;
        while end < tokens.len() && doc.is_name_token(&tokens[end]) {
            end += 1;
        }
        for length in &mut lengths[start..end] {
            *length = end - start;
        }
        start = end;
    }
    lengths
}

/// Every candidate pair of sentences (unit indexes) with its similarity, strongest first: what
/// the clustering sees, for diagnostics and tests.
pub fn scored_pairs(doc: &Document, params: &Params) -> Vec<(f32, usize, usize)> {
    let similarity = build_similarity(doc, params);
    let outlet_of: Vec<usize> = doc.units.iter().map(|unit| unit.article).collect();
    let mut vocab = Vocabulary::default();
    let items: Vec<Vec<u32>> = doc
        .units
        .iter()
        .map(|unit| unit.tokens.iter().filter(|t| t.is_content()).map(|t| vocab.id(&t.key)).collect())
        .collect();
    let max_postings = (2 * doc.event.articles.len()).max(8);
    let mut edges: Vec<(f32, usize, usize)> = candidate_pairs(&items, &outlet_of, vocab.len(), max_postings)
        .into_iter()
        .map(|((a, b), _)| (similarity.score(a, b), a, b))
        .collect();
    edges.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    edges
}
