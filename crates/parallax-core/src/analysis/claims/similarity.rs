//! Pair similarity for claims: weighted bags of keys, the evidence two sentences share, and the
//! scored candidate pairs (see the [`super`] module docs for the rules and their reasons).

use super::Params;
use crate::analysis::document::Document;
use crate::analysis::index::{visit_repeated_candidate_pairs, Vocabulary};
use crate::analysis::text::{is_title_word, shingles, Token};

/// One weighted key of a sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Term {
    id: u32,
    weight: f32,
    /// Whether the key can single out a fact (see the module docs).
    informative: bool,
    /// Whether it is (part of) a name.
    name: bool,
}

/// A sentence as a sparse weighted vector.
#[derive(Debug, Clone, Default, PartialEq)]
struct Bag {
    /// Sorted by term id, one entry per id.
    terms: Vec<Term>,
    /// The content keys in reading order.
    sequence: Vec<u32>,
    /// Pairs of keys that follow each other in `sequence`, sorted.
    bigrams: Vec<(u32, u32)>,
    /// The numbers it gives (key ids), sorted and deduplicated.
    numbers: Vec<u32>,
    /// How many of its keys are informative words other than names: what it says, not who.
    facts: usize,
    /// The norm, length prior included.
    norm: f32,
    /// The norm raised to `1 + containment` and to `1 - containment`, as the smaller and as the
    /// larger sentence of a pair (see [`Evidence::blended`]).
    powers: (f32, f32),
}

/// What two sentences share.
#[derive(Debug, Clone, Copy, Default)]
struct Evidence {
    /// Sum over shared keys of the product of their weights.
    dot: f32,
    /// The smaller and the larger norm.
    norms: (f32, f32),
    /// The smaller norm to the power `1 + containment` times the larger to `1 - containment`.
    scale: f32,
    /// How many informative non-name keys each side has that the other lacks.
    unshared_facts: (usize, usize),
    /// Whether the shared informative keys give enough separate pieces of evidence
    /// ([`Params::min_shared_concepts`], counted by [`concepts`]).
    enough: bool,
}

impl Term {
    /// Whether the key is an informative word other than a name.
    fn is_fact(&self) -> bool {
        self.informative && !self.name
    }
}

impl Evidence {
    /// `dot / (small^(1 + g) · large^(1 - g))`: cosine at `g = 0`, containment at `g = 1`.
    /// The powers are taken once per sentence ([`Bag::powers`]).
    fn blended(&self) -> f32 {
        let (small, large) = self.norms;
        if small <= 0.0 || large <= 0.0 {
            return 0.0;
        }
        self.dot / self.scale
    }
}

/// The similarity of sentences, computed on demand.
///
/// Sentences with the same text (see [`Document`]) have the same bag and shingles, so both are
/// kept once per *wording*; the methods below take wording indexes.
struct Similarity {
    /// Each wording's bag.
    bags: Vec<Bag>,
    /// Each wording's shingle hashes, sorted and deduplicated.
    shingles: Vec<Vec<u64>>,
    /// The wording of each unit.
    wording_of: Vec<usize>,
    params: Params,
}

impl Similarity {
    /// What sentences `a` and `b` share.
    fn evidence(&self, a: usize, b: usize) -> Evidence {
        let (Some(bag_a), Some(bag_b)) = (self.bags.get(a), self.bags.get(b)) else {
            return Evidence::default();
        };
        let (small, large) = if bag_a.norm <= bag_b.norm { (bag_a, bag_b) } else { (bag_b, bag_a) };
        let mut evidence = Evidence {
            norms: (bag_a.norm.min(bag_b.norm), bag_a.norm.max(bag_b.norm)),
            scale: small.powers.0 * large.powers.1,
            ..Evidence::default()
        };
        let mut informative = 0usize;
        let mut shared_facts = 0;
        let (mut i, mut j) = (0, 0);
        while let (Some(x), Some(y)) = (bag_a.terms.get(i), bag_b.terms.get(j)) {
            match x.id.cmp(&y.id) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    evidence.dot += x.weight * y.weight;
                    if x.informative && y.informative {
                        informative += 1;
                    }
                    if x.is_fact() && y.is_fact() {
                        shared_facts += 1;
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
        evidence.unshared_facts =
            (bag_a.facts.saturating_sub(shared_facts), bag_b.facts.saturating_sub(shared_facts));
        // Runs count at least half their keys, so the count only needs reading out when the
        // number of shared keys leaves it in doubt.
        let needed = self.params.min_shared_concepts;
        evidence.enough = informative >= needed
            && shared_facts > 0
            && (informative.div_ceil(2) >= needed || {
                let shared = shared_informative(bag_a, bag_b);
                concepts(bag_a, bag_b, &shared).min(concepts(bag_b, bag_a, &shared)) >= needed
            });
        evidence
    }

    /// The similarity used for matching, 0 to 1 (see the module docs).
    fn score(&self, a: usize, b: usize) -> f32 {
        let evidence = self.evidence(a, b);
        let words = evidence.blended().min(1.0);
        if evidence.enough {
            return words;
        }
        // Without enough shared evidence only a near-copy matches: a short sentence copied with
        // a word respelled or an attribution added. It must give the same numbers and say
        // nothing else in the same frame (see the module docs). A near-copy shares most of its
        // words, so its word similarity is far from 0: shingles, the costliest comparison, are
        // left out for the other pairs.
        let same_numbers = match (self.bags.get(a), self.bags.get(b)) {
            (Some(x), Some(y)) => x.numbers == y.numbers,
            _ => false,
        };
        let changes = self.params.near_copy_changes;
        let same_facts = evidence.unshared_facts.0 <= changes && evidence.unshared_facts.1 <= changes;
        if same_numbers && same_facts && words >= self.params.near_copy / 2.0 {
            let jaccard = self.jaccard(a, b);
            if jaccard >= self.params.near_copy {
                return jaccard.max(words);
            }
        }
        0.0
    }

    /// Whether two sentences that share `shared` indexed keys may be near-copies, judged
    /// without comparing them: each may lack at most [`Params::near_copy_changes`] of the
    /// other's informative words (all of which are indexed), and the Jaccard index of their
    /// shingles cannot exceed the ratio of the sets' sizes.
    fn may_be_near_copy(&self, a: usize, b: usize, shared: usize) -> bool {
        let limit = shared + self.params.near_copy_changes;
        if self.bags.get(a).is_none_or(|bag| bag.facts > limit)
            || self.bags.get(b).is_none_or(|bag| bag.facts > limit)
        {
            return false;
        }
        self.shingle_sizes_allow(a, b)
    }

    /// Whether the sizes of two sentences' shingle sets allow a near-copy: the Jaccard index
    /// cannot exceed the ratio of the sizes.
    fn shingle_sizes_allow(&self, a: usize, b: usize) -> bool {
        match (self.shingles.get(a), self.shingles.get(b)) {
            (Some(sa), Some(sb)) => {
                !sa.is_empty()
                    && !sb.is_empty()
                    && sa.len().min(sb.len()) as f32 >= self.params.near_copy * sa.len().max(sb.len()) as f32
            }
            _ => false,
        }
    }

    /// The Jaccard index of two sentences' character shingles.
    fn jaccard(&self, a: usize, b: usize) -> f32 {
        match (self.shingles.get(a), self.shingles.get(b)) {
            (Some(sa), Some(sb)) if self.shingle_sizes_allow(a, b) => {
                let inter = crate::analysis::sorted::shared_count(sa, sb);
                inter as f32 / (sa.len() + sb.len() - inter) as f32
            }
            _ => 0.0,
        }
    }
}

/// The informative keys two bags share, sorted.
fn shared_informative(a: &Bag, b: &Bag) -> Vec<u32> {
    let mut shared = Vec::new();
    let (mut i, mut j) = (0, 0);
    while let (Some(x), Some(y)) = (a.terms.get(i), b.terms.get(j)) {
        match x.id.cmp(&y.id) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                if x.informative && y.informative {
                    shared.push(x.id);
                }
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// How many pieces of evidence the shared informative keys `shared` (sorted ids) give, read
/// along `bag`. Shared keys that follow each other in both sentences form a run, and a run counts
/// once per two keys, rounded up: a set phrase ("second week", "military aid") is one piece of
/// evidence, not two, while a longer copied stretch counts for more.
fn concepts(bag: &Bag, other: &Bag, shared: &[u32]) -> usize {
    let is_shared = |key: &u32| shared.binary_search(key).is_ok();
    let mut counted: Vec<u32> = Vec::with_capacity(shared.len());
    let (mut total, mut run) = (0usize, 0usize);
    let mut previous: Option<u32> = None;
    for &key in &bag.sequence {
        if is_shared(&key) {
            let continues = previous.is_some_and(|before| {
                is_shared(&before) && other.bigrams.binary_search(&(before, key)).is_ok()
            });
            if !continues {
                total += run.div_ceil(2);
                run = 0;
            }
            if !counted.contains(&key) {
                counted.push(key);
                run += 1;
            }
        } else {
            total += run.div_ceil(2);
            run = 0;
        }
        previous = Some(key);
    }
    total + run.div_ceil(2)
}

/// How many sentences a key may occur in and still propose candidate pairs: twice the number of
/// outlets (at least 8, so that a small event misses no candidate).
fn common_cap(doc: &Document) -> usize {
    (2 * doc.event.articles.len()).max(8)
}

/// How many sentences a key may occur in and still single out a fact: a quarter of the event's
/// sentences, but never fewer than one per outlet (a fact every outlet reports once) and never
/// more than two per outlet (a fact every outlet reports twice).
fn fact_cap(doc: &Document) -> usize {
    let outlets = doc.event.articles.len().max(1);
    (doc.units.len() / 4).clamp(outlets, 2 * outlets)
}

/// One content key of a sentence as read, before weighting.
struct Occurrence {
    id: u32,
    boost: f32,
    /// The index of the name run the key belongs to, within its sentence.
    run: Option<usize>,
    title: bool,
    number: bool,
}

/// The distinct sentence texts of the event, in order of first appearance.
struct Wordings {
    /// The wording of each unit.
    of_unit: Vec<usize>,
    /// Each wording's first unit.
    firsts: Vec<usize>,
    /// How many units each wording has.
    counts: Vec<usize>,
}

/// Weighted bags and shingles for every sentence of the event.
fn build_similarity(doc: &Document, params: &Params, vocab: &mut Vocabulary) -> Similarity {
    // One wording per distinct sentence text, in order of first appearance; vocabulary ids are
    // handed out in reading order, as repeated texts bring no new words.
    let wordings = wordings(doc);
    let first_units = || wordings.firsts.iter().filter_map(|&index| doc.units.get(index));
    let raw: Vec<Vec<Occurrence>> = first_units()
        .map(|unit| occurrences(doc, &unit.sentence.text, &unit.tokens, params, vocab))
        .collect();
    let df = document_frequency(&raw, &wordings.counts, vocab.len());
    let cap = fact_cap(doc);
    let total = doc.units.len() as f32;
    let bags: Vec<Bag> = raw.iter().map(|list| bag_of(list, &df, cap, total)).collect();
    let typical = typical_weight(&bags, &wordings.of_unit);
    let bags = bags.into_iter().map(|bag| with_norm(bag, params, typical)).collect();
    let shingle_sets = first_units().map(|unit| shingles(&unit.tokens, params.shingle_width)).collect();
    Similarity { bags, shingles: shingle_sets, wording_of: wordings.of_unit, params: *params }
}

/// Groups the units by wording.
fn wordings(doc: &Document) -> Wordings {
    let mut wordings =
        Wordings { of_unit: Vec::with_capacity(doc.units.len()), firsts: Vec::new(), counts: Vec::new() };
    for (index, unit) in doc.units.iter().enumerate() {
        if unit.wording == index {
            wordings.of_unit.push(wordings.firsts.len());
            wordings.firsts.push(index);
            wordings.counts.push(1);
        } else {
            let wording = wordings.of_unit.get(unit.wording).copied().unwrap_or(0);
            wordings.of_unit.push(wording);
            if let Some(count) = wordings.counts.get_mut(wording) {
                *count += 1;
            }
        }
    }
    wordings
}

/// A sentence's content keys in reading order, with their boosts and name runs.
fn occurrences(
    doc: &Document,
    text: &str,
    tokens: &[Token],
    params: &Params,
    vocab: &mut Vocabulary,
) -> Vec<Occurrence> {
    let runs = name_runs(doc, text, tokens);
    tokens
        .iter()
        .zip(runs)
        .filter(|(t, _)| t.is_content())
        .map(|(t, run)| {
            let boost = match run {
                _ if t.number => params.number_boost,
                // A name of several words ("Russian President Vladimir Putin") counts
                // as one name, not four.
                Some((_, length)) => params.name_boost / (length as f32).sqrt(),
                None => 1.0,
            };
            Occurrence {
                id: vocab.id(&t.key),
                boost,
                run: run.map(|(index, _)| index),
                title: is_title_word(&t.norm),
                number: t.number,
            }
        })
        .collect()
}

/// How many sentences each key occurs in, repeated texts included.
fn document_frequency(raw: &[Vec<Occurrence>], counts: &[usize], keys: usize) -> Vec<u32> {
    let mut df = vec![0u32; keys];
    for (list, &count) in raw.iter().zip(counts) {
        let mut ids: Vec<u32> = list.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        ids.dedup();
        for id in ids {
            if let Some(slot) = df.get_mut(id as usize) {
                *slot += u32::try_from(count).unwrap_or(u32::MAX);
            }
        }
    }
    df
}

/// A sentence's bag, without its norm.
fn bag_of(list: &[Occurrence], df: &[u32], cap: usize, total: f32) -> Bag {
    let terms = weighted_terms(list, df, cap, total);
    let sequence: Vec<u32> = list.iter().map(|r| r.id).collect();
    let mut bigrams: Vec<(u32, u32)> = sequence.windows(2).map(|w| (w[0], w[1])).collect();
    bigrams.sort_unstable();
    bigrams.dedup();
    let mut numbers: Vec<u32> = list.iter().filter(|r| r.number).map(|r| r.id).collect();
    numbers.sort_unstable();
    numbers.dedup();
    let facts = terms.iter().filter(|t| t.is_fact()).count();
    Bag { terms, sequence, bigrams, numbers, facts, norm: 0.0, powers: (0.0, 0.0) }
}

/// A sentence's terms weighted by inverse document frequency, one per key, sorted by id.
fn weighted_terms(list: &[Occurrence], df: &[u32], cap: usize, total: f32) -> Vec<Term> {
    let frequency = |id: u32| df.get(id as usize).copied().unwrap_or(1).max(1) as usize;
    // A name of several words is one entity, as common as its most used part: "Vladimir"
    // (once per article) counts as often as "Putin" (in every paragraph). Titles take the
    // name's frequency but do not lend theirs ("President" would make every name common).
    let mut run_frequency: Vec<usize> = Vec::new();
    for r in list.iter().filter(|r| !r.title) {
        if let Some(run) = r.run {
            if run_frequency.len() <= run {
                run_frequency.resize(run + 1, 0);
            }
            run_frequency[run] = run_frequency[run].max(frequency(r.id));
        }
    }
    let mut terms: Vec<Term> = list
        .iter()
        .map(|r| {
            let own = frequency(r.id);
            let df = match r.run {
                Some(run) => run_frequency.get(run).copied().unwrap_or(own).max(own),
                None => own,
            };
            Term {
                id: r.id,
                weight: ((total + 1.0) / df as f32).ln() * r.boost,
                informative: df <= cap && !r.title,
                name: r.run.is_some(),
            }
        })
        .collect();
    // One entry per key: the heaviest occurrence, informative if any occurrence is.
    terms.sort_by(|x, y| x.id.cmp(&y.id).then(y.weight.total_cmp(&x.weight)));
    let mut merged: Vec<Term> = Vec::with_capacity(terms.len());
    for term in terms {
        match merged.last_mut() {
            Some(last) if last.id == term.id => last.informative |= term.informative,
            _ => merged.push(term),
        }
    }
    merged
}

/// One typical word's squared weight: the mean over every sentence's terms, repeated texts
/// included, summed in reading order.
fn typical_weight(bags: &[Bag], wording_of: &[usize]) -> f32 {
    let (mut sum, mut terms) = (0.0f32, 0usize);
    for bag in wording_of.iter().filter_map(|&wording| bags.get(wording)) {
        for t in &bag.terms {
            sum += t.weight * t.weight;
        }
        terms += bag.terms.len();
    }
    if terms == 0 {
        0.0
    } else {
        sum / terms as f32
    }
}

/// The bag with its norm, the length prior (`typical` times [`Params::length_prior`]) included.
fn with_norm(mut bag: Bag, params: &Params, typical: f32) -> Bag {
    let squares: f32 = bag.terms.iter().map(|t| t.weight * t.weight).sum();
    bag.norm = (squares + params.length_prior * typical).sqrt();
    bag.powers = (bag.norm.powf(1.0 + params.containment), bag.norm.powf(1.0 - params.containment));
    bag
}

/// For each token, the index of the run of name tokens it belongs to within the sentence and the
/// run's length (`None` if it is no name). A run is names written one after the other with only
/// spaces, hyphens, apostrophes or an initial's full stop between them: a comma, a dash or a
/// bracket ends it, so a list of people ("Justices Clarence Thomas, Neil Gorsuch and Amy Coney
/// Barrett") is several names, each as common as itself, not one entity as common as its most
/// common member.
fn name_runs(doc: &Document, text: &str, tokens: &[Token]) -> Vec<Option<(usize, usize)>> {
    let joined = |before: &Token, after: &Token| {
        text.get(before.span.end..after.span.start)
            .is_some_and(|gap| gap.chars().all(|c| c.is_whitespace() || matches!(c, '-' | '.' | '\'' | '’')))
    };
    let mut runs = vec![None; tokens.len()];
    let (mut start, mut index) = (0, 0);
    while start < tokens.len() {
        if !doc.is_name_token(&tokens[start]) {
            start += 1;
            continue;
        }
        let mut end = start + 1;
        while end < tokens.len() && doc.is_name_token(&tokens[end]) && joined(&tokens[end - 1], &tokens[end])
        {
            end += 1;
        }
        for run in &mut runs[start..end] {
            *run = Some((index, end - start));
        }
        index += 1;
        start = end;
    }
    runs
}

/// The scored pairs of an event's wordings (distinct sentence texts), strongest first, with the
/// sentences each wording stands for and every sentence's informative keys.
#[derive(Debug, Clone, Default)]
pub(super) struct ScoredWordings {
    /// `(score, a, b)` with `a < b` wording indexes; pairs not listed score 0.
    pub edges: Vec<(f32, usize, usize)>,
    /// The units (sentences) of each wording, ascending.
    pub units_of: Vec<Vec<usize>>,
    /// Every unit's informative keys.
    pub keys: FactKeys,
}

impl ScoredWordings {
    /// The scored pairs spelled out sentence by sentence, between different outlets, strongest
    /// first.
    pub fn unit_pairs(&self, doc: &Document) -> Vec<(f32, usize, usize)> {
        let outlet_of = |unit: usize| doc.units.get(unit).map(|u| u.article);
        let mut pairs = Vec::new();
        for &(score, wa, wb) in &self.edges {
            let (Some(units_a), Some(units_b)) = (self.units_of.get(wa), self.units_of.get(wb)) else {
                continue;
            };
            for &a in units_a {
                for &b in units_b {
                    if outlet_of(a) != outlet_of(b) {
                        pairs.push((score, a.min(b), a.max(b)));
                    }
                }
            }
        }
        // Copies of one wording in different outlets match each other as near-copies.
        for units in &self.units_of {
            for (i, &a) in units.iter().enumerate() {
                for &b in &units[i + 1..] {
                    if outlet_of(a) != outlet_of(b) {
                        pairs.push((1.0, a, b));
                    }
                }
            }
        }
        sort_strongest_first(&mut pairs);
        pairs
    }
}

/// Every candidate pair of wordings that scores above 0, strongest first.
///
/// A pair's score depends only on the two sentences' wordings, and outlets that carry wire copy
/// print the same sentences word for word: candidates are found and scored per pair of
/// wordings, and the clustering works on wordings too, each standing for its copies.
pub(super) fn scored_wordings(doc: &Document, params: &Params) -> ScoredWordings {
    let mut vocab = Vocabulary::default();
    let similarity = build_similarity(doc, params, &mut vocab);
    let keys = FactKeys {
        per_wording: similarity
            .bags
            .iter()
            .map(|bag| bag.terms.iter().filter(|t| t.informative).map(|t| (t.id, t.weight)).collect())
            .collect(),
        wording_of: similarity.wording_of.clone(),
    };
    let mut units_of: Vec<Vec<usize>> = vec![Vec::new(); similarity.bags.len()];
    for (unit, &wording) in similarity.wording_of.iter().enumerate() {
        if let Some(units) = units_of.get_mut(wording) {
            units.push(unit);
        }
    }
    let copies: Vec<usize> = units_of.iter().map(Vec::len).collect();
    let items: Vec<Vec<(u32, bool)>> =
        similarity.bags.iter().map(|bag| bag.terms.iter().map(|t| (t.id, t.informative)).collect()).collect();
    let mut edges: Vec<(f32, usize, usize)> = Vec::new();
    visit_repeated_candidate_pairs(&items, &copies, vocab.len(), common_cap(doc), |pair| {
        let (wa, wb) = (pair.a, pair.b);
        if wa == wb {
            return;
        }
        // A pair scores above 0 only with enough shared informative keys (all of which are in
        // the index), or as a near-copy.
        let worth_scoring = pair.marked as usize >= params.min_shared_concepts
            || similarity.may_be_near_copy(wa, wb, pair.shared as usize);
        let score = if worth_scoring { similarity.score(wa, wb) } else { 0.0 };
        if score > 0.0 {
            edges.push((score, wa.min(wb), wa.max(wb)));
        }
    });
    sort_strongest_first(&mut edges);
    ScoredWordings { edges, units_of, keys }
}

/// Each sentence's informative keys (those that can single out a fact, see the module docs) with
/// their weights, sorted by key: what [`super::extend`] compares a sentence with a claim on.
#[derive(Debug, Clone, Default)]
pub(super) struct FactKeys {
    per_wording: Vec<Vec<(u32, f32)>>,
    wording_of: Vec<usize>,
}

impl FactKeys {
    /// The informative keys of unit `unit`.
    pub(super) fn of(&self, unit: usize) -> &[(u32, f32)] {
        self.wording_of.get(unit).and_then(|&w| self.per_wording.get(w)).map_or(&[], Vec::as_slice)
    }
}

/// Sorts scored pairs by score, highest first, then by their sentences. Scores are positive, so
/// their bits order like the numbers: each pair is sorted as one integer when the sentence
/// indexes fit in 32 bits, which compares much faster than floats and tuples.
fn sort_strongest_first(edges: &mut [(f32, usize, usize)]) {
    let packed: Option<Vec<u128>> = edges
        .iter()
        .map(|&(score, a, b)| {
            let (a, b) = (u32::try_from(a).ok()?, u32::try_from(b).ok()?);
            (score > 0.0)
                .then(|| (u128::from(!score.to_bits()) << 64) | (u128::from(a) << 32) | u128::from(b))
        })
        .collect();
    match packed {
        Some(mut keys) => {
            keys.sort_unstable();
            for (edge, key) in edges.iter_mut().zip(keys) {
                let score = f32::from_bits(!((key >> 64) as u32));
                *edge = (score, ((key >> 32) as u32) as usize, (key as u32) as usize);
            }
        }
        None => edges.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2))),
    }
}

#[cfg(test)]
mod tests {
    use super::scored_wordings;
    use crate::analysis::claims::Params;
    use crate::analysis::document::Document;
    use crate::model::Event;

    #[test]
    fn a_pair_that_shares_only_names_is_no_evidence_of_one_fact() {
        let e = Event::of_sentences(&[
            (
                "a",
                &[
                    "The device toggles between virtual reality, or VR, and augmented reality, or AR.",
                    "Rain fell on the hills.",
                ],
            ),
            (
                "b",
                &[
                    "Unit sales of VR goggles sank, and AR glasses fared no better.",
                    "Shops closed early in town.",
                ],
            ),
            (
                "c",
                &[
                    "The device toggles between VR mode and then AR mode with one dial.",
                    "Traffic was light all week.",
                ],
            ),
            ("d", &["Engineers tested the battery for hours.", "Prices stayed the same."]),
        ]);
        let doc = Document::new(&e);
        let scored = scored_wordings(&doc, &Params::default());
        let unit = |id: &str| doc.units.iter().position(|u| u.sentence.id == id).expect(id);
        let scored_pair = |x: &str, y: &str| {
            let (a, b) = (unit(x).min(unit(y)), unit(x).max(unit(y)));
            scored.edges.iter().any(|&(_, p, q)| (p, q) == (a, b))
        };
        assert!(scored_pair("a-1", "c-1"), "the device's toggling is one fact: {:?}", scored.edges);
        assert!(!scored_pair("a-1", "b-1"), "VR and AR alone: {:?}", scored.edges);
        assert!(!scored_pair("c-1", "b-1"), "VR and AR alone: {:?}", scored.edges);
    }
}
