//! Claims: sentences from different outlets that report the same thing.
//!
//! **Weights.** Each sentence becomes a weighted bag of content keys (see [`super::text`]): the
//! weight is the key's inverse document frequency within the event, `ln((N + 1) / df)`, times a
//! boost for numbers and names. A name that most sentences carry ("Putin" in a story about Putin)
//! thus weighs little. A name of several words is one entity and takes the frequency of its most
//! used part: "Vladimir" and "Russian" in "Russian President Vladimir Putin" are as cheap as
//! "Putin", although the full name is written only once per article.
//!
//! **Evidence.** A pair can only match if it shares at least [`Params::min_shared_concepts`]
//! pieces of *informative* evidence, whatever its similarity (near-copies aside). A key is
//! informative when it can single out one fact:
//! - it occurs in at most a quarter of the event's sentences, clamped between one and two
//!   sentences per outlet (a fact that every outlet reports once or twice). Keys above that
//!   recur through every article: the story's main names and its main noun ("Putin", "Trump",
//!   "call");
//! - it is not a title word ("president", "minister", "leader"): titles and names say *who*,
//!   not *what*.
//!
//! And one of the shared informative keys must be a word of what happened, not a name: two
//! sentences that share only names ("VR and AR headset sales sank" / "toggling between virtual
//! reality, or VR, and augmented reality, or AR") say who or what, not one fact.
//!
//! Shared informative keys that follow each other in both sentences form one run, and a run
//! counts once per two keys (rounded up), so a set phrase ("second week", "military aid") is one
//! piece of evidence and a copied stretch is several. Two sentences that share only the story's
//! names, its main noun and one more word ("Trump revealed the details of his conversation with
//! Putin on Thursday" against "Putin on Thursday left the forum to attend a phone conversation
//! with Trump") therefore stay apart, however similar their bags look.
//!
//! **Similarity.** News sentences embed one fact in a longer sentence ("It was a pretty long
//! call" inside a sentence that also says who said it, where, and what else). Cosine similarity
//! divides the shared weight by both sentences' norms and so punishes the longer sentence's
//! extra material; containment (shared weight over the smaller norm squared) ignores it and
//! would let a three-word sentence match anything that includes its words. The score is their
//! geometric mean, `dot / (|small|^1.5 · |large|^0.5)` ([`Params::containment`]): a sentence
//! wholly contained in another scores `sqrt(|small| / |large|)`, so it must still be a fair part
//! of it, and every norm carries a length prior of one typical word, so a very short sentence
//! shows little evidence.
//!
//! **Near-copies.** A pair without enough evidence still matches when it is a near-copy: a short
//! quote copied with a word respelled, an attribution added in front. Character shingles decide
//! (Jaccard at or above [`Params::near_copy`]); below that their overlap is mostly long names and
//! function words ("russian president vladimir putin on thursday"), not facts, so it is not used
//! otherwise. A near-copy must give the same numbers and may have at most
//! [`Params::near_copy_changes`] informative words (names aside) that the other lacks: the same
//! frame with other figures or other words ("the sixth such call" / "the seventh such call",
//! "the storm warning had been discussed" / "the power outage had been discussed") is another
//! fact.
//!
//! **Clustering** is average-link with an outlet constraint, fed by candidate pairs in
//! descending similarity. Candidates come from the inverted index ([`super::index`]) over keys
//! found in at most twice as many sentences as the event has outlets, never from all pairs; a
//! pair that is no candidate shares no informative key and scores 0. Groups keep running sums
//! of their links (see `clustering`), so a merge costs the smaller group's links, never the
//! product of two groups' sizes. Two groups merge when their average similarity
//! over all cross-outlet pairs reaches [`Params::group`]; a group holds at most one sentence per
//! outlet, unless every cross-outlet pair of the merged group matches on its own (complete link
//! at [`Params::pair`]), which is when an outlet genuinely says the same thing twice. A fact that
//! two outlets word too differently to match directly joins up through a third outlet whose
//! sentence is close to both (a paraphrase chain A≈B≈C): the average over the chain carries it.
//! Everything not matched is a claim of its own.
//!
//! **Extension.** A cluster's *core* is the informative keys most of its outlets use; a sentence of
//! an outlet the cluster lacks joins it when it holds most of that core's weight (see
//! [`extend`]): the fact worded around the same details, which pair similarity missed because
//! the sentence says much else besides.
//!
//! **Votes.** Then a sentence left alone, of an outlet a cluster lacks, joins it when three quarters of the
//! cluster's outlets (two at least) each match it best in its article, and it best matches them
//! back, at a similarity under the pair threshold but above a floor (see [`vote`]): the same fact
//! worded too differently to score high, but closer to it than to anything else its article says.
//!
//! **Anchors.** Besides the clusters, a figure written in digits and a quote family that several
//! outlets carry each anchor a claim of their own (see [`anchors`]), so a sentence that states
//! several facts may stand in several claims: the clusters are a partition of the sentences, the
//! claims are not.
//!
//! **Cost.** Outlets that carry wire copy print the same sentence word for word, and a
//! sentence's bag, shingles and every score it takes part in depend only on its text. So bags
//! and shingles are built once per distinct text (a *wording*), candidates are found among
//! wordings (the index counts each wording as often as it is printed, so the caps mean the
//! same), each pair of wordings is scored once, and only pairs that score are spelled out
//! sentence by sentence for the clustering. The result is the same as scoring every candidate
//! pair of sentences; what remains above linear is that a claim carried by `k` outlets has
//! about `k²/2` scored sentence pairs, which the average needs.

mod anchors;
mod clauses;
mod clustering;
mod extend;
mod similarity;
mod vote;

use super::document::Document;
use crate::analysis::{Claim, QuoteFamily};

/// Similarity thresholds and weights. The defaults are explained on each field.
///
/// The two thresholds are anchored on a null distribution: pairs of sentences *within one
/// article*, which mostly do not repeat each other, yet share the story's vocabulary as much as
/// sentences of different outlets do. Measured on the seed event with these defaults (98
/// sentences, 942 same-article pairs): 914 pairs fail the evidence rule and score 0; 99% score
/// under 0.23 and 99.5% under 0.32. Nearly all pairs above 0.3 are an article restating itself
/// (a quote and its paraphrase, a headline and its paragraph); the highest pair that reports
/// two different things scores 0.31. Matched cross-outlet pairs score 0.3–0.9.
#[derive(Debug, Clone, Copy)]
pub struct Params {
    /// A pair of sentences matches at this similarity: the null's 99.5th percentile, above
    /// nearly every same-article pair that reports two different things.
    pub pair: f32,
    /// Two groups merge when the average similarity over their cross-outlet pairs reaches this,
    /// the null's 99th percentile. Lower than `pair`, because members of a group were each
    /// matched by someone else: in a paraphrase chain A≈B≈C, A and C need not match as strongly.
    pub group: f32,
    /// Character-shingle Jaccard at which two sentences are near-copies, matched even without
    /// enough shared evidence (a short sentence copied with a word respelled).
    pub near_copy: f32,
    /// How many informative words other than names a near-copy may have that the other lacks:
    /// one respelled or added word. More, and it says something else in the same frame.
    pub near_copy_changes: usize,
    /// Width of the character shingles.
    pub shingle_width: usize,
    /// A pair must share at least this many pieces of informative evidence (see the module
    /// docs), unless it is a near-copy: one shared word or set phrase is not a fact.
    pub min_shared_concepts: usize,
    /// Weight boost for numbers, which pin a fact down ("sixth call", "50,000 troops").
    pub number_boost: f32,
    /// Weight boost for names (after IDF has made common names cheap).
    pub name_boost: f32,
    /// Squared weight of one typical word added to every sentence's norm: a short sentence
    /// shows less evidence, so its similarity is shrunk ("Middle East discussed in detail" is
    /// not a match for any long sentence mentioning details).
    pub length_prior: f32,
    /// How far the score leans from cosine (0) toward containment of the smaller sentence (1).
    /// 0.5, their geometric mean, is fair to a fact embedded in a longer sentence without letting
    /// a short sentence match everything that contains its words (see the module docs).
    pub containment: f32,
}

impl Default for Params {
    fn default() -> Params {
        Params {
            pair: 0.3,
            group: 0.22,
            near_copy: 0.5,
            near_copy_changes: 1,
            shingle_width: 5,
            min_shared_concepts: 2,
            number_boost: 1.5,
            name_boost: 1.25,
            length_prior: 1.0,
            containment: 0.5,
        }
    }
}

/// Groups the event's sentences into claims, in story order, with ids `c1`, `c2`, ….
pub fn find_claims(doc: &Document, params: &Params, families: &[QuoteFamily]) -> Vec<Claim> {
    let scored = similarity::scored_wordings(doc, params);
    let outlet_of: Vec<usize> = doc.units.iter().map(|unit| unit.article).collect();
    let groups =
        clustering::average_link(&scored.units_of, &outlet_of, &scored.edges, params.pair, params.group);
    let groups = extend::extend(groups, &scored.keys, &outlet_of);
    let numbers_of: Vec<Vec<&str>> = doc
        .units
        .iter()
        .map(|unit| unit.tokens.iter().filter(|t| t.number).map(|t| t.norm.as_str()).collect())
        .collect();
    let groups = vote::extend(groups, &scored.edges, &scored.units_of, &outlet_of, &numbers_of);
    let groups = clauses::add(groups, clauses::clause_groups(doc, params), &outlet_of);
    let mut groups = anchors::merge(groups, anchors::anchored_groups(doc, families));
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
    let mut keyed: Vec<((f32, usize, usize), Vec<usize>)> =
        groups.drain(..).map(|group| (story_key(&group), group)).collect();
    keyed.sort_by(|(kx, _), (ky, _)| kx.0.total_cmp(&ky.0).then(kx.1.cmp(&ky.1)).then(kx.2.cmp(&ky.2)));
    let groups: Vec<Vec<usize>> = keyed.into_iter().map(|(_, group)| group).collect();

    groups
        .iter()
        .enumerate()
        .map(|(number, group)| {
            let mut articles: Vec<usize> = group.iter().filter_map(|&i| outlet_of.get(i).copied()).collect();
            articles.sort_unstable();
            articles.dedup();
            let outlet_ids = articles.into_iter().map(|article| doc.outlet_id(article).to_string()).collect();
            Claim {
                id: format!("c{}", number + 1),
                sentences: group
                    .iter()
                    .filter_map(|&i| doc.units.get(i))
                    .map(|u| u.sentence.id.clone())
                    .collect(),
                outlets: outlet_ids,
            }
        })
        .collect()
}

/// The pairs of sentences (unit indexes) that score above 0 with their similarity, strongest
/// first: what the clustering sees, for diagnostics and tests. Pairs not listed score 0.
pub fn scored_pairs(doc: &Document, params: &Params) -> Vec<(f32, usize, usize)> {
    similarity::scored_wordings(doc, params).unit_pairs(doc)
}

/// Adds to each group (sorted unit lists) the units `joining` finds for it, keeping each sorted
/// and in order; a unit that was a group of its own and joined another is no longer a claim of
/// its own. `units` is the number of units of the event.
fn join_into(
    groups: Vec<Vec<usize>>,
    units: usize,
    mut joining: impl FnMut(&[usize]) -> Vec<usize>,
) -> Vec<Vec<usize>> {
    let mut joined = vec![false; units];
    let extended: Vec<Vec<usize>> = groups
        .into_iter()
        .map(|mut group| {
            let joining = joining(&group);
            if !joining.is_empty() {
                for &unit in &joining {
                    if let Some(flag) = joined.get_mut(unit) {
                        *flag = true;
                    }
                }
                group.extend(joining);
                group.sort_unstable();
                group.dedup();
            }
            group
        })
        .collect();
    extended
        .into_iter()
        .filter(|group| !matches!(group.as_slice(), [only] if joined.get(*only).copied().unwrap_or(false)))
        .collect()
}
