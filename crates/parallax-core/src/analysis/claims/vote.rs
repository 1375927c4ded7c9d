//! Extending clusters by mutual best matches: the outlets of a claim vote for the sentence of a
//! missing outlet that each of them matches best.
//!
//! Pair similarity must clear [`super::Params::pair`] because, across a whole event, a pair of
//! sentences that share some vocabulary is usually two different facts. Within one pair of
//! articles it is different: a sentence and its *mutual best match* (each the other's
//! highest-scoring sentence in the other article) mostly report the same fact, even when the
//! wording is too different to score high. So a sentence that pair similarity left in a claim of
//! its own, of an outlet a cluster lacks, joins the cluster when it is the mutual best match, in
//! its article, of members from at least [`MIN_VOTES`] of the cluster's outlets and from at least
//! [`VOTE_SHARE`] of them (copies of one text, wire copy, count once: they are one voice), each pair scoring at least [`MIN_SCORE`] (every scored pair already
//! shares two pieces of informative evidence), and gives no figure the cluster lacks: a lead
//! sentence is often the best match of another outlet's lead, and "41 killed" against "77
//! killed" are two facts (two tolls). Like [`super::extend`], joining adds the sentence; its own
//! claim of one, now empty of news, goes.
//!
//! **Cost.** Best matches are kept per wording and outlet, from the scored pairs, for wordings
//! printed by at most [`MAX_COPIES`] outlets: linear in the pairs. But a claim that `k` outlets
//! word each their own way has about `k²/2` pairs, each checked for every vote: events of more
//! than [`MAX_OUTLETS`] outlets are not extended this way (`parallax bench --one-event` at 2,000
//! outlets would take half as long again).

use crate::analysis::hashing::FastMap;

/// Least score of a pair that votes.
pub const MIN_SCORE: f32 = 0.15;
/// Least number of the cluster's outlets that must vote for a sentence.
pub const MIN_VOTES: usize = 2;
/// Most outlets that may print a wording for it to vote or be elected. Wire copy printed more
/// widely joins its claims as near-copies anyway, and best matches per outlet would cost its
/// pairs times its copies.
pub const MAX_COPIES: usize = 4;
/// Most outlets of an event whose clusters are extended by votes (see the module docs).
pub const MAX_OUTLETS: usize = 100;
/// Score at which two wordings are copies of one text: they vote, and count, as one.
pub const COPY_SCORE: f32 = 0.8;
/// Least share of the cluster's outlets that must vote for a sentence.
pub const VOTE_SHARE: f32 = 0.75;

/// The scored pairs seen from each wording that may vote: its best match in every other outlet.
struct BestMatches {
    /// `(wording, outlet)` → (score, wording) of the best match of a voting wording among the
    /// outlet's voting wordings.
    best: FastMap<(usize, usize), (f32, usize)>,
    /// Each voting wording's pairs with voting wordings: (score, other wording), strongest first.
    neighbours: Vec<Vec<(f32, usize)>>,
    /// Each voting wording's pairs with wordings printed more widely, strongest first: such a
    /// wording may be its best match in an outlet, which then has no voting best match.
    widely_printed: Vec<Vec<(f32, usize)>>,
    /// The outlets that print each wording, sorted.
    outlets_of: Vec<Vec<usize>>,
}

impl BestMatches {
    fn new(edges: &[(f32, usize, usize)], units_of: &[Vec<usize>], outlet_of: &[usize]) -> BestMatches {
        let outlets_of: Vec<Vec<usize>> = units_of
            .iter()
            .map(|units| {
                let mut outlets: Vec<usize> =
                    units.iter().filter_map(|&u| outlet_of.get(u).copied()).collect();
                outlets.sort_unstable();
                outlets.dedup();
                outlets
            })
            .collect();
        let voting = |wording: usize| outlets_of.get(wording).is_some_and(|o| o.len() <= MAX_COPIES);
        let mut best: FastMap<(usize, usize), (f32, usize)> = FastMap::default();
        let mut neighbours: Vec<Vec<(f32, usize)>> = vec![Vec::new(); units_of.len()];
        let mut widely_printed: Vec<Vec<(f32, usize)>> = vec![Vec::new(); units_of.len()];
        // Strongest first: the first pair seen for a (wording, outlet) is its best.
        for &(score, a, b) in edges {
            for (from, to) in [(a, b), (b, a)] {
                if !voting(from) {
                    continue;
                }
                if !voting(to) {
                    if let Some(list) = widely_printed.get_mut(from) {
                        list.push((score, to));
                    }
                    continue;
                }
                if let Some(list) = neighbours.get_mut(from) {
                    list.push((score, to));
                }
                for &outlet in outlets_of.get(to).into_iter().flatten() {
                    best.entry((from, outlet)).or_insert((score, to));
                }
            }
        }
        BestMatches { best, neighbours, widely_printed, outlets_of }
    }

    /// The best match of voting wording `from` among the sentences of `outlet`, if it is a
    /// voting wording.
    fn best_in(&self, from: usize, outlet: usize) -> Option<(f32, usize)> {
        let (score, to) = *self.best.get(&(from, outlet))?;
        let beaten = self.widely_printed.get(from).into_iter().flatten().any(|&(other, wording)| {
            other > score && self.outlets_of.get(wording).is_some_and(|o| o.binary_search(&outlet).is_ok())
        });
        (!beaten).then_some((score, to))
    }

    /// How many of `wordings` are independent: copies (the same wording, or pairs scoring at least
    /// [`COPY_SCORE`]) count once.
    fn independent(&self, wordings: &[usize]) -> usize {
        let mut heads: Vec<usize> = Vec::new();
        for &wording in wordings {
            let copy = heads.iter().any(|&head| {
                head == wording
                    || self
                        .neighbours
                        .get(wording)
                        .into_iter()
                        .flatten()
                        .any(|&(score, other)| other == head && score >= COPY_SCORE)
            });
            if !copy {
                heads.push(wording);
            }
        }
        heads.len()
    }

    /// Whether wordings `a` (printed by `outlet_a`) and `b` (printed by `outlet_b`) are each the
    /// other's best match in the other's outlet, scoring at least [`MIN_SCORE`].
    fn mutual(&self, a: usize, outlet_a: usize, b: usize, outlet_b: usize) -> bool {
        let strong = |found: Option<(f32, usize)>, want: usize| {
            found.is_some_and(|(score, w)| w == want && score >= MIN_SCORE)
        };
        strong(self.best_in(a, outlet_b), b) && strong(self.best_in(b, outlet_a), a)
    }
}

/// Extends every cluster of two outlets or more (see the module docs). `groups` are sorted unit
/// lists; the result keeps their order, each still sorted. `edges` are the scored pairs of
/// wordings, strongest first, and `units_of` the units of each wording.
pub(super) fn extend(
    groups: Vec<Vec<usize>>,
    edges: &[(f32, usize, usize)],
    units_of: &[Vec<usize>],
    outlet_of: &[usize],
    numbers_of: &[Vec<&str>],
) -> Vec<Vec<usize>> {
    let outlets = outlet_of.iter().max().map_or(0, |&last| last + 1);
    if outlets > MAX_OUTLETS {
        return groups;
    }
    let matches = BestMatches::new(edges, units_of, outlet_of);
    let mut wording_of = vec![usize::MAX; outlet_of.len()];
    for (wording, units) in units_of.iter().enumerate() {
        for &unit in units {
            if let Some(slot) = wording_of.get_mut(unit) {
                *slot = wording;
            }
        }
    }
    // Only a sentence that pair similarity left alone can be elected: one in a claim of its own
    // reports that claim's fact.
    let mut alone = vec![false; outlet_of.len()];
    for group in &groups {
        if let [only] = group.as_slice() {
            if let Some(flag) = alone.get_mut(*only) {
                *flag = true;
            }
        }
    }
    super::join_into(groups, outlet_of.len(), |group| {
        elected(group, &matches, &wording_of, units_of, outlet_of, numbers_of, &alone)
    })
}

/// The sentences one cluster's outlets elect: at most one per outlet it lacks.
fn elected(
    group: &[usize],
    matches: &BestMatches,
    wording_of: &[usize],
    units_of: &[Vec<usize>],
    outlet_of: &[usize],
    numbers_of: &[Vec<&str>],
    alone: &[bool],
) -> Vec<usize> {
    let outlet = |unit: usize| outlet_of.get(unit).copied().unwrap_or(usize::MAX);
    let mut outlets: Vec<usize> = group.iter().map(|&u| outlet(u)).collect();
    outlets.sort_unstable();
    outlets.dedup();
    if outlets.len() < 2 {
        return Vec::new();
    }
    let members: Vec<usize> = group.iter().filter_map(|&u| wording_of.get(u).copied()).collect();
    let voices = matches.independent(&members).min(outlets.len());
    let needed = ((VOTE_SHARE * voices as f32).ceil() as usize).max(MIN_VOTES);
    // Each candidate unit with the cluster's outlets that vote for it, and their wordings.
    let mut votes: FastMap<usize, (Vec<usize>, Vec<usize>)> = FastMap::default();
    for &member in group {
        let (Some(&wording), voter) = (wording_of.get(member), outlet(member)) else { continue };
        for &(_, other) in matches.neighbours.get(wording).into_iter().flatten() {
            for &candidate in units_of.get(other).into_iter().flatten() {
                let candidate_outlet = outlet(candidate);
                if !alone.get(candidate).copied().unwrap_or(false)
                    || outlets.binary_search(&candidate_outlet).is_ok()
                    || !matches.mutual(wording, voter, other, candidate_outlet)
                {
                    continue;
                }
                let (voters, wordings) = votes.entry(candidate).or_default();
                if !voters.contains(&voter) {
                    voters.push(voter);
                    wordings.push(wording);
                }
            }
        }
    }
    // A figure the cluster does not give is another fact ("41 killed" against "77 killed").
    let numbers = |unit: usize| numbers_of.get(unit).map_or(&[][..], Vec::as_slice);
    let given: Vec<&str> = group.iter().flat_map(|&m| numbers(m).iter().copied()).collect();
    let agrees = |unit: usize| numbers(unit).iter().all(|n| given.contains(n));
    let mut elected: Vec<(usize, usize)> = votes
        .into_iter()
        .map(|(unit, (voters, wordings))| (unit, matches.independent(&wordings).min(voters.len())))
        .filter(|&(unit, count)| count >= needed && agrees(unit))
        .collect();
    // One sentence per outlet: the one with most votes (the first on a tie).
    elected.sort_by(|a, b| outlet(a.0).cmp(&outlet(b.0)).then(b.1.cmp(&a.1)).then(a.0.cmp(&b.0)));
    elected.dedup_by_key(|(unit, _)| outlet(*unit));
    elected.into_iter().map(|(unit, _)| unit).collect()
}
