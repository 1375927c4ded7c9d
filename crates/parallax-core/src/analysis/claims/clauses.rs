//! Claims found clause by clause: a sentence that states several facts matches each of them.
//!
//! News sentences pack facts into clauses ("Correa, who cut short a visit to Italy, surveyed the
//! damage in Manabi"; "…, killing at least 77 people and injuring 578, while causing damage in the
//! capital"). Whole-sentence similarity compares each such sentence with another outlet's
//! sentence as one bag of words, so the clause they share is diluted by the clauses they do not,
//! and the pair falls under the threshold. So the event is read a second time with its
//! sentences cut into clauses (see [`clauses_of`]) and clustered the same way, with the same
//! rules and thresholds, and one more: two clauses that name different people or places, or give
//! different figures, and none in common, never match, directly or through a third ("Justice
//! Alito delivered the opinion" / "Chief Justice Roberts delivered a concurring opinion"; "41
//! killed" / "77 killed": two facts in one frame, which a clause, being short, would otherwise
//! match on the frame alone).
//!
//! Every clause cluster of two outlets or more that holds a cut sentence then stands for the
//! sentences its clauses come from, beside the sentence clusters: a sentence may stand in
//! several claims, as with [`super::anchors`]. A clause cluster that only repeats a sentence
//! cluster goes (see [`add`]).
//!
//! **Cost.** Clauses are about twice as many as sentences, and they are scored like sentences
//! (candidates from the inverted index, never all pairs), so finding claims costs about twice
//! what it did; the rest of the analysis is unchanged.

use std::rc::Rc;

use crate::analysis::document::{Document, Unit};
use crate::analysis::hashing::{FastMap, FastSet};
use crate::analysis::text::{is_speech_verb, is_title_word, Token};

use super::{clustering, similarity, Params};

/// Fewest content words a clause must have to stand alone; a shorter piece ("Leftist President
/// Rafael Correa", "on Sunday") joins the clause before it, or the one after it when it opens
/// the sentence.
pub const MIN_CLAUSE_WORDS: usize = 3;

/// The clause clusters of the event as groups of sentence units (sorted), each of two outlets or
/// more and holding at least one sentence cut into clauses.
pub fn clause_groups(doc: &Document, params: &Params) -> Vec<Vec<usize>> {
    let mut units: Vec<Unit> = Vec::new();
    let mut sentence_of: Vec<usize> = Vec::new();
    let mut cut: Vec<bool> = Vec::new();
    let mut first_with_text: FastMap<String, usize> = FastMap::default();
    for (index, unit) in doc.units.iter().enumerate() {
        let clauses = clauses_of(&unit.sentence.text, &unit.tokens);
        let several = clauses.len() > 1;
        for range in clauses {
            let tokens: Rc<[Token]> = if several {
                Rc::from(unit.tokens.get(range).unwrap_or(&[]))
            } else {
                Rc::clone(&unit.tokens)
            };
            let text: String = tokens.iter().map(|t| t.key.as_str()).collect::<Vec<_>>().join(" ");
            let wording = *first_with_text.entry(text).or_insert(units.len());
            units.push(Unit { tokens, wording, ..unit.clone() });
            sentence_of.push(index);
            cut.push(several);
        }
    }
    let clause_doc = Document {
        event: doc.event,
        units,
        passages: Vec::new(),
        capitalised_words: doc.capitalised_words.clone(),
    };
    let mut scored = similarity::scored_wordings(&clause_doc, params);
    let details: Vec<Details> = scored
        .units_of
        .iter()
        .map(|units| {
            units
                .first()
                .and_then(|&u| clause_doc.units.get(u))
                .map_or_else(Details::default, |unit| Details::of(&clause_doc, &unit.tokens))
        })
        .collect();
    scored.edges.retain(|&(_, a, b)| match (details.get(a), details.get(b)) {
        (Some(x), Some(y)) => !x.conflicts(y),
        _ => false,
    });
    let mut wording_of = vec![0usize; clause_doc.units.len()];
    for (wording, units) in scored.units_of.iter().enumerate() {
        for &unit in units {
            if let Some(slot) = wording_of.get_mut(unit) {
                *slot = wording;
            }
        }
    }
    let outlet_of: Vec<usize> = clause_doc.units.iter().map(|unit| unit.article).collect();
    let groups =
        clustering::average_link(&scored.units_of, &outlet_of, &scored.edges, params.pair, params.group);
    groups
        .into_iter()
        .filter(|group| group.iter().any(|&clause| cut.get(clause).copied().unwrap_or(false)))
        // Average link may chain two conflicting clauses through a third that names no one: such
        // a group is two facts, and goes.
        .filter(|group| {
            !any_conflict(group.iter().filter_map(|&c| wording_of.get(c).and_then(|&w| details.get(w))))
        })
        .filter_map(|group| {
            let mut sentences: Vec<usize> =
                group.iter().filter_map(|&c| sentence_of.get(c).copied()).collect();
            sentences.sort_unstable();
            sentences.dedup();
            (doc.articles_of(&sentences).len() >= 2).then_some(sentences)
        })
        .collect()
}

/// Adds the clause groups to the sentence clusters (all sorted unit lists). A clause group that
/// shares at least half its sentences with a cluster, and has no outlet the cluster lacks, is
/// that cluster's fact again and goes, so that no fact is listed twice. Any other clause group
/// is a claim of its own (a sentence then stands in its cluster and in the group); a cluster it
/// holds whole, a lone sentence included, is no longer one. A clause group never changes a
/// cluster: where it would add outlets to one it does not hold, it stands beside it.
pub fn add(mut clusters: Vec<Vec<usize>>, groups: Vec<Vec<usize>>, outlet_of: &[usize]) -> Vec<Vec<usize>> {
    let outlet = |unit: usize| outlet_of.get(unit).copied().unwrap_or(usize::MAX);
    let mut cluster_of: FastMap<usize, usize> = FastMap::default();
    for (index, cluster) in clusters.iter().enumerate().filter(|(_, c)| c.len() > 1) {
        for &unit in cluster {
            cluster_of.insert(unit, index);
        }
    }
    let repeats = |group: &[usize]| {
        let mut shared: FastMap<usize, usize> = FastMap::default();
        for index in group.iter().filter_map(|unit| cluster_of.get(unit)) {
            *shared.entry(*index).or_default() += 1;
        }
        let best = shared.into_iter().max_by_key(|&(index, count)| (count, std::cmp::Reverse(index)));
        best.is_some_and(|(index, count)| {
            2 * count >= group.len()
                && clusters.get(index).is_some_and(|cluster| {
                    group.iter().all(|&unit| cluster.iter().any(|&member| outlet(member) == outlet(unit)))
                })
        })
    };
    let added: Vec<Vec<usize>> = groups.into_iter().filter(|group| !repeats(group)).collect();
    let mut joined: Vec<usize> = added.iter().flatten().copied().collect();
    joined.sort_unstable();
    joined.dedup();
    let holds = |group: &Vec<usize>, cluster: &Vec<usize>| {
        cluster.iter().all(|unit| group.binary_search(unit).is_ok())
    };
    clusters.retain(|cluster| match cluster.as_slice() {
        [only] => joined.binary_search(only).is_err(),
        _ => !added.iter().any(|group| holds(group, cluster)),
    });
    clusters.extend(added);
    clusters
}

/// A sentence's clauses as token ranges: cut where punctuation stands between two words (a
/// comma, a semicolon, a colon, a dash, a bracket or a quotation mark). A piece that states no
/// fact of its own is joined to the clause before it (or after it, when it opens the sentence):
/// one of fewer than [`MIN_CLAUSE_WORDS`] content words, an attribution ("Khan's party said in
/// a statement", "according to officials": who says, not what), or only names, titles and
/// figures (an apposition: "Pakistan Tehreek-e-Insaf (PTI)"). One range (the whole sentence)
/// when it has one clause.
pub fn clauses_of(text: &str, tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    let mut pieces: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    for i in 1..tokens.len() {
        let gap = text.get(tokens[i - 1].span.end..tokens[i].span.start).unwrap_or("");
        let breaks =
            gap.chars().any(|c| matches!(c, ',' | ';' | ':' | '—' | '–' | '(' | ')' | '"' | '“' | '”'))
                || gap.trim() == "-";
        if breaks {
            pieces.push(start..i);
            start = i;
        }
    }
    pieces.push(start..tokens.len());
    let weak = |range: &std::ops::Range<usize>| {
        let slice = tokens.get(range.clone()).unwrap_or(&[]);
        let content: Vec<&Token> = slice.iter().filter(|t| t.is_content()).collect();
        content.len() < MIN_CLAUSE_WORDS
            || slice.iter().any(|t| is_speech_verb(&t.norm) || t.norm == "according")
            || content.iter().all(|t| t.capitalised || t.number || is_title_word(&t.norm))
    };
    let mut clauses: Vec<std::ops::Range<usize>> = Vec::new();
    for piece in pieces {
        match clauses.last_mut() {
            Some(last) if weak(&piece) || weak(last) => {
                last.end = piece.end;
            }
            _ => clauses.push(piece),
        }
    }
    clauses
}

/// Whether any two of these details conflict. Conflicts depend only on the names and figures,
/// so each distinct set of them is compared once: a group of `k` clauses has `k²/2` pairs, but
/// only as many distinct details as it has ways of naming the fact.
fn any_conflict<'d>(details: impl IntoIterator<Item = &'d Details>) -> bool {
    let mut seen: FastSet<&Details> = FastSet::default();
    let mut distinct: Vec<&Details> = Vec::new();
    for x in details {
        if seen.insert(x) {
            if distinct.iter().any(|y| x.conflicts(y)) {
                return true;
            }
            distinct.push(x);
        }
    }
    false
}

/// The names and figures of a clause: who and how many, which a clause of the same fact shares.
#[derive(Debug, Default, PartialEq, Eq, Hash)]
struct Details {
    /// Keys of its name words (titles aside), sorted.
    names: Vec<String>,
    /// Its numbers, sorted.
    numbers: Vec<String>,
}

impl Details {
    fn of(doc: &Document, tokens: &[Token]) -> Details {
        let mut names: Vec<String> = tokens
            .iter()
            .filter(|t| doc.is_name_token(t) && !is_title_word(&t.norm))
            .map(|t| t.key.to_string())
            .collect();
        names.sort_unstable();
        names.dedup();
        let mut numbers: Vec<String> =
            tokens.iter().filter(|t| t.number).map(|t| t.norm.to_string()).collect();
        numbers.sort_unstable();
        numbers.dedup();
        Details { names, numbers }
    }

    /// Whether two clauses name different people or places, or give different figures, and
    /// none in common: "Justice Samuel Alito delivered the opinion" and "Chief Justice John
    /// Roberts delivered a concurring opinion", "at least 41 people were killed" and "at least
    /// 77 people have been killed" are two facts in one frame.
    fn conflicts(&self, other: &Details) -> bool {
        let disjoint = |a: &[String], b: &[String]| {
            !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.binary_search(x).is_ok())
        };
        disjoint(&self.names, &other.names) || disjoint(&self.numbers, &other.numbers)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn details(names: &[&str], numbers: &[&str]) -> Details {
        let list = |words: &[&str]| words.iter().map(|w| w.to_string()).collect();
        Details { names: list(names), numbers: list(numbers) }
    }

    #[test]
    fn a_group_conflicts_when_any_two_distinct_details_do() {
        let alito = details(&["alito"], &[]);
        let roberts = details(&["roberts"], &[]);
        let plain = details(&[], &[]);
        let dead = details(&[], &["41"]);
        assert!(!any_conflict([&alito, &plain, &alito, &alito]), "one name, and no name");
        assert!(any_conflict([&alito, &alito, &plain, &roberts, &alito]));
        assert!(any_conflict([&dead, &plain, &details(&[], &["77"])]));
        assert!(!any_conflict([&dead, &details(&["quito"], &["41"]), &dead]));
        assert!(!any_conflict([]));
    }
}
